package org.sdstudio.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdstudio.model.validation.FindingAssertions.assertContains;
import static org.sdstudio.model.validation.FindingAssertions.assertNoFindings;
import static org.sdstudio.model.validation.FindingAssertions.assertOnly;
import static org.sdstudio.model.validation.FindingAssertions.check;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SmelterEntry;

/** Annex A rows: complete, well-formed IDs, no duplicates, excluded rows explained. */
class AnnexARulesTest {

	private static SmelterEntry row(Filing filing, int number) {
		return filing.getReport().getAnnexA().getRows().get(number - 1);
	}

	@Test
	void rowWithoutCountryIsAnErrorNamingRowAndFacility() {
		Filing filing = TestFilings.validFiling();
		SmelterEntry thaisarco = row(filing, 1);
		thaisarco.setCountry(null);
		Finding finding = assertOnly(check(filing), FilingRule.ANNEX_COUNTRY, Severity.ERROR, thaisarco);
		assertEquals("report.annexA.rows[1].country", finding.getField());
		assertEquals("Annex A row 1 (Tin, 'Thaisarco'): the country is missing.", finding.getMessage());
	}

	@Test
	void rowWithoutFacilityNameIsAnError() {
		Filing filing = TestFilings.validFiling();
		SmelterEntry row = row(filing, 3);
		row.setFacilityName(" ");
		Finding finding = assertOnly(check(filing), FilingRule.ANNEX_FACILITY, Severity.ERROR, row);
		assertEquals("report.annexA.rows[3].facilityName", finding.getField());
		assertEquals("Annex A row 3 (Tantalum): the facility name is missing.", finding.getMessage());
	}

	@Test
	void eachMissingFieldOfARowIsItsOwnFinding() {
		Filing filing = TestFilings.validFiling();
		SmelterEntry row = row(filing, 2);
		row.setFacilityName(null);
		row.setCountry("");
		assertEquals(List.of("SD-ANNEX-COUNTRY", "SD-ANNEX-FACILITY"),
				check(filing).stream().map(Finding::getCode).sorted().toList());
	}

	/** The generated setters fall back to the first literal, so a row always has a metal and a status. */
	@Test
	void metalAndStatusCannotBeClearedThroughTheModel() {
		Filing filing = TestFilings.validFiling();
		row(filing, 1).setMetal(null);
		row(filing, 1).setStatus(null);
		assertEquals(Metal.GOLD, row(filing, 1).getMetal());
		assertEquals(ComplianceStatus.UNKNOWN, row(filing, 1).getStatus());
		assertNoFindings(check(filing));
	}

	/** Metal and status are unsettable: a row whose metal or status was never given (or was unset) is an error. */
	@Test
	void rowWithoutMetalOrStatusIsAnError() {
		Filing filing = TestFilings.validFiling();
		SmelterEntry row = SdStudioFactory.eINSTANCE.createSmelterEntry();
		row.setMetal(Metal.TIN);
		row.unsetMetal();
		row.setFacilityName("Mystery Refinery");
		row.setCountry("UNKNOWN");
		filing.getReport().getAnnexA().getRows().add(row);
		List<Finding> findings = check(filing);
		assertEquals(List.of("SD-ANNEX-METAL", "SD-ANNEX-STATUS"), findings.stream().map(Finding::getCode).toList());
		for (Finding finding : findings) {
			assertEquals(Severity.ERROR, finding.getSeverity());
			assertEquals(row, finding.getSubject());
		}
		assertEquals("report.annexA.rows[5].metal", findings.get(0).getField());
		assertEquals("Annex A row 5 ('Mystery Refinery'): the metal is missing.", findings.get(0).getMessage());
		assertContains(findings.get(1).getMessage(), "row 5", "compliance status is missing");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CID1898", "cid001898", "CID0018980", "001898", "CID-001898", "CID00189X" })
	void smelterIdNotCidAndSixDigitsIsAWarning(String smelterId) {
		Filing filing = TestFilings.validFiling();
		SmelterEntry row = row(filing, 1);
		row.setSmelterId(smelterId);
		Finding finding = assertOnly(check(filing), FilingRule.ANNEX_SMELTER_ID, Severity.WARNING, row);
		assertEquals("report.annexA.rows[1].smelterId", finding.getField());
		assertContains(finding.getMessage(), "Annex A row 1 (Tin, 'Thaisarco')", "'" + smelterId + "'", "CID");
	}

	@Test
	void rowWithoutSmelterIdIsFine() {
		Filing filing = TestFilings.validFiling();
		row(filing, 1).setSmelterId(null);
		filing.getReport().getAnnexA().getRows().add(TestFilings.row(Metal.TIN, "Unlisted Tin Works", "BOLIVIA", null));
		assertNoFindings(check(filing));
	}

	@Test
	void twoIncludedRowsWithTheSameMetalAndSmelterIdAreAnError() {
		Filing filing = TestFilings.validFiling();
		SmelterEntry duplicate = TestFilings.row(Metal.TIN, "Thaisarco Smelting", "THAILAND", "CID001898");
		filing.getReport().getAnnexA().getRows().add(duplicate);
		Finding finding = assertOnly(check(filing), FilingRule.ANNEX_DUPLICATE, Severity.ERROR, duplicate);
		assertEquals("report.annexA.rows[5].smelterId", finding.getField());
		assertContains(finding.getMessage(), "rows 1 and 5", "Tin", "CID001898", "'Thaisarco'", "'Thaisarco Smelting'");
	}

	@Test
	void sameSmelterIdForAnotherMetalIsFine() {
		Filing filing = TestFilings.validFiling();
		filing.getReport().getAnnexA().getRows()
				.add(TestFilings.row(Metal.TUNGSTEN, "Thaisarco", "THAILAND", "CID001898"));
		assertNoFindings(check(filing));
	}

	@Test
	void duplicateOfAnExcludedRowIsFine() {
		Filing filing = TestFilings.validFiling();
		SmelterEntry duplicate = TestFilings.row(Metal.TIN, "Thaisarco", "THAILAND", "CID001898");
		duplicate.setExcluded(true);
		duplicate.setExclusionReason("Reported twice by the same supplier.");
		filing.getReport().getAnnexA().getRows().add(duplicate);
		assertNoFindings(check(filing));
	}

	@Test
	void excludedRowWithoutReasonIsAWarning() {
		Filing filing = TestFilings.validFiling();
		SmelterEntry row = row(filing, 2);
		row.setExcluded(true);
		Finding finding = assertOnly(check(filing), FilingRule.ANNEX_EXCLUSION_REASON, Severity.WARNING, row);
		assertEquals("report.annexA.rows[2].exclusionReason", finding.getField());
		assertContains(finding.getMessage(), "Annex A row 2 (Gold, 'Asahi Pretec Corp.')", "excluded", "no reason");
		row.setExclusionReason("Not a smelter: a trading company.");
		assertNoFindings(check(filing));
	}
}
