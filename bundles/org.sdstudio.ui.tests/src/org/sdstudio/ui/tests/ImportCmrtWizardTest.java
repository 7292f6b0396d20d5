package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Defect;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplyChain;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.intake.ImportCmrtWizard;
import org.sdstudio.ui.internal.intake.IntakeWizards;
import org.sdstudio.ui.internal.intake.SuppliersPage;

/** The CMRT import wizard on real generated workbooks: background reading, one undoable change, the summary. */
class ImportCmrtWizardTest {

	static final String ALPHA = "Alpha Alloys Ltd.";
	static final String BRAVO = "Bravo Boards GmbH";
	static final String CHARLIE = "Charlie Connectors Inc.";

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

	/**
	 * Writes into {@code folder}: three suppliers' workbooks (Bravo's with a missing contact e-mail, an error), an
	 * older response of Alpha, and a text file named .xlsx that is no workbook.
	 */
	static List<Path> workbooks(Path folder) throws Exception {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		files.add(CmrtWorkbookBuilder.cmrt("6.5").company(ALPHA).smelters(30, 11)
				.write(folder.resolve("alpha-2026.xlsx")));
		files.add(CmrtWorkbookBuilder.cmrt("6.5").company(ALPHA).effectiveDate(LocalDate.of(2025, 9, 1))
				.smelters(12, 12).write(folder.resolve("alpha-2025.xlsx")));
		files.add(CmrtWorkbookBuilder.cmrt("6.4").company(BRAVO).smelters(20, 13).with(Defect.CONTACT_EMAIL_MISSING)
				.write(folder.resolve("bravo.xlsx")));
		files.add(CmrtWorkbookBuilder.cmrt("6.31").company(CHARLIE).smelters(8, 14)
				.write(folder.resolve("charlie.xlsx")));
		Path broken = folder.resolve("broken.xlsx");
		Files.writeString(broken, "this is a note, not a workbook\n");
		files.add(broken);
		return files;
	}

	/** Opens the wizard (not blocking) on {@code editor} with {@code files} chosen. */
	static ImportCmrtWizard openWizard(FilingEditor editor, List<Path> files) {
		ImportCmrtWizard wizard = new ImportCmrtWizard(editor);
		WizardDialog dialog = IntakeWizards.cmrtDialog(Studio.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Studio.settle();
		wizard.addFiles(files);
		Studio.settle();
		return wizard;
	}

	static void press(Shell shell, String label) {
		click(shell, label);
		Studio.settle();
	}

	/** Presses the button without running the event loop afterwards (nothing the job posted has run yet). */
	static void click(Shell shell, String label) {
		List<Button> buttons = Studio.findAll(shell, Button.class,
				b -> b.getText().replace("&", "").equals(label) && b.isVisible());
		assertFalse(buttons.isEmpty(), "a visible button " + label);
		assertTrue(buttons.get(0).isEnabled(), label + " is enabled");
		buttons.get(0).notifyListeners(SWT.Selection, new Event());
	}

	/** Imports {@code files} through the wizard, as a user would, and closes it; returns the summary's rows. */
	static List<String[]> importWith(FilingEditor editor, List<Path> files) {
		ImportCmrtWizard wizard = openWizard(editor, files);
		Shell shell = wizard.getShell();
		press(shell, "Finish");
		Studio.waitUntil("the import", 120_000, wizard::isImported);
		List<String[]> rows = rows(Studio.find(shell, Table.class, "summaryFiles"));
		press(shell, "Finish");
		assertTrue(shell.isDisposed(), "Finish on the summary closes the wizard");
		return rows;
	}

	static List<String[]> rows(Table table) {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			String[] cells = new String[table.getColumnCount()];
			for (int c = 0; c < cells.length; c++) {
				cells[c] = item.getText(c);
			}
			rows.add(cells);
		}
		return rows;
	}

	static List<String> supplierNames(FilingEditor editor) {
		SupplyChain chain = editor.getFiling().getSupplyChain();
		return chain == null ? List.of() : chain.getSuppliers().stream().map(Supplier::getName).sorted().toList();
	}

