package org.sdstudio.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdstudio.model.validation.FindingAssertions.assertAll;
import static org.sdstudio.model.validation.FindingAssertions.assertContains;
import static org.sdstudio.model.validation.FindingAssertions.assertNoFindings;
import static org.sdstudio.model.validation.FindingAssertions.assertOnly;
import static org.sdstudio.model.validation.FindingAssertions.check;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormType;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SubmissionData;

/** Items and exhibits, SD/A, EDGAR submission data. */
class FormStructureRulesTest {

	private static FormItem item(Filing filing, String number) {
		return filing.getFormSections().stream().flatMap(s -> s.getItems().stream())
				.filter(i -> number.equals(i.getNumber())).findFirst().orElseThrow();
	}

	private static void removeItem(Filing filing, String number) {
		FormItem item = item(filing, number);
		filing.getFormSections().forEach(s -> s.getItems().remove(item));
	}

	// ------------------------------------------------------------------ items and exhibits

	@Test
	void rule13p1WithoutItem101IsAnError() {
		Filing filing = TestFilings.validFiling();
		removeItem(filing, "1.01");
		Finding finding = assertOnly(check(filing), FilingRule.ITEM_101_MISSING, Severity.ERROR, filing);
		assertEquals("formSections", finding.getField());
		assertContains(finding.getMessage(), "Item 1.01", "Rule 13p-1");
	}

	@Test
	void itemWithoutTextIsAWarning() {
		Filing filing = TestFilings.validFiling();
		FormItem item101 = item(filing, "1.01");
		item101.getBody().getBlocks().clear();
		Finding finding = assertOnly(check(filing), FilingRule.ITEM_TEXT_EMPTY, Severity.WARNING, item101);
		assertEquals("formSections[1].items[1].body", finding.getField());
		assertEquals("Item 1.01 (Conflict Minerals Disclosure and Report) has no text.", finding.getMessage());
	}

	@Test
	void itemWithBlankRunsOnlyIsAWarningAndOneWordIsEnough() {
		Filing filing = TestFilings.validFiling();
		FormItem item102 = item(filing, "1.02");
		item102.setBody(TestFilings.text("   "));
		assertOnly(check(filing), FilingRule.ITEM_TEXT_EMPTY, Severity.WARNING, item102);
		item102.setBody(TestFilings.text("Filed."));
		assertNoFindings(check(filing));
	}

	@Test
	void itemNumbersMayBeWrittenWithTheWordItem() {
		Filing filing = TestFilings.validFiling();
		item(filing, "1.01").setNumber("Item 1.01");
		item(filing, "1.02").setNumber(" 1.02 ");
		assertNoFindings(check(filing));
	}

	@Test
	void withoutRule13p1Item101IsNotRequired() {
		Filing filing = TestFilings.validFiling();
		filing.getRules().get(0).setRule(DisclosureRule.RULE_13Q_1);
		filing.getRules().get(0).setPeriodEnd(null);
		removeItem(filing, "1.01");
		assertNoFindings(check(filing));
	}

	@Test
	void reportWithoutItem102IsAnError() {
		Filing filing = TestFilings.validFiling();
		removeItem(filing, "1.02");
		Finding finding = assertOnly(check(filing), FilingRule.ITEM_102_MISSING, Severity.ERROR, filing);
		assertContains(finding.getMessage(), "Item 1.02", "Conflict Minerals Report");
	}

	@Test
	void reportWithoutExhibit101IsAnError() {
		Filing filing = TestFilings.validFiling();
		filing.getExhibits().clear();
		Finding finding = assertOnly(check(filing), FilingRule.EXHIBIT_101_MISSING, Severity.ERROR, filing);
		assertEquals("exhibits", finding.getField());
		assertContains(finding.getMessage(), "Exhibit 1.01");
	}

	@Test
	void item102WithoutReportIsAnError() {
		Filing filing = TestFilings.validFiling();
		filing.setReport(null);
		FormItem item102 = item(filing, "1.02");
		Finding finding = assertOnly(check(filing), FilingRule.ITEM_102_WITHOUT_REPORT, Severity.ERROR, item102);
		assertEquals("formSections[1].items[2].number", finding.getField());
		assertContains(finding.getMessage(), "Item 1.02");
	}

	@Test
	void item102WithAnEmptyReportIsAnError() {
		Filing filing = TestFilings.validFiling();
		filing.getReport().getSections().clear();
		assertOnly(check(filing), FilingRule.ITEM_102_WITHOUT_REPORT, Severity.ERROR, item(filing, "1.02"));
	}

