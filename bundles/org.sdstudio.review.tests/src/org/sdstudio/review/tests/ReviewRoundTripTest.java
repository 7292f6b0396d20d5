package org.sdstudio.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.ReviewFixtures.STEP_3;
import static org.sdstudio.review.tests.ReviewFixtures.STEP_3_TEXT;
import static org.sdstudio.review.tests.ReviewFixtures.author;
import static org.sdstudio.review.tests.ReviewFixtures.filing;
import static org.sdstudio.review.tests.ReviewFixtures.part;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.RowChangeKind;
import org.sdstudio.model.Run;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.tests.word.CounselEdits;
import org.sdstudio.review.tests.word.CounselEdits.Manner;
import org.sdstudio.review.word.ReturnedDocument;
import org.sdstudio.review.word.ReviewDocx;
import org.sdstudio.review.word.ReviewDocxReader;
import org.sdstudio.review.word.ReviewImport;

/**
 * The whole round trip: the filing sent for review as a Word document, edited by counsel as Word and as LibreOffice
 * save it, read back and imported. Every change and comment arrives with its author; accepting every proposal gives
 * exactly counsel's text, rejecting every one leaves the filing's; the filing's own later edits merge, and a stretch
 * both changed is a conflict; the second import changes nothing.
 */
class ReviewRoundTripTest {

	private static final Instant ANN_AT = Instant.parse("2026-04-20T15:30:00Z");
	private static final Instant BEN_AT = Instant.parse("2026-04-21T08:05:00Z");
	private static final Instant PRIYA_AT = Instant.parse("2026-04-21T11:45:00Z");

	private static final String COUNSEL_STEP_3 = "Our approach follows the OECD Due Diligence Guidance.\n"
			+ "We also follow the RMI's assessment standards.\n"
			+ "When a supplier does not respond, we will look into the circumstances and decide how to respond.\n";
	private static final String COUNSEL_ITEM = "Acme examined its products for conflict minerals.\n";

	@TempDir
	Path dir;

	private Path send(Filing f) throws Exception {
		Path docx = dir.resolve("review.docx");
		try (OutputStream out = Files.newOutputStream(docx)) {
			ReviewDocx.write(f, ReviewDocx.defaultParts(f), new ReviewDocx.Options("Priya Natarajan",
					Instant.parse("2026-04-15T09:00:00Z"), "acme-2025.sdfiling", false), out);
		}
		return docx;
	}

	/** Counsel's edits: tracked insertions, deletions, a replacement, formatting, a new paragraph, a table cell. */
	private Path counsel(Path sent, Manner manner) throws Exception {
		CounselEdits e = CounselEdits.open(sent, manner);
		e.insert("OECD ", "Due Diligence ", "Ann Lee", ANN_AT);
		e.delete(", up to ending the relationship", "Ben Ortiz", BEN_AT);
		e.insertParagraph("Guidance.", "We also follow the RMI's assessment standards.", "Ann Lee", ANN_AT);
		e.replace("reviewed", "examined", "Ann Lee", ANN_AT);
		e.bold("conflict minerals", "Ben Ortiz", BEN_AT);
		e.replace("Conformant", "Active", "Ben Ortiz", BEN_AT);
		int c = e.comment("Guidance", "Ann Lee", ANN_AT, "Cite the edition of the Guidance.");
		e.reply(c, "Priya Natarajan", PRIYA_AT, "Agreed; the third edition.");
		e.done(c);
		e.untracked("strategy", "approach"); // typed with tracking off
		e.lastModifiedBy("Ann Lee");
		Path returned = dir.resolve("review-" + manner.name().toLowerCase() + ".docx");
		e.save(returned);
		return returned;
	}

	private static ReviewImport.Plan importInto(Filing f, Path docx) throws Exception {
		ReturnedDocument d = ReviewDocxReader.read(docx);
		ReviewImport.Plan plan = ReviewImport.plan(f, d, new ReviewImport.Options(author(), null));
		if (plan.command() != null) {
			new BasicCommandStack().execute(plan.command());
		}
		return plan;
	}

	private static void decideAll(Filing f, boolean accept) {
		for (ReviewPart part : ReviewParts.of(f)) {
			if (!Proposals.pending(part).isEmpty()) {
				var c = Proposals.decideAll(part, accept, author());
				assertTrue(c.canExecute(), c.refusal().orElse(""));
				new BasicCommandStack().execute(c);
			}
		}
	}

	/** Who made each pending change, by what it says: "inserted in Paragraph 1: "Due Diligence"" -> Ann Lee. */
	private static Map<String, String> authors(Filing f) {
		Map<String, String> out = new TreeMap<>();
		for (ReviewPart part : ReviewParts.of(f)) {
			for (Proposals.Entry e : Proposals.pending(part)) {
				out.put(part.id() + " " + e.what(), e.author() + (e.untracked() ? " (untracked)" : ""));
			}
		}
		return out;
	}

