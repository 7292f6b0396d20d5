package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.ReferenceList;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.intake.ImportStatusWizard;
import org.sdstudio.ui.internal.intake.IntakeWizards;

/** The status list wizard on the example list: what it shows, one undoable change, clear errors. */
class ImportStatusWizardTest {

	@TempDir
	Path dir;

	@AfterEach
	void close() {
		Prompts.setAnswerer(null);
		for (Shell shell : Studio.window().getShell().getDisplay().getShells()) {
			if (shell != Studio.window().getShell() && !shell.isDisposed()) {
				shell.close();
			}
		}
		Studio.closeAll();
	}

	private static ImportStatusWizard open(FilingEditor editor) {
		ImportStatusWizard wizard = new ImportStatusWizard(editor);
		WizardDialog dialog = IntakeWizards.statusDialog(Studio.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Studio.settle();
		return wizard;
	}

	private static List<ReferenceList> lists(FilingEditor editor) {
		return editor.getFiling().getSupplyChain() == null ? List.of()
				: editor.getFiling().getSupplyChain().getReferenceLists();
	}

	@Test
	void theExampleListIsShownThenStoredByOneUndoableCommand() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		int before = lists(editor).size();
		ImportStatusWizard wizard = open(editor);
		Shell shell = wizard.getShell();
		wizard.choose(Studio.EXAMPLES.resolve("rmi-status-list-2026-01-31.csv").toAbsolutePath(), "");
		Studio.settle();
		assertNotNull(wizard.getRead(), "the example list is read");
		int entries = wizard.getRead().list().getEntries().size();
		assertTrue(entries > 50, "the example list has many facilities: " + entries);
		String about = Studio.find(shell, Label.class, "statusAbout").getText();
		assertTrue(about.contains("as of 2026-01-31"), about);
		assertTrue(about.contains("rebuilt from the Annex A page"), about);
		Table counts = Studio.find(shell, Table.class, "statusCounts");
		int last = counts.getItemCount() - 1;
		assertEquals("All metals", counts.getItem(last).getText(0));
		assertEquals(String.valueOf(entries), counts.getItem(last).getText(4), "the totals add up to the list");
		assertTrue(counts.getItemCount() >= 3, "a line per metal");

		ImportCmrtWizardTest.press(shell, "Finish");
		assertTrue(shell.isDisposed(), "Finish stores the list and closes");
		assertEquals(before + 1, lists(editor).size());
		ReferenceList stored = lists(editor).get(lists(editor).size() - 1);
		assertEquals(LocalDate.of(2026, 1, 31), stored.getAsOfDate());
		assertEquals(entries, stored.getEntries().size());
		assertTrue(wizard.getOutcome().startsWith("Imported rmi-status-list-2026-01-31.csv"), wizard.getOutcome());
		assertTrue(editor.isDirty());

		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(before, lists(editor).size(), "one undo removes the list");
		assertFalse(editor.isDirty());
	}

	@Test
	void aGivenAsOfDateIsUsedAndABadOneIsExplained() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ImportStatusWizard wizard = open(editor);
		Shell shell = wizard.getShell();
		Path list = Studio.EXAMPLES.resolve("rmi-status-list-2026-01-31.csv").toAbsolutePath();
		wizard.choose(list, "31/01/2026");
		Studio.settle();
		assertNull(wizard.getRead());
		assertTrue(wizard.getContainer().getCurrentPage().getErrorMessage().contains("YYYY-MM-DD"));
		assertFalse(wizard.canFinish());

		wizard.choose(list, "2026-02-15");
		Studio.settle();
		assertEquals(LocalDate.of(2026, 2, 15), wizard.getRead().list().getAsOfDate());
		assertTrue(Studio.find(shell, Label.class, "statusAbout").getText().contains("the date you gave"));
		assertTrue(wizard.canFinish());
	}

	@Test
	void anUnreadableListIsNamedWithTheReasonAndNothingChanges() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		int before = lists(editor).size();
		Path bad = dir.resolve("facilities.csv");
		Files.writeString(bad, "Hello,World\nthis,is not a status list\n");
		ImportStatusWizard wizard = open(editor);
		wizard.choose(bad, "");
		Studio.settle();
		String error = wizard.getContainer().getCurrentPage().getErrorMessage();
		assertNotNull(error);
		assertTrue(error.contains("facilities.csv") && error.contains("no header row"), error);
		assertFalse(wizard.canFinish());
		assertEquals(before, lists(editor).size());

		wizard.choose(dir.resolve("missing.csv"), "");
		Studio.settle();
		assertTrue(wizard.getContainer().getCurrentPage().getErrorMessage().contains("missing.csv"));
	}
}
