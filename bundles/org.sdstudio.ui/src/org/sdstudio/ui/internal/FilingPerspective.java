package org.sdstudio.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The studio's one perspective: the filing editor in the centre (outline and findings views join it later). */
public class FilingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.sdstudio.ui.perspective.filing";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
	}
}
