package org.sdstudio.ui.internal.review;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Label;
import org.sdstudio.model.Filing;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Review state on labels outside the Review page: the outline's parts and the Cover page's items. */
public final class ReviewLabels {

	private ReviewLabels() {
	}

	/** The labels of {@code base}, with " [state]" after every reviewable part. */
	public static LabelProvider withReviewState(LabelProvider base) {
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				String text = base.getText(element);
				String mark = element instanceof EObject object ? ReviewMarks.mark(object) : "";
				return mark.isEmpty() ? text : text + "   [" + mark + "]";
			}

			@Override
			public Image getImage(Object element) {
				return base.getImage(element);
			}

			@Override
			public void dispose() {
				base.dispose();
				super.dispose();
			}
		};
	}

	/** Updates the parts' labels in {@code viewer} after every command (a review change or an edit of a part). */
	public static void refreshOnChange(StructuredViewer viewer, FilingEditor editor) {
		CommandStackListener listener = (EventObject event) -> viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed() && editor.getFiling() != null) {
				viewer.update(ReviewParts.of(editor.getFiling()).stream().map(ReviewPart::owner).toArray(), null);
			}
		});
		editor.getEditingDomain().getCommandStack().addCommandStackListener(listener);
		viewer.getControl().addListener(org.eclipse.swt.SWT.Dispose,
				e -> editor.getEditingDomain().getCommandStack().removeCommandStackListener(listener));
	}

	/** Keeps {@code label} showing the review line of {@code owner} (an item on the Cover page) after every command. */
	public static void track(Label label, EObject owner, FilingEditor editor) {
		String id = EcoreUtil.getRootContainer(owner) instanceof Filing filing
				? ReviewParts.forOwner(filing, owner).map(ReviewPart::id).orElse("") : "";
		label.setData("name", "review." + id);
		label.setText(ReviewMarks.line(owner));
		CommandStackListener listener = event -> label.getDisplay().asyncExec(() -> {
			if (!label.isDisposed()) {
				label.setText(ReviewMarks.line(owner));
				label.getParent().layout(true);
			}
		});
		editor.getEditingDomain().getCommandStack().addCommandStackListener(listener);
		label.addListener(org.eclipse.swt.SWT.Dispose,
				e -> editor.getEditingDomain().getCommandStack().removeCommandStackListener(listener));
	}
}
