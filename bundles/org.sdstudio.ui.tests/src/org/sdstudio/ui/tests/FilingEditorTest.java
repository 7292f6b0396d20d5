package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.ui.internal.OpenFilingAction;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;
import org.sdstudio.ui.internal.editor.RecentFiles;

/** The filing editor's frame: pages, command stack and dirty mark, save, revert, files changed on disk. */
class FilingEditorTest {

	@TempDir
	Path dir;

	private final List<String> asked = new ArrayList<>();

	@AfterEach
	void closeEditors() {
		Prompts.setAnswerer(null);
		Studio.closeAll();
	}

	@Test
	void theExampleOpensWithOnePagePerPartOfTheFiling() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		List<String> titles = editor.getFilingPages().stream().map(FilingEditorPage::getTitle).toList();
		assertEquals(List.of("Cover", "Report", "Annex A", "Suppliers", "Submission", "Review"), titles);
		assertEquals("halcyon-2025.sdfiling", editor.getPartName());
		assertEquals("Halcyon Respiratory Systems, Inc.", editor.getFiling().getRegistrant().getName());
		assertFalse(editor.isDirty());
		assertNotNull(editor.getAdapter(IContentOutlinePage.class), "the Outline view has a page for the filing");
		assertEquals(editor.getFile(), RecentFiles.list().get(0), "the file is first among the recent filings");
	}

	@Test
	void commandsMakeTheEditorDirtyAndUndoMakesItCleanAgain() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Filing filing = editor.getFiling();
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
				filing.getRegistrant(), Literals.REGISTRANT__NAME, "Halcyon Holdings, Inc."));
		assertTrue(editor.isDirty());
		editor.getEditingDomain().getCommandStack().undo();
		assertFalse(editor.isDirty());
		assertEquals("Halcyon Respiratory Systems, Inc.", filing.getRegistrant().getName());
	}

	@Test
	void saveWritesTheFileAndRevertThrowsAwayLaterEdits() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		set(editor, "Halcyon Holdings, Inc.");
		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertEquals("Halcyon Holdings, Inc.", FilingFiles.load(file).getRegistrant().getName());
		assertTrue(Files.exists(dir.resolve("halcyon-2025.sdfiling.bak")), "the previous version is kept");

		set(editor, "Someone Else, Inc.");
		Filing before = editor.getFiling();
		editor.revert();
		assertNotSame(before, editor.getFiling(), "a fresh filing from disk");
		assertEquals("Halcyon Holdings, Inc.", editor.getFiling().getRegistrant().getName());
		assertFalse(editor.isDirty());
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
	}

	@Test
	void aFileChangedOnDiskIsDetectedAndReloadedWhenTheUserAgrees() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		Filing theirs = FilingFiles.load(file);
		theirs.getRegistrant().setName("Changed By A Colleague, Inc.");
		FilingFiles.save(theirs, file);

		Prompts.setAnswerer((title, message) -> asked.add(message) && false);
		assertFalse(editor.checkFileOnDisk(), "the user said no");
		assertEquals(1, asked.size());
		assertTrue(asked.get(0).contains("changed on disk"), asked.get(0));
		assertEquals("Halcyon Respiratory Systems, Inc.", editor.getFiling().getRegistrant().getName());
		assertFalse(editor.checkFileOnDisk(), "asked once per change");
		assertEquals(1, asked.size());

		theirs.getRegistrant().setName("Changed Again, Inc.");
		FilingFiles.save(theirs, file);
		Prompts.setAnswerer((title, message) -> true);
		assertTrue(editor.checkFileOnDisk());
		assertEquals("Changed Again, Inc.", editor.getFiling().getRegistrant().getName());
	}

	@Test
	void saveAsMovesTheEditorToTheNewFile() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		set(editor, "Halcyon Holdings, Inc.");
		Path other = dir.resolve("copy.sdfiling");
		assertTrue(editor.saveAs(other));
		assertEquals("copy.sdfiling", editor.getPartName());
		assertEquals(other, editor.getFile());
		assertEquals("Halcyon Holdings, Inc.", FilingFiles.load(other).getRegistrant().getName());
		assertEquals("Halcyon Respiratory Systems, Inc.", FilingFiles.load(file).getRegistrant().getName());
	}

	@Test
	void aFileThatIsNotAFilingGetsAMessageNotAnEditor() throws Exception {
		Path broken = Files.writeString(dir.resolve("broken.sdfiling"), "<not a filing/>");
		Prompts.setAnswerer((title, message) -> asked.add(title + ": " + message));
		assertNull(OpenFilingAction.open(Studio.window(), broken));
		Studio.settle();
		assertEquals(1, asked.size(), "one message");
		assertTrue(asked.get(0).startsWith("Could Not Open Filing: ") && asked.get(0).contains("broken.sdfiling"),
				asked.get(0));
		assertFalse(asked.get(0).contains("Exception"), "no exception names: " + asked.get(0));
		assertEquals(0, java.util.Arrays.stream(Studio.page().getEditorReferences())
				.filter(r -> !r.getId().equals(org.sdstudio.ui.internal.lastyear.StartPage.ID)).count(),
				"no editor, not even an error page (the start page stays)");
		assertEquals("<not a filing/>", Files.readString(broken), "the file is untouched");
	}

	private static void set(FilingEditor editor, String name) {
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
				editor.getFiling().getRegistrant(), Literals.REGISTRANT__NAME, name));
		assertSame(name, editor.getFiling().getRegistrant().getName());
	}
}
