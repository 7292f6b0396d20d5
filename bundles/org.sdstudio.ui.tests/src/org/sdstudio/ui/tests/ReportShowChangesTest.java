package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.StructuredText;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.ui.internal.compare.SectionChanges;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.report.ReportPage;

/** Show Changes in the report editor: the section's changes since approval, rejected as undoable commands. */
class ReportShowChangesTest {

	@TempDir
	Path dir;

	@AfterEach
	void close() {
		Studio.closeAll();
	}

	@Test
	void theRcoiChangesSinceApprovalAreShownAndRejectingAllBringsTheApprovedTextBackUndoably() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ReviewPart rcoi = ReviewParts.find(editor.getFiling(), "report/rcoi").orElseThrow();
		ReportPage report = (ReportPage) editor.showPage(ReportPage.ID);
		Studio.settle();
		report.getTreeViewer().setSelection(new StructuredSelection(rcoi.owner()), true);
		Studio.settle();
		StyledText editorText = report.getTextEditor().getStyledText();
		ToolItem toggle = Studio.findAll(report.getTextEditor(), org.eclipse.swt.widgets.ToolBar.class, t -> true)
				.stream().flatMap(bar -> java.util.Arrays.stream(bar.getItems()))
				.filter(i -> "showChanges".equals(i.getData("name"))).findFirst().orElseThrow();
		assertEquals("Show Changes", toggle.getText());
		SectionChanges changes = SectionChanges.of(editorText);
		changes.open();
		Studio.settle();
		try {
			Table list = Studio.find(changes.window(), Table.class, "showChanges.list");
			int count = changes.comparison().changes().size();
			assertTrue(count > 0);
			assertEquals(count, list.getItemCount());
			StyledText shown = Studio.find(changes.window(), StyledText.class, "showChanges.text");
			assertTrue(shown.getText().contains("[1]"), shown.getText());
			assertTrue(toggle.getSelection());
			Studio.screenshot("report-show-changes", changes.window());

			// accept the first: the text keeps it, the list says so
			changes.decide(java.util.List.of(1), true);
			assertEquals("accepted", list.getItem(0).getText(2));
			StructuredText before = rcoi.section().getBody();
			changes.decide(changes.comparison().changes().stream().map(c -> c.number()).toList(), false);
			Studio.settle();
			assertFalse(Reviews.status(rcoi).changedSinceApproval(), "back to the approved text");
			assertEquals(0, list.getItemCount());
			editor.getEditingDomain().getCommandStack().undo();
			Studio.settle();
			assertTrue(Reviews.status(rcoi).changedSinceApproval(), "undo puts the changes back");
			assertTrue(before == rcoi.section().getBody());
			assertEquals(count, list.getItemCount());
		} finally {
			changes.close();
		}
		assertFalse(toggle.getSelection(), "switched off: back to editing");
	}
}
