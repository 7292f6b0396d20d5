package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormType;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.ui.internal.cover.CoverPage;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** The Cover page: fields bound to the filing through commands, undo and redo, save, marks from the checks. */
class CoverPageTest {

	private static final String NEW_NAME = "Halcyon Holdings, Inc.";

	@TempDir
	Path dir;

	@AfterEach
	void closeEditors() {
		Studio.closeAll();
	}

	/** Issue 16, defect 11: the validator's length limits hold at the fields; a longer value on file is shown whole. */
	@Test
	void typingStopsAtTheFieldsLimit() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		CoverPage page = (CoverPage) editor.showPage(CoverPage.ID);
		Studio.settle();
		Filing filing = editor.getFiling();
		Text name = text(page, "cover.registrant.name");
		name.setFocus();
		name.setSelection(name.getCharCount());
		name.insert("N".repeat(200)); // typed or pasted at the end of the name
		assertEquals(150, name.getText().length(), "the registrant's name stops at its 150 characters");
		Studio.waitUntil("the typed name reaches the filing", 5000,
				() -> filing.getRegistrant().getName().length() == 150);

		// a value longer than the limit, set by a command (as read from a file), is shown whole, not cut
		editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
				editor.getEditingDomain(), filing.getRegistrant(), org.sdstudio.model.SdStudioPackage.Literals
						.REGISTRANT__NAME, "L".repeat(300)));
		Studio.settle();
		assertEquals(300, name.getText().length());
		assertEquals(300, filing.getRegistrant().getName().length());
	}

	@Test
	void typingAWordIsOneUndoableCommandThatIsSavedAndReopened() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		CoverPage page = (CoverPage) editor.showPage(CoverPage.ID);
		Studio.settle();
		Filing filing = editor.getFiling();
		Text name = text(page, "cover.registrant.name");
		assertEquals("Halcyon Respiratory Systems, Inc.", name.getText(), "the field shows the filing");
		Label deadline = Studio.find(root(page), Label.class, "cover.deadline");
		assertTrue(deadline.getText().contains("Monday, June 1, 2026"), deadline.getText()
				+ ": May 31, 2026 is a Sunday, so the 2025 report is due the next business day");
		Studio.screenshot("cover");

		type(name, NEW_NAME);
		Studio.waitUntil("the typed name reaches the filing", 5000,
				() -> NEW_NAME.equals(filing.getRegistrant().getName()));
		assertTrue(editor.isDirty());
		CommandStack stack = editor.getEditingDomain().getCommandStack();

		IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		IAction redo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
		undo.run();
		Studio.settle();
		assertEquals("Halcyon Respiratory Systems, Inc.", filing.getRegistrant().getName());
		assertEquals("Halcyon Respiratory Systems, Inc.", name.getText(), "the field follows the undo");
		assertFalse(stack.canUndo(), "the typed name was one command");
		assertFalse(editor.isDirty());
		redo.run();
		Studio.settle();
		assertEquals(NEW_NAME, filing.getRegistrant().getName());
		assertEquals(NEW_NAME, name.getText());
		assertTrue(editor.isDirty());

		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertEquals(NEW_NAME, FilingFiles.load(file).getRegistrant().getName());
		Studio.closeAll();
		FilingEditor reopened = Studio.open(file);
		CoverPage again = (CoverPage) reopened.showPage(CoverPage.ID);
		Studio.settle();
		assertEquals(NEW_NAME, reopened.getFiling().getRegistrant().getName());
		assertEquals(NEW_NAME, text(again, "cover.registrant.name").getText());
	}

	@Test
	void anInvalidCikIsMarkedWithTheCheckersMessage() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CoverPage page = (CoverPage) editor.showPage(CoverPage.ID);
		Studio.settle();
		ControlDecoration before = page.decoration("registrant.cik");
		assertTrue(before == null || !before.isVisible(), "the example's CIK is valid");

		type(text(page, "cover.registrant.cik"), "12345");
		Studio.waitUntil("the CIK is marked", 5000, () -> {
			ControlDecoration mark = page.decoration("registrant.cik");
			return mark != null && mark.isVisible();
		});
		assertEquals("12345", editor.getFiling().getRegistrant().getCik());
		String hover = page.decoration("registrant.cik").getDescriptionText();
		assertTrue(hover.contains("CIK '12345' does not have exactly 10 digits"), hover);

		type(text(page, "cover.registrant.cik"), "0002984417");
		Studio.waitUntil("the mark goes when the CIK is valid again", 5000,
				() -> !page.decoration("registrant.cik").isVisible());
	}

	@Test
	void aBadDateIsRefusedWithAMessageAndTheFilingKeepsItsDate() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CoverPage page = (CoverPage) editor.showPage(CoverPage.ID);
		Studio.settle();
		Text date = text(page, "cover.signature.date");
		assertEquals("2026-05-21", date.getText());

		type(date, "2026-13-45");
		Studio.waitUntil("the date is marked", 5000, () -> {
			ControlDecoration mark = page.decoration("signature.date");
			return mark != null && mark.isVisible();
		});
		String hover = page.decoration("signature.date").getDescriptionText();
		assertTrue(hover.contains("is not a date") && hover.contains("yyyy-MM-dd"), hover);
		assertEquals(LocalDate.of(2026, 5, 21), editor.getFiling().getSignature().getDate());
		assertFalse(editor.isDirty(), "a refused value is no command");
		assertEquals("2026-13-45", date.getText(), "what was typed stays to be corrected");

		type(date, "2026-05-28");
		Studio.waitUntil("a good date is taken", 5000,
				() -> LocalDate.of(2026, 5, 28).equals(editor.getFiling().getSignature().getDate()));
		Studio.waitUntil("the mark goes", 5000, () -> !page.decoration("signature.date").isVisible());
	}

	@Test
	void formTypeRuleItemsAndExhibitsAreEditedByCommands() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CoverPage page = (CoverPage) editor.showPage(CoverPage.ID);
		Studio.settle();
		Filing filing = editor.getFiling();
		CommandStack stack = editor.getEditingDomain().getCommandStack();

		Text amendment = text(page, "cover.amendmentExplanation");
		assertFalse(amendment.isEnabled(), "an SD has no amendment explanation");
		stack.execute(SetCommand.create(editor.getEditingDomain(), filing,
				Literals.FILING__FORM_TYPE, FormType.SD_A));
		Studio.waitUntil("SD/A enables the explanation", 3000, amendment::isEnabled);
		stack.undo();
		Studio.waitUntil("SD again", 3000, () -> !amendment.isEnabled());

		// the reporting year moves the deadline; what is not a year is refused with a message
		Text year = text(page, "cover.reportingYear");
		Label deadline = Studio.find(root(page), Label.class, "cover.deadline");
		type(year, "2024");
		Studio.waitUntil("the year changes", 5000, () -> filing.getReportingYear() == 2024);
		Studio.waitUntil("the deadline follows", 3000, () -> deadline.getText().contains("Monday, June 2, 2025"));
		type(year, "20x4");
		Studio.waitUntil("the bad year is marked", 5000, () -> page.decoration("reportingYear") != null
				&& page.decoration("reportingYear").isVisible());
		assertTrue(page.decoration("reportingYear").getDescriptionText().contains("four digits"));
		assertEquals(2024, filing.getReportingYear(), "the filing keeps its year");
		stack.undo();
		Studio.settle();
		assertEquals(2025, filing.getReportingYear());
		assertEquals("2025", year.getText());

		// Item 1.01 has formatting: read-only; Item 1.02 is one plain paragraph: editable
		Text item101 = text(page, "cover.formSections[1].items[1].body");
		assertTrue((item101.getStyle() & SWT.READ_ONLY) != 0);
		assertTrue(item101.getText().startsWith("For the period from January 1, 2025"));
		Text item102 = text(page, "cover.formSections[1].items[2].body");
		assertTrue((item102.getStyle() & SWT.READ_ONLY) == 0);
		type(item102, "The Conflict Minerals Report is filed as Exhibit 1.01.");
		Studio.waitUntil("the item text changes", 5000, () -> "The Conflict Minerals Report is filed as Exhibit 1.01."
				.equals(StructuredTexts.plainText(filing.getFormSections().get(0).getItems()
						.get(1).getBody()).strip()));

		Button rule = Studio.find(root(page), Button.class, "cover.rule13p1");
		assertTrue(rule.getSelection());
		rule.setSelection(false);
		rule.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
		assertTrue(filing.getRules().isEmpty());
		Studio.waitUntil("no rule is marked", 5000, () -> page.decoration("rules") != null
				&& page.decoration("rules").isVisible());
		stack.undo();
		Studio.settle();
		assertEquals(1, filing.getRules().size());

		Table exhibits = Studio.find(root(page), Table.class, "cover.exhibits");
		assertEquals(1, exhibits.getItemCount());
		assertEquals("EX-1.01", exhibits.getItem(0).getText(1));
		Button add = Studio.find(root(page), Button.class, "cover.exhibits.add");
		add.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
		assertEquals(2, filing.getExhibits().size());
		assertEquals("1.02", filing.getExhibits().get(1).getNumber());
		Studio.waitUntil("the table shows it", 3000, () -> exhibits.getItemCount() == 2);
		Button remove = Studio.find(root(page), Button.class, "cover.exhibits.remove");
		exhibits.setSelection(1);
		exhibits.notifyListeners(SWT.Selection, new Event());
		remove.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
		assertEquals(1, filing.getExhibits().size());
		stack.undo();
		assertEquals(2, filing.getExhibits().size());
	}

	@Test
	void afterRevertTheFieldsShowAndEditTheReloadedFiling() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CoverPage page = (CoverPage) editor.showPage(CoverPage.ID);
		Studio.settle();
		type(text(page, "cover.registrant.name"), NEW_NAME);
		Studio.waitUntil("typed", 5000, () -> NEW_NAME.equals(editor.getFiling().getRegistrant().getName()));
		editor.revert();
		Studio.settle();
		Filing reloaded = editor.getFiling();
		assertEquals("Halcyon Respiratory Systems, Inc.", reloaded.getRegistrant().getName());
		Text name = text(page, "cover.registrant.name");
		assertEquals("Halcyon Respiratory Systems, Inc.", name.getText());
		type(name, "Halcyon Medical, Inc.");
		Studio.waitUntil("the reloaded filing takes the typed name", 5000,
				() -> "Halcyon Medical, Inc.".equals(reloaded.getRegistrant().getName()));
		assertTrue(editor.isDirty());
	}

	@Test
	void aMissingContactIsAddedByItsButtonAndThenTyped() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CoverPage page = (CoverPage) editor.showPage(CoverPage.ID);
		Studio.settle();
		Filing filing = editor.getFiling();
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), filing,
				Literals.FILING__CONTACT, null));
		Text contactName = text(page, "cover.contact.name");
		Button add = Studio.find(root(page), Button.class, "cover.contact.add");
		Studio.waitUntil("the contact's fields wait for a contact", 3000,
				() -> !contactName.isEnabled() && add.getVisible());
		assertEquals("", contactName.getText());
		Studio.waitUntil("the missing contact is marked", 3000,
				() -> page.decoration("contact") != null && page.decoration("contact").isVisible());

		add.notifyListeners(SWT.Selection, new Event());
		Studio.waitUntil("the fields take a contact", 3000, () -> contactName.isEnabled() && !add.getVisible());
		assertNotNull(filing.getContact());
		type(contactName, "Morgan Lee");
		Studio.waitUntil("the name goes into the new contact", 5000,
				() -> "Morgan Lee".equals(filing.getContact().getName()));
	}

	@Test
	void anExhibitCellIsEditedInPlaceAsOneCommand() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CoverPage page = (CoverPage) editor.showPage(CoverPage.ID);
		Studio.settle();
		Exhibit exhibit = editor.getFiling().getExhibits().get(0);
		TableViewer viewer = page.exhibitViewer();
		viewer.editElement(exhibit, 2);
		Studio.settle();
		assertTrue(viewer.isCellEditorActive());
		Text cell = Studio.findAll(viewer.getTable(), Text.class, text -> true).get(0);
		cell.setText("Conflict Minerals Report for 2025.");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		Studio.settle();
		assertEquals("Conflict Minerals Report for 2025.", exhibit.getDescription());
		assertEquals("Conflict Minerals Report for 2025.", viewer.getTable().getItem(0).getText(2));
		editor.getEditingDomain().getCommandStack().undo();
		Studio.settle();
		assertTrue(exhibit.getDescription().startsWith("Conflict Minerals Report of Halcyon"));
		assertFalse(editor.isDirty());
	}

	@Test
	void anItemWithoutTextGetsItsFirstParagraphFromTyping() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CoverPage page = (CoverPage) editor.showPage(CoverPage.ID);
		Studio.settle();
		Studio.window().getShell().forceActive();
		FormItem item = editor.getFiling().getFormSections().get(1).getItems().get(0);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), item,
				Literals.FORM_ITEM__BODY, null));
		Studio.waitUntil("the item's text field is empty", 3000,
				() -> text(page, "cover.formSections[2].items[1].body").getText().isEmpty());
		Text body = text(page, "cover.formSections[2].items[1].body");
		assertTrue((body.getStyle() & SWT.READ_ONLY) == 0);
		type(body, "The exhibits below are filed with this report.");
		Studio.waitUntil("the item has its paragraph", 5000, () -> item.getBody() != null
				&& "The exhibits below are filed with this report.".equals(StructuredTexts.plainText(item.getBody())
						.strip()));
		assertEquals(1, item.getBody().getBlocks().size());
		Studio.waitUntil("the rebuilt field keeps the focus", 3000,
				() -> text(page, "cover.formSections[2].items[1].body").isFocusControl());
	}

	@Test
	void revealFocusesTheField() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		editor.showPage("annex");
		Studio.settle();
		Studio.window().getShell().forceActive();
		Studio.settle();
		assertTrue(editor.reveal(editor.getFiling().getContact(), "phone"));
		Studio.settle();
		assertSame(CoverPage.class, editor.getActivePageInstance().getClass());
		CoverPage page = (CoverPage) editor.getActivePageInstance();
		Text phone = text(page, "cover.contact.phone");
		Studio.waitUntil("the phone field has the focus", 3000, phone::isFocusControl);
		assertNotNull(page.control("registrant.cik"));
		assertNull(page.control("no.such.field"));
	}

	static Composite root(CoverPage page) {
		return (Composite) page.getPartControl();
	}

	static Text text(CoverPage page, String name) {
		return Studio.find(root(page), Text.class, name);
	}

	/** Types like a user: the text replaced and the Modify event the binding listens to. */
	static void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.Modify, new Event());
	}
}
