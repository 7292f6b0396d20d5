package org.sdstudio.ui.internal.submission;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;

/** PLACEHOLDER, replaced by the page's implementation. */
public class SubmissionPage extends FilingEditorPage {

	public static final String ID = "submission";

	public SubmissionPage(FilingEditor editor) {
		super(editor, ID, "Submission");
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		body.setLayout(new GridLayout());
		managedForm.getToolkit().createLabel(body, "Submission", SWT.NONE);
	}
}
