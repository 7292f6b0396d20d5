package org.sdstudio.ui.internal.report;

import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.Table;

/**
 * What block one line of the editor belongs to: a top-level paragraph, a paragraph of a list item (at the outer
 * level or in the one nested level), or a line of a read-only table. Immutable; the {@code with...} methods copy.
 *
 * @param list the outer list the line is in, or null for a top-level line
 * @param itemStart the line begins a new item of {@code list} (false: a further paragraph of the same item)
 * @param nested the nested list inside the item, or null
 * @param nestedItemStart the line begins a new item of {@code nested}
 * @param style the paragraph style
 * @param table the table this line shows (read-only), or null
 */
public record LineInfo(ListFormat list, boolean itemStart, ListFormat nested, boolean nestedItemStart,
		ParagraphStyle style, Table table) {

	public static final LineInfo BODY = new LineInfo(null, false, null, false, ParagraphStyle.BODY, null);

	public static LineInfo paragraph(ParagraphStyle style) {
		return new LineInfo(null, false, null, false, style, null);
	}

	public boolean isList() {
		return list != null;
	}

	public boolean isTable() {
		return table != null;
	}

	/** 0 for top-level and outer list lines, 1 in a nested list. */
	public int level() {
		return nested != null ? 1 : 0;
	}

	/** The line shows a bullet or number: it begins an item at its level. */
	public boolean hasBullet() {
		return nested != null ? nestedItemStart : list != null && itemStart;
	}

	/** The list at this line's level (nested when there is one), or null. */
	public ListFormat innermostList() {
		return nested != null ? nested : list;
	}

	public LineInfo withList(ListFormat newList, boolean newItemStart) {
		return new LineInfo(newList, newItemStart, newList == null ? null : nested,
				newList != null && nestedItemStart, style, table);
	}

	public LineInfo withNested(ListFormat newNested, boolean newNestedItemStart) {
		return new LineInfo(list, itemStart, newNested, newNested != null && newNestedItemStart, style, table);
	}

	public LineInfo withItemStart(boolean value) {
		return new LineInfo(list, value, nested, nestedItemStart, style, table);
	}

	public LineInfo withStyle(ParagraphStyle newStyle) {
		return new LineInfo(list, itemStart, nested, nestedItemStart, newStyle, table);
	}

	/** A paragraph outside any list, with this line's style. */
	public LineInfo outsideLists() {
		return new LineInfo(null, false, null, false, style, null);
	}

	/**
	 * The line that Enter makes after this one: a new item of the same list at the same level; a body paragraph
	 * after a subheading (unless {@code keepStyle}).
	 */
	public LineInfo next(boolean keepStyle) {
		ParagraphStyle nextStyle = keepStyle ? style : ParagraphStyle.BODY;
		if (nested != null) {
			return new LineInfo(list, false, nested, true, nextStyle, null);
		}
		return new LineInfo(list, list != null, null, false, nextStyle, null);
	}
}
