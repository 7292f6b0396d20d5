package org.sdstudio.ui.internal.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.Bullet;
import org.eclipse.swt.custom.ExtendedModifyEvent;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.Table;
import org.sdstudio.ui.internal.report.TextLine.Segment;

/**
 * A word-processor style editor of structured text over SWT's StyledText: paragraphs and subheadings, bold,
 * italic, underline and links, bulleted, numbered and lettered lists with one nested level, and read-only tables.
 * It keeps, beside the widget's lines, what block each line belongs to ({@link LineInfo}); the formatting of the
 * text lives in the widget's style ranges ({@link StyleRange#data} holds the {@link RunFormat}). It never touches the
 * model: {@link #getLines()} and {@link #setLines(List)} go through {@link StructuredTextMapping}, and the
 * {@link Host} turns edits into commands. Its toolbar and key actions are {@link TextActions}; how lists are
 * numbered and kept in shape is {@link ListNumbering}.
 */
public class StructuredTextEditor extends Composite {

	/** Where the editor reports edits: typing (commit later) and formatting actions (commit now). */
	public interface Host {
		/** The text was typed or deleted: commit after a pause. */
		void edited();

		/** A formatting action is about to change the text: commit the typing before it as its own command. */
		void beforeAction();

		/** A formatting action changed the text: commit it now as one command with this label. */
		void actionDone(String label);

		/** The user Ctrl+clicked a link. */
		void openLink(String link);
	}

	/** Width of one list level (the bullet's column). */
	static final int INDENT = 28;
	/** Space above a paragraph, and above a list item (a table's rows stay together). */
	private static final int PARAGRAPH_SPACING = 10;
	private static final int ITEM_SPACING = 4;

	private final StyledText text;
	private final ToolBar toolBar;
	private final List<LineInfo> lines = new ArrayList<>();
	private final Map<ListFormat, Bullet> bullets = new IdentityHashMap<>();
	private final Font subheadingFont;
	private final Font subheadingItalicFont;
	private final Color tableBackground;
	private final Color tableBorder;
	private Host host;
	private boolean loading;
	private RunFormat typingFormat;
	private int typingOffset = -1;
	private final TextActions actions;

