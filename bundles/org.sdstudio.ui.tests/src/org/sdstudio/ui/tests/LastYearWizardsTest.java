package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.Reviews;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.lastyear.ImportFiledReportWizard;
import org.sdstudio.ui.internal.lastyear.RollForwardWizard;

/** Import Filed Report and Roll Forward to Next Year: driven through their pages; the result opens in the editor. */
class LastYearWizardsTest {

	@TempDir
	Path dir;

	@AfterEach
	void close() {
		Studio.closeAll();
	}

	private static Button button(Shell shell, String label) {
		return Studio.findAll(shell, Button.class, b -> b.getText().replace("&", "").contains(label)).get(0);
	}

	private static List<String> lines(Tree tree) {
		return Arrays.stream(tree.getItems()).flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i),
				Arrays.stream(i.getItems()))).map(TreeItem::getText).toList();
	}

	@Test
	void importFiledReportPreviewsAndOpensTheFiling() throws Exception {
		Filing example = FilingFiles.load(Studio.EXAMPLES.resolve("halcyon-2025.sdfiling"));
		Path edgar = dir.resolve("edgar");
		Files.createDirectories(edgar);
		assertTrue(new EdgarExport().export(example, edgar, ExportOptions.defaults(), new BasicMonitor()).isWritten());

		WizardDialog dialog = new WizardDialog(Studio.window().getShell(), new ImportFiledReportWizard(Studio.window()));
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		assertFalse(button(shell, "Next").isEnabled(), "nothing to import yet");
		Studio.find(shell, Text.class, "files").setText(edgar.toString());
		Path target = dir.resolve("halcyon-imported.sdfiling");
		Studio.find(shell, Text.class, "target").setText(target.toString());
		Studio.settle();
		assertFalse(button(shell, "Finish").isEnabled(), "the preview comes first");
		button(shell, "Next").notifyListeners(SWT.Selection, null);
		Studio.settle();
		List<String> preview = lines(Studio.find(shell, Tree.class, "preview"));
		assertTrue(preview.contains("Cover: Halcyon Respiratory Systems, Inc., Form SD for 2025"), preview.toString());
		assertTrue(preview.contains("Annex A: 291 smelters and refiners"), preview.toString());
		assertTrue(preview.stream().anyMatch(l -> l.startsWith("Halcyon Reasonable Country of Origin Inquiry (")), preview.toString());
		Studio.screenshot("import-filed-report", shell);
		button(shell, "Finish").notifyListeners(SWT.Selection, null);
		Studio.settle();

		assertTrue(Files.isRegularFile(target));
		FilingEditor editor = (FilingEditor) Studio.page().getActiveEditor();
		assertEquals(target, editor.getFile());
		assertEquals(291, FilingFiles.load(target).getReport().getAnnexA().getRows().size());
	}

	@Test
	void importFiledReportSaysWhyAFileCannotBeImported() throws Exception {
		Path notSd = dir.resolve("10k.htm");
		Files.writeString(notSd, "<HTML><BODY><P>FORM 10-K</BODY></HTML>");
		WizardDialog dialog = new WizardDialog(Studio.window().getShell(), new ImportFiledReportWizard(Studio.window()));
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		Studio.find(shell, Text.class, "files").setText(notSd.toString());
		Studio.find(shell, Text.class, "target").setText(dir.resolve("x.sdfiling").toString());
		Studio.settle();
		button(shell, "Next").notifyListeners(SWT.Selection, null);
		Studio.settle();
		assertFalse(button(shell, "Finish").isEnabled());
		assertTrue(dialog.getCurrentPage().getErrorMessage().contains("not a Form SD"), dialog.getCurrentPage().getErrorMessage());
		dialog.close();
		assertFalse(Files.exists(dir.resolve("x.sdfiling")));
	}

	@Test
	void rollForwardShowsTheSummaryAndOpensNextYearsFiling() throws Exception {
		Path file = Studio.copyExample(dir);
		WizardDialog dialog = new WizardDialog(Studio.window().getShell(), new RollForwardWizard(Studio.window(), file));
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		Studio.settle();
		assertEquals(2026, Studio.find(shell, Spinner.class, "year").getSelection());
		Path target = dir.resolve("halcyon-2026.sdfiling");
		assertEquals(target.toString(), Studio.find(shell, Text.class, "target").getText());
		Button keep = Studio.find(shell, Button.class, "keepComments");
		assertFalse(keep.getSelection(), "open comments are dropped unless asked");
		keep.setSelection(true);
		button(shell, "Next").notifyListeners(SWT.Selection, null);
		Studio.settle();
		List<String> summary = lines(Studio.find(shell, Tree.class, "summary"));
		assertTrue(summary.contains("Changes from 2025 to 2026"), summary.toString());
		assertTrue(summary.stream().anyMatch(l -> l.contains("part(s) back to Draft, their filed text kept as revision"
				+ " 'As filed for 2025'") && l.contains("2 open comment(s) kept")), summary.toString());
		assertTrue(summary.stream().anyMatch(l -> l.contains("fiscal year ended December 31, 2025")), summary.toString());
		Studio.screenshot("roll-forward", shell);
		button(shell, "Finish").notifyListeners(SWT.Selection, null);
		Studio.settle();

		FilingEditor editor = (FilingEditor) Studio.page().getActiveEditor();
		assertEquals(target, editor.getFile());
		assertEquals(2026, FilingFiles.load(target).getReportingYear());
		assertEquals(2025, FilingFiles.load(file).getReportingYear(), "last year's filing is left as it is");
		Filing next = FilingFiles.load(target);
		assertEquals(2, Reviews.openComments(next), "the open comments were kept");
		assertTrue(Reviews.statuses(next).stream().noneMatch(PartStatus::isApproved), "no approval carried");
	}
}
