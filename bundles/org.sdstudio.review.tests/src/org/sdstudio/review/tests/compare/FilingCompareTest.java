package org.sdstudio.review.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SectionKind;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.templates.FilingTemplates;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.AnnexCompare;
import org.sdstudio.review.compare.AnnexComparison;
import org.sdstudio.review.compare.FieldChange;
import org.sdstudio.review.compare.FilingCompare;
import org.sdstudio.review.compare.FilingComparison;
import org.sdstudio.review.compare.PartDiff;

/** Section matching between filings, cover fields, Annex A row by row, and comparisons against approved revisions. */
class FilingCompareTest {

	static final Path EXAMPLE = Path.of(System.getProperty("sdstudio.examples", "../../examples"),
			"halcyon-2025.sdfiling");
	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	private static ReportSection section(String id, SectionKind kind, String title, String... paragraphs) {
		ReportSection s = F.createReportSection();
		s.setId(id);
		s.setKind(kind);
		s.setTitle(title);
		s.setBody(StructuredTexts.paragraphs(paragraphs));
		return s;
	}

	private static Filing filing(int year, ReportSection... sections) {
		Filing f = FilingTemplates.blank("Acme Devices, Inc.", year);
		f.getReport().getSections().clear();
		f.getReport().getSections().addAll(List.of(sections));
		f.getReport().getAnnexA().getRows().clear();
		return f;
	}

	private static SmelterEntry row(Metal metal, String name, String country, String id, ComplianceStatus status) {
		SmelterEntry e = F.createSmelterEntry();
		e.setMetal(metal);
		e.setFacilityName(name);
		e.setCountry(country);
		e.setSmelterId(id);
		e.setStatus(status);
		return e;
	}

	private static Map<String, PartDiff> byTitle(FilingComparison c) {
		return c.parts().stream().filter(p -> p.id().startsWith("report/"))
				.collect(Collectors.toMap(p -> p.newTitle() != null ? p.newTitle() : p.oldTitle(), p -> p));
	}

	@Test
	void sectionsMatchedByKindTitleAndTextWithAddedAndRemoved() {
		Filing last = filing(2024,
				section(null, SectionKind.INTRODUCTION, "Introduction", "Acme makes medical devices in Ohio."),
				section(null, SectionKind.RCOI, "Reasonable Country of Origin Inquiry",
						"We surveyed our suppliers with the CMRT."),
				section(null, SectionKind.OTHER, "Product Descriptions",
						"Our products include infusion pumps, monitors and sensors sold worldwide to hospitals."),
				section(null, SectionKind.OTHER, "Outreach", "We met suppliers at a conference."),
				section(null, SectionKind.OTHER, "Audit", "No audit was required for this report."));
		Filing now = filing(2025,
				section(null, SectionKind.INTRODUCTION, "Introduction", "Acme makes medical devices in Ohio and Texas."),
				section(null, SectionKind.RCOI, "Our Inquiry", "We surveyed our suppliers with the CMRT."),
				section(null, SectionKind.OTHER, "Products Covered",
						"Our products include infusion pumps, monitors and sensors sold worldwide to clinics."),
				section(null, SectionKind.OTHER, "Audit", "No audit was required for this report."),
				section(null, SectionKind.OTHER, "Grievance Mechanism", "Anyone may report a concern by email."));
		FilingComparison c = FilingCompare.filings(last, now, "2024", "2025");
		Map<String, PartDiff> parts = byTitle(c);
		assertEquals("kind", parts.get("Introduction").matchedBy());
		assertEquals(PartDiff.Status.CHANGED, parts.get("Introduction").status());
		assertEquals(2, parts.get("Introduction").text().wordsInserted());
		PartDiff rcoi = parts.get("Our Inquiry");
		assertEquals("kind", rcoi.matchedBy());
		assertTrue(rcoi.titleChanged());
		assertEquals(PartDiff.Status.CHANGED, rcoi.status(), "a renamed section is changed");
		assertEquals("title", parts.get("Audit").matchedBy());
		assertEquals(PartDiff.Status.UNCHANGED, parts.get("Audit").status());
		PartDiff products = parts.get("Products Covered");
		assertEquals("text", products.matchedBy());
		assertEquals("Product Descriptions", products.oldTitle());
		assertEquals(PartDiff.Status.ADDED, parts.get("Grievance Mechanism").status());
		assertEquals(PartDiff.Status.REMOVED, parts.get("Outreach").status());
		assertEquals(6, parts.get("Outreach").text().wordsDeleted());
		// the removed section stands where it stood: after the one before it
		List<String> order = c.parts().stream().filter(p -> p.id().startsWith("report/"))
				.map(p -> p.newTitle() != null ? p.newTitle() : p.oldTitle()).toList();
		assertEquals(List.of("Introduction", "Our Inquiry", "Products Covered", "Outreach", "Audit",
				"Grievance Mechanism"), order);
	}

