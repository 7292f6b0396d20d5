package org.sdstudio.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.ReviewFixtures.STEP_3;
import static org.sdstudio.review.tests.ReviewFixtures.STEP_3_TEXT;
import static org.sdstudio.review.tests.ReviewFixtures.author;
import static org.sdstudio.review.tests.ReviewFixtures.counsel;
import static org.sdstudio.review.tests.ReviewFixtures.filing;
import static org.sdstudio.review.tests.ReviewFixtures.part;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ProposalState;
import org.sdstudio.model.ProposedRowChange;
import org.sdstudio.model.RowChangeKind;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewRules;
import org.sdstudio.model.validation.FilingFindings;
import org.sdstudio.review.compare.Change;
import org.sdstudio.review.compare.TextComparison;

/** Proposed changes: pending until accepted, accepted or rejected by number, undoable, merged into later edits. */
class ProposalsTest {

	private static final String FIRST = "Our strategy follows the OECD Guidance.";
	private static final String COUNSEL_FIRST = "Our strategy follows the OECD Due Diligence Guidance.";
	private static final String COUNSEL_SECOND = "When a supplier does not respond, we will look into the circumstances and "
			+ "decide how to respond.";
	private static final Instant WHEN = Instant.parse("2026-04-20T15:30:00Z");

	/** Counsel's text: two words inserted in the first paragraph, a phrase deleted in the second, a paragraph added. */
	private static StructuredText counselText() {
		return StructuredTexts.paragraphs(COUNSEL_FIRST, COUNSEL_SECOND, "Counsel added this paragraph.");
	}

	/** Proposes counsel's text to Step 3; insertions by Ann Lee, deletions by Ben Ortiz. */
	private static ReviewPart proposed(Filing f, BasicCommandStack stack) {
		ReviewPart step3 = part(f, STEP_3);
		ReviewCommand c = Proposals.propose(step3, counselText(), "counsel.docx", "abc", counsel(),
				change -> new Proposals.Attribution(change.kind() == Change.Kind.DELETED ? "Ben Ortiz" : "Ann Lee", WHEN,
						false),
				List.of());
		assertTrue(c.canExecute(), c.refusal().orElse(""));
		stack.execute(c);
		return step3;
	}

	@Test
	void aProposalIsNotInTheTextAndEveryChangeHasItsAuthor() {
		Filing f = filing();
		BasicCommandStack stack = new BasicCommandStack();
		ReviewPart step3 = proposed(f, stack);
		assertEquals(FIRST + "\n" + STEP_3_TEXT + "\n", step3.plainText(), "nothing is applied until accepted");
		List<Proposals.Entry> all = Proposals.all(step3);
		assertEquals(3, all.size(), all.toString());
		assertEquals(List.of(1, 2, 3), all.stream().map(Proposals.Entry::number).toList());
		assertEquals("Ann Lee", all.get(0).author());
		assertTrue(all.get(0).what().contains("\"Due Diligence\""), all.get(0).what());
		assertEquals("Ben Ortiz", all.get(1).author());
		assertTrue(all.get(1).what().startsWith("deleted"), all.get(1).what());
		assertEquals(WHEN, all.get(2).timestamp());
		assertEquals(3, Proposals.pendingCount(f));
		assertTrue(all.get(0).describe().contains("Ann Lee, 2026-04-20 15:30 UTC"), all.get(0).describe());
	}

	@Test
	void acceptingAllGivesCounselsTextAndRejectingAllTheFilingsText() {
		Filing f = filing();
		BasicCommandStack stack = new BasicCommandStack();
		ReviewPart step3 = proposed(f, stack);
		StructuredText before = EcoreUtil.copy(step3.text());
		stack.execute(Proposals.decideAll(step3, true, author()));
		assertTrue(EcoreUtil.equals(counselText(), step3.text()), step3.plainText());
		assertTrue(Proposals.pending(step3).isEmpty());
		assertEquals("Priya Natarajan", Proposals.all(step3).get(0).change().getDecidedBy());
		stack.undo();
		assertTrue(EcoreUtil.equals(before, step3.text()));
		assertEquals(3, Proposals.pending(step3).size(), "undo makes them pending again");
		stack.execute(Proposals.decideAll(step3, false, author()));
		assertTrue(EcoreUtil.equals(before, step3.text()), "rejecting all leaves the filing's text");
		assertTrue(Proposals.all(step3).stream().allMatch(e -> e.state() == ProposalState.REJECTED));
	}

