package org.sdstudio.review.compare;

/**
 * One numbered change of a text comparison, as a reviewer accepts or rejects it: a word or passage inserted,
 * deleted or replaced, a formatting change, a block inserted or deleted, a block's style changed, a table row
 * inserted or deleted.
 *
 * @param number 1-based, in reading order
 * @param where the block it is in, e.g. "Paragraph 3", "List item 2", "Table 1, row 4, cell 2"
 * @param oldText the base text of the change (empty for an insertion)
 * @param newText the changed text (empty for a deletion)
 * @param detail for a formatting or style change, what it was and what it is ("plain to bold"); else empty
 */
public record Change(int number, Kind kind, String where, String oldText, String newText, String detail) {

	public enum Kind {
		INSERTED, DELETED, REPLACED, FORMATTED, BLOCK_INSERTED, BLOCK_DELETED, STYLE_CHANGED, ROW_INSERTED, ROW_DELETED
	}

	/** One line: "3  replaced in Paragraph 2: "filed" by "submitted"". */
	public String describe() {
		return switch (kind) {
		case INSERTED -> "inserted in " + where + ": \"" + shorten(newText) + "\"";
		case DELETED -> "deleted in " + where + ": \"" + shorten(oldText) + "\"";
		case REPLACED -> "replaced in " + where + ": \"" + shorten(oldText) + "\" by \"" + shorten(newText) + "\"";
		case FORMATTED -> "formatting changed in " + where + ": \"" + shorten(newText) + "\" (" + detail + ")";
		case BLOCK_INSERTED -> where + " inserted: \"" + shorten(newText) + "\"";
		case BLOCK_DELETED -> where + " deleted: \"" + shorten(oldText) + "\"";
		case STYLE_CHANGED -> where + " changed: " + detail;
		case ROW_INSERTED -> where + " inserted: \"" + shorten(newText) + "\"";
		case ROW_DELETED -> where + " deleted: \"" + shorten(oldText) + "\"";
		};
	}

	static String shorten(String s) {
		String t = s.strip().replaceAll("\\s+", " ");
		return t.length() <= 80 ? t : t.substring(0, 77) + "...";
	}
}
