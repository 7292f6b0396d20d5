package org.sdstudio.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The studio's one perspective: outline on the left, the filing editor in the centre, findings below it. */
public class FilingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.sdstudio.ui.perspective.filing";
	public static final String FINDINGS_VIEW = "org.sdstudio.ui.views.findings";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.LEFT, 0.22f, editors);
		IFolderLayout bottom = layout.createFolder("org.sdstudio.ui.bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(FINDINGS_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(FINDINGS_VIEW);
	}
}
