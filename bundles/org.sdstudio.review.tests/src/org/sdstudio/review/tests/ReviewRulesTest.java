package org.sdstudio.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.ReviewFixtures.STEP_3;
import static org.sdstudio.review.tests.ReviewFixtures.author;
import static org.sdstudio.review.tests.ReviewFixtures.counsel;
import static org.sdstudio.review.tests.ReviewFixtures.filing;
import static org.sdstudio.review.tests.ReviewFixtures.part;
import static org.sdstudio.review.tests.ReviewFixtures.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.Revision;
import org.sdstudio.model.Severity;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.validation.ContributedRules;
import org.sdstudio.model.validation.FilingFindings;
import org.sdstudio.model.validation.FilingValidator;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.ReviewRules;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;

class ReviewRulesTest {

	private final BasicCommandStack stack = new BasicCommandStack();

	@BeforeEach
	void register() {
		ReviewRules.register();
	}

	@AfterEach
	void stayRegistered() {
		ReviewRules.register(); // the bundle's own state: registered while it runs
	}

	@Test
	void theBundleContributesTheReviewGroupToTheFilingValidator() {
		assertTrue(ContributedRules.groups().contains(ReviewRules.GROUP));
		ReviewRules.unregister();
		assertTrue(review(FilingFindings.findings(filing())).isEmpty(), "without the group, no review findings");
	}

	@Test
	void withTheGateOnEveryUnapprovedPartIsAnError() {
		Filing filing = filing();
		List<Finding> findings = review(FilingFindings.findings(filing));
		assertEquals(17, findings.size());
		Finding step = findings.stream().filter(f -> f.getMessage().contains(STEP_3)).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, step.getSeverity());
		assertEquals(ReviewRules.UNAPPROVED, step.getCode());
		assertEquals("Section Step 3: Design and Implement a Strategy to Respond to Identified Risks "
				+ "(report/due-diligence/dd-step-3) is not approved: Draft; the final export requires approval of "
				+ "every part.", step.getMessage());
		assertEquals("report.sections[5].subsections[3]", step.getField(), "the finding opens the section");
		assertEquals(part(filing, STEP_3).owner(), step.getSubject());
	}

	@Test
	void withTheGateOffUnapprovedPartsAndOpenCommentsAreWarnings() {
		Filing filing = filing();
		filing.setRequireApproval(false);
		run(stack, Reviews.comment(part(filing, STEP_3), counsel(), "Why?"), ReviewComment.class);
		run(stack, Reviews.comment(part(filing, STEP_3), counsel(), "And?"), ReviewComment.class);
		List<Finding> findings = review(FilingFindings.findings(filing));
		assertTrue(findings.stream().allMatch(f -> f.getSeverity() == Severity.WARNING));
		assertTrue(findings.stream().anyMatch(f -> f.getCode().equals(ReviewRules.OPEN_COMMENTS)
				&& f.getMessage().endsWith("(report/due-diligence/dd-step-3) has 2 open comments.")));
	}

	@Test
	void whenEveryPartIsApprovedTheGateHasNothingToSay() {
		Filing filing = filing();
		for (ReviewPart part : ReviewParts.of(filing)) {
			run(stack, Reviews.submit(part, author(), null), Revision.class);
			run(stack, Reviews.approve(part, counsel(), null), Revision.class);
		}
		assertTrue(review(FilingFindings.findings(filing)).isEmpty());
		assertTrue(Reviews.blockingExport(filing).isEmpty());
		// one edit later, that part is an error again
		filing.getFormSections().get(0).getItems().get(1).setCaption("Exhibits");
		List<Finding> findings = review(FilingFindings.findings(filing));
		assertEquals(1, findings.size());
		assertTrue(findings.get(0).getMessage().contains("(item-1.02) is not approved: Draft (changed since approval)"),
				findings.get(0).getMessage());
	}

	@Test
	void reviewDataNamingAMissingRevisionLoadsWithAFinding(@TempDir Path dir) throws Exception {
		Filing filing = filing();
		run(stack, Reviews.submit(part(filing, STEP_3), author(), null), Revision.class);
		run(stack, Reviews.approve(part(filing, STEP_3), counsel(), null), Revision.class);
		Path file = dir.resolve("broken.sdfiling");
		FilingFiles.save(filing, file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("approvedRevision=\"dd-step-3-r1\""), xml);
		Files.writeString(file, xml.replace("approvedRevision=\"dd-step-3-r1\"", "approvedRevision=\"dd-step-3-r7\""),
				StandardCharsets.UTF_8);

		Filing loaded = FilingFiles.load(file); // no exception
		PartStatus status = Reviews.status(part(loaded, STEP_3));
		assertEquals(ReviewState.DRAFT, status.state(), "not approved");
		assertEquals(List.of("Section Step 3: Design and Implement a Strategy to Respond to Identified Risks names "
				+ "dd-step-3-r7 as its approved revision, but has no revision of that id (it has dd-step-3-r1); it "
				+ "counts as not approved."), status.problems());
		assertTrue(review(FilingFindings.findings(loaded)).stream()
				.anyMatch(f -> f.getCode().equals(ReviewRules.DATA) && f.getSeverity() == Severity.WARNING));
	}

	@Test
	void approvedWithoutARevisionAndInReviewWithoutOneAreReported() {
		Filing filing = filing();
		ReviewParts.find(filing, "report/introduction").orElseThrow().review().setState(ReviewState.APPROVED);
		ReviewParts.find(filing, "report/background").orElseThrow().review().setState(ReviewState.IN_REVIEW);
		List<Finding> data = review(FilingFindings.findings(filing)).stream()
				.filter(f -> f.getCode().equals(ReviewRules.DATA)).toList();
		assertEquals(2, data.size());
		assertTrue(data.get(0).getMessage().contains("is marked approved but records no approved revision"));
		assertTrue(data.get(1).getMessage().contains("is in review but no revision of it was submitted"));
		assertEquals(ReviewState.DRAFT, Reviews.status(part(filing, "report/introduction")).state());
	}

	@Test
	void theReviewerNameComesFromTheGivenNameTheEnvironmentOrTheOperatingSystem() {
		Map<String, String> env = Map.of(Reviewer.ENVIRONMENT_VARIABLE, "Dana Whitfield");
		assertEquals("Jonathan Morrow", Reviewer.resolveName("Jonathan Morrow", env, "jmorrow"));
		assertEquals("Dana Whitfield", Reviewer.resolveName(null, env, "jmorrow"));
		assertEquals("Dana Whitfield", Reviewer.resolveName("  ", env, "jmorrow"));
		assertEquals("jmorrow", Reviewer.resolveName(null, Map.of(), "jmorrow"));
		assertEquals("jmorrow", Reviewer.resolveName(null, Map.of(Reviewer.ENVIRONMENT_VARIABLE, ""), "jmorrow"));
		assertEquals("unknown reviewer", Reviewer.resolveName(null, Map.of(), null));
		assertFalse(Reviewer.resolveName(null).isBlank());
	}

	private static List<Finding> review(List<Finding> findings) {
		return findings.stream().filter(f -> f.getCode().startsWith("SD-REVIEW-")).toList();
	}
}
