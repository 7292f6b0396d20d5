package org.sdstudio.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.ReviewFixtures.STEP_3;
import static org.sdstudio.review.tests.ReviewFixtures.STEP_3_TEXT;
import static org.sdstudio.review.tests.ReviewFixtures.author;
import static org.sdstudio.review.tests.ReviewFixtures.counsel;
import static org.sdstudio.review.tests.ReviewFixtures.filing;
import static org.sdstudio.review.tests.ReviewFixtures.part;
import static org.sdstudio.review.tests.ReviewFixtures.run;
import static org.sdstudio.review.tests.ReviewFixtures.step3;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.CommentAnchor;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.Reviews;

class ReviewCommentsTest {

	private static final String PASSAGE = "look into the circumstances";

	private final BasicCommandStack stack = new BasicCommandStack();

	@Test
	void threadsWithRepliesResolveAndReopen() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		ReviewComment thread = run(stack, Reviews.comment(step, counsel(), "Is this still true for 2025?"),
				ReviewComment.class);
		assertEquals("dd-step-3-c1", thread.getId());
		assertEquals("Jonathan Morrow", thread.getAuthor());
		assertEquals(CommentAnchor.Status.NONE, Reviews.anchor(step, thread).status());
		ReviewComment reply = run(stack, Reviews.reply(step, "dd-step-3-c1", author(), "Yes, updated."),
				ReviewComment.class);
		ReviewComment replyToReply = run(stack, Reviews.reply(step, "dd-step-3-c2", counsel(), "Thanks."),
				ReviewComment.class);
		assertEquals(List.of(reply), thread.getReplies());
		assertEquals(List.of(replyToReply), reply.getReplies());
		assertEquals(List.of("dd-step-3-c1", "dd-step-3-c2", "dd-step-3-c3"),
				Reviews.allComments(step).stream().map(ReviewComment::getId).toList());
		assertEquals(1, Reviews.status(step).openComments(), "one open thread");

		ReviewCommand replyResolve = Reviews.resolve(step, "dd-step-3-c2", counsel());
		assertFalse(replyResolve.canExecute());
		assertEquals("Comment dd-step-3-c2 is a reply; resolve its thread dd-step-3-c1 instead.",
				replyResolve.refusal().orElseThrow());

