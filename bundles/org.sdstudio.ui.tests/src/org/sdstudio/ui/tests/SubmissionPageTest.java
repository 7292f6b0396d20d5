package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SubmissionData;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.submission.SubmissionPage;

/** The Submission page: submission data bound to the model, decorations, readiness, reveal. */
class SubmissionPageTest {

	@TempDir
	Path dir;

	@AfterEach
	void closeEditors() {
		Prompts.setAnswerer(null);
		Studio.closeAll();
	}

	private static Composite page(FilingEditor editor) {
		editor.showPage(SubmissionPage.ID);
		Studio.settle();
		return (Composite) editor.getFilingPages().stream().filter(p -> p.getId().equals(SubmissionPage.ID))
				.findFirst().orElseThrow().getPartControl();
	}

	@Test
	void theFieldsShowTheSubmissionDataOfTheFiling() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Composite page = page(editor);
		assertEquals("Dana Whitfield", Studio.find(page, Text.class, "submission.contactName").getText());
		assertEquals("(303) 555-0148", Studio.find(page, Text.class, "submission.contactPhone").getText());
		assertEquals("dwhitfield@halcyon-respiratory.example",
				Studio.find(page, Text.class, "submission.contactEmail").getText());
		assertEquals("halcyon", Studio.find(page, Text.class, "submission.fileNamePrefix").getText());
		assertTrue(Studio.find(page, Button.class, "submission.liveTest.test").getSelection());
		assertFalse(Studio.find(page, Button.class, "submission.liveTest.live").getSelection());
		assertFalse(decoration(page, "submission.fileNamePrefix").isVisible(), "a valid prefix is not marked");
		String readiness = Studio.find(page, Label.class, "readiness").getText();
		assertTrue(readiness.startsWith("Ready for a final export"), readiness);
		assertFalse(editor.isDirty(), "showing the page changes nothing");
	}

	@Test
	void anInvalidPrefixIsMarkedAtOnceAndBecomesOneCommandAfterTheTypingDelay() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Composite page = page(editor);
		SubmissionData submission = editor.getFiling().getSubmission();
		Text prefix = Studio.find(page, Text.class, "submission.fileNamePrefix");
		// typed letter by letter: each keystroke is a modification of the text
		for (String typed : new String[] { "H", "Ha", "Hal", "Hal C", "Hal Co" }) {
			prefix.setText(typed);
		}
		ControlDecoration decoration = decoration(page, "submission.fileNamePrefix");
		assertTrue(decoration.isVisible(), "an invalid prefix is marked while typing");
		assertTrue(decoration.getDescriptionText().contains("lower-case"), decoration.getDescriptionText());
		assertEquals("halcyon", submission.getFileNamePrefix(), "the model waits for the typing pause");

		Studio.waitUntil("the prefix reaches the model", 3000, () -> "Hal Co".equals(submission.getFileNamePrefix()));
		assertTrue(editor.isDirty());
		String readiness = Studio.find(page, Label.class, "readiness").getText();
		Studio.waitUntil("readiness counts the new error", 3000,
				() -> Studio.find(page, Label.class, "readiness").getText().startsWith("Not ready"));
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals("halcyon", submission.getFileNamePrefix(), "the whole word was one command");
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
		Studio.settle();
		assertEquals("halcyon", prefix.getText(), "undo shows in the field");
		assertFalse(decoration.isVisible());
		assertTrue(readiness.length() > 0);
	}

	@Test
	void pendingTypingIsCommittedBeforeAnExportOrSave() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Composite page = page(editor);
		Studio.find(page, Text.class, "submission.contactName").setText("Jordan Lee");
		Studio.find(page, Text.class, "submission.notificationEmails").setText("a@halcyon.example, b@halcyon.example");
		editor.commitPendingEdits();
		SubmissionData submission = editor.getFiling().getSubmission();
		assertEquals("Jordan Lee", submission.getContactName());
		assertEquals(List.of("a@halcyon.example", "b@halcyon.example"), submission.getNotificationEmails());

		Text email = Studio.find(page, Text.class, "submission.contactEmail");
		email.setText("no-at-sign.example");
		assertTrue(decoration(page, "submission.contactEmail").isVisible());
		Text phone = Studio.find(page, Text.class, "submission.contactPhone");
		phone.setText("(303) 555-0148 extension 12");
		assertTrue(decoration(page, "submission.contactPhone").isVisible(), "longer than EDGAR's 20 characters");
		assertTrue(decoration(page, "submission.contactPhone").getDescriptionText().contains("at most 20"));
		phone.setText("");
		assertFalse(decoration(page, "submission.contactPhone").isVisible(), "the phone may be left empty");
	}

	@Test
	void theMarksAreTheValidatorsFindings() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Composite page = page(editor);
		SubmissionData submission = editor.getFiling().getSubmission();
		// what the page marks is what the validator finds, in the filing and in a field being typed in
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), submission,
				Literals.SUBMISSION_DATA__CONTACT_NAME, "A contact name of more than thirty characters"));
		Studio.settle();
		ControlDecoration name = decoration(page, "submission.contactName");
		assertTrue(name.isVisible());
		String expected = editor.getFindings().stream().filter(f -> f.getSubject() == submission)
				.map(f -> f.getMessage()).findFirst().orElseThrow();
		assertEquals(expected, name.getDescriptionText());
		Studio.find(page, Text.class, "submission.notificationEmails").setText("a@x.example, b@x.example, "
				+ "c@x.example, d@x.example");
		ControlDecoration emails = decoration(page, "submission.notificationEmails");
		assertTrue(emails.isVisible(), "a fourth address is marked as it is typed");
		assertTrue(emails.getDescriptionText().contains("at most 3"), emails.getDescriptionText());
		editor.getEditingDomain().getCommandStack().undo();
		Studio.settle();
		assertFalse(name.isVisible(), "undo takes the finding and its mark away");
	}

	@Test
	void undoOfAnotherChangeShowsInTheFieldsAndRevealFocusesTheNamedField() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Composite page = page(editor);
		SubmissionData submission = editor.getFiling().getSubmission();
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), submission,
				Literals.SUBMISSION_DATA__CONTACT_PHONE, "(720) 555-0199"));
		Studio.settle();
		assertEquals("(720) 555-0199", Studio.find(page, Text.class, "submission.contactPhone").getText());

		editor.showPage("cover");
		Studio.window().getShell().forceActive();
		Studio.settle();
		assertTrue(editor.reveal(submission, "contactEmail"));
		Studio.settle();
		assertEquals(SubmissionPage.ID, editor.getActivePageInstance().getId());
		Text email = Studio.find(page, Text.class, "submission.contactEmail");
		assertSame(email, email.getDisplay().getFocusControl(), "the named field has the focus");
	}

	@Test
	void afterRevertThePageShowsAndEditsTheReloadedFiling() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		page(editor);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
				editor.getFiling().getSubmission(), Literals.SUBMISSION_DATA__CONTACT_NAME, "Someone Else"));
		editor.revert();
		Composite page = page(editor);
		Text name = Studio.find(page, Text.class, "submission.contactName");
		assertEquals("Dana Whitfield", name.getText());
		name.setText("Jordan Lee");
		editor.commitPendingEdits();
		assertEquals("Jordan Lee", editor.getFiling().getSubmission().getContactName(), "bound to the new filing");
		assertTrue(editor.isDirty());
	}

	static ControlDecoration decoration(Composite page, String name) {
		return (ControlDecoration) Studio.find(page, Text.class, name).getData("decoration");
	}
}
