package org.sdstudio.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewAction;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.ReviewEvent;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.Revision;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SectionReview;
import org.sdstudio.review.internal.PartContent;

/**
 * The review rules: where each part stands, and the operations on it as {@link ReviewCommand}s.
 * <ul>
 * <li>Submit (from Draft or Changes requested): takes a revision, a copy of the part's title and text, with a note;
 * the part is In review.</li>
 * <li>Approve (only from In review, and only while the text is still the submitted revision's): records that
 * revision as approved, by whom and when.</li>
 * <li>Request changes (only from In review): needs a comment saying what to change.</li>
 * <li>Reopen (from In review, Changes requested or Approved): back to Draft; an approved revision stays recorded.</li>
 * </ul>
 * A part whose content differs from its approved revision is "changed since approval" and counts as a Draft, however
 * it was changed (in the studio, by the CLI, in the file): the state is worked out from a digest of the content
 * against the approved revision's, never from a flag someone had to remember to set.
 */
public final class Reviews {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;
	private static final int CONTEXT = 32;

	private Reviews() {
	}

	// ------------------------------------------------------------------ where a part stands

	public static PartStatus status(ReviewPart part) {
		SectionReview review = part.review();
		if (review == null) {
			return new PartStatus(part, ReviewState.DRAFT, null, null, null, false, null, 0, List.of());
		}
		List<String> problems = new ArrayList<>();
		String approvedId = review.getApprovedRevision();
		Revision approved = approvedId == null || approvedId.isBlank() ? null : revision(review, approvedId);
		if (approvedId != null && !approvedId.isBlank() && approved == null) {
			problems.add(part.label() + " names " + approvedId + " as its approved revision, but has no revision "
					+ "of that id" + known(review) + "; it counts as not approved.");
		}
		ReviewState stored = review.getState();
		if (stored == ReviewState.APPROVED && (approvedId == null || approvedId.isBlank())) {
			problems.add(part.label() + " is marked approved but records no approved revision; it counts as not "
					+ "approved.");
		}
		if (stored == ReviewState.IN_REVIEW && review.getRevisions().isEmpty()) {
			problems.add(part.label() + " is in review but no revision of it was submitted.");
		}
		boolean changed = approved != null && !digest(approved).equals(part.digest());
		ReviewState state = stored == ReviewState.APPROVED && (approved == null || changed) ? ReviewState.DRAFT
				: stored;
		Revision latest = review.getRevisions().isEmpty() ? null
				: review.getRevisions().get(review.getRevisions().size() - 1);
		int open = (int) review.getComments().stream().filter(c -> !c.isResolved()).count();
		return new PartStatus(part, state, approved, approved == null ? null : review.getApprovedBy(),
				approved == null ? null : review.getApprovedAt(), changed, latest, open, List.copyOf(problems));
	}

	public static List<PartStatus> statuses(Filing filing) {
		return ReviewParts.of(filing).stream().map(Reviews::status).toList();
	}

	/** The parts a final export waits for while the filing requires approval (empty when it does not). */
	public static List<PartStatus> blockingExport(Filing filing) {
		return filing.isRequireApproval() ? statuses(filing).stream().filter(s -> !s.isApproved()).toList()
				: List.of();
	}

	/** The digest of a revision's title and snapshot, comparable with {@link ReviewPart#digest()}. */
	public static String digest(Revision revision) {
		return PartContent.digest(revision.getTitle(), revision.getSnapshot());
	}

	public static Revision revision(SectionReview review, String id) {
		return review.getRevisions().stream().filter(r -> id.equals(r.getId())).findFirst().orElse(null);
	}

	private static String known(SectionReview review) {
		return review.getRevisions().isEmpty() ? ""
				: " (it has " + String.join(", ", review.getRevisions().stream().map(Revision::getId).toList()) + ")";
	}

	// ------------------------------------------------------------------ transitions

