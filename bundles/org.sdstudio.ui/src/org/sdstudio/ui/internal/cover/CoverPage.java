package org.sdstudio.ui.internal.cover;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;

/** PLACEHOLDER, replaced by the page's implementation. */
public class CoverPage extends FilingEditorPage {

	public static final String ID = "cover";

	public CoverPage(FilingEditor editor) {
		super(editor, ID, "Cover");
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		body.setLayout(new GridLayout());
		managedForm.getToolkit().createLabel(body, "Cover", SWT.NONE);
	}
}
