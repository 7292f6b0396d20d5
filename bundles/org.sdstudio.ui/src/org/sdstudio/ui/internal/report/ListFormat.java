package org.sdstudio.ui.internal.report;

import org.sdstudio.model.ListStyle;

/**
 * One list of the document while it is edited: lines that point to the same instance belong to the same list
 * (identity, not equality, tells two lists of the same style apart).
 */
public final class ListFormat {

	private final ListStyle style;
	private final int start;

	public ListFormat(ListStyle style, int start) {
		this.style = style;
		this.start = start;
	}

	public ListStyle style() {
		return style;
	}

	/** The number of the first item (1 unless the list continues an earlier numbering). */
	public int start() {
		return start;
	}

	/** A new, distinct list with the same style that numbers from its own start. */
	public ListFormat fresh() {
		return new ListFormat(style, start);
	}

	/** The style a list nested in this one gets: letters under numbers, roman numerals under letters. */
	public ListStyle nestedStyle() {
		return switch (style) {
		case DECIMAL -> ListStyle.LOWER_ALPHA;
		case LOWER_ALPHA -> ListStyle.LOWER_ROMAN;
		default -> style;
		};
	}
}