	@Test
	void acceptingOneTakesExactlyThatChangeAndNumbersStay() {
		Filing f = filing();
		BasicCommandStack stack = new BasicCommandStack();
		ReviewPart step3 = proposed(f, stack);
		TextComparison c = Proposals.comparison(step3.review().getProposals().get(0));
		stack.execute(Proposals.decide(step3, List.of(2), true, author()));
		assertTrue(EcoreUtil.equals(c.resolve(n -> n == 2), step3.text()), step3.plainText());
		stack.execute(Proposals.decide(step3, List.of(1), false, author()));
		assertTrue(EcoreUtil.equals(c.resolve(n -> n == 2), step3.text()), "a rejection leaves the text");
		stack.execute(Proposals.decide(step3, List.of(3), true, author()));
		assertTrue(EcoreUtil.equals(c.resolve(n -> n != 1), step3.text()), step3.plainText());
		assertEquals(List.of(ProposalState.REJECTED, ProposalState.ACCEPTED, ProposalState.ACCEPTED),
				Proposals.all(step3).stream().map(Proposals.Entry::state).toList());
	}

	@Test
	void decidedUnknownOrNoNumbersAreRefused() {
		Filing f = filing();
		BasicCommandStack stack = new BasicCommandStack();
		ReviewPart step3 = proposed(f, stack);
		stack.execute(Proposals.decide(step3, List.of(1), true, author()));
		ReviewCommand again = Proposals.decide(step3, List.of(1), false, author());
		assertFalse(again.canExecute());
		assertTrue(again.refusal().orElseThrow().contains("already accepted by Priya Natarajan"), again.refusal().get());
		ReviewCommand unknown = Proposals.decide(step3, List.of(9), true, author());
		assertTrue(unknown.refusal().orElseThrow().contains("P1 to P3; there is no P9"), unknown.refusal().get());
		assertFalse(Proposals.decide(step3, List.of(), true, author()).canExecute());
	}

	@Test
	void aChangeAcceptedAfterAnEditElsewhereIsMergedIntoTheEditedText() {
		Filing f = filing();
		BasicCommandStack stack = new BasicCommandStack();
		ReviewPart step3 = proposed(f, stack);
		// the author edits the second paragraph away from counsel's changes
		step3.section().setBody(StructuredTexts.paragraphs(FIRST, "When a supplier does not respond within 30 days, "
				+ "we will look into the circumstances and decide how to respond, up to ending the relationship."));
		stack.execute(Proposals.decide(step3, List.of(1), true, author()));
		assertEquals(COUNSEL_FIRST + "\nWhen a supplier does not respond within 30 days, we will look into the "
				+ "circumstances and decide how to respond, up to ending the relationship.\n", step3.plainText());
	}

	@Test
	void aChangeThatMeetsALaterEditIsRefusedWithBothVersions() {
		Filing f = filing();
		BasicCommandStack stack = new BasicCommandStack();
		ReviewPart step3 = proposed(f, stack);
		step3.section().setBody(StructuredTexts.paragraphs("Our strategy follows the OECD recommendations.", STEP_3_TEXT));
		ReviewCommand accept = Proposals.decide(step3, List.of(1), true, author());
		assertFalse(accept.canExecute());
		assertTrue(accept.refusal().orElseThrow().contains("was edited after the proposal came"), accept.refusal().get());
		assertTrue(accept.refusal().get().contains("the text now has \"recommendations\""), accept.refusal().get());
		assertTrue(Proposals.decide(step3, List.of(1), false, author()).canExecute(), "it can still be rejected");
	}

