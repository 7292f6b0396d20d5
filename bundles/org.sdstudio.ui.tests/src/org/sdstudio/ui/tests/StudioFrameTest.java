package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.ui.internal.AboutDialog;
import org.sdstudio.ui.internal.NewFilingWizard;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.RecentFiles;

/** The studio around the editor: New Filing, recent filings, the outline, About, menus and the perspective. */
class StudioFrameTest {

	@TempDir
	Path dir;

	@AfterEach
	void closeEditors() {
		Studio.closeAll();
	}

	@Test
	void newFilingWizardWritesABlankFilingAndOpensIt() throws Exception {
		WizardDialog dialog = new WizardDialog(Studio.window().getShell(), new NewFilingWizard(Studio.window()));
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		Button finish = finishButton(shell);
		assertFalse(finish.isEnabled(), "nothing to create before a registrant is named");
		Studio.find(shell, Text.class, "registrant").setText("Northwind Sensors Corp.");
		Studio.find(shell, Spinner.class, "year").setSelection(2026);
		Studio.find(shell, Text.class, "folder").setText(dir.toString());
		Studio.settle();
		assertEquals("northwind-2026.sdfiling", Studio.find(shell, Text.class, "fileName").getText());
		Studio.screenshot("new-filing-wizard");
		assertTrue(finish.isEnabled());
		finish.notifyListeners(SWT.Selection, null);
		Studio.settle();

		Path file = dir.resolve("northwind-2026.sdfiling");
		assertTrue(Files.isRegularFile(file), "the filing was written");
		Filing saved = FilingFiles.load(file);
		assertEquals("Northwind Sensors Corp.", saved.getRegistrant().getName());
		assertEquals(2026, saved.getReportingYear());
		FilingEditor editor = (FilingEditor) Studio.page().getActiveEditor();
		assertEquals(file, editor.getFile());
		assertFalse(editor.isDirty());
	}

	@Test
	void newFilingFromTheExampleKeepsItsReportAndTakesTheNewNameAndYear() throws Exception {
		Filing filing = NewFilingWizard.create("Northwind Sensors Corp.", 2026, NewFilingWizard.Start.EXAMPLE);
		assertEquals("Northwind Sensors Corp.", filing.getRegistrant().getName());
		assertEquals("NORTHWIND SENSORS CORP.", filing.getSignature().getRegistrantName());
		assertEquals(2026, filing.getReportingYear());
		assertEquals("2026-12-31", filing.getRules().get(0).getPeriodEnd().toString());
		Filing example = FilingFiles.load(Studio.EXAMPLES.resolve("halcyon-2025.sdfiling"));
		assertEquals(example.getReport().getSections().size(), filing.getReport().getSections().size());
		assertEquals(example.getReport().getAnnexA().getRows().size(), filing.getReport().getAnnexA().getRows().size());
	}

	@Test
	void newFilingWizardOffersTheExampleWithItsSuppliersImported() throws Exception {
		WizardDialog dialog = new WizardDialog(Studio.window().getShell(), new NewFilingWizard(Studio.window()));
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		Studio.find(shell, Text.class, "registrant").setText("Northwind Sensors Corp.");
		Studio.find(shell, Spinner.class, "year").setSelection(2025);
		Studio.find(shell, Text.class, "folder").setText(dir.toString());
		Studio.find(shell, Button.class, "blank").setSelection(false);
		Studio.find(shell, Button.class, "exampleWithSuppliers").setSelection(true);
		Studio.settle();
		finishButton(shell).notifyListeners(SWT.Selection, null);
		Studio.settle();

		Filing saved = FilingFiles.load(dir.resolve("northwind-2025.sdfiling"));
		assertEquals("Northwind Sensors Corp.", saved.getRegistrant().getName());
		assertEquals(List.of("Borealis Precision Components Co., Ltd.", "Kestrel Cable & Wire GmbH",
				"Meridian Molded Plastics Inc.", "Orchid Metalworks S.A.", "Tamarack Electronics Ltd."),
				saved.getSupplyChain().getSuppliers().stream().map(s -> s.getName()).sorted().toList());
		assertTrue(saved.getSupplyChain().getSuppliers().stream().allMatch(s -> s.getCurrentResponse() != null));
		assertEquals(1, saved.getSupplyChain().getReferenceLists().size(), "the example status list");
		assertEquals(234, saved.getSupplyChain().getReferenceLists().get(0).getEntries().size());
		Filing example = FilingFiles.load(Studio.EXAMPLES.resolve("halcyon-2025.sdfiling"));
		assertEquals(example.getReport().getAnnexA().getRows().size(), saved.getReport().getAnnexA().getRows().size(),
				"Annex A is left for the user to rebuild");
		FilingEditor editor = (FilingEditor) Studio.page().getActiveEditor();
		assertEquals(dir.resolve("northwind-2025.sdfiling"), editor.getFile());
		assertFalse(editor.isDirty());
	}

