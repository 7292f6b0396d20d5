package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.Block;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.Run;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.review.ReviewerName;
import org.sdstudio.ui.internal.word.ImportReviewWizard;

/**
 * Review in Word from the studio: Send for Review in Word writes the document, Import Review from Word brings
 * counsel's tracked changes and comments back as proposed changes and review comments, with a summary first.
 */
class ReviewInWordTest {

	private static final String COUNSEL = "Jonathan Morrow";

	@TempDir
	Path dir;

	private final List<String> messages = new ArrayList<>();

	@AfterEach
	void close() {
		Prompts.setAnswerer(null);
		ReviewerName.setPreference("");
		Studio.closeAll();
	}

	private static Button button(Shell shell, String label) {
		return Studio.findAll(shell, Button.class, b -> b.getText().replace("&", "").equals(label)).get(0);
	}

	private static void press(Shell shell, String label) {
		Button b = button(shell, label);
		assertTrue(b.isEnabled(), label + " is enabled");
		b.notifyListeners(SWT.Selection, null);
		Studio.settle();
	}

	private static String text(Block block) {
		StringBuilder sb = new StringBuilder();
		for (Run r : ((Paragraph) block).getRuns()) {
			sb.append(r.getText());
		}
		return sb.toString();
	}

	@Test
	void aDamagedDocumentIsRefusedOnTheFirstPageAndOneWithoutPartIdsIsImportedIntoTheChosenPart() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		ReviewPart background = ReviewParts.find(editor.getFiling(), "report/background").orElseThrow();
		String before = background.plainText();

		ImportReviewWizard wizard = new ImportReviewWizard(editor);
		WizardDialog dialog = ImportReviewWizard.dialog(Studio.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		try {
			// damaged: one line naming the file, no way forward
			Path broken = dir.resolve("counsel-broken.docx");
			Files.write(broken, new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2, 3 });
			Studio.find(shell, Text.class, "reviewFile").setText(broken.toString());
			Studio.settle();
			String error = dialog.getCurrentPage().getErrorMessage();
			assertNotNull(error, "the page says why");
			assertTrue(error.contains("counsel-broken.docx") && !error.contains("\n"), error);
			assertFalse(button(shell, "Next >").isEnabled());
			assertFalse(button(shell, "Finish").isEnabled());

			// a document from another tool: the part is asked for, then it is compared with that part's text
			List<String> paragraphs = new ArrayList<>();
			for (Block b : background.section().getBody().getBlocks()) {
				paragraphs.add(text(b));
			}
			String first = paragraphs.get(0);
			String word = first.split(" ")[3];
			int at = first.indexOf(" " + word + " ") + 1;
			paragraphs.set(0, "<w:r><w:t xml:space=\"preserve\">" + WordEdits.escape(first.substring(0, at)) + "</w:t></w:r>"
					+ "<w:del w:id=\"1\" w:author=\"" + COUNSEL + "\" w:date=\"2026-04-20T10:15:00Z\"><w:r><w:delText>"
					+ WordEdits.escape(word) + "</w:delText></w:r></w:del>"
					+ "<w:ins w:id=\"2\" w:author=\"" + COUNSEL + "\" w:date=\"2026-04-20T10:15:00Z\"><w:r><w:t>REVISED"
					+ "</w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\">"
					+ WordEdits.escape(first.substring(at + word.length())) + "</w:t></w:r>");
			Path plain = dir.resolve("counsel-edits.docx");
			WordEdits.plainDocument(plain, paragraphs);
			Studio.find(shell, Text.class, "reviewFile").setText(plain.toString());
			Studio.settle();
			assertNull(dialog.getCurrentPage().getErrorMessage());
			Combo part = Studio.find(shell, Combo.class, "reviewPart");
			assertTrue(part.isVisible(), "the part is asked for");
			assertTrue(dialog.getCurrentPage().getMessage().contains("not sent by SD Studio"),
					dialog.getCurrentPage().getMessage());
			assertFalse(button(shell, "Next >").isEnabled(), "not before a part is chosen");
			wizard.choosePart("report/background");
			Studio.settle();
			press(shell, "Next >");
			Table parts = Studio.find(shell, Table.class, "importParts");
			assertEquals(1, parts.getItemCount());
			assertEquals(background.label(), parts.getItem(0).getText(0));
			assertEquals("1", parts.getItem(0).getText(1), "one change");
			assertFalse(wizard.plan().nothingNew());
			press(shell, "Finish");
			assertTrue(shell.isDisposed(), "Finish closed the wizard");
			assertTrue(wizard.applied());
			List<Proposals.Entry> pending = Proposals.pending(background);
			assertEquals(1, pending.size());
			assertEquals(COUNSEL, pending.get(0).author());
			assertTrue(pending.get(0).what().contains(word) && pending.get(0).what().contains("REVISED"),
					pending.get(0).what());
			assertEquals(before, background.plainText(), "the text is unchanged until accepted");
			assertTrue(editor.isDirty());
			stack.undo();
			Studio.settle();
			assertTrue(Proposals.all(background).isEmpty(), "undo takes the import back");
		} finally {
			if (!shell.isDisposed()) {
				dialog.close();
			}
		}
	}
}
