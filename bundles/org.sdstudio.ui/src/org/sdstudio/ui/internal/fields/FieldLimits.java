package org.sdstudio.ui.internal.fields;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.sdstudio.model.validation.FieldLimitRules;

/**
 * The length limits of the validator ({@link FieldLimitRules}) at the editor's fields: typing or pasting stops at the
 * field's limit. Only what the user types or pastes into the field is cut: a longer value read from a file or restored
 * by an undo is shown whole, and the validator marks it, so nothing is shortened behind the user's back.
 */
public final class FieldLimits {

	private FieldLimits() {
	}

	public static void apply(Text text, EStructuralFeature feature) {
		int one = FieldLimitRules.limitOf(feature);
		// a list in one field (notification addresses): each value's limit, and ", " between them
		int values = !feature.isMany() ? 1 : feature.getUpperBound() > 0 ? feature.getUpperBound() : 10;
		int limit = one * values + 2 * (values - 1);
		text.setData("textLimit", limit);
		text.addListener(SWT.Verify, event -> {
			// a whole new content is the binding showing the model (a file, an undo): never cut
			boolean wholeContent = event.start == 0 && event.end == text.getCharCount() && text.getCharCount() > 0;
			if (!text.isFocusControl() || event.text == null || wholeContent) {
				return;
			}
			int after = text.getCharCount() - (event.end - event.start) + event.text.length();
			if (after > limit) {
				int room = Math.max(0, limit - (text.getCharCount() - (event.end - event.start)));
				event.text = event.text.substring(0, Math.min(room, event.text.length()));
			}
		});
	}
}
