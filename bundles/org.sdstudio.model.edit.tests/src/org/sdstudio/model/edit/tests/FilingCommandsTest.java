package org.sdstudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SectionKind;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.TitleStyle;
import org.sdstudio.model.edit.command.AnnexCommands;
import org.sdstudio.model.edit.command.ExhibitCommands;
import org.sdstudio.model.edit.command.RuleCommands;
import org.sdstudio.model.edit.command.SectionCommands;
import org.sdstudio.model.edit.command.UndoableChange;
import org.sdstudio.model.templates.FilingTemplates;

/**
 * The hand-written commands on a filing, headless on a plain command stack as the studio and the command line run
 * them: what each changes, and that undo puts the filing back exactly and redo makes the change again.
 */
class FilingCommandsTest {

	private ExampleDomain example;
	private AdapterFactoryEditingDomain domain;
	private BasicCommandStack stack;
	private Filing filing;

	@BeforeEach
	void openExample() throws Exception {
		example = new ExampleDomain();
		domain = example.domain;
		stack = example.stack;
		filing = example.filing;
	}

	@AfterEach
	void dispose() {
		example.close();
	}

	// --- Annex A ------------------------------------------------------------------------------------------------

	@Test
	void editingACellMarksTheRowEditedInTheSameCommand() {
		SmelterEntry row = firstUneditedRow();
		ComplianceStatus before = row.getStatus();
		ComplianceStatus after = before == ComplianceStatus.ACTIVE ? ComplianceStatus.CONFORMANT
				: ComplianceStatus.ACTIVE;

		Command edit = AnnexCommands.edit(domain, row, Literals.SMELTER_ENTRY__STATUS, after);
		assertEquals("Edit Status", edit.getLabel(), "named after the feature as plugin.properties names it");
		undoRedo(edit, () -> row.getStatus() + "/" + row.isManuallyEdited(), after + "/true");
		stack.undo();
		assertEquals(before, row.getStatus());
		assertFalse(row.isManuallyEdited());
	}

	@Test
	void editingACellToItsValueIsNoCommandAndClearingAnUnsettableValueUnsetsIt() {
		SmelterEntry row = firstUneditedRow();
		assertNull(AnnexCommands.edit(domain, row, Literals.SMELTER_ENTRY__STATUS, row.getStatus()));

		Command clear = AnnexCommands.edit(domain, row, Literals.SMELTER_ENTRY__METAL, null);
		undoRedo(clear, () -> row.isSetMetal() + "/" + row.isManuallyEdited(), "false/true");
		stack.undo();
		assertTrue(row.isSetMetal());
	}

	@Test
	void excludingNeedsItsReasonAndIncludingTakesItAway() {
		List<SmelterEntry> rows = filing.getReport().getAnnexA().getRows().subList(0, 2);
		Supplier<String> state = () -> rows.stream()
				.map(row -> row.isExcluded() + ":" + row.getExclusionReason()).toList().toString();

		Command exclude = AnnexCommands.exclude(domain, rows, "Not in scope: packaging only");
		assertEquals("Exclude Rows", exclude.getLabel());
		undoRedo(exclude, state, "[true:Not in scope: packaging only, true:Not in scope: packaging only]");

		assertEquals("Exclude Row", AnnexCommands.exclude(domain, rows.subList(0, 1), "x").getLabel());
		Command include = AnnexCommands.include(domain, rows);
		undoRedo(include, state, "[false:null, false:null]");
		assertNull(AnnexCommands.include(domain, rows), "nothing excluded: nothing to include");
	}

	@Test
	void addAndRemoveRows() {
		AnnexA annex = filing.getReport().getAnnexA();
		int size = annex.getRows().size();
		SmelterEntry entry = AnnexCommands.newEntry();
		assertTrue(entry.isManuallyEdited(), "a row the user adds is kept by a rebuild");
		assertEquals(ComplianceStatus.UNKNOWN, entry.getStatus());

		undoRedo(AnnexCommands.add(domain, filing, entry), () -> annex.getRows().size() + "/"
				+ (annex.getRows().indexOf(entry) == size), (size + 1) + "/true");
		List<SmelterEntry> two = List.of(annex.getRows().get(0), entry);
		undoRedo(AnnexCommands.remove(domain, annex, two), () -> String.valueOf(annex.getRows().size()),
				String.valueOf(size - 1));
	}

