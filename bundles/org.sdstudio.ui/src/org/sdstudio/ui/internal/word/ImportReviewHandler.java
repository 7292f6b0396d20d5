package org.sdstudio.ui.internal.word;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Filing > Import Review from Word...: counsel's returned document into the active filing. */
public final class ImportReviewHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof FilingEditor editor) {
			ImportReviewWizard.open(HandlerUtil.getActiveShell(event), editor);
		}
		return null;
	}
}
