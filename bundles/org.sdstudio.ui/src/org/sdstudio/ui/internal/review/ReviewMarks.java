package org.sdstudio.ui.internal.review;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.edit.command.SectionCommands;
import org.sdstudio.model.edit.label.FilingLabels;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;

/** The review state of a part as the report tree, the outline and the Cover page show it. */
public final class ReviewMarks {

	private ReviewMarks() {
	}

	/** The status of the part that is {@code owner} (a section, an item, Annex A), if it is one. */
	public static Optional<PartStatus> status(EObject owner) {
		if (owner == null || !(EcoreUtil.getRootContainer(owner) instanceof Filing filing)) {
			return Optional.empty();
		}
		return ReviewParts.forOwner(filing, owner).map(Reviews::status);
	}

	/** A section's state as the review rules see it: an approved section edited since its approval is a draft. */
	public static ReviewState state(ReportSection section) {
		return status(section).map(PartStatus::state).orElseGet(() -> SectionCommands.state(section));
	}

	/** A section's mark for the report tree and the Report page: the state, changed since approval, open comments. */
	public static String sectionMark(ReportSection section) {
		String mark = mark(section);
		return mark.isEmpty() ? FilingLabels.reviewState(state(section)) : mark;
	}

	/** "Approved", "Draft, changed since approval", ...; empty when the object is not a reviewable part. */
	public static String mark(EObject owner) {
		return status(owner).map(s -> s.stateName() + (s.changedSinceApproval() ? ", changed since approval" : "")
				+ (s.openComments() > 0 ? ", " + s.openComments() + " open comment" + (s.openComments() == 1 ? "" : "s")
						: "")).orElse("");
	}

	/** One line for a part's heading: state, who approved which revision when, open comments. */
	public static String line(EObject owner) {
		return status(owner).map(ReviewMarks::line).orElse("");
	}

	static String line(PartStatus s) {
		StringBuilder text = new StringBuilder("Review: ").append(s.stateName());
		if (s.changedSinceApproval()) {
			text.append(" (changed since approval)");
		}
		if (s.approved() != null) {
			text.append(" \u2013 ").append(s.isApproved() ? "approved " : "last approved ").append(s.approved().getId());
			if (s.approvedBy() != null) {
				text.append(" by ").append(s.approvedBy());
			}
			if (s.approvedAt() != null) {
				text.append(", ").append(ReviewFormat.when(s.approvedAt()));
			}
		}
		if (s.openComments() > 0) {
			text.append(" \u2013 ").append(s.openComments()).append(" open comment")
					.append(s.openComments() == 1 ? "" : "s");
		}
		return text.toString();
	}
}
