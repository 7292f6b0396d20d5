package org.sdstudio.ui.internal.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.sdstudio.model.Filing;
import org.sdstudio.ui.internal.review.ReviewLabels;

/**
 * The Outline view's page for a filing: its parts as the model's item providers present them (cover parts, form
 * items, report sections, Annex A, suppliers). Selecting an element shows it in the editor.
 */
class FilingOutlinePage extends ContentOutlinePage {

	private final FilingEditor editor;
	private boolean revealing;

	FilingOutlinePage(FilingEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(ItemProviderAdapters.treeContent(editor.getAdapterFactory()));
		viewer.setLabelProvider(ReviewLabels.withReviewState(ItemProviderAdapters.labels(editor.getAdapterFactory())));
		ReviewLabels.refreshOnChange(viewer, editor);
		setFiling(editor.getFiling());
		viewer.addSelectionChangedListener(event -> {
			if (!revealing && event.getStructuredSelection().getFirstElement() instanceof EObject element) {
				revealing = true;
				try {
					editor.reveal(element, null);
				} finally {
					revealing = false;
				}
			}
		});
	}

	void setFiling(Filing filing) {
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(java.util.List.of(filing));
			viewer.expandToLevel(2);
		}
	}

	IStructuredSelection selection() {
		return getTreeViewer().getStructuredSelection();
	}
}
