package org.sdstudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.sdstudio.model.Filing;

/**
 * A page of the filing editor. Its content is built from the editor's current filing and editing domain; when the
 * filing is replaced (Revert, or a reload after the file changed on disk) the page is built again, so a page keeps
 * no state of its own that outlives {@link #createContent}. Everything a page registers (bindings, model adapters,
 * listeners outside its widgets) is released through {@link #bindings()} and {@link #onDispose(Runnable)}.
 */
public abstract class FilingEditorPage extends FormPage {

	private DataBindingContext bindings;
	private final List<Runnable> disposers = new ArrayList<>();

	protected FilingEditorPage(FilingEditor editor, String id, String title) {
		super(editor, id, title);
	}

	public FilingEditor getFilingEditor() {
		return (FilingEditor) getEditor();
	}

	public EditingDomain getEditingDomain() {
		return getFilingEditor().getEditingDomain();
	}

	public Filing getFiling() {
		return getFilingEditor().getFiling();
	}

	/** Executes a command on the editor's command stack (undo, redo and the dirty mark follow); false if it cannot. */
	protected boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		getEditingDomain().getCommandStack().execute(command);
		return true;
	}

	/** The binding context of the current content; disposed when the content is rebuilt or the page closes. */
	protected DataBindingContext bindings() {
		if (bindings == null) {
			bindings = new DataBindingContext();
		}
		return bindings;
	}

	/** Runs {@code disposer} when the current content goes (rebuild or close): removes adapters from the model. */
	protected void onDispose(Runnable disposer) {
		disposers.add(disposer);
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		managedForm.getForm().setText(getTitle());
		managedForm.getToolkit().decorateFormHeading(managedForm.getForm().getForm());
		createContent(managedForm, managedForm.getForm().getBody());
	}

	/** Builds the page's widgets in {@code body} and binds them to {@link #getFiling()}. */
	protected abstract void createContent(IManagedForm managedForm, Composite body);

	/** Whether this page is where {@code subject} (a model object) is edited: the editor asks when revealing. */
	public boolean canReveal(EObject subject) {
		return false;
	}

	/** Shows {@code subject} and puts the focus on {@code field} (a feature name, may be null) when the page has it. */
	public void reveal(EObject subject, String field) {
	}

	/** Commits edits the page holds back (text typed but not yet a command), before a save or an export. */
	public void commitPendingEdits() {
	}

	/** Builds the content again for a replaced filing; a page not yet shown is built when first shown. */
	void rebuild() {
		IManagedForm managedForm = getManagedForm();
		if (managedForm == null || managedForm.getForm().isDisposed()) {
			return;
		}
		release();
		Composite body = managedForm.getForm().getBody();
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		createContent(managedForm, body);
		managedForm.reflow(true);
	}

	private void release() {
		if (bindings != null) {
			bindings.dispose();
			bindings = null;
		}
		for (Runnable disposer : disposers) {
			disposer.run();
		}
		disposers.clear();
	}

	@Override
	public void dispose() {
		release();
		super.dispose();
	}
}
