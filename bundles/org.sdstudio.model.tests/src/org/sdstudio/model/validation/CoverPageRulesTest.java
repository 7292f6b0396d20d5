package org.sdstudio.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdstudio.model.validation.FindingAssertions.assertContains;
import static org.sdstudio.model.validation.FindingAssertions.assertNoFindings;
import static org.sdstudio.model.validation.FindingAssertions.assertOnly;
import static org.sdstudio.model.validation.FindingAssertions.check;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Severity;

/** Cover page: required fields, formats, reporting year, rule box, signature. */
class CoverPageRulesTest {

	@Test
	void validFilingHasNoFindings() {
		assertNoFindings(check(TestFilings.validFiling()));
	}

	@ParameterizedTest(name = "valid filing for {0}")
	@ValueSource(ints = { 2013, 2020, 2023, 2024 })
	void validFilingOfAnyPastYearHasNoFindings(int year) {
		assertNoFindings(check(TestFilings.validFiling(year)));
	}

	// ------------------------------------------------------------------ required fields

	static Stream<Arguments> requiredFields() {
		return Stream.of(
				missing(FilingRule.COVER_REGISTRANT, "registrant", f -> f, f -> f.setRegistrant(null)),
				missing(FilingRule.COVER_NAME, "registrant.name", Filing::getRegistrant,
						f -> f.getRegistrant().setName(null)),
				missing(FilingRule.COVER_INCORPORATION, "registrant.stateOfIncorporation", Filing::getRegistrant,
						f -> f.getRegistrant().setStateOfIncorporation("")),
				missing(FilingRule.COVER_FILE_NUMBER, "registrant.commissionFileNumber", Filing::getRegistrant,
						f -> f.getRegistrant().setCommissionFileNumber(null)),
				missing(FilingRule.COVER_IRS_NUMBER, "registrant.irsEmployerNumber", Filing::getRegistrant,
						f -> f.getRegistrant().setIrsEmployerNumber("   ")),
				missing(FilingRule.COVER_CIK, "registrant.cik", Filing::getRegistrant,
						f -> f.getRegistrant().setCik(null)),
				missing(FilingRule.COVER_ADDRESS, "registrant.address", Filing::getRegistrant,
						f -> f.getRegistrant().setAddress(null)),
				missing(FilingRule.COVER_STREET, "registrant.address.street", f -> f.getRegistrant().getAddress(),
						f -> f.getRegistrant().getAddress().setStreet(null)),
				missing(FilingRule.COVER_CITY, "registrant.address.city", f -> f.getRegistrant().getAddress(),
						f -> f.getRegistrant().getAddress().setCity("")),
				missing(FilingRule.COVER_ADDRESS_STATE, "registrant.address.state", f -> f.getRegistrant().getAddress(),
						f -> f.getRegistrant().getAddress().setState(null)),
				missing(FilingRule.COVER_ZIP, "registrant.address.zipCode", f -> f.getRegistrant().getAddress(),
						f -> f.getRegistrant().getAddress().setZipCode(null)),
				missing(FilingRule.COVER_CONTACT, "contact", f -> f, f -> f.setContact(null)),
				missing(FilingRule.COVER_CONTACT_NAME, "contact.name", Filing::getContact,
						f -> f.getContact().setName(null)),
				missing(FilingRule.COVER_CONTACT_PHONE, "contact.phone", Filing::getContact,
						f -> f.getContact().setPhone("")),
				missing(FilingRule.SIGNATURE, "signature", f -> f, f -> f.setSignature(null)),
				missing(FilingRule.SIGNATURE_NAME, "signature.signerName", Filing::getSignature,
						f -> f.getSignature().setSignerName(null)),
				missing(FilingRule.SIGNATURE_TITLE, "signature.signerTitle", Filing::getSignature,
						f -> f.getSignature().setSignerTitle(" ")),
				missing(FilingRule.SIGNATURE_DATE, "signature.date", Filing::getSignature,
						f -> f.getSignature().setDate(null)));
	}

	private static Arguments missing(FilingRule rule, String field, Function<Filing, EObject> subject,
			Consumer<Filing> breakIt) {
		return Arguments.of(rule, field, subject, breakIt);
	}

	@ParameterizedTest(name = "{0} at {1}")
	@MethodSource("requiredFields")
	void missingRequiredFieldIsAnError(FilingRule rule, String field, Function<Filing, EObject> subject,
			Consumer<Filing> breakIt) {
		Filing filing = TestFilings.validFiling();
		breakIt.accept(filing);
		Finding finding = assertOnly(check(filing), rule, Severity.ERROR, subject.apply(filing));
		assertEquals(field, finding.getField());
		assertContains(finding.getMessage(), "missing");
	}

	// ------------------------------------------------------------------ formats