		run(stack, Reviews.resolve(step, "dd-step-3-c1", counsel()), ReviewComment.class);
		assertTrue(thread.isResolved());
		assertEquals("Jonathan Morrow", thread.getResolvedBy());
		assertEquals(0, Reviews.status(step).openComments());
		assertEquals("Comment dd-step-3-c1 is already resolved by Jonathan Morrow.",
				Reviews.resolve(step, "dd-step-3-c1", counsel()).refusal().orElseThrow());
		run(stack, Reviews.reopenComment(step, "dd-step-3-c1", author()), ReviewComment.class);
		assertFalse(thread.isResolved());
		assertEquals(1, Reviews.status(step).openComments());
		assertEquals("Comment dd-step-3-c1 is already open.",
				Reviews.reopenComment(step, "dd-step-3-c1", author()).refusal().orElseThrow());
	}

	@Test
	void anUnknownCommentIsRefusedNamingTheKnownOnes() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		assertEquals("Section Step 3: Design and Implement a Strategy to Respond to Identified Risks has no comment "
				+ "x-c9; it has no comments.", Reviews.reply(step, "x-c9", author(), "hi").refusal().orElseThrow());
		run(stack, Reviews.comment(step, counsel(), "first"), ReviewComment.class);
		assertTrue(Reviews.resolve(step, "x-c9", author()).refusal().orElseThrow()
				.endsWith("its comments are dd-step-3-c1."));
	}

	@Test
	void openCommentsAreCountedPerPartAndInTotal() {
		Filing filing = filing();
		run(stack, Reviews.comment(part(filing, STEP_3), counsel(), "one"), ReviewComment.class);
		run(stack, Reviews.comment(part(filing, STEP_3), counsel(), "two"), ReviewComment.class);
		run(stack, Reviews.comment(part(filing, "annex-a"), counsel(), "three"), ReviewComment.class);
		run(stack, Reviews.resolve(part(filing, STEP_3), "dd-step-3-c1", counsel()), ReviewComment.class);
		assertEquals(1, Reviews.status(part(filing, STEP_3)).openComments());
		assertEquals(1, Reviews.status(part(filing, "annex-a")).openComments());
		assertEquals(2, Reviews.openComments(filing));
	}

	@Test
	void anAnchoredCommentKeepsQuotePositionAndContext() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		ReviewComment c = run(stack, Reviews.comment(step, counsel(), "Say what you did.", PASSAGE, -1),
				ReviewComment.class);
		String plain = step.plainText();
		assertEquals(PASSAGE, c.getQuotedText());
		assertEquals(plain.indexOf(PASSAGE), c.getAnchorOffset());
		assertTrue(plain.substring(0, c.getAnchorOffset()).endsWith(c.getContextBefore()));
		assertTrue(c.getContextAfter().startsWith(" and decide"));
		CommentAnchor anchor = Reviews.anchor(step, c);
		assertEquals(CommentAnchor.Status.FOUND, anchor.status());
		assertEquals(PASSAGE, plain.substring(anchor.start(), anchor.end()));
	}

	@Test
	void aPassageNotInTheTextIsRefused() {
		Filing filing = filing();
		ReviewCommand command = Reviews.comment(part(filing, STEP_3), counsel(), "?", "not there at all", -1);
		assertFalse(command.canExecute());
		assertTrue(command.refusal().orElseThrow().startsWith("The passage \"not there at all\" is not in the text"));
	}

	@Test
	void anAnchorSurvivesEditsBeforeAndAfterThePassage() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		ReviewComment c = run(stack, Reviews.comment(step, counsel(), "Say what you did.", PASSAGE, -1),
				ReviewComment.class);
		// text inserted before: a new first paragraph and words in the passage's own paragraph
		step3(filing).getBody().getBlocks().add(0, StructuredTexts.paragraph("A new opening paragraph."));
		ReviewFixtures.run(step3(filing), 2).setText("In 2025, " + STEP_3_TEXT.replace("When", "when")
				+ " We also trained buyers.");
		CommentAnchor anchor = Reviews.anchor(step, c);
		assertEquals(CommentAnchor.Status.FOUND, anchor.status());
		assertEquals(PASSAGE, step.plainText().substring(anchor.start(), anchor.end()));
		assertTrue(anchor.start() > c.getAnchorOffset(), "moved with the text before it");
	}

	@Test
	void theNearestOccurrenceWithTheSameSurroundingsIsChosen() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		ReviewFixtures.run(step3(filing), 0).setText("We will look into the circumstances first.");
		ReviewComment c = run(stack, Reviews.comment(step, counsel(), "this one", PASSAGE,
				step.plainText().lastIndexOf(PASSAGE)), ReviewComment.class);
		CommentAnchor anchor = Reviews.anchor(step, c);
		assertEquals(step.plainText().lastIndexOf(PASSAGE), anchor.start());
	}

	@Test
	void anEditedPassageIsReportedChangedAndADeletedOneGoneWithTheQuoteKept() {
		Filing filing = filing();
		ReviewPart step = part(filing, STEP_3);
		ReviewComment c = run(stack, Reviews.comment(step, counsel(), "Say what you did.", PASSAGE, -1),
				ReviewComment.class);
		ReviewFixtures.run(step3(filing), 1).setText(STEP_3_TEXT.replace(PASSAGE, "investigate what happened"));
		CommentAnchor changed = Reviews.anchor(step, c);
		assertEquals(CommentAnchor.Status.CHANGED, changed.status());
		assertEquals("investigate what happened", step.plainText().substring(changed.start(), changed.end()));
		assertEquals(PASSAGE, changed.quote());
		assertEquals("passage changed", changed.describe());

		step3(filing).getBody().getBlocks().remove(1);
		CommentAnchor gone = Reviews.anchor(step, c);
		assertEquals(CommentAnchor.Status.GONE, gone.status());
		assertEquals(PASSAGE, gone.quote());
		assertEquals("passage gone", gone.describe());
		assertEquals(PASSAGE, c.getQuotedText(), "the comment still shows its quote");
	}
}
