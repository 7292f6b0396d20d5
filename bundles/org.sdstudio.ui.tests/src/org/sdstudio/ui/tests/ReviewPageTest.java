package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.Run;
import org.sdstudio.review.CommentAnchor;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.ReviewRules;
import org.sdstudio.review.Reviews;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.report.ReportPage;
import org.sdstudio.ui.internal.review.CommentsPane;
import org.sdstudio.ui.internal.review.ReportComments;
import org.sdstudio.ui.internal.review.ReviewPage;
import org.sdstudio.ui.internal.review.ReviewPreferencePage;
import org.sdstudio.ui.internal.review.ReviewerName;
import org.sdstudio.ui.internal.submission.ExportRun;
import org.sdstudio.ui.internal.review.ReviewMarks;

/** The Review page, its comments pane and commenting in the report editor, driven through their widgets. */
class ReviewPageTest {

	private static final String STEP_3 = "report/due-diligence/dd-step-3";
	private static final String FUTURE = "report/future-steps";

	@TempDir
	Path dir;

	private final List<String> messages = new ArrayList<>();

	@AfterEach
	void closeEditors() {
		ReportComments.setTextSource(null);
		Prompts.setAnswerer(null);
		ReviewerName.setPreference("");
		Studio.closeAll();
	}

	private static ReviewPage reviewPage(FilingEditor editor) {
		ReviewPage page = (ReviewPage) editor.showPage(ReviewPage.ID);
		Studio.settle();
		return page;
	}

	private static Composite control(ReviewPage page) {
		return (Composite) page.getPartControl();
	}

	private static void click(Composite root, String name) {
		Button button = Studio.find(root, Button.class, name);
		assertTrue(button.isEnabled(), name + " is enabled: " + button.getToolTipText());
		button.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
	}

	private static PartStatus status(FilingEditor editor, String id) {
		return Reviews.status(ReviewParts.find(editor.getFiling(), id).orElseThrow());
	}

	/** Sets the reviewer name the way a user does: in the preference page, then OK. */
	private static void setReviewerInPreferences(String name) {
		Shell shell = new Shell(Studio.window().getShell());
		shell.setLayout(new FillLayout());
		ReviewPreferencePage page = new ReviewPreferencePage();
		page.init(null);
		page.createControl(shell);
		Studio.find(shell, Text.class, "reviewerName").setText(name);
		assertTrue(page.performOk());
		page.dispose();
		shell.dispose();
	}

	@Test
	void thePageListsEveryPartWithStateApprovalAndOpenComments() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ReviewPage page = reviewPage(editor);
		var table = page.getPartsViewer().getTable();
		assertEquals(17, table.getItemCount());
		var intro = Stream.of(table.getItems()).filter(i -> i.getText(0).equals("Section Introduction")).findFirst()
				.orElseThrow();
		assertEquals("Approved", intro.getText(1));
		assertEquals("introduction-r2", intro.getText(2));
		assertEquals("Jonathan Morrow (outside counsel)", intro.getText(3));
		var rcoi = Stream.of(table.getItems()).filter(i -> i.getText(0).contains("Country of Origin")).findFirst()
				.orElseThrow();
		assertEquals("Draft", rcoi.getText(1));
		assertEquals("changed", rcoi.getText(5));
		page.selectPart(STEP_3);
		Studio.settle();
		assertEquals(2, page.getCommentsPane().getTreeViewer().getTree().getItemCount(), "two threads on Step 3");
		Studio.screenshot("review");
		page.getCommentsPane().getTreeViewer().setSelection(new StructuredSelection(
				Reviews.findComment(ReviewParts.find(editor.getFiling(), STEP_3).orElseThrow(), "dd-step-3-c1")
						.orElseThrow()), true);
		Studio.settle();
		assertTrue(Studio.find(control(page), Label.class, "commentPassage").getText()
				.startsWith("On \u201cwe will look into the circumstances"));
		Studio.screenshot("review-comments");

