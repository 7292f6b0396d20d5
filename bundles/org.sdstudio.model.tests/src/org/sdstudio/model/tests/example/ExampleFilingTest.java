package org.sdstudio.model.tests.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.Block;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Metal;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.Run;
import org.sdstudio.model.SectionKind;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.TitleStyle;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.tests.Examples;
import org.sdstudio.model.validation.FilingFindings;

/**
 * The example filing holds every construct of a real Form SD with its Conflict Minerals Report, and is clean: it is
 * what `sdstudio demo` shows and what later features (export, review) are measured against.
 */
class ExampleFilingTest {

	private static Filing filing;

	@BeforeAll
	static void load() throws Exception {
		filing = FilingFiles.load(Examples.HALCYON_2025);
	}

	@Test
	void validatesWithoutAnyFinding() {
		// "today" fixed in the filing season, so the result does not change with the calendar
		Clock may2026 = Clock.fixed(LocalDate.of(2026, 5, 22).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		List<Finding> findings = FilingFindings.findings(filing, may2026);
		assertEquals(List.of(), findings.stream().map(f -> f.getCode() + " " + f.getMessage()).toList());
		assertTrue(FilingFindings.findings(filing).stream()
				.noneMatch(f -> f.getSeverity() == Severity.ERROR), "no errors today either");
	}

	@Test
	void coverHasEveryFieldAndTheRuleWithItsPeriod() {
		var registrant = filing.getRegistrant();
		for (String value : new String[] { registrant.getName(), registrant.getStateOfIncorporation(),
				registrant.getCommissionFileNumber(), registrant.getIrsEmployerNumber(), registrant.getCik(),
				registrant.getAddress().getStreet(), registrant.getAddress().getCity(),
				registrant.getAddress().getState(), registrant.getAddress().getZipCode(), filing.getContact().getName(),
				filing.getContact().getTitle(), filing.getContact().getPhone() }) {
			assertTrue(value != null && !value.isBlank());
		}
		assertEquals(DisclosureRule.RULE_13P_1, filing.getRules().get(0).getRule());
		assertEquals(LocalDate.of(2025, 12, 31), filing.getRules().get(0).getPeriodEnd());
		assertEquals("EX-1.01", filing.getExhibits().get(0).getDocumentType());
		assertTrue(filing.getSignature().getDate().isAfter(LocalDate.of(2025, 12, 31)));
	}

	@Test
	void itemsCarryTheirTextWithASubheadingAndTheExhibitsItemListsTheExhibits() {
		List<FormItem> items = filing.getFormSections().stream().flatMap(s -> s.getItems().stream()).toList();
		assertEquals(List.of("1.01", "1.02", "3.01"), items.stream().map(FormItem::getNumber).toList());
		assertTrue(items.get(0).getBody().getBlocks().stream()
				.anyMatch(b -> b instanceof Paragraph p && p.getStyle() == ParagraphStyle.SUBHEADING));
		assertTrue(items.get(2).isListsExhibits());
	}

	@Test
	void reportHasEverySectionOfARealReportInOrder() {
		List<ReportSection> sections = filing.getReport().getSections();
		assertEquals(List.of(SectionKind.CAUTIONARY_NOTE, SectionKind.INTRODUCTION, SectionKind.BACKGROUND,
				SectionKind.RCOI, SectionKind.DUE_DILIGENCE, SectionKind.SMELTERS_AND_REFINERS,
				SectionKind.RISK_FACTORS, SectionKind.FUTURE_STEPS), sections.stream().map(ReportSection::getKind).toList());
		assertEquals(TitleStyle.RUN_IN, sections.get(0).getTitleStyle(), "the cautionary note's title runs in");
		ReportSection diligence = sections.get(4);
		assertEquals(List.of("1", "2", "3", "4", "5"),
				diligence.getSubsections().stream().map(ReportSection::getNumber).toList(), "the five OECD steps");
		assertTrue(diligence.getSubsections().stream().allMatch(s -> s.getKind() == SectionKind.DUE_DILIGENCE_STEP));
		assertTrue(filing.getReport().getCoveredProducts().size() >= 3);
	}

	@Test
	void stepOneIsALetteredListWhoseItemsOpenWithAnItalicRunInHeading() {
		ReportSection step1 = filing.getReport().getSections().get(4).getSubsections().get(0);
		ListBlock list = step1.getBody().getBlocks().stream().filter(ListBlock.class::isInstance)
				.map(ListBlock.class::cast).findFirst().orElseThrow();
		assertEquals(ListStyle.LOWER_ALPHA, list.getStyle());
		assertEquals(5, list.getItems().size(), "items a-e");
		for (ListItem item : list.getItems()) {
			Paragraph first = (Paragraph) item.getBlocks().get(0);
			Run heading = first.getRuns().get(0);
			assertTrue(heading.isItalic() && heading.getText().strip().endsWith("."), heading.getText());
			assertTrue(first.getRuns().size() > 1 && !first.getRuns().get(1).isItalic(), "text follows the heading");
		}
	}

	@Test
	void textUsesBoldItalicAndBothKindsOfLink() {
		List<Run> runs = all(Run.class);
		assertTrue(runs.stream().anyMatch(Run::isBold));
		assertTrue(runs.stream().anyMatch(Run::isItalic));
		assertTrue(runs.stream().anyMatch(r -> "#annex-a".equals(r.getLink())), "a link to Annex A");
		assertTrue(runs.stream().anyMatch(r -> r.getLink() != null && r.getLink().startsWith("https://")),
				"a website address");
		assertTrue(all(Block.class).stream().anyMatch(b -> b instanceof ListBlock l && l.getStyle() != ListStyle.LOWER_ALPHA));
	}

	@Test
	void annexAHoldsThe291FacilitiesWithTheirListDate() {
		var annex = filing.getReport().getAnnexA();
		assertEquals("Annex A", annex.getTitle());
		assertEquals("2025 Facility and Country List", annex.getCaption());
		assertEquals(LocalDate.of(2026, 5, 15), annex.getRmiListDate());
		List<SmelterEntry> rows = annex.getRows();
		assertEquals(291, rows.size());
		Map<Metal, Long> byMetal = rows.stream().collect(Collectors.groupingBy(SmelterEntry::getMetal, Collectors.counting()));
		assertEquals(Map.of(Metal.GOLD, 156L, Metal.TANTALUM, 37L, Metal.TIN, 58L, Metal.TUNGSTEN, 40L), byMetal);
		Map<ComplianceStatus, Long> byStatus = rows.stream()
				.collect(Collectors.groupingBy(SmelterEntry::getStatus, Collectors.counting()));
		assertEquals(Map.of(ComplianceStatus.CONFORMANT, 225L, ComplianceStatus.ACTIVE, 9L, ComplianceStatus.UNKNOWN, 57L),
				byStatus);
		assertTrue(rows.stream().allMatch(r -> r.isSetMetal() && r.isSetStatus() && !r.getCountry().isBlank()));
	}

	@Test
	void reviewRecordsHaveStatesRevisionsAndComments() {
		List<ReportSection> sections = all(ReportSection.class);
		assertTrue(sections.stream().allMatch(s -> s.getReview() != null));
		assertTrue(sections.stream().anyMatch(s -> s.getReview().getState() == ReviewState.IN_REVIEW));
		ReportSection withHistory = sections.stream().filter(s -> !s.getReview().getRevisions().isEmpty()).findFirst()
				.orElseThrow();
		assertNotNull(withHistory.getReview().getApprovedRevision());
		assertNotNull(withHistory.getReview().getRevisions().get(0).getSnapshot());
		assertTrue(sections.stream().anyMatch(s -> !s.getReview().getComments().isEmpty()));
	}

	private static <T> List<T> all(Class<T> type) {
		List<T> found = new java.util.ArrayList<>();
		for (TreeIterator<EObject> it = filing.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (type.isInstance(next)) {
				found.add(type.cast(next));
			}
		}
		return found;
	}
}
