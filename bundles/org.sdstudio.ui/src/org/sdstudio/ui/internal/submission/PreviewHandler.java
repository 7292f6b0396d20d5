package org.sdstudio.ui.internal.submission;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sdstudio.ui.internal.editor.FilingEditor;

/**
 * Filing > Preview: shows the Form SD or (parameter {@code document=ex101}) Exhibit 1.01 of the last export, or of
 * a draft made for the preview.
 */
public class PreviewHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.sdstudio.ui.commands.preview";
	public static final String DOCUMENT_PARAMETER = "org.sdstudio.ui.commands.preview.document";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof FilingEditor editor) {
			Preview.Document document = "ex101".equals(event.getParameter(DOCUMENT_PARAMETER))
					? Preview.Document.EXHIBIT_101 : Preview.Document.FORM_SD;
			Preview.show(HandlerUtil.getActiveShell(event), editor, document);
		}
		return null;
	}
}
