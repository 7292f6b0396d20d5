package org.sdstudio.ui.internal;

import java.util.function.Function;
import java.util.function.IntPredicate;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The columns of a table sorted by a click on their header: a second click on the same header reverses the order,
 * the header shows the order, and the columns can be moved. The table's own code sorts its rows (it knows their
 * order), told so through {@link Order}.
 */
public final class SortableColumns {

	/** Puts the table's rows in the order of the column at {@code column} ({@code -1}: the rows' own order). */
	public interface Order {
		void sortBy(int column, boolean descending);
	}

	private final TableViewer viewer;
	private final Order order;
	private final IntPredicate startsDescending;
	private int column = -1;
	private boolean descending;

	/** Columns whose first click sorts ascending. */
	public SortableColumns(TableViewer viewer, Order order) {
		this(viewer, order, index -> false);
	}

	/** {@code startsDescending}: the columns whose first click sorts descending (e.g. the worst first). */
	public SortableColumns(TableViewer viewer, Order order, IntPredicate startsDescending) {
		this.viewer = viewer;
		this.order = order;
		this.startsDescending = startsDescending;
	}

	/** Adds a column at the end; its header sorts by it. */
	public TableViewerColumn add(String title, int width, CellLabelProvider labels) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(title);
		tableColumn.setWidth(width);
		tableColumn.setMoveable(true);
		int index = viewer.getTable().getColumnCount() - 1;
		tableColumn.addListener(SWT.Selection, event -> clicked(index));
		viewerColumn.setLabelProvider(labels);
		return viewerColumn;
	}

	/** A column that shows {@code text} of its row (nothing for null). */
	public <T> TableViewerColumn add(String title, int width, Class<T> type, Function<T, String> text) {
		return add(title, width, ColumnLabelProvider.createTextProvider(element -> {
			String value = text.apply(type.cast(element));
			return value == null ? "" : value;
		}));
	}

	/** What a click on the header of the column at {@code index} does. */
	public void clicked(int index) {
		sortBy(index, index == column ? !descending : startsDescending.test(index));
	}

	/** Sorts by the column at {@code index} ({@code -1}: the rows' own order) and shows it in the header. */
	public void sortBy(int index, boolean descendingOrder) {
		show(index, descendingOrder);
		order.sortBy(index, descendingOrder);
	}

	/** Shows the order in the header (for the order a table starts with) without sorting. */
	public void show(int index, boolean descendingOrder) {
		column = index;
		descending = descendingOrder;
		Table table = viewer.getTable();
		table.setSortColumn(index < 0 ? null : table.getColumn(index));
		table.setSortDirection(index < 0 ? SWT.NONE : descendingOrder ? SWT.DOWN : SWT.UP);
	}

	/** The column the rows are sorted by, or {@code -1}. */
	public int column() {
		return column;
	}

	public boolean descending() {
		return descending;
	}
}
