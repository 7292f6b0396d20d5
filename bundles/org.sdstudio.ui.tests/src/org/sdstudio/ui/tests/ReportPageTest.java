package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.Block;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SectionKind;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.report.ReportPage;
import org.sdstudio.ui.internal.report.RunFormat;

/** The Report page in the real workbench: typing, formatting, lists, undo, save, and the section buttons. */
class ReportPageTest {

	private static final String TYPED = "Our suppliers answered promptly this year.";

	@TempDir
	Path dir;

	private final List<String> asked = new ArrayList<>();

	@AfterEach
	void closeEditors() {
		Prompts.setAnswerer(null);
		Studio.closeAll();
	}

	@Test
	void typedTextABoldWordAndABulletedListReachTheModelAndSurviveSaveAndReopen() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		ReportPage page = (ReportPage) editor.showPage(ReportPage.ID);
		Composite root = page.getManagedForm().getForm().getBody();
		select(root, "Halcyon Background");
		ReportSection section = page.getSelectedSection();
		assertEquals("background", section.getId());
		StyledText text = Studio.find(root, StyledText.class, "sectionText");
		assertTrue(text.getText().startsWith("Halcyon is a medical device company."), text.getText());

		text.setCaretOffset(text.getCharCount());
		type(text, "\r" + TYPED);
		int word = text.getText().indexOf("promptly");
		text.setSelection(word, word + "promptly".length());
		Studio.key(text, SWT.MOD1, 'b', 'b');
		StyleRange bold = text.getStyleRangeAtOffset(word + 2);
		assertNotNull(bold, "the bold word has a style");
		assertTrue((bold.fontStyle & SWT.BOLD) != 0, "shown in bold");

		text.setCaretOffset(text.getCharCount());
		type(text, "\rTin from recycled sources");
		toolItem(root, "bulletedList");
		type(text, "\rGold from conformant refiners");
		int lastLine = text.getLineCount() - 1;
		assertNotNull(text.getLineBullet(lastLine), "the second item shows a bullet");
		assertNotNull(text.getLineBullet(lastLine - 1));
		Studio.screenshot("report");

		editor.commitPendingEdits();
		assertTypedContent(section.getBody());
		assertTrue(editor.isDirty());

		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertTypedContent(reportSection(FilingFiles.load(file), "background").getBody());
		Studio.closeAll();

