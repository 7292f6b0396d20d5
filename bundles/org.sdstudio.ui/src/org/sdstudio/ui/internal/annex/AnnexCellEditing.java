package org.sdstudio.ui.internal.annex;

import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.edit.label.FilingLabels;

/**
 * In-place editing of one Annex A column: metal and status from drop-down lists, the others as text. The editor
 * only reads the row; the new value goes to {@code change}, which runs it as a command.
 */
final class AnnexCellEditing extends EditingSupport {

	private final AnnexColumn column;
	private final CellEditor editor;
	private final BiConsumer<SmelterEntry, Object> change;

	AnnexCellEditing(ColumnViewer viewer, AnnexColumn column, BiConsumer<SmelterEntry, Object> change) {
		super(viewer);
		this.column = column;
		this.change = change;
		Composite table = (Composite) viewer.getControl();
		if (column == AnnexColumn.METAL) {
			editor = new ComboBoxCellEditor(table, literals(Metal.VALUES.toArray(new Metal[0])), SWT.READ_ONLY);
		} else if (column == AnnexColumn.STATUS) {
			editor = new ComboBoxCellEditor(table,
					literals(ComplianceStatus.VALUES.toArray(new ComplianceStatus[0])), SWT.READ_ONLY);
		} else {
			editor = new TextCellEditor(table);
		}
		editor.getControl().setData("name", "annex.cellEditor." + column.name().toLowerCase());
	}

	private static String[] literals(org.eclipse.emf.common.util.Enumerator[] values) {
		String[] result = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = FilingLabels.literal(values[i]);
		}
		return result;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof SmelterEntry;
	}

	@Override
	protected Object getValue(Object element) {
		SmelterEntry entry = (SmelterEntry) element;
		EAttribute attribute = column.attribute();
		if (column == AnnexColumn.METAL) {
			return entry.isSetMetal() ? entry.getMetal().getValue() : -1;
		}
		if (column == AnnexColumn.STATUS) {
			return entry.isSetStatus() ? ComplianceStatus.VALUES.indexOf(entry.getStatus()) : -1;
		}
		Object value = entry.eGet(attribute);
		return value == null ? "" : value;
	}

	@Override
	protected void setValue(Object element, Object value) {
		SmelterEntry entry = (SmelterEntry) element;
		Object newValue;
		if (column == AnnexColumn.METAL) {
			int index = (Integer) value;
			newValue = index < 0 ? null : Metal.VALUES.get(index);
		} else if (column == AnnexColumn.STATUS) {
			int index = (Integer) value;
			newValue = index < 0 ? null : ComplianceStatus.VALUES.get(index);
		} else {
			String text = value == null ? "" : value.toString().trim();
			newValue = text.isEmpty() ? null : text;
		}
		change.accept(entry, newValue);
	}
}
