package org.sdstudio.ui.internal.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Filing > Check HTML Files...: EDGAR's rules on HTML documents chosen by the user, from any tool. */
public class CheckHtmlHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText("Check HTML Files Against EDGAR's Rules");
		dialog.setFilterExtensions(new String[] { "*.htm;*.html", "*.*" });
		dialog.setFilterNames(new String[] { "HTML documents (*.htm, *.html)", "All files" });
		if (dialog.open() == null) {
			return null;
		}
		List<Path> files = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			files.add(Path.of(dialog.getFilterPath(), name));
		}
		new HtmlCheckDialog(shell, files).open();
		return null;
	}
}
