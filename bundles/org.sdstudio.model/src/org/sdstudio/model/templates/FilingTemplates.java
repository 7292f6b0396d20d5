package org.sdstudio.model.templates;

import java.time.LocalDate;
import java.util.Locale;

import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.FormType;
import org.sdstudio.model.Registrant;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SectionKind;
import org.sdstudio.model.SectionReview;
import org.sdstudio.model.Signature;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.SubmissionData;
import org.sdstudio.model.TitleStyle;
import org.sdstudio.model.text.StructuredTexts;

/** New filings: the skeleton every Form SD under Rule 13p-1 has, ready to be filled in. */
public final class FilingTemplates {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	private FilingTemplates() {
	}

	/**
	 * A blank Form SD for a registrant and calendar year: the cover with Rule 13p-1 checked, Items 1.01 and 1.02,
	 * the exhibits item and Exhibit 1.01, a signature block, and a Conflict Minerals Report whose sections (with the
	 * five OECD steps) have titles but no text yet.
	 */
	public static Filing blank(String registrantName, int reportingYear) {
		Filing filing = F.createFiling();
		filing.setFormType(FormType.SD);
		filing.setReportingYear(reportingYear);

		Registrant registrant = F.createRegistrant();
		registrant.setName(registrantName);
		registrant.setAddress(F.createAddress());
		filing.setRegistrant(registrant);
		filing.setContact(F.createContactPerson());

		filing.getRules().add(rule13p1(reportingYear));

		FormSection disclosure = formSection("1", "Conflict Minerals Disclosure");
		disclosure.getItems().add(item("1.01", "Conflict Minerals Disclosure and Report", F.createStructuredText()));
		disclosure.getItems().add(item("1.02", "Exhibit", StructuredTexts.paragraphs(
				"The Conflict Minerals Report required by Item 1.01 is filed as Exhibit 1.01 to this Form SD.")));
		filing.getFormSections().add(disclosure);
		FormSection exhibits = formSection("3", "Exhibits");
		FormItem exhibitsItem = item("3.01", "Exhibits",
				StructuredTexts.paragraphs("The following exhibit is filed as part of this Form SD."));
		exhibitsItem.setListsExhibits(true);
		exhibits.getItems().add(exhibitsItem);
		filing.getFormSections().add(exhibits);

		Exhibit cmr = F.createExhibit();
		cmr.setNumber("1.01");
		cmr.setDocumentType("EX-1.01");
		cmr.setDescription("Conflict Minerals Report of " + registrantName
				+ " as required by Items 1.01 and 1.02 of this Form SD.");
		filing.getExhibits().add(cmr);

		Signature signature = F.createSignature();
		signature.setRegistrantName(registrantName.toUpperCase(Locale.ROOT));
		filing.setSignature(signature);

		SubmissionData submission = F.createSubmissionData();
		submission.setFileNamePrefix(prefixFor(registrantName));
		filing.setSubmission(submission);

		filing.setReport(report(reportingYear));
		filing.setSupplyChain(F.createSupplyChain());
		filing.setRequireApproval(true); // a new filing's final export waits for legal approval of every part
		return filing;
	}

	private static ConflictMineralsReport report(int year) {
		ConflictMineralsReport report = F.createConflictMineralsReport();
		report.setSubtitle("For the Reporting Period from January 1, " + year + " to December 31, " + year);
		ReportSection note = section("cautionary-note", SectionKind.CAUTIONARY_NOTE,
				"Cautionary Note Concerning Forward-Looking Statements");
		note.setTitleStyle(TitleStyle.RUN_IN);
		report.getSections().add(note);
		report.getSections().add(section("introduction", SectionKind.INTRODUCTION, "Introduction"));
		report.getSections().add(section("background", SectionKind.BACKGROUND, "Company Background and Covered Products"));
		report.getSections().add(section("rcoi", SectionKind.RCOI, "Reasonable Country of Origin Inquiry"));
		ReportSection diligence = section("due-diligence", SectionKind.DUE_DILIGENCE, "Due Diligence Process");
		String[] steps = { "Establish Strong Company Management Systems",
				"Identify and Assess Risks in the Supply Chain",
				"Design and Implement a Strategy to Respond to Identified Risks",
				"Carry Out Independent Third-Party Audits of Smelter and Refiner Due Diligence Practices",
				"Report Annually on Supply Chain Due Diligence" };
		for (int i = 0; i < steps.length; i++) {
			ReportSection step = section("dd-step-" + (i + 1), SectionKind.DUE_DILIGENCE_STEP, steps[i]);
			step.setNumber(String.valueOf(i + 1));
			diligence.getSubsections().add(step);
		}
		report.getSections().add(diligence);
		report.getSections().add(section("smelters-and-refiners", SectionKind.SMELTERS_AND_REFINERS,
				"Smelters and Refiners"));
		report.getSections().add(section("risk-factors", SectionKind.RISK_FACTORS, "Additional Risk Factors"));
		report.getSections().add(section("future-steps", SectionKind.FUTURE_STEPS, "Future Steps"));
		AnnexA annex = F.createAnnexA();
		annex.setCaption(year + " Facility and Country List");
		report.setAnnexA(annex);
		return report;
	}

	/** Rule 13p-1 for a reporting year: its reporting period is the calendar year, so it ends on December 31. */
	public static RuleSelection rule13p1(int reportingYear) {
		RuleSelection rule = F.createRuleSelection();
		rule.setRule(DisclosureRule.RULE_13P_1);
		rule.setPeriodEnd(LocalDate.of(reportingYear, 12, 31));
		return rule;
	}

	/** A report section with a title and no text yet, in draft until someone reviews it. */
	public static ReportSection section(String id, SectionKind kind, String title) {
		ReportSection section = F.createReportSection();
		section.setId(id);
		section.setKind(kind);
		section.setTitle(title);
		section.setBody(F.createStructuredText());
		SectionReview review = F.createSectionReview();
		review.setState(ReviewState.DRAFT);
		section.setReview(review);
		return section;
	}

	private static FormSection formSection(String number, String title) {
		FormSection section = F.createFormSection();
		section.setNumber(number);
		section.setTitle(title);
		return section;
	}

	private static FormItem item(String number, String caption, StructuredText body) {
		FormItem item = F.createFormItem();
		item.setNumber(number);
		item.setCaption(caption);
		item.setBody(body);
		return item;
	}

	/** EDGAR file names are lower case: the registrant's first word, letters and digits only. */
	public static String prefixFor(String registrantName) {
		String first = registrantName.trim().split("[\\s,]+")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return first.isEmpty() ? "filing" : first.length() > 20 ? first.substring(0, 20) : first;
	}
}
