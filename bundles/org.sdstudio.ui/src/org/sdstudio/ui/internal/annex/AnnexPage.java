package org.sdstudio.ui.internal.annex;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;

/** PLACEHOLDER, replaced by the page's implementation. */
public class AnnexPage extends FilingEditorPage {

	public static final String ID = "annex";

	public AnnexPage(FilingEditor editor) {
		super(editor, ID, "Annex A");
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		body.setLayout(new GridLayout());
		managedForm.getToolkit().createLabel(body, "Annex A", SWT.NONE);
	}
}
