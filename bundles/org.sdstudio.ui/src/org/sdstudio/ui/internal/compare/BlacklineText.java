package org.sdstudio.ui.internal.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.sdstudio.review.compare.BlockDiff;
import org.sdstudio.review.compare.RowDiff;
import org.sdstudio.review.compare.Segment;
import org.sdstudio.review.compare.TextComparison;

/**
 * A blackline drawn in a StyledText, as the HTML one looks: insertions underlined in blue, deletions struck through
 * in red, formatting changes with a wavy underline, change numbers raised after each change; list items with a
 * bullet, table rows with their cells between bars, part titles in bold. A proposal's text is drawn the same way
 * with {@link Marks} saying which changes are still open (marked), which conflict (highlighted too) and which were
 * decided (then the text shows the outcome, unmarked).
 */
final class BlacklineText {

	/** How a numbered change of a comparison is drawn. */
	enum Shown {
		/** open: inserted words underlined, deleted ones struck through */
		MARKED,
		/** open and in conflict with an edit of the filing: marked and highlighted */
		CONFLICT,
		/** accepted: the new side as plain text */
		ACCEPTED,
		/** rejected: the old side as plain text */
		REJECTED
	}

	/** How each change is drawn and what it is called in the raised mark after it ("3", "P7"). */
	interface Marks {
		Shown shown(int change);

		String label(int change);
	}

	/** Every change marked, called by its number: the blackline. */
	static final Marks ALL_MARKED = new Marks() {
		@Override
		public Shown shown(int change) {
			return Shown.MARKED;
		}

		@Override
		public String label(int change) {
			return String.valueOf(change);
		}
	};

	private final StringBuilder sb = new StringBuilder();
	private final List<StyleRange> styles = new ArrayList<>();
	private final Color blue;
	private final Color red;
	private final Color purple;
	private final Color gray;
	private final Color highlight;
	private final Marks marks;

	private BlacklineText(StyledText text, Marks marks) {
		this.marks = marks;
		highlight = text.getDisplay().getSystemColor(SWT.COLOR_YELLOW);
		blue = text.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
		red = text.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		purple = text.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA);
		gray = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
	}

	/** Shows the comparisons one after the other, each after its title when {@code titles} gives one. */
	static void show(StyledText text, List<TextComparison> comparisons, List<String> titles) {
		show(text, comparisons, titles, List.of());
	}

	/**
	 * Shows the comparisons as {@link #show(StyledText, List, List)} does, each drawn with its own marks
	 * ({@code marks.get(i)}; every change marked where none is given).
	 */
	static void show(StyledText text, List<TextComparison> comparisons, List<String> titles, List<Marks> marks) {
		StringBuilder all = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		for (int i = 0; i < comparisons.size(); i++) {
			BlacklineText b = new BlacklineText(text, i < marks.size() ? marks.get(i) : ALL_MARKED);
			b.append(comparisons.get(i), titles == null ? null : titles.get(i));
			for (StyleRange r : b.styles) {
				r.start += all.length();
				styles.add(r);
			}
			all.append(b.sb);
		}
		text.setText(all.toString());
		text.setStyleRanges(styles.toArray(new StyleRange[0]));
	}

	private void append(TextComparison comparison, String title) {
		if (title != null) {
			int start = sb.length();
			sb.append(title).append('\n');
			styles.add(new StyleRange(start, sb.length() - start, null, null, SWT.BOLD));
		}
		if (comparison != null) {
			blocks(comparison);
		}
		if (title != null) {
			sb.append('\n');
		}
	}

	/** Whether a wholly inserted or deleted block or row is gone from the text as decided. */
	private boolean gone(BlockDiff.Kind kind, int change) {
		Shown shown = change == 0 ? Shown.MARKED : marks.shown(change);
		return kind == BlockDiff.Kind.INSERTED && shown == Shown.REJECTED
				|| kind == BlockDiff.Kind.DELETED && shown == Shown.ACCEPTED;
	}

	private void blocks(TextComparison comparison) {
		for (BlockDiff b : comparison.blocks()) {
			if (gone(b.kind(), b.change())) {
				continue;
			}
			if (b.listStyle() != null) {
				sb.append(b.level() > 0 ? "        \u2022 " : "    \u2022 ");
			}
			if (b.isTable()) {
				for (RowDiff r : b.rows()) {
					if (gone(r.kind(), r.change())) {
						continue;
					}
					for (List<Segment> cell : r.cells()) {
						segments(cell);
						sb.append(" | ");
					}
					sb.append('\n');
				}
			} else {
				segments(b.segments());
			}
			if (b.change() != 0 && b.kind() == BlockDiff.Kind.CHANGED && open(b.change())) {
				int start = sb.length();
				sb.append(" [").append(marks.label(b.change())).append(": ").append(b.oldShape()).append(" \u2192 ")
						.append(b.newShape()).append(']');
				styles.add(style(start, sb.length() - start, gray, false, false));
			}
			sb.append('\n');
		}
	}

	private boolean open(int change) {
		Shown shown = marks.shown(change);
		return shown == Shown.MARKED || shown == Shown.CONFLICT;
	}

	private void segments(List<Segment> segments) {
		for (int i = 0; i < segments.size(); i++) {
			Segment s = segments.get(i);
			Shown shown = s.change() == 0 ? Shown.MARKED : marks.shown(s.change());
			if (s.op() == Segment.Op.INSERT && shown == Shown.REJECTED
					|| s.op() == Segment.Op.DELETE && shown == Shown.ACCEPTED) {
				continue; // decided: the words are not in the text
			}
			boolean marked = shown == Shown.MARKED || shown == Shown.CONFLICT;
			int start = sb.length();
			sb.append(s.text());
			StyleRange r = !marked ? null : switch (s.op()) {
			case INSERT -> style(start, s.text().length(), blue, true, false);
			case DELETE -> style(start, s.text().length(), red, false, true);
			case FORMAT -> {
				StyleRange f = style(start, s.text().length(), purple, true, false);
				f.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
				yield f;
			}
			case EQUAL -> null;
			};
			if (r != null && shown == Shown.CONFLICT) {
				r.background = highlight;
			}
			int font = (s.format().bold() ? SWT.BOLD : 0) | (s.format().italic() ? SWT.ITALIC : 0);
			if (r != null) {
				r.fontStyle |= font;
				styles.add(r);
			} else if (font != 0) {
				styles.add(new StyleRange(start, s.text().length(), null, null, font));
			}
			boolean lastOfChange = s.change() != 0 && marked
					&& (i + 1 == segments.size() || segments.get(i + 1).change() != s.change());
			if (lastOfChange) {
				int n = sb.length();
				sb.append('[').append(marks.label(s.change())).append(']');
				StyleRange mark = style(n, sb.length() - n, gray, false, false);
				mark.rise = 4;
				styles.add(mark);
			}
		}
	}

	private static StyleRange style(int start, int length, Color color, boolean underline, boolean strike) {
		StyleRange r = new StyleRange(start, length, color, null);
		r.underline = underline;
		r.strikeout = strike;
		return r;
	}
}
