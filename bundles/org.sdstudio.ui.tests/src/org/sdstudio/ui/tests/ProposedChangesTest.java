package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ProposalState;
import org.sdstudio.model.ProposedRevision;
import org.sdstudio.model.ProposedRowChange;
import org.sdstudio.model.Run;
import org.sdstudio.model.RowChangeKind;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.compare.TextMerge;
import org.sdstudio.ui.internal.compare.SectionChanges;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.report.ReportPage;
import org.sdstudio.ui.internal.review.ReviewPage;
import org.sdstudio.ui.internal.review.ReviewerName;

/**
 * Changes proposed from a returned Word document, decided in the studio: in the report editor's Show Changes
 * ("Proposed changes") and in the Review page's Proposed Changes dialog (item texts and Annex A's row changes).
 */
class ProposedChangesTest {

	private static final String COUNSEL = "Jonathan Morrow (outside counsel)";
	private static final Instant MADE = Instant.parse("2026-04-20T10:15:00Z");

	@TempDir
	Path dir;

	@AfterEach
	void close() {
		ReviewerName.setPreference("");
		Studio.closeAll();
		for (Shell shell : Studio.window().getShell().getDisplay().getShells()) {
			if ("proposals".equals(shell.getData("name"))) {
				shell.dispose();
			}
		}
	}

	/** The introduction's text with counsel's three edits: a replacement, an insertion, and one that conflicts. */
	private static StructuredText counselsIntroduction(ReviewPart intro) {
		StructuredText text = EcoreUtil.copy(intro.text());
		Run first = ((Paragraph) text.getBlocks().get(0)).getRuns().get(0);
		first.setText(first.getText().replace("can be found", "are available"));
		Run second = ((Paragraph) text.getBlocks().get(1)).getRuns().get(0);
		second.setText(second.getText().replace("addresses conflict minerals", "addresses the trade in conflict minerals")
				.replace("each year", "annually"));
		return text;
	}

	/** Proposes counsel's introduction: P2 made with tracking off, P3 meeting an edit of the filing. */
	private static ReviewCommand propose(ReviewPart intro) {
		return Proposals.propose(intro, counselsIntroduction(intro), "halcyon-2025-review.docx", "d1",
				new Reviewer("Dana Whitfield"),
				change -> new Proposals.Attribution(COUNSEL, MADE.plusSeconds(60L * change.number()), change.number() == 2),
				List.of(new TextMerge.Conflict("each year", "every year", "annually")));
	}

	private static String plain(ReviewPart part) {
		return StructuredTexts.plainText(part.text());
	}

	@Test
	void showChangesMarksTheProposedChangesAndAcceptPutsExactlyThatChangeIntoTheText() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		ReviewPart intro = ReviewParts.find(editor.getFiling(), "report/introduction").orElseThrow();
		String original = plain(intro);
		ReviewCommand proposal = propose(intro);
		assertTrue(proposal.canExecute(), proposal.refusal().orElse(""));
		stack.execute(proposal);
		ProposedRevision revision = (ProposedRevision) proposal.result();
		assertEquals(3, revision.getChanges().size(), "three changes proposed");
		assertEquals(original, plain(intro), "a proposal leaves the text as it is");

		ReportPage report = (ReportPage) editor.showPage(ReportPage.ID);
		Studio.settle();
		report.getTreeViewer().setSelection(new StructuredSelection(intro.owner()), true);
		Studio.settle();
		SectionChanges changes = SectionChanges.of(report.getTextEditor().getStyledText());
		changes.open();
		Studio.settle();
		try {
			Shell window = changes.window();
			Combo base = Studio.find(window, Combo.class, "showChanges.base");
			Table list = Studio.find(window, Table.class, "showChanges.list");
			Label header = Studio.find(window, Label.class, "showChanges.header");
			StyledText shown = Studio.find(window, StyledText.class, "showChanges.text");
			// chosen by itself: the section has proposed changes waiting
			assertTrue(changes.showsProposals());
			assertEquals("Proposed changes (3 of 3 pending)", base.getItem(base.getSelectionIndex()));
			assertTrue(header.getText().startsWith("Section Introduction: 3 of 3 proposed changes pending, 1 in conflict"),
					header.getText());
			assertEquals(3, list.getItemCount());
			assertEquals("State", list.getColumn(3).getText());
			assertEquals("P1", list.getItem(0).getText(0));
			assertTrue(list.getItem(0).getText(1).contains("can be found"), list.getItem(0).getText(1));
			assertTrue(list.getItem(0).getText(2).startsWith(COUNSEL + ", "), list.getItem(0).getText(2));
			assertEquals("pending", list.getItem(0).getText(3));
			assertEquals("pending; tracking off", list.getItem(1).getText(3));
			assertEquals("pending; conflict", list.getItem(2).getText(3));

			// the text: inserted words underlined in blue, deleted ones struck in red, the conflict highlighted
			StyleRange inserted = shown.getStyleRangeAtOffset(shown.getText().indexOf("the trade in"));
			assertTrue(inserted.underline && !inserted.strikeout, "insertion underlined");
			assertEquals(shown.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE), inserted.foreground);
			StyleRange deleted = shown.getStyleRangeAtOffset(shown.getText().indexOf("can be found"));
			assertTrue(deleted.strikeout, "deletion struck through");
			assertEquals(shown.getDisplay().getSystemColor(SWT.COLOR_DARK_RED), deleted.foreground);
			StyleRange conflict = shown.getStyleRangeAtOffset(shown.getText().indexOf("annually"));
			assertEquals(shown.getDisplay().getSystemColor(SWT.COLOR_YELLOW), conflict.background, "conflict highlighted");
			assertTrue(shown.getText().contains("[P1]") && shown.getText().contains("[P3]"), shown.getText());
			list.setSelection(2);
			Studio.screenshot("report-proposed-changes", window);

