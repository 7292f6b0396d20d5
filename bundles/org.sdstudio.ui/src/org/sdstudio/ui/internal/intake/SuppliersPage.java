package org.sdstudio.ui.internal.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.cmrt.FollowUpExport;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.SupplyChain;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.SortableColumns;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;

/**
 * The Suppliers page: every supplier with its current CMRT response (sortable), and for the selected supplier the
 * response's declaration answers, smelter rows, findings and the supplier's response history. Tables are virtual
 * and the details are filled only for the selected supplier, so a supply chain of a thousand responses stays quick.
 * The page reads the model only; the imports it starts change it through commands.
 */
public class SuppliersPage extends FilingEditorPage {

	public static final String ID = "suppliers";

	private TableViewer suppliers;
	private SortableColumns columns;
	private final List<Comparator<Supplier>> orders = new ArrayList<>();
	private SupplierDetails details;
	private Label summary;
	private Comparator<Supplier> order;
	private boolean stale;

	public SuppliersPage(FilingEditor editor) {
		super(editor, ID, "Suppliers");
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
		order = null;
		orders.clear();

		Composite actions = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(actions);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		summary = toolkit.createLabel(actions, "", SWT.NONE);
		summary.setData("name", "suppliersSummary");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		Button importCmrt = toolkit.createButton(actions, "Import CMRT Workbooks...", SWT.PUSH);
		importCmrt.setData("name", "importCmrt");
		importCmrt.addListener(SWT.Selection, e -> IntakeWizards.importCmrt(getSite().getShell(), getFilingEditor()));
		Button importStatus = toolkit.createButton(actions, "Import Status List...", SWT.PUSH);
		importStatus.setData("name", "importStatusList");
		importStatus.addListener(SWT.Selection,
				e -> IntakeWizards.importStatusList(getSite().getShell(), getFilingEditor()));
		Button followUp = toolkit.createButton(actions, "Export Follow-up List...", SWT.PUSH);
		followUp.setData("name", "exportFollowUp");
		followUp.addListener(SWT.Selection, e -> chooseFollowUpFile());

		SashForm sash = new SashForm(body, SWT.VERTICAL);
		toolkit.adapt(sash);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 400).applyTo(sash);
		createSupplierTable(toolkit, sash);
		details = new SupplierDetails(toolkit, sash);
		sash.setWeights(2, 3);

