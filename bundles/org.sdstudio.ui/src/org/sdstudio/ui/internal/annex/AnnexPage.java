package org.sdstudio.ui.internal.annex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.cmrt.AnnexRebuild;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.SupplyChain;
import org.sdstudio.model.edit.command.AnnexCommands;
import org.sdstudio.model.edit.label.FilingLabels;
import org.sdstudio.ui.internal.Coalesced;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.SortableColumns;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;

/**
 * The Annex A page: the smelters and refiners of the Conflict Minerals Report in a virtual table (sorted and
 * filtered in plain Java by {@link AnnexRows}, so 5,000 rows stay smooth), edited in place, with counts by metal
 * and status, exclusions with a reason and a previewed, undoable rebuild from the supply chain.
 */
public class AnnexPage extends FilingEditorPage {

	public static final String ID = "annex";

	/** The status filter's choices after "All statuses", in the order a reviewer reads them; null: no status. */
	private static final List<ComplianceStatus> STATUS_CHOICES = Arrays.asList(ComplianceStatus.CONFORMANT,
			ComplianceStatus.ACTIVE, ComplianceStatus.NON_CONFORMANT, ComplianceStatus.UNKNOWN, null);

	// the widgets and index of the current content: made by createContent, dropped when the content goes
	private AnnexRows rows;
	private SortableColumns columns;
	private TableViewer viewer;
	private Combo metalCombo;
	private Combo statusCombo;
	private Text findText;
	private Label countsLabel;
	private Label shownLabel;
	private Button removeButton;
	private Button excludeButton;
	private Button includeButton;
	private Coalesced refreshLater;
	private AnnexA watchedAnnex;
	private final List<EObject> watched = new ArrayList<>();

