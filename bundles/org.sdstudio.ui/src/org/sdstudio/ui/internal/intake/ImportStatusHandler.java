package org.sdstudio.ui.internal.intake;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Filing > Import Status List...: the status list wizard on the active filing editor. */
public final class ImportStatusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof FilingEditor filingEditor) {
			IntakeWizards.importStatusList(HandlerUtil.getActiveShell(event), filingEditor);
		}
		return null;
	}
}
