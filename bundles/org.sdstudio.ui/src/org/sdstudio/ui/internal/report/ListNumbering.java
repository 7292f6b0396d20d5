package org.sdstudio.ui.internal.report;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.sdstudio.model.ListStyle;

/**
 * How the structured-text editor numbers its lists: the label of an item in each list style, and the lists' shape
 * after an edit (which lines start a list, a nested list or an item).
 */
final class ListNumbering {

	private ListNumbering() {
	}

	/** "3.", "c." or "iii." for item {@code number} (from 1). */
	static String label(ListStyle style, int number) {
		return switch (style) {
		case LOWER_ALPHA -> letters(number) + ".";
		case LOWER_ROMAN -> roman(number) + ".";
		case BULLET -> "\u2022";
		default -> number + ".";
		};
	}

	private static String letters(int number) {
		StringBuilder out = new StringBuilder();
		for (int n = Math.max(1, number); n > 0; n = (n - 1) / 26) {
			out.insert(0, (char) ('a' + (n - 1) % 26));
		}
		return out.toString();
	}

	private static String roman(int number) {
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] digits = { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i" };
		StringBuilder out = new StringBuilder();
		int n = Math.max(1, number);
		for (int i = 0; i < values.length; i++) {
			for (; n >= values[i]; n -= values[i]) {
				out.append(digits[i]);
			}
		}
		return out.toString();
	}

	/**
	 * Keeps the lists consistent after an edit: a list interrupted by other lines continues as a new list, and the
	 * first line of a list or nested list starts an item.
	 */
	static void normalize(List<LineInfo> lines) {
		Set<ListFormat> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		ListFormat originalList = null;
		ListFormat currentList = null;
		ListFormat originalNested = null;
		ListFormat currentNested = null;
		for (int i = 0; i < lines.size(); i++) {
			LineInfo info = lines.get(i);
			if (!info.isList()) {
				originalList = null;
				originalNested = null;
				continue;
			}
			boolean listStarts = info.list() != originalList;
			if (listStarts) {
				originalList = info.list();
				currentList = seen.add(originalList) ? originalList : originalList.fresh();
				originalNested = null;
			}
			info = info.withList(currentList, info.itemStart() || listStarts);
			if (info.itemStart() || info.nested() == null) {
				originalNested = null;
			}
			if (info.nested() != null) {
				boolean nestedStarts = info.nested() != originalNested;
				if (nestedStarts) {
					originalNested = info.nested();
					currentNested = seen.add(originalNested) ? originalNested : originalNested.fresh();
				}
				info = info.withNested(currentNested, info.nestedItemStart() || nestedStarts);
			}
			lines.set(i, info);
		}
	}
}
