package org.sdstudio.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sdstudio.model.Severity;

class FilingRuleTest {

	/** The published codes and severities: a change here is a change users see (suppressions, reports). */
	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({
			"SD-COVER-REGISTRANT, ERROR",
			"SD-COVER-NAME, ERROR",
			"SD-COVER-INCORPORATION, ERROR",
			"SD-COVER-FILE-NUMBER, ERROR",
			"SD-COVER-IRS-NUMBER, ERROR",
			"SD-COVER-CIK, ERROR",
			"SD-COVER-ADDRESS, ERROR",
			"SD-COVER-STREET, ERROR",
			"SD-COVER-CITY, ERROR",
			"SD-COVER-ADDRESS-STATE, ERROR",
			"SD-COVER-ZIP, ERROR",
			"SD-COVER-CONTACT, ERROR",
			"SD-COVER-CONTACT-NAME, ERROR",
			"SD-COVER-CONTACT-PHONE, ERROR",
			"SD-FORMAT-FILE-NUMBER, ERROR",
			"SD-FORMAT-IRS-NUMBER, ERROR",
			"SD-FORMAT-CIK, ERROR",
			"SD-FORMAT-ZIP, ERROR",
			"SD-FORMAT-PHONE, ERROR",
			"SD-YEAR-RANGE, ERROR",
			"SD-YEAR-NOT-ENDED, WARNING",
			"SD-RULE-NONE, ERROR",
			"SD-RULE-PERIOD-END, ERROR",
			"SD-SIGNATURE, ERROR",
			"SD-SIGNATURE-NAME, ERROR",
			"SD-SIGNATURE-TITLE, ERROR",
			"SD-SIGNATURE-DATE, ERROR",
			"SD-SIGNATURE-DATE-EARLY, ERROR",
			"SD-SIGNATURE-DATE-LATE, WARNING",
			"SD-ITEM-101-MISSING, ERROR",
			"SD-ITEM-102-MISSING, ERROR",
			"SD-ITEM-102-NO-REPORT, ERROR",
			"SD-EXHIBIT-101-MISSING, ERROR",
			"SD-EXHIBIT-101-NO-ITEM, ERROR",
			"SD-EXHIBIT-DUPLICATE, ERROR",
			"SD-EXHIBIT-DOCTYPE, ERROR",
			"SD-AMENDMENT-EXPLANATION, WARNING",
			"SD-SUBMISSION-CONTACT-NAME, ERROR",
			"SD-SUBMISSION-CONTACT-PHONE, ERROR",
			"SD-SUBMISSION-CONTACT-EMAIL, ERROR",
			"SD-SUBMISSION-NOTIFICATION-EMAIL, ERROR",
			"SD-SUBMISSION-FILE-PREFIX, ERROR",
			"SD-REPORT-SECTION-ID, ERROR",
			"SD-REPORT-SECTION-ID-DUPLICATE, ERROR",
			"SD-REPORT-SECTION-TITLE, ERROR",
			"SD-REPORT-SECTION-EMPTY, WARNING",
			"SD-REPORT-STALE-YEAR, WARNING",
			"SD-ANNEX-METAL, ERROR",
			"SD-ANNEX-FACILITY, ERROR",
			"SD-ANNEX-COUNTRY, ERROR",
			"SD-ANNEX-STATUS, ERROR",
			"SD-ANNEX-SMELTER-ID, WARNING",
			"SD-ANNEX-DUPLICATE, ERROR",
			"SD-ANNEX-EXCLUSION-REASON, WARNING",
			"SD-ITEM-TEXT-EMPTY, WARNING",
			"SD-TEXT-CONTROL-CHARACTER, ERROR",
			"SD-TEXT-TOO-LONG, ERROR",
			"SD-REPORT-SECTION-ID-FORMAT, ERROR" })
	void publishedCodeHasItsSeverity(String code, Severity severity) {
		Optional<FilingRule> rule = FilingRule.forCode(code);
		assertTrue(rule.isPresent(), code);
		assertEquals(severity, rule.get().severity());
	}

	@Test
	void everyRuleIsPublished() {
		assertEquals(58, FilingRule.values().length, "add the new rule's code to publishedCodeHasItsSeverity");
	}

	@Test
	void codesAreUnique() {
		Set<String> codes = Arrays.stream(FilingRule.values()).map(FilingRule::code).collect(Collectors.toSet());
		assertEquals(FilingRule.values().length, codes.size());
	}

	@ParameterizedTest
	@EnumSource(FilingRule.class)
	void codeAndDescriptionAreWellFormed(FilingRule rule) {
		assertTrue(rule.code().matches("SD(-[A-Z0-9]+)+"), rule.code());
		assertTrue(rule.description().endsWith("."), rule.description());
		assertFalse(rule.description().isBlank());
		assertEquals(Optional.of(rule), FilingRule.forCode(rule.code()));
	}

	@Test
	void unknownCodeHasNoRule() {
		assertEquals(Optional.empty(), FilingRule.forCode("SD-NO-SUCH-RULE"));
		assertEquals(Optional.empty(), FilingRule.forCode(null));
	}
}