		CommandStackListener refresher = this::modelChanged;
		getEditingDomain().getCommandStack().addCommandStackListener(refresher);
		onDispose(() -> getEditingDomain().getCommandStack().removeCommandStackListener(refresher));
		refreshSuppliers();
	}

	// --- the supplier table ---------------------------------------------------------------------------------------

	private void createSupplierTable(FormToolkit toolkit, Composite parent) {
		Table table = toolkit.createTable(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER
				| SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData("name", "suppliers");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		suppliers = new TableViewer(table);
		suppliers.setUseHashlookup(true);
		suppliers.setContentProvider(ArrayContentProvider.getInstance());
		columns = new SortableColumns(suppliers, (index, descending) -> {
			order = descending ? orders.get(index).reversed() : orders.get(index);
			refreshSuppliers();
		});
		supplierColumn("Supplier", 220, s -> SupplierTexts.nz(s.getName()),
				Comparator.comparing(s -> SupplierTexts.nz(s.getName()).toLowerCase(Locale.ROOT)));
		supplierColumn("CMRT", 55, s -> current(s, r -> SupplierTexts.nz(r.getTemplateRevision())), null);
		supplierColumn("Effective date", 110, s -> current(s, SupplierTexts::effectiveDate), null);
		supplierColumn("Smelter rows", 105, s -> current(s, r -> String.valueOf(r.getSmelterRows().size())),
				Comparator.comparingInt(s -> count(s, r -> r.getSmelterRows().size())));
		supplierColumn("Errors", 60, s -> current(s, r -> String.valueOf(SupplierTexts.findings(r, Severity.ERROR))),
				Comparator.comparingInt(s -> count(s, r -> SupplierTexts.findings(r, Severity.ERROR))));
		supplierColumn("Warnings", 80, s -> current(s, r -> String.valueOf(SupplierTexts.findings(r, Severity.WARNING))),
				Comparator.comparingInt(s -> count(s, r -> SupplierTexts.findings(r, Severity.WARNING))));
		supplierColumn("Info", 45, s -> current(s, r -> String.valueOf(SupplierTexts.findings(r, Severity.INFO))),
				Comparator.comparingInt(s -> count(s, r -> SupplierTexts.findings(r, Severity.INFO))));
		supplierColumn("File", 220, s -> current(s, r -> SupplierTexts.nz(r.getFileName())), null);
		supplierColumn("Imported at", 120, s -> current(s, SupplierTexts::importedAt), null);
		suppliers.addSelectionChangedListener(e -> details.show(selectedSupplier(), null));
	}

	/** A sortable column; without a comparator it sorts by its text. */
	private void supplierColumn(String title, int width, Function<Supplier, String> text,
			Comparator<Supplier> comparator) {
		columns.add(title, width, Supplier.class, text);
		orders.add(comparator != null ? comparator : Comparator.comparing(s -> text.apply(s).toLowerCase(Locale.ROOT)));
	}

	/** Sorts the supplier table by the column titled {@code title} (what clicking its header does). */
	public void sortBy(String title) {
		TableColumn[] all = suppliers.getTable().getColumns();
		for (int i = 0; i < all.length; i++) {
			if (all[i].getText().equals(title)) {
				columns.clicked(i);
			}
		}
	}

	private void modelChanged(EventObject event) {
		if (suppliers == null || suppliers.getControl().isDisposed()) {
			return;
		}
		// typing on another page makes commands too: refresh when this page is shown again, not on each one
		if (isActive()) {
			refreshSuppliers();
		} else {
			stale = true;
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && stale && suppliers != null && !suppliers.getControl().isDisposed()) {
			refreshSuppliers();
		}
	}

	private void refreshSuppliers() {
		stale = false;
		Supplier selected = selectedSupplier();
		List<Supplier> rows = new ArrayList<>(suppliers());
		if (order != null) {
			rows.sort(order);
		}
		suppliers.setInput(rows);
		int responses = rows.stream().mapToInt(s -> s.getResponses().size()).sum();
		summary.setText(rows.isEmpty() ? "No supplier responses yet: import the suppliers' CMRT workbooks."
				: rows.size() + (rows.size() == 1 ? " supplier, " : " suppliers, ") + responses
						+ (responses == 1 ? " response" : " responses") + " (current responses shown)");
		summary.getParent().layout();
		if (selected != null && rows.contains(selected)) {
			suppliers.setSelection(new StructuredSelection(selected), true);
			SupplierResponse shown = details.shownResponse();
			details.show(selected, shown != null && shown.eContainer() == selected ? shown : null);
		} else {
			details.show(null, null);
		}
	}

	private List<Supplier> suppliers() {
		SupplyChain chain = getFiling().getSupplyChain();
		return chain == null ? List.of() : chain.getSuppliers();
	}

	private Supplier selectedSupplier() {
		Object selected = suppliers.getStructuredSelection().getFirstElement();
		return selected instanceof Supplier supplier && supplier.eContainer() != null ? supplier : null;
	}

	// --- the details of one supplier ------------------------------------------------------------------------------

	// --- follow-up export -----------------------------------------------------------------------------------------

	private void chooseFollowUpFile() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export Follow-up List");
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
		dialog.setFilterNames(new String[] { "Excel workbook (*.xlsx)", "CSV file (*.csv)" });
		dialog.setFileName("follow-up-" + getFiling().getReportingYear() + ".xlsx");
		dialog.setFilterPath(getFilingEditor().getFile().toAbsolutePath().getParent().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		String lower = chosen.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
			chosen += dialog.getFilterIndex() == 1 ? ".csv" : ".xlsx";
		}
		exportFollowUp(Path.of(chosen));
	}

	/** Writes the follow-up list (one row per finding of each current response) to {@code file}, .xlsx or .csv. */
	public boolean exportFollowUp(Path file) {
		try {
			int rows = FollowUpExport.write(getFiling().getSupplyChain(), file);
			Prompts.info(getSite().getShell(), "Follow-up List Exported", rows == 0
					? "No findings to follow up: " + file.getFileName() + " holds the header row only."
					: "Wrote " + rows + (rows == 1 ? " finding" : " findings") + " to " + file + ".");
			return true;
		} catch (IOException | RuntimeException e) {
			Prompts.error(getSite().getShell(), "Follow-up List Not Exported", file.getFileName()
					+ " could not be written (" + e.getMessage() + "). Choose another folder or close the file if "
					+ "a spreadsheet program has it open.");
			return false;
		}
	}

	// --- reveal ---------------------------------------------------------------------------------------------------

	@Override
	public boolean canReveal(EObject subject) {
		return subject instanceof Supplier || subject instanceof SupplierResponse || subject instanceof SmelterRow
				|| subject instanceof Finding && subject.eContainer() instanceof SupplierResponse;
	}

	@Override
	public void reveal(EObject subject, String field) {
		if (suppliers == null || suppliers.getControl().isDisposed()) {
			return;
		}
		SupplierResponse response = subject instanceof SupplierResponse r ? r
				: subject != null && subject.eContainer() instanceof SupplierResponse r ? r : null;
		Supplier supplier = subject instanceof Supplier s ? s
				: response != null && response.eContainer() instanceof Supplier s ? s : null;
		if (supplier == null) {
			return;
		}
		suppliers.setSelection(new StructuredSelection(supplier), true);
		details.show(supplier, response);
		details.reveal(subject);
	}

	/** The response whose details are shown, or null (for tests and the outline). */
	public SupplierResponse getShownResponse() {
		return details == null ? null : details.shownResponse();
	}

	// --- text helpers ---------------------------------------------------------------------------------------------

	private static String current(Supplier supplier, Function<SupplierResponse, String> text) {
		return supplier.getCurrentResponse() == null ? "" : text.apply(supplier.getCurrentResponse());
	}

	private static int count(Supplier supplier, java.util.function.ToIntFunction<SupplierResponse> number) {
		return supplier.getCurrentResponse() == null ? -1 : number.applyAsInt(supplier.getCurrentResponse());
	}

}