	public static ReviewCommand submit(ReviewPart part, Reviewer reviewer, String note) {
		String label = "Submit " + part.label() + " for Review";
		PartStatus status = status(part);
		switch (status.state()) {
		case IN_REVIEW:
			return ReviewCommand.refused(label, part.label() + " is already in review"
					+ (status.latest() == null ? "" : " (revision " + status.latest().getId() + ")")
					+ "; approve it, request changes or reopen it before submitting again.");
		case APPROVED:
			return ReviewCommand.refused(label, part.label() + " is approved and unchanged since (revision "
					+ status.approved().getId() + "); reopen it before submitting a new revision.");
		default:
			break;
		}
		Revision revision = snapshot(part);
		return new ReviewCommand(label, part, review -> {
			stamp(revision, part, review, reviewer, note);
			review.getRevisions().add(revision);
			review.setState(ReviewState.IN_REVIEW);
			event(review, ReviewAction.SUBMIT, reviewer, note, revision.getId());
			return revision;
		});
	}

	/**
	 * A revision of the part as it stands now: a copy of its title and text (taken when asked, so later edits do not
	 * reach it); {@link #stamp} gives it its id, author, time and note when it is added.
	 */
	static Revision snapshot(ReviewPart part) {
		Revision revision = F.createRevision();
		revision.setTitle(part.title());
		revision.setSnapshot(EcoreUtil.copy(part.text()));
		return revision;
	}

	static void stamp(Revision revision, ReviewPart part, SectionReview review, Reviewer reviewer, String note) {
		revision.setId(nextId(part, review, "r"));
		revision.setAuthor(reviewer.name());
		revision.setTimestamp(reviewer.now());
		revision.setNote(blankToNull(note));
	}

	public static ReviewCommand approve(ReviewPart part, Reviewer reviewer, String note) {
		String label = "Approve " + part.label();
		PartStatus status = status(part);
		if (status.state() != ReviewState.IN_REVIEW) {
			return ReviewCommand.refused(label, part.label() + " is " + status.describe().toLowerCase()
					+ "; only a part in review can be approved" + (status.state() == ReviewState.APPROVED ? "."
							: ", so submit it for review first."));
		}
		Revision latest = status.latest();
		if (latest == null) {
			return ReviewCommand.refused(label, part.label()
					+ " is in review but has no submitted revision to approve; reopen it and submit it again.");
		}
		if (!digest(latest).equals(part.digest())) {
			return ReviewCommand.refused(label, part.label() + " changed after revision " + latest.getId()
					+ " was submitted; request changes or reopen it and submit the current text.");
		}
		String revisionId = latest.getId();
		return new ReviewCommand(label, part, review -> {
			review.setApprovedRevision(revisionId);
			review.setApprovedBy(reviewer.name());
			review.setApprovedAt(reviewer.now());
			review.setState(ReviewState.APPROVED);
			event(review, ReviewAction.APPROVE, reviewer, note, revisionId);
			return revision(review, revisionId);
		});
	}

	public static ReviewCommand requestChanges(ReviewPart part, Reviewer reviewer, String comment) {
		String label = "Request Changes to " + part.label();
		PartStatus status = status(part);
		if (status.state() != ReviewState.IN_REVIEW) {
			return ReviewCommand.refused(label, part.label() + " is " + status.describe().toLowerCase()
					+ "; changes can only be requested on a part in review.");
		}
		if (comment == null || comment.isBlank()) {
			return ReviewCommand.refused(label,
					"Requesting changes needs a comment that says what to change in " + part.label() + ".");
		}
		String revisionId = status.latest() == null ? null : status.latest().getId();
		return new ReviewCommand(label, part, review -> {
			ReviewComment c = newComment(part, review, reviewer, comment);
			review.getComments().add(c);
			review.setState(ReviewState.CHANGES_REQUESTED);
			event(review, ReviewAction.REQUEST_CHANGES, reviewer, comment, revisionId);
			return c;
		});
	}

