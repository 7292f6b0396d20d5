package org.sdstudio.review.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.Filing;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.PartChanges;
import org.sdstudio.review.compare.TextComparison;

/** Rejecting changes since approval as undoable commands, on the example filing's parts. */
class PartChangesTest {

	private static Filing example() throws Exception {
		return FilingFiles.load(FilingCompareTest.EXAMPLE);
	}

	private static ReviewPart part(Filing f, String id) {
		return ReviewParts.find(f, id).orElseThrow();
	}

	@Test
	void rejectingEveryChangeGivesBackTheApprovedTextAndUndoRestores() throws Exception {
		Filing f = example();
		ReviewPart rcoi = part(f, "report/rcoi");
		assertTrue(Reviews.status(rcoi).changedSinceApproval());
		StructuredText before = rcoi.section().getBody();
		BasicCommandStack stack = new BasicCommandStack();
		Command reject = PartChanges.rejectAll(rcoi);
		assertTrue(reject.canExecute());
		stack.execute(reject);
		assertTrue(EcoreUtil.equals(Reviews.status(rcoi).approved().getSnapshot(), rcoi.section().getBody()));
		assertFalse(Reviews.status(rcoi).changedSinceApproval(), "back to its approved text");
		stack.undo();
		assertSame(before, rcoi.section().getBody(), "undo puts the very text back");
		assertTrue(Reviews.status(rcoi).changedSinceApproval());
		stack.redo();
		assertFalse(Reviews.status(rcoi).changedSinceApproval());
	}

	@Test
	void acceptingSomeAndRejectingOthers() throws Exception {
		Filing f = example();
		ReviewPart item = part(f, "item-1.01");
		// edit the approved item in three places
		StructuredText approved = EcoreUtil.copy(item.item().getBody());
		String text = StructuredTexts.plainText(approved).strip();
		String[] lines = text.split("\n");
		String first = lines[0];
		String edited = first.replaceFirst("Halcyon", "Halcyon Devices").replaceFirst("\\.$", ", as amended.");
		StructuredText now = EcoreUtil.copy(approved);
		org.sdstudio.model.Paragraph p = (org.sdstudio.model.Paragraph) now.getBlocks().get(0);
		p.getRuns().clear();
		p.getRuns().add(StructuredTexts.paragraph(edited).getRuns().get(0));
		now.getBlocks().add(StructuredTexts.paragraph("A paragraph counsel did not see."));
		item.item().setBody(now);
		TextComparison c = PartChanges.sinceApproval(item).orElseThrow();
		assertTrue(c.changes().size() >= 3, c.changes().toString());
		int last = c.changes().size();
		BasicCommandStack stack = new BasicCommandStack();
		// reject the new paragraph only: the edits in the first paragraph stay
		stack.execute(PartChanges.reject(item, c, List.of(last)));
		String after = StructuredTexts.plainText(item.item().getBody());
		assertTrue(after.startsWith(edited), after);
		assertFalse(after.contains("counsel did not see"));
		stack.undo();
		assertTrue(StructuredTexts.plainText(item.item().getBody()).contains("counsel did not see"));
		// reject the first change only
		stack.execute(PartChanges.reject(item, c, List.of(1)));
		String partly = StructuredTexts.plainText(item.item().getBody());
		assertTrue(partly.contains("counsel did not see"));
		assertFalse(partly.startsWith(edited));
	}

	@Test
	void refusedWithAReason() throws Exception {
		Filing f = example();
		ReviewPart rcoi = part(f, "report/rcoi");
		TextComparison c = PartChanges.sinceApproval(rcoi).orElseThrow();
		Command tooFar = PartChanges.reject(rcoi, c, List.of(c.changes().size() + 5));
		assertFalse(tooFar.canExecute());
		assertTrue(((PartChanges.Unexecutable) tooFar).reason().contains("there is no change"));
		Command annex = PartChanges.rejectAll(part(f, "annex-a"));
		assertFalse(annex.canExecute());
	}
}