	@Test
	void exhibit101WithoutItem102IsAnError() {
		Filing filing = TestFilings.validFiling();
		filing.setReport(null);
		removeItem(filing, "1.02");
		Exhibit exhibit = filing.getExhibits().get(0);
		Finding finding = assertOnly(check(filing), FilingRule.EXHIBIT_101_WITHOUT_ITEM_102, Severity.ERROR, exhibit);
		assertEquals("exhibits[1].number", finding.getField());
		assertContains(finding.getMessage(), "Exhibit 1.01", "Item 1.02");
	}

	@Test
	void noReportNoItem102NoExhibitIsFine() {
		Filing filing = TestFilings.validFiling();
		filing.setReport(null);
		removeItem(filing, "1.02");
		filing.getExhibits().clear();
		assertNoFindings(check(filing));
	}

	@Test
	void duplicateExhibitNumberIsAnError() {
		Filing filing = TestFilings.validFiling();
		filing.getExhibits().add(TestFilings.exhibit("1.02", "EX-1.02"));
		Exhibit duplicate = TestFilings.exhibit("1.01", "EX-1.01");
		filing.getExhibits().add(duplicate);
		Finding finding = assertOnly(check(filing), FilingRule.EXHIBIT_DUPLICATE, Severity.ERROR, duplicate);
		assertEquals("exhibits[3].number", finding.getField());
		assertContains(finding.getMessage(), "1.01", "exhibits 1 and 3");
	}

	@Test
	void distinctExhibitNumbersAreFine() {
		Filing filing = TestFilings.validFiling();
		filing.getExhibits().add(TestFilings.exhibit("1.02", "EX-1.02"));
		assertNoFindings(check(filing));
	}

	@ParameterizedTest
	@ValueSource(strings = { "EX-1.1", "EX-1.02", "ex-1.01", "EX-101", "SD" })
	void documentTypeNotMatchingTheExhibitNumberIsAnError(String documentType) {
		Filing filing = TestFilings.validFiling();
		Exhibit exhibit = filing.getExhibits().get(0);
		exhibit.setDocumentType(documentType);
		Finding finding = assertOnly(check(filing), FilingRule.EXHIBIT_DOCUMENT_TYPE, Severity.ERROR, exhibit);
		assertEquals("exhibits[1].documentType", finding.getField());
		assertContains(finding.getMessage(), "'" + documentType + "'", "EX-1.01");
	}

	@Test
	void documentTypeMayBeLeftEmpty() {
		Filing filing = TestFilings.validFiling();
		filing.getExhibits().get(0).setDocumentType(null);
		assertNoFindings(check(filing));
	}

	// ------------------------------------------------------------------ SD/A

	@Test
	void amendmentWithoutExplanationIsAWarning() {
		Filing filing = TestFilings.validFiling();
		filing.setFormType(FormType.SD_A);
		Finding finding = assertOnly(check(filing), FilingRule.AMENDMENT_EXPLANATION, Severity.WARNING, filing);
		assertEquals("amendmentExplanation", finding.getField());
		assertContains(finding.getMessage(), "SD/A");
	}

	@Test
	void amendmentWithExplanationIsFine() {
		Filing filing = TestFilings.validFiling();
		filing.setFormType(FormType.SD_A);
		filing.setAmendmentExplanation("This amendment adds Annex A, which was omitted.");
		assertNoFindings(check(filing));
	}

	// ------------------------------------------------------------------ submission data

	@Test
	void submissionDataIsOptional() {
		Filing filing = TestFilings.validFiling();
		filing.setSubmission(null);
		assertNoFindings(check(filing));
	}

	@Test
	void submissionContactNameOver30CharactersIsAnError() {
		Filing filing = TestFilings.validFiling();
		SubmissionData submission = filing.getSubmission();
		submission.setContactName("x".repeat(30));
		assertNoFindings(check(filing));
		String name = "Alison Bauerlein-Montgomery-Smith"; // 33
		submission.setContactName(name);
		Finding finding = assertOnly(check(filing), FilingRule.SUBMISSION_CONTACT_NAME, Severity.ERROR, submission);
		assertEquals("submission.contactName", finding.getField());
		assertContains(finding.getMessage(), "'" + name + "'", "33 characters", "30");
	}

	@Test
	void submissionContactPhoneOver20CharactersIsAnError() {
		Filing filing = TestFilings.validFiling();
		SubmissionData submission = filing.getSubmission();
		submission.setContactPhone("(805) 562-0500 x1234"); // 20
		assertNoFindings(check(filing));
		submission.setContactPhone("(805) 562-0500 x12345"); // 21
		Finding finding = assertOnly(check(filing), FilingRule.SUBMISSION_CONTACT_PHONE, Severity.ERROR, submission);
		assertEquals("submission.contactPhone", finding.getField());
		assertContains(finding.getMessage(), "(805) 562-0500 x12345", "20");
	}

