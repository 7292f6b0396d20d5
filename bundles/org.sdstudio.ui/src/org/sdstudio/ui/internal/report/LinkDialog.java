package org.sdstudio.ui.internal.report;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a link's address: a web address, or #id for a place in the filing; empty removes the link. */
public class LinkDialog extends Dialog {

	private final String initial;
	private Text address;
	private String result;

	LinkDialog(Shell parent, String initial) {
		super(parent);
		this.initial = initial == null ? "" : initial;
	}

	/** The address the user entered ("" to remove the link), or null when cancelled. */
	public static String ask(Shell parent, String current) {
		LinkDialog dialog = new LinkDialog(parent, current);
		return dialog.open() == OK ? dialog.result : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Link");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		((GridLayout) area.getLayout()).numColumns = 1;
		Label label = new Label(area, SWT.WRAP);
		label.setText("Address of the link: a web address (it is exported as plain text), or #id for a section of\n"
				+ "this filing (#annex-a for Annex A). Leave it empty to remove the link.");
		address = new Text(area, SWT.BORDER);
		address.setData("name", "linkAddress");
		address.setText(initial);
		address.selectAll();
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = convertWidthInCharsToPixels(60);
		address.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Set Link", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		result = address.getText().strip();
		super.okPressed();
	}
}
