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
 * bullet, table rows with their cells between bars, part titles in bold.
 */
final class BlacklineText {

	private final StringBuilder sb = new StringBuilder();
	private final List<StyleRange> styles = new ArrayList<>();
	private final Color blue;
	private final Color red;
	private final Color purple;
	private final Color gray;

	private BlacklineText(StyledText text) {
		blue = text.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
		red = text.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		purple = text.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA);
		gray = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
	}

	/** Shows the comparisons one after the other, each after its title when {@code titles} gives one. */
	static void show(StyledText text, List<TextComparison> comparisons, List<String> titles) {
		BlacklineText b = new BlacklineText(text);
		for (int i = 0; i < comparisons.size(); i++) {
			if (titles != null) {
				int start = b.sb.length();
				b.sb.append(titles.get(i)).append('\n');
				StyleRange r = new StyleRange(start, b.sb.length() - start, null, null, SWT.BOLD);
				b.styles.add(r);
			}
			if (comparisons.get(i) != null) {
				b.blocks(comparisons.get(i));
			}
			if (titles != null) {
				b.sb.append('\n');
			}
		}
		text.setText(b.sb.toString());
		text.setStyleRanges(b.styles.toArray(new StyleRange[0]));
	}

	private void blocks(TextComparison comparison) {
		for (BlockDiff b : comparison.blocks()) {
			if (b.listStyle() != null) {
				sb.append(b.level() > 0 ? "        \u2022 " : "    \u2022 ");
			}
			if (b.isTable()) {
				for (RowDiff r : b.rows()) {
					for (List<Segment> cell : r.cells()) {
						segments(cell);
						sb.append(" | ");
					}
					sb.append('\n');
				}
			} else {
				segments(b.segments());
			}
			if (b.change() != 0 && b.kind() == BlockDiff.Kind.CHANGED) {
				int start = sb.length();
				sb.append(" [").append(b.change()).append(": ").append(b.oldShape()).append(" \u2192 ")
						.append(b.newShape()).append(']');
				styles.add(style(start, sb.length() - start, gray, false, false));
			}
			sb.append('\n');
		}
	}

	private void segments(List<Segment> segments) {
		for (int i = 0; i < segments.size(); i++) {
			Segment s = segments.get(i);
			int start = sb.length();
			sb.append(s.text());
			StyleRange r = switch (s.op()) {
			case INSERT -> style(start, s.text().length(), blue, true, false);
			case DELETE -> style(start, s.text().length(), red, false, true);
			case FORMAT -> {
				StyleRange f = style(start, s.text().length(), purple, true, false);
				f.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
				yield f;
			}
			case EQUAL -> null;
			};
			int font = (s.format().bold() ? SWT.BOLD : 0) | (s.format().italic() ? SWT.ITALIC : 0);
			if (r != null) {
				r.fontStyle |= font;
				styles.add(r);
			} else if (font != 0) {
				styles.add(new StyleRange(start, s.text().length(), null, null, font));
			}
			boolean lastOfChange = s.change() != 0
					&& (i + 1 == segments.size() || segments.get(i + 1).change() != s.change());
			if (lastOfChange) {
				int n = sb.length();
				sb.append('[').append(s.change()).append(']');
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
