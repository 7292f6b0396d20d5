package org.sdstudio.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;

/** File > New Filing...: the New Filing wizard. */
public class NewFilingAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	public NewFilingAction(IWorkbenchWindow window) {
		super("&New Filing...");
		this.window = window;
		setId("org.sdstudio.ui.newFiling");
		setActionDefinitionId("org.sdstudio.ui.commands.newFiling");
		setToolTipText("Start a new Form SD filing");
		setImageDescriptor(window.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
	}

	@Override
	public void run() {
		new WizardDialog(window.getShell(), new NewFilingWizard(window)).open();
	}

	@Override
	public void dispose() {
		window = null;
	}
}