	private void roundTrip(Manner manner) throws Exception {
		Filing f = filing();
		Path returned = counsel(send(f), manner);
		StructuredText step3Before = EcoreUtil.copy(part(f, STEP_3).text());
		ReviewImport.Plan plan = importInto(f, returned);
		assertEquals(1, plan.findings().size(), plan.findings().toString());
		assertTrue(plan.findings().get(0).contains("1 edit in " + part(f, STEP_3).label() + " was made with tracking off"),
				plan.findings().toString());

		Map<String, String> authors = authors(f);
		assertEquals("Ann Lee (untracked)", authors.get(STEP_3 + " replaced in Paragraph 1: \"strategy\" by \"approach\""),
				authors.toString());
		assertEquals("Ann Lee", authors.get(STEP_3 + " inserted in Paragraph 1: \"Due Diligence\""), authors.toString());
		assertEquals("Ben Ortiz", authors.get(STEP_3 + " deleted in Paragraph 3: \", up to ending the relationship\""),
				authors.toString());
		assertEquals("Ann Lee", authors.get(STEP_3 + " Paragraph 2 inserted: \"We also follow the RMI's assessment standards.\""),
				authors.toString());
		assertEquals("Ann Lee", authors.get("item-1.01 replaced in Paragraph 1: \"reviewed\" by \"examined\""),
				authors.toString());
		assertEquals("Ben Ortiz", authors.get("item-1.01 formatting changed in Paragraph 1: \"conflict minerals\" (plain to bold)"),
				authors.toString());
		assertEquals("Ben Ortiz", authors.get("annex-a row Tin Example Tin Smelter (CID000001): status \"Conformant\" to \"Active\""),
				authors.toString());
		assertEquals(7, authors.size(), authors.toString());
		assertTrue(EcoreUtil.equals(step3Before, part(f, STEP_3).text()), "nothing in the text until accepted");

		ReviewComment thread = Reviews.threads(part(f, STEP_3)).get(0);
		assertEquals("Ann Lee", thread.getAuthor());
		assertEquals(ANN_AT, thread.getTimestamp());
		assertEquals("Guidance", thread.getQuotedText());
		assertEquals("Cite the edition of the Guidance.", thread.getText());
		if (manner == Manner.WORD) {
			assertEquals("Priya Natarajan", thread.getReplies().get(0).getAuthor());
			assertEquals(PRIYA_AT, thread.getReplies().get(0).getTimestamp());
			assertTrue(thread.isResolved());
		} else {
			// LibreOffice keeps no reply links or done state: the reply is a comment of its own on the same passage
			assertEquals("Priya Natarajan", Reviews.threads(part(f, STEP_3)).get(1).getAuthor());
			assertFalse(thread.isResolved());
		}

		decideAll(f, true);
		assertEquals(COUNSEL_STEP_3, part(f, STEP_3).plainText());
		assertEquals(COUNSEL_ITEM, part(f, "item-1.01").plainText());
		Paragraph item = (Paragraph) part(f, "item-1.01").text().getBlocks().get(0);
		Run bold = item.getRuns().stream().filter(Run::isBold).findFirst().orElseThrow();
		assertEquals("conflict minerals", bold.getText());
		assertEquals(ComplianceStatus.ACTIVE, f.getReport().getAnnexA().getRows().get(0).getStatus());
		assertTrue(importInto(f, returned).nothingNew(), "the second import changes nothing");
	}

	@Test
	void aDocumentEditedAsWordSavesItComesBackWhole() throws Exception {
		roundTrip(Manner.WORD);
	}

	@Test
	void aDocumentEditedAsLibreOfficeSavesItComesBackWhole() throws Exception {
		roundTrip(Manner.LIBREOFFICE);
	}

