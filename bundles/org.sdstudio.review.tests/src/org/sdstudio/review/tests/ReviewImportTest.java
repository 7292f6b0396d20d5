package org.sdstudio.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.ReviewFixtures.STEP_3;
import static org.sdstudio.review.tests.ReviewFixtures.STEP_3_TEXT;
import static org.sdstudio.review.tests.ReviewFixtures.author;
import static org.sdstudio.review.tests.ReviewFixtures.counsel;
import static org.sdstudio.review.tests.ReviewFixtures.filing;
import static org.sdstudio.review.tests.ReviewFixtures.part;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.RowChangeKind;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.word.ReturnedDocument;
import org.sdstudio.review.word.ReturnedDocument.ReturnedPart;
import org.sdstudio.review.word.ReturnedDocument.TrackedRevision;
import org.sdstudio.review.word.ReturnedDocument.WordComment;
import org.sdstudio.review.word.ReviewImport;
import org.sdstudio.review.word.SentRecord;

/**
 * From a returned document (as the reader gives it) to proposals and comments: authors kept, the second import a
 * no-op, edits made with tracking off found, the filing's later edits merged, Annex A rows, parts it cannot place.
 */
class ReviewImportTest {

	private static final String FIRST = "Our strategy follows the OECD Guidance.";
	private static final Instant ANN_AT = Instant.parse("2026-04-20T15:30:00Z");
	private static final Instant BEN_AT = Instant.parse("2026-04-21T08:05:00Z");
	private static final Instant SAVED = Instant.parse("2026-04-22T10:00:00Z");

	/** A document sent with Step 3 and Annex A as they are in the filing. */
	private static SentRecord sent(Filing f) {
		return new SentRecord("acme-2025.sdfiling", "Priya Natarajan", Instant.parse("2026-04-15T09:00:00Z"),
				List.of(new SentRecord.SentPart(STEP_3, SentRecord.bookmark(1), part(f, STEP_3).label(),
						EcoreUtil.copy(part(f, STEP_3).text())),
						new SentRecord.SentPart("annex-a", SentRecord.bookmark(2), "Annex A",
								EcoreUtil.copy(part(f, "annex-a").text()))));
	}

	/** Counsel: "Due Diligence" inserted by Ann Lee, ", up to ending the relationship" deleted by Ben Ortiz. */
	private static ReturnedPart step3Returned(Filing f, StructuredText original) {
		StructuredText returned = StructuredTexts.paragraphs("Our strategy follows the OECD Due Diligence Guidance.",
				"When a supplier does not respond, we will look into the circumstances and decide how to respond.");
		List<TrackedRevision> revisions = List.of(
				new TrackedRevision(TrackedRevision.Kind.INSERTED, "Ann Lee", ANN_AT, "Due Diligence "),
				new TrackedRevision(TrackedRevision.Kind.DELETED, "Ben Ortiz", BEN_AT, ", up to ending the relationship"));
		WordComment reply = new WordComment("Priya Natarajan", BEN_AT, "Agreed, will cite the third edition.", "", -1,
				false, List.of());
		WordComment comment = new WordComment("Ann Lee", ANN_AT, "Cite the edition of the Guidance.", "OECD Guidance",
				FIRST.indexOf("OECD Guidance"), true, List.of(reply));
		return new ReturnedPart(SentRecord.bookmark(1), original, returned, revisions, List.of(comment));
	}

	private static ReturnedDocument document(Filing f, ReturnedPart... parts) {
		return new ReturnedDocument("acme-review.docx", "d1g3st", sent(f), "Ann Lee", SAVED, List.of(parts), List.of());
	}

	private static ReviewImport.Plan plan(Filing f, ReturnedDocument d) {
		return ReviewImport.plan(f, d, new ReviewImport.Options(author(), null));
	}

