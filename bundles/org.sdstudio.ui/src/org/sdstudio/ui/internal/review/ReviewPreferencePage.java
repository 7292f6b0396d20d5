package org.sdstudio.ui.internal.review;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.sdstudio.review.Reviewer;

/** Preferences > Legal Review: the name recorded on revisions, approvals and comments. */
public class ReviewPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Text name;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Your name as a reviewer: recorded on every revision you submit, every approval and request "
				+ "for changes, and every comment.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("Reviewer name:");
		name = new Text(area, SWT.BORDER | SWT.SINGLE);
		name.setData("name", "reviewerName");
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.setText(ReviewerName.preference());
		name.setMessage(Reviewer.resolveName(null));
		Label hint = new Label(area, SWT.WRAP);
		hint.setText("When empty: $" + Reviewer.ENVIRONMENT_VARIABLE + ", else your user name ("
				+ Reviewer.resolveName(null) + ").");
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return area;
	}

	@Override
	protected void performDefaults() {
		name.setText("");
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		ReviewerName.setPreference(name.getText());
		return true;
	}
}