	@Test
	void addingARowToAFilingWithoutAReportCreatesReportAndAnnexInTheSameCommand() {
		Filing empty = FilingTemplates.blank("Acme Corp", 2025);
		empty.setReport(null);
		attach(empty);
		SmelterEntry entry = AnnexCommands.newEntry();
		undoRedo(AnnexCommands.add(domain, empty, entry),
				() -> empty.getReport() == null ? "none" : String.valueOf(empty.getReport().getAnnexA().getRows()
						.indexOf(entry)),
				"0");

		Filing noAnnex = FilingTemplates.blank("Acme Corp", 2025);
		noAnnex.getReport().setAnnexA(null);
		attach(noAnnex);
		undoRedo(AnnexCommands.add(domain, noAnnex, AnnexCommands.newEntry()),
				() -> noAnnex.getReport().getAnnexA() == null ? "none" : "rows "
						+ noAnnex.getReport().getAnnexA().getRows().size(),
				"rows 1");
	}

	@Test
	void aRebuildIsOneCommandThatUndoesEveryChangeAndAFailedOneChangesNothing() {
		AnnexA annex = filing.getReport().getAnnexA();
		String before = rowsOf(annex);
		Command rebuild = AnnexCommands.rebuild(filing, f -> {
			f.getReport().getAnnexA().getRows().remove(0);
			f.getReport().getAnnexA().getRows().get(0).setStatus(ComplianceStatus.NON_CONFORMANT);
		});
		assertEquals("Rebuild Annex A", rebuild.getLabel());
		stack.execute(rebuild);
		String after = rowsOf(annex);
		assertFalse(before.equals(after));
		stack.undo();
		assertEquals(before, rowsOf(annex));
		stack.redo();
		assertEquals(after, rowsOf(annex));
		stack.undo();

		Command failing = AnnexCommands.rebuild(filing, f -> {
			f.getReport().getAnnexA().getRows().remove(0);
			throw new IllegalStateException("the plan no longer fits");
		});
		stack.execute(failing);
		assertEquals(before, rowsOf(annex), "what the failed rebuild changed is rolled back");
		assertFalse(stack.getUndoCommand() == failing, "and it is not on the stack");
		assertNotNull(((UndoableChange<?>) failing).failure());
	}

	// --- report sections ----------------------------------------------------------------------------------------

	@Test
	void aNewSectionIsAnEmptyDraftWithAnIdUniqueInTheFiling() {
		ReportSection first = SectionCommands.newSection(filing, "New Section");
		assertEquals("New Section", first.getTitle());
		assertEquals(SectionKind.OTHER, first.getKind());
		assertEquals(TitleStyle.HEADING, first.getTitleStyle());
		assertEquals(ReviewState.DRAFT, SectionCommands.state(first));
		assertTrue(first.getBody().getBlocks().isEmpty());
		assertFalse(SectionCommands.hasText(first));
		stack.execute(SectionCommands.add(domain, filing, null, first));
		ReportSection second = SectionCommands.newSection(filing, "Another");
		assertFalse(first.getId().equals(second.getId()));
		List<String> ids = new ArrayList<>();
		filing.eAllContents().forEachRemaining(o -> {
			if (o instanceof ReportSection s) {
				ids.add(s.getId());
			}
		});
		assertFalse(ids.contains(second.getId()));
	}

	@Test
	void addAfterASectionAddAtTheEndAndAddASubsection() {
		List<ReportSection> sections = filing.getReport().getSections();
		ReportSection after = sections.get(1);
		ReportSection added = SectionCommands.newSection(filing, "Added");
		undoRedo(SectionCommands.add(domain, filing, after, added), () -> String.valueOf(sections.indexOf(added)),
				"2");

		ReportSection last = SectionCommands.newSection(filing, "Last");
		undoRedo(SectionCommands.add(domain, filing, null, last),
				() -> String.valueOf(sections.indexOf(last) == sections.size() - 1), "true");

		ReportSection sub = SectionCommands.newSection(filing, "Sub");
		undoRedo(SectionCommands.addSubsection(domain, after, sub), () -> String.valueOf(
				after.getSubsections().indexOf(sub) == after.getSubsections().size() - 1), "true");
		assertSame(after.getSubsections(), SectionCommands.siblings(sub));
		assertTrue(SectionCommands.hasText(after), "a section with subsections has writing to lose");
	}