	@Test
	void importsTheWorkbooksInOneUndoableCommandAndSummarisesEachFile() throws Exception {
		List<Path> files = workbooks(dir.resolve("in"));
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		assertEquals(List.of(), supplierNames(editor), "the example has no suppliers yet");

		ImportCmrtWizard wizard = openWizard(editor, List.of(dir.resolve("in")));
		assertEquals(5, wizard.getFiles().size(), "the folder's five .xlsx files are listed");
		Shell shell = wizard.getShell();
		press(shell, "Finish");
		Studio.waitUntil("the import", 120_000, wizard::isImported);
		Studio.screenshot("import-cmrt-summary", shell);

		List<String[]> rows = rows(Studio.find(shell, Table.class, "summaryFiles"));
		assertEquals(5, rows.size());
		// the folder is read in name order: alpha-2025, alpha-2026, bravo, broken, charlie
		assertEquals("alpha-2025.xlsx", rows.get(0)[0]);
		assertEquals("New supplier", rows.get(0)[1]);
		assertEquals("Newer response", rows.get(1)[1], "the 2026 response replaces the 2025 one");
		assertEquals(ALPHA, rows.get(1)[2]);
		assertEquals("30", rows.get(1)[4], "Alpha's current response has 30 smelter rows");
		assertEquals("New supplier", rows.get(2)[1]);
		assertTrue(Integer.parseInt(rows.get(2)[5]) >= 1, "Bravo's missing contact e-mail is an error");
		assertEquals("broken.xlsx", rows.get(3)[0]);
		assertEquals("Not imported", rows.get(3)[1]);
		assertTrue(rows.get(3)[8].startsWith("broken.xlsx: "), "the reason names the file: " + rows.get(3)[8]);
		assertEquals("New supplier", rows.get(4)[1]);
		String totals = Studio.find(shell, Text.class, "summaryTotals").getText();
		assertTrue(totals.startsWith("5 files: 4 imported (3 new suppliers, 1 newer response, 0 older"), totals);
		assertTrue(totals.contains("1 not imported"), totals);
		assertTrue(totals.contains("Annex A page"), "says where Annex A is rebuilt: " + totals);
		assertTrue(totals.contains("Not imported") && totals.contains("broken.xlsx: "), "the failure is spelt out: "
				+ totals);

		assertEquals(List.of(ALPHA, BRAVO, CHARLIE), supplierNames(editor));
		Supplier alpha = editor.getFiling().getSupplyChain().getSuppliers().stream()
				.filter(s -> s.getName().equals(ALPHA)).findFirst().orElseThrow();
		assertEquals(2, alpha.getResponses().size(), "the older response is in Alpha's history");
		assertEquals("alpha-2026.xlsx", alpha.getCurrentResponse().getFileName());
		assertTrue(editor.isDirty());
		press(shell, "Finish");
		assertTrue(shell.isDisposed());

		editor.showPage(SuppliersPage.ID);
		Studio.settle();
		Table suppliers = Studio.find(Studio.window().getShell(), Table.class, "suppliers");
		assertEquals(3, suppliers.getItemCount(), "the Suppliers table shows the three suppliers");

		editor.getEditingDomain().getCommandStack().undo();
		Studio.settle();
		assertEquals(List.of(), supplierNames(editor), "one undo removes the whole import");
		assertFalse(editor.isDirty());
		assertEquals(0, suppliers.getItemCount(), "the table follows the undo");
		editor.getEditingDomain().getCommandStack().redo();
		Studio.settle();
		assertEquals(List.of(ALPHA, BRAVO, CHARLIE), supplierNames(editor), "redo brings it back");
		assertEquals(3, suppliers.getItemCount());
	}

	@Test
	void cancellingTheReadingLeavesTheFilingUnchangedAndFinishCanRunAgain() throws Exception {
		List<Path> files = workbooks(dir.resolve("in"));
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ImportCmrtWizard wizard = openWizard(editor, files);
		Shell shell = wizard.getShell();
		press(shell, "Finish");
		assertFalse(wizard.isIdle(), "the files are read in a job");
		press(shell, "Cancel Reading");
		Studio.waitUntil("the job to end", 60_000, wizard::isIdle);
		assertEquals(List.of(), supplierNames(editor), "nothing was imported");
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "no command was executed");
		assertFalse(editor.isDirty());
		String status = Studio.find(shell, Label.class, "readingStatus").getText();
		assertTrue(status.contains("cancelled") && status.contains("unchanged"), status);
		assertFalse(wizard.isImported());