	public static ReviewCommand reopen(ReviewPart part, Reviewer reviewer, String note) {
		String label = "Reopen " + part.label();
		PartStatus status = status(part);
		if (status.state() == ReviewState.DRAFT) {
			return ReviewCommand.refused(label, part.label() + " is already a draft"
					+ (status.changedSinceApproval() ? " (changed since approval)" : "") + "; there is nothing to reopen.");
		}
		return new ReviewCommand(label, part, review -> {
			review.setState(ReviewState.DRAFT);
			event(review, ReviewAction.REOPEN, reviewer, note, null);
			return review;
		});
	}

	// ------------------------------------------------------------------ comments

	/** A comment on the whole part. */
	public static ReviewCommand comment(ReviewPart part, Reviewer reviewer, String text) {
		return comment(part, reviewer, text, null, -1);
	}

	/**
	 * A comment anchored to a passage of the part's plain text: {@code quote} at {@code offset}, or at its first
	 * occurrence when the offset is -1. Refused when the passage is not in the text.
	 */
	public static ReviewCommand comment(ReviewPart part, Reviewer reviewer, String text, String quote, int offset) {
		String label = "Comment on " + part.label();
		if (text == null || text.isBlank()) {
			return ReviewCommand.refused(label, "A comment needs a text.");
		}
		String plain = part.plainText();
		int at = -1;
		if (quote != null && !quote.isEmpty()) {
			at = offset >= 0 && plain.startsWith(quote, offset) ? offset : plain.indexOf(quote);
			if (at < 0) {
				return ReviewCommand.refused(label, "The passage \"" + abbreviate(quote) + "\" is not in the text of "
						+ part.label() + ".");
			}
		}
		int start = at;
		return new ReviewCommand(label, part, review -> {
			ReviewComment c = newComment(part, review, reviewer, text);
			if (start >= 0) {
				c.setQuotedText(quote);
				c.setAnchorOffset(start);
				c.setContextBefore(plain.substring(Math.max(0, start - CONTEXT), start));
				c.setContextAfter(plain.substring(start + quote.length(),
						Math.min(plain.length(), start + quote.length() + CONTEXT)));
			}
			review.getComments().add(c);
			return c;
		});
	}

	public static ReviewCommand reply(ReviewPart part, String commentId, Reviewer reviewer, String text) {
		String label = "Reply on " + part.label();
		ReviewComment parent = findComment(part, commentId).orElse(null);
		if (parent == null) {
			return ReviewCommand.refused(label, noSuchComment(part, commentId));
		}
		if (text == null || text.isBlank()) {
			return ReviewCommand.refused(label, "A reply needs a text.");
		}
		return new ReviewCommand(label, part, review -> {
			ReviewComment c = newComment(part, review, reviewer, text);
			parent.getReplies().add(c);
			return c;
		});
	}

	public static ReviewCommand resolve(ReviewPart part, String commentId, Reviewer reviewer) {
		return setResolved(part, commentId, reviewer, true);
	}

	public static ReviewCommand reopenComment(ReviewPart part, String commentId, Reviewer reviewer) {
		return setResolved(part, commentId, reviewer, false);
	}

	private static ReviewCommand setResolved(ReviewPart part, String commentId, Reviewer reviewer, boolean resolve) {
		String label = (resolve ? "Resolve" : "Reopen") + " Comment " + commentId;
		ReviewComment comment = findComment(part, commentId).orElse(null);
		if (comment == null) {
			return ReviewCommand.refused(label, noSuchComment(part, commentId));
		}
		if (!(comment.eContainer() instanceof SectionReview)) {
			ReviewComment thread = threadOf(comment);
			return ReviewCommand.refused(label, "Comment " + commentId + " is a reply; " + (resolve ? "resolve" : "reopen")
					+ " its thread " + thread.getId() + " instead.");
		}
		if (comment.isResolved() == resolve) {
			return ReviewCommand.refused(label, "Comment " + commentId + " is already "
					+ (resolve ? "resolved" + (comment.getResolvedBy() == null ? "" : " by " + comment.getResolvedBy())
							: "open") + ".");
		}
		return new ReviewCommand(label, part, review -> {
			comment.setResolved(resolve);
			comment.setResolvedBy(resolve ? reviewer.name() : null);
			return comment;
		});
	}