	@Test
	void recentFilingsMenuListsTheFilesOpenedNewestFirstAndOpensThem() throws Exception {
		Path first = Studio.copyExample(dir);
		Path second = Files.copy(first, dir.resolve("second.sdfiling"));
		Studio.open(first);
		Studio.open(second);
		List<Path> recent = RecentFiles.list();
		assertEquals(List.of(second, first), recent.subList(0, 2));
		Studio.closeAll();

		MenuManager recentMenu = (MenuManager) fileMenu().find("org.sdstudio.ui.menu.recent");
		assertNotNull(recentMenu, "File > Recent Filings");
		Menu menu = new Menu(Studio.window().getShell(), SWT.DROP_DOWN);
		try {
			for (IContributionItem item : recentMenu.getItems()) {
				item.fill(menu, menu.getItemCount());
			}
			MenuItem firstItem = menu.getItem(0);
			assertTrue(firstItem.getText().contains("second.sdfiling"), firstItem.getText());
			firstItem.notifyListeners(SWT.Selection, null);
			Studio.settle();
		} finally {
			menu.dispose();
		}
		assertEquals(second, ((FilingEditor) Studio.page().getActiveEditor()).getFile());
	}

	@Test
	void selectingInTheOutlineShowsThePageOfThatPart() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ContentOutline outline = (ContentOutline) Studio.page().showView(IPageLayout.ID_OUTLINE);
		Studio.page().activate(editor);
		Studio.settle();
		Tree tree = (Tree) outline.getCurrentPage().getControl();
		assertEquals(1, tree.getItemCount(), "the filing is the outline's root");
		assertTrue(tree.getItem(0).getItemCount() >= 8, "registrant, contact, rules, ..., report, supply chain");

		editor.showPage("cover");
		outline.setSelection(new StructuredSelection(editor.getFiling().getReport().getAnnexA()));
		Studio.settle();
		assertEquals("annex", editor.getActivePageInstance().getId());
		outline.setSelection(new StructuredSelection(editor.getFiling().getReport().getSections().get(2)));
		Studio.settle();
		assertEquals("report", editor.getActivePageInstance().getId());
		Studio.screenshot("outline");
	}

	@Test
	void aboutListsTheStudioAndItsLibrariesWithVersions() {
		List<String[]> rows = AboutDialog.rows();
		List<String> names = rows.stream().map(row -> row[0]).toList();
		assertTrue(names.containsAll(Arrays.asList("SD Studio", "EMF", "Saxon-HE (XSLT 3.0)", "Java")), names.toString());
		for (String[] row : rows) {
			assertFalse(row[1].isBlank() || row[1].equals("not installed"), row[0] + " " + row[1]);
		}
		AboutDialog dialog = new AboutDialog(Studio.window().getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Table versions = Studio.find(dialog.getShell(), Table.class, "versions");
			assertEquals(rows.size(), versions.getItemCount());
			assertTrue(dialog.getShell().getText().contains("SD Studio"));
		} finally {
			dialog.close();
		}
	}

	@Test
	void theMenuBarHasTheStudiosMenus() {
		IMenuManager bar = ((WorkbenchWindow) Studio.window()).getMenuBarManager();
		for (String id : List.of("file", "edit", "org.sdstudio.ui.menu.filing", "window", "help")) {
			assertNotNull(bar.find(id), "menu " + id);
		}
	}

	private static IMenuManager fileMenu() {
		return (IMenuManager) ((WorkbenchWindow) Studio.window()).getMenuBarManager().find("file");
	}

	private static Button finishButton(Shell shell) {
		return Studio.findAll(shell, Button.class, b -> b.getText().contains("Finish")).get(0);
	}
}
