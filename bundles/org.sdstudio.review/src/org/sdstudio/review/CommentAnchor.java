package org.sdstudio.review;

import org.sdstudio.model.ReviewComment;

/**
 * Where a comment's passage is in its part's text now. The comment keeps the quoted passage, the position it had
 * and a few characters on either side; the passage is looked up again in the current text, so edits before or after
 * it only move it. When the quote is no longer there but the text around it is, the passage was changed; when
 * neither is, it is gone. The quote itself is always kept to show.
 *
 * @param start where the passage (or, when changed, what stands in its place) starts in the plain text; -1 if gone
 * @param end where it ends (exclusive)
 */
public record CommentAnchor(Status status, int start, int end, String quote) {

	public enum Status {
		/** The comment is on the whole part. */
		NONE,
		/** The quoted passage is there. */
		FOUND,
		/** The text around the passage is there, the passage itself was edited. */
		CHANGED,
		/** Neither the passage nor the text around it is there. */
		GONE
	}

	private static final int NEAR = 400;

	/** Finds the comment's passage in the part's current plain text. */
	public static CommentAnchor locate(ReviewComment comment, String text) {
		String quote = comment.getQuotedText();
		if (quote == null || quote.isEmpty()) {
			return new CommentAnchor(Status.NONE, -1, -1, "");
		}
		String before = comment.getContextBefore() == null ? "" : comment.getContextBefore();
		String after = comment.getContextAfter() == null ? "" : comment.getContextAfter();
		int wanted = Math.max(comment.getAnchorOffset(), 0);
		int best = -1;
		int bestScore = Integer.MIN_VALUE;
		for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
			// the occurrence with the same surroundings wins; among equals, the one nearest its old place
			int score = (text.startsWith(before, at - before.length()) ? 2_000_000 : 0)
					+ (text.startsWith(after, at + quote.length()) ? 1_000_000 : 0) - Math.min(Math.abs(at - wanted), 999_999);
			if (score > bestScore) {
				bestScore = score;
				best = at;
			}
		}
		if (best >= 0) {
			return new CommentAnchor(Status.FOUND, best, best + quote.length(), quote);
		}
		if (before.isEmpty() && after.isEmpty()) {
			return new CommentAnchor(Status.GONE, -1, -1, quote);
		}
		// the passage was edited: the text that stood before it and the text after it are still near each other
		int start = before.isEmpty() ? 0 : nearest(text, before, wanted - before.length());
		if (start >= 0) {
			int from = before.isEmpty() ? 0 : start + before.length();
			int end = after.isEmpty() ? Math.min(text.length(), from + quote.length())
					: text.indexOf(after, from);
			if (end >= from && end - from <= quote.length() + NEAR) {
				return new CommentAnchor(Status.CHANGED, from, end, quote);
			}
		}
		return new CommentAnchor(Status.GONE, -1, -1, quote);
	}

	private static int nearest(String text, String part, int wanted) {
		int best = -1;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			if (best < 0 || Math.abs(at - wanted) < Math.abs(best - wanted)) {
				best = at;
			}
		}
		return best;
	}

	/** "", "passage changed", "passage gone": what a list of comments says next to the quote. */
	public String describe() {
		return switch (status) {
		case NONE, FOUND -> "";
		case CHANGED -> "passage changed";
		case GONE -> "passage gone";
		};
	}
}
