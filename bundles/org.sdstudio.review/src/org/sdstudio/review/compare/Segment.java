package org.sdstudio.review.compare;

/**
 * A stretch of a compared block: unchanged, inserted, deleted, or the same text with another formatting. A deletion
 * directly followed by an insertion is one replacement and shares its change number.
 *
 * @param change the change number (1-based, in reading order) or 0 for unchanged text
 * @param words how many words the stretch holds (punctuation and spaces are not words)
 */
public record Segment(Op op, String text, Format oldFormat, Format newFormat, int change, int words) {

	public enum Op {
		EQUAL, INSERT, DELETE, FORMAT
	}

	/** The formatting the text has on the side it is on (the new side, except for deletions). */
	public Format format() {
		return op == Op.DELETE ? oldFormat : newFormat;
	}
}
