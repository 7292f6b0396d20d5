package org.sdstudio.review;

import java.util.Iterator;

import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewAction;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.ReviewEvent;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.Revision;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SectionReview;

/**
 * The review side of starting next year's filing from this year's: every part goes back to Draft (last year's
 * approval is not carried), its text as filed is kept as a revision named "As filed for YYYY", the base for the
 * blackline against last year, and last year's comments go unless asked to keep the open ones.
 * <p>
 * Resolved threads always go: they were settled on last year's text, which the "As filed" revision keeps. Open
 * threads are dropped too unless {@code keepOpenComments}; kept ones stay anchored to their passage.
 * <p>
 * Works directly on the filing, which must be the roll-forward's own copy, and before anything in its text moves on,
 * so the revision holds the text as filed.
 */
public final class ReviewRollForward {

	/**
	 * What was done: parts reset, approvals that still held and were not carried, open comments dropped or kept,
	 * resolved comments dropped.
	 */
	public record Result(int parts, String revisionName, int approvalsCleared, int openDropped, int openKept,
			int resolvedDropped) {

		/** One line for the roll-forward summary. */
		public String describe() {
			String comments = openKept > 0 ? openKept + " open comment(s) kept" : openDropped + " open comment(s) dropped";
			return parts + " part(s) back to Draft, their filed text kept as revision '" + revisionName + "'"
					+ (approvalsCleared > 0 ? " (" + approvalsCleared + " approval(s) not carried)" : "") + "; "
					+ comments + (resolvedDropped > 0 ? "; " + resolvedDropped + " resolved comment(s) dropped" : "");
		}
	}

	private ReviewRollForward() {
	}

	/** The name (the note) of the revision that keeps a part's text as filed for {@code year}. */
	public static String revisionName(int year) {
		return "As filed for " + year;
	}

	/**
	 * Resets the review of every part of {@code filing}, the copy of the filing for {@code filedYear} being rolled
	 * forward to {@code toYear}.
	 */
	public static Result apply(Filing filing, int filedYear, int toYear, boolean keepOpenComments,
			Reviewer reviewer) {
		String name = revisionName(filedYear);
		int parts = 0;
		int approvals = 0;
		int openDropped = 0;
		int openKept = 0;
		int resolvedDropped = 0;
		for (ReviewPart part : ReviewParts.of(filing)) {
			Revision asFiled = Reviews.snapshot(part);
			boolean approved = Reviews.status(part).isApproved(); // an approval the text still matches
			SectionReview review = part.review();
			if (review == null) {
				review = SdStudioFactory.eINSTANCE.createSectionReview();
				part.owner().eSet(part.reviewFeature(), review);
			}
			Reviews.stamp(asFiled, part, review, reviewer, name);
			review.getRevisions().add(asFiled);
			if (approved) {
				approvals++;
			}
			if (review.getState() != ReviewState.DRAFT || review.getApprovedRevision() != null) {
				ReviewEvent event = SdStudioFactory.eINSTANCE.createReviewEvent();
				event.setAction(ReviewAction.REOPEN);
				event.setAuthor(reviewer.name());
				event.setTimestamp(reviewer.now());
				event.setNote("Rolled forward to " + toYear + "; the review of " + filedYear + " is not carried");
				event.setRevision(asFiled.getId());
				review.getEvents().add(event);
			}
			review.setState(ReviewState.DRAFT);
			review.getProposals().clear(); // last year's pending proposals were about last year's text
			review.setApprovedRevision(null);
			review.setApprovedBy(null);
			review.setApprovedAt(null);
			for (Iterator<ReviewComment> it = review.getComments().iterator(); it.hasNext();) {
				ReviewComment thread = it.next();
				if (thread.isResolved()) {
					it.remove();
					resolvedDropped++;
				} else if (keepOpenComments) {
					openKept++;
				} else {
					it.remove();
					openDropped++;
				}
			}
			parts++;
		}
		return new Result(parts, name, approvals, openDropped, openKept, resolvedDropped);
	}
}
