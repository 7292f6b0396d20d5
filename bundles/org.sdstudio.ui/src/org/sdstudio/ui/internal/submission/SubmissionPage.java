package org.sdstudio.ui.internal.submission;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SubmissionData;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;

/**
 * The Submission page, in parts: whether the filing is ready for a final export, the EDGAR submission data (bound
 * to the model, marked with the validator's findings), the export settings with an Export button, and the last
 * export: its files with their EDGAR check, the rule violations of a draft, or the errors that refused a final
 * export.
 */
public class SubmissionPage extends FilingEditorPage {

	public static final String ID = "submission";

	// the parts of the current content (rebuilt with it)
	private ReadinessPart readiness;
	private SubmissionDataPart submissionData;
	private ExportSettingsPart exportSettings;
	private LastExportPart lastExport;

	public SubmissionPage(FilingEditor editor) {
		super(editor, ID, "Submission");
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(2, true));
		readiness = new ReadinessPart(this, toolkit, body);
		submissionData = new SubmissionDataPart(this, toolkit, body, bindings());
		exportSettings = new ExportSettingsPart(this, toolkit, body);
		lastExport = new LastExportPart(this, toolkit, body);

		CommandStackListener stackListener = event -> readiness.schedule();
		getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		onDispose(() -> getEditingDomain().getCommandStack().removeCommandStackListener(stackListener));
		IPropertyListener exportListener = (source, property) -> {
			if (property == FilingEditor.PROP_LAST_EXPORT) {
				lastExport.show();
			}
		};
		getFilingEditor().addPropertyListener(exportListener);
		onDispose(() -> getFilingEditor().removePropertyListener(exportListener));

		readiness.refresh();
		lastExport.show();
	}

	/** Export with the page's settings and the filing's own prefix, off the UI thread with progress and cancel. */
	public ExportRun.Outcome exportNow() {
		return exportSettings.exportNow();
	}

	/** Runs a command on the editor's stack (for the parts of this page). */
	boolean run(Command command) {
		return execute(command);
	}

	/** Layout data that lets a column shrink to the window and its texts wrap, instead of widening the form. */
	static GridData narrow() {
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.widthHint = 300;
		return data;
	}

	static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	// --- reveal and pending edits ----------------------------------------------------------------------------------

	@Override
	public boolean canReveal(EObject subject) {
		return subject instanceof SubmissionData;
	}

	@Override
	public void reveal(EObject subject, String field) {
		Control control = submissionData == null ? null
				: submissionData.control(field == null ? Literals.SUBMISSION_DATA__CONTACT_NAME.getName() : field);
		if (control != null && !control.isDisposed()) {
			control.setFocus();
			if (control instanceof Text text) {
				text.selectAll();
			}
		}
	}

	@Override
	public void commitPendingEdits() {
		if (submissionData != null) {
			submissionData.commitPendingEdits();
		}
	}
}
