package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
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
			// who made the changes: the current text is edits after the revision submitted last
			assertEquals("By", list.getColumn(2).getText());
			assertTrue(list.getItem(0).getText(2).contains("rcoi-r1 by Priya Natarajan, 2026-04-14 02:57 UTC"),
					list.getItem(0).getText(2));
			assertTrue(((String) list.getItem(0).getData("tooltip")).contains("Was: rcoi-r1 by Priya Natarajan"));
			Studio.screenshot("report-show-changes", changes.window());

			// accept the first: the text keeps it, the list says so
			changes.decide(java.util.List.of(1), true);
			assertEquals("accepted", list.getItem(0).getText(3));
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

	@Test
	void theIntroductionComparedWithAnEarlierRevisionAndWithLastYearsFilingIsShownReadOnly() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		ReviewPart intro = ReviewParts.find(editor.getFiling(), "report/introduction").orElseThrow();
		ReportPage report = (ReportPage) editor.showPage(ReportPage.ID);
		Studio.settle();
		report.getTreeViewer().setSelection(new StructuredSelection(intro.owner()), true);
		Studio.settle();
		SectionChanges changes = SectionChanges.of(report.getTextEditor().getStyledText());
		changes.open();
		Studio.settle();
		try {
			Combo base = Studio.find(changes.window(), Combo.class, "showChanges.base");
			Table list = Studio.find(changes.window(), Table.class, "showChanges.list");
			Label header = Studio.find(changes.window(), Label.class, "showChanges.header");
			Button reject = Studio.find(changes.window(), Button.class, "showChanges.reject");
			// approved revision by default: the introduction is as approved
			assertEquals(0, base.getSelectionIndex());
			assertTrue(base.getItem(0).startsWith("Approved revision: introduction-r2"), base.getItem(0));
			assertEquals(0, list.getItemCount(), header.getText());
			int first = -1;
			for (int i = 0; i < base.getItemCount(); i++) {
				if (base.getItem(i).startsWith("Revision introduction-r1: First draft, carried forward")) {
					first = i;
				}
			}
			assertTrue(first > 0, String.join(" / ", base.getItems()));
			assertTrue(base.getItem(first).contains("(Priya Natarajan, 2026-04-02 15:30 UTC)"), base.getItem(first));

			// the first draft: the reporting period went from 2024 to 2025, by Dana Whitfield's revision r2
			choose(base, first);
			assertTrue(list.getItemCount() > 0, header.getText());
			StyledText shown = Studio.find(changes.window(), StyledText.class, "showChanges.text");
			int deleted = shown.getText().indexOf("2024");
			assertTrue(deleted >= 0, shown.getText());
			assertTrue(shown.getStyleRangeAtOffset(deleted).strikeout, "2024 struck through");
			assertTrue(list.getItem(0).getText(1).contains("2024"), list.getItem(0).getText(1));
			assertTrue(list.getItem(0).getText(2).contains("since introduction-r2 by Dana Whitfield, 2026-04-09"),
					list.getItem(0).getText(2));
			assertTrue(header.getText().contains("Read-only"), header.getText());
			assertFalse(reject.isEnabled(), "no rejecting against an earlier revision");
			changes.decide(java.util.List.of(1), false);
			Studio.settle();
			assertFalse(editor.isDirty(), "nothing rejected");

			// last year's filing: the same section matched by id, its old words struck through
			Path lastYear = dir.resolve("halcyon-2024.sdfiling");
			Files.writeString(lastYear, Files.readString(file, StandardCharsets.UTF_8)
					.replace("addresses conflict minerals", "deals with conflict minerals"), StandardCharsets.UTF_8);
			changes.compareWith(lastYear);
			Studio.settle();
			assertEquals("Same section in halcyon-2024.sdfiling", base.getItem(base.getSelectionIndex()));
			assertTrue(header.getText().contains("the same section of halcyon-2024.sdfiling"), header.getText());
			int old = shown.getText().indexOf("deals with");
			assertTrue(old >= 0, shown.getText());
			assertTrue(shown.getStyleRangeAtOffset(old).strikeout, "last year's words struck through");
			assertFalse(reject.isEnabled());
			Studio.screenshot("report-show-changes-last-year", changes.window());

			// back to the approved revision: decisions again
			choose(base, 0);
			assertEquals(0, list.getItemCount());
			assertFalse(header.getText().contains("Read-only"), header.getText());
		} finally {
			changes.close();
		}
	}

	private static void choose(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
	}
}
