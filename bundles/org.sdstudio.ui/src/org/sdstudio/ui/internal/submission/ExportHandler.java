package org.sdstudio.ui.internal.submission;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Filing > Export EDGAR Package...: the export wizard on the active filing editor. */
public class ExportHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.sdstudio.ui.commands.exportEdgar";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof FilingEditor editor) {
			new WizardDialog(HandlerUtil.getActiveShell(event), new ExportWizard(editor)).open();
		}
		return null;
	}
}
