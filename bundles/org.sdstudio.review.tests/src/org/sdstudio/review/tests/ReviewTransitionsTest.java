package org.sdstudio.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.ReviewFixtures.STEP_3;
import static org.sdstudio.review.tests.ReviewFixtures.author;
import static org.sdstudio.review.tests.ReviewFixtures.counsel;
import static org.sdstudio.review.tests.ReviewFixtures.filing;
import static org.sdstudio.review.tests.ReviewFixtures.part;
import static org.sdstudio.review.tests.ReviewFixtures.run;
import static org.sdstudio.review.tests.ReviewFixtures.step3;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewAction;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.Revision;
import org.sdstudio.model.SectionReview;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;

class ReviewTransitionsTest {

	private final BasicCommandStack stack = new BasicCommandStack();

	@Test
	void partsHaveStableReadableIdsInReadingOrder() {
		List<String> ids = ReviewParts.of(filing()).stream().map(ReviewPart::id).toList();
		assertEquals(List.of("item-1.01", "item-1.02", "exhibit", "report/cautionary-note", "report/introduction",
				"report/background", "report/rcoi", "report/due-diligence", "report/due-diligence/dd-step-1",
				"report/due-diligence/dd-step-2", STEP_3, "report/due-diligence/dd-step-4",
				"report/due-diligence/dd-step-5", "report/smelters-and-refiners", "report/risk-factors",
				"report/future-steps", "annex-a"), ids);
	}

	@Test
	void aSectionWithoutIdIsNamedByItsTitle() {
		Filing filing = filing();
		filing.getReport().getSections().get(1).setId(null);
		assertEquals("report/introduction", ReviewParts.of(filing).get(4).id());
		filing.getReport().getSections().get(2).setTitle("Halcyon’s Background");
		filing.getReport().getSections().get(2).setId("");
		assertEquals("report/halcyon-s-background", ReviewParts.of(filing).get(5).id());
	}