	public StructuredTextEditor(Composite parent, int style) {
		super(parent, style);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		setLayout(layout);
		toolBar = new ToolBar(this, SWT.FLAT | SWT.WRAP);
		toolBar.setData("name", "textToolbar");
		toolBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text = new StyledText(this, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		text.setData("name", "sectionText");
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text.setMargins(12, 10, 12, 10);
		text.setLineSpacing(2);
		FontData[] base = JFaceResources.getDefaultFont().getFontData();
		subheadingFont = derive(base, SWT.BOLD);
		subheadingItalicFont = derive(base, SWT.BOLD | SWT.ITALIC);
		tableBackground = new Color(new RGB(242, 242, 236));
		tableBorder = new Color(new RGB(150, 150, 140));
		lines.add(LineInfo.BODY);
		actions = new TextActions(this, toolBar);
		text.addVerifyListener(this::keepTablesReadOnly);
		text.addExtendedModifyListener(this::textChanged);
		text.addVerifyKeyListener(actions.shortcuts());
		text.addTraverseListener(event -> {
			// Tab and Shift+Tab nest and unnest list items instead of leaving the editor
			if ((event.detail == SWT.TRAVERSE_TAB_PREVIOUS || event.detail == SWT.TRAVERSE_TAB_NEXT)
					&& (event.stateMask & SWT.MOD1) == 0 && actions.selectedLinesAreListItems()) {
				event.doit = false;
			}
		});
		text.addCaretListener(event -> actions.updateToolItems());
		text.addListener(SWT.MouseHover, event -> showLinkTarget(event.x, event.y));
		text.addListener(SWT.MouseUp, event -> {
			// Ctrl+click follows a link to a place in the filing
			if ((event.stateMask & SWT.MOD1) != 0 && event.button == 1 && host != null) {
				String link = linkAt(event.x, event.y);
				if (link != null) {
					host.openLink(link);
				}
			}
		});
		addDisposeListener(event -> {
			subheadingFont.dispose();
			subheadingItalicFont.dispose();
		});
	}

	private Font derive(FontData[] base, int style) {
		FontData[] data = new FontData[base.length];
		for (int i = 0; i < base.length; i++) {
			data[i] = new FontData(base[i].getName(), Math.round(base[i].getHeight() * 1.15f), style);
		}
		return new Font(getDisplay(), data);
	}

	public void setHost(Host host) {
		this.host = host;
	}

	public StyledText getStyledText() {
		return text;
	}

	public ToolBar getToolBar() {
		return toolBar;
	}

	@Override
	public boolean setFocus() {
		return text.setFocus();
	}

	@Override
	public void setEnabled(boolean enabled) {
		super.setEnabled(enabled);
		text.setEnabled(enabled);
		text.setEditable(enabled);
		toolBar.setEnabled(enabled);
	}

	/** A link's target as the tooltip of the text under the mouse. */
	private void showLinkTarget(int x, int y) {
		String link = linkAt(x, y);
		text.setToolTipText(link == null ? null
				: "Link to " + link + (link.startsWith("#") ? "  (Ctrl+click to go there, " : "  (")
						+ "Ctrl+K to change it)");
	}

	private String linkAt(int x, int y) {
		int offset = text.getOffsetAtPoint(new Point(x, y));
		return offset < 0 || offset >= text.getCharCount() ? null : formatAt(offset).link();
	}

	/** Puts the caret at the start of {@code line} and scrolls it into view. */
	public void showLine(int line) {
		if (line >= 0 && line < text.getLineCount()) {
			text.setSelection(text.getOffsetAtLine(line));
			text.setTopIndex(Math.max(0, line - 1));
		}
	}

	// --- content in and out -------------------------------------------------------------------------------------

	/** Shows {@code content} (from the model): no edit is reported for it. */
	public void setLines(List<TextLine> content) {
		loading = true;
		try {
			int caret = text.getCaretOffset();
			StringBuilder all = new StringBuilder();
			for (int i = 0; i < content.size(); i++) {
				all.append(i == 0 ? "" : "\n").append(content.get(i).text());
			}
			text.setText(all.toString());
			lines.clear();
			bullets.clear();
			content.forEach(line -> lines.add(line.info()));
			syncLineCount();
			for (int i = 0; i < content.size() && i < text.getLineCount(); i++) {
				List<RunFormat> formats = new ArrayList<>();
				for (Segment segment : content.get(i).segments()) {
					formats.addAll(Collections.nCopies(segment.text().length(), segment.format()));
				}
				writeLine(i, formats.toArray(new RunFormat[0]));
			}
			renderLineAttributes();
			text.setCaretOffset(Math.min(caret, text.getCharCount()));
			typingFormat = null;
		} finally {
			loading = false;
		}
		actions.updateToolItems();
	}

	/** What the editor shows, line by line, for {@link StructuredTextMapping#toModel(List)}. */
	public List<TextLine> getLines() {
		syncLineCount();
		List<TextLine> result = new ArrayList<>();
		for (int i = 0; i < text.getLineCount(); i++) {
			String line = text.getLine(i);
			RunFormat[] formats = readLine(i);
			List<Segment> segments = new ArrayList<>();
			int from = 0;
			for (int k = 1; k <= line.length(); k++) {
				if (k == line.length() || !formats[k].equals(formats[from])) {
					segments.add(new Segment(line.substring(from, k), formats[from]));
					from = k;
				}
			}
			result.add(new TextLine(lines.get(i), segments));
		}
		return result;
	}

	/** The block information of line {@code index} (for tests and the page). */
	public LineInfo lineInfo(int index) {
		return lines.get(index);
	}

	// --- following the widget's edits ---------------------------------------------------------------------------

	private void keepTablesReadOnly(VerifyEvent event) {
		if (loading) {
			return;
		}
		int first = text.getLineAtOffset(event.start);
		int last = text.getLineAtOffset(event.end);
		for (int line = first; line <= last && line < lines.size(); line++) {
			if (lines.get(line).isTable()) {
				event.doit = false;
				getDisplay().beep();
				return;
			}
		}
	}

	private void textChanged(ExtendedModifyEvent event) {
		if (loading) {
			return;
		}
		int startLine = text.getLineAtOffset(event.start);
		String inserted = text.getTextRange(event.start, event.length);
		int removed = lineBreaks(event.replacedText);
		int added = lineBreaks(inserted);
		LineInfo base = lines.get(Math.min(startLine, lines.size() - 1));
		for (int i = 0; i < removed && startLine + 1 < lines.size(); i++) {
			lines.remove(startLine + 1);
		}
		// Enter at the start of a line pushes the line down as it is; elsewhere the new line is the next item
		boolean pushDown = event.start == text.getOffsetAtLine(startLine) && inserted.isBlank();
		LineInfo next = base.next(pushDown || base.style() == ParagraphStyle.BODY);
		for (int i = 0; i < added; i++) {
			lines.add(startLine + 1, next);
		}
		syncLineCount();
		ListNumbering.normalize(lines);
		applyTypingFormat(event.start, event.length);
		for (int line = startLine; line <= startLine + added && line < text.getLineCount(); line++) {
			writeLine(line, readLine(line));
		}
		renderLineAttributes();
		if (host != null) {
			host.edited();
		}
	}

	private static int lineBreaks(String string) {
		int count = 0;
		for (int i = 0; i < string.length(); i++) {
			char c = string.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == string.length() || string.charAt(i + 1) != '\n')) {
				count++;
			}
		}
		return count;
	}

	private void syncLineCount() {
		while (lines.size() < text.getLineCount()) {
			lines.add(LineInfo.BODY);
		}
		while (lines.size() > text.getLineCount()) {
			lines.remove(lines.size() - 1);
		}
	}

	/** New text takes the formatting chosen before typing (Ctrl+B on no selection) or that of its neighbours. */
	private void applyTypingFormat(int start, int length) {
		if (length == 0) {
			return;
		}
		RunFormat format;
		if (typingFormat != null && typingOffset == start) {
			format = typingFormat;
			typingOffset = start + length;
		} else {
			typingFormat = null;
			format = inheritedFormat(start, length);
		}
		setFormat(start, length, old -> format);
	}

	private RunFormat inheritedFormat(int start, int length) {
		int line = text.getLineAtOffset(start);
		int end = start + length;
		RunFormat before = start > text.getOffsetAtLine(line) ? formatAt(start - 1) : null;
		int endLine = text.getLineAtOffset(end);
		RunFormat after = end < text.getOffsetAtLine(endLine) + text.getLine(endLine).length() ? formatAt(end) : null;
		RunFormat format = before != null ? before : after != null ? after : RunFormat.PLAIN;
		// typing at the edge of a link does not extend it
		if (format.link() != null && (before == null || after == null || !format.link().equals(after.link())
				|| !format.link().equals(before.link()))) {
			format = format.withLink(null);
		}
		return format;
	}

	RunFormat formatAt(int offset) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range != null && range.data instanceof RunFormat format ? format : RunFormat.PLAIN;
	}

	// --- formats of characters and their look -------------------------------------------------------------------

	RunFormat[] readLine(int line) {
		int offset = text.getOffsetAtLine(line);
		int length = text.getLine(line).length();
		RunFormat[] formats = new RunFormat[length];
		Arrays.fill(formats, RunFormat.PLAIN);
		if (length > 0) {
			for (StyleRange range : text.getStyleRanges(offset, length, true)) {
				if (range.data instanceof RunFormat format) {
					int from = Math.max(range.start, offset);
					int to = Math.min(range.start + range.length, offset + length);
					for (int i = from; i < to; i++) {
						formats[i - offset] = format;
					}
				}
			}
		}
		return formats;
	}

	/** Gives the characters of {@code line} their formats and the look of the line's block. */
	void writeLine(int line, RunFormat[] formats) {
		int offset = text.getOffsetAtLine(line);
		int length = text.getLine(line).length();
		LineInfo info = lines.get(line);
		List<StyleRange> ranges = new ArrayList<>();
		if (info.isTable()) {
			if (length > 0) {
				StyleRange range = new StyleRange(offset, length, null, null);
				int style = tableLineStyle(line);
				range.font = style == SWT.BOLD ? JFaceResources.getFontRegistry().getBold(JFaceResources.TEXT_FONT)
						: style == SWT.ITALIC ? JFaceResources.getFontRegistry().getItalic(JFaceResources.TEXT_FONT)
								: JFaceResources.getTextFont();
				range.borderStyle = SWT.BORDER_SOLID;
				range.borderColor = tableBorder;
				ranges.add(range);
			}
		} else {
			int from = 0;
			for (int k = 1; k <= length; k++) {
				if (k == length || !formats[k].equals(formats[from])) {
					ranges.add(look(offset + from, k - from, formats[from], info));
					from = k;
				}
			}
		}
		text.replaceStyleRanges(offset, length, ranges.toArray(new StyleRange[0]));
	}

	private StyleRange look(int start, int length, RunFormat format, LineInfo info) {
		StyleRange range = new StyleRange();
		range.start = start;
		range.length = length;
		range.data = format;
		range.fontStyle = (format.bold() ? SWT.BOLD : SWT.NORMAL) | (format.italic() ? SWT.ITALIC : SWT.NORMAL);
		if (info.style() == ParagraphStyle.SUBHEADING) {
			range.font = format.italic() ? subheadingItalicFont : subheadingFont;
		}
		if (format.link() != null) {
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_LINK;
			range.foreground = getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
		} else if (format.underline()) {
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_SINGLE;
		}
		return range;
	}

	/** Caption lines in italics, header rows in bold. */
	private int tableLineStyle(int line) {
		Table table = lines.get(line).table();
		int first = line;
		while (first > 0 && lines.get(first - 1).table() == table) {
			first--;
		}
		int index = line - first;
		boolean caption = table.getCaption() != null && !table.getCaption().isEmpty();
		if (caption && index == 0) {
			return SWT.ITALIC;
		}
		int row = index - (caption ? 1 : 0);
		return row >= 0 && row < table.getRows().size() && table.getRows().get(row).isHeader() ? SWT.BOLD : SWT.NORMAL;
	}

	/**
	 * Bullets, numbers, indents and table backgrounds of all lines, from their block information. Only what
	 * changed is set: each change makes StyledText measure the line again, and this runs on every keystroke.
	 */
	void renderLineAttributes() {
		int count = text.getLineCount();
		Map<ListFormat, Integer> numbers = new IdentityHashMap<>();
		for (int line = 0; line < count; line++) {
			LineInfo info = lines.get(line);
			int indent = info.isList() ? (info.level() + 1) * INDENT : 0;
			Bullet bullet = null;
			if (info.hasBullet()) {
				ListFormat list = info.innermostList();
				int number = numbers.merge(list, list.start(), (old, one) -> old + 1);
				bullet = bullet(list, info.level(), number);
			}
			if (!sameBullet(text.getLineBullet(line), bullet)) {
				text.setLineBullet(line, 1, null); // a line can be held by two bullets; take it out of the old one
				if (bullet != null) {
					text.setLineBullet(line, 1, bullet);
				}
			}
			int firstLineIndent = info.isTable() ? indent + INDENT / 2 : bullet != null ? 0 : indent;
			if (text.getLineIndent(line) != firstLineIndent) {
				text.setLineIndent(line, 1, firstLineIndent);
			}
			if (text.getLineWrapIndent(line) != indent) {
				text.setLineWrapIndent(line, 1, indent);
			}
			int space = line == 0 ? 0 : spaceAbove(info, lines.get(line - 1));
			if (text.getLineVerticalIndent(line) != space) {
				text.setLineVerticalIndent(line, space);
			}
			Color background = info.isTable() ? tableBackground : null;
			if (text.getLineBackground(line) != background) {
				text.setLineBackground(line, 1, background);
			}
		}
	}

	/** The same shared bullet, or custom bullets with the same label and width. */
	private static boolean sameBullet(Bullet shown, Bullet wanted) {
		if (shown == wanted) {
			return true;
		}
		return shown != null && wanted != null && !bulletIsShared(wanted) && shown.type == wanted.type
				&& shown.text != null && shown.text.equals(wanted.text)
				&& shown.style.metrics.width == wanted.style.metrics.width;
	}

	private static boolean bulletIsShared(Bullet bullet) {
		return (bullet.type & (ST.BULLET_DOT | ST.BULLET_NUMBER | ST.BULLET_LETTER_LOWER)) != 0;
	}

	private static int spaceAbove(LineInfo info, LineInfo previous) {
		if (info.isTable() && info.table() == previous.table() || info.hasBullet()) {
			return 0; // StyledText draws a bullet at the top of its line, above a vertical indent
		}
		return info.isList() && previous.isList() && !info.isTable() ? ITEM_SPACING : PARAGRAPH_SPACING;
	}

	/**
	 * The bullet of an item: one shared {@link Bullet} per list (StyledText numbers its lines) when the list counts
	 * from 1 in a style StyledText knows; otherwise a bullet with the item's label as text.
	 */
	private Bullet bullet(ListFormat list, int level, int number) {
		boolean standard = list.style() == ListStyle.BULLET
				|| list.start() == 1 && list.style() != ListStyle.LOWER_ROMAN;
		if (standard) {
			return bullets.computeIfAbsent(list, key -> newBullet(key.style(), level, null));
		}
		return newBullet(null, level, ListNumbering.label(list.style(), number));
	}

	private static Bullet newBullet(ListStyle style, int level, String label) {
		StyleRange look = new StyleRange();
		look.metrics = new GlyphMetrics(0, 0, (level + 1) * INDENT);
		if (style == null) {
			Bullet bullet = new Bullet(ST.BULLET_TEXT, look);
			bullet.text = label;
			return bullet;
		}
		Bullet bullet = switch (style) {
		case DECIMAL -> new Bullet(ST.BULLET_NUMBER | ST.BULLET_TEXT, look);
		case LOWER_ALPHA -> new Bullet(ST.BULLET_LETTER_LOWER | ST.BULLET_TEXT, look);
		default -> new Bullet(ST.BULLET_DOT, look);
		};
		if (style != ListStyle.BULLET) {
			bullet.text = ".";
		}
		return bullet;
	}

	// --- what the actions use ---------------------------------------------------------------------------------

	/** The format at the caret: what typing there would get. */
	RunFormat currentFormat() {
		int caret = text.getCaretOffset();
		if (typingFormat != null && typingOffset == caret) {
			return typingFormat;
		}
		Point selection = text.getSelectionRange();
		if (selection.y > 0) {
			return formatAt(selection.x);
		}
		int line = text.getLineAtOffset(caret);
		return caret > text.getOffsetAtLine(line) ? formatAt(caret - 1) : RunFormat.PLAIN;
	}

	/** The format the next typed text at {@code offset} gets (Ctrl+B with nothing selected). */
	void setTypingFormat(RunFormat format, int offset) {
		typingFormat = format;
		typingOffset = offset;
	}

	/** Links the selected text to {@code address} (empty: removes the link), as one command. */
	public void setLink(String address) {
		actions.setLink(address);
	}

	/** After a formatting action: the lists' shape, every line's look. */
	void reformat() {
		ListNumbering.normalize(lines);
		for (int line = 0; line < text.getLineCount(); line++) {
			writeLine(line, readLine(line));
		}
		renderLineAttributes();
	}

	List<LineInfo> lines() {
		return lines;
	}

	Host host() {
		return host;
	}

	boolean isLineBreak(int offset) {
		char c = text.getTextRange(offset, 1).charAt(0);
		return c == '\n' || c == '\r';
	}

	/** Changes the formats of the characters in the range (the table lines excepted). */
	void setFormat(int start, int length, UnaryOperator<RunFormat> change) {
		int end = start + length;
		for (int line = text.getLineAtOffset(start); line <= text.getLineAtOffset(end); line++) {
			if (lines.get(line).isTable()) {
				continue;
			}
			int offset = text.getOffsetAtLine(line);
			RunFormat[] formats = readLine(line);
			for (int i = Math.max(start, offset); i < Math.min(end, offset + formats.length); i++) {
				formats[i - offset] = change.apply(formats[i - offset]);
			}
			writeLine(line, formats);
		}
	}
}
