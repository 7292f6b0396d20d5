package org.sdstudio.model.validation;

import java.util.Optional;

import org.sdstudio.model.Severity;

/**
 * The checks {@link FilingValidator} applies to a filing, one constant per rule.
 * <p>
 * The {@link #code()} is the stable identifier (stored in findings, used in documentation and suppressions): never
 * change or reuse one. The ordinal is only used as the int code of an EMF diagnostic and may change when rules are
 * added.
 */
public enum FilingRule {

	// --- cover page: required fields ---
	COVER_REGISTRANT("SD-COVER-REGISTRANT", Severity.ERROR, "The registrant (cover page) is filled in."),
	COVER_NAME("SD-COVER-NAME", Severity.ERROR, "The exact name of the registrant is given."),
	COVER_INCORPORATION("SD-COVER-INCORPORATION", Severity.ERROR,
			"The state or other jurisdiction of incorporation is given."),
	COVER_FILE_NUMBER("SD-COVER-FILE-NUMBER", Severity.ERROR, "The Commission File Number is given."),
	COVER_IRS_NUMBER("SD-COVER-IRS-NUMBER", Severity.ERROR, "The IRS Employer Identification No. is given."),
	COVER_CIK("SD-COVER-CIK", Severity.ERROR, "The registrant's CIK is given."),
	COVER_ADDRESS("SD-COVER-ADDRESS", Severity.ERROR, "The address of principal executive offices is given."),
	COVER_STREET("SD-COVER-STREET", Severity.ERROR, "The street of the principal executive offices is given."),
	COVER_CITY("SD-COVER-CITY", Severity.ERROR, "The city of the principal executive offices is given."),
	COVER_ADDRESS_STATE("SD-COVER-ADDRESS-STATE", Severity.ERROR,
			"The state of the principal executive offices is given."),
	COVER_ZIP("SD-COVER-ZIP", Severity.ERROR, "The zip code of the principal executive offices is given."),
	COVER_CONTACT("SD-COVER-CONTACT", Severity.ERROR, "The person to contact in connection with the report is given."),
	COVER_CONTACT_NAME("SD-COVER-CONTACT-NAME", Severity.ERROR, "The name of the person to contact is given."),
	COVER_CONTACT_PHONE("SD-COVER-CONTACT-PHONE", Severity.ERROR,
			"The telephone number of the person to contact is given."),

	// --- cover page: formats ---
	FORMAT_FILE_NUMBER("SD-FORMAT-FILE-NUMBER", Severity.ERROR,
			"The Commission File Number has the form NNN-NNNNN (e.g. 001-36309)."),
	FORMAT_IRS_NUMBER("SD-FORMAT-IRS-NUMBER", Severity.ERROR,
			"The IRS Employer Identification No. has the form NN-NNNNNNN (e.g. 33-0989359)."),
	FORMAT_CIK("SD-FORMAT-CIK", Severity.ERROR, "The CIK has exactly 10 digits (with leading zeros)."),
	FORMAT_ZIP("SD-FORMAT-ZIP", Severity.ERROR, "A US zip code has the form NNNNN or NNNNN-NNNN."),
	FORMAT_PHONE("SD-FORMAT-PHONE", Severity.ERROR, "The contact's telephone number includes the area code."),

	// --- reporting year and rule checkbox ---
	YEAR_RANGE("SD-YEAR-RANGE", Severity.ERROR,
			"The reporting year is 2013 or later and at most one year after the current year."),
	YEAR_NOT_ENDED("SD-YEAR-NOT-ENDED", Severity.WARNING, "The reporting year has ended."),
	RULE_NONE("SD-RULE-NONE", Severity.ERROR, "At least one rule box (Rule 13p-1 or 13q-1) is checked."),
	RULE_PERIOD_END("SD-RULE-PERIOD-END", Severity.ERROR,
			"The Rule 13p-1 period ends on December 31 of the reporting year."),

	// --- signature ---
	SIGNATURE("SD-SIGNATURE", Severity.ERROR, "The signature block is filled in."),
	SIGNATURE_NAME("SD-SIGNATURE-NAME", Severity.ERROR, "The name of the signer is given."),
	SIGNATURE_TITLE("SD-SIGNATURE-TITLE", Severity.ERROR, "The title of the signer is given."),
	SIGNATURE_DATE("SD-SIGNATURE-DATE", Severity.ERROR, "The signature date is given."),
	SIGNATURE_DATE_EARLY("SD-SIGNATURE-DATE-EARLY", Severity.ERROR,
			"The report is signed after the reporting period ended."),
	SIGNATURE_DATE_LATE("SD-SIGNATURE-DATE-LATE", Severity.WARNING,
			"The report is signed no later than the filing deadline."),

	// --- items and exhibits ---
	ITEM_101_MISSING("SD-ITEM-101-MISSING", Severity.ERROR, "A Rule 13p-1 filing has Item 1.01."),
	ITEM_102_MISSING("SD-ITEM-102-MISSING", Severity.ERROR, "A filing with a Conflict Minerals Report has Item 1.02."),
	ITEM_102_WITHOUT_REPORT("SD-ITEM-102-NO-REPORT", Severity.ERROR,
			"Item 1.02 is only present when there is a Conflict Minerals Report."),
	EXHIBIT_101_MISSING("SD-EXHIBIT-101-MISSING", Severity.ERROR,
			"A filing with a Conflict Minerals Report lists it as Exhibit 1.01."),
	EXHIBIT_101_WITHOUT_ITEM_102("SD-EXHIBIT-101-NO-ITEM", Severity.ERROR,
			"Exhibit 1.01 is only filed together with Item 1.02."),
	EXHIBIT_DUPLICATE("SD-EXHIBIT-DUPLICATE", Severity.ERROR, "Exhibit numbers are unique."),
	EXHIBIT_DOCUMENT_TYPE("SD-EXHIBIT-DOCTYPE", Severity.ERROR,
			"An exhibit's EDGAR document type matches its number (1.01 is EX-1.01)."),

