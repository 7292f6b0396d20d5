package org.sdstudio.ui.internal.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
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
import org.sdstudio.model.CompanyAnswer;
import org.sdstudio.model.Declaration;
import org.sdstudio.model.Finding;
import org.sdstudio.model.MetalAnswer;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.SupplyChain;
import org.sdstudio.model.edit.label.FilingLabels;
import org.sdstudio.ui.internal.Prompts;
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

	private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());
	private static final String[] METAL_QUESTIONS = { "", "3TG intentionally added or used",
			"3TG remaining in the product", "Sourced from the Covered Countries", "Sourced from conflict-affected "
					+ "and high-risk areas",
			"100% from recycled or scrap sources", "Share of relevant suppliers that responded",
			"All smelters identified", "All smelter information received reported" };

	/** Short forms of the CMRT's company-level questions A to H. */
	private static final String[] COMPANY_QUESTIONS = { "Policy on conflict minerals sourcing in place",
			"Policy publicly available on the website", "Direct suppliers required to source from validated smelters",
			"Due diligence measures implemented", "Conflict minerals survey of relevant suppliers conducted",
			"Suppliers' due diligence information reviewed against expectations",
			"Review includes corrective action management", "Subject to the SEC conflict minerals disclosure rule" };

	/** One declaration line: what is asked, the answer, the comment. */
	record Answer(String item, String answer, String comment) {
	}

	private TableViewer suppliers;
	private Label shown;
	private CTabFolder tabs;
	private TableViewer answers;
	private TableViewer smelterRows;
	private TableViewer findings;
	private TableViewer history;
	private Label summary;
	private SupplierResponse shownResponse;
	private Comparator<Supplier> order;
	private boolean descending;
	private boolean stale;

	public SuppliersPage(FilingEditor editor) {
		super(editor, ID, "Suppliers");
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
		shownResponse = null;
		order = null;

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
		createDetails(toolkit, sash);
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
		supplierColumn("Supplier", 220, s -> nz(s.getName()),
				Comparator.comparing(s -> nz(s.getName()).toLowerCase(Locale.ROOT)));
		supplierColumn("CMRT", 55, s -> current(s, r -> nz(r.getTemplateRevision())), null);
		supplierColumn("Effective date", 110, s -> current(s, SuppliersPage::effectiveDate), null);
		supplierColumn("Smelter rows", 105, s -> current(s, r -> String.valueOf(r.getSmelterRows().size())),
				Comparator.comparingInt(s -> count(s, r -> r.getSmelterRows().size())));
		supplierColumn("Errors", 60, s -> current(s, r -> String.valueOf(findings(r, Severity.ERROR))),
				Comparator.comparingInt(s -> count(s, r -> findings(r, Severity.ERROR))));
		supplierColumn("Warnings", 80, s -> current(s, r -> String.valueOf(findings(r, Severity.WARNING))),
				Comparator.comparingInt(s -> count(s, r -> findings(r, Severity.WARNING))));
		supplierColumn("Info", 45, s -> current(s, r -> String.valueOf(findings(r, Severity.INFO))),
				Comparator.comparingInt(s -> count(s, r -> findings(r, Severity.INFO))));
		supplierColumn("File", 220, s -> current(s, r -> nz(r.getFileName())), null);
		supplierColumn("Imported at", 120, s -> current(s, r -> r.getImportedAt() == null ? ""
				: IMPORTED.format(r.getImportedAt())), null);
		suppliers.addSelectionChangedListener(e -> showSupplier(selectedSupplier(), null));
	}

	/** A sortable column; without a comparator it sorts by its text. */
	private void supplierColumn(String title, int width, Function<Supplier, String> text,
			Comparator<Supplier> comparator) {
		TableViewerColumn column = new TableViewerColumn(suppliers, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Supplier) element);
			}
		});
		Comparator<Supplier> byColumn = comparator != null ? comparator
				: Comparator.comparing(s -> text.apply(s).toLowerCase(Locale.ROOT));
		column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), byColumn));
	}

	private void sortBy(TableColumn column, Comparator<Supplier> comparator) {
		Table table = suppliers.getTable();
		descending = table.getSortColumn() == column && !descending;
		table.setSortColumn(column);
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		order = descending ? comparator.reversed() : comparator;
		refreshSuppliers();
	}

	/** Sorts the supplier table by the column titled {@code title} (what clicking its header does). */
	public void sortBy(String title) {
		for (TableColumn column : suppliers.getTable().getColumns()) {
			if (column.getText().equals(title)) {
				column.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
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
			SupplierResponse keep = shownResponse != null && shownResponse.eContainer() == selected ? shownResponse
					: null;
			showSupplier(selected, keep);
		} else {
			showSupplier(null, null);
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

	private void createDetails(FormToolkit toolkit, Composite parent) {
		Composite details = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().applyTo(details);
		shown = toolkit.createLabel(details, "", SWT.WRAP);
		shown.setData("name", "shownResponse");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(shown);
		tabs = new CTabFolder(details, SWT.BORDER | SWT.FLAT);
		tabs.setData("name", "supplierTabs");
		toolkit.adapt(tabs);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

		answers = detailTable(toolkit, "Declaration", "answers");
		column(answers, "Item", 330, a -> ((Answer) a).item());
		column(answers, "Answer", 260, a -> ((Answer) a).answer());
		column(answers, "Comment", 360, a -> ((Answer) a).comment());

		smelterRows = detailTable(toolkit, "Smelter rows", "smelterRows");
		column(smelterRows, "Row", 50, r -> ((SmelterRow) r).getRowNumber() > 0
				? String.valueOf(((SmelterRow) r).getRowNumber()) : "");
		column(smelterRows, "Metal", 80, r -> nz(((SmelterRow) r).getMetal()));
		column(smelterRows, "Smelter name", 260, r -> smelterName((SmelterRow) r));
		column(smelterRows, "Country", 130, r -> nz(((SmelterRow) r).getCountry()));
		column(smelterRows, "Smelter ID", 110, r -> smelterId((SmelterRow) r));
		column(smelterRows, "Source of ID", 160, r -> nz(((SmelterRow) r).getIdSource()));

		findings = detailTable(toolkit, "Findings", "findings");
		column(findings, "Severity", 70, f -> ((Finding) f).getSeverity().getLiteral());
		column(findings, "Code", 190, f -> nz(((Finding) f).getCode()));
		column(findings, "Cell", 170, f -> cell((Finding) f));
		column(findings, "Message", 560, f -> message((Finding) f));

		history = detailTable(toolkit, "History", "history");
		column(history, "", 70, r -> isCurrent((SupplierResponse) r) ? "current" : "");
		column(history, "File", 240, r -> nz(((SupplierResponse) r).getFileName()));
		column(history, "CMRT", 55, r -> nz(((SupplierResponse) r).getTemplateRevision()));
		column(history, "Effective date", 100, r -> effectiveDate((SupplierResponse) r));
		column(history, "Imported at", 130, r -> ((SupplierResponse) r).getImportedAt() == null ? ""
				: IMPORTED.format(((SupplierResponse) r).getImportedAt()));
		column(history, "Smelter rows", 90, r -> String.valueOf(((SupplierResponse) r).getSmelterRows().size()));
		column(history, "Findings", 170, r -> findingCounts((SupplierResponse) r));
		// choosing a response in the history shows its answers, rows and findings; a double-click opens them
		history.addSelectionChangedListener(e -> {
			Object chosen = e.getStructuredSelection().getFirstElement();
			if (chosen instanceof SupplierResponse response && response != shownResponse) {
				showResponse(response);
			}
		});
		history.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof SupplierResponse) {
				tabs.setSelection(0);
			}
		});
		tabs.setSelection(0);
	}

	private TableViewer detailTable(FormToolkit toolkit, String title, String name) {
		Table table = toolkit.createTable(tabs, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL
				| SWT.H_SCROLL);
		table.setData("name", name);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableViewer viewer = new TableViewer(table);
		viewer.setUseHashlookup(true);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(table);
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				// long answers, comments and messages do not fit their column
				String full = text.apply(element);
				return full.length() > 40 ? full : null;
			}
		});
	}

	private void showSupplier(Supplier supplier, SupplierResponse response) {
		if (supplier == null) {
			shownResponse = null;
			shown.setText("Select a supplier to see its declaration, smelter rows, findings and earlier responses.");
			answers.setInput(List.of());
			smelterRows.setInput(List.of());
			findings.setInput(List.of());
			history.setInput(List.of());
			updateTabTitles(null);
			return;
		}
		List<SupplierResponse> responses = new ArrayList<>(supplier.getResponses());
		responses.sort(org.sdstudio.cmrt.CmrtImport.NEWEST.reversed());
		history.setInput(responses);
		showResponse(response != null ? response : supplier.getCurrentResponse());
	}

	private void showResponse(SupplierResponse response) {
		shownResponse = response;
		if (response == null) {
			shown.setText("This supplier has no response.");
			answers.setInput(List.of());
			smelterRows.setInput(List.of());
			findings.setInput(List.of());
		} else {
			Supplier supplier = (Supplier) response.eContainer();
			shown.setText(nz(supplier == null ? null : supplier.getName()) + ": " + nz(response.getFileName())
					+ (isCurrent(response) ? " (current response)" : " (an earlier response, not the current one)"));
			answers.setInput(answers(response));
			smelterRows.setInput(response.getSmelterRows().toArray());
			List<Finding> sorted = new ArrayList<>(response.getFindings());
			sorted.sort(Comparator.comparing((Finding f) -> -f.getSeverity().getValue()));
			findings.setInput(sorted);
		}
		updateTabTitles(response);
		shown.getParent().layout();
	}

	private void updateTabTitles(SupplierResponse response) {
		CTabItem[] items = tabs.getItems();
		items[1].setText(response == null ? "Smelter rows" : "Smelter rows (" + response.getSmelterRows().size() + ")");
		items[2].setText(response == null ? "Findings" : "Findings (" + findingCounts(response) + ")");
		Supplier supplier = selectedSupplier();
		items[3].setText(supplier == null ? "History" : "History (" + supplier.getResponses().size() + ")");
	}

	/** The declaration as lines: company and contact data, questions 1-8 per metal, company questions A-H. */
	static List<Answer> answers(SupplierResponse response) {
		List<Answer> lines = new ArrayList<>();
		Declaration d = response.getDeclaration();
		if (d != null) {
			lines.add(new Answer("Company", nz(d.getCompanyName()), ""));
			lines.add(new Answer("Declaration scope", d.getScope() == null ? "" : d.getScope().getLiteral(),
					nz(d.getScopeDescription())));
			lines.add(new Answer("Contact", join(d.getContactName(), d.getContactEmail(), d.getContactPhone()), ""));
			lines.add(new Answer("Authorizer", join(d.getAuthorizer(), d.getAuthorizerTitle(),
					d.getAuthorizerEmail(), d.getAuthorizerPhone()), ""));
			lines.add(new Answer("Effective date", d.getEffectiveDate() != null ? d.getEffectiveDate().toString()
					: nz(d.getEffectiveDateText()), ""));
		}
		for (MetalAnswer a : response.getMetalAnswers()) {
			String question = a.getQuestion() > 0 && a.getQuestion() < METAL_QUESTIONS.length
					? " " + METAL_QUESTIONS[a.getQuestion()] : "";
			lines.add(new Answer("Q" + a.getQuestion() + " " + FilingLabels.metal(a.getMetal()) + ":" + question,
					nz(a.getAnswer()), nz(a.getComment())));
		}
		for (CompanyAnswer a : response.getCompanyAnswers()) {
			String letter = nz(a.getQuestion()).strip();
			int index = letter.length() == 1 ? letter.charAt(0) - 'A' : -1;
			String question = index >= 0 && index < COMPANY_QUESTIONS.length ? ": " + COMPANY_QUESTIONS[index] : "";
			lines.add(new Answer("Company question " + letter + question, nz(a.getAnswer()), nz(a.getComment())));
		}
		return lines;
	}

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
		showSupplier(supplier, response);
		if (subject instanceof SmelterRow) {
			tabs.setSelection(1);
			smelterRows.setSelection(new StructuredSelection(subject), true);
		} else if (subject instanceof Finding) {
			tabs.setSelection(2);
			findings.setSelection(new StructuredSelection(subject), true);
		} else {
			tabs.setSelection(0);
		}
	}

	/** The response whose details are shown, or null (for tests and the outline). */
	public SupplierResponse getShownResponse() {
		return shownResponse;
	}

	// --- text helpers ---------------------------------------------------------------------------------------------

	private static String current(Supplier supplier, Function<SupplierResponse, String> text) {
		return supplier.getCurrentResponse() == null ? "" : text.apply(supplier.getCurrentResponse());
	}

	private static int count(Supplier supplier, java.util.function.ToIntFunction<SupplierResponse> number) {
		return supplier.getCurrentResponse() == null ? -1 : number.applyAsInt(supplier.getCurrentResponse());
	}

	private static boolean isCurrent(SupplierResponse response) {
		return response.eContainer() instanceof Supplier s && s.getCurrentResponse() == response;
	}

	private static String effectiveDate(SupplierResponse response) {
		Declaration d = response.getDeclaration();
		if (d == null) {
			return "";
		}
		return d.getEffectiveDate() != null ? d.getEffectiveDate().toString() : nz(d.getEffectiveDateText());
	}

	static int findings(SupplierResponse response, Severity severity) {
		return ImportSummary.count(response.getFindings(), severity);
	}

	private static String findingCounts(SupplierResponse response) {
		int errors = findings(response, Severity.ERROR);
		int warnings = findings(response, Severity.WARNING);
		return errors + (errors == 1 ? " error, " : " errors, ") + warnings
				+ (warnings == 1 ? " warning, " : " warnings, ") + findings(response, Severity.INFO) + " info";
	}

	private static String smelterName(SmelterRow row) {
		return row.getSmelterName() != null && !row.getSmelterName().isBlank() ? row.getSmelterName()
				: nz(row.getLookupName());
	}

	private static String smelterId(SmelterRow row) {
		return row.getSmelterId() != null ? row.getSmelterId() : nz(row.getSmelterIdInput());
	}

	private static String cell(Finding finding) {
		// the checks put the sheet and cell, as a spreadsheet writes them, in the finding's field
		if (finding.getField() != null && !finding.getField().isBlank()) {
			return finding.getField();
		}
		return finding.getSheet() == null ? nz(finding.getCell())
				: "'" + finding.getSheet() + "'" + (finding.getCell() == null ? "" : "!" + finding.getCell());
	}

	/** The message without the cell it starts with (the Cell column shows it). */
	private static String message(Finding finding) {
		String message = nz(finding.getMessage());
		String field = finding.getField();
		return field != null && message.startsWith(field + ": ") ? message.substring(field.length() + 2) : message;
	}

	private static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append(text.length() == 0 ? "" : ", ").append(part.strip());
			}
		}
		return text.toString();
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}
}
