package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.edgar.ExportedFile;
import org.sdstudio.edgar.HtmlRule;
import org.sdstudio.edgar.HtmlViolation;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.Severity;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.SupplyChain;
import org.sdstudio.ui.internal.annex.AnnexPage;
import org.sdstudio.ui.internal.cover.CoverPage;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.findings.FindingRow;
import org.sdstudio.ui.internal.findings.FindingRow.Source;
import org.sdstudio.ui.internal.findings.FindingsView;

/** The Findings view: follows the filing, lists every kind of finding, sorts, filters and opens the editor. */
class FindingsViewTest {

	@TempDir
	Path dir;

	@AfterEach
	void closeEditors() {
		Studio.closeAll();
	}

	@Test
	void aClearedCikIsListedAndOpensTheCoverPageAtTheField() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CoverPage page = (CoverPage) editor.showPage(CoverPage.ID);
		Studio.settle();
		FindingsView view = (FindingsView) Studio.page().showView(FindingsView.ID);
		Studio.settle();
		assertSame(editor, view.followedEditor());
		assertFalse(hasCode(view, "SD-COVER-CIK"));

		Text cik = CoverPageTest.text(page, "cover.registrant.cik");
		CoverPageTest.type(cik, "");
		Studio.waitUntil("the CIK is cleared", 5000, () -> editor.getFiling().getRegistrant().getCik() == null);
		Studio.waitUntil("the view lists the missing CIK", 5000, () -> hasCode(view, "SD-COVER-CIK"));
		FindingRow row = view.shownRows().stream().filter(r -> r.code().equals("SD-COVER-CIK")).findFirst()
				.orElseThrow();
		assertEquals(Severity.ERROR, row.severity());
		assertEquals(Source.FILING, row.source());
		assertEquals("registrant.cik", row.where());
		assertTrue(view.countText().startsWith("1 error,"), view.countText());

