package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.submission.ExportHandler;
import org.sdstudio.ui.internal.submission.ExportRun;
import org.sdstudio.ui.internal.submission.ExportSettings;
import org.sdstudio.ui.internal.submission.ExportWizard;
import org.sdstudio.ui.internal.submission.SubmissionPage;

/** The Export EDGAR Package wizard, driven like a user: the package it writes, drafts, refusals. */
class ExportWizardTest {

	@TempDir
	Path dir;

	private final List<String> messages = new ArrayList<>();
	private WizardDialog dialog;

	@AfterEach
	void closeAll() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		Prompts.setAnswerer(null);
		Studio.closeAll();
	}

	/** Opens the wizard without blocking, sets its fields, returns it (Finish not yet pressed). */
	private ExportWizard openWizard(FilingEditor editor, Path folder, boolean draft) {
		Prompts.setAnswerer((title, message) -> messages.add(title + ": " + message));
		ExportWizard wizard = new ExportWizard(editor);
		dialog = new WizardDialog(Studio.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Studio.settle();
		Composite shell = dialog.getShell();
		Studio.find(shell, Text.class, "export.folder").setText(folder.toString());
		Button draftButton = Studio.find(shell, Button.class, "export.draft");
		draftButton.setSelection(draft);
		Studio.settle();
		return wizard;
	}

	private void pressFinish() {
		Button finish = Studio.findAll(dialog.getShell(), Button.class, b -> b.getText().replace("&", "")
				.equals("Finish")).get(0);
		assertTrue(finish.isEnabled(), "Finish is enabled");
		finish.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
	}

	private static Composite submissionPage(FilingEditor editor) {
		return (Composite) editor.getFilingPages().stream().filter(p -> p.getId().equals(SubmissionPage.ID))
				.findFirst().orElseThrow().getPartControl();
	}

	@Test
	void aFinalExportWritesThePackageAndThePageListsItsFiles() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		Path out = dir.resolve("package");
		ExportWizard wizard = openWizard(editor, out, false);
		assertEquals("halcyon", Studio.find(dialog.getShell(), Text.class, "export.prefix").getText(),
				"the prefix comes from the submission data");
		Text ccc = Studio.find(dialog.getShell(), Text.class, "export.ccc");
		assertTrue((ccc.getStyle() & SWT.PASSWORD) != 0, "the CCC is typed into a password field");
		assertEquals("", ccc.getText(), "never remembered");
		assertTrue(dialog.getCurrentPage().getMessage().startsWith("Without the CCC"), "a missing CCC is said");
		ccc.setText("abc");
		Studio.settle();
		assertEquals("The CCC has 8 characters.", dialog.getCurrentPage().getErrorMessage());
		ccc.setText("k7#Pq2$z");
		Studio.settle();
		assertEquals(null, dialog.getCurrentPage().getErrorMessage());
		Studio.screenshot("export-wizard", dialog.getShell());
		pressFinish();
		String submission = Files.readString(out.resolve("submission.xml"));
		assertTrue(submission.contains("<filerCcc>k7#Pq2$z</filerCcc>"), "used for this export's submission.xml");
		assertFalse(Files.readString(file).contains("k7#Pq2$z"), "never stored in the filing");

		assertEquals(ExportRun.Outcome.WRITTEN, wizard.getOutcome(), String.join("\n", messages));
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard closed");
		for (String name : List.of("halcyon-sd.htm", "halcyon-ex101.htm", "submission.xml")) {
			assertTrue(Files.size(out.resolve(name)) > 1000, name);
		}
		assertTrue(Files.readString(out.resolve("halcyon-sd.htm")).contains("Halcyon Respiratory Systems"));
		ExportResult result = editor.getLastExport();
		assertNotNull(result);
		assertTrue(result.isWritten());
		assertEquals(3, result.files().size());

		assertEquals(SubmissionPage.ID, editor.getActivePageInstance().getId(), "the page shows the result");
		Composite page = submissionPage(editor);
		Table files = Studio.find(page, Table.class, "lastExport.files");
		assertEquals(3, files.getItemCount());
		List<String> names = Stream.of(files.getItems()).map(item -> item.getText(0)).toList();
		assertEquals(List.of("halcyon-sd.htm", "halcyon-ex101.htm", "submission.xml"), names);
		TableItem sd = files.getItem(0);
		assertEquals("SD", sd.getText(2));
		assertEquals("passed: 0 violations", sd.getText(3));
		assertEquals("passed: 0 violations", files.getItem(1).getText(3));
		assertTrue(sd.getText(1).endsWith("bytes"));
		assertFalse(Studio.find(page, Table.class, "lastExport.violations").getVisible());
		String summary = Studio.find(page, Label.class, "lastExport.summary").getText();
		assertTrue(summary.startsWith("The EDGAR package was written into " + out), summary);
		assertEquals(out, ExportSettings.of(file).folder(), "the folder is remembered for this filing");
		assertFalse(editor.isDirty(), "exporting does not change the filing");
		Studio.screenshot("submission");
	}

	@Test
	void aDraftHasDraftFileNamesAndNoSubmissionXml() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Path out = dir.resolve("draft");
		ExportWizard wizard = openWizard(editor, out, true);
		Studio.find(dialog.getShell(), Text.class, "export.prefix").setText("review");
		pressFinish();
		assertEquals(ExportRun.Outcome.WRITTEN, wizard.getOutcome(), String.join("\n", messages));
		assertTrue(Files.exists(out.resolve("review-draft-sd.htm")));
		assertTrue(Files.exists(out.resolve("review-draft-ex101.htm")));
		assertFalse(Files.exists(out.resolve("submission.xml")), "a draft is not for filing");
		assertTrue(Files.readString(out.resolve("review-draft-sd.htm")).contains("DRAFT"));
		assertTrue(editor.getLastExport().draft());
		Table files = Studio.find(submissionPage(editor), Table.class, "lastExport.files");
		assertEquals(2, files.getItemCount());
	}

	@Test
	void aFinalExportOfAFilingWithAnErrorIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
				editor.getFiling().getRegistrant(), Literals.REGISTRANT__CIK, null));
		Path out = dir.resolve("refused");
		ExportWizard wizard = openWizard(editor, out, false);
		pressFinish();

		assertEquals(ExportRun.Outcome.REFUSED, wizard.getOutcome());
		assertEquals(1, messages.size(), String.join("\n", messages));
		String message = messages.get(0);
		assertTrue(message.startsWith("Export Refused: The filing was not exported"), message);
		assertTrue(message.contains("CIK"), message);
		assertTrue(message.contains("registrant \u203a CIK"), "the field is named: " + message);
		assertFalse(message.contains("Exception"), message);
		assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing was written");
		assertFalse(editor.getLastExport().isWritten());

		Composite page = submissionPage(editor);
		Table errors = Studio.find(page, Table.class, "lastExport.errors");
		assertTrue(errors.getVisible());
		assertTrue(Stream.of(errors.getItems()).anyMatch(item -> item.getText(0).equals("registrant \u203a CIK")
				&& item.getText(1).contains("CIK is missing")), "the error is listed with its field");
		assertFalse(Studio.find(page, Table.class, "lastExport.files").getVisible());

		// double-click: the page where the field is edited, or (when no page shows it) where to fix it
		int cik = Stream.of(errors.getItems()).map(item -> item.getText(0)).toList().indexOf("registrant \u203a CIK");
		errors.setSelection(cik);
		Event doubleClick = new Event();
		doubleClick.item = errors.getItem(cik);
		errors.notifyListeners(SWT.DefaultSelection, doubleClick);
		Studio.settle();
		boolean revealed = !SubmissionPage.ID.equals(editor.getActivePageInstance().getId());
		boolean explained = messages.size() == 2 && messages.get(1).startsWith("Where to Fix It: ")
				&& messages.get(1).contains("registrant \u203a CIK");
		assertTrue(revealed || explained, String.join("\n", messages));
	}

	@Test
	void aFailedExportKeepsTheWizardOpenAndTheFolderUntouched() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Path blocker = Files.writeString(dir.resolve("not-a-folder"), "a file where the folder should be");
		ExportWizard wizard = openWizard(editor, blocker, false);
		pressFinish();
		assertEquals(ExportRun.Outcome.FAILED, wizard.getOutcome());
		assertFalse(dialog.getShell().isDisposed(), "the user can choose another folder");
		assertEquals(1, messages.size());
		assertTrue(messages.get(0).startsWith("Export Failed: "), messages.get(0));
		assertTrue(messages.get(0).contains("Nothing was written"), messages.get(0));
		assertEquals("a file where the folder should be", Files.readString(blocker));
		assertEquals(null, editor.getLastExport());
	}

	@Test
	void aCanceledExportWritesNothingAndKeepsTheLastResult() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Prompts.setAnswerer((title, message) -> messages.add(title + ": " + message));
		Path out = dir.resolve("canceled");
		ExportRun run = new ExportRun(editor.getFiling(), out, ExportOptions.defaults());
		ExportRun.Outcome outcome = run.runAndReport(runnable -> {
			NullProgressMonitor monitor = new NullProgressMonitor();
			monitor.setCanceled(true);
			runnable.run(monitor);
		}, Studio.window().getShell(), editor);
		assertEquals(ExportRun.Outcome.CANCELED, outcome);
		assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing was written");
		assertEquals(null, editor.getLastExport());
		assertEquals(1, messages.size());
		assertTrue(messages.get(0).startsWith("Export Canceled: "), messages.get(0));
	}

	@Test
	void theExportCommandIsEnabledWhenAFilingEditorIsActive() throws Exception {
		Studio.open(Studio.copyExample(dir));
		ICommandService commands = Studio.window().getService(ICommandService.class);
		Command export = commands.getCommand(ExportHandler.COMMAND_ID);
		assertTrue(export.isDefined());
		Studio.settle();
		assertTrue(export.isEnabled(), "enabled with the filing editor active");
	}

	@Test
	void theExportButtonOfThePageExportsWithThePageSettings() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		Prompts.setAnswerer((title, message) -> messages.add(title + ": " + message));
		editor.showPage(SubmissionPage.ID);
		Studio.settle();
		Composite page = submissionPage(editor);
		assertEquals(dir.resolve("edgar").toString(), Studio.find(page, Text.class, "export.folder").getText(),
				"the default folder is beside the filing");
		Button button = Studio.find(page, Button.class, "export.run");
		button.notifyListeners(SWT.Selection, new Event());
		Studio.waitUntil("the export", 60_000, () -> editor.getLastExport() != null);
		assertTrue(messages.isEmpty(), String.join("\n", messages));
		assertTrue(Files.exists(dir.resolve("edgar").resolve("halcyon-sd.htm")));
		assertTrue(Files.exists(dir.resolve("edgar").resolve("submission.xml")));
	}
}
