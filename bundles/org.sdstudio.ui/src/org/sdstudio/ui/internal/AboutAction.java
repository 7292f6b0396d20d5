package org.sdstudio.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;

/** Help > About SD Studio. */
public class AboutAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	public AboutAction(IWorkbenchWindow window) {
		super("&About SD Studio");
		this.window = window;
		setId("org.sdstudio.ui.about");
	}

	@Override
	public void run() {
		new AboutDialog(window.getShell()).open();
	}

	@Override
	public void dispose() {
		window = null;
	}
}
