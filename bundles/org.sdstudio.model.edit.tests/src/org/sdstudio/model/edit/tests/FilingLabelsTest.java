package org.sdstudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SectionReview;
import org.sdstudio.model.edit.label.FilingLabels;

/** The names the studio and the command line show for the filing's values, from the edit bundle's strings. */
class FilingLabelsTest {

	@Test
	void reviewStatesReadAsAReviewerSaysThem() {
		assertEquals("Draft", FilingLabels.reviewState(ReviewState.DRAFT));
		assertEquals("In review", FilingLabels.reviewState(ReviewState.IN_REVIEW));
		assertEquals("Changes requested", FilingLabels.reviewState(ReviewState.CHANGES_REQUESTED));
		assertEquals("Approved", FilingLabels.reviewState(ReviewState.APPROVED));
	}

	@Test
	void metalsAndStatusesAsTheyAreWrittenInAnnexA() {
		assertEquals("Gold", FilingLabels.metal(Metal.GOLD));
		assertEquals("Tungsten", FilingLabels.metal(Metal.TUNGSTEN));
		assertEquals("Non-Conformant", FilingLabels.status(ComplianceStatus.NON_CONFORMANT));
		assertEquals("Unknown", FilingLabels.literal(ComplianceStatus.UNKNOWN));
		assertEquals("Facility Name", FilingLabels.feature(Literals.SMELTER_ENTRY__FACILITY_NAME));
	}

	@Test
	void aSectionShowsNumberTitleAndReviewStateAndASectionNobodyReviewedIsADraft() {
		ReportSection section = SdStudioFactory.eINSTANCE.createReportSection();
		assertEquals("(untitled)", FilingLabels.heading(section));
		section.setTitle("Establish Strong Company Management Systems");
		section.setNumber("1");
		assertEquals("1  Establish Strong Company Management Systems", FilingLabels.heading(section));
		assertEquals("1  Establish Strong Company Management Systems   [Draft]", FilingLabels.section(section));
		SectionReview review = SdStudioFactory.eINSTANCE.createSectionReview();
		review.setState(ReviewState.CHANGES_REQUESTED);
		section.setReview(review);
		section.setNumber(" ");
		assertEquals("Establish Strong Company Management Systems   [Changes requested]",
				FilingLabels.section(section));
	}
}