	@Test
	void itemsByNumberAndCoverFields() {
		Filing last = filing(2024);
		Filing now = filing(2025);
		now.getRegistrant().getAddress().setCity("Dallas");
		last.getRegistrant().getAddress().setCity("Austin");
		now.getFormSections().get(0).getItems().get(0)
				.setBody(StructuredTexts.paragraphs("Acme reviewed its products."));
		FilingComparison c = FilingCompare.filings(last, now, "2024", "2025");
		assertTrue(c.fields().contains(new FieldChange("Reporting year", "2024", "2025")), c.fields().toString());
		assertTrue(c.fields().contains(new FieldChange("Registrant / Address / City", "Austin", "Dallas")),
				c.fields().toString());
		PartDiff item = c.parts().stream().filter(p -> p.id().equals("item-1.01")).findFirst().orElseThrow();
		assertEquals(PartDiff.Status.CHANGED, item.status());
		assertEquals("id", item.matchedBy());
		assertEquals(4, item.text().wordsInserted());
	}

	@Test
	void annexRowsWithSmelterIds() {
		AnnexA before = F.createAnnexA();
		AnnexA after = F.createAnnexA();
		before.getRows().add(row(Metal.TIN, "Tin Smelter One", "Bolivia", "CID000001", ComplianceStatus.ACTIVE));
		before.getRows().add(row(Metal.GOLD, "Gold Refinery", "Peru", "CID000002", ComplianceStatus.CONFORMANT));
		before.getRows().add(row(Metal.GOLD, "Old Refinery", "Chile", "CID000003", ComplianceStatus.CONFORMANT));
		after.getRows().add(row(Metal.TIN, "Tin Smelter 1", "Bolivia", "CID000001", ComplianceStatus.CONFORMANT));
		after.getRows().add(row(Metal.GOLD, "Gold Refinery", "Brazil", "cid000002", ComplianceStatus.CONFORMANT));
		after.getRows().add(row(Metal.TUNGSTEN, "New Tungsten", "Viet Nam", "CID000009", ComplianceStatus.ACTIVE));
		AnnexComparison c = AnnexCompare.compare(before, after);
		assertEquals(1, c.count(AnnexComparison.Kind.STATUS_CHANGED));
		AnnexComparison.RowChange status = c.changes().stream()
				.filter(r -> r.kind() == AnnexComparison.Kind.STATUS_CHANGED).findFirst().orElseThrow();
		assertEquals("smelter ID", status.matchedBy());
		assertEquals(List.of("Status: Active to Conformant", "Facility: Tin Smelter One to Tin Smelter 1"),
				status.fields());
		AnnexComparison.RowChange moved = c.changes().stream().filter(r -> r.kind() == AnnexComparison.Kind.CHANGED)
				.findFirst().orElseThrow();
		assertEquals(List.of("Country: Peru to Brazil", "Smelter ID: CID000002 to cid000002"), moved.fields());
		assertEquals(1, c.count(AnnexComparison.Kind.ADDED));
		assertEquals(1, c.count(AnnexComparison.Kind.REMOVED));
		assertEquals(0, c.unchanged());
		assertEquals(2, c.before().get(Metal.GOLD).get(ComplianceStatus.CONFORMANT));
		assertEquals(1, c.after().get(Metal.GOLD).get(ComplianceStatus.CONFORMANT));
		assertEquals(1, c.after().get(Metal.TUNGSTEN).get(ComplianceStatus.ACTIVE));
		assertEquals(0, c.before().get(Metal.TUNGSTEN).get(ComplianceStatus.ACTIVE));
	}