	/**
	 * Comments that came from outside the studio (a returned Word document), each keeping its own author and date:
	 * new threads (anchored where {@code anchorOffset} says, context taken from the part's text), replies added to
	 * existing threads (by thread id) and threads marked done there resolved. Ids are given here. Refused when there
	 * is nothing to record.
	 */
	public static ReviewCommand importComments(ReviewPart part, String source, List<ReviewComment> threads,
			java.util.Map<String, List<ReviewComment>> replies, java.util.Map<String, String> resolvedBy) {
		String label = "Comments on " + part.label() + " from " + source;
		if (threads.isEmpty() && replies.values().stream().allMatch(List::isEmpty) && resolvedBy.isEmpty()) {
			return ReviewCommand.refused(label, source + " has no new comments on " + part.label() + ".");
		}
		String plain = part.plainText();
		return new ReviewCommand(label, part, review -> {
			for (ReviewComment thread : threads) {
				int start = thread.getAnchorOffset();
				String quote = thread.getQuotedText();
				if (quote != null && !quote.isEmpty() && start >= 0 && plain.startsWith(quote, start)) {
					thread.setContextBefore(plain.substring(Math.max(0, start - CONTEXT), start));
					thread.setContextAfter(plain.substring(start + quote.length(),
							Math.min(plain.length(), start + quote.length() + CONTEXT)));
				}
				giveIds(part, review, thread);
				review.getComments().add(thread);
			}
			for (java.util.Map.Entry<String, List<ReviewComment>> e : replies.entrySet()) {
				ReviewComment parent = findComment(part, e.getKey()).orElseThrow();
				for (ReviewComment reply : e.getValue()) {
					giveIds(part, review, reply);
					parent.getReplies().add(reply);
				}
			}
			for (java.util.Map.Entry<String, String> e : resolvedBy.entrySet()) {
				ReviewComment thread = findComment(part, e.getKey()).orElseThrow();
				thread.setResolved(true);
				thread.setResolvedBy(e.getValue());
			}
			return review;
		});
	}

	/** Ids for a comment and its replies, each one more than the highest used (so added ones count too). */
	private static void giveIds(ReviewPart part, SectionReview review, ReviewComment comment) {
		comment.setId(null);
		String id = nextId(part, review, "c");
		// the comment is not in the review yet: its replies must not reuse its id
		int n = Integer.parseInt(id.substring(id.lastIndexOf('c') + 1));
		String prefix = id.substring(0, id.lastIndexOf('c') + 1);
		comment.setId(id);
		for (ReviewComment reply : comment.getReplies()) {
			reply.setId(prefix + (++n));
		}
	}

	/** The comment threads on the part, oldest first (replies are inside each). */
	public static List<ReviewComment> threads(ReviewPart part) {
		SectionReview review = part.review();
		return review == null ? List.of() : List.copyOf(review.getComments());
	}

	/** Every comment and reply on the part, threads in order, each followed by its replies. */
	public static List<ReviewComment> allComments(ReviewPart part) {
		List<ReviewComment> all = new ArrayList<>();
		for (ReviewComment thread : threads(part)) {
			addWithReplies(thread, all);
		}
		return all;
	}

	private static void addWithReplies(ReviewComment comment, List<ReviewComment> all) {
		all.add(comment);
		for (ReviewComment reply : comment.getReplies()) {
			addWithReplies(reply, all);
		}
	}

	public static Optional<ReviewComment> findComment(ReviewPart part, String id) {
		return allComments(part).stream().filter(c -> c.getId() != null && c.getId().equals(id)).findFirst();
	}

