package org.sdstudio.ui.internal.report;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.custom.VerifyKeyListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.ui.internal.Prompts;

/**
 * The formatting actions of the structured-text editor, from its toolbar and its keys: bold, italic, underline,
 * links, lists and their nesting, subheadings. Each changes the editor's lines and formats and is reported to its
 * host as one command.
 */
final class TextActions {

	private final StructuredTextEditor editor;
	private final StyledText text;
	private final ToolBar toolBar;
	private final List<LineInfo> lines;
	private ToolItem boldItem;
	private ToolItem italicItem;
	private ToolItem underlineItem;

	TextActions(StructuredTextEditor editor, ToolBar toolBar) {
		this.editor = editor;
		this.text = editor.getStyledText();
		this.toolBar = toolBar;
		this.lines = editor.lines();
		createToolItems();
	}

	private void createToolItems() {
		boldItem = item("bold", "B", SWT.CHECK, "Bold (Ctrl+B)", () -> toggle(Attribute.BOLD));
		italicItem = item("italic", "I", SWT.CHECK, "Italic (Ctrl+I)", () -> toggle(Attribute.ITALIC));
		underlineItem = item("underline", "U", SWT.CHECK, "Underline (Ctrl+U)", () -> toggle(Attribute.UNDERLINE));
		item("link", "Link\u2026", SWT.PUSH, "Link the selected words to an address or a place in the filing (Ctrl+K)",
				this::editLink);
		new ToolItem(toolBar, SWT.SEPARATOR);
		item("bulletedList", "\u2022 List", SWT.PUSH, "Bulleted list", () -> list(ListStyle.BULLET));
		item("numberedList", "1. List", SWT.PUSH, "Numbered list", () -> list(ListStyle.DECIMAL));
		item("letteredList", "a. List", SWT.PUSH, "Lettered list", () -> list(ListStyle.LOWER_ALPHA));
		item("outdent", "\u21e4 Outdent", SWT.PUSH, "Unnest the list item, or leave the list (Shift+Tab)",
				() -> action("Outdent", this::outdent));
		item("indent", "Indent \u21e5", SWT.PUSH, "Nest the list item under the one before it (Tab)",
				() -> action("Indent", this::indent));
		new ToolItem(toolBar, SWT.SEPARATOR);
		item("subheading", "Subheading", SWT.PUSH, "Make the paragraph a subheading, or a body paragraph again",
				() -> action("Subheading", this::toggleSubheading));
	}

	private ToolItem item(String name, String label, int style, String tip, Runnable run) {
		ToolItem item = new ToolItem(toolBar, style);
		item.setText(label);
		item.setToolTipText(tip);
		item.setData("name", name);
		item.addListener(SWT.Selection, event -> {
			run.run();
			text.setFocus();
		});
		return item;
	}

	void updateToolItems() {
		if (text.isDisposed() || boldItem == null) {
			return;
		}
		RunFormat format = editor.currentFormat();
		boldItem.setSelection(format.bold());
		italicItem.setSelection(format.italic());
		underlineItem.setSelection(format.underline());
	}

	VerifyKeyListener shortcuts() {
		return event -> {
			boolean mod1 = (event.stateMask & SWT.MOD1) != 0;
			boolean shift = (event.stateMask & SWT.SHIFT) != 0;
			int key = Character.toLowerCase(event.keyCode);
			if (mod1 && !shift && key == 'b') {
				toggle(Attribute.BOLD);
			} else if (mod1 && !shift && key == 'i') {
				toggle(Attribute.ITALIC);
			} else if (mod1 && !shift && key == 'u') {
				toggle(Attribute.UNDERLINE);
			} else if (mod1 && !shift && key == 'k') {
				editLink();
			} else if (event.character == '\t' && !mod1 && selectedLinesAreListItems()) {
				action(shift ? "Outdent" : "Indent", shift ? this::outdent : this::indent);
			} else if ((event.character == SWT.CR || event.character == SWT.LF) && !mod1 && onEmptyListItem()) {
				action("Outdent", this::outdent); // Enter on an empty item ends the list, as in word processors
			} else if (event.character == SWT.BS && !mod1 && atStartOfListItem()) {
				action("Leave List", this::outdent);
			} else {
				return;
			}
			event.doit = false;
		};
	}