	@Test
	void trackedChangesBecomeProposalsWithTheirAuthorsAndCommentsArriveWithRepliesAndDone() {
		Filing f = filing();
		ReviewPart step3 = part(f, STEP_3);
		StructuredText before = EcoreUtil.copy(step3.text());
		ReviewImport.Plan plan = plan(f, document(f, step3Returned(f, EcoreUtil.copy(before))));
		assertTrue(plan.findings().isEmpty(), plan.findings().toString());
		ReviewImport.PartResult r = plan.parts().get(0);
		assertEquals(2, r.changes(), r.describe());
		assertEquals(0, r.untracked());
		assertEquals(1, r.newComments());
		assertEquals(1, r.replies());
		assertEquals("acme-review.docx: 2 proposed changes in 1 part, 1 new comment, 1 new reply", plan.summary());
		new BasicCommandStack().execute(plan.command());

		assertTrue(EcoreUtil.equals(before, step3.text()), "nothing is in the text until accepted");
		List<Proposals.Entry> entries = Proposals.pending(step3);
		assertEquals(List.of("Ann Lee", "Ben Ortiz"), entries.stream().map(Proposals.Entry::author).toList());
		assertEquals(List.of(ANN_AT, BEN_AT), entries.stream().map(Proposals.Entry::timestamp).toList());
		assertEquals("acme-review.docx", entries.get(0).revision().getSource());

		ReviewComment thread = Reviews.threads(step3).get(0);
		assertEquals("Ann Lee", thread.getAuthor());
		assertEquals(ANN_AT, thread.getTimestamp());
		assertEquals("OECD Guidance", thread.getQuotedText());
		assertEquals(FIRST.indexOf("OECD Guidance"), thread.getAnchorOffset());
		assertTrue(thread.isResolved(), "done in Word is resolved");
		assertEquals("Priya Natarajan", thread.getResolvedBy(), "the last to answer marked it done");
		assertEquals("Agreed, will cite the third edition.", thread.getReplies().get(0).getText());

		new BasicCommandStack().execute(Proposals.decideAll(step3, true, author()));
		assertEquals("Our strategy follows the OECD Due Diligence Guidance.\nWhen a supplier does not respond, we "
				+ "will look into the circumstances and decide how to respond.\n", step3.plainText());
	}

	@Test
	void importingTheSameDocumentTwiceChangesNothingTheSecondTime() {
		Filing f = filing();
		ReturnedDocument d = document(f, step3Returned(f, EcoreUtil.copy(part(f, STEP_3).text())));
		new BasicCommandStack().execute(plan(f, d).command());
		int proposals = part(f, STEP_3).review().getProposals().size();
		int comments = Reviews.allComments(part(f, STEP_3)).size();
		ReviewImport.Plan again = plan(f, d);
		assertTrue(again.nothingNew(), again.summary());
		assertNull(again.command());
		assertTrue(again.summary().contains("nothing new"), again.summary());
		assertTrue(again.parts().get(0).alreadyImported());
		assertEquals(1, again.parts().get(0).matchedComments());
		// the same content saved again (another digest) is recognised too
		ReturnedDocument resaved = new ReturnedDocument("acme-review (2).docx", "other", d.sent(), d.lastAuthor(),
				d.lastSaved(), d.parts(), List.of());
		assertTrue(plan(f, resaved).nothingNew(), plan(f, resaved).summary());
		assertEquals(proposals, part(f, STEP_3).review().getProposals().size());
		assertEquals(comments, Reviews.allComments(part(f, STEP_3)).size());
	}

	@Test
	void editsMadeWithTrackingOffAreProposedAsTheLastAuthorsWithAWarning() {
		Filing f = filing();
		// with tracking off counsel changed "strategy" to "approach": the text with all tracked changes rejected
		// is no longer the text that was sent
		StructuredText original = StructuredTexts.paragraphs("Our approach follows the OECD Guidance.", STEP_3_TEXT);
		ReturnedPart p = step3Returned(f, original);
		StructuredText returned = StructuredTexts.paragraphs("Our approach follows the OECD Due Diligence Guidance.",
				"When a supplier does not respond, we will look into the circumstances and decide how to respond.");
		ReturnedPart edited = new ReturnedPart(p.bookmark(), original, returned, p.revisions(), List.of());
		ReviewImport.Plan plan = plan(f, document(f, edited));
		assertEquals(3, plan.parts().get(0).changes(), plan.parts().get(0).describe());
		assertEquals(1, plan.parts().get(0).untracked());
		assertTrue(plan.findings().get(0).contains("1 edit in " + part(f, STEP_3).label() + " was made with tracking off; it is proposed as made by Ann Lee"),
				plan.findings().toString());
		new BasicCommandStack().execute(plan.command());
		Proposals.Entry approach = Proposals.pending(part(f, STEP_3)).get(0);
		assertTrue(approach.untracked(), approach.describe());
		assertEquals("Ann Lee", approach.author());
		assertEquals(SAVED, approach.timestamp());
	}

