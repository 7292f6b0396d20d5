package org.sdstudio.importer.internal;

import java.util.ArrayList;
import java.util.List;

import org.sdstudio.model.ListStyle;

/**
 * One line of a flattened document: a paragraph, heading, list item or one line of a cell, as spans of text
 * with their formatting. Whitespace is collapsed as a browser shows it ({@code &nbsp;} included).
 */
public final class Line implements Piece {

	/** A list the line sits in: the list, its style and first number, and the item (-1 outside an item). */
	public record ListFrame(int listId, ListStyle style, int start, int itemId) {
	}

	public record Span(String text, boolean bold, boolean italic, boolean underline, String link, double size) {
	}

	private final List<ListFrame> lists;
	private final int headingLevel;
	private final String align;
	private final String anchorId;
	private List<Span> spans = new ArrayList<>();
	private final StringBuilder raw = new StringBuilder();
	private String text = "";

	Line(List<ListFrame> lists, int headingLevel, String align, String anchorId) {
		this.lists = lists;
		this.headingLevel = headingLevel;
		this.align = align;
		this.anchorId = anchorId;
	}

	/** A line made by the importer itself (a marker stripped, a run-in title split off). */
	public Line(List<ListFrame> lists, List<Span> spans, int headingLevel, String align, String anchorId) {
		this(lists, headingLevel, align, anchorId);
		this.spans = new ArrayList<>(spans);
		this.text = joined(this.spans);
	}

	void append(String s, HtmlFlattener.Style style) {
		spans.add(new Span(s, style.bold(), style.italic(), style.underline(), style.link(), style.size()));
		raw.append(s);
	}

	/** Collapses whitespace across spans and drops empty ones. */
	void finish() {
		List<Span> out = new ArrayList<>();
		boolean spaceBefore = true; // at the start of the line, leading spaces go
		for (Span span : spans) {
			StringBuilder b = new StringBuilder();
			for (int i = 0; i < span.text().length(); i++) {
				char c = span.text().charAt(i);
				if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
					if (!spaceBefore) {
						b.append(' ');
						spaceBefore = true;
					}
				} else {
					b.append(c);
					spaceBefore = false;
				}
			}
			if (b.length() > 0) {
				out.add(new Span(b.toString(), span.bold(), span.italic(), span.underline(), span.link(), span.size()));
			}
		}
		// trailing space
		if (!out.isEmpty()) {
			Span last = out.get(out.size() - 1);
			if (last.text().endsWith(" ")) {
				String t = last.text().substring(0, last.text().length() - 1);
				out.set(out.size() - 1, new Span(t, last.bold(), last.italic(), last.underline(), last.link(), last.size()));
				if (t.isEmpty()) {
					out.remove(out.size() - 1);
				}
			}
		}
		spans = out;
		text = joined(out);
	}

	private static String joined(List<Span> spans) {
		StringBuilder b = new StringBuilder();
		spans.forEach(s -> b.append(s.text()));
		return b.toString().trim();
	}

	/** Text with whitespace collapsed, as a browser shows it. */
	public static String clean(String s) {
		return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
	}

	private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
			"^(-\\s*)?(page\\s+)?\\d{1,3}(\\s*-)?(\\s+of\\s+\\d{1,3})?$|^[ivx]{1,4}$", java.util.regex.Pattern.CASE_INSENSITIVE);

	/** A page number as agents print them: "7", "- 7 -", "Page 7 of 12", "iv". */
	public static boolean isPageNumber(String text) {
		return PAGE_NUMBER.matcher(text).matches();
	}

	public String text() {
		return text;
	}

	public List<Span> spans() {
		return spans;
	}

	public List<ListFrame> lists() {
		return lists;
	}

	public int headingLevel() {
		return headingLevel;
	}

	public String align() {
		return align;
	}

	public String anchorId() {
		return anchorId;
	}

	public boolean centered() {
		return "center".equals(align);
	}

	/** Every letter of the line is bold (a heading or a bold line). */
	public boolean allBold() {
		return !spans.isEmpty() && spans.stream().allMatch(s -> s.bold() || s.text().isBlank());
	}

	/** The largest font size on the line, 0 when none is given. */
	public double size() {
		return spans.stream().mapToDouble(Span::size).max().orElse(0);
	}

	@Override
	public String toString() {
		return text;
	}
}