	@ParameterizedTest
	@ValueSource(strings = { "investors.inogen.net", "investors@@inogen.net", "a@b@inogen.net" })
	void submissionContactEmailWithoutExactlyOneAtIsAnError(String email) {
		Filing filing = TestFilings.validFiling();
		SubmissionData submission = filing.getSubmission();
		submission.setContactEmail(email);
		Finding finding = assertOnly(check(filing), FilingRule.SUBMISSION_CONTACT_EMAIL, Severity.ERROR, submission);
		assertEquals("submission.contactEmail", finding.getField());
		assertContains(finding.getMessage(), "'" + email + "'", "'@'");
	}

	@Test
	void submissionContactEmailOver80CharactersIsAnError() {
		Filing filing = TestFilings.validFiling();
		SubmissionData submission = filing.getSubmission();
		submission.setContactEmail("a".repeat(68) + "@inogen.net"); // 79
		assertNoFindings(check(filing));
		submission.setContactEmail("a".repeat(70) + "@inogen.net"); // 81
		Finding finding = assertOnly(check(filing), FilingRule.SUBMISSION_CONTACT_EMAIL, Severity.ERROR, submission);
		assertContains(finding.getMessage(), "81 characters", "80");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sec-filings.inogen.net", "sec@filings@inogen.net", "" })
	void notificationEmailWithoutExactlyOneAtIsAnError(String email) {
		Filing filing = TestFilings.validFiling();
		SubmissionData submission = filing.getSubmission();
		submission.getNotificationEmails().add(email);
		Finding finding = assertOnly(check(filing), FilingRule.SUBMISSION_NOTIFICATION_EMAIL, Severity.ERROR,
				submission);
		assertEquals("submission.notificationEmails", finding.getField());
		assertContains(finding.getMessage(), "Notification e-mail 2 '" + email + "'");
	}

	@Test
	void notificationEmailOver80CharactersIsAnError() {
		Filing filing = TestFilings.validFiling();
		SubmissionData submission = filing.getSubmission();
		submission.getNotificationEmails().add("b".repeat(69) + "@inogen.net"); // 80
		assertNoFindings(check(filing));
		submission.getNotificationEmails().add("c".repeat(70) + "@inogen.net"); // 81
		Finding finding = assertOnly(check(filing), FilingRule.SUBMISSION_NOTIFICATION_EMAIL, Severity.ERROR,
				submission);
		assertContains(finding.getMessage(), "Notification e-mail 3", "81 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Inogen", "-inogen", "_inogen", "inogen corp", "inogen.sd", "abcdefghijklmnopqrstu",
			"in\u00f6gen", " " })
	void badFileNamePrefixIsAnError(String prefix) {
		Filing filing = TestFilings.validFiling();
		SubmissionData submission = filing.getSubmission();
		submission.setFileNamePrefix(prefix);
		Finding finding = assertOnly(check(filing), FilingRule.SUBMISSION_FILE_NAME_PREFIX, Severity.ERROR,
				submission);
		assertEquals("submission.fileNamePrefix", finding.getField());
		assertContains(finding.getMessage(), "'" + prefix + "'", "lower-case");
	}

	@ParameterizedTest
	@ValueSource(strings = { "inogen", "acme-2024_sd", "9lives", "abcdefghijklmnopqrst", "" })
	void goodOrEmptyFileNamePrefixIsFine(String prefix) {
		Filing filing = TestFilings.validFiling();
		filing.getSubmission().setFileNamePrefix(prefix);
		assertNoFindings(check(filing));
	}

	@Test
	void moreThanThreeNotificationEmailsIsAnError() {
		Filing filing = TestFilings.validFiling();
		SubmissionData submission = filing.getSubmission();
		submission.getNotificationEmails().addAll(List.of("a@inogen.net", "b@inogen.net"));
		assertNoFindings(check(filing));
		// the model's upper bound of 3 is not enforced by EMF lists, so a fourth address can get in
		submission.getNotificationEmails().add("c@inogen.net");
		List<Finding> findings = check(filing);
		assertAll(findings, 1, FilingRule.SUBMISSION_NOTIFICATION_EMAIL, Severity.ERROR, submission);
		assertContains(findings.get(0).getMessage(), "4 notification e-mail addresses", "at most 3");
	}
}