	@Test
	void theFilingsLaterEditsAreMergedAndAStretchBothChangedIsAConflict() {
		Filing f = filing();
		ReviewPart step3 = part(f, STEP_3);
		ReturnedDocument d = document(f, step3Returned(f, EcoreUtil.copy(step3.text())));
		// after sending, the filing changes the first paragraph where counsel did, and the second where counsel did not
		step3.section().setBody(StructuredTexts.paragraphs("Our strategy follows the OECD recommendations.",
				"When a supplier does not respond within 30 days, we will look into the circumstances and decide how "
						+ "to respond, up to ending the relationship."));
		ReviewImport.Plan plan = plan(f, d);
		ReviewImport.PartResult r = plan.parts().get(0);
		assertEquals(1, r.conflicts(), r.describe());
		assertTrue(plan.findings().stream().anyMatch(s -> s.contains("the filing has \"recommendations\"")
				&& s.contains("counsel has \"Due Diligence Guidance\"")), plan.findings().toString());
		new BasicCommandStack().execute(plan.command());
		List<Proposals.Entry> entries = Proposals.pending(step3);
		Proposals.Entry conflict = entries.stream().filter(Proposals.Entry::conflict).findFirst().orElseThrow();
		assertEquals("recommendations", conflict.change().getFilingText());
		assertTrue(conflict.describe().contains("CONFLICT"), conflict.describe());
		// accepting every change keeps the filing's own edit ("within 30 days") and takes counsel's
		new BasicCommandStack().execute(Proposals.decideAll(step3, true, author()));
		assertEquals("Our strategy follows the OECD Due Diligence Guidance.\nWhen a supplier does not respond within "
				+ "30 days, we will look into the circumstances and decide how to respond.\n", step3.plainText());
	}

	@Test
	void annexTableEditsBecomeRowChanges() {
		Filing f = filing();
		ReviewPart annex = part(f, "annex-a");
		StructuredText sentTable = EcoreUtil.copy(annex.text());
		StructuredText returned = EcoreUtil.copy(sentTable);
		Table table = (Table) returned.getBlocks().get(0);
		cell(table.getRows().get(1), 3, "Active");
		cell(table.getRows().get(1), 5, "not in our products");
		TableRow added = EcoreUtil.copy(table.getRows().get(1));
		cell(added, 0, "Gold");
		cell(added, 1, "Yamakin Co., Ltd.");
		cell(added, 2, "Japan");
		cell(added, 3, "Conformant");
		cell(added, 4, "CID002180");
		table.getRows().add(added);
		returned.getBlocks().addAll(StructuredTexts.paragraphs("Please confirm Yamakin's status.").getBlocks());
		List<TrackedRevision> revisions = new ArrayList<>(List.of(
				new TrackedRevision(TrackedRevision.Kind.DELETED, "Ben Ortiz", BEN_AT, "Conformant"),
				new TrackedRevision(TrackedRevision.Kind.INSERTED, "Ben Ortiz", BEN_AT, "Active"),
				new TrackedRevision(TrackedRevision.Kind.ROW_INSERTED, "Ann Lee", ANN_AT,
						"Gold | Yamakin Co., Ltd. | Japan | Conformant | CID002180 | ")));
		ReturnedPart p = new ReturnedPart(SentRecord.bookmark(2), sentTable, returned, revisions, List.of());
		ReviewImport.Plan plan = plan(f, document(f, p));
		assertEquals(2, plan.parts().get(0).rowChanges(), plan.parts().get(0).describe());
		// an exclusion typed into the table is not taken as one (it is decided on the Annex A page), but said
		assertTrue(plan.findings().contains("Annex A row Tin Example Tin Smelter: the Excluded column was edited (\"\" "
				+ "to \"not in our products\"); exclusions are not imported, change them on the Annex A page."),
				plan.findings().toString());
		// a remark typed beside the table is no row, and is not dropped in silence
		assertTrue(plan.findings().stream().anyMatch(x -> x.startsWith("Annex A holds only its table")
				&& x.endsWith("\"Please confirm Yamakin's status.\"")), plan.findings().toString());
		new BasicCommandStack().execute(plan.command());
		List<Proposals.Entry> entries = Proposals.pending(annex);
		assertEquals(RowChangeKind.EDIT, entries.get(0).row().getKind());
		assertEquals("status", entries.get(0).row().getField());
		assertEquals("Ben Ortiz", entries.get(0).author());
		assertEquals(RowChangeKind.ADD, entries.get(1).row().getKind());
		assertEquals("Ann Lee", entries.get(1).author());
		new BasicCommandStack().execute(Proposals.decideAll(annex, true, author()));
		assertEquals(ComplianceStatus.ACTIVE, f.getReport().getAnnexA().getRows().get(0).getStatus());
		assertEquals("CID002180", f.getReport().getAnnexA().getRows().get(1).getSmelterId());
		assertTrue(plan(f, document(f, p)).nothingNew(), "the second import proposes nothing");
	}