		// the report tree, the outline's labels and the Cover page show the state too
		ReportSection rcoiSection = (ReportSection) ReviewParts.find(editor.getFiling(), "report/rcoi").orElseThrow()
				.owner();
		assertEquals("Draft, changed since approval", ReviewMarks.sectionMark(rcoiSection));
		org.eclipse.ui.views.contentoutline.ContentOutline outline = (org.eclipse.ui.views.contentoutline.ContentOutline)
				Studio.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
		Studio.settle();
		Tree outlineTree = (Tree) outline.getCurrentPage().getControl();
		outline.setSelection(new StructuredSelection(rcoiSection));
		Studio.settle();
		String rcoiLabel = outlineTree.getSelection()[0].getText();
		assertTrue(rcoiLabel.endsWith("[Draft, changed since approval]"), rcoiLabel);
		outline.setSelection(new StructuredSelection(editor.getFiling().getFormSections().get(0).getItems().get(0)));
		Studio.settle();
		String itemLabel = outlineTree.getSelection()[0].getText();
		assertTrue(itemLabel.endsWith("[Approved]"), itemLabel);
		Studio.page().activate(editor);
		editor.showPage("cover");
		Studio.settle();
		Label item = Studio.find((Composite) editor.getFilingPages().get(0).getPartControl(), Label.class,
				"review.item-1.01");
		assertTrue(item.getText().startsWith("Review: Approved \u2013 approved item-1.01-r1 by Jonathan Morrow"),
				item.getText());
	}

	@Test
	void submitApproveWithANameAndUndoEachStep() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		ReviewPage page = reviewPage(editor);
		page.selectPart(FUTURE);
		Studio.settle();
		Button approve = Studio.find(control(page), Button.class, "approvePart");
		assertFalse(approve.isEnabled(), "a draft cannot be approved");
		assertTrue(approve.getToolTipText().contains("only a part in review can be approved"), approve.getToolTipText());

		setReviewerInPreferences("Priya Natarajan");
		Studio.find(control(page), Text.class, "reviewNote").setText("Ready for counsel");
		click(control(page), "submitPart");
		assertEquals(ReviewState.IN_REVIEW, status(editor, FUTURE).state());
		assertEquals("Priya Natarajan", status(editor, FUTURE).latest().getAuthor());
		assertEquals("Ready for counsel", status(editor, FUTURE).latest().getNote());
		assertTrue(editor.isDirty());

		setReviewerInPreferences("Jonathan Morrow");
		click(control(page), "approvePart");
		PartStatus approved = status(editor, FUTURE);
		assertEquals(ReviewState.APPROVED, approved.state());
		assertEquals("Jonathan Morrow", approved.approvedBy());
		assertEquals("future-steps-r1", approved.approved().getId());
		var row = Stream.of(page.getPartsViewer().getTable().getItems())
				.filter(i -> i.getText(0).equals("Section Future Steps")).findFirst().orElseThrow();
		assertEquals("Approved", row.getText(1));
		assertEquals("Jonathan Morrow", row.getText(3));

		assertEquals("Approve Section Future Steps", stack.getUndoCommand().getLabel());
		stack.undo();
		Studio.settle();
		assertEquals(ReviewState.IN_REVIEW, status(editor, FUTURE).state());
		stack.undo();
		Studio.settle();
		assertEquals(ReviewState.DRAFT, status(editor, FUTURE).state());
		assertEquals(null, status(editor, FUTURE).latest());

		// request changes needs a comment: the page says why, nothing changes
		stack.redo();
		Studio.settle();
		click(control(page), "requestChanges");
		assertTrue(Studio.find(control(page), Label.class, "reviewOutcome").getText().contains("needs a comment"));
		assertEquals(ReviewState.IN_REVIEW, status(editor, FUTURE).state());
		Studio.find(control(page), Text.class, "reviewNote").setText("Name the 2026 goals.");
		click(control(page), "requestChanges");
		assertEquals(ReviewState.CHANGES_REQUESTED, status(editor, FUTURE).state());
		click(control(page), "reopenPart");
		assertEquals(ReviewState.DRAFT, status(editor, FUTURE).state());
		stack.undo();
		stack.undo();
		Studio.settle();
		assertEquals(ReviewState.IN_REVIEW, status(editor, FUTURE).state());
	}

	@Test
	void replyResolveAndUndoInTheCommentsPane() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		ReviewPage page = reviewPage(editor);
		page.selectPart(STEP_3);
		Studio.settle();
		setReviewerInPreferences("Priya Natarajan");
		CommentsPane pane = page.getCommentsPane();
		ReviewPart step3 = ReviewParts.find(editor.getFiling(), STEP_3).orElseThrow();
		ReviewComment c1 = Reviews.findComment(step3, "dd-step-3-c1").orElseThrow();
		pane.getTreeViewer().setSelection(new StructuredSelection(c1), true);
		pane.getInput().setText("Done: the two suppliers are named now.");
		click(control(page), "replyComment");
		assertEquals(2, c1.getReplies().size());
		assertEquals("Priya Natarajan", c1.getReplies().get(1).getAuthor());

		pane.getTreeViewer().setSelection(new StructuredSelection(c1), true);
		click(control(page), "resolveComment");
		assertTrue(c1.isResolved());
		assertEquals(1, Reviews.status(step3).openComments());
		Tree tree = pane.getTreeViewer().getTree();
		assertTrue(tree.getItem(0).getText(3).startsWith("resolved"), tree.getItem(0).getText(3));

		stack.undo(); // resolve
		Studio.settle();
		assertFalse(c1.isResolved());
		stack.undo(); // reply
		Studio.settle();
		assertEquals(1, c1.getReplies().size());

		pane.getInput().setText("Also check the policy link.");
		click(control(page), "addComment");
		assertEquals(3, Reviews.status(step3).openComments());
	}

	@Test
	void commentOnASelectedPassageInTheReportEditorIsAnchoredAndHighlighted() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		Filing filing = editor.getFiling();
		ReviewPart step2 = ReviewParts.find(filing, "report/due-diligence/dd-step-2").orElseThrow();
		ReportPage report = (ReportPage) editor.showPage(ReportPage.ID);
		Studio.settle();
		report.getTreeViewer().setSelection(new StructuredSelection(step2.owner()), true);
		Studio.settle();
		StyledText text = report.getTextEditor().getStyledText();
		String plain = step2.plainText();
		String passage = firstWords(plain, 6);
		int at = text.getText().indexOf(passage);
		assertTrue(at >= 0, text.getText());
		text.setSelection(at, at + passage.length());
		ReportComments.setTextSource(quote -> "Is this still accurate for 2025?");
		ToolItem comment = Stream.of(report.getTextEditor().getToolBar().getItems())
				.filter(i -> "commentOnPassage".equals(i.getData("name"))).findFirst().orElseThrow();
		comment.notifyListeners(SWT.Selection, new Event());
		Studio.settle();

		ReviewComment added = Reviews.threads(step2).get(Reviews.threads(step2).size() - 1);
		assertEquals(passage, added.getQuotedText());
		assertEquals(plain.indexOf(passage), added.getAnchorOffset());
		assertEquals(CommentAnchor.Status.FOUND, Reviews.anchor(step2, added).status());
		text.setSelection(0);
		Studio.settle();
		assertEquals(0, text.getSelectionCount(), "only the highlight marks the passage");
		assertEquals(1, ReportComments.of(text).highlightedRanges().size());
		assertEquals(passage, text.getTextRange(ReportComments.of(text).highlightedRanges().get(0)[0],
				passage.length()));
		Studio.screenshot("report-comment-anchor");

		// typing before the passage: the anchor moves with it
		Run first = ((Paragraph) ((ReportSection) step2.owner()).getBody().getBlocks().get(0)).getRuns().get(0);
		editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
				editor.getEditingDomain(), first, org.sdstudio.model.SdStudioPackage.Literals.RUN__TEXT,
				"In 2025, " + first.getText()));
		Studio.settle();
		CommentAnchor moved = Reviews.anchor(step2, added);
		assertEquals(CommentAnchor.Status.FOUND, moved.status());
		assertEquals(plain.indexOf(passage) + "In 2025, ".length(), moved.start());

		// the comment on the Review page shows its passage in the report editor
		ReviewPage page = reviewPage(editor);
		page.selectPart("report/due-diligence/dd-step-2");
		Studio.settle();
		page.getCommentsPane().getTreeViewer().setSelection(new StructuredSelection(added), true);
		click(control(page), "showPassage");
		assertEquals(ReportPage.ID, editor.getActivePageInstance().getId());
		StyledText shown = ((ReportPage) editor.getActivePageInstance()).getTextEditor().getStyledText();
		assertEquals(passage, shown.getSelectionText());
		assertFalse(ReportComments.of(shown).highlightedRanges().isEmpty(), "the passage is highlighted");
	}

	@Test
	void theGateRefusesTheStudiosFinalExportUntilItIsTurnedOff() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ReviewRules.register();
		ReviewPage page = reviewPage(editor);
		Button gate = Studio.find(control(page), Button.class, "requireApproval");
		assertFalse(gate.getSelection());
		gate.setSelection(true);
		gate.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
		assertTrue(editor.getFiling().isRequireApproval());
		assertTrue(editor.getFindings().stream().anyMatch(f -> f.getCode().equals(ReviewRules.UNAPPROVED)
				&& f.getSeverity() == org.sdstudio.model.Severity.ERROR));

		Prompts.setAnswerer((title, message) -> messages.add(title + ": " + message));
		Path out = dir.resolve("gated");
		ExportRun.Outcome refused = new ExportRun(editor.getFiling(), out, ExportOptions.defaults())
				.runAndReport(runnable -> runnable.run(new org.eclipse.core.runtime.NullProgressMonitor()),
						Studio.window().getShell(), editor);
		assertEquals(ExportRun.Outcome.REFUSED, refused, String.join("\n", messages));
		assertTrue(messages.get(0).contains("not approved"), messages.get(0));
		assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing was written");

		ExportRun.Outcome draft = new ExportRun(editor.getFiling(), out, ExportOptions.defaults().withDraft(true))
				.runAndReport(runnable -> runnable.run(new org.eclipse.core.runtime.NullProgressMonitor()),
						Studio.window().getShell(), editor);
		assertEquals(ExportRun.Outcome.WRITTEN, draft, "drafts are never gated: " + String.join("\n", messages));

		editor.getEditingDomain().getCommandStack().undo(); // the gate setting
		Studio.settle();
		assertFalse(editor.getFiling().isRequireApproval());
		assertFalse(gate.getSelection());
		ExportRun.Outcome written = new ExportRun(editor.getFiling(), out, ExportOptions.defaults())
				.runAndReport(runnable -> runnable.run(new org.eclipse.core.runtime.NullProgressMonitor()),
						Studio.window().getShell(), editor);
		assertEquals(ExportRun.Outcome.WRITTEN, written, String.join("\n", messages));
	}

	@Test
	void theReviewerNamePreferenceIsUsedAndFallsBack() {
		setReviewerInPreferences("Dana Whitfield");
		assertEquals("Dana Whitfield", ReviewerName.current().name());
		setReviewerInPreferences("");
		assertNotNull(ReviewerName.current().name());
		assertFalse(ReviewerName.current().name().equals("Dana Whitfield"));
	}

	private static String firstWords(String plain, int words) {
		String[] parts = plain.split(" ");
		return String.join(" ", java.util.Arrays.copyOfRange(parts, 2, 2 + words));
	}

	@Test
	void compareOnTheReviewPageOpensTheBlacklineDialogOfFilingCompare() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		ReviewPage page = reviewPage(editor);
		Button compare = Studio.find(control(page), Button.class, "reviewCompare");
		assertEquals("Compare...", compare.getText());
		String[] summary = new String[1];
		org.eclipse.swt.widgets.Display display = compare.getDisplay();
		long deadline = System.currentTimeMillis() + 20_000;
		Runnable[] probe = new Runnable[1];
		// the dialog runs its own event loop: look at it from inside, then close it
		probe[0] = () -> {
			for (Shell shell : display.getShells()) {
				List<Label> found = shell.isVisible()
						? Studio.findAll(shell, Label.class, l -> "compare.summary".equals(l.getData("name")))
						: List.of();
				if (!found.isEmpty()) {
					summary[0] = found.get(0).getText();
					shell.close();
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, probe[0]);
			}
		};
		display.asyncExec(probe[0]);
		compare.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
		assertNotNull(summary[0], "the Compare dialog opened");
		assertTrue(summary[0].contains("(current text) against") && summary[0].contains("(approved revisions)"),
				summary[0]);
	}
}