			// accept P1: exactly that change goes into the text
			list.setSelection(0);
			click(window, "showChanges.accept");
			String onlyP1 = StructuredTexts.plainText(Proposals.comparison(revision).resolve(i -> i == 1));
			assertEquals(onlyP1, plain(intro));
			assertTrue(plain(intro).contains("are available") && plain(intro).contains("addresses conflict minerals")
					&& plain(intro).contains("each year"), plain(intro));
			assertTrue(editor.isDirty());
			assertTrue(list.getItem(0).getText(3).startsWith("accepted by "), list.getItem(0).getText(3));
			assertFalse(shown.getText().contains("[P1]"), "a decided change is no longer marked");
			assertTrue(shown.getText().contains("are available"));

			// reject P2: the text stays as it is
			list.setSelection(1);
			click(window, "showChanges.reject");
			assertEquals(onlyP1, plain(intro));
			assertEquals(ProposalState.REJECTED, revision.getChanges().get(1).getState());
			assertFalse(shown.getText().contains("the trade in"), "a rejected insertion is not in the text shown");

			// undo: P2 pending again, then the text as before
			stack.undo();
			Studio.settle();
			assertEquals(ProposalState.PENDING, revision.getChanges().get(1).getState());
			stack.undo();
			Studio.settle();
			assertEquals(original, plain(intro), "undo puts the text back");
			assertEquals("pending", list.getItem(0).getText(3));

			// an edit of the filing meeting P3: accepting it is refused with the reason, nothing changes
			Run second = ((Paragraph) intro.section().getBody().getBlocks().get(1)).getRuns().get(0);
			stack.execute(SetCommand.create(editor.getEditingDomain(), second, SdStudioPackage.Literals.RUN__TEXT,
					second.getText().replace("each year", "every year")));
			Studio.settle();
			String edited = plain(intro);
			list.setSelection(2);
			click(window, "showChanges.accept");
			assertTrue(header.getText().startsWith("Not done: ") && header.getText().contains("edited after the proposal"),
					header.getText());
			assertEquals(edited, plain(intro));
			assertEquals(ProposalState.PENDING, revision.getChanges().get(2).getState());

