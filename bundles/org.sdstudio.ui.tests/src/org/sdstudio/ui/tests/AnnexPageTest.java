package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.cmrt.AnnexRebuild;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.RiskFlags;
import org.sdstudio.cmrt.StatusListReader;
import org.sdstudio.cmrt.StatusLists;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.annex.AnnexColumn;
import org.sdstudio.ui.internal.annex.AnnexPage;
import org.sdstudio.ui.internal.annex.RebuildDialog;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** The Annex A page on the example filing: the virtual table, sorting, filters, in-place edits, rebuild. */
class AnnexPageTest {

	private static final List<ComplianceStatus> STATUS_ORDER = List.of(ComplianceStatus.CONFORMANT,
			ComplianceStatus.ACTIVE, ComplianceStatus.NON_CONFORMANT, ComplianceStatus.UNKNOWN);

	@TempDir
	Path dir;

	private FilingEditor editor;
	private AnnexPage page;
	private Table table;
	private final List<String> asked = new ArrayList<>();

	@AfterEach
	void closeEditors() {
		Prompts.setAnswerer(null);
		Studio.closeAll();
	}

	private void open(Path file) throws Exception {
		editor = Studio.open(file);
		page = (AnnexPage) editor.showPage(AnnexPage.ID);
		Studio.settle();
		table = Studio.find(body(), Table.class, "annex.table");
	}

	private Composite body() {
		return page.getManagedForm().getForm().getBody();
	}

	private List<SmelterEntry> modelRows() {
		return editor.getFiling().getReport().getAnnexA().getRows();
	}

