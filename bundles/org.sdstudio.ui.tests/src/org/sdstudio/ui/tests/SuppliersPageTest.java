package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.Declaration;
import org.sdstudio.model.Finding;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.intake.SuppliersPage;

/** The Suppliers page after an import: the table, a supplier's answers, rows, findings and history, reveal. */
class SuppliersPageTest {

	@TempDir
	Path dir;

	private final List<String> messages = new ArrayList<>();

	@AfterEach
	void close() {
		Prompts.setAnswerer(null);
		Studio.closeAll();
	}

	private FilingEditor importedExample() throws Exception {
		List<Path> files = ImportCmrtWizardTest.workbooks(dir.resolve("in"));
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ImportCmrtWizardTest.importWith(editor, files);
		editor.showPage(SuppliersPage.ID);
		Studio.settle();
		return editor;
	}

	private static Composite root(FilingEditor editor) {
		return Studio.window().getShell();
	}

	private static Supplier supplier(FilingEditor editor, String name) {
		return editor.getFiling().getSupplyChain().getSuppliers().stream().filter(s -> s.getName().equals(name))
				.findFirst().orElseThrow();
	}

	private static int rowOf(Table table, String firstColumn) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals(firstColumn)) {
				return i;
			}
		}
		return -1;
	}

	private static void select(Table table, int index) {
		table.setSelection(index);
		Event event = new Event();
		event.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, event);
		Studio.settle();
	}

	private static List<String> column(Table table, int column) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			texts.add(item.getText(column));
		}
		return texts;
	}

	@Test
	void selectingASupplierShowsItsAnswersSmelterRowsFindingsAndHistory() throws Exception {
		FilingEditor editor = importedExample();
		Composite root = root(editor);
		Table suppliers = Studio.find(root, Table.class, "suppliers");
		assertEquals(3, suppliers.getItemCount());
		int bravoRow = rowOf(suppliers, ImportCmrtWizardTest.BRAVO);
		assertTrue(bravoRow >= 0, "Bravo is listed");
		TableItem bravoItem = suppliers.getItem(bravoRow);
		assertEquals("6.4", bravoItem.getText(1), "CMRT revision");
		assertEquals("20", bravoItem.getText(3), "smelter rows");
		assertEquals("bravo.xlsx", bravoItem.getText(7));

		select(suppliers, bravoRow);
		Supplier bravo = supplier(editor, ImportCmrtWizardTest.BRAVO);
		SupplierResponse response = bravo.getCurrentResponse();
		assertSame(response, ((SuppliersPage) editor.getActivePageInstance()).getShownResponse());

		Table answers = Studio.find(root, Table.class, "answers");
		List<String> items = column(answers, 0);
		assertEquals(ImportCmrtWizardTest.BRAVO, answers.getItem(items.indexOf("Company")).getText(1));
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Q1 Tantalum")), "metal questions: " + items);
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Company question A")), "company questions: " + items);

		Table rows = Studio.find(root, Table.class, "smelterRows");
		assertEquals(response.getSmelterRows().size(), rows.getItemCount());
		SmelterRow first = response.getSmelterRows().get(0);
		assertEquals(first.getMetal(), rows.getItem(0).getText(1));
		assertEquals(first.getCountry() == null ? "" : first.getCountry(), rows.getItem(0).getText(3));

		Table findings = Studio.find(root, Table.class, "findings");
		assertEquals(response.getFindings().size(), findings.getItemCount());
		assertEquals("error", findings.getItem(0).getText(0), "errors come first");
		assertTrue(column(findings, 1).contains("CMRT-DECL-EMAIL-MISSING"), "the missing e-mail is listed");
		int email = column(findings, 1).indexOf("CMRT-DECL-EMAIL-MISSING");
		String cell = findings.getItem(email).getText(2);
		assertTrue(cell.contains("D16"), "the cell: " + cell);
		assertFalse(findings.getItem(email).getText(3).startsWith(cell), "the message does not repeat the cell");
		CTabFolder tabs = Studio.find(root, CTabFolder.class, "supplierTabs");
		tabs.setSelection(2);
		Studio.settle();
		Studio.screenshot("suppliers");
		tabs.setSelection(0);
		Studio.screenshot("suppliers-declaration");

		int alphaRow = rowOf(suppliers, ImportCmrtWizardTest.ALPHA);
		select(suppliers, alphaRow);
		Table history = Studio.find(root, Table.class, "history");
		assertEquals(2, history.getItemCount(), "Alpha's current and earlier responses");
		assertEquals("current", history.getItem(0).getText(0));
		assertEquals("alpha-2026.xlsx", history.getItem(0).getText(1));
		assertEquals("alpha-2025.xlsx", history.getItem(1).getText(1));
	}

	@Test
	void theTableSortsByAColumnBothWays() throws Exception {
		FilingEditor editor = importedExample();
		SuppliersPage page = (SuppliersPage) editor.getActivePageInstance();
		Table suppliers = Studio.find(root(editor), Table.class, "suppliers");
		page.sortBy("Smelter rows");
		Studio.settle();
		assertEquals(List.of("8", "20", "30"), column(suppliers, 3));
		page.sortBy("Smelter rows");
		Studio.settle();
		assertEquals(List.of("30", "20", "8"), column(suppliers, 3));
		page.sortBy("Supplier");
		Studio.settle();
		assertEquals(List.of(ImportCmrtWizardTest.ALPHA, ImportCmrtWizardTest.BRAVO, ImportCmrtWizardTest.CHARLIE),
				column(suppliers, 0));
	}

	@Test
	void revealingAFindingOrARowSelectsTheSupplierAndTheLine() throws Exception {
		FilingEditor editor = importedExample();
		editor.showPage("cover");
		Studio.settle();
		Supplier bravo = supplier(editor, ImportCmrtWizardTest.BRAVO);
		Finding error = bravo.getCurrentResponse().getFindings().stream()
				.filter(f -> f.getSeverity() == Severity.ERROR).findFirst().orElseThrow();
		assertTrue(editor.reveal(error, null), "a finding of a response is revealed on the Suppliers page");
		Studio.settle();
		assertEquals(SuppliersPage.ID, editor.getActivePageInstance().getId());
		Composite root = root(editor);
		Table suppliers = Studio.find(root, Table.class, "suppliers");
		assertEquals(ImportCmrtWizardTest.BRAVO, suppliers.getSelection()[0].getText(0));
		Table findings = Studio.find(root, Table.class, "findings");
		assertEquals(1, findings.getSelectionCount());
		assertEquals(error.getCode(), findings.getSelection()[0].getText(1));
		assertEquals(2, Studio.find(root, CTabFolder.class, "supplierTabs").getSelectionIndex());

		Supplier alpha = supplier(editor, ImportCmrtWizardTest.ALPHA);
		SupplierResponse older = alpha.getResponses().stream().filter(r -> r != alpha.getCurrentResponse())
				.findFirst().orElseThrow();
		SmelterRow row = older.getSmelterRows().get(3);
		assertTrue(editor.reveal(row, null));
		Studio.settle();
		assertEquals(ImportCmrtWizardTest.ALPHA, suppliers.getSelection()[0].getText(0));
		assertSame(older, ((SuppliersPage) editor.getActivePageInstance()).getShownResponse(),
				"a row of an earlier response shows that response");
		assertTrue(Studio.find(root, Label.class, "shownResponse").getText().contains("earlier response"));
		Table rows = Studio.find(root, Table.class, "smelterRows");
		assertEquals(3, rows.getSelectionIndex());
	}

	@Test
	void theFollowUpListIsWrittenAsCsvAndXlsx() throws Exception {
		FilingEditor editor = importedExample();
		Prompts.setAnswerer((title, message) -> {
			messages.add(title + ": " + message);
			return true;
		});
		SuppliersPage page = (SuppliersPage) editor.getActivePageInstance();
		Path csv = dir.resolve("out/follow-up.csv");
		assertTrue(page.exportFollowUp(csv));
		List<String> lines = Files.readAllLines(csv);
		int findings = editor.getFiling().getSupplyChain().getSuppliers().stream()
				.mapToInt(s -> s.getCurrentResponse().getFindings().size()).sum();
		assertEquals(findings + 1, lines.size(), "a header and one line per finding of the current responses");
		assertTrue(lines.stream().anyMatch(l -> l.startsWith(ImportCmrtWizardTest.BRAVO + ",")
				&& l.contains("CMRT-DECL-EMAIL-MISSING")));
		assertTrue(messages.get(0).contains("Wrote " + findings), messages.toString());

		Path xlsx = dir.resolve("out/follow-up.xlsx");
		assertTrue(page.exportFollowUp(xlsx));
		assertTrue(Files.size(xlsx) > 0);
		byte[] bytes = Files.readAllBytes(xlsx);
		assertEquals(List.of(0x50, 0x4B), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF), "an .xlsx is a zip package");

		Path blocked = dir.resolve("a-file");
		Files.writeString(blocked, "x");
		assertFalse(page.exportFollowUp(blocked.resolve("follow-up.csv")), "a folder that cannot exist fails");
		String error = messages.get(messages.size() - 1);
		assertTrue(error.startsWith("Follow-up List Not Exported") && error.contains("follow-up.csv"), error);
		assertFalse(error.contains("Exception"), "no exception class names: " + error);
	}

	@Test
	void aThousandResponsesAreListedSortedAndOneShown() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		editor.showPage(SuppliersPage.ID);
		Studio.settle();
		List<Supplier> many = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			many.add(supplierWithResponse(String.format("Supplier %04d", i), 40, i % 7));
		}
		editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(),
				editor.getFiling().getSupplyChain(), SdStudioPackage.Literals.SUPPLY_CHAIN__SUPPLIERS, many));
		Studio.settle();
		Table suppliers = Studio.find(Studio.window().getShell(), Table.class, "suppliers");
		assertEquals(1000, suppliers.getItemCount());

		select(suppliers, 999);
		assertEquals("Supplier 0999", suppliers.getItem(999).getText(0));
		assertEquals(40, Studio.find(Studio.window().getShell(), Table.class, "smelterRows").getItemCount());
		((SuppliersPage) editor.getActivePageInstance()).sortBy("Errors");
		Studio.settle();
		assertEquals("0", suppliers.getItem(0).getText(4), "sorted by errors, fewest first");
		assertEquals("2", suppliers.getItem(999).getText(4), "six findings hold two errors, the most");
	}

	/** A supplier with one response of {@code rows} smelter rows and {@code findings} findings (not in a filing). */
	private static Supplier supplierWithResponse(String name, int rows, int findings) {
		SdStudioFactory factory = SdStudioFactory.eINSTANCE;
		Supplier supplier = factory.createSupplier();
		supplier.setId("s-" + name.replace(' ', '-'));
		supplier.setName(name);
		SupplierResponse response = factory.createSupplierResponse();
		response.setFileName(name + ".xlsx");
		response.setTemplateRevision("6.5");
		Declaration declaration = factory.createDeclaration();
		declaration.setCompanyName(name);
		response.setDeclaration(declaration);
		for (int r = 0; r < rows; r++) {
			SmelterRow row = factory.createSmelterRow();
			row.setRowNumber(5 + r);
			row.setMetal("Tin");
			row.setSmelterName("Smelter " + r);
			row.setSmelterId(String.format("CID%06d", r));
			response.getSmelterRows().add(row);
		}
		for (int f = 0; f < findings; f++) {
			Finding finding = factory.createFinding();
			finding.setSeverity(Severity.get(f % 3));
			finding.setCode("TEST-" + f);
			finding.setMessage("finding " + f);
			response.getFindings().add(finding);
		}
		supplier.getResponses().add(response);
		supplier.setCurrentResponse(response);
		return supplier;
	}

	@Test
	void anEmptySupplyChainSaysWhatToDo() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		editor.showPage(SuppliersPage.ID);
		Studio.settle();
		Label summary = Studio.find(root(editor), Label.class, "suppliersSummary");
		assertTrue(summary.getText().contains("import the suppliers' CMRT workbooks"), summary.getText());
		assertNotNull(Studio.find(root(editor), org.eclipse.swt.widgets.Button.class, "importCmrt"));
	}
}