	@Test
	void aSectionAddedToAFilingWithoutAReportCreatesTheReport() {
		Filing empty = FilingTemplates.blank("Acme Corp", 2025);
		empty.setReport(null);
		attach(empty);
		ReportSection section = SectionCommands.newSection(empty, "First");
		assertEquals("section-1", section.getId());
		undoRedo(SectionCommands.add(domain, empty, null, section),
				() -> empty.getReport() == null ? "none" : empty.getReport().getSections().indexOf(section) + "",
				"0");
	}

	@Test
	void moveUpAndDownWithinTheSiblingsAndNotPastTheEdge() {
		List<ReportSection> sections = filing.getReport().getSections();
		ReportSection second = sections.get(1);
		undoRedo(SectionCommands.move(domain, second, -1), () -> String.valueOf(sections.indexOf(second)), "0");
		undoRedo(SectionCommands.move(domain, second, +1), () -> String.valueOf(sections.indexOf(second)), "1");
		assertNull(SectionCommands.move(domain, sections.get(0), -1));
		assertNull(SectionCommands.move(domain, sections.get(sections.size() - 1), +1));
	}

	@Test
	void removeTakesTheSectionWithItsSubsections() {
		ReportSection withSteps = filing.getReport().getSections().stream()
				.filter(s -> !s.getSubsections().isEmpty()).findFirst().orElseThrow();
		int subsections = withSteps.getSubsections().size();
		List<ReportSection> sections = filing.getReport().getSections();
		undoRedo(SectionCommands.remove(domain, withSteps), () -> String.valueOf(sections.contains(withSteps)),
				"false");
		assertEquals(subsections, withSteps.getSubsections().size());
	}

	// --- exhibits -------------------------------------------------------------------------------------------------

	@Test
	void aNewExhibitTakesTheNextFreeNumberWithItsDocumentType() {
		Filing blank = FilingTemplates.blank("Acme Corp", 2025);
		attach(blank);
		Exhibit next = ExhibitCommands.nextExhibit(blank);
		assertEquals("1.02", next.getNumber(), "1.01 is the Conflict Minerals Report");
		assertEquals("EX-1.02", next.getDocumentType());
		undoRedo(ExhibitCommands.add(domain, blank, next), () -> blank.getExhibits().stream()
				.map(Exhibit::getNumber).toList().toString(), "[1.01, 1.02]");
		assertEquals("1.03", ExhibitCommands.nextExhibit(blank).getNumber());
		undoRedo(ExhibitCommands.remove(domain, blank, List.of(blank.getExhibits().get(0))), () -> blank
				.getExhibits().stream().map(Exhibit::getNumber).toList().toString(), "[1.02]");
		assertEquals("1.01", ExhibitCommands.nextExhibit(blank).getNumber(), "a number freed is used again");
	}

	// --- rules ----------------------------------------------------------------------------------------------------

	@Test
	void selectingRule13p1AddsItWithThePeriodEndingDecember31OfTheReportingYear() {
		Filing blank = FilingTemplates.blank("Acme Corp", 2024);
		attach(blank);
		assertNull(RuleCommands.select(domain, blank, DisclosureRule.RULE_13P_1, true), "already selected");
		Supplier<String> rules = () -> blank.getRules().stream().map(r -> r.getRule() + " " + r.getPeriodEnd())
				.toList().toString();
		undoRedo(RuleCommands.select(domain, blank, DisclosureRule.RULE_13P_1, false), rules, "[]");
		assertNull(RuleCommands.selection(blank, DisclosureRule.RULE_13P_1));

		stack.execute(RuleCommands.select(domain, blank, DisclosureRule.RULE_13P_1, false));
		blank.setReportingYear(2026);
		undoRedo(RuleCommands.select(domain, blank, DisclosureRule.RULE_13P_1, true), rules, "[13p-1 2026-12-31]");
		assertEquals(LocalDate.of(2026, 12, 31),
				RuleCommands.selection(blank, DisclosureRule.RULE_13P_1).getPeriodEnd());
	}

