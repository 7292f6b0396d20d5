package org.sdstudio.model.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.Address;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.ContactPerson;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.FormType;
import org.sdstudio.model.Registrant;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.Severity;
import org.sdstudio.model.Signature;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.SubmissionData;
import org.sdstudio.model.Table;

/**
 * Checks a Form SD filing against the {@link FilingRule}s and reports each problem as an EMF {@link Diagnostic}.
 * <p>
 * Like every {@link EValidator}, it checks one object per call; a {@link Diagnostician} walks the tree. Rules that
 * compare siblings (unique exhibit numbers, unique section ids, duplicate Annex A rows) run on the object that holds
 * them. Each diagnostic has the rule's severity, source {@value #DIAGNOSTIC_SOURCE}, the rule's ordinal as code, a
 * message for a filing specialist and data {@code [subject EObject, EStructuralFeature (when about a field),
 * FilingRule]}.
 * <p>
 * Usage: {@link #diagnose(Filing)} or {@link #findings(Filing)}; pass a {@link Clock} to fix "today".
 */
public class FilingValidator implements EValidator {

	/** The source of every diagnostic this validator reports. */
	public static final String DIAGNOSTIC_SOURCE = "org.sdstudio.model";

	/** Form SD was first filed for calendar year 2013 (due May 31, 2014). */
	public static final int FIRST_REPORTING_YEAR = 2013;

	// EDGAR header limits (domain facts section 3)
	private static final int MAX_SUBMISSION_CONTACT_NAME = 30;
	private static final int MAX_SUBMISSION_CONTACT_PHONE = 20;
	private static final int MAX_EMAIL = 80;
	private static final int MAX_NOTIFICATION_EMAILS = 3;

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

	private final Clock clock;

	/** A validator for which "today" is the system clock's. */
	public FilingValidator() {
		this(Clock.systemDefaultZone());
	}

	/** A validator for which "today" comes from the given clock (for the reporting year checks). */
	public FilingValidator(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	// ------------------------------------------------------------------ convenience

	/** Checks the filing and all it contains, with today from the system clock. */
	public static Diagnostic diagnose(Filing filing) {
		return new FilingValidator().diagnoseTree(filing);
	}

	/** Checks the filing and all it contains, with today from the given clock. */
	public static Diagnostic diagnose(Filing filing, Clock clock) {
		return new FilingValidator(clock).diagnoseTree(filing);
	}

	/** The problems of the filing as model findings, with today from the system clock. */
	public static List<Finding> findings(Filing filing) {
		return toFindings(diagnose(filing));
	}

	/** The problems of the filing as model findings, with today from the given clock. */
	public static List<Finding> findings(Filing filing, Clock clock) {
		return toFindings(diagnose(filing, clock));
	}

	/**
	 * Runs a {@link Diagnostician} over the object and its contents with a registry of its own, so the result does
	 * not depend on what is registered globally.
	 */
	public Diagnostic diagnoseTree(EObject root) {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
		registry.put(SdStudioPackage.eINSTANCE, ContributedRules.composedWith(this)); // e.g. the review rules
		Diagnostician diagnostician = new Diagnostician(registry);
		BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0, "Checks of " + describe(root),
				new Object[] { root });
		diagnostician.validate(root, result, diagnostician.createDefaultContext());
		return result;
	}

	/** The findings for every rule diagnostic in the tree of diagnostics, in order. */
	public static List<Finding> toFindings(Diagnostic diagnostic) {
		List<Finding> findings = new ArrayList<>();
		collectFindings(diagnostic, findings);
		return findings;
	}

	/** The rule a diagnostic of this validator reports, if it is one. */
	public static Optional<FilingRule> ruleOf(Diagnostic diagnostic) {
		return dataOf(diagnostic, FilingRule.class);
	}

	/** The object a diagnostic is about (the first element of its data). */
	public static Optional<EObject> subjectOf(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		// the feature is an EObject too: only the first element is the subject
		return !data.isEmpty() && data.get(0) instanceof EObject subject ? Optional.of(subject) : Optional.empty();
	}

	/** The field a diagnostic is about, if it names one. */
	public static Optional<EStructuralFeature> featureOf(Diagnostic diagnostic) {
		return dataOf(diagnostic, EStructuralFeature.class);
	}

