package org.sdstudio.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sdstudio.importer.RollForward;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormType;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.text.StructuredTexts;

/** Each rule of rolling a filing forward to the next reporting year, on the example. */
class RollForwardTest {

	private static String item101(Filing f) {
		return StructuredTexts.plainText(f.getFormSections().get(0).getItems().get(0).getBody());
	}

	private static String section(Filing f, String id) {
		return StructuredTexts.plainText(f.getReport().getSections().stream().filter(s -> s.getId().equals(id))
				.findFirst().orElseThrow().getBody());
	}

	@Test
	void yearPeriodDeadlineAndSignatureMoveOn() throws Exception {
		Filing example = FilingFacts.example();
		RollForward.Result r = RollForward.of(example, 2026);
		Filing next = r.filing();
		assertEquals(2026, next.getReportingYear());
		assertEquals(LocalDate.of(2026, 12, 31), next.getRules().get(0).getPeriodEnd());
		assertNull(next.getSignature().getDate(), "the signature date is cleared");
		assertTrue(r.changes().get(0).contains("filing deadline 2027-06-01"), r.changes().get(0)); // May 31, 2027 is a Monday holiday
		assertEquals(2025, example.getReportingYear(), "the filing rolled forward is a copy");
		assertEquals(LocalDate.of(2026, 5, 21), example.getSignature().getDate());
	}

	@Test
	void anAmendmentBecomesAnOriginalFiling() throws Exception {
		Filing example = FilingFacts.example();
		example.setFormType(FormType.SD_A);
		example.setAmendmentExplanation("Amended to correct Annex A.");
		Filing next = RollForward.of(example, 2026).filing();
		assertEquals(FormType.SD, next.getFormType());
		assertNull(next.getAmendmentExplanation());
	}

	@Test
	void periodPhrasesMoveOnAndOtherYearMentionsAreReported() throws Exception {
		Filing example = FilingFacts.example();
		assertTrue(item101(example).contains("For the period from January 1, 2025 through December 31, 2025"));
		assertTrue(item101(example).contains("during 2025"));
		RollForward.Result r = RollForward.of(example, 2026);
		Filing next = r.filing();
		String item = item101(next);
		assertTrue(item.contains("For the period from January 1, 2026 through December 31, 2026"), item);
		assertTrue(item.contains("during 2026"), item);
		assertFalse(item.contains("2025"), item);
		assertEquals("For the Reporting Period from January 1, 2026 to December 31, 2026", next.getReport().getSubtitle());
		assertTrue(next.getExhibits().get(0).getDescription().contains("January 1, 2026 to December 31, 2026"));
		assertEquals("2026 Facility and Country List", next.getReport().getAnnexA().getCaption());
		// a year that does not name the period is left and reported with its passage
		String note = section(next, "cautionary-note");
		assertTrue(note.contains("Form 10-K for the fiscal year ended December 31, 2025"), "not a reporting period phrase");
		assertTrue(r.findings().stream().anyMatch(f -> f.where().contains("Cautionary Note")
				&& f.message().contains("fiscal year ended December 31, 2025")), r.findings().toString());
		// 2010 is not the old year: neither changed nor reported
		assertTrue(section(next, "introduction").contains("in 2010"));
		assertTrue(r.findings().stream().noneMatch(f -> f.message().contains("2010")));
	}

	@Test
	void suppliersStayWithLastYearsResponsesAsHistory() throws Exception {
		Filing example = FilingFacts.example();
		var f = SdStudioFactory.eINSTANCE;
		Supplier supplier = f.createSupplier();
		supplier.setId("s1");
		supplier.setName("Front Range Metals");
		SupplierResponse response = f.createSupplierResponse();
		response.setId("r1");
		supplier.getResponses().add(response);
		supplier.setCurrentResponse(response);
		example.getSupplyChain().getSuppliers().add(supplier);
		var list = f.createReferenceList();
		list.setName("RMI facility list");
		list.setAsOfDate(LocalDate.of(2026, 1, 31));
		example.getSupplyChain().getReferenceLists().add(list);

		RollForward.Result r = RollForward.of(example, 2026);
		Supplier kept = r.filing().getSupplyChain().getSuppliers().get(0);
		assertEquals("Front Range Metals", kept.getName());
		assertNull(kept.getCurrentResponse(), "this year starts with no current response");
		assertEquals(1, kept.getResponses().size(), "last year's response is in the history");
		assertEquals(1, r.filing().getSupplyChain().getReferenceLists().size(), "the status list stays");
		assertTrue(r.findings().stream().anyMatch(x -> x.message().contains("last year's list (as of 2026-01-31)")));
	}

	@Test
	void annexARowsStayMarkedAsCarried() throws Exception {
		Filing example = FilingFacts.example();
		Filing next = RollForward.of(example, 2026).filing();
		assertEquals(example.getReport().getAnnexA().getRows().size(), next.getReport().getAnnexA().getRows().size());
		assertTrue(next.getReport().getAnnexA().getRows().stream().allMatch(row -> row.getNote().startsWith("Carried from 2025")));
	}

	@Test
	void aYearThatIsNotLaterIsRefused() throws Exception {
		assertThrows(IllegalArgumentException.class, () -> RollForward.of(FilingFacts.example(), 2025));
	}
}
