package org.sdstudio.ui.internal.compare;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Filing > Compare...: the blackline of the active filing against its approved revisions or another filing. */
public class CompareHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.sdstudio.ui.commands.compare";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof FilingEditor editor) {
			open(HandlerUtil.getActiveShell(event), editor);
		}
		return null;
	}

	/** Opens the Compare dialog on the editor's filing with the text as typed (also the Review page's Compare...). */
	public static void open(org.eclipse.swt.widgets.Shell shell, FilingEditor editor) {
		editor.commitPendingEdits();
		new CompareDialog(shell, editor.getFiling(), editor.getFile().getFileName().toString()).open();
	}
}
