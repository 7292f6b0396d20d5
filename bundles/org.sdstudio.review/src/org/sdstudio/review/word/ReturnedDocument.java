package org.sdstudio.review.word;

import java.time.Instant;
import java.util.List;

import org.sdstudio.model.StructuredText;

/**
 * A review document as counsel returned it, read without judging it: for each part found, its text with every
 * tracked change rejected ({@link ReturnedPart#original()}) and accepted ({@link ReturnedPart#returned()}), the
 * tracked revisions with their authors, and the Word comments on it.
 *
 * @param file the document's file name
 * @param digest SHA-256 of the document's bytes (hex)
 * @param sent what SD Studio sent, read from the document's custom XML part; null when it has none (a document
 *            SD Studio did not write, or one an editor stripped of it)
 * @param lastAuthor who saved the document last (its core properties), or null; edits made with tracking off are
 *            attributed to them
 * @param lastSaved when it was saved last, or null
 * @param parts the parts in document order; one part with a null bookmark when the document has no SD Studio
 *            bookmarks (then it holds the whole body)
 * @param problems what the reader could not place, each quoting the text concerned: a bookmark that was deleted,
 *            text outside every part, a bookmark that names no sent part
 */
public record ReturnedDocument(String file, String digest, SentRecord sent, String lastAuthor, Instant lastSaved,
		List<ReturnedPart> parts, List<String> problems) {

	/**
	 * One part's text as returned.
	 *
	 * @param bookmark the SD Studio bookmark it was between, or null for a document without them
	 * @param original the text with every tracked change rejected: what the document held before counsel's
	 *            tracked edits (differs from the sent text where they edited with tracking off)
	 * @param returned the text with every tracked change accepted: counsel's text
	 * @param revisions the tracked revisions in the part, in document order
	 * @param comments the Word comments whose range starts in the part, in document order, replies nested
	 */
	public record ReturnedPart(String bookmark, StructuredText original, StructuredText returned,
			List<TrackedRevision> revisions, List<WordComment> comments) {
	}

	/**
	 * One tracked revision as Word records it.
	 *
	 * @param text the inserted or deleted text (for a formatting change the text reformatted; for a row the row's
	 *            cells joined with " | "; for a paragraph mark an empty string)
	 */
	public record TrackedRevision(Kind kind, String author, Instant date, String text) {

		public enum Kind {
			INSERTED, DELETED, FORMATTED, PARAGRAPH_INSERTED, PARAGRAPH_DELETED, ROW_INSERTED, ROW_DELETED
		}
	}

	/**
	 * A Word comment.
	 *
	 * @param quoted the commented passage as the returned text has it (empty for a comment on a point)
	 * @param offset where the passage starts in the plain text of the part's returned text
	 *            ({@code StructuredTexts.plainText}), or -1 when unknown
	 * @param done marked done (resolved) in Word
	 * @param replies the replies, oldest first
	 */
	public record WordComment(String author, Instant date, String text, String quoted, int offset, boolean done,
			List<WordComment> replies) {
	}
}