	@Test
	void rule13q1CanOnlyBeTakenOut() {
		assertNull(RuleCommands.select(domain, filing, DisclosureRule.RULE_13Q_1, true),
				"this studio files 13p-1 reports: 13q-1 is never added");
		Filing blank = FilingTemplates.blank("Acme Corp", 2025);
		blank.getRules().add(EcoreUtil.copy(blank.getRules().get(0)));
		blank.getRules().get(1).setRule(DisclosureRule.RULE_13Q_1);
		attach(blank);
		undoRedo(RuleCommands.select(domain, blank, DisclosureRule.RULE_13Q_1, false),
				() -> String.valueOf(RuleCommands.selection(blank, DisclosureRule.RULE_13Q_1) != null), "false");
	}

	@Test
	void aFailedChangeIsRolledBackAndReportsWhy() {
		String name = filing.getRegistrant().getName();
		UndoableChange<String> change = new UndoableChange<>(filing, "Rename", () -> {
			filing.getRegistrant().setName("Half done");
			throw new IllegalArgumentException("bad input in cell B4");
		});
		stack.execute(change);
		assertEquals(name, filing.getRegistrant().getName());
		assertEquals("bad input in cell B4", change.failure().getMessage());
		assertNull(change.result());
		assertFalse(stack.canUndo());

		UndoableChange<String> ok = new UndoableChange<>(filing, "Rename", () -> {
			filing.getRegistrant().setName("Renamed");
			return "done";
		});
		undoRedo(ok, () -> filing.getRegistrant().getName(), "Renamed");
		assertEquals("done", ok.result());
		assertThrows(IllegalArgumentException.class, () -> {
			throw change.failure();
		});
	}

	// --- helpers --------------------------------------------------------------------------------------------------

	/**
	 * Executes {@code command} on the stack and checks that it changes {@code state} to {@code expected}, that undo
	 * restores the state before it, and that redo makes the change again; the command stays done.
	 */
	private void undoRedo(Command command, Supplier<String> state, String expected) {
		assertNotNull(command);
		assertTrue(command.canExecute(), command.getLabel());
		String before = state.get();
		Filing filingBefore = snapshot();
		stack.execute(command);
		assertSame(command, stack.getUndoCommand(), "executed on the stack");
		assertEquals(expected, state.get());
		Filing filingAfter = snapshot();
		assertTrue(stack.canUndo());
		stack.undo();
		assertEquals(before, state.get(), "undo of " + command.getLabel());
		assertSameFiling(filingBefore, "undo puts the whole filing back");
		assertTrue(stack.canRedo());
		stack.redo();
		assertEquals(expected, state.get(), "redo of " + command.getLabel());
		assertSameFiling(filingAfter, "redo makes the same filing again");
	}

	/** The whole filing as it is now (compared with {@link EcoreUtil#equals}). */
	private Filing snapshot() {
		return EcoreUtil.copy(filing);
	}

	private void assertSameFiling(Filing expected, String message) {
		assertTrue(EcoreUtil.equals(expected, filing), message);
	}

	/** Works on {@code other} from now on. */
	private void attach(Filing other) {
		filing = other;
	}

	private SmelterEntry firstUneditedRow() {
		return filing.getReport().getAnnexA().getRows().stream()
				.filter(row -> !row.isManuallyEdited() && row.isSetMetal() && row.isSetStatus())
				.findFirst().orElseThrow();
	}

	private static String rowsOf(AnnexA annex) {
		StringBuilder text = new StringBuilder();
		for (SmelterEntry row : annex.getRows()) {
			text.append(row.getFacilityName()).append('|').append(row.getStatus()).append(';');
		}
		return text.toString();
	}
}
