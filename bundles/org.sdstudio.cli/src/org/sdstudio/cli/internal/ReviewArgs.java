package org.sdstudio.cli.internal;

import java.util.List;

import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;

/** What {@code review} and {@code comment} share: finding the part and the comment, and who the reviewer is. */
final class ReviewArgs {

	private ReviewArgs() {
	}

	/** The part with that id; an unknown id is a usage error that lists the known ones. */
	static ReviewPart part(Filing filing, String id, String usage) throws UsageException {
		var part = ReviewParts.find(filing, id);
		if (part.isEmpty()) {
			List<String> ids = ReviewParts.of(filing).stream().map(ReviewPart::id).toList();
			throw new UsageException("unknown part '" + id + "'; the filing's parts are: " + String.join(", ", ids),
					usage);
		}
		return part.get();
	}

	/** The comment or reply of the part with that id; an unknown id is a usage error that lists the known ones. */
	static ReviewComment comment(ReviewPart part, String id, String usage) throws UsageException {
		var comment = Reviews.findComment(part, id);
		if (comment.isEmpty()) {
			List<String> ids = Reviews.allComments(part).stream().map(ReviewComment::getId).toList();
			throw new UsageException("unknown comment '" + id + "' on " + part.id() + (ids.isEmpty()
					? "; it has no comments" : "; its comments are: " + String.join(", ", ids)), usage);
		}
		return comment.get();
	}

	/** {@code --as NAME}, else SDSTUDIO_USER, else the operating-system user. */
	static Reviewer reviewer(Args parsed) {
		return new Reviewer(Reviewer.resolveName(parsed.option("as")));
	}
}
