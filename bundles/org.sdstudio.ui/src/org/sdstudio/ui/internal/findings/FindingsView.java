package org.sdstudio.ui.internal.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.sdstudio.model.Severity;
import org.sdstudio.model.validation.FindingCounts;
import org.sdstudio.ui.internal.FilingPerspective;
import org.sdstudio.ui.internal.SortableColumns;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.findings.FindingRow.Source;

/**
 * The Findings view: everything the checks found in the active filing (the model's rules, the suppliers' current
 * CMRT responses, the EDGAR checker of the last export) in one sortable, filterable table; opening a line shows
 * the field in the editor.
 */
public class FindingsView extends ViewPart {

	public static final String ID = FilingPerspective.FINDINGS_VIEW;

	/** Column indexes, in table order. */
	public static final int SEVERITY = 0;
	public static final int SOURCE = 1;
	public static final int CODE = 2;
	public static final int MESSAGE = 3;
	public static final int WHERE = 4;

	/** How long edits settle before the findings are read again (ms): a typed word is one check. */
	private static final int REFRESH_DELAY = 250;

	private TableViewer viewer;
	private Label counts;
	private Text search;
	private Combo sourceChoice;
	private final Button[] severityButtons = new Button[Severity.VALUES.size()];

	private FilingEditor editor;
	private List<FindingRow> all = List.of();
	private List<FindingRow> shown = List.of();
	private final Set<Severity> shownSeverities = EnumSet.allOf(Severity.class);
	private Source shownSource;
	private String needle = "";
	private SortableColumns columns;
	private boolean refreshQueued;

