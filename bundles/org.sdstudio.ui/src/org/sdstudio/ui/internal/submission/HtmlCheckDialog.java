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
import org.sdstudio.edgar.HtmlViolation;
import org.sdstudio.edgar.PackageCheck;

/**
 * The result of checking files against EDGAR's rules as one package ({@link PackageCheck}, what
 * {@code sdstudio check-html} does): one line per violation, with where it is, and one per file that could not be
 * read, with the reason.
 */
public class HtmlCheckDialog extends TitleAreaDialog {

	private final PackageCheck check;

	public HtmlCheckDialog(Shell parent, List<Path> files) {
		super(parent);
		this.check = PackageCheck.of(files);
	}

	public PackageCheck check() {
		return check;
	}

	@Override
	public void create() {
		super.create();
		getShell().setText("Check HTML Files");
		setTitle("EDGAR's rules for HTML documents");
		setMessage(check.summary(), check.passed() ? IMessageProvider.INFORMATION
				: !check.violations().isEmpty() ? IMessageProvider.ERROR : IMessageProvider.WARNING);
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
		for (HtmlViolation violation : check.violations()) {
			new TableItem(table, SWT.NONE).setText(new String[] { violation.file(), Integer.toString(violation.line()),
					Integer.toString(violation.column()), violation.rule().code(), violation.message() });
		}
		for (PackageCheck.Unreadable unreadable : check.unreadable()) {
			String name = unreadable.path().getFileName().toString();
			new TableItem(table, SWT.NONE).setText(new String[] { name, "", "", "unreadable",
					name + " " + unreadable.reason() });
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
