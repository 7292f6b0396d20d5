package org.sdstudio.ui.internal.intake;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Filing > Import CMRT Workbooks...: the import wizard on the active filing editor. */
public final class ImportCmrtHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof FilingEditor filingEditor) {
			IntakeWizards.importCmrt(HandlerUtil.getActiveShell(event), filingEditor);
		}
		return null;
	}
}