	/** The thread (top comment) a comment or reply belongs to. */
	public static ReviewComment threadOf(ReviewComment comment) {
		ReviewComment thread = comment;
		while (thread.eContainer() instanceof ReviewComment parent) {
			thread = parent;
		}
		return thread;
	}

	/** Where the comment's passage is in the part's current text. */
	public static CommentAnchor anchor(ReviewPart part, ReviewComment comment) {
		return CommentAnchor.locate(threadOf(comment), part.plainText());
	}

	public static int openComments(Filing filing) {
		return statuses(filing).stream().mapToInt(PartStatus::openComments).sum();
	}

	private static String noSuchComment(ReviewPart part, String id) {
		List<String> ids = allComments(part).stream().map(ReviewComment::getId).toList();
		return part.label() + " has no comment " + id + (ids.isEmpty() ? "; it has no comments."
				: "; its comments are " + String.join(", ", ids) + ".");
	}

	// ------------------------------------------------------------------ the gate

	/** Sets "final export requires approval" as an undoable command. */
	public static Command requireApproval(Filing filing, boolean required) {
		return new AbstractCommand(required ? "Require Approval for Final Export" : "Allow Final Export without Approval") {
			private boolean before;

			@Override
			protected boolean prepare() {
				return true;
			}

			@Override
			public void execute() {
				before = filing.isRequireApproval();
				filing.setRequireApproval(required);
			}

			@Override
			public void undo() {
				filing.setRequireApproval(before);
			}

			@Override
			public void redo() {
				filing.setRequireApproval(required);
			}
		};
	}

	// ------------------------------------------------------------------ helpers

	private static ReviewComment newComment(ReviewPart part, SectionReview review, Reviewer reviewer, String text) {
		ReviewComment c = F.createReviewComment();
		c.setId(nextId(part, review, "c"));
		c.setAuthor(reviewer.name());
		c.setTimestamp(reviewer.now());
		c.setText(text.strip());
		return c;
	}

	private static void event(SectionReview review, ReviewAction action, Reviewer reviewer, String note,
			String revision) {
		ReviewEvent event = F.createReviewEvent();
		event.setAction(action);
		event.setAuthor(reviewer.name());
		event.setTimestamp(reviewer.now());
		event.setNote(blankToNull(note));
		event.setRevision(revision);
		review.getEvents().add(event);
	}

	/**
	 * The next id of a revision ({@code r}), comment ({@code c}) or proposed revision ({@code p}) of the part: the part's last id segment, e.g.
	 * {@code dd-step-3-r2}, {@code item-1.01-c1}; one more than the highest number used so far, so ids are never
	 * reused after an undo and redo or a deletion.
	 */
	static String nextId(ReviewPart part, SectionReview review, String kind) {
		String base = part.id().substring(part.id().lastIndexOf('/') + 1);
		Pattern pattern = Pattern.compile(".*-" + kind + "(\\d+)");
		int max = 0;
		List<String> ids = new ArrayList<>();
		if (kind.equals("r")) {
			review.getRevisions().forEach(r -> ids.add(r.getId()));
		} else if (kind.equals("p")) {
			review.getProposals().forEach(p -> ids.add(p.getId()));
		} else {
			review.getComments().forEach(c -> collectIds(c, ids));
		}
		for (String id : ids) {
			Matcher m = id == null ? null : pattern.matcher(id);
			if (m != null && m.matches()) {
				max = Math.max(max, Integer.parseInt(m.group(1)));
			}
		}
		return base + "-" + kind + (max + 1);
	}

	private static void collectIds(ReviewComment comment, List<String> ids) {
		ids.add(comment.getId());
		comment.getReplies().forEach(r -> collectIds(r, ids));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String abbreviate(String s) {
		return s.length() <= 60 ? s : s.substring(0, 57) + "...";
	}
}
