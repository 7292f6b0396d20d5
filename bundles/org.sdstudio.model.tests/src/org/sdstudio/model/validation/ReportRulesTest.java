package org.sdstudio.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdstudio.model.validation.FindingAssertions.assertContains;
import static org.sdstudio.model.validation.FindingAssertions.assertNoFindings;
import static org.sdstudio.model.validation.FindingAssertions.assertOnly;
import static org.sdstudio.model.validation.FindingAssertions.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Severity;
import org.sdstudio.model.Table;

/** The Conflict Minerals Report: its sections and the years in its headings. */
class ReportRulesTest {

	private static ConflictMineralsReport report(Filing filing) {
		return filing.getReport();
	}

	@Test
	void sectionWithoutIdIsAnError() {
		Filing filing = TestFilings.validFiling();
		ReportSection introduction = report(filing).getSections().get(0);
		introduction.setId(null);
		Finding finding = assertOnly(check(filing), FilingRule.REPORT_SECTION_ID, Severity.ERROR, introduction);
		assertEquals("report.sections[1].id", finding.getField());
		assertContains(finding.getMessage(), "'Introduction'", "no id");
	}

	@Test
	void subsectionIdEqualToATopLevelIdIsAnError() {
		Filing filing = TestFilings.validFiling();
		ReportSection step2 = report(filing).getSections().get(1).getSubsections().get(1);
		step2.setId("introduction");
		Finding finding = assertOnly(check(filing), FilingRule.REPORT_SECTION_ID_DUPLICATE, Severity.ERROR, step2);
		assertEquals("report.sections[2].subsections[2].id", finding.getField());
		assertContains(finding.getMessage(), "'introduction'", "'Introduction'",
				"'Identify and Assess Risk in the Supply Chain'");
	}

	@Test
	void siblingSectionsWithTheSameIdAreAnError() {
		Filing filing = TestFilings.validFiling();
		ReportSection step1 = report(filing).getSections().get(1).getSubsections().get(0);
		ReportSection step2 = report(filing).getSections().get(1).getSubsections().get(1);
		step2.setId(step1.getId());
		assertOnly(check(filing), FilingRule.REPORT_SECTION_ID_DUPLICATE, Severity.ERROR, step2);
	}

	@Test
	void sectionWithoutTitleIsAnError() {
		Filing filing = TestFilings.validFiling();
		ReportSection step1 = report(filing).getSections().get(1).getSubsections().get(0);
		step1.setTitle("  ");
		Finding finding = assertOnly(check(filing), FilingRule.REPORT_SECTION_TITLE, Severity.ERROR, step1);
		assertEquals("report.sections[2].subsections[1].title", finding.getField());
		assertContains(finding.getMessage(), "'dd-step-1'", "no title");
	}

	@Test
	void sectionWithoutTitleOrIdIsNamedByItsPosition() {
		Filing filing = TestFilings.validFiling();
		ReportSection step2 = report(filing).getSections().get(1).getSubsections().get(1);
		step2.setTitle(null);
		step2.setId(null);
		Finding title = check(filing).stream().filter(f -> f.getCode().equals("SD-REPORT-SECTION-TITLE")).findFirst()
				.orElseThrow();
		assertContains(title.getMessage(), "at position 2.2");
	}

	@Test
	void emptySectionIsAWarning() {
		Filing filing = TestFilings.validFiling();
		ReportSection section = TestFilings.section("future-steps", "Future Steps", null);
		report(filing).getSections().add(section);
		Finding finding = assertOnly(check(filing), FilingRule.REPORT_SECTION_EMPTY, Severity.WARNING, section);
		assertEquals("report.sections[3].body", finding.getField());
		assertContains(finding.getMessage(), "section 'Future Steps' is empty");
	}

	@Test
	void sectionWithOnlyBlankTextIsEmpty() {
		Filing filing = TestFilings.validFiling();
		ReportSection step1 = report(filing).getSections().get(1).getSubsections().get(0);
		step1.setBody(TestFilings.text("   "));
		assertOnly(check(filing), FilingRule.REPORT_SECTION_EMPTY, Severity.WARNING, step1);
	}

	@Test
	void sectionWithOnlySubsectionsOrATableIsNotEmpty() {
		Filing filing = TestFilings.validFiling(); // "Due Diligence" has subsections and no text
		ReportSection section = TestFilings.section("smelters", "Smelters and Refiners", null);
		section.setBody(SdStudioFactory.eINSTANCE.createStructuredText());
		Table table = SdStudioFactory.eINSTANCE.createTable();
		table.setCaption("Facilities by metal");
		section.getBody().getBlocks().add(table);
		report(filing).getSections().add(section);
		assertNoFindings(check(filing));
	}

	@Test
	void subtitleNamingAnotherYearIsAWarning() {
		Filing filing = TestFilings.validFiling();
		ConflictMineralsReport report = report(filing);
		report.setSubtitle("For The Reporting Period from January 1, 2023 to December 31, 2023");
		Finding finding = assertOnly(check(filing), FilingRule.REPORT_STALE_YEAR, Severity.WARNING, report);
		assertEquals("report.subtitle", finding.getField());
		assertContains(finding.getMessage(), "2023", "2024", "left over");
	}

	@ParameterizedTest
	@ValueSource(strings = { "For the year 2024", "Calendar year 2024, filed in 2025", "Reporting period 2024",
			"Page 12020 of a long report" })
	void subtitleNamingTheReportingOrFilingYearIsFine(String subtitle) {
		Filing filing = TestFilings.validFiling();
		report(filing).setSubtitle(subtitle);
		assertNoFindings(check(filing));
	}

	@Test
	void annexCaptionNamingAnotherYearIsAWarning() {
		Filing filing = TestFilings.validFiling();
		var annex = report(filing).getAnnexA();
		annex.setCaption("2023 Facility and Country List");
		Finding finding = assertOnly(check(filing), FilingRule.REPORT_STALE_YEAR, Severity.WARNING, annex);
		assertEquals("report.annexA.caption", finding.getField());
		assertContains(finding.getMessage(), "Annex A caption '2023 Facility and Country List'", "2023");
	}
}
