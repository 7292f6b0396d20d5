package org.sdstudio.ui.internal.lastyear;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A read-only tree of text lines, what the import and roll-forward wizards show. */
final class PreviewTree {

	private PreviewTree() {
	}

	/** The tree filling a wizard page, named {@code name} for tests; its parent is the page's control. */
	static Tree create(Composite parent, String name) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout());
		Tree tree = new Tree(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setData("name", name);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 380; // room for the whole list of sections or changes without scrolling
		data.widthHint = 760;
		tree.setLayoutData(data);
		return tree;
	}

	static void clear(Tree tree) {
		tree.removeAll();
	}

	static TreeItem item(Tree tree, String text) {
		TreeItem item = new TreeItem(tree, 0);
		item.setText(text);
		return item;
	}

	static TreeItem child(TreeItem parent, String text) {
		TreeItem item = new TreeItem(parent, 0);
		item.setText(text);
		return item;
	}

	static void expand(Tree tree) {
		for (TreeItem item : tree.getItems()) {
			item.setExpanded(true);
		}
	}
}
