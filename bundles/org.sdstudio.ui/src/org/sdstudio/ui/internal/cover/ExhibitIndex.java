package org.sdstudio.ui.internal.cover;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.edit.command.ExhibitCommands;

/** The exhibit index of the cover page: a table of number, EDGAR document type and description, edited by commands. */
final class ExhibitIndex {

	private final CoverPage page;
	private final TableViewer viewer;
	private final Button remove;

	ExhibitIndex(CoverPage page, FormToolkit toolkit, Composite parent) {
		this.page = page;
		Composite area = toolkit.createComposite(parent);
		toolkit.paintBordersFor(area);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		area.setLayout(new GridLayout(2, false));
		Table table = toolkit.createTable(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData("name", "cover.exhibits");
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 90;
		tableData.widthHint = 300;
		table.setLayoutData(tableData);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Number", 70, Literals.EXHIBIT__NUMBER, Exhibit::getNumber);
		column("Document type", 110, Literals.EXHIBIT__DOCUMENT_TYPE, Exhibit::getDocumentType);
		column("Description", 360, Literals.EXHIBIT__DESCRIPTION, Exhibit::getDescription);

		Composite buttons = toolkit.createComposite(area);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		buttons.setLayout(new GridLayout(1, true));
		Button add = toolkit.createButton(buttons, "Add", SWT.PUSH);
		add.setData("name", "cover.exhibits.add");
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add.addListener(SWT.Selection, event -> addExhibit());
		remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
		remove.setData("name", "cover.exhibits.remove");
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		remove.addListener(SWT.Selection, event -> removeSelected());
		viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
		remove.setEnabled(false);
		viewer.setInput(page.getFiling().getExhibits().toArray());
	}

	Table table() {
		return viewer.getTable();
	}

	TableViewer viewer() {
		return viewer;
	}

	void refresh() {
		if (!viewer.getTable().isDisposed()) {
			viewer.setInput(page.getFiling().getExhibits().toArray());
			remove.setEnabled(!viewer.getSelection().isEmpty());
		}
	}

	void select(Exhibit exhibit) {
		viewer.setSelection(new StructuredSelection(exhibit), true);
	}

	/** Adds the next Form SD exhibit number not yet used (1.01, 1.02, ...) with its document type. */
	private void addExhibit() {
		Exhibit exhibit = ExhibitCommands.nextExhibit(page.getFiling());
		page.run(ExhibitCommands.add(page.getEditingDomain(), page.getFiling(), exhibit));
		select(exhibit);
	}

	private void removeSelected() {
		List<?> selected = ((IStructuredSelection) viewer.getSelection()).toList();
		if (!selected.isEmpty()) {
			page.run(ExhibitCommands.remove(page.getEditingDomain(), page.getFiling(), selected));
		}
	}

	private void column(String title, int width, EAttribute attribute, Function<Exhibit, String> value) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(
				element -> value.apply((Exhibit) element) == null ? "" : value.apply((Exhibit) element)));
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				String current = value.apply((Exhibit) element);
				return current == null ? "" : current;
			}

			@Override
			protected void setValue(Object element, Object typed) {
				String text = typed == null || typed.toString().isEmpty() ? null : typed.toString();
				String current = value.apply((Exhibit) element);
				if (text == null ? current != null : !text.equals(current)) {
					page.run(SetCommand.create(page.getEditingDomain(), element, attribute, text));
				}
			}
		});
	}
}