	@Test
	void submitTakesARevisionOfTextAndTitleWithANote() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		assertEquals(ReviewState.DRAFT, Reviews.status(step).state());
		Revision revision = run(stack, Reviews.submit(step, author(), "Ready for counsel"), Revision.class);
		assertEquals("dd-step-3-r1", revision.getId());
		assertEquals("Priya Natarajan", revision.getAuthor());
		assertNotNull(revision.getTimestamp());
		assertEquals("Ready for counsel", revision.getNote());
		assertEquals("Design and Implement a Strategy to Respond to Identified Risks", revision.getTitle());
		assertTrue(EcoreUtil.equals(step3(filing).getBody(), revision.getSnapshot()));
		assertTrue(revision.getSnapshot() != step3(filing).getBody(), "a copy, not the live text");
		PartStatus status = Reviews.status(step);
		assertEquals(ReviewState.IN_REVIEW, status.state());
		assertEquals(revision, status.latest());
		SectionReview review = step3(filing).getReview();
		assertEquals(ReviewAction.SUBMIT, review.getEvents().get(0).getAction());
		assertEquals("dd-step-3-r1", review.getEvents().get(0).getRevision());
	}

	@Test
	void approveRecordsTheRevisionWhoAndWhen() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		run(stack, Reviews.submit(step, author(), null), Revision.class);
		Revision approved = run(stack, Reviews.approve(step, counsel(), "Fine"), Revision.class);
		PartStatus status = Reviews.status(step);
		assertEquals(ReviewState.APPROVED, status.state());
		assertEquals("dd-step-3-r1", approved.getId());
		assertEquals(approved, status.approved());
		assertEquals("Jonathan Morrow", status.approvedBy());
		assertNotNull(status.approvedAt());
		assertFalse(status.changedSinceApproval());
	}

	@Test
	void everyRefusedTransitionSaysWhyAndChangesNothing() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		// from Draft
		assertRefused(filing, Reviews.approve(step, counsel(), null), "only a part in review can be approved");
		assertRefused(filing, Reviews.requestChanges(step, counsel(), "x"), "only be requested on a part in review");
		assertRefused(filing, Reviews.reopen(step, counsel(), null), "already a draft");
		// from In review
		run(stack, Reviews.submit(step, author(), null), Revision.class);
		assertRefused(filing, Reviews.submit(step, author(), null), "already in review (revision dd-step-3-r1)");
		assertRefused(filing, Reviews.requestChanges(step, counsel(), "  "), "needs a comment");
		// from Changes requested
		run(stack, Reviews.requestChanges(step, counsel(), "Say what happened in 2025."), ReviewComment.class);
		assertRefused(filing, Reviews.approve(step, counsel(), null), "is changes requested");
		assertRefused(filing, Reviews.requestChanges(step, counsel(), "more"), "changes requested");
		// from Approved
		run(stack, Reviews.submit(step, author(), null), Revision.class);
		run(stack, Reviews.approve(step, counsel(), null), Revision.class);
		assertRefused(filing, Reviews.approve(step, counsel(), null), "is approved");
		assertRefused(filing, Reviews.submit(step, author(), null), "reopen it before submitting");
		assertRefused(filing, Reviews.requestChanges(step, counsel(), "x"), "in review");
	}

	@Test
	void allowedTransitions() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		run(stack, Reviews.submit(step, author(), null), Revision.class); // Draft -> In review
		run(stack, Reviews.reopen(step, author(), "withdrawn"), SectionReview.class); // In review -> Draft
		assertEquals(ReviewState.DRAFT, Reviews.status(step).state());
		run(stack, Reviews.submit(step, author(), null), Revision.class);
		ReviewComment request = run(stack, Reviews.requestChanges(step, counsel(), "Say what you did."),
				ReviewComment.class); // In review -> Changes requested
		assertEquals(ReviewState.CHANGES_REQUESTED, Reviews.status(step).state());
		assertEquals("Say what you did.", request.getText());
		assertEquals(1, Reviews.status(step).openComments());
		run(stack, Reviews.reopen(step, author(), null), SectionReview.class); // Changes requested -> Draft
		run(stack, Reviews.submit(step, author(), null), Revision.class);
		run(stack, Reviews.requestChanges(step, counsel(), "Again."), ReviewComment.class);
		Revision r4 = run(stack, Reviews.submit(step, author(), "revised"), Revision.class); // Changes requested -> In review
		assertEquals("dd-step-3-r4", r4.getId());
		run(stack, Reviews.approve(step, counsel(), null), Revision.class); // In review -> Approved
		run(stack, Reviews.reopen(step, counsel(), "one more look"), SectionReview.class); // Approved -> Draft
		PartStatus status = Reviews.status(step);
		assertEquals(ReviewState.DRAFT, status.state());
		assertEquals("dd-step-3-r4", status.approved().getId(), "the approved revision stays recorded");
		assertEquals(List.of(ReviewAction.SUBMIT, ReviewAction.REOPEN, ReviewAction.SUBMIT,
				ReviewAction.REQUEST_CHANGES, ReviewAction.REOPEN, ReviewAction.SUBMIT, ReviewAction.REQUEST_CHANGES,
				ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.REOPEN),
				step3(filing).getReview().getEvents().stream().map(e -> e.getAction()).toList());
	}

	@Test
	void approveIsRefusedWhenTheTextChangedAfterSubmission() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		run(stack, Reviews.submit(step, author(), null), Revision.class);
		ReviewFixtures.run(step3(filing), 0).setText("Our strategy follows the OECD Guidance closely.");
		assertRefused(filing, Reviews.approve(step, counsel(), null), "changed after revision dd-step-3-r1");
	}

	@Test
	void editingAnApprovedPartMakesItADraftChangedSinceApproval(@TempDir Path dir) throws Exception {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		run(stack, Reviews.submit(step, author(), null), Revision.class);
		run(stack, Reviews.approve(step, counsel(), null), Revision.class);
		ReviewFixtures.run(step3(filing), 1).setBold(true); // formatting is a change too
		PartStatus status = Reviews.status(step);
		assertEquals(ReviewState.DRAFT, status.state());
		assertTrue(status.changedSinceApproval());
		assertEquals("Draft (changed since approval)", status.describe());
		assertEquals("dd-step-3-r1", status.approved().getId());

		// the approved revision survives a save and a reload, and the part is still changed
		Path file = dir.resolve("acme.sdfiling");
		FilingFiles.save(filing, file);
		Filing reloaded = FilingFiles.load(file);
		PartStatus again = Reviews.status(part(reloaded, STEP_3));
		assertTrue(again.changedSinceApproval());
		assertEquals(ReviewState.DRAFT, again.state());
		assertEquals("dd-step-3-r1", again.approved().getId());
		assertTrue(EcoreUtil.equals(step3(filing).getReview().getRevisions().get(0).getSnapshot(),
				again.approved().getSnapshot()));

		// undoing the edit by hand brings the approved content back: approved again
		ReviewFixtures.run(step3(reloaded), 1).setBold(false);
		assertEquals(ReviewState.APPROVED, Reviews.status(part(reloaded, STEP_3)).state());

		// a changed part goes through review again
		ReviewFixtures.run(step3(reloaded), 1).setText("We ended two supplier relationships in 2025.");
		run(stack, Reviews.submit(part(reloaded, STEP_3), author(), "2025 facts"), Revision.class);
		assertTrue(Reviews.status(part(reloaded, STEP_3)).changedSinceApproval(), "still differs from r1");
		run(stack, Reviews.approve(part(reloaded, STEP_3), counsel(), null), Revision.class);
		PartStatus approved = Reviews.status(part(reloaded, STEP_3));
		assertFalse(approved.changedSinceApproval());
		assertEquals("dd-step-3-r2", approved.approved().getId());
	}

	@Test
	void aTitleChangeIsAChangeSinceApproval() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		run(stack, Reviews.submit(step, author(), null), Revision.class);
		run(stack, Reviews.approve(step, counsel(), null), Revision.class);
		step3(filing).setTitle("Responding to Risks");
		assertTrue(Reviews.status(step).changedSinceApproval());
	}

	@Test
	void itemsAndAnnexAAreReviewedLikeSections() {
		Filing filing = filing();
		ReviewPart item = part(filing, "item-1.01");
		run(stack, Reviews.submit(item, author(), null), Revision.class);
		run(stack, Reviews.approve(item, counsel(), null), Revision.class);
		assertEquals(ReviewState.APPROVED, Reviews.status(item).state());
		filing.getFormSections().get(0).getItems().get(0).setBody(StructuredTexts.paragraphs("Other text."));
		assertTrue(Reviews.status(item).changedSinceApproval());

		ReviewPart annex = part(filing, "annex-a");
		Revision revision = run(stack, Reviews.submit(annex, author(), null), Revision.class);
		assertEquals("annex-a-r1", revision.getId());
		assertTrue(StructuredTexts.plainText(revision.getSnapshot()).contains("Example Tin Smelter\tBolivia"));
		run(stack, Reviews.approve(annex, counsel(), null), Revision.class);
		assertEquals(ReviewState.APPROVED, Reviews.status(annex).state());
		filing.getReport().getAnnexA().getRows().get(0).setStatus(ComplianceStatus.ACTIVE);
		assertTrue(Reviews.status(annex).changedSinceApproval(), "a row's status is part of Annex A");
		filing.getReport().getAnnexA().getRows().get(0).setStatus(ComplianceStatus.CONFORMANT);
		filing.getReport().getAnnexA().setCaption("2024 Facility and Country List");
		assertTrue(Reviews.status(annex).changedSinceApproval(), "so is its caption");
	}

	@Test
	void everyCommandUndoesAndRedoesExactly() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		List<Function<Filing, ReviewCommand>> operations = List.of(
				f -> Reviews.submit(part(f, STEP_3), author(), "n"),
				f -> Reviews.requestChanges(part(f, STEP_3), counsel(), "change it"),
				f -> Reviews.submit(part(f, STEP_3), author(), null),
				f -> Reviews.approve(part(f, STEP_3), counsel(), null),
				f -> Reviews.reopen(part(f, STEP_3), counsel(), null),
				f -> Reviews.comment(part(f, STEP_3), counsel(), "anchored", "look into the circumstances", -1),
				f -> Reviews.reply(part(f, STEP_3), "dd-step-3-c2", author(), "ok"),
				f -> Reviews.resolve(part(f, STEP_3), "dd-step-3-c2", author()),
				f -> Reviews.reopenComment(part(f, STEP_3), "dd-step-3-c2", author()));
		for (Function<Filing, ReviewCommand> operation : operations) {
			Filing before = EcoreUtil.copy(filing);
			ReviewCommand command = operation.apply(filing);
			assertTrue(command.canExecute(), command.getLabel() + ": " + command.refusal().orElse(""));
			stack.execute(command);
			Filing after = EcoreUtil.copy(filing);
			assertFalse(EcoreUtil.equals(before, after), command.getLabel() + " changed something");
			stack.undo();
			assertTrue(EcoreUtil.equals(before, filing), command.getLabel() + " undone");
			stack.redo();
			assertTrue(EcoreUtil.equals(after, filing), command.getLabel() + " redone");
		}
		assertEquals(ReviewState.DRAFT, Reviews.status(step).state());
		// a part without a review record gets one with its first operation; undo removes it again
		ReviewPart item = part(filing, "item-1.02");
		assertNull(item.review());
		stack.execute(Reviews.submit(item, author(), null));
		assertNotNull(item.review());
		stack.undo();
		assertNull(item.review());
		stack.redo();
		assertEquals(ReviewState.IN_REVIEW, Reviews.status(item).state());
	}

	@Test
	void theGateIsAnUndoableSetting() {
		Filing filing = filing();
		assertTrue(filing.isRequireApproval(), "on for new filings");
		stack.execute(Reviews.requireApproval(filing, false));
		assertFalse(filing.isRequireApproval());
		stack.undo();
		assertTrue(filing.isRequireApproval());
		assertEquals(17, Reviews.blockingExport(filing).size());
		filing.setRequireApproval(false);
		assertTrue(Reviews.blockingExport(filing).isEmpty());
	}

	private void assertRefused(Filing filing, ReviewCommand command, String why) {
		Filing before = EcoreUtil.copy(filing);
		assertFalse(command.canExecute(), command.getLabel());
		String refusal = command.refusal().orElseThrow();
		assertTrue(refusal.contains(why), refusal);
		assertTrue(refusal.endsWith("."), "a sentence: " + refusal);
		assertFalse(stack.canUndo() && stack.getUndoCommand() == command);
		stack.execute(command); // a command stack does not execute what cannot execute
		assertTrue(EcoreUtil.equals(before, filing), "a refused transition changes nothing");
	}
}
