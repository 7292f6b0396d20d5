package org.sdstudio.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.sdstudio.ui.internal.editor.RecentFiles;

/** File > Recent Filings: the last filings opened, rebuilt each time the menu opens. */
class RecentFilesMenu extends ContributionItem {

	private final IWorkbenchWindow window;

	RecentFilesMenu(IWorkbenchWindow window) {
		super("org.sdstudio.ui.recentFilings");
		this.window = window;
	}

	@Override
	public boolean isDynamic() {
		return true;
	}

	@Override
	public void fill(Menu menu, int index) {
		List<Path> files = RecentFiles.list();
		if (files.isEmpty()) {
			MenuItem none = new MenuItem(menu, SWT.PUSH, index);
			none.setText("(none yet)");
			none.setEnabled(false);
			return;
		}
		int number = 1;
		for (Path file : files) {
			MenuItem item = new MenuItem(menu, SWT.PUSH, index++);
			item.setText("&" + number++ + " " + file.getFileName() + "  \u2013  " + file.getParent());
			item.addListener(SWT.Selection, event -> OpenFilingAction.open(window, file));
		}
	}
}
