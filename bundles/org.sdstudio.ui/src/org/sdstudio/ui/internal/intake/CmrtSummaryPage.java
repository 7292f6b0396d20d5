package org.sdstudio.ui.internal.intake;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.sdstudio.ui.internal.intake.ImportSummary.FileLine;

/** Last page of the CMRT import: what happened to each file, the totals, and what to do next. */
final class CmrtSummaryPage extends WizardPage {

	private TableViewer table;
	private Text totals;

	CmrtSummaryPage() {
		super("summary");
		setTitle("CMRT Import Summary");
		setDescription("The import is done.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(5, 5).applyTo(page);
		table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setData("name", "summaryFiles");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("File", 200, FileLine::file);
		column("Result", 170, FileLine::outcome);
		column("Supplier", 200, FileLine::supplier);
		column("CMRT", 50, FileLine::revision);
		column("Smelter rows", 90, l -> l.failed() ? "" : String.valueOf(l.smelterRows()));
		column("Errors", 55, l -> l.failed() ? "" : String.valueOf(l.errors()));
		column("Warnings", 65, l -> l.failed() ? "" : String.valueOf(l.warnings()));
		column("Info", 45, l -> l.failed() ? "" : String.valueOf(l.infos()));
		column("Reason not imported", 400, l -> l.reason() == null ? "" : l.reason());
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 220).applyTo(table.getControl());
		totals = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
		totals.setData("name", "summaryTotals");
		GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(totals);
		setControl(page);
	}

	private void column(String title, int width, java.util.function.Function<FileLine, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((FileLine) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((FileLine) element).failed() ? table.getControl().getDisplay().getSystemColor(SWT.COLOR_RED)
						: null;
			}
		});
	}

	void show(ImportSummary summary) {
		table.setInput(summary.lines().toArray());
		totals.setText(summary.totals());
		setDescription(summary.failed() == 0 ? "Every workbook was read. Press Finish to close."
				: summary.failed() + (summary.failed() == 1 ? " file was" : " files were")
						+ " not imported (see the reason); the others were. Press Finish to close.");
		getControl().getParent().layout(true, true);
		setPageComplete(true);
	}

	@Override
	public IWizardPage getPreviousPage() {
		// the import is applied: going back would suggest it could be redone with other files
		return null;
	}
}
