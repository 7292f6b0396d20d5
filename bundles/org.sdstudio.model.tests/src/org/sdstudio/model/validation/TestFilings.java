package org.sdstudio.model.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.sdstudio.model.Address;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.ContactPerson;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.FormType;
import org.sdstudio.model.Metal;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.Registrant;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Signature;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.SubmissionData;

/**
 * Builds filings for the validator tests: {@link #validFiling()} passes every rule, so a test breaks exactly one
 * thing. Modelled on Inogen's Form SD for 2020 (moved to 2024); the smelter rows are illustrative.
 */
public final class TestFilings {

	/** "Today" for the tests: May 20, 2025, while the 2024 Form SD is being prepared (due June 2, 2025). */
	public static final Clock CLOCK = clockAt(2025, 5, 20);

	public static final int YEAR = 2024;

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	private TestFilings() {
	}

	public static Clock clockAt(int year, int month, int day) {
		return Clock.fixed(Instant.parse(LocalDate.of(year, month, day) + "T12:00:00Z"), ZoneOffset.UTC);
	}

	/** A complete, consistent Form SD for {@link #YEAR}. */
	public static Filing validFiling() {
		return validFiling(YEAR);
	}

	/** A complete, consistent Form SD for the given reporting year, signed on May 20 of the next year. */
	public static Filing validFiling(int year) {
		Filing filing = F.createFiling();
		filing.setFormType(FormType.SD);
		filing.setReportingYear(year);
		filing.setRegistrant(registrant());
		filing.setContact(contact());

		RuleSelection rule = F.createRuleSelection();
		rule.setRule(DisclosureRule.RULE_13P_1);
		rule.setPeriodEnd(LocalDate.of(year, 12, 31));
		filing.getRules().add(rule);

		filing.getFormSections().add(formSection("1", "Conflict Minerals Disclosure",
				item("1.01", "Conflict Minerals Disclosure and Report"), item("1.02", "Exhibit")));
		FormItem exhibitsItem = item("3.01", "Exhibits");
		exhibitsItem.setListsExhibits(true);
		filing.getFormSections().add(formSection("3", "Exhibits", exhibitsItem));
		filing.getExhibits().add(exhibit("1.01", "EX-1.01"));

		Signature signature = F.createSignature();
		signature.setRegistrantName("INOGEN, INC.");
		signature.setSignerName("Alison Bauerlein");
		signature.setSignerTitle("Executive Vice President, Finance,\nChief Financial Officer");
		signature.setDate(LocalDate.of(year + 1, 5, 20));
		filing.setSignature(signature);

		filing.setSubmission(submission());
		filing.setReport(report(year));
		return filing;
	}

	private static Registrant registrant() {
		Registrant registrant = F.createRegistrant();
		registrant.setName("Inogen, Inc.");
		registrant.setStateOfIncorporation("Delaware");
		registrant.setCommissionFileNumber("001-36309");
		registrant.setIrsEmployerNumber("33-0989359");
		registrant.setCik("0001294133");
		Address address = F.createAddress();
		address.setStreet("301 Coromar Drive");
		address.setCity("Goleta");
		address.setState("CA");
		address.setZipCode("93117");
		address.setCountry("United States");
		registrant.setAddress(address);
		return registrant;
	}

	private static ContactPerson contact() {
		ContactPerson contact = F.createContactPerson();
		contact.setName("Alison Bauerlein");
		contact.setTitle("Executive Vice President, Finance");
		contact.setPhone("(805) 562-0500");
		return contact;
	}

	private static SubmissionData submission() {
		SubmissionData submission = F.createSubmissionData();
		submission.setContactName("Alison Bauerlein");
		submission.setContactPhone("805-562-0500");
		submission.setContactEmail("investors@inogen.net");
		submission.getNotificationEmails().add("sec-filings@inogen.net");
		submission.setFileNamePrefix("inogen");
		return submission;
	}

	private static ConflictMineralsReport report(int year) {
		ConflictMineralsReport report = F.createConflictMineralsReport();
		report.setSubtitle("For The Reporting Period from January 1, " + year + " to December 31, " + year);
		report.getSections().add(section("introduction", "Introduction",
				"This Conflict Minerals Report covers January 1 to December 31, " + year + "."));
		ReportSection dueDiligence = section("due-diligence", "Due Diligence", null);
		dueDiligence.getSubsections().add(section("dd-step-1", "Establish Strong Company Management Systems",
				"We adopted a conflict minerals policy."));
		dueDiligence.getSubsections().add(section("dd-step-2", "Identify and Assess Risk in the Supply Chain",
				"We surveyed our suppliers with the CMRT."));
		report.getSections().add(dueDiligence);

		AnnexA annex = F.createAnnexA();
		annex.setCaption(year + " Facility and Country List");
		annex.getRows().add(row(Metal.TIN, "Thaisarco", "THAILAND", "CID001898"));
		annex.getRows().add(row(Metal.GOLD, "Asahi Pretec Corp.", "JAPAN", "CID000082"));
		annex.getRows().add(
				row(Metal.TANTALUM, "Global Advanced Metals Boyertown", "UNITED STATES OF AMERICA", "CID002557"));
		annex.getRows().add(row(Metal.TUNGSTEN, "Xiamen Tungsten Co., Ltd.", "CHINA", "CID002082"));
		report.setAnnexA(annex);
		return report;
	}

	public static FormSection formSection(String number, String title, FormItem... items) {
		FormSection section = F.createFormSection();
		section.setNumber(number);
		section.setTitle(title);
		for (FormItem item : items) {
			section.getItems().add(item);
		}
		return section;
	}

	public static FormItem item(String number, String caption) {
		FormItem item = F.createFormItem();
		item.setNumber(number);
		item.setCaption(caption);
		item.setBody(text("Text of Item " + number + "."));
		return item;
	}

	public static Exhibit exhibit(String number, String documentType) {
		Exhibit exhibit = F.createExhibit();
		exhibit.setNumber(number);
		exhibit.setDescription("Exhibit " + number);
		exhibit.setDocumentType(documentType);
		return exhibit;
	}

	/** A section with one paragraph of text, or without a body when text is null. */
	public static ReportSection section(String id, String title, String text) {
		ReportSection section = F.createReportSection();
		section.setId(id);
		section.setTitle(title);
		if (text != null) {
			section.setBody(text(text));
		}
		return section;
	}

	public static StructuredText text(String text) {
		Run run = F.createRun();
		run.setText(text);
		Paragraph paragraph = F.createParagraph();
		paragraph.getRuns().add(run);
		StructuredText body = F.createStructuredText();
		body.getBlocks().add(paragraph);
		return body;
	}

	public static SmelterEntry row(Metal metal, String facility, String country, String smelterId) {
		SmelterEntry row = F.createSmelterEntry();
		row.setMetal(metal);
		row.setFacilityName(facility);
		row.setCountry(country);
		row.setSmelterId(smelterId);
		row.setStatus(ComplianceStatus.CONFORMANT);
		return row;
	}
}