	@Test
	void annexRowChangesAreAppliedWhenAcceptedAndCheckedAgainstTheRowAsSent() {
		Filing f = filing();
		ReviewPart annex = part(f, "annex-a");
		BasicCommandStack stack = new BasicCommandStack();
		ProposedRowChange edit = row(RowChangeKind.EDIT, "CID000001", "Tin", "Example Tin Smelter");
		edit.setField("status");
		edit.setOldValue("Conformant");
		edit.setNewValue("Active");
		ProposedRowChange add = row(RowChangeKind.ADD, "CID002180", "Gold", "Yamakin Co., Ltd.");
		add.setCountry("Japan");
		add.setStatus("Conformant");
		stack.execute(Proposals.proposeRows(annex, List.of(edit, add), "counsel.docx", "abc", counsel()));
		assertEquals(1, f.getReport().getAnnexA().getRows().size(), "nothing applied yet");
		stack.execute(Proposals.decideAll(annex, true, author()));
		SmelterEntry tin = f.getReport().getAnnexA().getRows().get(0);
		assertEquals(ComplianceStatus.ACTIVE, tin.getStatus());
		assertTrue(tin.isManuallyEdited(), "a rebuild keeps a row edited in review");
		SmelterEntry gold = f.getReport().getAnnexA().getRows().get(1);
		assertEquals("Yamakin Co., Ltd.", gold.getFacilityName());
		assertEquals("Japan", gold.getCountry());
		assertEquals(ComplianceStatus.CONFORMANT, gold.getStatus());
		stack.undo();
		assertEquals(ComplianceStatus.CONFORMANT, tin.getStatus());
		assertEquals(1, f.getReport().getAnnexA().getRows().size());

		// the row changed in the filing since: the edit no longer fits
		tin.setStatus(ComplianceStatus.NON_CONFORMANT);
		ReviewCommand late = Proposals.decide(annex, List.of(1), true, author());
		assertTrue(late.refusal().orElseThrow().contains("is now \"Non-Conformant\", not \"Conformant\" as sent"),
				late.refusal().get());

		ProposedRowChange remove = row(RowChangeKind.REMOVE, "CID000001", "Tin", "Example Tin Smelter");
		stack.execute(Proposals.proposeRows(annex, List.of(remove), "counsel-2.docx", "def", counsel()));
		stack.execute(Proposals.decide(annex, List.of(3), true, author()));
		assertTrue(tin.isExcluded(), "a removed row is excluded from the printed annex");
		assertTrue(tin.getExclusionReason().contains("counsel-2.docx"), tin.getExclusionReason());
	}

	@Test
	void proposalsAreSavedAndReadBack(@TempDir Path dir) throws Exception {
		Filing f = filing();
		ReviewPart step3 = proposed(f, new BasicCommandStack());
		Path file = dir.resolve("acme.sdfiling");
		FilingFiles.save(f, file);
		assertTrue(Files.readString(file).contains("Ben Ortiz"));
		Filing back = FilingFiles.load(file);
		ReviewPart again = part(back, STEP_3);
		assertEquals(Proposals.all(step3).stream().map(Proposals.Entry::describe).toList(),
				Proposals.all(again).stream().map(Proposals.Entry::describe).toList());
		new BasicCommandStack().execute(Proposals.decideAll(again, true, author()));
		assertTrue(EcoreUtil.equals(counselText(), again.text()));
	}

	@Test
	void waitingProposalsAreAFindingUntilDecided() {
		ReviewRules.register();
		Filing f = filing();
		BasicCommandStack stack = new BasicCommandStack();
		ReviewPart step3 = proposed(f, stack);
		assertTrue(FilingFindings.findings(f).stream().anyMatch(x -> x.getCode().equals(ReviewRules.PROPOSED)
				&& x.getMessage().contains("3 proposed changes waiting")));
		stack.execute(Proposals.decideAll(step3, false, author()));
		assertTrue(FilingFindings.findings(f).stream().noneMatch(x -> x.getCode().equals(ReviewRules.PROPOSED)));
	}

	@Test
	void nothingToProposeIsRefused() {
		Filing f = filing();
		ReviewPart step3 = part(f, STEP_3);
		ReviewCommand c = Proposals.propose(step3, EcoreUtil.copy(step3.text()), "same.docx", "x", counsel(),
				change -> new Proposals.Attribution("A", WHEN, false), List.of());
		assertFalse(c.canExecute());
		assertTrue(c.refusal().orElseThrow().contains("proposes nothing new"));
		assertSame(step3.text(), step3.section().getBody());
	}

	private static ProposedRowChange row(RowChangeKind kind, String id, String metal, String name) {
		ProposedRowChange r = SdStudioFactory.eINSTANCE.createProposedRowChange();
		r.setKind(kind);
		r.setSmelterId(id);
		r.setMetal(metal);
		r.setFacilityName(name);
		r.setAuthor("Ann Lee");
		r.setTimestamp(WHEN);
		return r;
	}
}
