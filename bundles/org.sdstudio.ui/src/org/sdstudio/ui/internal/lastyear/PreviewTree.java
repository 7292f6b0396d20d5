package org.sdstudio.ui.internal.lastyear;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A read-only tree of text lines, what the import and roll-forward wizards show. */
final class PreviewTree {

	private PreviewTree() {
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