	@ParameterizedTest
	@ValueSource(strings = { "00136309", "1-36309", "001-3630", "001 36309", "0001-36309", "001-363090", "OO1-36309" })
	void commissionFileNumberNotNnnNnnnnnIsAnError(String value) {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().setCommissionFileNumber(value);
		Finding finding = assertOnly(check(filing), FilingRule.FORMAT_FILE_NUMBER, Severity.ERROR,
				filing.getRegistrant());
		assertEquals("registrant.commissionFileNumber", finding.getField());
		assertEquals("Commission File Number '" + value + "' is not in the form 001-36309.", finding.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "001-36309", "333-12345", "000-00001" })
	void commissionFileNumberNnnNnnnnIsFine(String value) {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().setCommissionFileNumber(value);
		assertNoFindings(check(filing));
	}

	@ParameterizedTest
	@ValueSource(strings = { "330989359", "33-098935", "3-30989359", "33 0989359", "33-09893590", "330-989359" })
	void irsNumberNotNnNnnnnnnnIsAnError(String value) {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().setIrsEmployerNumber(value);
		Finding finding = assertOnly(check(filing), FilingRule.FORMAT_IRS_NUMBER, Severity.ERROR,
				filing.getRegistrant());
		assertEquals("registrant.irsEmployerNumber", finding.getField());
		assertContains(finding.getMessage(), "'" + value + "'", "33-0989359");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1294133", "001294133", "00012941330", "000129413A", "0001294-133", "CIK0001294" })
	void cikNotTenDigitsIsAnError(String value) {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().setCik(value);
		Finding finding = assertOnly(check(filing), FilingRule.FORMAT_CIK, Severity.ERROR, filing.getRegistrant());
		assertEquals("registrant.cik", finding.getField());
		assertContains(finding.getMessage(), "'" + value + "'", "10 digits");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0001294133", "1234567890", "0000000001" })
	void cikOfTenDigitsIsFine(String value) {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().setCik(value);
		assertNoFindings(check(filing));
	}

	@ParameterizedTest
	@ValueSource(strings = { "9311", "931171", "931171234", "93117-12", "ABCDE", "93117 1234", "93117-" })
	void badUsZipCodeIsAnError(String value) {
		for (String country : new String[] { "United States", "", "USA", "United States of America" }) {
			Filing filing = TestFilings.validFiling();
			filing.getRegistrant().getAddress().setCountry(country);
			filing.getRegistrant().getAddress().setZipCode(value);
			Finding finding = assertOnly(check(filing), FilingRule.FORMAT_ZIP, Severity.ERROR,
					filing.getRegistrant().getAddress());
			assertEquals("registrant.address.zipCode", finding.getField());
			assertContains(finding.getMessage(), "'" + value + "'", "93117");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "93117", "93117-1234", "02110" })
	void usZipCodeIsFine(String value) {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().getAddress().setZipCode(value);
		assertNoFindings(check(filing));
	}

	@Test
	void foreignPostalCodeIsNotCheckedAsAZipCode() {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().getAddress().setCountry("Canada");
		filing.getRegistrant().getAddress().setZipCode("K1A 0B1");
		assertNoFindings(check(filing));
	}

	@ParameterizedTest
	@ValueSource(strings = { "(805) 562-0500", "805-562-0500", "805.562.0500", "+1 805 562 0500", "805 562 0500",
			"(805)562-0500", "1-805-562-0500", "+1 (805) 562-0500", "805-562-0500 x123", "(805) 562-0500 ext. 12",
			"805.562.0500 extension 7", "+44 20 7946 0958" })
	void phoneWithAreaCodeIsFine(String value) {
		Filing filing = TestFilings.validFiling();
		filing.getContact().setPhone(value);
		assertNoFindings(check(filing));
	}

	@ParameterizedTest
	@ValueSource(strings = { "562-0500", "5620500", "805-562-050", "(805) 562-05000", "+1 562 0500", "call Alison",
			"805-562-0500 x", "+44 20 79" })
	void phoneWithoutAreaCodeOrTooFewDigitsIsAnError(String value) {
		Filing filing = TestFilings.validFiling();
		filing.getContact().setPhone(value);
		Finding finding = assertOnly(check(filing), FilingRule.FORMAT_PHONE, Severity.ERROR, filing.getContact());
		assertEquals("contact.phone", finding.getField());
		assertContains(finding.getMessage(), "'" + value + "'", "area code");
	}

	// ------------------------------------------------------------------ reporting year

	@ParameterizedTest
	@ValueSource(ints = { 2012, 2000, 0 })
	void reportingYearBefore2013IsAnError(int year) {
		Filing filing = TestFilings.validFiling(year == 0 ? 2012 : year);
		filing.setReportingYear(year);
		Finding finding = assertOnly(check(filing), FilingRule.YEAR_RANGE, Severity.ERROR, filing);
		assertEquals("reportingYear", finding.getField());
		assertContains(finding.getMessage(), "Reporting year " + year + " ", "2013");
	}

	@Test
	void reportingYearMoreThanOneYearAheadIsAnError() {
		Filing filing = TestFilings.validFiling(2024);
		Finding finding = assertOnly(check(filing, TestFilings.clockAt(2022, 6, 1)), FilingRule.YEAR_RANGE,
				Severity.ERROR, filing);
		assertContains(finding.getMessage(), "2024", "2023");
	}

	@Test
	void currentReportingYearIsAWarning() {
		Filing filing = TestFilings.validFiling(2024);
		Finding finding = assertOnly(check(filing, TestFilings.clockAt(2024, 11, 1)), FilingRule.YEAR_NOT_ENDED,
				Severity.WARNING, filing);
		assertEquals("reportingYear", finding.getField());
		assertContains(finding.getMessage(), "2024", "not ended", "November 1, 2024", "January 1, 2025");
	}

	@Test
	void nextReportingYearIsAWarningNotAnError() {
		Filing filing = TestFilings.validFiling(2024);
		assertOnly(check(filing, TestFilings.clockAt(2023, 12, 1)), FilingRule.YEAR_NOT_ENDED, Severity.WARNING,
				filing);
	}

	@Test
	void reportingYearEndedYesterdayIsFine() {
		assertNoFindings(check(TestFilings.validFiling(2024), TestFilings.clockAt(2025, 1, 1)));
	}

	// ------------------------------------------------------------------ rule box

	@Test
	void noRuleCheckedIsAnError() {
		Filing filing = TestFilings.validFiling();
		filing.getRules().clear();
		Finding finding = assertOnly(check(filing), FilingRule.RULE_NONE, Severity.ERROR, filing);
		assertEquals("rules", finding.getField());
		assertContains(finding.getMessage(), "Rule 13p-1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-12-30", "2023-12-31", "2025-12-31", "2024-06-30" })
	void rule13p1PeriodNotEndingDecember31OfTheReportingYearIsAnError(LocalDate periodEnd) {
		Filing filing = TestFilings.validFiling();
		RuleSelection rule = filing.getRules().get(0);
		rule.setPeriodEnd(periodEnd);
		Finding finding = assertOnly(check(filing), FilingRule.RULE_PERIOD_END, Severity.ERROR, rule);
		assertEquals("rules[1].periodEnd", finding.getField());
		assertContains(finding.getMessage(), "December 31, 2024");
	}

	@Test
	void rule13p1WithoutPeriodEndIsFine() {
		Filing filing = TestFilings.validFiling();
		filing.getRules().get(0).setPeriodEnd(null);
		assertNoFindings(check(filing));
	}

	@Test
	void rule13q1PeriodIsTheFiscalYearEnd() {
		Filing filing = TestFilings.validFiling();
		RuleSelection resourceExtraction = SdStudioFactory.eINSTANCE.createRuleSelection();
		resourceExtraction.setRule(DisclosureRule.RULE_13Q_1);
		resourceExtraction.setPeriodEnd(LocalDate.of(2024, 6, 30));
		filing.getRules().add(resourceExtraction);
		assertNoFindings(check(filing));
	}

	// ------------------------------------------------------------------ signature date

	@ParameterizedTest
	@ValueSource(strings = { "2024-12-31", "2024-06-01", "2023-05-20" })
	void signedOnOrBeforeThePeriodEndIsAnError(LocalDate date) {
		Filing filing = TestFilings.validFiling();
		filing.getSignature().setDate(date);
		Finding finding = assertOnly(check(filing), FilingRule.SIGNATURE_DATE_EARLY, Severity.ERROR,
				filing.getSignature());
		assertEquals("signature.date", finding.getField());
		assertContains(finding.getMessage(), "December 31, 2024");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-01", "2025-05-30", "2025-06-02" })
	void signedBetweenPeriodEndAndDeadlineIsFine(LocalDate date) {
		Filing filing = TestFilings.validFiling();
		filing.getSignature().setDate(date);
		assertNoFindings(check(filing));
	}

	@Test
	void signedAfterTheDeadlineIsAWarningNamingTheDeadline() {
		Filing filing = TestFilings.validFiling();
		filing.getSignature().setDate(LocalDate.of(2025, 6, 3));
		Finding finding = assertOnly(check(filing), FilingRule.SIGNATURE_DATE_LATE, Severity.WARNING,
				filing.getSignature());
		assertEquals("signature.date", finding.getField());
		assertContains(finding.getMessage(), "June 3, 2025", "June 2, 2025", "late");
	}

	@Test
	void findingsListTheSameProblemsAsTheDiagnostic() {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().setCik("123");
		filing.getContact().setPhone("562-0500");
		List<Finding> findings = check(filing);
		assertEquals(List.of("SD-FORMAT-CIK", "SD-FORMAT-PHONE"),
				findings.stream().map(Finding::getCode).sorted().toList());
	}
}
