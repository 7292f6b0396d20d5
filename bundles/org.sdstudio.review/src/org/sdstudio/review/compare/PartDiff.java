package org.sdstudio.review.compare;

/**
 * One part of a compared filing (a section, a Form SD item, Annex A as text): its ids and titles on both sides and
 * its text compared.
 *
 * @param id the part id on the new side (on the old side for a removed part)
 * @param label what a reader calls it
 * @param matchedBy how the two sides were found to be the same part: "id", "kind", "title", "text", or empty
 * @param text the comparison of its text (old against new; for an added part old is empty, for a removed one new)
 */
public record PartDiff(String id, String label, Status status, String oldTitle, String newTitle, String matchedBy,
		TextComparison text) {

	public enum Status {
		/** Only on the new side. */
		ADDED,
		/** Only on the old side. */
		REMOVED,
		CHANGED, UNCHANGED,
		/** Compared against its approved revision, but it has none. */
		NO_BASE
	}

	public boolean titleChanged() {
		return oldTitle != null && newTitle != null && !oldTitle.strip().equals(newTitle.strip());
	}

	public boolean changed() {
		return status != Status.UNCHANGED && status != Status.NO_BASE;
	}
}
