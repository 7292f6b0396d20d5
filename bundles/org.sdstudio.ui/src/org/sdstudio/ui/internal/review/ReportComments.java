package org.sdstudio.ui.internal.review;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.review.CommentAnchor;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.report.ReportPage;
import org.sdstudio.ui.internal.report.StructuredTextEditor;

/**
 * Review comments in the report's text editor: the passages of the shown section's open comments are highlighted
 * (drawn over the text, so the editor's own formatting is untouched), and the toolbar's Comment button anchors a new
 * comment to the selected passage. Offsets are the part's plain text (one line per paragraph, list item or table
 * row, as the editor shows them), so an editor line and column is a plain-text line and column.
 */
public final class ReportComments {

	/** Asks for the comment's text; tests answer without a dialog. */
	public interface TextSource {
		String ask(String passage);
	}

	private static volatile TextSource scripted;

	private final ReportPage page;
	private final StyledText text;
	private Color highlight;

	private ReportComments(ReportPage page, StructuredTextEditor editor) {
		this.page = page;
		this.text = editor.getStyledText();
	}

	/** Installs highlighting and the Comment button on the Report page's text editor. */
	public static void attach(ReportPage page, StructuredTextEditor editor) {
		ReportComments comments = new ReportComments(page, editor);
		comments.install(editor.getToolBar());
		editor.getStyledText().setData(ReportComments.class.getName(), comments);
	}

	/** The comment support installed on a report text widget, or null. */
	public static ReportComments of(StyledText text) {
		return (ReportComments) text.getData(ReportComments.class.getName());
	}

	/** For tests: where the Comment action gets its text (null: a dialog). */
	public static void setTextSource(TextSource source) {
		scripted = source;
	}

	private void install(ToolBar toolBar) {
		highlight = new Color(text.getDisplay(), 255, 214, 64);
		text.addListener(SWT.Dispose, e -> highlight.dispose());
		text.addPaintListener(e -> paint(e.gc));
		new ToolItem(toolBar, SWT.SEPARATOR);
		ToolItem comment = new ToolItem(toolBar, SWT.PUSH);
		comment.setText("Comment");
		comment.setToolTipText("Comment on the selected passage (review)");
		comment.setData("name", "commentOnPassage");
		comment.addListener(SWT.Selection, this::commentOnSelection);
		CommandStackListener redraw = e -> text.getDisplay().asyncExec(() -> {
			if (!text.isDisposed()) {
				text.redraw();
			}
		});
		page.getEditingDomain().getCommandStack().addCommandStackListener(redraw);
		text.addListener(SWT.Dispose, e -> page.getEditingDomain().getCommandStack().removeCommandStackListener(redraw));
		if (page.getTreeViewer() != null) {
			page.getTreeViewer().addSelectionChangedListener(e -> text.redraw());
		}
	}

	private ReviewPart shownPart() {
		ReportSection section = page.getSelectedSection();
		return section == null ? null : ReviewParts.forOwner(page.getFiling(), section).orElse(null);
	}

	/** The editor ranges of the shown section's open, found passages. */
	public List<int[]> highlightedRanges() {
		List<int[]> ranges = new ArrayList<>();
		ReviewPart part = shownPart();
		if (part == null) {
			return ranges;
		}
		String plain = part.plainText();
		for (ReviewComment thread : Reviews.threads(part)) {
			CommentAnchor anchor = CommentAnchor.locate(thread, plain);
			if (thread.isResolved() || anchor.status() != CommentAnchor.Status.FOUND) {
				continue;
			}
			int[] range = toEditor(text, plain, anchor.start(), anchor.end());
			// typing not yet committed may have moved the text: highlight only what still reads the same
			if (range != null && text.getTextRange(range[0], range[1] - range[0]).equals(anchor.quote())) {
				ranges.add(range);
			}
		}
		return ranges;
	}