		// move away, then double-click the line
		editor.showPage("annex");
		Studio.window().getShell().forceActive();
		Studio.page().activate(view);
		Studio.settle();
		Table table = Studio.find(view.getViewSite().getShell(), Table.class, "findings.table");
		table.setSelection(view.shownRows().indexOf(row));
		table.notifyListeners(SWT.DefaultSelection, new Event());
		Studio.settle();
		assertSame(editor, Studio.page().getActiveEditor());
		assertSame(page, editor.getActivePageInstance(), "the Cover page is shown");
		Studio.waitUntil("the CIK field has the focus", 3000, cik::isFocusControl);
	}

	@Test
	void aFindingAboutAnAnnexRowOpensAnnexAOnThatRow() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		FindingsView view = (FindingsView) Studio.page().showView(FindingsView.ID);
		Studio.page().activate(editor);
		SmelterEntry entry = editor.getFiling().getReport().getAnnexA().getRows().get(200);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), entry,
				Literals.SMELTER_ENTRY__COUNTRY, null));
		Studio.waitUntil("the view lists the missing country", 5000, () -> hasCode(view, "SD-ANNEX-COUNTRY"));
		FindingRow row = view.shownRows().stream().filter(r -> r.code().equals("SD-ANNEX-COUNTRY")).findFirst()
				.orElseThrow();
		assertEquals("report.annexA.rows[201].country", row.where());

		// the row is hidden by a filter on the Annex A page: opening the finding must still show it
		AnnexPage annex = (AnnexPage) editor.showPage(AnnexPage.ID);
		Studio.settle();
		Combo metal = Studio.find(annex.getPartControl().getShell(), Combo.class, "annex.metalFilter");
		metal.select(entry.getMetal() == Metal.GOLD ? 2 : 1);
		metal.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
		editor.showPage(CoverPage.ID);
		Studio.settle();

		assertTrue(view.open(row));
		Studio.settle();
		assertSame(annex, editor.getActivePageInstance(), "the Annex A page is shown");
		assertEquals(List.of(entry), annex.getViewer().getStructuredSelection().toList(), "on the row");
		assertTrue(annex.getViewer().isCellEditorActive(), "editing the country, the field the finding is about");
	}

	@Test
	void findingsOfEverySourceSortAndFilterQuicklyEvenByTheThousand() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		FindingsView view = (FindingsView) Studio.page().showView(FindingsView.ID);
		Filing filing = editor.getFiling();
		int modelFindings = view.shownRows().size();
		long modelWarnings = view.shownRows().stream().filter(r -> r.severity() == Severity.WARNING).count();

		// a supplier's current response with 3000 findings, added as one command
		Supplier supplier = SdStudioFactory.eINSTANCE.createSupplier();
		supplier.setName("Acme Components");
		SupplierResponse response = SdStudioFactory.eINSTANCE.createSupplierResponse();
		response.setFileName("acme-cmrt.xlsx");
		for (int i = 0; i < 3000; i++) {
			Finding finding = SdStudioFactory.eINSTANCE.createFinding();
			finding.setSeverity(i % 3 == 0 ? Severity.WARNING : Severity.INFO);
			finding.setCode(String.format("CMRT-TEST-%04d", i));
			finding.setMessage("Smelter row " + i + " has no smelter ID.");
			finding.setSheet("Smelter List");
			finding.setCell("D" + (5 + i));
			response.getFindings().add(finding);
		}
		supplier.getResponses().add(response);
		supplier.setCurrentResponse(response);
		if (filing.getSupplyChain() == null) {
			SupplyChain chain = SdStudioFactory.eINSTANCE.createSupplyChain();
			chain.getSuppliers().add(supplier);
			editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), filing,
					Literals.FILING__SUPPLY_CHAIN, chain));
		} else {
			editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(),
					filing.getSupplyChain(), Literals.SUPPLY_CHAIN__SUPPLIERS, supplier));
		}
		editor.setLastExport(new ExportResult(dir, true, List.of(new ExportedFile(dir.resolve("halcyon-draft-sd.htm"),
				1000, "SD", "Form SD", List.of(new HtmlViolation("halcyon-draft-sd.htm", 12, 40, HtmlRule.NON_ASCII,
						"Character U+2019 must be written as &#8217;.")))), List.of()));
		Studio.waitUntil("all findings listed", 5000, () -> view.shownRows().size() == modelFindings + 3001);
		assertTrue(view.countText().contains((modelWarnings + 1000) + " warnings"), view.countText());

		FindingRow edgar = view.shownRows().stream().filter(r -> r.source() == Source.EDGAR).findFirst()
				.orElseThrow();
		assertEquals("EDGAR-NON-ASCII", edgar.code());
		assertEquals("halcyon-draft-sd.htm:12:40", edgar.where());
		FindingRow cmrt = view.shownRows().stream().filter(r -> r.code().equals("CMRT-TEST-0007")).findFirst()
				.orElseThrow();
		assertEquals("acme-cmrt.xlsx!Smelter List!D12", cmrt.where());
		assertSame(response, cmrt.subject());
		assertEquals(Severity.ERROR, view.shownRows().get(0).severity(), "worst first");

		Composite shell = view.getViewSite().getShell();
		Table table = Studio.find(shell, Table.class, "findings.table");
		assertEquals(view.shownRows().size(), table.getItemCount(), "a virtual table of every line");
		// the view maximized for the screenshot, so more than two lines show
		IWorkbenchPartReference reference = Studio.page().getReference(view);
		Studio.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		Studio.settle();
		Studio.screenshot("findings");
		Studio.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		Studio.settle();

		// a selected line stays selected when the findings are read again
		int index = view.shownRows().indexOf(cmrt);
		table.setSelection(index);
		view.refresh();
		assertEquals(cmrt.code(), view.shownRows().get(table.getSelectionIndex()).code());

		// sort by code: click the header, twice for descending
		table.getColumn(FindingsView.CODE).notifyListeners(SWT.Selection, new Event());
		assertSorted(view.shownRows(), Comparator.comparing(FindingRow::code, String.CASE_INSENSITIVE_ORDER));
		table.getColumn(FindingsView.CODE).notifyListeners(SWT.Selection, new Event());
		assertSorted(view.shownRows(),
				Comparator.comparing(FindingRow::code, String.CASE_INSENSITIVE_ORDER).reversed());
		table.getColumn(FindingsView.WHERE).notifyListeners(SWT.Selection, new Event());
		assertSorted(view.shownRows(), Comparator.comparing(FindingRow::where, String.CASE_INSENSITIVE_ORDER));

		// severity toggles
		Button infos = Studio.find(shell, Button.class, "findings.show.info");
		infos.setSelection(false);
		infos.notifyListeners(SWT.Selection, new Event());
		assertTrue(view.shownRows().stream().noneMatch(r -> r.severity() == Severity.INFO));
		assertTrue(view.countText().contains("shown"), view.countText());
		infos.setSelection(true);
		infos.notifyListeners(SWT.Selection, new Event());

		// source
		Combo source = Studio.find(shell, Combo.class, "findings.source");
		source.select(source.indexOf("EDGAR"));
		source.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of(edgar), view.shownRows());
		source.select(0);
		source.notifyListeners(SWT.Selection, new Event());

		// free text
		Text filter = Studio.find(shell, Text.class, "findings.filter");
		filter.setText("row 2999 ");
		filter.notifyListeners(SWT.Modify, new Event());
		assertEquals(1, view.shownRows().size());
		assertEquals("CMRT-TEST-2999", view.shownRows().get(0).code());
		filter.setText("");
		filter.notifyListeners(SWT.Modify, new Event());
		assertEquals(modelFindings + 3001, view.shownRows().size());

		// nothing open: a clear message and no lines
		Studio.closeAll();
		Studio.waitUntil("the view lets go of the closed editor", 3000, () -> view.followedEditor() == null);
		assertTrue(view.shownRows().isEmpty());
		assertTrue(view.countText().startsWith("No filing is open"), view.countText());
		assertNull(view.followedEditor());
	}

	@Test
	void theViewFollowsTheActiveEditor() throws Exception {
		Path other = Files.createDirectories(dir.resolve("other"));
		FilingEditor first = Studio.open(Studio.copyExample(dir));
		FilingEditor second = Studio.open(Studio.copyExample(other));
		second.getEditingDomain().getCommandStack().execute(SetCommand.create(second.getEditingDomain(),
				second.getFiling().getRegistrant(), Literals.REGISTRANT__CIK, "12"));
		FindingsView view = (FindingsView) Studio.page().showView(FindingsView.ID);
		Studio.page().activate(second);
		Studio.waitUntil("the second filing's findings", 3000,
				() -> view.followedEditor() == second && hasCode(view, "SD-FORMAT-CIK"));
		Studio.page().activate(first);
		Studio.waitUntil("the first filing's findings", 3000,
				() -> view.followedEditor() == first && !hasCode(view, "SD-FORMAT-CIK"));
		Studio.page().closeEditor(first, false);
		Studio.waitUntil("the editor left open", 3000, () -> view.followedEditor() == second);
		assertTrue(hasCode(view, "SD-FORMAT-CIK"));
	}

	private static boolean hasCode(FindingsView view, String code) {
		return view.shownRows().stream().anyMatch(row -> row.code().equals(code));
	}

	private static void assertSorted(List<FindingRow> rows, Comparator<FindingRow> order) {
		List<FindingRow> sorted = new ArrayList<>(rows);
		sorted.sort(order);
		for (int i = 0; i < rows.size(); i++) {
			assertEquals(0, order.compare(sorted.get(i), rows.get(i)), "line " + i + " is in order");
		}
	}
}
