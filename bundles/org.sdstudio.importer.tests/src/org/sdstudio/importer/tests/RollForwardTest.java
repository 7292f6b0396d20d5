package org.sdstudio.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sdstudio.importer.RollForward;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.Revision;
import org.sdstudio.model.FormType;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;

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

	private static final Reviewer CLERK = new Reviewer("Dana Whitfield",
			Clock.fixed(Instant.parse("2027-01-15T09:00:00Z"), ZoneOffset.UTC));

	private static Map<String, ReviewPart> parts(Filing f) {
		return ReviewParts.of(f).stream().collect(Collectors.toMap(ReviewPart::id, Function.identity()));
	}

	private static List<ReviewComment> threads(Filing f, boolean resolved) {
		return ReviewParts.of(f).stream().flatMap(p -> Reviews.threads(p).stream())
				.filter(c -> c.isResolved() == resolved).toList();
	}

	@Test
	void everyPartIsADraftAgainWithItsFiledTextKeptAsARevision() throws Exception {
		Filing example = FilingFacts.example();
		Map<String, ReviewPart> filed = parts(example);
		List<String> approvedBefore = Reviews.statuses(example).stream().filter(PartStatus::isApproved)
				.map(s -> s.part().id()).toList();
		assertFalse(approvedBefore.isEmpty(), "the example has approved parts");
		int revisionsBefore = filed.values().stream().mapToInt(p -> p.review() == null ? 0 : p.review().getRevisions().size()).sum();

		RollForward.Result r = RollForward.of(example, 2026, false, CLERK);
		Map<String, ReviewPart> next = parts(r.filing());
		assertEquals(filed.keySet(), next.keySet());
		for (ReviewPart part : next.values()) {
			ReviewPart before = filed.get(part.id());
			PartStatus status = Reviews.status(part);
			assertEquals(ReviewState.DRAFT, part.review().getState(), part.id());
			assertEquals(ReviewState.DRAFT, status.state(), part.id());
			assertNull(status.approved(), part.id() + ": last year's approval is not carried");
			assertNull(part.review().getApprovedRevision(), part.id());
			assertNull(part.review().getApprovedBy(), part.id());
			List<Revision> asFiled = part.review().getRevisions().stream()
					.filter(v -> "As filed for 2025".equals(v.getNote())).toList();
			assertEquals(1, asFiled.size(), part.id());
			Revision revision = asFiled.get(0);
			assertEquals(before.title(), revision.getTitle(), part.id());
			assertTrue(EcoreUtil.equals(before.text(), revision.getSnapshot()), part.id() + ": the text as filed");
			assertEquals(before.digest(), Reviews.digest(revision), part.id());
			assertEquals("Dana Whitfield", revision.getAuthor());
			assertEquals(Instant.parse("2027-01-15T09:00:00Z"), revision.getTimestamp());
			assertTrue(revision.getId().startsWith(part.id().substring(part.id().lastIndexOf('/') + 1) + "-r"), revision.getId());
		}
		int revisionsAfter = next.values().stream().mapToInt(p -> p.review().getRevisions().size()).sum();
		assertEquals(revisionsBefore + next.size(), revisionsAfter, "earlier revisions stay as history");
		// the revision keeps 2025's words while the text itself moved on
		Revision item = next.get("item-1.01").review().getRevisions().stream()
				.filter(v -> "As filed for 2025".equals(v.getNote())).findFirst().orElseThrow();
		assertTrue(StructuredTexts.plainText(item.getSnapshot()).contains("January 1, 2025 through December 31, 2025"));
		assertTrue(item101(r.filing()).contains("January 1, 2026 through December 31, 2026"));
		assertTrue(r.changes().contains(next.size() + " part(s) back to Draft, their filed text kept as revision 'As filed for 2025'"
				+ " (" + approvedBefore.size() + " approval(s) not carried); " + threads(example, false).size()
				+ " open comment(s) dropped; " + threads(example, true).size() + " resolved comment(s) dropped"), r.changes().toString());
		assertTrue(Reviews.statuses(example).stream().filter(PartStatus::isApproved).map(s -> s.part().id()).toList()
				.equals(approvedBefore), "last year's filing keeps its approvals");
	}

	@Test
	void openCommentsAreDroppedUnlessKept() throws Exception {
		Filing example = FilingFacts.example();
		List<String> open = threads(example, false).stream().map(ReviewComment::getId).toList();
		assertFalse(open.isEmpty(), "the example has open comments");
		assertFalse(threads(example, true).isEmpty(), "the example has a resolved comment");

		Filing dropped = RollForward.of(example, 2026, false, CLERK).filing();
		assertTrue(threads(dropped, false).isEmpty());
		assertTrue(threads(dropped, true).isEmpty(), "resolved threads are last year's business");
		assertEquals(open, threads(example, false).stream().map(ReviewComment::getId).toList(), "the original keeps them");

		RollForward.Result kept = RollForward.of(example, 2026, true, CLERK);
		assertEquals(open, threads(kept.filing(), false).stream().map(ReviewComment::getId).toList());
		assertTrue(threads(kept.filing(), true).isEmpty(), "only the open ones are kept");
		assertTrue(kept.changes().stream().anyMatch(c -> c.contains("; " + open.size() + " open comment(s) kept")),
				kept.changes().toString());
		// a kept comment still finds its passage in the new text
		for (ReviewPart part : ReviewParts.of(kept.filing())) {
			for (ReviewComment c : Reviews.threads(part)) {
				if (c.getQuotedText() != null) {
					assertTrue(part.plainText().contains(c.getQuotedText()), c.getId());
				}
			}
		}
	}
}