			// accept all the rest: P1 and P2 merge into the edited text
			changes.decide(List.of(1, 2), true);
			Studio.settle();
			assertTrue(plain(intro).contains("are available") && plain(intro).contains("the trade in")
					&& plain(intro).contains("every year"), plain(intro));
		} finally {
			changes.close();
		}
	}

	@Test
	void theReviewPageCountsProposedChangesAndItsDialogDecidesItemTextsAndAnnexRows() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		ReviewerName.setPreference("Dana Whitfield");
		ReviewPart annex = ReviewParts.find(editor.getFiling(), ReviewParts.ANNEX_A).orElseThrow();
		ReviewPart item = ReviewParts.find(editor.getFiling(), "item-1.01").orElseThrow();
		SmelterEntry row = annex.annex().getRows().stream().filter(r -> "8853 S.p.A.".equals(r.getFacilityName()))
				.findFirst().orElseThrow();
		assertEquals(ComplianceStatus.CONFORMANT, row.getStatus());
		int rows = annex.annex().getRows().size();
		stack.execute(Proposals.proposeRows(annex, List.of(rowEdit(row), rowAdd()), "review.docx", "d2",
				new Reviewer("Dana Whitfield")));
		StructuredText itemText = EcoreUtil.copy(item.text());
		Run run = ((Paragraph) itemText.getBlocks().get(0)).getRuns().get(0);
		String before = run.getText();
		run.setText(before + " Counsel reviewed this item.");
		stack.execute(Proposals.propose(item, itemText, "review.docx", "d2", new Reviewer("Dana Whitfield"),
				c -> new Proposals.Attribution(COUNSEL, MADE, false), List.of()));
		Studio.settle();

		ReviewPage page = (ReviewPage) editor.showPage(ReviewPage.ID);
		Studio.settle();
		Table parts = page.getPartsViewer().getTable();
		int column = Stream.of(parts.getColumns()).map(c -> c.getText()).toList().indexOf("Proposed changes");
		assertTrue(column > 0);
		assertEquals("2", row(parts, "Annex A").getText(column));
		assertEquals("1", row(parts, "Item 1.01").getText(column));
		assertEquals("", row(parts, "Section Introduction").getText(column));

		// Annex A's row changes: accept the status edit, reject the added row
		page.selectPart(ReviewParts.ANNEX_A);
		Studio.settle();
		Shell dialog = openDialog(page);
		Table list = Studio.find(dialog, Table.class, "proposals.list");
		assertEquals(2, list.getItemCount());
		assertEquals("P1", list.getItem(0).getText(0));
		assertTrue(list.getItem(0).getText(1).contains("status \"Conformant\" to \"Active\""), list.getItem(0).getText(1));
		assertEquals("tracking off", list.getItem(1).getText(3));
		select(list, 0);
		Studio.screenshot("review-proposed-changes", dialog);
		click(dialog, "proposals.accept");
		assertEquals(ComplianceStatus.ACTIVE, row.getStatus());
		assertTrue(list.getItem(0).getText(4).startsWith("accepted by Dana Whitfield"), list.getItem(0).getText(4));
		select(list, 1);
		click(dialog, "proposals.reject");
		assertEquals(rows, annex.annex().getRows().size(), "the rejected row is not added");
		assertEquals("", row(parts, "Annex A").getText(column), "nothing left to decide");
		stack.undo();
		stack.undo();
		Studio.settle();
		assertEquals(ComplianceStatus.CONFORMANT, row.getStatus(), "undo puts the status back");
		assertEquals("2", row(parts, "Annex A").getText(column));

		// the row changed in the filing since: accepting the edit is refused, with the reason
		stack.execute(SetCommand.create(editor.getEditingDomain(), row, SdStudioPackage.Literals.SMELTER_ENTRY__STATUS,
				ComplianceStatus.NON_CONFORMANT));
		Studio.settle();
		select(list, 0);
		click(dialog, "proposals.accept");
		String outcome = Studio.find(dialog, Label.class, "proposals.outcome").getText();
		assertTrue(outcome.startsWith("Not done: P1: the status of Gold 8853 S.p.A. is now \"Non-Conformant\""), outcome);
		assertEquals(ComplianceStatus.NON_CONFORMANT, row.getStatus());
		// accept all: the added row arrives (the refused edit stays pending, so only the row is chosen)
		select(list, 1);
		click(dialog, "proposals.accept");
		assertEquals(rows + 1, annex.annex().getRows().size());
		dialog.close();

		// an item text: accepted into the text
		page.selectPart("item-1.01");
		Studio.settle();
		dialog = openDialog(page);
		click(dialog, "proposals.acceptAll");
		assertTrue(plain(item).contains("Counsel reviewed this item."), plain(item));
		assertEquals("", row(parts, "Item 1.01").getText(column));

		// the window goes with the editor whose command stack it decides on
		Studio.closeAll();
		assertTrue(dialog.isDisposed(), "closed with the editor");
	}

	private static ProposedRowChange rowEdit(SmelterEntry row) {
		ProposedRowChange c = SdStudioFactory.eINSTANCE.createProposedRowChange();
		c.setKind(RowChangeKind.EDIT);
		c.setAuthor(COUNSEL);
		c.setTimestamp(MADE);
		c.setMetal("Gold");
		c.setFacilityName(row.getFacilityName());
		c.setSmelterId(row.getSmelterId());
		c.setField("status");
		c.setOldValue("Conformant");
		c.setNewValue("Active");
		return c;
	}

	private static ProposedRowChange rowAdd() {
		ProposedRowChange c = SdStudioFactory.eINSTANCE.createProposedRowChange();
		c.setKind(RowChangeKind.ADD);
		c.setAuthor(COUNSEL);
		c.setTimestamp(MADE);
		c.setUntracked(true);
		c.setMetal("Tin");
		c.setFacilityName("Estanho Exemplo Ltda.");
		c.setCountry("BRAZIL");
		c.setStatus("Active");
		return c;
	}

	private static TableItem row(Table table, String labelStart) {
		return Stream.of(table.getItems()).filter(i -> i.getText(0).startsWith(labelStart)).findFirst().orElseThrow();
	}

	private static Shell openDialog(ReviewPage page) {
		Composite control = (Composite) page.getPartControl();
		click(control, "proposedChanges");
		Shell dialog = Stream.of(control.getDisplay().getShells())
				.filter(s -> !s.isDisposed() && "proposals".equals(s.getData("name"))).reduce((a, b) -> b).orElse(null);
		assertNotNull(dialog, "the Proposed Changes dialog opened");
		return dialog;
	}

	private static void select(Table table, int index) {
		table.setSelection(index);
		table.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
	}

	private static void click(Composite root, String name) {
		Button button = Studio.find(root, Button.class, name);
		assertTrue(button.isEnabled(), name + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
	}
}
