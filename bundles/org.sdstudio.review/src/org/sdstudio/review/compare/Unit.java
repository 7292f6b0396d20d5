package org.sdstudio.review.compare;

import java.util.ArrayList;
import java.util.List;

import org.sdstudio.model.Block;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;

/**
 * One block of structured text as the comparison sees it: a paragraph, a subheading, one paragraph of a list item
 * (with its list's style, start, nesting level, and whether it opens its list or its item, so the text can be put
 * back together exactly), or a whole table. Lists are flattened to their items so an added item is one inserted
 * block.
 */
final class Unit {

	final Shape shape;
	final Paragraph paragraph;
	final Table table;
	final ListStyle listStyle;
	final int listStartNumber;
	final int level;
	final boolean listStart;
	final boolean itemStart;
	final List<Token> tokens;
	/** Text and formatting in one string: equal keys, equal blocks. */
	final String key;

	private Unit(Shape shape, Paragraph paragraph, Table table, ListStyle listStyle, int listStartNumber, int level,
			boolean listStart, boolean itemStart) {
		this.shape = shape;
		this.paragraph = paragraph;
		this.table = table;
		this.listStyle = listStyle;
		this.listStartNumber = listStartNumber;
		this.level = level;
		this.listStart = listStart;
		this.itemStart = itemStart;
		this.tokens = paragraph != null ? Token.of(paragraph.getRuns()) : List.of();
		this.key = shape + "|" + listStyle + "|" + level + "|" + listStartNumber + "|" + listStart + "|" + itemStart + "|" + (paragraph != null ? key(tokens) : tableKey(table));
	}

	static List<Unit> of(StructuredText text) {
		List<Unit> units = new ArrayList<>();
		if (text != null) {
			flatten(text.getBlocks(), units);
		}
		return units;
	}

	private static void flatten(List<Block> blocks, List<Unit> units) {
		for (Block block : blocks) {
			if (block instanceof Paragraph p) {
				units.add(new Unit(p.getStyle() == ParagraphStyle.SUBHEADING ? Shape.HEADING : Shape.PARAGRAPH, p, null,
						null, 0, -1, false, false));
			} else if (block instanceof ListBlock list) {
				flattenList(list, 0, units);
			} else if (block instanceof Table table) {
				units.add(new Unit(Shape.TABLE, null, table, null, 0, -1, false, false));
			}
		}
	}

	private static void flattenList(ListBlock list, int level, List<Unit> units) {
		boolean firstOfList = true;
		for (ListItem item : list.getItems()) {
			boolean firstOfItem = true;
			for (Block block : item.getBlocks()) {
				if (block instanceof Paragraph p) {
					units.add(new Unit(Shape.LIST_ITEM, p, null, list.getStyle(), list.getStart(), level, firstOfList,
							firstOfItem));
					firstOfList = false;
					firstOfItem = false;
				} else if (block instanceof ListBlock nested) {
					flattenList(nested, level + 1, units);
				}
			}
		}
	}

	boolean isTable() {
		return shape == Shape.TABLE;
	}

	/** Same place in the structure: shape, list style and level. */
	boolean sameStyle(Unit other) {
		return shape == other.shape && listStyle == other.listStyle && level == other.level
				&& listStartNumber == other.listStartNumber && listStart == other.listStart && itemStart == other.itemStart;
	}

	String text() {
		return paragraph != null ? Token.text(tokens) : tableText(table);
	}

	int words() {
		if (paragraph != null) {
			return Token.words(tokens);
		}
		int n = 0;
		for (TableRow row : table.getRows()) {
			for (TableCell cell : row.getCells()) {
				n += Token.words(Token.of(cell.getRuns()));
			}
		}
		return n;
	}

	/** "Paragraph", "Subheading", "List item", "Table": what a reader calls the block. */
	String describe() {
		return switch (shape) {
		case PARAGRAPH -> "Paragraph";
		case HEADING -> "Subheading";
		case LIST_ITEM -> "List item";
		case TABLE -> "Table";
		};
	}

	static String key(List<Token> tokens) {
		StringBuilder sb = new StringBuilder();
		for (Token t : tokens) {
			sb.append(t.text()).append('\u0000').append(t.format().hashCode()).append('\u0001');
		}
		return sb.toString();
	}

	static String rowKey(TableRow row) {
		StringBuilder sb = new StringBuilder(row.isHeader() ? "H" : "B");
		for (TableCell cell : row.getCells()) {
			sb.append('\u0002').append(key(Token.of(cell.getRuns())));
		}
		return sb.toString();
	}

	private static String tableKey(Table table) {
		StringBuilder sb = new StringBuilder(String.valueOf(table.getCaption()));
		for (TableRow row : table.getRows()) {
			sb.append('\u0003').append(rowKey(row));
		}
		return sb.toString();
	}

	private static String tableText(Table table) {
		StringBuilder sb = new StringBuilder();
		for (TableRow row : table.getRows()) {
			for (TableCell cell : row.getCells()) {
				sb.append(Token.text(Token.of(cell.getRuns()))).append(' ');
			}
		}
		return sb.toString();
	}

	/** The kinds of block. */
	enum Shape {
		PARAGRAPH, HEADING, LIST_ITEM, TABLE
	}
}