	@Test
	void annexRowsWithoutSmelterIdsByMetalNameAndCountry() {
		AnnexA before = F.createAnnexA();
		AnnexA after = F.createAnnexA();
		before.getRows().add(row(Metal.TIN, "Sociedad Minera S.A.", "Bolivia", null, ComplianceStatus.ACTIVE));
		before.getRows().add(row(Metal.GOLD, "Metalúrgica Norte", "Peru", "", ComplianceStatus.NON_CONFORMANT));
		before.getRows().add(row(Metal.GOLD, "Same Name Refinery", "Ghana", null, ComplianceStatus.CONFORMANT));
		after.getRows().add(row(Metal.TIN, "SOCIEDAD MINERA", "Bolivia", "CID001234", ComplianceStatus.ACTIVE));
		after.getRows().add(row(Metal.GOLD, "Metalurgica Norte", "Peru", null, ComplianceStatus.CONFORMANT));
		// same name, other country: another facility
		after.getRows().add(row(Metal.GOLD, "Same Name Refinery", "Togo", null, ComplianceStatus.CONFORMANT));
		AnnexComparison c = AnnexCompare.compare(before, after);
		AnnexComparison.RowChange tin = c.changes().stream().filter(r -> r.row().getMetal() == Metal.TIN)
				.findFirst().orElseThrow();
		assertEquals(AnnexComparison.Kind.CHANGED, tin.kind());
		assertEquals("name and country", tin.matchedBy());
		AnnexComparison.RowChange norte = c.changes().stream()
				.filter(r -> r.kind() == AnnexComparison.Kind.STATUS_CHANGED).findFirst().orElseThrow();
		assertEquals("Metalurgica Norte", norte.newRow().getFacilityName());
		assertEquals(1, c.count(AnnexComparison.Kind.ADDED));
		assertEquals(1, c.count(AnnexComparison.Kind.REMOVED));
	}

	@Test
	void exampleAgainstItsApprovedRevisions() throws Exception {
		Filing example = FilingFiles.load(EXAMPLE);
		FilingComparison c = FilingCompare.fromApproved(example, "halcyon-2025.sdfiling", p -> true);
		Map<String, PartDiff> byId = c.parts().stream().collect(Collectors.toMap(PartDiff::id, p -> p));
		PartDiff rcoi = byId.get("report/rcoi");
		assertNotNull(rcoi);
		assertEquals(PartDiff.Status.CHANGED, rcoi.status(), "the example's RCOI changed since approval");
		assertTrue(rcoi.text().hasChanges());
		// rejecting every change gives back the approved text exactly
		ReviewPart part = ReviewParts.find(example, "report/rcoi").orElseThrow();
		assertTrue(EcoreUtil.equals(Reviews.status(part).approved().getSnapshot(), rcoi.text().rejectAll()));
		// the word-level comparison agrees with the review digest on every approved part
		for (ReviewPart p : ReviewParts.of(example)) {
			if (Reviews.status(p).approved() != null) {
				assertEquals(Reviews.status(p).changedSinceApproval() ? PartDiff.Status.CHANGED
						: PartDiff.Status.UNCHANGED, byId.get(p.id()).status(), p.id());
			}
		}
		assertEquals(13, c.parts().stream().filter(p -> p.status() == PartDiff.Status.UNCHANGED).count());
		assertTrue(c.parts().stream().anyMatch(p -> p.status() == PartDiff.Status.NO_BASE));
	}
}