	@Test
	void aPartTheFilingDoesNotHaveIsAFindingThatQuotesItsText() {
		Filing f = filing();
		SentRecord record = new SentRecord("other.sdfiling", "X", Instant.now(), List.of(new SentRecord.SentPart(
				"report/gone", SentRecord.bookmark(1), "Section Gone", StructuredTexts.paragraphs("Old text."))));
		ReturnedPart p = new ReturnedPart(SentRecord.bookmark(1), StructuredTexts.paragraphs("Old text."),
				StructuredTexts.paragraphs("Counsel's new text."), List.of(), List.of());
		ReviewImport.Plan plan = ReviewImport.plan(f, new ReturnedDocument("x.docx", "1", record, "A", SAVED,
				List.of(p), List.of("the bookmark around Section Two was deleted; its text is not imported")),
				new ReviewImport.Options(counsel(), null));
		assertTrue(plan.nothingNew());
		assertTrue(plan.findings().contains("the bookmark around Section Two was deleted; its text is not imported"));
		assertTrue(plan.findings().stream().anyMatch(s -> s.contains("report/gone") && s.contains("Counsel's new text.")),
				plan.findings().toString());
	}

	@Test
	void aDocumentSdStudioDidNotSendIsComparedWithTheChosenPart() {
		Filing f = filing();
		ReturnedPart whole = new ReturnedPart(null, StructuredTexts.paragraphs("x"),
				StructuredTexts.paragraphs(FIRST, "When a supplier does not respond, we will ask again."), List.of(),
				List.of());
		ReturnedDocument d = new ReturnedDocument("memo.docx", "2", null, "Outside Counsel", SAVED, List.of(whole),
				List.of());
		assertTrue(ReviewImport.needsPart(d));
		ReviewImport.Plan unchosen = ReviewImport.plan(f, d, new ReviewImport.Options(author(), null));
		assertTrue(unchosen.nothingNew());
		assertTrue(unchosen.findings().get(0).contains("choose the part"), unchosen.findings().toString());
		ReviewImport.Plan plan = ReviewImport.plan(f, d, new ReviewImport.Options(author(), STEP_3));
		assertNotNull(plan.command());
		new BasicCommandStack().execute(plan.command());
		Proposals.Entry e = Proposals.pending(part(f, STEP_3)).get(0);
		assertEquals("Outside Counsel", e.author());
		assertTrue(e.untracked());
		assertFalse(Proposals.pending(part(f, STEP_3)).isEmpty());
	}

	private static void cell(TableRow row, int index, String text) {
		TableCell cell = row.getCells().get(index);
		if (cell.getRuns().isEmpty()) {
			cell.getRuns().add(SdStudioFactory.eINSTANCE.createRun());
		}
		cell.getRuns().get(0).setText(text);
	}
}
