package org.sdstudio.ui.internal.lastyear;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Keeps the start page in the editor area exactly while no filing is open in the window. */
public final class StartPages implements IPartListener2 {

	private final IWorkbenchWindow window;

	private StartPages(IWorkbenchWindow window) {
		this.window = window;
	}

	/** Shows the start page now if no filing is open, and from now on whenever the last one closes. */
	public static void install(IWorkbenchWindow window) {
		StartPages pages = new StartPages(window);
		window.getPartService().addPartListener(pages);
		pages.later(); // once the window's page is in place
	}

	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		if (FilingEditor.ID.equals(ref.getId())) {
			later();
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		if (FilingEditor.ID.equals(ref.getId())) {
			later();
		}
	}

	private void later() {
		Display display = window.getShell() == null ? null : window.getShell().getDisplay();
		if (display != null && !display.isDisposed()) {
			display.asyncExec(this::update);
		}
	}

	/** Opens or closes the start page to match: shown when no filing editor is open, closed otherwise. */
	void update() {
		IWorkbenchPage page = window.getActivePage();
		if (page == null || window.getWorkbench().isClosing()) {
			return;
		}
		boolean filings = false;
		IEditorReference start = null;
		for (IEditorReference ref : page.getEditorReferences()) {
			filings |= FilingEditor.ID.equals(ref.getId());
			if (StartPage.ID.equals(ref.getId())) {
				start = ref;
			}
		}
		if (filings && start != null) {
			page.closeEditors(new IEditorReference[] { start }, false);
		} else if (!filings && start == null) {
			try {
				page.openEditor(new StartPage.Input(), StartPage.ID, true);
			} catch (PartInitException e) {
				// without a start page the studio still works: the menus do the same
			}
		}
	}
}