	/**
	 * Counsel's commonest addition: a paragraph after a part's last one, typed after pressing Enter at its end.
	 * The part's bookmark ends where the next heading starts, so the paragraph is the part's, tracked or not.
	 */
	@Test
	void aParagraphAddedAfterAPartsLastParagraphBelongsToThatPart() throws Exception {
		Filing f = filing();
		String added = "We report on unresponsive suppliers to the Audit Committee each quarter.";
		CounselEdits e = CounselEdits.open(send(f), Manner.WORD);
		e.enterAtEnd("up to ending the relationship.", added, "Ann Lee", ANN_AT);
		e.enterAtEnd("for conflict minerals.", "Typed with tracking off.", null, null);
		e.lastModifiedBy("Ben Ortiz");
		Path returned = dir.resolve("appended.docx");
		e.save(returned);

		ReviewImport.Plan plan = importInto(f, returned);
		assertEquals(1, plan.findings().size(), plan.findings().toString());
		assertTrue(plan.findings().get(0).contains("was made with tracking off"), plan.findings().toString());
		assertFalse(plan.findings().toString().contains("outside every part"), plan.findings().toString());
		assertEquals(Map.of(STEP_3 + " Paragraph 3 inserted: \"" + added + "\"", "Ann Lee",
				"item-1.01 Paragraph 2 inserted: \"Typed with tracking off.\"", "Ben Ortiz (untracked)"), authors(f));
		decideAll(f, true);
		assertEquals("Our strategy follows the OECD Guidance.\n" + STEP_3_TEXT + "\n" + added + "\n",
				part(f, STEP_3).plainText());
		assertEquals("Acme reviewed its products for conflict minerals.\nTyped with tracking off.\n",
				part(f, "item-1.01").plainText());
	}

	/** Annex A's table: a row counsel added and one they deleted, both tracked, in either manner. */
	@ParameterizedTest
	@EnumSource(Manner.class)
	void annexRowsAddedAndDeletedInWordBecomeRowAdditionsAndRemovals(Manner manner) throws Exception {
		Filing f = filing();
		CounselEdits e = CounselEdits.open(send(f), manner);
		e.insertRow("Example Tin Smelter", List.of("Gold", "Yamakin Co., Ltd.", "Japan", "Conformant", "CID002180", ""),
				"Ann Lee", ANN_AT);
		e.deleteRow("Example Tin Smelter", "Ben Ortiz", BEN_AT);
		e.lastModifiedBy("Ben Ortiz");
		Path returned = dir.resolve("rows-" + manner.name().toLowerCase() + ".docx");
		e.save(returned);

		ReviewImport.Plan plan = importInto(f, returned);
		assertEquals(List.of(), plan.findings());
		ReviewPart annex = part(f, ReviewParts.ANNEX_A);
		List<Proposals.Entry> rows = Proposals.pending(annex);
		assertEquals(2, rows.size(), rows.toString());
		Proposals.Entry added = rows.stream().filter(r -> r.row().getKind() == RowChangeKind.ADD).findFirst().orElseThrow();
		Proposals.Entry removed = rows.stream().filter(r -> r.row().getKind() == RowChangeKind.REMOVE).findFirst()
				.orElseThrow();
		assertEquals("Ann Lee", added.author());
		assertEquals(ANN_AT, added.row().getTimestamp());
		assertEquals(List.of("CID002180", "Gold", "Yamakin Co., Ltd.", "Japan", "Conformant"),
				Stream.of(added.row().getSmelterId(), added.row().getMetal(), added.row().getFacilityName(),
						added.row().getCountry(), added.row().getStatus()).map(String::valueOf).toList());
		assertEquals("Ben Ortiz", removed.author());
		assertEquals("CID000001", removed.row().getSmelterId());
		assertEquals(1, f.getReport().getAnnexA().getRows().size(), "nothing in the annex until accepted");

		decideAll(f, true);
		List<SmelterEntry> annexRows = f.getReport().getAnnexA().getRows();
		assertEquals(List.of("CID000001", "CID002180"), annexRows.stream().map(SmelterEntry::getSmelterId).toList());
		assertTrue(annexRows.get(0).isExcluded(), "a removed row is excluded from the printed annex");
		assertFalse(annexRows.get(1).isExcluded());
		assertTrue(importInto(f, returned).nothingNew(), "the second import changes nothing");
	}

	/**
	 * A document only opened and saved again in LibreOffice: its bookmarks come back as LibreOffice writes them and
	 * the filing's own reply as a comment of its own; nothing is new, nothing is outside a part.
	 */
	@Test
	void aDocumentSavedAgainByLibreOfficeBringsNothingNew() throws Exception {
		Filing f = filing();
		ReviewPart step3 = part(f, STEP_3);
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(Reviews.comment(step3, author(), "Which edition?", "OECD Guidance", 25));
		String thread = Reviews.threads(step3).get(0).getId();
		stack.execute(Reviews.reply(step3, thread, ReviewFixtures.counsel(), "The third."));
		Path returned = dir.resolve("resaved.docx");
		CounselEdits.open(send(f), Manner.LIBREOFFICE).lastModifiedBy("Ann Lee").save(returned);

		ReturnedDocument d = ReviewDocxReader.read(returned);
		assertEquals(List.of(), d.problems(), "every part's text found between LibreOffice's bookmarks");
		ReviewImport.Plan plan = ReviewImport.plan(f, d, new ReviewImport.Options(author(), null));
		assertEquals(List.of(), plan.findings());
		assertTrue(plan.nothingNew(), plan.summary());
		assertTrue(plan.summary().contains("(2 comments were already in the filing)"), plan.summary());
	}