	// --- amendment ---
	AMENDMENT_EXPLANATION("SD-AMENDMENT-EXPLANATION", Severity.WARNING, "An SD/A explains what the amendment changes."),

	// --- EDGAR submission data ---
	SUBMISSION_CONTACT_NAME("SD-SUBMISSION-CONTACT-NAME", Severity.ERROR,
			"The submission contact name has at most 30 characters."),
	SUBMISSION_CONTACT_PHONE("SD-SUBMISSION-CONTACT-PHONE", Severity.ERROR,
			"The submission contact phone has at most 20 characters."),
	SUBMISSION_CONTACT_EMAIL("SD-SUBMISSION-CONTACT-EMAIL", Severity.ERROR,
			"The submission contact e-mail has at most 80 characters and one '@'."),
	SUBMISSION_NOTIFICATION_EMAIL("SD-SUBMISSION-NOTIFICATION-EMAIL", Severity.ERROR,
			"Each notification e-mail address has at most 80 characters and exactly one '@'."),
	SUBMISSION_FILE_NAME_PREFIX("SD-SUBMISSION-FILE-PREFIX", Severity.ERROR,
			"The file name prefix has at most 20 lower-case letters, digits, '-' or '_' and starts with a letter "
					+ "or digit."),

	// --- Conflict Minerals Report ---
	REPORT_SECTION_ID("SD-REPORT-SECTION-ID", Severity.ERROR, "Every report section has an id."),
	REPORT_SECTION_ID_DUPLICATE("SD-REPORT-SECTION-ID-DUPLICATE", Severity.ERROR,
			"Report section ids are unique in the whole report."),
	REPORT_SECTION_TITLE("SD-REPORT-SECTION-TITLE", Severity.ERROR, "Every report section has a title."),
	REPORT_SECTION_EMPTY("SD-REPORT-SECTION-EMPTY", Severity.WARNING, "Every report section has text or subsections."),
	REPORT_STALE_YEAR("SD-REPORT-STALE-YEAR", Severity.WARNING,
			"The report subtitle and Annex A caption name no year other than the reporting year (or the next)."),

	// --- Annex A ---
	ANNEX_METAL("SD-ANNEX-METAL", Severity.ERROR, "Every Annex A row names its metal."),
	ANNEX_FACILITY("SD-ANNEX-FACILITY", Severity.ERROR, "Every Annex A row names its facility."),
	ANNEX_COUNTRY("SD-ANNEX-COUNTRY", Severity.ERROR, "Every Annex A row names the facility's country."),
	ANNEX_STATUS("SD-ANNEX-STATUS", Severity.ERROR, "Every Annex A row has a compliance status."),
	ANNEX_SMELTER_ID("SD-ANNEX-SMELTER-ID", Severity.WARNING,
			"A smelter identification number is CID followed by 6 digits."),
	ANNEX_DUPLICATE("SD-ANNEX-DUPLICATE", Severity.ERROR,
			"No two included Annex A rows have the same metal and smelter ID."),
	ANNEX_EXCLUSION_REASON("SD-ANNEX-EXCLUSION-REASON", Severity.WARNING,
			"An excluded Annex A row says why it is excluded."),

	// --- added later; kept at the end so the ordinals (the diagnostics' int codes) of earlier rules stay put ---
	ITEM_TEXT_EMPTY("SD-ITEM-TEXT-EMPTY", Severity.WARNING, "Every item of the form has its text."),
	TEXT_CONTROL_CHARACTER("SD-TEXT-CONTROL-CHARACTER", Severity.ERROR,
			"No field holds a control character (C0 other than tab and line breaks, DEL, C1): no document can."),
	TEXT_TOO_LONG("SD-TEXT-TOO-LONG", Severity.ERROR,
			"Every field is within its limit: EDGAR's (255 characters for an exhibit description) or SD Studio's "
					+ "(150 for the registrant's name, 1,000 for other one-line fields, 100,000 for a text)."),
	REPORT_SECTION_ID_FORMAT("SD-REPORT-SECTION-ID-FORMAT", Severity.ERROR,
			"A report section id is a letter followed by letters, digits, '-', '_' or '.', so it can be an anchor.");

	private final String code;
	private final Severity severity;
	private final String description;

	FilingRule(String code, Severity severity, String description) {
		this.code = code;
		this.severity = severity;
		this.description = description;
	}

	/** The stable code, e.g. {@code SD-COVER-CIK}. */
	public String code() {
		return code;
	}

	/** The severity a violation has. */
	public Severity severity() {
		return severity;
	}

	/** What the rule expects, in one line. */
	public String description() {
		return description;
	}

	/** The rule with this code, if any. */
	public static Optional<FilingRule> forCode(String code) {
		for (FilingRule rule : values()) {
			if (rule.code.equals(code)) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}
}
