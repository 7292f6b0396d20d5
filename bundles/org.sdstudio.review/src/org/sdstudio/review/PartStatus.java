package org.sdstudio.review;

import java.time.Instant;
import java.util.List;

import org.sdstudio.model.ReviewState;
import org.sdstudio.model.Revision;

/**
 * Where a part stands in review, as everything that shows it (the Review page, the report tree, the CLI table) and
 * the rules use it.
 *
 * @param state the effective state: a part recorded as approved whose content no longer matches the approved
 *            revision is a Draft
 * @param approved the revision last approved (kept after the part changed), or null
 * @param changedSinceApproval the part's title or text differ from the approved revision's
 * @param latest the revision submitted last, or null
 * @param openComments unresolved comment threads on the part
 * @param problems what is wrong with the review data itself (a missing revision, ...), one sentence each
 */
public record PartStatus(ReviewPart part, ReviewState state, Revision approved, String approvedBy,
		Instant approvedAt, boolean changedSinceApproval, Revision latest, int openComments, List<String> problems) {

	public boolean isApproved() {
		return state == ReviewState.APPROVED;
	}

	/** "Draft", "In review", "Changes requested", "Approved". */
	public String stateName() {
		return name(state);
	}

	public static String name(ReviewState state) {
		return switch (state) {
		case DRAFT -> "Draft";
		case IN_REVIEW -> "In review";
		case CHANGES_REQUESTED -> "Changes requested";
		case APPROVED -> "Approved";
		};
	}

	/** The state with the changed mark, e.g. "Draft (changed since approval)". */
	public String describe() {
		return stateName() + (changedSinceApproval ? " (changed since approval)" : "");
	}
}