	/**
	 * Where a field is, from the root of its tree: containment feature names joined by dots, list positions counted
	 * from 1 as in the messages, e.g. {@code report.annexA.rows[12].country}. Empty for the root without a feature.
	 */
	public static String pathOf(EObject subject, EStructuralFeature feature) {
		List<String> parts = new ArrayList<>();
		for (EObject object = subject; object != null && object.eContainer() != null; object = object.eContainer()) {
			EStructuralFeature containment = object.eContainmentFeature();
			String part = containment.getName();
			if (containment.isMany()) {
				part += "[" + (((List<?>) object.eContainer().eGet(containment)).indexOf(object) + 1) + "]";
			}
			parts.add(0, part);
		}
		if (feature != null) {
			parts.add(feature.getName());
		}
		return String.join(".", parts);
	}

	// ------------------------------------------------------------------ EValidator

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Issues issues = new Issues(diagnostics);
		if (object instanceof Filing filing) {
			checkCoverParts(filing, issues);
			checkReportingYear(filing, issues);
			checkRuleSelected(filing, issues);
			checkItemsAndExhibits(filing, issues);
			checkAmendment(filing, issues);
		} else if (object instanceof Registrant registrant) {
			checkRegistrant(registrant, issues);
		} else if (object instanceof Address address) {
			checkAddress(address, issues);
		} else if (object instanceof ContactPerson contact) {
			checkContact(contact, issues);
		} else if (object instanceof RuleSelection rule) {
			checkRulePeriod(rule, issues);
		} else if (object instanceof Signature signature) {
			checkSignature(signature, issues);
		} else if (object instanceof FormItem item) {
			checkItemText(item, issues);
		} else if (object instanceof Exhibit exhibit) {
			checkExhibitDocumentType(exhibit, issues);
		} else if (object instanceof SubmissionData submission) {
			checkSubmission(submission, issues);
		} else if (object instanceof ConflictMineralsReport report) {
			checkYearMentions(report, Literals.CONFLICT_MINERALS_REPORT__SUBTITLE, "report subtitle", issues);
			checkSectionIdsUnique(report, issues);
		} else if (object instanceof ReportSection section) {
			checkSection(section, issues);
		} else if (object instanceof AnnexA annex) {
			checkYearMentions(annex, Literals.ANNEX_A__CAPTION, "Annex A caption", issues);
			checkAnnexDuplicates(annex, issues);
		} else if (object instanceof SmelterEntry row) {
			checkAnnexRow(row, issues);
		}
		return issues.valid;
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true; // the rules are about objects and their fields, not about values of a data type on their own
	}

	// ------------------------------------------------------------------ cover page

	/** The parts of the cover page held by the filing itself. */
	private void checkCoverParts(Filing filing, Issues issues) {
		if (filing.getRegistrant() == null) {
			issues.add(FilingRule.COVER_REGISTRANT, filing, Literals.FILING__REGISTRANT,
					"The cover page is missing the registrant: its name, incorporation, file numbers and address.");
		}
		if (filing.getContact() == null) {
			issues.add(FilingRule.COVER_CONTACT, filing, Literals.FILING__CONTACT,
					"The cover page is missing the person to contact in connection with the report "
							+ "(name and telephone number).");
		}
		if (filing.getSignature() == null) {
			issues.add(FilingRule.SIGNATURE, filing, Literals.FILING__SIGNATURE,
					"The signature block is missing: the signer's name, title and the date are required.");
		}
	}

	private void checkRegistrant(Registrant registrant, Issues issues) {
		required(registrant, Literals.REGISTRANT__NAME, FilingRule.COVER_NAME,
				"The cover page is missing the exact name of the registrant.", issues);
		required(registrant, Literals.REGISTRANT__STATE_OF_INCORPORATION, FilingRule.COVER_INCORPORATION,
				"The cover page is missing the state or other jurisdiction of incorporation.", issues);
		required(registrant, Literals.REGISTRANT__COMMISSION_FILE_NUMBER, FilingRule.COVER_FILE_NUMBER,
				"The cover page is missing the Commission File Number (e.g. 001-36309).", issues);
		required(registrant, Literals.REGISTRANT__IRS_EMPLOYER_NUMBER, FilingRule.COVER_IRS_NUMBER,
				"The cover page is missing the IRS Employer Identification No. (e.g. 33-0989359).", issues);
		required(registrant, Literals.REGISTRANT__CIK, FilingRule.COVER_CIK,
				"The registrant's CIK is missing; EDGAR needs it to accept the submission.", issues);
		if (registrant.getAddress() == null) {
			issues.add(FilingRule.COVER_ADDRESS, registrant, Literals.REGISTRANT__ADDRESS,
					"The cover page is missing the address of principal executive offices.");
		}

		String fileNumber = registrant.getCommissionFileNumber();
		if (!isBlank(fileNumber) && !FilingFormats.isCommissionFileNumber(fileNumber)) {
			issues.add(FilingRule.FORMAT_FILE_NUMBER, registrant, Literals.REGISTRANT__COMMISSION_FILE_NUMBER,
					"Commission File Number '" + fileNumber + "' is not in the form 001-36309.");
		}
		String irsNumber = registrant.getIrsEmployerNumber();
		if (!isBlank(irsNumber) && !FilingFormats.isIrsEmployerNumber(irsNumber)) {
			issues.add(FilingRule.FORMAT_IRS_NUMBER, registrant, Literals.REGISTRANT__IRS_EMPLOYER_NUMBER,
					"IRS Employer Identification No. '" + irsNumber + "' is not in the form 33-0989359.");
		}
		String cik = registrant.getCik();
		if (!isBlank(cik) && !FilingFormats.isCik(cik)) {
			issues.add(FilingRule.FORMAT_CIK, registrant, Literals.REGISTRANT__CIK,
					"CIK '" + cik + "' does not have exactly 10 digits; write it with leading zeros, e.g. 0001294133.");
		}
	}

	private void checkAddress(Address address, Issues issues) {
		required(address, Literals.ADDRESS__STREET, FilingRule.COVER_STREET,
				"The address of principal executive offices is missing the street.", issues);
		required(address, Literals.ADDRESS__CITY, FilingRule.COVER_CITY,
				"The address of principal executive offices is missing the city.", issues);
		required(address, Literals.ADDRESS__STATE, FilingRule.COVER_ADDRESS_STATE,
				"The address of principal executive offices is missing the state.", issues);
		required(address, Literals.ADDRESS__ZIP_CODE, FilingRule.COVER_ZIP,
				"The address of principal executive offices is missing the zip code.", issues);
		// other countries' postal codes have formats of their own: only US zip codes are checked
		String zip = address.getZipCode();
		if (!isBlank(zip) && FilingFormats.isUnitedStates(address.getCountry()) && !FilingFormats.isUsZipCode(zip)) {
			issues.add(FilingRule.FORMAT_ZIP, address, Literals.ADDRESS__ZIP_CODE,
					"Zip code '" + zip + "' is not a US zip code of the form 93117 or 93117-1234.");
		}
	}

	private void checkContact(ContactPerson contact, Issues issues) {
		required(contact, Literals.CONTACT_PERSON__NAME, FilingRule.COVER_CONTACT_NAME,
				"The cover page is missing the name of the person to contact.", issues);
		required(contact, Literals.CONTACT_PERSON__PHONE, FilingRule.COVER_CONTACT_PHONE,
				"The cover page is missing the telephone number (with area code) of the person to contact.", issues);
		String phone = contact.getPhone();
		if (!isBlank(phone) && !FilingFormats.isPhoneWithAreaCode(phone)) {
			issues.add(FilingRule.FORMAT_PHONE, contact, Literals.CONTACT_PERSON__PHONE,
					"Contact telephone number '" + phone
							+ "' is not a full number with area code, e.g. (805) 562-0500.");
		}
	}

	// ------------------------------------------------------------------ reporting year and rule box

	private void checkReportingYear(Filing filing, Issues issues) {
		int year = filing.getReportingYear();
		LocalDate today = LocalDate.now(clock);
		if (!isPossibleYear(year)) {
			issues.add(FilingRule.YEAR_RANGE, filing, Literals.FILING__REPORTING_YEAR,
					"Reporting year " + year + " is not possible: Form SD covers calendar years from "
							+ FIRST_REPORTING_YEAR + " to " + (today.getYear() + 1) + ".");
		} else if (year >= today.getYear()) {
			// a Form SD reports on a finished calendar year, so this one cannot be filed yet
			issues.add(FilingRule.YEAR_NOT_ENDED, filing, Literals.FILING__REPORTING_YEAR,
					"Reporting year " + year + " has not ended yet (today is " + format(today)
							+ "); the report can only be filed from " + format(LocalDate.of(year + 1, Month.JANUARY, 1))
							+ ".");
		}
	}

	private void checkRuleSelected(Filing filing, Issues issues) {
		if (filing.getRules().isEmpty()) {
			issues.add(FilingRule.RULE_NONE, filing, Literals.FILING__RULES,
					"No rule box is checked on the cover page; a conflict minerals report checks Rule 13p-1.");
		}
	}

	private void checkRulePeriod(RuleSelection selection, Issues issues) {
		LocalDate periodEnd = selection.getPeriodEnd();
		OptionalInt year = reportingYearOf(selection);
		if (selection.getRule() != DisclosureRule.RULE_13P_1 || periodEnd == null || year.isEmpty()) {
			return;
		}
		LocalDate expected = endOfYear(year.getAsInt());
		if (!periodEnd.equals(expected)) {
			issues.add(FilingRule.RULE_PERIOD_END, selection, Literals.RULE_SELECTION__PERIOD_END,
					"The Rule 13p-1 reporting period ends on " + format(periodEnd) + ", but it must end on "
							+ format(expected) + " (the end of reporting year " + year.getAsInt() + ").");
		}
	}

	// ------------------------------------------------------------------ signature

	private void checkSignature(Signature signature, Issues issues) {
		required(signature, Literals.SIGNATURE__SIGNER_NAME, FilingRule.SIGNATURE_NAME,
				"The signature block is missing the signer's name.", issues);
		required(signature, Literals.SIGNATURE__SIGNER_TITLE, FilingRule.SIGNATURE_TITLE,
				"The signature block is missing the signer's title.", issues);
		LocalDate date = signature.getDate();
		if (date == null) {
			issues.add(FilingRule.SIGNATURE_DATE, signature, Literals.SIGNATURE__DATE,
					"The signature block is missing the date.");
			return;
		}
		OptionalInt year = reportingYearOf(signature);
		if (year.isEmpty()) {
			return;
		}
		LocalDate periodEnd = endOfYear(year.getAsInt());
		LocalDate deadline = FilingDeadline.forReportingYear(year.getAsInt());
		if (!date.isAfter(periodEnd)) {
			issues.add(FilingRule.SIGNATURE_DATE_EARLY, signature, Literals.SIGNATURE__DATE,
					"The signature date " + format(date) + " is not after the end of the reporting period ("
							+ format(periodEnd) + "); the report is signed once the year is over.");
		} else if (date.isAfter(deadline)) {
			issues.add(FilingRule.SIGNATURE_DATE_LATE, signature, Literals.SIGNATURE__DATE,
					"The signature date " + format(date) + " is after the filing deadline of " + format(deadline)
							+ "; the Form SD for " + year.getAsInt() + " would be filed late.");
		}
	}

	// ------------------------------------------------------------------ items and exhibits

	private void checkItemsAndExhibits(Filing filing, Issues issues) {
		boolean rule13p1 = filing.getRules().stream().anyMatch(r -> r.getRule() == DisclosureRule.RULE_13P_1);
		Optional<FormItem> item101 = findItem(filing, "1.01");
		Optional<FormItem> item102 = findItem(filing, "1.02");
		Optional<Exhibit> exhibit101 = filing.getExhibits().stream()
				.filter(e -> "1.01".equals(normalizeNumber(e.getNumber(), "Exhibit"))).findFirst();
		boolean hasReport = filing.getReport() != null && !filing.getReport().getSections().isEmpty();

		if (rule13p1 && item101.isEmpty()) {
			issues.add(FilingRule.ITEM_101_MISSING, filing, Literals.FILING__FORM_SECTIONS,
					"Rule 13p-1 is checked, but the form has no Item 1.01 (Conflict Minerals Disclosure and Report).");
		}
		if (hasReport) {
			if (item102.isEmpty()) {
				issues.add(FilingRule.ITEM_102_MISSING, filing, Literals.FILING__FORM_SECTIONS,
						"The filing has a Conflict Minerals Report, but the form has no Item 1.02 (Exhibit) "
								+ "that files it.");
			}
			if (exhibit101.isEmpty()) {
				issues.add(FilingRule.EXHIBIT_101_MISSING, filing, Literals.FILING__EXHIBITS,
						"The filing has a Conflict Minerals Report, but no Exhibit 1.01 to file it as.");
			}
		} else {
			item102.ifPresent(item -> issues.add(FilingRule.ITEM_102_WITHOUT_REPORT, item, Literals.FORM_ITEM__NUMBER,
					"Item 1.02 (Exhibit) files a Conflict Minerals Report, but the filing has no report sections."));
			// with a report, a missing Item 1.02 is already reported above
			if (item102.isEmpty()) {
				exhibit101.ifPresent(exhibit -> issues.add(FilingRule.EXHIBIT_101_WITHOUT_ITEM_102, exhibit,
						Literals.EXHIBIT__NUMBER,
						"Exhibit 1.01 is listed, but the form has no Item 1.02 (Exhibit) that files it."));
			}
		}
		checkExhibitNumbersUnique(filing, issues);
	}

	/** An item printed with its number and caption but no words under it is almost always a draft left unfinished. */
	private void checkItemText(FormItem item, Issues issues) {
		if (!hasText(item.getBody())) {
			issues.add(FilingRule.ITEM_TEXT_EMPTY, item, Literals.FORM_ITEM__BODY, "Item "
					+ (isBlank(item.getNumber()) ? "" : item.getNumber().strip() + " ")
					+ (isBlank(item.getCaption()) ? "" : "(" + item.getCaption().strip() + ") ") + "has no text.");
		}
	}

	private void checkExhibitNumbersUnique(Filing filing, Issues issues) {
		Map<String, Integer> firstPosition = new HashMap<>();
		List<Exhibit> exhibits = filing.getExhibits();
		for (int i = 0; i < exhibits.size(); i++) {
			String number = normalizeNumber(exhibits.get(i).getNumber(), "Exhibit");
			if (number.isEmpty()) {
				continue;
			}
			Integer first = firstPosition.putIfAbsent(number, i + 1);
			if (first != null) {
				issues.add(FilingRule.EXHIBIT_DUPLICATE, exhibits.get(i), Literals.EXHIBIT__NUMBER,
						"Exhibit number " + number + " is used more than once (exhibits " + first + " and " + (i + 1)
								+ " in the list); each exhibit needs its own number.");
			}
		}
	}

	private void checkExhibitDocumentType(Exhibit exhibit, Issues issues) {
		String number = normalizeNumber(exhibit.getNumber(), "Exhibit");
		String type = exhibit.getDocumentType();
		if (isBlank(type) || number.isEmpty()) {
			return;
		}
		String expected = "EX-" + number;
		// EDGAR document types are upper case: ex-1.01 would be rejected too
		if (!type.strip().equals(expected)) {
			issues.add(FilingRule.EXHIBIT_DOCUMENT_TYPE, exhibit, Literals.EXHIBIT__DOCUMENT_TYPE,
					"Exhibit " + number + " has EDGAR document type '" + type + "'; it must be " + expected + ".");
		}
	}

	private void checkAmendment(Filing filing, Issues issues) {
		if (filing.getFormType() == FormType.SD_A && isBlank(filing.getAmendmentExplanation())) {
			issues.add(FilingRule.AMENDMENT_EXPLANATION, filing, Literals.FILING__AMENDMENT_EXPLANATION,
					"This is an amendment (SD/A), but it does not explain what the amendment changes.");
		}
	}

	// ------------------------------------------------------------------ EDGAR submission data

	private void checkSubmission(SubmissionData submission, Issues issues) {
		String name = submission.getContactName();
		if (name != null && name.length() > MAX_SUBMISSION_CONTACT_NAME) {
			issues.add(FilingRule.SUBMISSION_CONTACT_NAME, submission, Literals.SUBMISSION_DATA__CONTACT_NAME,
					"Submission contact name '" + name + "' has " + name.length() + " characters; EDGAR allows at most "
							+ MAX_SUBMISSION_CONTACT_NAME + ".");
		}
		String phone = submission.getContactPhone();
		if (phone != null && phone.length() > MAX_SUBMISSION_CONTACT_PHONE) {
			issues.add(FilingRule.SUBMISSION_CONTACT_PHONE, submission, Literals.SUBMISSION_DATA__CONTACT_PHONE,
					"Submission contact phone '" + phone + "' has " + phone.length()
							+ " characters; EDGAR allows at most " + MAX_SUBMISSION_CONTACT_PHONE + ".");
		}
		String email = submission.getContactEmail();
		if (!isBlank(email) && !FilingFormats.isEdgarEmail(email, MAX_EMAIL)) {
			issues.add(FilingRule.SUBMISSION_CONTACT_EMAIL, submission, Literals.SUBMISSION_DATA__CONTACT_EMAIL,
					"Submission contact e-mail '" + email + "' " + emailProblem(email) + ".");
		}
		checkNotificationEmails(submission, issues);
		String prefix = submission.getFileNamePrefix();
		if (prefix != null && !prefix.isEmpty() && !FilingFormats.isFileNamePrefix(prefix)) {
			issues.add(FilingRule.SUBMISSION_FILE_NAME_PREFIX, submission, Literals.SUBMISSION_DATA__FILE_NAME_PREFIX,
					"File name prefix '" + prefix + "' may only use lower-case letters, digits, '-' and '_', "
							+ "must start with a letter or digit and have at most 20 characters (e.g. acme).");
		}
	}

	private void checkNotificationEmails(SubmissionData submission, Issues issues) {
		List<String> emails = submission.getNotificationEmails();
		if (emails.size() > MAX_NOTIFICATION_EMAILS) {
			issues.add(FilingRule.SUBMISSION_NOTIFICATION_EMAIL, submission,
					Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS, "There are " + emails.size()
							+ " notification e-mail addresses; EDGAR takes at most " + MAX_NOTIFICATION_EMAILS + ".");
		}
		for (int i = 0; i < emails.size(); i++) {
			String email = emails.get(i);
			if (!FilingFormats.isEdgarEmail(email, MAX_EMAIL)) {
				issues.add(FilingRule.SUBMISSION_NOTIFICATION_EMAIL, submission,
						Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS,
						"Notification e-mail " + (i + 1) + " '" + email + "' " + emailProblem(email) + ".");
			}
		}
	}

	private static String emailProblem(String email) {
		if (email == null || email.isBlank()) {
			return "is empty";
		}
		if (email.length() > MAX_EMAIL) {
			return "has " + email.length() + " characters; EDGAR allows at most " + MAX_EMAIL;
		}
		return "must contain exactly one '@'";
	}

	// ------------------------------------------------------------------ report

	private void checkSection(ReportSection section, Issues issues) {
		if (isBlank(section.getId())) {
			issues.add(FilingRule.REPORT_SECTION_ID, section, Literals.REPORT_SECTION__ID,
					"Report section " + sectionLabel(section) + " has no id; the id anchors links and review records.");
		}
		if (isBlank(section.getTitle())) {
			issues.add(FilingRule.REPORT_SECTION_TITLE, section, Literals.REPORT_SECTION__TITLE,
					"Report section " + sectionLabel(section) + " has no title.");
		}
		if (section.getSubsections().isEmpty() && !hasText(section.getBody())) {
			issues.add(FilingRule.REPORT_SECTION_EMPTY, section, Literals.REPORT_SECTION__BODY,
					"Report section " + sectionLabel(section) + " is empty: it has no text and no subsections.");
		}
	}

	/** Ids are unique across the whole tree of sections, not only among siblings: they are link anchors. */
	private void checkSectionIdsUnique(ConflictMineralsReport report, Issues issues) {
		checkSectionIdsUnique(report.getSections(), new HashMap<>(), issues);
	}

	private void checkSectionIdsUnique(List<ReportSection> sections, Map<String, ReportSection> seen, Issues issues) {
		for (ReportSection section : sections) {
			if (!isBlank(section.getId())) {
				String id = section.getId().strip();
				ReportSection first = seen.putIfAbsent(id, section);
				if (first != null) {
					issues.add(FilingRule.REPORT_SECTION_ID_DUPLICATE, section, Literals.REPORT_SECTION__ID,
							"Section id '" + id + "' is used by both section " + sectionLabel(first) + " and section "
									+ sectionLabel(section) + "; section ids must be unique.");
				}
			}
			checkSectionIdsUnique(section.getSubsections(), seen, issues);
		}
	}

	/** A year other than the reporting year (or the next, when the report is filed) is usually left from last year. */
	private void checkYearMentions(EObject object, EStructuralFeature feature, String what, Issues issues) {
		String text = (String) object.eGet(feature);
		OptionalInt year = reportingYearOf(object);
		if (isBlank(text) || year.isEmpty()) {
			return;
		}
		Set<String> stale = new LinkedHashSet<>();
		Matcher matcher = YEAR.matcher(text);
		while (matcher.find()) {
			int mentioned = Integer.parseInt(matcher.group());
			if (mentioned != year.getAsInt() && mentioned != year.getAsInt() + 1) {
				stale.add(matcher.group());
			}
		}
		if (!stale.isEmpty()) {
			String capitalized = Character.toUpperCase(what.charAt(0)) + what.substring(1);
			issues.add(FilingRule.REPORT_STALE_YEAR, object, feature,
					capitalized + " '" + text + "' mentions " + String.join(", ", stale)
							+ ", but the reporting year is " + year.getAsInt()
							+ "; is it left over from an earlier report?");
		}
	}

	// ------------------------------------------------------------------ Annex A

	private void checkAnnexRow(SmelterEntry row, Issues issues) {
		String label = rowLabel(row);
		if (isMissing(row, Literals.SMELTER_ENTRY__METAL)) {
			issues.add(FilingRule.ANNEX_METAL, row, Literals.SMELTER_ENTRY__METAL, label + ": the metal is missing.");
		}
		if (isBlank(row.getFacilityName())) {
			issues.add(FilingRule.ANNEX_FACILITY, row, Literals.SMELTER_ENTRY__FACILITY_NAME,
					label + ": the facility name is missing.");
		}
		if (isBlank(row.getCountry())) {
			issues.add(FilingRule.ANNEX_COUNTRY, row, Literals.SMELTER_ENTRY__COUNTRY,
					label + ": the country is missing.");
		}
		if (isMissing(row, Literals.SMELTER_ENTRY__STATUS)) {
			issues.add(FilingRule.ANNEX_STATUS, row, Literals.SMELTER_ENTRY__STATUS,
					label + ": the compliance status is missing.");
		}
		String smelterId = row.getSmelterId();
		if (!isBlank(smelterId) && !FilingFormats.isSmelterId(smelterId)) {
			issues.add(FilingRule.ANNEX_SMELTER_ID, row, Literals.SMELTER_ENTRY__SMELTER_ID,
					label + ": smelter ID '" + smelterId + "' is not CID followed by 6 digits (e.g. CID001898).");
		}
		if (row.isExcluded() && isBlank(row.getExclusionReason())) {
			issues.add(FilingRule.ANNEX_EXCLUSION_REASON, row, Literals.SMELTER_ENTRY__EXCLUSION_REASON,
					label + " is excluded from the report, but no reason is given.");
		}
	}

	/** Rows are compared by metal and smelter ID; rows without an ID cannot be compared and are left alone. */
	private void checkAnnexDuplicates(AnnexA annex, Issues issues) {
		Map<String, SmelterEntry> seen = new HashMap<>();
		for (SmelterEntry row : annex.getRows()) {
			if (row.isExcluded() || isBlank(row.getSmelterId())) {
				continue;
			}
			String key = row.getMetal() + "|" + row.getSmelterId().strip().toUpperCase(Locale.ROOT);
			SmelterEntry first = seen.putIfAbsent(key, row);
			if (first != null) {
				issues.add(FilingRule.ANNEX_DUPLICATE, row, Literals.SMELTER_ENTRY__SMELTER_ID,
						"Annex A rows " + rowNumber(first) + " and " + rowNumber(row) + " both list "
								+ metalName(row) + " smelter " + row.getSmelterId().strip() + " ('"
								+ nullToEmpty(first.getFacilityName()) + "' and '" + nullToEmpty(row.getFacilityName())
								+ "'); a facility is listed once per metal.");
			}
		}
	}

	// ------------------------------------------------------------------ helpers

	private static void required(EObject object, EStructuralFeature feature, FilingRule rule, String message,
			Issues issues) {
		if (isBlank((String) object.eGet(feature))) {
			issues.add(rule, object, feature, message);
		}
	}

	/**
	 * An enum attribute is never null in EMF (it falls back to its first literal), so "missing" can only be told
	 * when the model declares the attribute unsettable.
	 */
	private static boolean isMissing(EObject object, EStructuralFeature feature) {
		return feature.isUnsettable() ? !object.eIsSet(feature) : object.eGet(feature) == null;
	}

	private boolean isPossibleYear(int year) {
		return year >= FIRST_REPORTING_YEAR && year <= LocalDate.now(clock).getYear() + 1;
	}

	/** The reporting year of the filing an object belongs to, when it is one that year-based checks can use. */
	private OptionalInt reportingYearOf(EObject object) {
		if (EcoreUtil.getRootContainer(object) instanceof Filing filing && isPossibleYear(filing.getReportingYear())) {
			return OptionalInt.of(filing.getReportingYear());
		}
		return OptionalInt.empty();
	}

	private static LocalDate endOfYear(int year) {
		return LocalDate.of(year, Month.DECEMBER, 31);
	}

	private static Optional<FormItem> findItem(Filing filing, String number) {
		for (FormSection section : filing.getFormSections()) {
			for (FormItem item : section.getItems()) {
				if (number.equals(normalizeNumber(item.getNumber(), "Item"))) {
					return Optional.of(item);
				}
			}
		}
		return Optional.empty();
	}

	/** "Item 1.01" and " 1.01 " both mean 1.01. */
	private static String normalizeNumber(String number, String word) {
		if (number == null) {
			return "";
		}
		String stripped = number.strip();
		if (stripped.regionMatches(true, 0, word, 0, word.length())) {
			stripped = stripped.substring(word.length()).strip();
		}
		return stripped;
	}

	/** Any words in the body: a paragraph, list item or table cell with text, or a table caption. */
	private static boolean hasText(StructuredText body) {
		if (body == null) {
			return false;
		}
		for (TreeIterator<EObject> it = body.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof Run run && !isBlank(run.getText())
					|| object instanceof Table table && !isBlank(table.getCaption())) {
				return true;
			}
		}
		return false;
	}

	/** 'Title', or the id, or the position in the tree when the section has neither. */
	private static String sectionLabel(ReportSection section) {
		if (!isBlank(section.getTitle())) {
			return "'" + section.getTitle().strip() + "'";
		}
		if (!isBlank(section.getId())) {
			return "with id '" + section.getId().strip() + "'";
		}
		return "at position " + sectionPosition(section);
	}

	private static String sectionPosition(ReportSection section) {
		List<?> siblings = (List<?>) section.eContainer().eGet(section.eContainmentFeature());
		String position = String.valueOf(siblings.indexOf(section) + 1);
		return section.eContainer() instanceof ReportSection parent ? sectionPosition(parent) + "." + position
				: position;
	}

	/** "Annex A row 12 (Tin, 'Thaisarco')": the row number counts from 1, as printed. */
	private static String rowLabel(SmelterEntry row) {
		List<String> parts = new ArrayList<>();
		if (!isMissing(row, Literals.SMELTER_ENTRY__METAL)) { // an unset metal reads as Gold, its default
			parts.add(metalName(row));
		}
		if (!isBlank(row.getFacilityName())) {
			parts.add("'" + row.getFacilityName().strip() + "'");
		}
		String label = "Annex A row " + rowNumber(row);
		return parts.isEmpty() ? label : label + " (" + String.join(", ", parts) + ")";
	}

	private static int rowNumber(SmelterEntry row) {
		return row.eContainer() instanceof AnnexA annex ? annex.getRows().indexOf(row) + 1 : 1;
	}

	private static String metalName(SmelterEntry row) {
		return row.getMetal() == null ? "" : row.getMetal().getLiteral();
	}

	private static String describe(EObject root) {
		if (root instanceof Filing filing) {
			String name = filing.getRegistrant() == null ? null : filing.getRegistrant().getName();
			return "the Form " + filing.getFormType().getLiteral() + " for " + filing.getReportingYear()
					+ (isBlank(name) ? "" : " of " + name.strip());
		}
		return root.eClass().getName();
	}

	private static String format(LocalDate date) {
		return DATE.format(date);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value.strip();
	}

	private static <T> Optional<T> dataOf(Diagnostic diagnostic, Class<T> type) {
		return diagnostic.getData().stream().filter(type::isInstance).map(type::cast).findFirst();
	}

	private static void collectFindings(Diagnostic diagnostic, List<Finding> findings) {
		Optional<FilingRule> rule = ruleOf(diagnostic);
		if (rule.isPresent()) {
			Finding finding = SdStudioFactory.eINSTANCE.createFinding();
			finding.setSeverity(rule.get().severity());
			finding.setCode(rule.get().code());
			finding.setMessage(diagnostic.getMessage());
			EObject subject = subjectOf(diagnostic).orElse(null);
			finding.setSubject(subject);
			if (subject != null) {
				String path = pathOf(subject, featureOf(diagnostic).orElse(null));
				finding.setField(path.isEmpty() ? null : path);
			}
			findings.add(finding);
		} else {
			dataOf(diagnostic, ContributedRules.Code.class).ifPresent(code -> findings.add(contributed(diagnostic, code)));
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectFindings(child, findings);
		}
	}

	/** A finding of a contributed rule group: its severity is the diagnostic's own. */
	private static Finding contributed(Diagnostic diagnostic, ContributedRules.Code code) {
		Finding finding = SdStudioFactory.eINSTANCE.createFinding();
		finding.setSeverity(diagnostic.getSeverity() == Diagnostic.ERROR ? Severity.ERROR
				: diagnostic.getSeverity() == Diagnostic.WARNING ? Severity.WARNING : Severity.INFO);
		finding.setCode(code.code());
		finding.setMessage(diagnostic.getMessage());
		EObject subject = subjectOf(diagnostic).orElse(null);
		finding.setSubject(subject);
		if (subject != null) {
			String path = pathOf(subject, featureOf(diagnostic).orElse(null));
			finding.setField(path.isEmpty() ? null : path);
		}
		return finding;
	}

	private static int diagnosticSeverity(Severity severity) {
		return switch (severity) {
			case ERROR -> Diagnostic.ERROR;
			case WARNING -> Diagnostic.WARNING;
			case INFO -> Diagnostic.INFO;
		};
	}

	/** Collects the diagnostics of one validate call; the object is invalid once an ERROR is reported. */
	private static final class Issues {
		private final DiagnosticChain chain;
		private boolean valid = true;

		Issues(DiagnosticChain chain) {
			this.chain = chain;
		}

		void add(FilingRule rule, EObject subject, EStructuralFeature feature, String message) {
			if (rule.severity() == Severity.ERROR) {
				valid = false;
			}
			if (chain != null) {
				Object[] data = feature == null ? new Object[] { subject, rule }
						: new Object[] { subject, feature, rule };
				chain.add(new BasicDiagnostic(diagnosticSeverity(rule.severity()), DIAGNOSTIC_SOURCE, rule.ordinal(),
						message, data));
			}
		}
	}
}
