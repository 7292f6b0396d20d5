package org.sdstudio.ui.internal.lastyear;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** File > Roll Forward to Next Year...: the wizard, starting from the active filing when there is one. */
public class RollForwardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IEditorPart editor = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		Path initial = editor instanceof FilingEditor f ? f.getFile() : null;
		new WizardDialog(window.getShell(), new RollForwardWizard(window, initial)).open();
		return null;
	}
}
