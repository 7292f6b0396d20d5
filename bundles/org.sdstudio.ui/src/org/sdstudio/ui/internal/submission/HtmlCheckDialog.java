package org.sdstudio.ui.internal.submission;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The result of checking HTML files against EDGAR's rules: one line per violation, with where it is. */
public class HtmlCheckDialog extends TitleAreaDialog {

	private final HtmlCheck check;

	public HtmlCheckDialog(Shell parent, List<Path> files) {
		super(parent);
		this.check = HtmlCheck.of(files);
	}

	public HtmlCheck check() {
		return check;
	}

	@Override
	public void create() {
		super.create();
		getShell().setText("Check HTML Files");
		setTitle("EDGAR's rules for HTML documents");
		setMessage(check.summary(), check.rows().isEmpty() ? IMessageProvider.INFORMATION
				: check.violations() > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.setData("name", "checkHtml.results");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(table, "File", 160);
		column(table, "Line", 50);
		column(table, "Column", 60);
		column(table, "Rule", 150);
		column(table, "Problem", 520);
		for (HtmlCheck.Row row : check.rows()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { row.file(), row.line() > 0 ? Integer.toString(row.line()) : "",
					row.column() > 0 ? Integer.toString(row.column()) : "", row.rule(), row.message() });
		}
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.heightHint = 280;
		table.setLayoutData(layout);
		return area;
	}

	private static void column(Table table, String header, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(header);
		column.setWidth(width);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
