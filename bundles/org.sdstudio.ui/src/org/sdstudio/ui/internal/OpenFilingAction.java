package org.sdstudio.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.RecentFiles;

/** File > Open Filing...: a file dialog on {@code *.sdfiling}, then the filing editor. */
public class OpenFilingAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	public OpenFilingAction(IWorkbenchWindow window) {
		super("&Open Filing...");
		this.window = window;
		setId("org.sdstudio.ui.openFiling");
		setActionDefinitionId("org.sdstudio.ui.commands.openFiling");
		setToolTipText("Open a filing (.sdfiling)");
		setImageDescriptor(window.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Open Filing");
		dialog.setFilterExtensions(new String[] { "*.sdfiling", "*.*" });
		dialog.setFilterNames(new String[] { "Filing files (*.sdfiling)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			open(window, Path.of(chosen));
		}
	}

	/** Opens {@code file} in a filing editor; a file that cannot be read gets a message saying why. */
	public static FilingEditor open(IWorkbenchWindow window, Path file) {
		try {
			return FilingEditor.open(window.getActivePage(), file);
		} catch (PartInitException e) {
			RecentFiles.remove(file);
			Prompts.error(window.getShell(), "Could Not Open Filing", e.getMessage());
			return null;
		}
	}

	@Override
	public void dispose() {
		window = null;
	}
}
