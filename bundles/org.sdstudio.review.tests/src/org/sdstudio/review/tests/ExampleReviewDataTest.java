package org.sdstudio.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.validation.FilingFindings;
import org.sdstudio.review.CommentAnchor;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.ReviewRules;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;

/**
 * The example filing's review data follows the rules: most parts approved, the RCOI section changed since its
 * approval, Step 3 in review with open comments, Future Steps and Annex A drafts, the gate off (so the demo's final
 * export runs). With {@code -Dsdstudio.regenerate=true} the data is made again through the review API and the
 * example rewritten through FilingFiles (which also rewraps the rest of the file: the committed example had
 * only its review elements replaced, so its diff stays readable).
 */
class ExampleReviewDataTest {

	private static final String AUTHOR = "Priya Natarajan";
	private static final String COUNSEL = "Jonathan Morrow (outside counsel)";
	static final String STEP_3_PASSAGE = "we will look into the circumstances and decide how to respond";

	private static Filing filing;

	@BeforeAll
	static void load() throws Exception {
		ReviewRules.register();
		if (Boolean.getBoolean("sdstudio.regenerate")) {
			Filing example = FilingFiles.load(ReviewFixtures.EXAMPLE);
			regenerate(example);
			FilingFiles.save(example, ReviewFixtures.EXAMPLE);
		}
		filing = FilingFiles.load(ReviewFixtures.EXAMPLE);
	}

	@Test
	void someApprovedOneChangedOneInReviewWithOpenCommentsGateOff() {
		Map<String, String> states = Reviews.statuses(filing).stream()
				.collect(Collectors.toMap(s -> s.part().id(), PartStatus::describe));
		assertEquals("Approved", states.get("item-1.01"));
		assertEquals("Approved", states.get("report/introduction"));
		assertEquals("Draft (changed since approval)", states.get("report/rcoi"));
		assertEquals("In review", states.get("report/due-diligence/dd-step-3"));
		assertEquals("Draft", states.get("report/future-steps"));
		assertEquals("Draft", states.get("annex-a"));
		assertEquals(13, states.values().stream().filter("Approved"::equals).count());
		assertFalse(filing.isRequireApproval(), "the example keeps the gate off");

		PartStatus step3 = Reviews.status(ReviewParts.find(filing, "report/due-diligence/dd-step-3").orElseThrow());
		assertEquals(2, step3.openComments());
		PartStatus intro = Reviews.status(ReviewParts.find(filing, "report/introduction").orElseThrow());
		assertEquals("introduction-r2", intro.approved().getId());
		assertEquals(COUNSEL, intro.approvedBy());
	}

	@Test
	void theAnchoredCommentFindsItsPassage() {
		ReviewPart step3 = ReviewParts.find(filing, "report/due-diligence/dd-step-3").orElseThrow();
		ReviewComment c1 = Reviews.findComment(step3, "dd-step-3-c1").orElseThrow();
		CommentAnchor anchor = Reviews.anchor(step3, c1);
		assertEquals(CommentAnchor.Status.FOUND, anchor.status());
		assertEquals(STEP_3_PASSAGE, step3.plainText().substring(anchor.start(), anchor.end()));
		assertEquals(1, c1.getReplies().size());
	}

	@Test
	void theReviewDataHasNoProblemsAndOnlyWarnings() {
		assertTrue(Reviews.statuses(filing).stream().allMatch(s -> s.problems().isEmpty()));
		assertTrue(FilingFindings.findings(filing).stream().filter(f -> f.getCode().startsWith("SD-REVIEW-"))
				.noneMatch(f -> f.getSeverity() == org.sdstudio.model.Severity.ERROR));
	}

	/** The review history of the example, made through the API a reviewer uses. */
	private static void regenerate(Filing example) {
		BasicCommandStack stack = new BasicCommandStack();
		Clock clock = new StepClock(Instant.parse("2026-04-13T14:00:00Z"), Duration.ofMinutes(37));
		Reviewer author = new Reviewer(AUTHOR, clock);
		Reviewer counsel = new Reviewer(COUNSEL, clock);
		for (ReviewPart part : ReviewParts.of(example)) {
			boolean keepIntroduction = part.id().equals("report/introduction");
			if (part.kind() == ReviewPart.Kind.SECTION && !keepIntroduction) {
				part.owner().eSet(part.reviewFeature(), SdStudioFactory.eINSTANCE.createSectionReview());
			} else if (!keepIntroduction) {
				part.owner().eSet(part.reviewFeature(), null);
			}
		}
		// the introduction keeps its history (the 2024 period corrected after counsel's comment); it records who
		// approved it
		ReviewPart intro = ReviewParts.find(example, "report/introduction").orElseThrow();
		intro.review().setApprovedBy(COUNSEL);
		intro.review().setApprovedAt(Instant.parse("2026-04-10T16:20:00Z"));

		for (ReviewPart part : ReviewParts.of(example)) {
			switch (part.id()) {
			case "report/introduction", "report/future-steps", "annex-a":
				break;
			case "report/rcoi": {
				// approved without the last sentence of its second paragraph, which was added afterwards
				Run run = ((Paragraph) ((ReportSection) part.owner()).getBody().getBlocks().get(1)).getRuns().get(0);
				String full = run.getText();
				run.setText(full.substring(0, full.lastIndexOf(". ", full.length() - 2) + 1));
				execute(stack, Reviews.submit(part, author, "RCOI as in the 2024 report."));
				execute(stack, Reviews.approve(part, counsel, null));
				run.setText(full);
				part.review().setState(ReviewState.DRAFT);
				break;
			}
			case "report/due-diligence/dd-step-3":
				execute(stack, Reviews.submit(part, author, "Kept forward-looking, as in 2024."));
				execute(stack, Reviews.comment(part, counsel, "Do we want to say what we actually did in 2025 when a "
						+ "supplier did not respond, or keep this forward-looking as last year?", STEP_3_PASSAGE, -1));
				execute(stack, Reviews.reply(part, "dd-step-3-c1", author, "We can say that two suppliers were "
						+ "replaced in 2025; I will draft it."));
				execute(stack, Reviews.comment(part, counsel, "Please check that the escalation steps match the "
						+ "policy posted on the website."));
				break;
			default:
				execute(stack, Reviews.submit(part, author, null));
				execute(stack, Reviews.approve(part, counsel, null));
			}
		}
		example.setRequireApproval(false);
	}

	private static void execute(BasicCommandStack stack, ReviewCommand command) {
		assertTrue(command.canExecute(), command.refusal().orElse(""));
		stack.execute(command);
	}

	/** A clock that moves a fixed step each time it is read. */
	private static final class StepClock extends Clock {
		private Instant now;
		private final Duration step;

		StepClock(Instant start, Duration step) {
			this.now = start;
			this.step = step;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			now = now.plus(step);
			return now;
		}
	}

	static List<String> ids(Filing f) {
		return ReviewParts.of(f).stream().map(ReviewPart::id).toList();
	}
}
