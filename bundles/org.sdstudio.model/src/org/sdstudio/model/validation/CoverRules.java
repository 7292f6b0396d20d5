package org.sdstudio.model.validation;

import static org.sdstudio.model.validation.RuleSupport.*;

import java.time.LocalDate;
import java.time.Month;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.EObject;
import org.sdstudio.model.Address;
import org.sdstudio.model.ContactPerson;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormType;
import org.sdstudio.model.Registrant;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.Signature;

/** The cover page: registrant, address, contact, reporting year, the rule box and its period, signature, amendment. */
final class CoverRules implements RuleGroup {

	@Override
	public void check(EObject object, Issues issues) {
		if (object instanceof Filing filing) {
			checkCoverParts(filing, issues);
			checkReportingYear(filing, issues);
			checkRuleSelected(filing, issues);
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
		}
	}

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

	private void checkReportingYear(Filing filing, Issues issues) {
		int year = filing.getReportingYear();
		LocalDate today = issues.today();
		if (!issues.isPossibleYear(year)) {
			issues.add(FilingRule.YEAR_RANGE, filing, Literals.FILING__REPORTING_YEAR,
					"Reporting year " + year + " is not possible: Form SD covers calendar years from "
							+ FilingValidator.FIRST_REPORTING_YEAR + " to " + (today.getYear() + 1) + ".");
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
		OptionalInt year = issues.reportingYearOf(selection);
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
		OptionalInt year = issues.reportingYearOf(signature);
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

	private void checkAmendment(Filing filing, Issues issues) {
		if (filing.getFormType() == FormType.SD_A && isBlank(filing.getAmendmentExplanation())) {
			issues.add(FilingRule.AMENDMENT_EXPLANATION, filing, Literals.FILING__AMENDMENT_EXPLANATION,
					"This is an amendment (SD/A), but it does not explain what the amendment changes.");
		}
	}
}