	boolean selectedLinesAreListItems() {
		int[] range = selectedLines();
		for (int line = range[0]; line <= range[1]; line++) {
			if (!lines.get(line).isList() || lines.get(line).isTable()) {
				return false;
			}
		}
		return true;
	}

	private boolean onEmptyListItem() {
		int line = text.getLineAtOffset(text.getCaretOffset());
		return text.getSelectionCount() == 0 && lines.get(line).hasBullet() && text.getLine(line).isEmpty();
	}

	private boolean atStartOfListItem() {
		int caret = text.getCaretOffset();
		int line = text.getLineAtOffset(caret);
		return text.getSelectionCount() == 0 && caret == text.getOffsetAtLine(line) && lines.get(line).hasBullet();
	}

	/** First and last line of the selection (or the caret's line). */
	private int[] selectedLines() {
		Point selection = text.getSelectionRange();
		int first = text.getLineAtOffset(selection.x);
		int last = text.getLineAtOffset(selection.x + selection.y);
		if (last > first && selection.y > 0 && selection.x + selection.y == text.getOffsetAtLine(last)) {
			last--; // a selection that ends at the start of a line does not take that line
		}
		return new int[] { first, Math.min(last, lines.size() - 1) };
	}

	/** Runs a formatting action as one command: the typing before it is committed first. */
	private void action(String label, Runnable change) {
		if (editor.host() != null) {
			editor.host().beforeAction();
		}
		Point selection = text.getSelection();
		change.run();
		editor.reformat();
		text.setSelection(selection);
		updateToolItems();
		if (editor.host() != null) {
			editor.host().actionDone(label);
		}
	}

	private enum Attribute {
		BOLD("Bold"), ITALIC("Italic"), UNDERLINE("Underline");

		final String label;

		Attribute(String label) {
			this.label = label;
		}

		boolean of(RunFormat format) {
			return switch (this) {
			case BOLD -> format.bold();
			case ITALIC -> format.italic();
			case UNDERLINE -> format.underline();
			};
		}

		RunFormat with(RunFormat format, boolean value) {
			return switch (this) {
			case BOLD -> format.withBold(value);
			case ITALIC -> format.withItalic(value);
			case UNDERLINE -> format.withUnderline(value);
			};
		}
	}

	/** Bold, italic or underline on the selection (off when all of it has it), or for what is typed next. */
	private void toggle(Attribute attribute) {
		Point selection = text.getSelectionRange();
		if (selection.y == 0) {
			RunFormat current = editor.currentFormat();
			editor.setTypingFormat(attribute.with(current, !attribute.of(current)), text.getCaretOffset());
			updateToolItems();
			return;
		}
		boolean allHaveIt = true;
		for (int offset = selection.x; offset < selection.x + selection.y; offset++) {
			if (!editor.isLineBreak(offset) && !attribute.of(editor.formatAt(offset))) {
				allHaveIt = false;
				break;
			}
		}
		boolean value = !allHaveIt;
		action(attribute.label, () -> editor.setFormat(selection.x, selection.y, format -> attribute.with(format, value)));
	}

	private void editLink() {
		Point selection = text.getSelectionRange();
		int start = selection.x;
		int length = selection.y;
		if (length == 0) {
			// the caret in a link: edit that link
			RunFormat here = editor.formatAt(Math.max(0, text.getCaretOffset() - 1));
			if (here.link() == null || text.getCharCount() == 0) {
				Prompts.info(text.getShell(), "Link",
						"Select the words to link first, then choose Link (Ctrl+K).");
				return;
			}
			int caret = Math.max(0, text.getCaretOffset() - 1);
			start = caret;
			while (start > 0 && here.link().equals(editor.formatAt(start - 1).link())) {
				start--;
			}
			int end = caret + 1;
			while (end < text.getCharCount() && here.link().equals(editor.formatAt(end).link())) {
				end++;
			}
			length = end - start;
		}
		String address = LinkDialog.ask(text.getShell(), editor.formatAt(start).link());
		if (address != null) {
			text.setSelectionRange(start, length);
			setLink(address);
		}
	}