		press(shell, "Finish");
		Studio.waitUntil("the second import", 120_000, wizard::isImported);
		assertEquals(List.of(ALPHA, BRAVO, CHARLIE), supplierNames(editor),
				"after a cancel the files can be read again");
	}

	@Test
	void anImportThatBringsNothingNewChangesNothing() throws Exception {
		List<Path> files = workbooks(dir.resolve("in"));
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		List<String[]> onlyBroken = importWith(editor, List.of(dir.resolve("in/broken.xlsx")));
		assertEquals("Not imported", onlyBroken.get(0)[1]);
		assertFalse(editor.isDirty(), "no readable file: no command, the filing is not dirty");
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());

		importWith(editor, files);
		assertEquals(List.of(ALPHA, BRAVO, CHARLIE), supplierNames(editor));
		List<String[]> again = importWith(editor, files);
		assertEquals(5, again.size());
		assertEquals(4, again.stream().filter(row -> row[1].equals("Unchanged (imported before)")).count(),
				"the same files a second time are unchanged");
		assertEquals(ALPHA, again.get(1)[2], "the summary still names the supplier");
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(List.of(), supplierNames(editor), "the second import added no command: one undo empties");
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
	}

	@Test
	void cancellingTheWizardWhileReadingImportsNothing() throws Exception {
		List<Path> files = workbooks(dir.resolve("in"));
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ImportCmrtWizard wizard = openWizard(editor, files);
		Shell shell = wizard.getShell();
		// Cancel before the event loop runs again: the reading may already be over (the reader is fast), yet its result
		// must not be applied once Cancel was pressed
		click(shell, "Finish");
		press(shell, "Cancel");
		assertTrue(shell.isDisposed(), "Cancel closes the wizard at once");
		// let the job end and any late result arrive
		long until = System.currentTimeMillis() + 3000;
		Studio.waitUntil("a while", 10_000, () -> System.currentTimeMillis() > until);
		assertEquals(List.of(), supplierNames(editor));
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
	}

	@Test
	void theFilingMenuCommandsAreEnabledWhileAFilingEditorIsActive() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command importCmrt = commands.getCommand("org.sdstudio.ui.commands.importCmrt");
		Command importStatus = commands.getCommand("org.sdstudio.ui.commands.importStatusList");
		assertTrue(importCmrt.isDefined() && importStatus.isDefined());
		Studio.open(Studio.copyExample(dir));
		Studio.waitUntil("the handlers to be active", 10_000,
				() -> importCmrt.isEnabled() && importStatus.isEnabled());
		List<ToolItem> tools = Studio.findAll(Studio.window().getShell(), ToolBar.class, bar -> true).stream()
				.flatMap(bar -> List.of(bar.getItems()).stream())
				.filter(item -> "Import CMRT Workbooks".equals(item.getToolTipText())
						|| "Import Status List".equals(item.getToolTipText()))
				.toList();
		assertEquals(2, tools.size(), "the main toolbar has both imports");
		Studio.waitUntil("the toolbar entries to be enabled", 10_000,
				() -> tools.stream().allMatch(ToolItem::isEnabled));
		for (String[] command : new String[][] { { importCmrt.getId(), "Import CMRT Workbooks" },
				{ importStatus.getId(), "Import Status List" } }) {
			// the wizard is modal: look at it from inside its event loop, then cancel it
			List<String> seen = new ArrayList<>();
			Display display = Studio.window().getShell().getDisplay();
			display.timerExec(500, () -> {
				for (Shell shell : display.getShells()) {
					if (!shell.isDisposed() && shell.getText().equals(command[1])) {
						seen.add(shell.getText());
						press(shell, "Cancel");
					}
				}
			});
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command[0], null);
			assertEquals(List.of(command[1]), seen, "the command opens its wizard");
		}
		Studio.closeAll();
		Studio.waitUntil("the handlers to go with the editor", 10_000,
				() -> !importCmrt.isEnabled() && !importStatus.isEnabled());
	}
}