	private final CommandStackListener stackListener = this::modelChanged;
	private final IPropertyListener editorListener = (source, property) -> {
		if (property == FilingEditor.PROP_FILING || property == FilingEditor.PROP_LAST_EXPORT) {
			scheduleRefresh(0);
		}
	};
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof FilingEditor activated) {
				follow(activated);
			}
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			partActivated(reference);
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				IEditorPart next = getSite().getPage().getActiveEditor();
				follow(next instanceof FilingEditor other && other != editor ? other : null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		createFilterBar(parent);
		Table table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		table.setData("name", "findings.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new TableViewer(table);
		viewer.setContentProvider(new LazyRows());
		ColumnViewerToolTipSupport.enableFor(viewer);
		// the worst first: severity starts descending, the texts ascending
		columns = new SortableColumns(viewer, (index, descending) -> applyFilters(), index -> index == SEVERITY);
		column("Severity", 90, FindingRow::severityLabel, FindingsView::icon);
		column("Source", 80, row -> row.source().label(), row -> null);
		column("Code", 170, FindingRow::code, row -> null);
		column("Message", 420, FindingRow::message, row -> null);
		column("Where", 260, FindingRow::where, row -> null);
		// double-click and Enter
		table.addListener(SWT.DefaultSelection, event -> {
			int index = table.getSelectionIndex();
			if (index >= 0 && index < shown.size()) {
				open(shown.get(index));
			}
		});
		counts = new Label(parent, SWT.NONE);
		counts.setData("name", "findings.counts");
		counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		columns.show(SEVERITY, true);

		IWorkbenchPage page = getSite().getPage();
		page.addPartListener(partListener);
		follow(page.getActiveEditor() instanceof FilingEditor active ? active : null);
		refresh();
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(6, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		bar.setLayout(layout);
		String[] labels = { "Infos", "Warnings", "Errors" };
		for (int i = Severity.VALUES.size() - 1; i >= 0; i--) {
			Severity severity = Severity.VALUES.get(i);
			Button button = new Button(bar, SWT.CHECK);
			button.setText(labels[severity.getValue()]);
			button.setImage(icon(severity));
			button.setSelection(true);
			button.setData("name", "findings.show." + severity.getLiteral());
			button.addListener(SWT.Selection, event -> setSeverityShown(severity, button.getSelection()));
			severityButtons[severity.getValue()] = button;
		}
		sourceChoice = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		sourceChoice.setData("name", "findings.source");
		sourceChoice.add("All sources");
		for (Source source : Source.values()) {
			sourceChoice.add(source.label());
		}
		sourceChoice.select(0);
		sourceChoice.addListener(SWT.Selection, event -> {
			int index = sourceChoice.getSelectionIndex();
			setSourceShown(index <= 0 ? null : Source.values()[index - 1]);
		});
		new Label(bar, SWT.NONE).setText("Filter:");
		search = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
		search.setData("name", "findings.filter");
		search.setMessage("code, message or where");
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addListener(SWT.Modify, event -> setTextFilter(search.getText()));
	}

	/** The next column (in the order of {@link #SEVERITY} ...). */
	private void column(String title, int width, Function<FindingRow, String> text,
			Function<FindingRow, Image> image) {
		columns.add(title, width, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((FindingRow) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((FindingRow) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((FindingRow) element).message();
			}
		});
	}

	private static Image icon(FindingRow row) {
		return icon(row.severity());
	}

	private static Image icon(Severity severity) {
		String key = switch (severity) {
			case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
			case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
			case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		};
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}

	// --- following the active filing editor ---------------------------------------------------------------------

	private void follow(FilingEditor next) {
		if (next == editor) {
			return;
		}
		if (editor != null) {
			editor.removePropertyListener(editorListener);
			if (editor.getEditingDomain() != null) {
				editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
			}
		}
		editor = next;
		if (editor != null) {
			editor.addPropertyListener(editorListener);
			editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		}
		refresh();
	}

	private void modelChanged(EventObject event) {
		scheduleRefresh(REFRESH_DELAY);
	}

	private void scheduleRefresh(int delay) {
		if (refreshQueued || viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		refreshQueued = true;
		viewer.getTable().getDisplay().timerExec(delay, () -> {
			refreshQueued = false;
			if (!viewer.getTable().isDisposed()) {
				refresh();
			}
		});
	}

	/** Reads the findings of the followed filing again. */
	public void refresh() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		all = editor == null || editor.getFiling() == null ? List.of()
				: FindingRow.collect(editor.getFindings(), editor.getFiling(), editor.getLastExport());
		setContentDescription(editor == null ? "" : editor.getPartName());
		applyFilters();
	}

	// --- filter and sort ----------------------------------------------------------------------------------------

	public void setSeverityShown(Severity severity, boolean show) {
		if (show) {
			shownSeverities.add(severity);
		} else {
			shownSeverities.remove(severity);
		}
		Button button = severityButtons[severity.getValue()];
		if (button != null && button.getSelection() != show) {
			button.setSelection(show);
		}
		applyFilters();
	}

	/** Shows only findings from {@code source}; null shows all. */
	public void setSourceShown(Source source) {
		shownSource = source;
		int index = source == null ? 0 : source.ordinal() + 1;
		if (sourceChoice.getSelectionIndex() != index) {
			sourceChoice.select(index);
		}
		applyFilters();
	}

	/** Shows only findings whose code, message or where contains {@code text} (any case). */
	public void setTextFilter(String text) {
		needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (!search.getText().equals(text == null ? "" : text)) {
			search.setText(text == null ? "" : text);
		}
		applyFilters();
	}

	/** Sorts by the column at {@code index} ({@link #SEVERITY} ...). */
	public void sortBy(int index, boolean ascendingOrder) {
		columns.sortBy(index, !ascendingOrder);
	}

	private Comparator<FindingRow> comparator() {
		Comparator<FindingRow> bySeverity = Comparator.comparingInt(row -> row.severity().getValue());
		Comparator<FindingRow> primary = switch (columns.column()) {
			case SOURCE -> Comparator.comparing(FindingRow::source);
			case CODE -> Comparator.comparing(FindingRow::code, String.CASE_INSENSITIVE_ORDER);
			case MESSAGE -> Comparator.comparing(FindingRow::message, String.CASE_INSENSITIVE_ORDER);
			case WHERE -> Comparator.comparing(FindingRow::where, String.CASE_INSENSITIVE_ORDER);
			default -> bySeverity;
		};
		if (columns.descending()) {
			primary = primary.reversed();
		}
		// ties: worst first, then by code, so the order is stable
		return primary.thenComparing(bySeverity.reversed()).thenComparing(FindingRow::code);
	}

	private void applyFilters() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		List<FindingRow> rows = new ArrayList<>();
		for (FindingRow row : all) {
			if (shownSeverities.contains(row.severity()) && (shownSource == null || row.source() == shownSource)
					&& row.matches(needle)) {
				rows.add(row);
			}
		}
		rows.sort(comparator());
		// keep the selected line selected when the findings are read again (the user is typing a fix)
		Table table = viewer.getTable();
		int selected = table.getSelectionIndex();
		FindingRow before = selected >= 0 && selected < shown.size() ? shown.get(selected) : null;
		shown = List.copyOf(rows);
		table.deselectAll();
		viewer.setInput(shown);
		viewer.setItemCount(shown.size());
		viewer.refresh();
		int after = before == null ? -1 : indexOfSame(before);
		if (after >= 0) {
			table.setSelection(after);
		}
		counts.setText(countLine());
		counts.getParent().layout(new Control[] { counts });
	}

	/** The line of {@code row}'s finding in the new list: same code, place and message. */
	private int indexOfSame(FindingRow row) {
		for (int i = 0; i < shown.size(); i++) {
			FindingRow candidate = shown.get(i);
			if (candidate.code().equals(row.code()) && candidate.where().equals(row.where())
					&& candidate.message().equals(row.message())) {
				return i;
			}
		}
		return -1;
	}

	private String countLine() {
		if (editor == null) {
			return "No filing is open: open a filing (File > Open Filing) to see what the checks find in it.";
		}
		FindingCounts counts = new FindingCounts(0, 0, 0);
		for (FindingRow row : all) {
			counts = counts.plus(row.severity());
		}
		String line = counts.toString();
		return shown.size() == all.size() ? line : line + " (" + shown.size() + " shown)";
	}

	// --- opening ------------------------------------------------------------------------------------------------

	/** Opens the editor at the finding's field; false when the editor has no place that shows it. */
	public boolean open(FindingRow row) {
		if (editor == null || row == null) {
			return false;
		}
		IWorkbenchPage page = getSite().getPage();
		page.activate(editor);
		boolean revealed = editor.reveal(row.subject(), row.field());
		if (!revealed) {
			counts.setText("The editor has no page that shows where this finding is (" + row.where() + ").");
		}
		return revealed;
	}

	/** The lines the table shows, in order (after filter and sort). */
	public List<FindingRow> shownRows() {
		return shown;
	}

	/** The text of the count line. */
	public String countText() {
		return counts.getText();
	}

	/** The editor whose findings are shown, or null. */
	public FilingEditor followedEditor() {
		return editor;
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		follow(null);
		super.dispose();
	}

	/** Hands the table only the rows it paints (thousands of findings stay fast). */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < shown.size()) {
				viewer.replace(shown.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			// the rows are read from the view's list
		}
	}
}