	@Test
	void rejectingEveryProposalLeavesTheFilingAsItWas() throws Exception {
		Filing f = filing();
		Filing before = EcoreUtil.copy(f);
		importInto(f, counsel(send(f), Manner.WORD));
		decideAll(f, false);
		for (ReviewPart part : ReviewParts.of(f)) {
			ReviewPart was = ReviewParts.find(before, part.id()).orElseThrow();
			assertTrue(EcoreUtil.equals(was.text(), part.text()), part.id());
		}
		assertEquals(ComplianceStatus.CONFORMANT, f.getReport().getAnnexA().getRows().get(0).getStatus());
	}

	@Test
	void theFilingsEditsSinceSendingAreMergedAndAStretchBothChangedIsAConflict() throws Exception {
		Filing f = filing();
		Path sent = send(f);
		ReviewPart step3 = part(f, STEP_3);
		step3.section().setBody(StructuredTexts.paragraphs("Our strategy follows the OECD recommendations.",
				STEP_3_TEXT.replace("does not respond", "does not respond within 30 days")));
		CounselEdits e = CounselEdits.open(sent, Manner.WORD);
		e.insert("OECD ", "Due Diligence ", "Ann Lee", ANN_AT);
		e.delete(", up to ending the relationship", "Ben Ortiz", BEN_AT);
		Path returned = dir.resolve("returned.docx");
		e.save(returned);
		ReviewImport.Plan plan = importInto(f, returned);
		ReviewImport.PartResult r = plan.parts().stream().filter(p -> p.partId().equals(STEP_3)).findFirst().orElseThrow();
		assertEquals(1, r.conflicts(), r.describe());
		Proposals.Entry conflict = Proposals.pending(step3).stream().filter(Proposals.Entry::conflict).findFirst()
				.orElseThrow();
		assertEquals("Ann Lee", conflict.author());
		assertTrue(conflict.describe().contains("the filing now has \"recommendations\""), conflict.describe());
		decideAll(f, true);
		assertEquals("Our strategy follows the OECD Due Diligence Guidance.\nWhen a supplier does not respond within 30 "
				+ "days, we will look into the circumstances and decide how to respond.\n", step3.plainText());
	}

	@Test
	void aDeletionAcrossTwoParagraphsJoinsThemWhenAccepted() throws Exception {
		Filing f = filing();
		CounselEdits e = CounselEdits.open(send(f), Manner.WORD);
		e.deleteAcross("Guidance.", "When a supplier does not respond,", "Ben Ortiz", BEN_AT);
		Path returned = dir.resolve("across.docx");
		e.save(returned);
		importInto(f, returned);
		List<Proposals.Entry> pending = Proposals.pending(part(f, STEP_3));
		assertFalse(pending.isEmpty());
		assertTrue(pending.stream().allMatch(x -> x.author().equals("Ben Ortiz")), pending.toString());
		decideAll(f, true);
		assertEquals("Our strategy follows the OECD  we will look into the circumstances and decide how to respond, up "
				+ "to ending the relationship.\n", part(f, STEP_3).plainText());
	}

	@Test
	void changesSinceApprovalSentAsTrackedAreNotTakenForCounselsEdits() throws Exception {
		Filing f = filing();
		ReviewPart step3 = part(f, STEP_3);
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(Reviews.submit(step3, author(), null));
		stack.execute(Reviews.approve(step3, ReviewFixtures.counsel(), "Fine"));
		step3.section().setBody(StructuredTexts.paragraphs("Our strategy follows the OECD Guidance closely.", STEP_3_TEXT));
		Path docx = dir.resolve("since.docx");
		try (OutputStream out = Files.newOutputStream(docx)) {
			ReviewDocx.write(f, List.of(step3), new ReviewDocx.Options("Priya Natarajan",
					Instant.parse("2026-04-15T09:00:00Z"), "acme-2025.sdfiling", true), out);
		}
		CounselEdits e = CounselEdits.open(docx, Manner.WORD);
		e.insert("OECD ", "Due Diligence ", "Ann Lee", ANN_AT);
		Path returned = dir.resolve("since-returned.docx");
		e.save(returned);
		ReviewImport.Plan plan = importInto(f, returned);
		assertTrue(plan.findings().isEmpty(), "no edit was made with tracking off: " + plan.findings());
		List<Proposals.Entry> pending = Proposals.pending(step3);
		assertEquals(1, pending.size(), pending.toString());
		assertEquals("Ann Lee", pending.get(0).author());
		decideAll(f, true);
		assertEquals("Our strategy follows the OECD Due Diligence Guidance closely.\n" + STEP_3_TEXT + "\n",
				step3.plainText());
	}
}
