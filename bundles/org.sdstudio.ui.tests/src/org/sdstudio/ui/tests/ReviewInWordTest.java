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
import java.util.stream.Stream;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.Block;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.Run;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.review.ReviewerName;
import org.sdstudio.ui.internal.word.ImportReviewWizard;
import org.sdstudio.ui.internal.word.SendForReviewDialog;

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

			// password-protected: Word keeps it as an OLE2 file with an EncryptedPackage stream
			Path locked = dir.resolve("counsel-locked.docx");
			java.io.ByteArrayOutputStream ole = new java.io.ByteArrayOutputStream();
			ole.write(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
			ole.write(new byte[504]);
			ole.write("EncryptedPackage".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
			Files.write(locked, ole.toByteArray());
			Studio.find(shell, Text.class, "reviewFile").setText(locked.toString());
			Studio.settle();
			error = dialog.getCurrentPage().getErrorMessage();
			assertTrue(error != null && error.startsWith("counsel-locked.docx: ") && error.contains("password-protected"),
					error);
			assertFalse(button(shell, "Next >").isEnabled());
			Studio.screenshot("review-docx-import-locked", shell);

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
	@Test
	void sendForReviewThenImportCounselsTrackedChangesAndCommentsAsProposalsWithASummaryAndOnlyOnce() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		ReviewerName.setPreference("Dana Whitfield");
		Prompts.setAnswerer((title, message) -> messages.add(title + ": " + message));
		ReviewPart intro = ReviewParts.find(editor.getFiling(), "report/introduction").orElseThrow();
		ReviewPart item = ReviewParts.find(editor.getFiling(), "item-1.01").orElseThrow();
		ReviewPart annex = ReviewParts.find(editor.getFiling(), ReviewParts.ANNEX_A).orElseThrow();
		ReviewPart step3 = ReviewParts.find(editor.getFiling(), "report/due-diligence/dd-step-3").orElseThrow();
		SmelterEntry row = annex.annex().getRows().stream().filter(r -> "8853 S.p.A.".equals(r.getFacilityName()))
				.findFirst().orElseThrow();
		String introText = intro.plainText();
		String itemText = item.plainText();
		int threads = Reviews.threads(intro).size();

		// Send for Review in Word: every part by default, written where the save dialog says
		Path sent = dir.resolve("halcyon-2025-review.docx");
		SendForReviewDialog send = new SendForReviewDialog(Studio.window().getShell(), editor);
		send.setBlockOnOpen(false);
		send.open();
		Shell sendShell = send.getShell();
		Table chosen = Studio.find(sendShell, Table.class, "sendReview.parts");
		assertEquals(ReviewParts.of(editor.getFiling()).size(), chosen.getItemCount());
		assertTrue(Stream.of(chosen.getItems()).allMatch(TableItem::getChecked), "every part by default");
		assertFalse(Studio.find(sendShell, Button.class, "sendReview.sinceApproval").getSelection());
		Studio.screenshot("send-for-review-docx", sendShell);
		SendForReviewDialog.setChooser(name -> dir.resolve(name));
		try {
			press(sendShell, "Save As...");
		} finally {
			SendForReviewDialog.setChooser(null);
		}
		assertTrue(sendShell.isDisposed(), "saved and closed: " + messages);
		assertEquals(sent, send.written());
		assertTrue(messages.get(0).startsWith("Review Document Written: halcyon-2025-review.docx holds 17 parts"),
				messages.get(0));
		assertEquals(List.of(sent.getFileName().toString(), "halcyon-2025.sdfiling"), files(), "no temporary left");
		assertFalse(editor.isDirty(), "sending changes nothing in the filing");

		// counsel edits it in Word: tracked changes, a comment, an edit with tracking off, an Annex A cell
		Path returned = dir.resolve("halcyon-2025-review-JM.docx");
		WordEdits.open(sent)
				.trackedReplace("Exhibit 1.01. Both documents", "can be found", "are available", COUNSEL, "2026-04-20T10:15:00Z")
				.trackedReplace("signed into law", "addresses conflict minerals", "addresses the trade in conflict minerals",
						COUNSEL, "2026-04-20T10:16:00Z")
				.comment("Section 1502 of the", "Dodd-Frank Wall Street Reform", COUNSEL, "2026-04-20T10:17:00Z",
						"Give the Act's full name once only.")
				.untrackedReplace("For the period from", "reviewed the products it manufactures",
						"reviewed every product it manufactures")
				.trackedReplace("8853 S.p.A.", "Conformant", "Active", COUNSEL, "2026-04-20T10:20:00Z")
				.lastModifiedBy(COUNSEL)
				.save(returned);

		// Import Review from Word: the summary first
		ImportReviewWizard wizard = new ImportReviewWizard(editor);
		WizardDialog dialog = ImportReviewWizard.dialog(Studio.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		Studio.find(shell, Text.class, "reviewFile").setText(returned.toString());
		Studio.settle();
		assertNull(dialog.getCurrentPage().getErrorMessage());
		assertFalse(Studio.find(shell, Combo.class, "reviewPart").isVisible(), "the document names its parts");
		String about = Studio.find(shell, Label.class, "reviewDocument").getText();
		assertTrue(about.startsWith("halcyon-2025-review-JM.docx: sent by Dana Whitfield on "), about);
		assertTrue(about.contains("from halcyon-2025.sdfiling with 17 parts") && about.contains("last saved by " + COUNSEL),
				about);
		assertFalse(button(shell, "Finish").isEnabled(), "the summary comes first");
		press(shell, "Next >");
		Table parts = Studio.find(shell, Table.class, "importParts");
		assertEquals(List.of("Part", "Changes", "Conflicts", "Tracking off", "Row changes", "New comments", "Matched",
				"Replies", "Resolved"), Stream.of(parts.getColumns()).map(c -> c.getText()).toList());
		assertEquals(List.of("2", "", "", "", "1", "", "", ""), figures(parts, intro.label()));
		assertEquals(List.of("1", "", "1", "", "", "", "", ""), figures(parts, item.label()));
		assertEquals(List.of("", "", "", "1", "", "", "", ""), figures(parts, "Annex A"));
		assertEquals(List.of("", "", "", "", "", "2", "", ""), figures(parts, step3.label()));
		assertEquals(4, parts.getItemCount(), "the parts the document brings something to");
		assertEquals("17 parts read; 13 bring nothing new and are not listed.",
				Studio.find(shell, Label.class, "importPartsNote").getText());
		String summary = Studio.find(shell, Label.class, "importSummary").getText();
		assertEquals(wizard.plan().summary(), summary);
		assertTrue(summary.startsWith("halcyon-2025-review-JM.docx: 4 proposed changes in 3 parts, 1 new comment"),
				summary);
		// the edit made with tracking off is a finding too, naming who it is attributed to
		List<String> findings = List.of(Studio.find(shell, org.eclipse.swt.widgets.List.class, "importFindings").getItems());
		assertEquals(wizard.plan().findings(), findings);
		assertTrue(findings.contains("1 edit in " + item.label() + " was made with tracking off; it is proposed as made by "
				+ COUNSEL + ": replaced in Paragraph 1: \"the products\" by \"every product\""), String.join("\n", findings));
		Studio.screenshot("review-docx-import", shell);
		press(shell, "Finish");
		assertTrue(shell.isDisposed());
		assertTrue(wizard.applied());

		// the proposals wait for a decision; the texts are as they were
		assertEquals(introText, intro.plainText());
		assertEquals(itemText, item.plainText());
		assertEquals(ComplianceStatus.CONFORMANT, row.getStatus());
		List<Proposals.Entry> introProposals = Proposals.pending(intro);
		assertEquals(2, introProposals.size());
		assertTrue(introProposals.stream().allMatch(e -> e.author().equals(COUNSEL) && !e.untracked()));
		assertTrue(introProposals.get(0).what().contains("can be found") && introProposals.get(0).what().contains("are available"),
				introProposals.get(0).what());
		List<Proposals.Entry> itemProposals = Proposals.pending(item);
		assertEquals(1, itemProposals.size());
		assertTrue(itemProposals.get(0).untracked(), "made with tracking off");
		assertEquals(COUNSEL, itemProposals.get(0).author(), "attributed to the document's last author");
		List<Proposals.Entry> rows = Proposals.pending(annex);
		assertEquals(1, rows.size());
		assertTrue(rows.get(0).what().contains("status \"Conformant\" to \"Active\""), rows.get(0).what());
		assertEquals(threads + 1, Reviews.threads(intro).size());
		ReviewComment added = Reviews.threads(intro).get(threads);
		assertEquals(COUNSEL, added.getAuthor());
		assertEquals("Give the Act's full name once only.", added.getText());
		assertEquals("Dodd-Frank Wall Street Reform", added.getQuotedText());
		assertTrue(editor.isDirty());
		assertEquals(4, Proposals.pendingCount(editor.getFiling()), "four proposed changes in all");

		// accepting all of the introduction's gives exactly counsel's text
		stack.execute(Proposals.decideAll(intro, true, ReviewerName.current()));
		assertTrue(intro.plainText().contains("are available") && intro.plainText().contains("the trade in conflict"),
				intro.plainText());
		stack.undo();
		Studio.settle();
		assertEquals(introText, intro.plainText());

		// the same document again: nothing new, Finish just closes
		org.eclipse.emf.common.command.Command last = stack.getUndoCommand();
		ImportReviewWizard again = new ImportReviewWizard(editor);
		WizardDialog second = ImportReviewWizard.dialog(Studio.window().getShell(), again);
		second.setBlockOnOpen(false);
		second.open();
		Shell secondShell = second.getShell();
		Studio.find(secondShell, Text.class, "reviewFile").setText(returned.toString());
		Studio.settle();
		press(secondShell, "Next >");
		assertTrue(again.plan().nothingNew(), again.plan().summary());
		assertTrue(second.getCurrentPage().getMessage().startsWith("Nothing new: everything in halcyon-2025-review-JM.docx"),
				second.getCurrentPage().getMessage());
		press(secondShell, "Finish");
		assertTrue(secondShell.isDisposed());
		assertFalse(again.applied());
		assertTrue(last == stack.getUndoCommand(), "no command for nothing new");
		assertEquals(2, Proposals.pending(intro).size());

		// undo takes the whole import back
		stack.undo();
		Studio.settle();
		assertTrue(Proposals.all(intro).isEmpty() && Proposals.all(item).isEmpty() && Proposals.all(annex).isEmpty());
		assertEquals(threads, Reviews.threads(intro).size());
	}

	@Test
	void aDocumentThatCannotBeWrittenSaysSoAndLeavesNothingBehind() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ReviewerName.setPreference("Dana Whitfield");
		Prompts.setAnswerer((title, message) -> messages.add(title + ": " + message));
		SendForReviewDialog send = new SendForReviewDialog(Studio.window().getShell(), editor);
		send.setBlockOnOpen(false);
		send.open();
		Shell shell = send.getShell();
		try {
			send.check(java.util.Set.of("report/introduction", ReviewParts.ANNEX_A));
			assertEquals(2, send.selectedParts().size());
			send.setSinceApproval(true);
			// the target is a folder: refused with the file named, nothing written
			Path folder = Files.createDirectories(dir.resolve("review.docx"));
			assertFalse(send.save(folder));
			assertTrue(messages.get(0).startsWith("Send for Review Failed: " + folder + " could not be written"),
					messages.get(0));
			assertEquals(List.of("halcyon-2025.sdfiling", "review.docx"), files());
			assertTrue(Files.list(folder).findAny().isEmpty());
			// a file that is not a Word document is never replaced, nor is the filing
			Path target = dir.resolve("two-parts.docx");
			Files.writeString(target, "notes, not a Word document");
			assertFalse(send.save(target));
			assertTrue(messages.get(1).contains("exists and is not a Word document, so it is not replaced"), messages.get(1));
			assertEquals("notes, not a Word document", Files.readString(target));
			assertFalse(send.save(editor.getFile()));
			assertTrue(messages.get(2).contains("it is the filing itself"), messages.get(2));
			assertEquals(List.of("halcyon-2025.sdfiling", "review.docx", "two-parts.docx"), files());
			// a Word document is replaced, by a complete one only
			Files.delete(target);
			WordEdits.plainDocument(target, List.of("an older review document"));
			assertTrue(send.save(target));
			assertEquals(List.of("halcyon-2025.sdfiling", "review.docx", "two-parts.docx"), files());
			var doc = org.sdstudio.review.word.ReviewDocxReader.read(target);
			assertEquals(List.of("report/introduction", ReviewParts.ANNEX_A),
					doc.sent().parts().stream().map(p -> p.id()).toList());
			assertEquals("Dana Whitfield", doc.sent().sentBy());
			send.check(java.util.Set.of());
			assertFalse(button(shell, "Save As...").isEnabled(), "nothing to send");
		} finally {
			if (!shell.isDisposed()) {
				send.close();
			}
		}
	}

	private List<String> files() throws java.io.IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** The counts of a part's row in the summary, column by column after the part's name. */
	private static List<String> figures(Table table, String label) {
		TableItem item = Stream.of(table.getItems()).filter(i -> i.getText(0).equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(label + " is not in the summary: " + Stream.of(table.getItems())
						.map(i -> i.getText(0)).toList()));
		List<String> figures = new ArrayList<>();
		for (int i = 1; i < table.getColumnCount(); i++) {
			figures.add(item.getText(i));
		}
		return figures;
	}
}