	/** Rewires when the report or Annex A is replaced (a rebuild or the first row can create them). */
	private final Adapter structureWatcher = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			Object feature = notification.getFeature();
			if (feature == Literals.FILING__REPORT || feature == Literals.CONFLICT_MINERALS_REPORT__ANNEX_A) {
				scheduleRefresh();
			}
		}
	};

	/** Any change to Annex A or its rows: one refresh after the command, however many notifications it sent. */
	private final EContentAdapter annexWatcher = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				scheduleRefresh();
			}
		}
	};

	public AnnexPage(FilingEditor editor) {
		super(editor, ID, "Annex A");
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(body);
		rows = new AnnexRows();

		countsLabel = toolkit.createLabel(body, "", SWT.WRAP);
		countsLabel.setData("name", "annex.counts");
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(countsLabel);
		shownLabel = toolkit.createLabel(body, "", SWT.WRAP);
		shownLabel.setData("name", "annex.shownCounts");
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(shownLabel);

		createFilters(toolkit, body);
		createButtons(toolkit, body);
		createTable(body);
		refreshLater = new Coalesced(viewer.getControl(), 0, this::refresh);

		watch();
		onDispose(() -> {
			unwatch();
			rows = null;
			viewer = null;
		});
		refresh();
	}

	private void createFilters(FormToolkit toolkit, Composite body) {
		Composite filters = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(6).spacing(8, 0).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);

		toolkit.createLabel(filters, "Metal:");
		metalCombo = new Combo(filters, SWT.READ_ONLY);
		metalCombo.setData("name", "annex.metalFilter");
		metalCombo.add("All metals");
		for (Metal metal : Metal.VALUES) {
			metalCombo.add(FilingLabels.metal(metal));
		}
		metalCombo.select(0);
		metalCombo.addListener(SWT.Selection, event -> filterChanged());
		toolkit.adapt(metalCombo);

		toolkit.createLabel(filters, "Status:");
		statusCombo = new Combo(filters, SWT.READ_ONLY);
		statusCombo.setData("name", "annex.statusFilter");
		statusCombo.add("All statuses");
		for (ComplianceStatus status : STATUS_CHOICES) {
			statusCombo.add(status == null ? "No status" : FilingLabels.status(status));
		}
		statusCombo.select(0);
		statusCombo.addListener(SWT.Selection, event -> filterChanged());
		toolkit.adapt(statusCombo);

		toolkit.createLabel(filters, "Find:");
		findText = toolkit.createText(filters, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		findText.setData("name", "annex.textFilter");
		findText.setMessage("name, country or smelter ID");
		findText.addListener(SWT.Modify, event -> filterChanged());
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(findText);
	}

	private void createButtons(FormToolkit toolkit, Composite body) {
		Composite buttons = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(5).spacing(6, 0).applyTo(buttons);
		button(toolkit, buttons, "Add Row", "annex.add", this::addRow);
		removeButton = button(toolkit, buttons, "Remove Rows...", "annex.remove", this::removeSelected);
		excludeButton = button(toolkit, buttons, "Exclude...", "annex.exclude", this::excludeSelected);
		includeButton = button(toolkit, buttons, "Include Again", "annex.include", this::includeSelected);
		button(toolkit, buttons, "Rebuild from Supply Chain...", "annex.rebuild", this::rebuildFromSupplyChain);
	}

	private static Button button(FormToolkit toolkit, Composite parent, String text, String name, Runnable action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.setData("name", name);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void createTable(Composite body) {
		viewer = new TableViewer(body, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = viewer.getTable();
		table.setData("name", "annex.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 360).applyTo(table);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (rows != null && index < rows.shown().size()) {
					viewer.replace(rows.shown().get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			}
		});
		Color excludedColor = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		columns = new SortableColumns(viewer, this::sortRows);
		for (AnnexColumn column : AnnexColumn.values()) {
			TableViewerColumn viewerColumn = columns.add(column.header(), column.width(), new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return rows == null ? "" : column.text((SmelterEntry) element, rows);
				}

				@Override
				public Color getForeground(Object element) {
					return ((SmelterEntry) element).isExcluded() ? excludedColor : null;
				}

				@Override
				public String getToolTipText(Object element) {
					SmelterEntry entry = (SmelterEntry) element;
					return entry.isExcluded() ? "Excluded from Annex A: " + entry.getExclusionReason() : null;
				}
			});
			viewerColumn.getColumn().setData("name", "annex.column." + column.name().toLowerCase());
			if (column.attribute() != null) {
				viewerColumn.setEditingSupport(new AnnexCellEditing(viewer, column,
						(entry, value) -> execute(AnnexCommands.edit(getEditingDomain(), entry, column.attribute(),
								value))));
			}
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL;
			}
		};
		TableViewerEditor.create(viewer, activation,
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR);
		viewer.setInput(this);
		table.addListener(SWT.Selection, event -> updateButtons());
		table.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL) {
				removeSelected();
			} else if (event.keyCode == SWT.F2 && getSelectedRows().size() == 1) {
				viewer.editElement(getSelectedRows().get(0), AnnexColumn.FACILITY.ordinal());
			}
		});
	}

	// --- the model: watching, refreshing -------------------------------------------------------------------------

	private AnnexA currentAnnex() {
		ConflictMineralsReport report = getFiling().getReport();
		return report == null ? null : report.getAnnexA();
	}

	private void watch() {
		unwatch();
		Filing filing = getFiling();
		filing.eAdapters().add(structureWatcher);
		watched.add(filing);
		if (filing.getReport() != null) {
			filing.getReport().eAdapters().add(structureWatcher);
			watched.add(filing.getReport());
		}
		watchedAnnex = currentAnnex();
		if (watchedAnnex != null) {
			watchedAnnex.eAdapters().add(annexWatcher);
		}
	}

	private void unwatch() {
		for (EObject object : watched) {
			object.eAdapters().remove(structureWatcher);
		}
		watched.clear();
		if (watchedAnnex != null) {
			watchedAnnex.eAdapters().remove(annexWatcher);
			watchedAnnex = null;
		}
	}

	private void scheduleRefresh() {
		if (refreshLater != null && viewer != null) {
			refreshLater.run();
		}
	}

	/** Reads Annex A again (rows, risk flags), keeping the filters, the sort and the selected rows. */
	public void refresh() {
		if (viewer == null) {
			return;
		}
		if (currentAnnex() != watchedAnnex || getFiling().getReport() != null
				&& !watched.contains(getFiling().getReport())) {
			watch();
		}
		List<SmelterEntry> selected = getSelectedRows();
		AnnexA annex = currentAnnex();
		SupplyChain chain = getFiling().getSupplyChain();
		rows.update(annex == null ? List.of() : annex.getRows(), chain);
		show(selected);
	}

	/** Puts the index's rows into the virtual table: only the item count; rows are read as they become visible. */
	private void show(List<SmelterEntry> selected) {
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			viewer.setItemCount(rows.shown().size());
			table.clearAll();
			List<Integer> indices = new ArrayList<>();
			for (SmelterEntry entry : selected) {
				int index = rows.indexOf(entry);
				if (index >= 0) {
					indices.add(index);
				}
			}
			table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
		} finally {
			table.setRedraw(true);
		}
		updateCounts();
		updateButtons();
	}

	private void updateCounts() {
		if (currentAnnex() == null) {
			countsLabel.setText("This filing has no Annex A yet: add rows, or rebuild it from the supply chain.");
			shownLabel.setText("");
			return;
		}
		countsLabel.setText("Annex A: " + rows.allCounts().describe());
		boolean filtered = rows.getMetalFilter() != null || rows.isStatusFiltered() || !rows.getTextFilter()
				.isEmpty();
		shownLabel.setText(filtered ? "Shown: " + rows.shownCounts().describe()
				: "Showing every row. Click a column header to sort; double-click a cell (or press F2) to edit it.");
		countsLabel.getParent().layout(new Control[] { countsLabel, shownLabel });
	}

	private void updateButtons() {
		List<SmelterEntry> selected = getSelectedRows();
		removeButton.setEnabled(!selected.isEmpty());
		excludeButton.setEnabled(selected.stream().anyMatch(e -> !e.isExcluded()));
		includeButton.setEnabled(selected.stream().anyMatch(SmelterEntry::isExcluded));
	}

	// --- sorting and filtering -----------------------------------------------------------------------------------

	/** Sorts the table by {@code column} (null: Annex A's own order), as clicking its header does. */
	public void sortBy(AnnexColumn column, boolean descending) {
		columns.sortBy(column == null ? -1 : column.ordinal(), descending);
	}

	private void sortRows(int column, boolean descending) {
		List<SmelterEntry> selected = getSelectedRows();
		rows.sortBy(column < 0 ? null : AnnexColumn.values()[column], descending);
		rows.apply();
		show(selected);
	}

	private void filterChanged() {
		if (rows == null) {
			return;
		}
		int metal = metalCombo.getSelectionIndex();
		rows.setMetalFilter(metal <= 0 ? null : Metal.VALUES.get(metal - 1));
		int status = statusCombo.getSelectionIndex();
		if (status <= 0) {
			rows.clearStatusFilter();
		} else {
			rows.setStatusFilter(STATUS_CHOICES.get(status - 1));
		}
		rows.setTextFilter(findText.getText());
		List<SmelterEntry> selected = getSelectedRows();
		rows.apply();
		show(selected);
	}

	// --- actions -------------------------------------------------------------------------------------------------

	/** The selected rows, in the order shown. */
	public List<SmelterEntry> getSelectedRows() {
		List<SmelterEntry> selected = new ArrayList<>();
		if (viewer == null || rows == null) {
			return selected;
		}
		for (int index : viewer.getTable().getSelectionIndices()) {
			if (index < rows.shown().size()) {
				selected.add(rows.shown().get(index));
			}
		}
		return selected;
	}

	/** Selects {@code entries} among the rows shown (rows filtered out are not selected). */
	public void select(List<SmelterEntry> entries) {
		show(entries);
		if (!entries.isEmpty() && rows.indexOf(entries.get(0)) >= 0) {
			TableItem item = viewer.getTable().getItem(rows.indexOf(entries.get(0)));
			// reading the item makes the virtual table fill it now, so the viewer can find the row to edit it
			item.getText();
			viewer.getTable().showItem(item);
		}
	}

	private Shell shell() {
		return getSite().getShell();
	}

	private void addRow() {
		SmelterEntry entry = AnnexCommands.newEntry();
		if (execute(AnnexCommands.add(getEditingDomain(), getFiling(), entry))) {
			reveal(entry, Literals.SMELTER_ENTRY__FACILITY_NAME.getName());
		}
	}

	private void removeSelected() {
		List<SmelterEntry> selected = getSelectedRows();
		AnnexA annex = currentAnnex();
		if (selected.isEmpty() || annex == null) {
			return;
		}
		String what = selected.size() == 1 ? "the selected row (" + selected.get(0).getFacilityName() + ")"
				: "the " + selected.size() + " selected rows";
		if (Prompts.confirm(shell(), "Remove Rows", "Remove " + what + " from Annex A?\n\nA rebuild from the supply "
				+ "chain adds a row again while suppliers still report it; to keep a smelter out of Annex A, "
				+ "exclude it instead. You can undo the removal.")) {
			execute(AnnexCommands.remove(getEditingDomain(), annex, selected));
		}
	}

	private void excludeSelected() {
		List<SmelterEntry> selected = getSelectedRows().stream().filter(e -> !e.isExcluded()).toList();
		if (selected.isEmpty()) {
			return;
		}
		String what = selected.size() == 1 ? selected.get(0).getFacilityName() : selected.size() + " rows";
		InputDialog dialog = new InputDialog(shell(), "Exclude from Annex A", "Why is " + what + " excluded from "
				+ "Annex A? The reason stays with the row for reviewers.", "",
				text -> text == null || text.isBlank() ? "Enter the reason for the exclusion." : null) {
			@Override
			protected void configureShell(Shell shell) {
				super.configureShell(shell);
				shell.setData("name", "annex.excludeDialog");
			}

			@Override
			protected Control createDialogArea(Composite parent) {
				Control area = super.createDialogArea(parent);
				getText().setData("name", "annex.exclusionReason");
				return area;
			}
		};
		if (dialog.open() == Window.OK) {
			execute(AnnexCommands.exclude(getEditingDomain(), selected, dialog.getValue().trim()));
		}
	}

	private void includeSelected() {
		execute(AnnexCommands.include(getEditingDomain(), getSelectedRows()));
	}

	/** Shows what a rebuild from the supply chain would change and applies it, as one command, on Apply. */
	public void rebuildFromSupplyChain() {
		Filing filing = getFiling();
		SupplyChain chain = filing.getSupplyChain();
		if (chain == null || chain.getSuppliers().isEmpty()) {
			Prompts.info(shell(), "Nothing to Rebuild From", "No supplier responses have been imported into this "
					+ "filing yet. Import your suppliers' CMRT workbooks on the Suppliers page, then rebuild Annex A.");
			return;
		}
		AnnexRebuild.Plan[] plan = new AnnexRebuild.Plan[1];
		BusyIndicator.showWhile(shell().getDisplay(), () -> plan[0] = AnnexRebuild.plan(filing));
		RebuildDialog dialog = new RebuildDialog(shell(), plan[0], !chain.getReferenceLists().isEmpty());
		if (dialog.open() == Window.OK && plan[0].changesAnything()) {
			BusyIndicator.showWhile(shell().getDisplay(), () -> execute(AnnexCommands.rebuild(filing, plan[0]::apply)));
			refresh();
		}
	}

	// --- the editor's questions ----------------------------------------------------------------------------------

	@Override
	public boolean canReveal(EObject subject) {
		return subject instanceof AnnexA || subject instanceof SmelterEntry;
	}

	@Override
	public void reveal(EObject subject, String field) {
		if (viewer == null) {
			return;
		}
		refresh();
		if (!(subject instanceof SmelterEntry entry) || !rows.all().contains(entry)) {
			viewer.getTable().setFocus();
			return;
		}
		if (!rows.accepts(entry)) {
			clearFiltersHiding(entry);
		}
		select(List.of(entry));
		AnnexColumn column = field == null ? null : AnnexColumn.editing(field);
		viewer.getTable().setFocus();
		if (column != null) {
			viewer.editElement(entry, column.ordinal());
		}
	}

	/** Clears only the filters that hide {@code entry}, so the user keeps what still applies. */
	private void clearFiltersHiding(SmelterEntry entry) {
		if (!rows.matchesMetal(entry)) {
			metalCombo.select(0);
		}
		if (!rows.matchesStatus(entry)) {
			statusCombo.select(0);
		}
		if (!rows.matchesText(entry)) {
			findText.setText("");
		}
		filterChanged();
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active) {
			// risk flags follow the status lists, which the Suppliers page can change
			refresh();
		}
	}

	@Override
	public void commitPendingEdits() {
		if (viewer != null && viewer.isCellEditorActive()) {
			viewer.applyEditorValue();
		}
	}

	// --- for tests and the benchmark -----------------------------------------------------------------------------

	/** The index behind the table (what it shows, in order); null before the page was first shown. */
	public AnnexRows getRows() {
		return rows;
	}

	public TableViewer getViewer() {
		return viewer;
	}
}