	/** Links the selected text to {@code address} (empty: removes the link), as one command. */
	void setLink(String address) {
		Point selection = text.getSelectionRange();
		if (selection.y == 0) {
			return;
		}
		String target = address == null || address.isBlank() ? null : address.strip();
		action(target == null ? "Remove Link" : "Link",
				() -> editor.setFormat(selection.x, selection.y, format -> format.withLink(target)));
	}

	private void toggleSubheading() {
		int[] range = selectedLines();
		boolean allSubheadings = true;
		for (int line = range[0]; line <= range[1]; line++) {
			allSubheadings &= lines.get(line).isTable() || lines.get(line).style() == ParagraphStyle.SUBHEADING;
		}
		ParagraphStyle style = allSubheadings ? ParagraphStyle.BODY : ParagraphStyle.SUBHEADING;
		for (int line = range[0]; line <= range[1]; line++) {
			if (!lines.get(line).isTable()) {
				lines.set(line, lines.get(line).withStyle(style));
			}
		}
	}

	/** Makes the selected lines items of a list of {@code style}, or plain paragraphs when they all are already. */
	private void list(ListStyle style) {
		String label = switch (style) {
		case BULLET -> "Bulleted List";
		case LOWER_ALPHA -> "Lettered List";
		default -> "Numbered List";
		};
		action(label, () -> {
			int[] range = selectedLines();
			boolean allInIt = true;
			for (int line = range[0]; line <= range[1]; line++) {
				LineInfo info = lines.get(line);
				allInIt &= info.isTable() || info.isList() && info.innermostList().style() == style;
			}
			if (allInIt) {
				for (int line = range[0]; line <= range[1]; line++) {
					if (!lines.get(line).isTable()) {
						lines.set(line, lines.get(line).outsideLists());
					}
				}
				return;
			}
			// join the list just above when it has the same style; otherwise start a new one
			LineInfo above = range[0] > 0 ? lines.get(range[0] - 1) : null;
			ListFormat list = above != null && above.isList() && above.nested() == null
					&& above.list().style() == style ? above.list() : new ListFormat(style, 1);
			for (int line = range[0]; line <= range[1]; line++) {
				if (!lines.get(line).isTable()) {
					lines.set(line, new LineInfo(list, true, null, false, lines.get(line).style(), null));
				}
			}
		});
	}

	/** Nests the selected items under the item before them (the first item of a list cannot be nested). */
	private void indent() {
		int[] range = selectedLines();
		for (int line = range[0]; line <= range[1]; line++) {
			LineInfo info = lines.get(line);
			if (!info.isList() || info.nested() != null || info.isTable() || line == 0) {
				continue;
			}
			LineInfo above = lines.get(line - 1);
			if (above.list() != info.list()) {
				continue; // nothing above to nest under
			}
			ListFormat nested = above.nested() != null ? above.nested() : new ListFormat(info.list().nestedStyle(), 1);
			lines.set(line, new LineInfo(info.list(), false, nested, true, info.style(), null));
		}
	}

	/** Unnests the selected items, or takes outer items out of the list. */
	private void outdent() {
		int[] range = selectedLines();
		for (int line = range[0]; line <= range[1]; line++) {
			LineInfo info = lines.get(line);
			if (info.isTable() || !info.isList()) {
				continue;
			}
			lines.set(line, info.nested() != null ? new LineInfo(info.list(), true, null, false, info.style(), null)
					: info.outsideLists());
		}
	}
}