	/** The rows as the table shows them, read through its items (each read makes the virtual item real). */
	private List<SmelterEntry> shownRows() {
		List<SmelterEntry> shown = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			TableItem item = table.getItem(i);
			item.getText(0);
			shown.add((SmelterEntry) item.getData());
		}
		return shown;
	}

	private String cell(SmelterEntry entry, AnnexColumn column) {
		int index = page.getRows().indexOf(entry);
		return table.getItem(index).getText(column.ordinal());
	}

	private static void select(Combo combo, String text) {
		combo.select(Arrays.asList(combo.getItems()).indexOf(text));
		combo.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
	}

	private void press(String name) {
		Button button = Studio.find(body(), Button.class, name);
		assertTrue(button.isEnabled(), name + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
	}

	private String label(String name) {
		return Studio.find(body(), Label.class, name).getText();
	}

	@Test
	void theTableShowsEveryRowOfAnnexAWithItsCounts() throws Exception {
		open(Studio.copyExample(dir));
		assertEquals(291, modelRows().size());
		assertEquals(291, table.getItemCount());
		assertEquals(modelRows(), shownRows(), "unsorted, the table shows Annex A's own order");
		SmelterEntry first = modelRows().get(0);
		assertEquals(first.getFacilityName(), table.getItem(0).getText(AnnexColumn.FACILITY.ordinal()));
		assertEquals(first.getMetal().getLiteral(), table.getItem(0).getText(AnnexColumn.METAL.ordinal()));
		assertEquals(Integer.toString(first.getReportedBy().size()),
				table.getItem(0).getText(AnnexColumn.SUPPLIERS.ordinal()));
		long gold = modelRows().stream().filter(e -> e.getMetal() == Metal.GOLD).count();
		long conformant = modelRows().stream().filter(e -> e.getStatus() == ComplianceStatus.CONFORMANT).count();
		String counts = label("annex.counts");
		assertTrue(counts.contains("291 rows"), counts);
		assertTrue(counts.contains("Gold " + gold), counts);
		assertTrue(counts.contains("Conformant " + conformant), counts);
		// risk flags are RiskFlags' own, for every row
		for (SmelterEntry entry : modelRows()) {
			String expected = String.join("; ", RiskFlags.of(entry, editor.getFiling().getSupplyChain()).stream()
					.map(RiskFlags.Flag::text).toList());
			assertEquals(expected, cell(entry, AnnexColumn.RISK), entry.getFacilityName());
		}
		assertTrue(editor.reveal(editor.getFiling().getReport().getAnnexA(), null), "Annex A is revealed here");
		Studio.screenshot("annex-a");
	}

	@Test
	void everyColumnSortsAscendingThenDescendingOnHeaderClicks() throws Exception {
		open(Studio.copyExample(dir));
		Filing filing = editor.getFiling();
		// the example has no smelter IDs: three rows get one, so that sorting by ID has something to order
		List<SmelterEntry> withIds = List.of(modelRows().get(10), modelRows().get(20), modelRows().get(30));
		List<String> ids = List.of("CID000300", "CID000100", "CID000200");
		for (int i = 0; i < 3; i++) {
			editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
					withIds.get(i), Literals.SMELTER_ENTRY__SMELTER_ID, ids.get(i)));
		}
		Studio.settle();
		for (AnnexColumn column : AnnexColumn.values()) {
			Comparator<SmelterEntry> expected = expectedOrder(column, filing);
			TableColumn header = table.getColumn(column.ordinal());
			header.notifyListeners(SWT.Selection, new Event());
			Studio.settle();
			assertSame(header, table.getSortColumn(), column.header());
			assertEquals(SWT.UP, table.getSortDirection());
			List<SmelterEntry> ascending = shownRows();
			assertEquals(291, ascending.size());
			assertTrue(ascending.containsAll(modelRows()), "sorting keeps every row");
			assertOrdered(ascending, expected, column + " ascending");

			header.notifyListeners(SWT.Selection, new Event());
			Studio.settle();
			assertEquals(SWT.DOWN, table.getSortDirection());
			List<SmelterEntry> descending = shownRows();
			assertOrdered(descending, expected.reversed(), column + " descending");
			if (column == AnnexColumn.FACILITY || column == AnnexColumn.COUNTRY) {
				assertNotEquals(ascending.get(0), descending.get(0), column + ": the other end comes first");
			}
			if (column == AnnexColumn.SMELTER_ID) {
				assertEquals(withIds.get(0), descending.get(0), "the highest ID first");
				assertEquals(List.of(withIds.get(1), withIds.get(2), withIds.get(0)), ascending.subList(288, 291),
						"rows without an ID come first, then the IDs in order");
			}
		}
		List<SmelterEntry> byName = new ArrayList<>(modelRows());
		byName.sort(Comparator.comparing(SmelterEntry::getFacilityName, String.CASE_INSENSITIVE_ORDER));
		table.getColumn(AnnexColumn.FACILITY.ordinal()).notifyListeners(SWT.Selection, new Event());
		Studio.settle();
		assertEquals(byName.get(0), shownRows().get(0));
	}

	/** The order each column must show, written independently of the page's comparators. */
	private static Comparator<SmelterEntry> expectedOrder(AnnexColumn column, Filing filing) {
		switch (column) {
		case METAL:
			return Comparator.comparingInt(e -> e.isSetMetal() ? e.getMetal().getValue() : 99);
		case FACILITY:
			return Comparator.comparing(e -> text(e.getFacilityName()));
		case COUNTRY:
			return Comparator.comparing(e -> text(e.getCountry()));
		case SMELTER_ID:
			return Comparator.comparing(e -> text(e.getSmelterId()));
		case STATUS:
			return Comparator.comparingInt(e -> e.isSetStatus() ? STATUS_ORDER.indexOf(e.getStatus()) : 99);
		case SUPPLIERS:
			return Comparator.comparingInt(e -> e.getReportedBy().size());
		case RISK:
			return Comparator.comparingInt(e -> RiskFlags.of(e, filing.getSupplyChain()).size());
		default:
			return Comparator.comparing(SmelterEntry::isExcluded);
		}
	}

	private static String text(String value) {
		return value == null ? "" : value.toLowerCase(Locale.ROOT);
	}

	private static void assertOrdered(List<SmelterEntry> rows, Comparator<SmelterEntry> order, String what) {
		for (int i = 1; i < rows.size(); i++) {
			assertTrue(order.compare(rows.get(i - 1), rows.get(i)) <= 0, what + ": row " + i + " ("
					+ rows.get(i).getFacilityName() + ") is out of order after " + rows.get(i - 1).getFacilityName());
		}
	}

	@Test
	void metalStatusAndTextFiltersNarrowTheRowsAndTheirCounts() throws Exception {
		open(Studio.copyExample(dir));
		Combo metal = Studio.find(body(), Combo.class, "annex.metalFilter");
		Combo status = Studio.find(body(), Combo.class, "annex.statusFilter");
		Text find = Studio.find(body(), Text.class, "annex.textFilter");

		select(metal, "Tin");
		long tin = count(e -> e.getMetal() == Metal.TIN);
		assertTrue(tin > 0 && tin < 291);
		assertEquals(tin, table.getItemCount());
		assertTrue(shownRows().stream().allMatch(e -> e.getMetal() == Metal.TIN));
		assertTrue(label("annex.shownCounts").contains("Shown: " + tin + " rows"), label("annex.shownCounts"));
		assertTrue(label("annex.counts").contains("291 rows"), "the counts of all rows stay");

		select(status, "Conformant");
		long tinConformant = count(e -> e.getMetal() == Metal.TIN && e.getStatus() == ComplianceStatus.CONFORMANT);
		assertEquals(tinConformant, table.getItemCount());
		assertTrue(label("annex.shownCounts").contains("Tin " + tinConformant), label("annex.shownCounts"));

		select(metal, "All metals");
		select(status, "All statuses");
		assertEquals(291, table.getItemCount());

		find.setText("china");
		Studio.settle();
		long china = count(e -> contains(e.getFacilityName(), "china") || contains(e.getCountry(), "china")
				|| contains(e.getSmelterId(), "china"));
		assertTrue(china > 0, "the example has smelters in China");
		assertEquals(china, table.getItemCount());

		// the example's rows have no smelter IDs yet: give one an ID, then find it by that ID
		SmelterEntry someone = modelRows().get(100);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), someone,
				Literals.SMELTER_ENTRY__SMELTER_ID, "CID004321"));
		Studio.settle();
		find.setText("cid00432");
		Studio.settle();
		assertEquals(List.of(someone), shownRows(), "a smelter ID finds its row");
		assertTrue(label("annex.shownCounts").contains("Shown: 1 row"), label("annex.shownCounts"));

		find.setText("");
		Studio.settle();
		assertEquals(291, table.getItemCount());
	}

	private long count(Predicate<SmelterEntry> test) {
		return modelRows().stream().filter(test).count();
	}

	private static boolean contains(String text, String part) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(part);
	}

	@Test
	void aStatusEditedInPlaceIsOneUndoableCommandThatMarksTheRowEdited() throws Exception {
		open(Studio.copyExample(dir));
		SmelterEntry entry = modelRows().stream().filter(e -> e.getStatus() == ComplianceStatus.CONFORMANT
				&& !e.isManuallyEdited() && e.getMetal() == Metal.TUNGSTEN).findFirst().orElseThrow();
		// a filter hides the row: revealing it clears that filter, selects the row and opens the cell editor
		select(Studio.find(body(), Combo.class, "annex.metalFilter"), "Gold");
		assertFalse(shownRows().contains(entry));
		assertTrue(editor.reveal(entry, "status"));
		assertEquals(0, Studio.find(body(), Combo.class, "annex.metalFilter").getSelectionIndex());
		assertEquals(List.of(entry), page.getSelectedRows());
		assertTrue(page.getViewer().isCellEditorActive(), "the status cell is being edited");

		CCombo cellCombo = Studio.find(table, CCombo.class, "annex.cellEditor.status");
		cellCombo.select(Arrays.asList(cellCombo.getItems()).indexOf("Non-Conformant"));
		cellCombo.notifyListeners(SWT.Selection, new Event());
		page.getViewer().applyEditorValue();
		Studio.settle();
		assertEquals(ComplianceStatus.NON_CONFORMANT, entry.getStatus());
		assertTrue(entry.isManuallyEdited(), "a rebuild keeps the edit");
		assertTrue(editor.isDirty());
		assertEquals("Non-Conformant", cell(entry, AnnexColumn.STATUS));
		assertTrue(cell(entry, AnnexColumn.RISK).contains("Non-Conformant"), "the risk flags follow the edit");

		CommandStack stack = editor.getEditingDomain().getCommandStack();
		stack.undo();
		Studio.settle();
		assertEquals(ComplianceStatus.CONFORMANT, entry.getStatus());
		assertFalse(entry.isManuallyEdited(), "undo takes the mark back with the edit: it was one command");
		assertFalse(editor.isDirty());
		assertEquals("Conformant", cell(entry, AnnexColumn.STATUS));

		// a name typed into its cell
		assertTrue(editor.reveal(entry, "facilityName"));
		Text cellText = Studio.find(table, Text.class, "annex.cellEditor.facility");
		cellText.setText("Renamed Tungsten Works");
		page.getViewer().applyEditorValue();
		Studio.settle();
		assertEquals("Renamed Tungsten Works", entry.getFacilityName());
		assertTrue(entry.isManuallyEdited());
		stack.undo();
		assertFalse(entry.isManuallyEdited());
	}

	@Test
	void rowsAreExcludedWithAReasonIncludedAgainAddedAndRemoved() throws Exception {
		open(Studio.copyExample(dir));
		SmelterEntry entry = modelRows().get(5);
		page.select(List.of(entry));
		Studio.settle();
		String reason = "Recycled material only (scrap), confirmed with the supplier";
		answerDialog("annex.excludeDialog", shell -> {
			Studio.find(shell, Text.class, "annex.exclusionReason").setText(reason);
			Studio.settle();
			clickButton(shell, "OK");
		});
		press("annex.exclude");
		assertTrue(entry.isExcluded());
		assertEquals(reason, entry.getExclusionReason());
		assertEquals("Excluded: " + reason, cell(entry, AnnexColumn.EXCLUSION));
		TableItem excludedItem = table.getItem(page.getRows().indexOf(entry));
		for (AnnexColumn column : AnnexColumn.values()) {
			assertEquals(Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY),
					excludedItem.getForeground(column.ordinal()), "excluded rows are greyed");
		}
		assertTrue(label("annex.counts").contains("1 excluded"), label("annex.counts"));

		// a blank reason cannot be accepted
		page.select(List.of(modelRows().get(6)));
		boolean[] okEnabled = { true };
		answerDialog("annex.excludeDialog", shell -> {
			Studio.find(shell, Text.class, "annex.exclusionReason").setText("   ");
			Studio.settle();
			okEnabled[0] = buttonNamed(shell, "OK").isEnabled();
			clickButton(shell, "Cancel");
		});
		press("annex.exclude");
		assertFalse(okEnabled[0], "OK needs a reason");
		assertFalse(modelRows().get(6).isExcluded());

		page.select(List.of(entry));
		press("annex.include");
		assertFalse(entry.isExcluded());
		assertEquals(null, entry.getExclusionReason());

		press("annex.add");
		assertEquals(292, modelRows().size());
		SmelterEntry added = modelRows().get(291);
		assertTrue(added.isManuallyEdited());
		assertEquals(List.of(added), page.getSelectedRows());
		page.getViewer().cancelEditing();

		Prompts.setAnswerer((title, message) -> asked.add(title) && false);
		press("annex.remove");
		assertEquals(List.of("Remove Rows"), asked);
		assertEquals(292, modelRows().size(), "no: nothing removed");
		Prompts.setAnswerer((title, message) -> true);
		press("annex.remove");
		assertEquals(291, modelRows().size());
		assertFalse(modelRows().contains(added));
		assertEquals(291, table.getItemCount());
	}

	@Test
	void rebuildShowsThePlanFirstCancelChangesNothingApplyIsOneUndoableCommand() throws Exception {
		Path file = Studio.copyExample(dir);
		// the example's five supplier workbooks imported into the copy first, as the Suppliers page would
		Filing prepared = FilingFiles.load(file);
		List<CmrtImport.FileResult> read = CmrtImport.read(CmrtImport.expand(List.of(Studio.EXAMPLES
				.resolve("suppliers"))), prepared.getReportingYear(), LocalDate.of(2026, 3, 1), new BasicMonitor());
		assertEquals(5, read.stream().filter(CmrtImport.FileResult::ok).count());
		CmrtImport.apply(prepared, read);
		StatusLists.apply(prepared, StatusListReader.read(Studio.EXAMPLES.resolve("rmi-status-list-2026-01-31.csv"),
				null).list());
		FilingFiles.save(prepared, file);
		open(file);

		List<SmelterEntry> before = new ArrayList<>(modelRows());
		List<ComplianceStatus> statusesBefore = before.stream().map(SmelterEntry::getStatus).toList();
		AnnexRebuild.Plan expected = AnnexRebuild.plan(editor.getFiling());
		assertTrue(expected.changesAnything(), "the imported responses change Annex A");

		int[] shownCounts = new int[AnnexRebuild.Kind.values().length];
		answerDialog(RebuildDialog.SHELL_NAME, shell -> {
			for (AnnexRebuild.Kind kind : AnnexRebuild.Kind.values()) {
				shownCounts[kind.ordinal()] = Integer.parseInt(
						Studio.find(shell, Label.class, "annex.rebuild.count." + kind.name()).getText());
			}
			Studio.screenshot("annex-a-rebuild", shell);
			clickButton(shell, "Cancel");
		});
		press("annex.rebuild");
		for (AnnexRebuild.Kind kind : AnnexRebuild.Kind.values()) {
			assertEquals(expected.of(kind).size(), shownCounts[kind.ordinal()], kind + " count shown");
		}
		assertEquals(before, modelRows(), "Cancel: Annex A unchanged");
		assertEquals(statusesBefore, modelRows().stream().map(SmelterEntry::getStatus).toList());
		assertFalse(editor.isDirty());

		int[] listed = { 0 };
		answerDialog(RebuildDialog.SHELL_NAME, shell -> {
			listed[0] = Studio.find(shell, Table.class, "annex.rebuild.changes").getItemCount();
			clickButton(shell, "Apply");
		});
		press("annex.rebuild");
		assertEquals(expected.changes().size() - expected.of(AnnexRebuild.Kind.UNCHANGED).size(), listed[0],
				"every changed row is listed");
		assertTrue(editor.isDirty());
		int added = expected.of(AnnexRebuild.Kind.ADDED).size();
		int removed = expected.of(AnnexRebuild.Kind.REMOVED).size();
		assertEquals(before.size() + added - removed, modelRows().size());
		assertEquals(modelRows().size(), table.getItemCount(), "the table follows the rebuild");
		assertTrue(modelRows().stream().anyMatch(e -> !e.getReportedBy().isEmpty()), "rows name their suppliers");
		assertEquals("Rebuild Annex A", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());

		editor.getEditingDomain().getCommandStack().undo();
		Studio.settle();
		assertEquals(before, modelRows(), "one undo puts Annex A back");
		assertEquals(statusesBefore, modelRows().stream().map(SmelterEntry::getStatus).toList());
		assertFalse(((BasicCommandStack) editor.getEditingDomain().getCommandStack()).isSaveNeeded());
		assertEquals(before.size(), table.getItemCount());
	}

	@Test
	void afterRevertThePageShowsTheFilingReadAgainAndFollowsItsChanges() throws Exception {
		open(Studio.copyExample(dir));
		List<SmelterEntry> oldRows = modelRows();
		Prompts.setAnswerer((title, message) -> true);
		page.select(List.of(oldRows.get(0), oldRows.get(1)));
		press("annex.remove");
		assertEquals(289, table.getItemCount());
		assertTrue(editor.isDirty());

		editor.revert();
		Studio.settle();
		table = Studio.find(body(), Table.class, "annex.table");
		assertEquals(291, table.getItemCount(), "the page was built again on the filing read from disk");
		assertFalse(editor.isDirty());
		// the new filing is watched: its changes reach the new table
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
				modelRows().get(0), Literals.SMELTER_ENTRY__EXCLUDED, true));
		Studio.settle();
		assertTrue(label("annex.counts").contains("1 excluded"), label("annex.counts"));
	}

	// --- dialogs ------------------------------------------------------------------------------------------------

	/** When the shell named {@code name} opens (a modal dialog's own event loop), runs {@code action} in it. */
	private static void answerDialog(String name, Consumer<Shell> action) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 20_000;
		Runnable[] probe = new Runnable[1];
		probe[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (name.equals(shell.getData("name")) && shell.isVisible()) {
					try {
						action.accept(shell);
					} finally {
						if (!shell.isDisposed()) {
							shell.close();
						}
					}
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, probe[0]);
			}
		};
		display.asyncExec(probe[0]);
	}

	private static Button buttonNamed(Shell shell, String text) {
		List<Button> found = Studio.findAll(shell, Button.class, b -> text.equals(b.getText().replace("&", "")));
		assertFalse(found.isEmpty(), "button " + text);
		return found.get(0);
	}

	private static void clickButton(Shell shell, String text) {
		Button button = buttonNamed(shell, text);
		assertTrue(button.isEnabled(), text + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}
}
