package org.sdstudio.ui.internal.word;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Filing > Send for Review in Word...: the parts to send and the file, for the active filing. */
public final class SendForReviewHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof FilingEditor editor) {
			SendForReviewDialog.open(HandlerUtil.getActiveShell(event), editor);
		}
		return null;
	}
}