	private void paint(GC gc) {
		List<int[]> ranges = highlightedRanges();
		if (ranges.isEmpty()) {
			return;
		}
		gc.setBackground(highlight);
		gc.setForeground(highlight);
		gc.setAlpha(110);
		for (int[] range : ranges) {
			for (int offset = range[0]; offset < range[1];) {
				int line = text.getLineAtOffset(offset);
				int lineEnd = text.getOffsetAtLine(line) + text.getLine(line).length();
				int end = Math.min(range[1], lineEnd);
				if (end > offset) {
					Rectangle box = text.getTextBounds(offset, end - 1);
					gc.fillRectangle(box);
					gc.setAlpha(255);
					gc.setLineWidth(2);
					gc.drawLine(box.x, box.y + box.height - 1, box.x + box.width, box.y + box.height - 1);
					gc.setAlpha(110);
				}
				offset = Math.max(end, offset) + 1;
			}
		}
		gc.setAlpha(255);
	}

	private void commentOnSelection(Event event) {
		ReviewPart part = shownPart();
		org.eclipse.swt.graphics.Point selection = text.getSelection();
		if (part == null || selection.x == selection.y) {
			Prompts.info(text.getShell(), "Comment", "Select the passage of the section text to comment on.");
			return;
		}
		String quote = text.getTextRange(selection.x, selection.y - selection.x);
		page.commitPendingEdits(); // the comment anchors to the text as typed
		String plain = part.plainText();
		int offset = toPlain(text, plain, selection.x);
		String comment = ask(quote);
		if (comment == null || comment.isBlank()) {
			return;
		}
		ReviewCommand command = Reviews.comment(part, ReviewerName.current(), comment, quote, offset);
		if (!command.canExecute()) {
			Prompts.error(text.getShell(), "Comment", command.refusal().orElse(""));
			return;
		}
		page.getEditingDomain().getCommandStack().execute(command);
		text.redraw();
	}

	private String ask(String quote) {
		TextSource source = scripted;
		if (source != null) {
			return source.ask(quote);
		}
		InputDialog dialog = new InputDialog(text.getShell(), "Comment on Passage",
				"\u201c" + (quote.length() > 80 ? quote.substring(0, 77) + "..." : quote) + "\u201d", "", null);
		return dialog.open() == IDialogConstants.OK_ID ? dialog.getValue() : null;
	}

	/** The plain-text offset of an editor offset: same line, same column. */
	static int toPlain(StyledText text, String plain, int editorOffset) {
		int line = text.getLineAtOffset(editorOffset);
		int column = editorOffset - text.getOffsetAtLine(line);
		int start = 0;
		for (int i = 0; i < line; i++) {
			int next = plain.indexOf('\n', start);
			if (next < 0) {
				return -1;
			}
			start = next + 1;
		}
		return start + column;
	}

	/** The editor range of a plain-text range, or null when the lines do not match. */
	static int[] toEditor(StyledText text, String plain, int start, int end) {
		int line = 0;
		int lineStart = 0;
		for (int next = plain.indexOf('\n'); next >= 0 && next < start; next = plain.indexOf('\n', next + 1)) {
			line++;
			lineStart = next + 1;
		}
		if (line >= text.getLineCount()) {
			return null;
		}
		int editorStart = text.getOffsetAtLine(line) + (start - lineStart);
		int editorEnd = editorStart + (end - start);
		return editorEnd <= text.getCharCount() ? new int[] { editorStart, editorEnd } : null;
	}

	/**
	 * Opens the part where it is edited; for a report section with a comment whose passage is there, selects the
	 * passage in the text editor.
	 */
	public static void showPassage(FilingEditor editor, ReviewPart part, ReviewComment comment) {
		if (!editor.reveal(part.owner(), null)) {
			editor.showPage(org.sdstudio.ui.internal.annex.AnnexPage.ID);
			return;
		}
		if (comment == null || part.kind() != ReviewPart.Kind.SECTION
				|| !(editor.getActivePageInstance() instanceof ReportPage report) || report.getTextEditor() == null) {
			return;
		}
		String plain = part.plainText();
		CommentAnchor anchor = CommentAnchor.locate(Reviews.threadOf(comment), plain);
		if (anchor.status() == CommentAnchor.Status.FOUND || anchor.status() == CommentAnchor.Status.CHANGED) {
			StyledText styled = report.getTextEditor().getStyledText();
			int[] range = toEditor(styled, plain, anchor.start(), anchor.end());
			if (range != null) {
				styled.setSelection(range[0], range[1]);
				styled.showSelection();
			}
		}
	}

	static Filing filingOf(ReviewPart part) {
		return (Filing) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(part.owner());
	}
}