		FilingEditor reopened = Studio.open(file);
		ReportPage again = (ReportPage) reopened.showPage(ReportPage.ID);
		Composite root2 = again.getManagedForm().getForm().getBody();
		select(root2, "Halcyon Background");
		StyledText shown = Studio.find(root2, StyledText.class, "sectionText");
		assertTrue(shown.getText().contains(TYPED), shown.getText());
		int boldWord = shown.getText().indexOf("promptly");
		assertTrue((shown.getStyleRangeAtOffset(boldWord).fontStyle & SWT.BOLD) != 0, "bold after reopening");
		assertNotNull(shown.getLineBullet(shown.getLineCount() - 1), "the list after reopening");
	}

	@Test
	void undoRestoresTheModelAndTheWidgetWithoutNewCommands() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ReportPage page = (ReportPage) editor.showPage(ReportPage.ID);
		Composite root = page.getManagedForm().getForm().getBody();
		select(root, "Reasonable Country of Origin Inquiry");
		ReportSection section = page.getSelectedSection();
		StructuredText original = EcoreUtil.copy(section.getBody());
		StyledText text = Studio.find(root, StyledText.class, "sectionText");
		String originalText = text.getText();
		CommandStack stack = editor.getEditingDomain().getCommandStack();

		text.setCaretOffset(0);
		type(text, "Draft: ");
		// the idle delay turns the typing into one command by itself
		Studio.waitUntil("the typing becomes a command", 5000, stack::canUndo);
		assertTrue(StructuredTexts.plainText(section.getBody()).startsWith("Draft: Rule 13p-1"));
		Object typing = stack.getUndoCommand();

		text.setSelection(0, 5);
		Studio.key(text, SWT.MOD1, 'i', 'i');
		assertTrue(((Paragraph) section.getBody().getBlocks().get(0)).getRuns().get(0).isItalic(),
				"formatting is a command of its own, at once");
		assertTrue(stack.getUndoCommand() != typing);

		undo();
		assertSame(typing, stack.getUndoCommand(), "undo of the italics, no new command");
		assertFalse(((Paragraph) section.getBody().getBlocks().get(0)).getRuns().get(0).isItalic());
		undo();
		assertFalse(stack.canUndo(), "both undone, nothing new recorded");
		assertTrue(EcoreUtil.equals(original, section.getBody()), "the model is back");
		assertEquals(originalText, text.getText(), "the widget shows the restored text");
		assertFalse(editor.isDirty());
		Studio.settle();
		assertFalse(stack.canUndo(), "showing the restored text recorded nothing");

		redoTwice(editor);
		assertTrue(text.getText().startsWith("Draft: Rule 13p-1"), "redo shows the text again");
	}

	@Test
	void saveWritesTitleAndTextStillWaitingForThePauseAndRevertShowsTheFileAgain() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		ReportPage page = (ReportPage) editor.showPage(ReportPage.ID);
		Composite root = page.getManagedForm().getForm().getBody();
		select(root, "Future Steps");
		Studio.find(root, Text.class, "sectionTitle").setText("Future Steps and Commitments");
		StyledText text = Studio.find(root, StyledText.class, "sectionText");
		text.setCaretOffset(0);
		type(text, "Soon: ");
		editor.doSave(null); // at once, before the pauses that make the title and the text commands

		ReportSection saved = reportSection(FilingFiles.load(file), "future-steps");
		assertEquals("Future Steps and Commitments", saved.getTitle());
		assertTrue(StructuredTexts.plainText(saved.getBody()).startsWith("Soon: "));
		assertFalse(editor.isDirty());

		type(text, "Later: ");
		editor.commitPendingEdits();
		assertTrue(editor.isDirty());
		editor.revert();
		ReportPage rebuilt = (ReportPage) editor.getActivePageInstance();
		Composite newRoot = rebuilt.getManagedForm().getForm().getBody();
		select(newRoot, "Future Steps and Commitments");
		StyledText shown = Studio.find(newRoot, StyledText.class, "sectionText");
		assertTrue(shown.getText().startsWith("Soon: ") && !shown.getText().contains("Later: "), shown.getText());
		assertSame(reportSection(editor.getFiling(), "future-steps"), rebuilt.getSelectedSection(),
				"the page shows the reloaded filing");
		assertFalse(editor.isDirty());
	}

	@Test
	void sectionsAreAddedMovedRenamedAndRemovedThroughThePageButtons() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ReportPage page = (ReportPage) editor.showPage(ReportPage.ID);
		Composite root = page.getManagedForm().getForm().getBody();
		List<ReportSection> sections = editor.getFiling().getReport().getSections();
		int count = sections.size();
		Tree tree = Studio.find(root, Tree.class, "sections");
		assertTrue(labels(tree).contains("Halcyon Background and Covered Products   [Approved]"),
				labels(tree).toString());
		assertTrue(labels(tree).contains("Halcyon Reasonable Country of Origin Inquiry   [Draft, changed since "
				+ "approval]"), "edited after its approval: " + labels(tree));
		assertTrue(labels(tree).contains("3  Designing and Implementing a Strategy to Respond to Identified Risks"
				+ "   [In review, 2 open comments]"), "numbered subsections with their review state: " + labels(tree));

		select(root, "Reasonable Country of Origin Inquiry");
		int rcoi = sections.indexOf(page.getSelectedSection());
		click(root, "addSection");
		ReportSection added = page.getSelectedSection();
		assertEquals(count + 1, sections.size());
		assertEquals(rcoi + 1, sections.indexOf(added), "added after the selected section");
		assertEquals("New Section", added.getTitle());

		Text title = Studio.find(root, Text.class, "sectionTitle");
		click(root, "renameSection");
		title.setText("Supplier Outreach");
		Studio.waitUntil("the new title in the model", 5000, () -> "Supplier Outreach".equals(added.getTitle()));
		assertTrue(labels(tree).contains("Supplier Outreach   [Draft]"), labels(tree).toString());

		Button pageBreak = Studio.find(root, Button.class, "sectionPageBreak");
		pageBreak.setSelection(true);
		pageBreak.notifyListeners(SWT.Selection, new Event());
		Combo kind = Studio.find(root, Combo.class, "sectionKind");
		kind.select(List.of(kind.getItems()).indexOf("Audit"));
		kind.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
		assertTrue(added.isPageBreakBefore(), "the check box is bound to the section");
		assertEquals(SectionKind.AUDIT, added.getKind(), "and so is the kind");
		undo();
		assertEquals(SectionKind.OTHER, added.getKind(), "each field change is a command");

		click(root, "moveSectionUp");
		assertEquals(rcoi, sections.indexOf(added));
		assertSame(added, page.getSelectedSection(), "the moved section stays selected");
		click(root, "moveSectionDown");
		click(root, "moveSectionDown");
		assertEquals(rcoi + 2, sections.indexOf(added));

		click(root, "addSubsection");
		ReportSection sub = page.getSelectedSection();
		assertSame(added, sub.eContainer());
		assertEquals(List.of(sub), added.getSubsections());
		Studio.screenshot("report-sections");

		// a section with text (here: a subsection) is removed only when the user agrees
		select(root, "Supplier Outreach");
		Prompts.setAnswerer((question, message) -> asked.add(message) && false);
		click(root, "removeSection");
		assertEquals(1, asked.size());
		assertTrue(asked.get(0).contains("Supplier Outreach"), asked.get(0));
		assertTrue(sections.contains(added), "kept when the user says no");
		Prompts.setAnswerer((question, message) -> asked.add(message));
		click(root, "removeSection");
		assertFalse(sections.contains(added));
		assertEquals(count, sections.size());

		undo();
		assertTrue(sections.contains(added), "Edit > Undo brings the section back");
	}

	@Test
	void aTableStaysUnchangedWhileTheTextAroundItIsEdited() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Filing filing = editor.getFiling();
		ReportSection section = reportSection(filing, "rcoi");
		Table table = table();
		editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(),
				section.getBody(), Literals.STRUCTURED_TEXT__BLOCKS, table, 1));
		Table before = EcoreUtil.copy(table);
		ReportPage page = (ReportPage) editor.showPage(ReportPage.ID);
		Composite root = page.getManagedForm().getForm().getBody();
		select(root, "Reasonable Country of Origin Inquiry");
		StyledText text = Studio.find(root, StyledText.class, "sectionText");
		assertEquals("Metal \u2502 Smelters", text.getLine(2), "the table's rows are shown");
		Studio.screenshot("report-table");

		int tableRow = text.getOffsetAtLine(2) + 3;
		text.setCaretOffset(tableRow);
		type(text, "xyz");
		assertEquals("Metal \u2502 Smelters", text.getLine(2), "typing into the table does nothing");

		text.setCaretOffset(text.getOffsetAtLine(0));
		type(text, "Checked: ");
		text.setSelection(0, 7);
		Studio.key(text, SWT.MOD1, 'u', 'u');
		editor.commitPendingEdits();
		List<Block> blocks = section.getBody().getBlocks();
		assertTrue(((Paragraph) blocks.get(0)).getRuns().get(0).isUnderline());
		assertTrue(blocks.get(1) instanceof Table, "the table is still the second block");
		assertTrue(EcoreUtil.equals(before, blocks.get(1)), "and unchanged");
		assertEquals(3, blocks.size());
	}

	@Test
	void revealSelectsTheSectionOfAnythingInItsText() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ReportSection step3 = reportSection(editor.getFiling(), "dd-step-3");
		Run run = ((Paragraph) step3.getBody().getBlocks().get(0)).getRuns().get(0);
		assertTrue(editor.reveal(run, null));
		ReportPage page = (ReportPage) editor.getActivePageInstance();
		assertSame(step3, page.getSelectedSection());
		StyledText text = Studio.find(page.getManagedForm().getForm().getBody(), StyledText.class, "sectionText");
		assertTrue(text.getText().startsWith(run.getText().substring(0, 30)));
		ReportSection smelters = reportSection(editor.getFiling(), "smelters-and-refiners");
		ListBlock statuses = (ListBlock) smelters.getBody().getBlocks().get(3);
		assertTrue(editor.reveal(statuses.getItems().get(1).getBlocks().get(0), null));
		assertSame(smelters, page.getSelectedSection());
		StyledText shown = Studio.find(page.getManagedForm().getForm().getBody(), StyledText.class, "sectionText");
		int caretLine = shown.getLineAtOffset(shown.getCaretOffset());
		assertTrue(shown.getLine(caretLine).startsWith("Active:"), "the caret is on the revealed item: "
				+ shown.getLine(caretLine));
		assertTrue(editor.reveal(reportSection(editor.getFiling(), "background"), "title"));
		assertEquals("background", page.getSelectedSection().getId());
		assertFalse(page.canReveal(editor.getFiling().getRegistrant()), "the cover is not the report's");
		assertFalse(page.canReveal(editor.getFiling().getReport().getAnnexA()), "nor is Annex A");
	}

	@Test
	void enterTabAndBackspaceShapeAListLikeAWordProcessor() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ReportPage page = (ReportPage) editor.showPage(ReportPage.ID);
		Composite root = page.getManagedForm().getForm().getBody();
		select(root, "Due Diligence Process");
		ReportSection section = page.getSelectedSection();
		StyledText text = Studio.find(root, StyledText.class, "sectionText");
		text.setCaretOffset(text.getCharCount());
		type(text, "\rFirst step");
		toolItem(root, "numberedList");
		type(text, "\rDetail of the first step");
		Studio.key(text, SWT.NONE, '\t', SWT.TAB);
		type(text, "\rSecond step");
		Studio.key(text, SWT.SHIFT, '\t', SWT.TAB);
		type(text, "\rLast words");
		text.setCaretOffset(text.getOffsetAtLine(text.getLineCount() - 1));
		Studio.key(text, SWT.NONE, SWT.BS, SWT.BS);
		int lastLine = text.getLineCount() - 1;
		assertNull(text.getLineBullet(lastLine), "Last words: no bullet");
		assertEquals(2, bulletNumbers(text, lastLine - 3, lastLine - 1), "two numbered items around a lettered one");
		int outerWidth = text.getLineBullet(lastLine - 3).style.metrics.width;
		assertTrue(text.getLineBullet(lastLine - 2).style.metrics.width > outerWidth, "the nested item is further in");
		Studio.screenshot("report-lists");
		editor.commitPendingEdits();

		List<Block> blocks = section.getBody().getBlocks();
		Block last = blocks.get(blocks.size() - 1);
		assertTrue(last instanceof Paragraph, "Backspace at the start of the item left the list");
		assertEquals("Last words", StructuredTexts.plainText(wrap(last)).strip());
		ListBlock list = (ListBlock) blocks.get(blocks.size() - 2);
		assertEquals(ListStyle.DECIMAL, list.getStyle());
		assertEquals(2, list.getItems().size(), "first step (with its nested item) and second step");
		ListBlock nested = (ListBlock) list.getItems().get(0).getBlocks().get(1);
		assertEquals(ListStyle.LOWER_ALPHA, nested.getStyle(), "letters under numbers");
		assertEquals("Detail of the first step", StructuredTexts.plainText(wrap(EcoreUtil.copy(nested))).strip());
		assertEquals("Second step",
				StructuredTexts.plainText(wrap(EcoreUtil.copy(list.getItems().get(1).getBlocks().get(0)))).strip());
		assertEquals(RunFormat.PLAIN, RunFormat.of(((Paragraph) last).getRuns().get(0)));
	}

	@Test
	void ctrlKLinksTheSelectedWordsAndTheSubheadingButtonStylesTheParagraph() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ReportPage page = (ReportPage) editor.showPage(ReportPage.ID);
		Composite root = page.getManagedForm().getForm().getBody();
		select(root, "Future Steps");
		ReportSection section = page.getSelectedSection();
		StyledText text = Studio.find(root, StyledText.class, "sectionText");
		text.setCaretOffset(0);
		type(text, "Next year\r");
		text.setCaretOffset(0);
		toolItem(root, "subheading");
		assertEquals(ParagraphStyle.SUBHEADING,
				((Paragraph) section.getBody().getBlocks().get(0)).getStyle(), "a subheading, committed at once");

		text.setCaretOffset(text.getCharCount());
		type(text, " See Annex A.");
		int start = text.getText().lastIndexOf("Annex A");
		text.setSelection(start, start + "Annex A".length());
		List<String> dialogs = new ArrayList<>();
		text.getDisplay().asyncExec(() -> {
			// the Link dialog is open now: enter the address and press Set Link
			Shell dialog = text.getDisplay().getActiveShell();
			dialogs.add(dialog.getText());
			Studio.find(dialog, Text.class, "linkAddress").setText("#annex-a");
			Button ok = dialog.getDefaultButton();
			ok.notifyListeners(SWT.Selection, new Event());
		});
		Studio.key(text, SWT.MOD1, 'k', 'k');
		assertEquals(List.of("Link"), dialogs);
		StyleRange link = text.getStyleRangeAtOffset(start + 1);
		assertEquals(SWT.UNDERLINE_LINK, link.underlineStyle, "shown as a link");

		editor.commitPendingEdits();
		List<Block> blocks = section.getBody().getBlocks();
		Paragraph last = (Paragraph) blocks.get(blocks.size() - 1);
		Run linked = last.getRuns().stream().filter(run -> run.getLink() != null).findFirst().orElseThrow();
		assertEquals("Annex A", linked.getText());
		assertEquals("#annex-a", linked.getLink());
		assertEquals(".", last.getRuns().get(last.getRuns().size() - 1).getText(), "the period is not linked");

		// Ctrl+click follows the link to Annex A
		Point at = text.getLocationAtOffset(start + 2);
		Event click = new Event();
		click.x = at.x + 1;
		click.y = at.y + 3;
		click.button = 1;
		click.stateMask = SWT.MOD1;
		text.notifyListeners(SWT.MouseUp, click);
		Studio.settle();
		assertEquals("annex", editor.getActivePageInstance().getId());
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	/** How many of the lines from {@code first} to {@code last} show a numbered (decimal) bullet. */
	private static int bulletNumbers(StyledText text, int first, int last) {
		int count = 0;
		for (int line = first; line <= last; line++) {
			if (text.getLineBullet(line) != null && (text.getLineBullet(line).type & ST.BULLET_NUMBER) != 0) {
				count++;
			}
		}
		return count;
	}

	private static void assertTypedContent(StructuredText body) {
		List<Block> blocks = body.getBlocks();
		Paragraph typed = blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
				.filter(p -> StructuredTexts.plainText(wrap(EcoreUtil.copy(p))).contains(TYPED)).findFirst()
				.orElseThrow(() -> new AssertionError("typed paragraph not in the model"));
		List<String> boldRuns = typed.getRuns().stream().filter(Run::isBold).map(Run::getText).toList();
		assertEquals(List.of("promptly"), boldRuns);
		ListBlock list = (ListBlock) blocks.get(blocks.size() - 1);
		assertEquals(ListStyle.BULLET, list.getStyle());
		assertEquals(List.of("Tin from recycled sources", "Gold from conformant refiners"),
				list.getItems().stream().map(item -> ((Paragraph) item.getBlocks().get(0)).getRuns().stream()
						.map(Run::getText).collect(Collectors.joining())).toList());
	}

	private static StructuredText wrap(Block block) {
		StructuredText text = SdStudioFactory.eINSTANCE.createStructuredText();
		text.getBlocks().add(EcoreUtil.copy(block));
		return text;
	}

	private static ReportSection reportSection(Filing filing, String id) {
		for (var all = filing.getReport().eAllContents(); all.hasNext();) {
			if (all.next() instanceof ReportSection section && id.equals(section.getId())) {
				return section;
			}
		}
		fail("no section " + id);
		return null;
	}

	private static Table table() {
		SdStudioFactory make = SdStudioFactory.eINSTANCE;
		Table table = make.createTable();
		table.setCaption("Smelters by metal");
		String[][] rows = { { "Metal", "Smelters" }, { "Tin", "41" } };
		for (int r = 0; r < rows.length; r++) {
			TableRow row = make.createTableRow();
			row.setHeader(r == 0);
			for (String value : rows[r]) {
				TableCell cell = make.createTableCell();
				Run run = make.createRun();
				run.setText(value);
				cell.getRuns().add(run);
				row.getCells().add(cell);
			}
			table.getRows().add(row);
		}
		return table;
	}

	/** Types {@code chars} into the widget key by key ('\r' is Enter). */
	private static void type(StyledText text, String chars) {
		for (char c : chars.toCharArray()) {
			Studio.key(text, SWT.NONE, c, c == '\r' ? SWT.CR : c);
		}
	}

	/** Selects the tree item whose label contains {@code label}, as a click would. */
	private static void select(Composite root, String label) {
		Tree tree = Studio.find(root, Tree.class, "sections");
		TreeItem item = findItem(tree.getItems(), label);
		assertNotNull(item, "tree item " + label + " in " + labels(tree));
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
		Studio.settle();
	}

	private static TreeItem findItem(TreeItem[] items, String label) {
		for (TreeItem item : items) {
			if (item.getText().contains(label)) {
				return item;
			}
			TreeItem inner = findItem(item.getItems(), label);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	private static List<String> labels(Tree tree) {
		List<String> labels = new ArrayList<>();
		collect(tree.getItems(), labels);
		return labels;
	}

	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}

	private static void click(Composite root, String name) {
		Button button = Studio.find(root, Button.class, name);
		assertTrue(button.isEnabled(), name + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
	}

	private static void toolItem(Composite root, String name) {
		ToolBar bar = Studio.find(root, ToolBar.class, "textToolbar");
		for (ToolItem item : bar.getItems()) {
			if (name.equals(item.getData("name"))) {
				item.notifyListeners(SWT.Selection, new Event());
				Studio.settle();
				return;
			}
		}
		fail("no tool item " + name);
	}

	/** Edit > Undo as the workbench runs it (the editor commits pending text first). */
	private static void undo() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO,
				null);
		Studio.settle();
	}

	private static void redoTwice(FilingEditor editor) {
		BasicCommandStack stack = (BasicCommandStack) editor.getEditingDomain().getCommandStack();
		stack.redo();
		stack.redo();
		Studio.settle();
	}
}
