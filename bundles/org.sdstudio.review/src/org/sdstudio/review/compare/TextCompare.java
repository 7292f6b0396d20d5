package org.sdstudio.review.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sdstudio.model.StructuredText;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Compares two structured texts at word level, keeping their structure. Blocks (paragraphs, subheadings, list
 * items, tables) are matched first with java-diff-utils' Myers diff on their text and formatting; within a run of
 * blocks that differ, blocks are paired in order by word similarity (the rest are wholly inserted or deleted); a
 * pair is then compared word by word, punctuation and spaces being tokens of their own, and tokens whose text is
 * unchanged but whose formatting (bold, italic, underline, link) is not become formatting changes. Tables are paired
 * as tables and compared row by row, then cell by cell. Every change gets a number in reading order.
 */
public final class TextCompare {

	/** Below this word similarity two blocks are not the same block edited, but one deleted and one inserted. */
	static final double PAIRING_SIMILARITY = 0.34;
	/** At or above this similarity the next block in order is the same block edited. */
	static final double CLEARLY_SAME = 0.6;
	/** How far ahead a block looks for its partner among the inserted ones (keeps large rewrites linear). */
	private static final int PAIRING_WINDOW = 40;

	private final List<BlockDiff> blocks = new ArrayList<>();
	private final List<Change> changes = new ArrayList<>();
	private int wordsInserted;
	private int wordsDeleted;
	private List<Segment> current;
	private String where;

	private TextCompare() {
	}

	/** Compares old (the base, e.g. the approved revision) with new (e.g. the current text); either may be null. */
	public static TextComparison compare(StructuredText oldText, StructuredText newText) {
		TextCompare c = new TextCompare();
		c.run(Unit.of(oldText), Unit.of(newText));
		return new TextComparison(oldText, newText, List.copyOf(c.blocks), List.copyOf(c.changes), c.wordsInserted,
				c.wordsDeleted);
	}

	private void run(List<Unit> olds, List<Unit> news) {
		List<String> a = olds.stream().map(u -> u.key).toList();
		List<String> b = news.stream().map(u -> u.key).toList();
		int i = 0;
		int j = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			int si = delta.getSource().getPosition();
			int ti = delta.getTarget().getPosition();
			while (i < si && j < ti) {
				unchanged(olds.get(i++), news.get(j++));
			}
			int se = si + delta.getSource().size();
			int te = ti + delta.getTarget().size();
			pair(olds.subList(si, se), news.subList(ti, te));
			i = se;
			j = te;
		}
		while (i < olds.size() && j < news.size()) {
			unchanged(olds.get(i++), news.get(j++));
		}
	}

	/** Pairs the blocks of one differing stretch in order, by similarity; the others are deleted or inserted. */
	private void pair(List<Unit> olds, List<Unit> news) {
		int j = 0;
		for (Unit old : olds) {
			int best = -1;
			double bestSimilarity = PAIRING_SIMILARITY;
			// the next block in order, when it is clearly the same block edited, is taken without looking further
			// (repeated or similar paragraphs further on must not pull the pairing out of order)
			if (j < news.size() && news.get(j).isTable() == old.isTable()
					&& (old.isTable() || similarity(old, news.get(j)) >= CLEARLY_SAME)) {
				changed(old, news.get(j++));
				continue;
			}
			for (int k = j; k < news.size() && k < j + PAIRING_WINDOW; k++) {
				Unit candidate = news.get(k);
				if (candidate.isTable() != old.isTable()) {
					continue;
				}
				double s = old.isTable() ? 1.0 : similarity(old, candidate);
				if (s > bestSimilarity || (old.isTable() && best < 0)) {
					best = k;
					bestSimilarity = s;
				}
			}
			if (best < 0) {
				whole(BlockDiff.Kind.DELETED, old);
				continue;
			}
			while (j < best) {
				whole(BlockDiff.Kind.INSERTED, news.get(j++));
			}
			changed(old, news.get(best));
			j = best + 1;
		}
		while (j < news.size()) {
			whole(BlockDiff.Kind.INSERTED, news.get(j++));
		}
	}

	/** Dice coefficient of the two blocks' words (case folded), 1 for two blocks without words. */
	static double similarity(Unit a, Unit b) {
		Map<String, Integer> counts = new HashMap<>();
		int na = 0;
		for (Token t : a.tokens) {
			if (t.word()) {
				counts.merge(t.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
				na++;
			}
		}
		int nb = 0;
		int common = 0;
		for (Token t : b.tokens) {
			if (t.word()) {
				nb++;
				Integer n = counts.get(t.text().toLowerCase(Locale.ROOT));
				if (n != null && n > 0) {
					common++;
					counts.put(t.text().toLowerCase(Locale.ROOT), n - 1);
				}
			}
		}
		if (na + nb == 0) {
			return a.text().strip().equals(b.text().strip()) ? 1.0 : 0.5;
		}
		return 2.0 * common / (na + nb);
	}

	private String where(Unit unit) {
		return unit.describe() + " " + (blocks.size() + 1);
	}

	private void unchanged(Unit old, Unit neu) {
		blocks.add(new BlockDiff(BlockDiff.Kind.UNCHANGED, old, neu,
				neu.isTable() ? List.of() : wholeSegments(neu.tokens, Segment.Op.EQUAL, 0),
				neu.isTable() ? rows(neu, BlockDiff.Kind.UNCHANGED, 0) : List.of(), 0));
	}

	private void whole(BlockDiff.Kind kind, Unit unit) {
		boolean inserted = kind == BlockDiff.Kind.INSERTED;
		int number = changes.size() + 1;
		String text = unit.text();
		changes.add(new Change(number, inserted ? Change.Kind.BLOCK_INSERTED : Change.Kind.BLOCK_DELETED,
				where(unit), inserted ? "" : text, inserted ? text : "", ""));
		int words = unit.words();
		if (inserted) {
			wordsInserted += words;
		} else {
			wordsDeleted += words;
		}
		Segment.Op op = inserted ? Segment.Op.INSERT : Segment.Op.DELETE;
		blocks.add(new BlockDiff(kind, inserted ? null : unit, inserted ? unit : null,
				unit.isTable() ? List.of() : wholeSegments(unit.tokens, op, number),
				unit.isTable() ? rows(unit, kind, number) : List.of(), number));
	}

	private static List<Segment> wholeSegments(List<Token> tokens, Segment.Op op, int change) {
		List<Segment> out = new ArrayList<>();
		for (Token t : tokens) {
			append(out, op, t, t.format(), t.format(), change);
		}
		return out;
	}

	private static List<RowDiff> rows(Unit table, BlockDiff.Kind kind, int change) {
		List<RowDiff> rows = new ArrayList<>();
		Segment.Op op = switch (kind) {
		case INSERTED -> Segment.Op.INSERT;
		case DELETED -> Segment.Op.DELETE;
		default -> Segment.Op.EQUAL;
		};
		for (TableRow row : table.table.getRows()) {
			rows.add(new RowDiff(kind, kind == BlockDiff.Kind.INSERTED ? null : row,
					kind == BlockDiff.Kind.DELETED ? null : row, cellSegments(row, op, change), change));
		}
		return rows;
	}

	private static List<List<Segment>> cellSegments(TableRow row, Segment.Op op, int change) {
		List<List<Segment>> cells = new ArrayList<>();
		for (TableCell cell : row.getCells()) {
			cells.add(wholeSegments(Token.of(cell.getRuns()), op, change));
		}
		return cells;
	}

	private void changed(Unit old, Unit neu) {
		int styleChange = 0;
		if (!old.sameStyle(neu)) {
			styleChange = changes.size() + 1;
			changes.add(new Change(styleChange, Change.Kind.STYLE_CHANGED, where(neu), old.text(), neu.text(),
					describeStyle(old) + " to " + describeStyle(neu)));
		}
		if (neu.isTable()) {
			blocks.add(new BlockDiff(BlockDiff.Kind.CHANGED, old, neu, List.of(), tableRows(old, neu), styleChange));
		} else {
			where = where(neu);
			List<Segment> segments = words(old.tokens, neu.tokens);
			blocks.add(new BlockDiff(BlockDiff.Kind.CHANGED, old, neu, segments, List.of(), styleChange));
		}
	}

	private static String describeStyle(Unit u) {
		String s = u.describe().toLowerCase(Locale.ROOT);
		if (u.listStyle != null) {
			s += " (" + u.listStyle.getLiteral() + (u.level > 0 ? ", nested" : "") + ")";
			if (u.listStart) {
				s += " opening its list";
			} else if (!u.itemStart) {
				s += " continuing its item";
			}
		}
		return s;
	}

	/** A word or punctuation mark with the white space before it; the last has no token and holds trailing space. */
	private record Item(List<Token> space, Token token) {
		String key() {
			return token == null ? "\u0000end" : token.text();
		}
	}

	private static List<Item> items(List<Token> tokens) {
		List<Item> items = new ArrayList<>();
		List<Token> space = new ArrayList<>();
		for (Token t : tokens) {
			if (!t.word() && t.text().isBlank()) {
				space.add(t);
			} else {
				items.add(new Item(space, t));
				space = new ArrayList<>();
			}
		}
		items.add(new Item(space, null));
		return items;
	}

	/**
	 * Word-level comparison of two token lists; numbers the changes found. Words and punctuation are aligned
	 * without the spaces between them (so a space never anchors a false match); spaces that differ between two
	 * aligned words are a change of their own.
	 */
	private List<Segment> words(List<Token> a, List<Token> b) {
		current = new ArrayList<>();
		spaceTaken = false;
		List<Item> ia = items(a);
		List<Item> ib = items(b);
		List<String> ka = ia.stream().map(Item::key).toList();
		List<String> kb = ib.stream().map(Item::key).toList();
		int i = 0;
		int j = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(ka, kb).getDeltas()) {
			int si = delta.getSource().getPosition();
			int ti = delta.getTarget().getPosition();
			while (i < si) {
				sameItem(ia.get(i++), ib.get(j++));
			}
			int se = si + delta.getSource().size();
			int te = ti + delta.getTarget().size();
			List<Token> deleted = new ArrayList<>();
			for (Item item : ia.subList(si, se)) {
				deleted.addAll(item.space());
				deleted.add(item.token());
			}
			List<Token> inserted = new ArrayList<>();
			for (Item item : ib.subList(ti, te)) {
				inserted.addAll(item.space());
				inserted.add(item.token());
			}
			// the spaces after the change, when they differ, belong to it ("A. B" -> "A.  B")
			spaceTaken = se < ia.size() && te < ib.size() && !sameSpace(ia.get(se), ib.get(te));
			if (spaceTaken) {
				deleted.addAll(ia.get(se).space());
				inserted.addAll(ib.get(te).space());
			}
			// the same space before both sides is not part of the change
			if (!deleted.isEmpty() && !inserted.isEmpty() && deleted.get(0).text().isBlank()
					&& deleted.get(0).text().equals(inserted.get(0).text())) {
				sameText(deleted, inserted, 0, 0, 1);
				deleted.remove(0);
				inserted.remove(0);
			}
			replace(deleted, inserted);
			i = se;
			j = te;
		}
		while (i < ia.size()) {
			sameItem(ia.get(i++), ib.get(j++));
		}
		return current;
	}

	private boolean spaceTaken;

	private static boolean sameSpace(Item o, Item n) {
		return Token.text(o.space()).equals(Token.text(n.space())) && o.space().size() == n.space().size();
	}

	private void sameItem(Item o, Item n) {
		if (spaceTaken) {
			spaceTaken = false;
		} else if (sameSpace(o, n)) {
			sameText(o.space(), n.space(), 0, 0, o.space().size());
		} else {
			replace(o.space(), n.space());
		}
		if (o.token() != null) {
			sameText(List.of(o.token()), List.of(n.token()), 0, 0, 1);
		}
	}

	/** One change: the old tokens deleted, the new ones inserted (either may be empty). */
	private void replace(List<Token> deleted, List<Token> inserted) {
		if (deleted.isEmpty() && inserted.isEmpty()) {
			return;
		}
		int number = changes.size() + 1;
		Change.Kind kind = deleted.isEmpty() ? Change.Kind.INSERTED
				: inserted.isEmpty() ? Change.Kind.DELETED : Change.Kind.REPLACED;
		changes.add(new Change(number, kind, where, Token.text(deleted), Token.text(inserted), ""));
		for (Token t : deleted) {
			append(current, Segment.Op.DELETE, t, t.format(), t.format(), number);
			wordsDeleted += t.word() ? 1 : 0;
		}
		for (Token t : inserted) {
			append(current, Segment.Op.INSERT, t, t.format(), t.format(), number);
			wordsInserted += t.word() ? 1 : 0;
		}
	}

	/** Tokens with the same text: unchanged, or a formatting change where the formatting differs. */
	private void sameText(List<Token> a, List<Token> b, int i, int j, int n) {
		for (int k = 0; k < n; k++) {
			Token o = a.get(i + k);
			Token t = b.get(j + k);
			if (o.format().equals(t.format())) {
				append(current, Segment.Op.EQUAL, t, o.format(), t.format(), 0);
				continue;
			}
			Segment last = current.isEmpty() ? null : current.get(current.size() - 1);
			int number;
			if (last != null && last.op() == Segment.Op.FORMAT && last.oldFormat().equals(o.format())
					&& last.newFormat().equals(t.format())) {
				number = last.change();
				Change c = changes.get(number - 1);
				changes.set(number - 1, new Change(number, c.kind(), c.where(), c.oldText() + o.text(),
						c.newText() + t.text(), c.detail()));
			} else {
				number = changes.size() + 1;
				changes.add(new Change(number, Change.Kind.FORMATTED, where, o.text(), t.text(),
						o.format().describe() + " to " + t.format().describe()));
			}
			append(current, Segment.Op.FORMAT, t, o.format(), t.format(), number);
		}
	}

	/** Rows matched by their content, then a differing stretch paired in order, cell by cell. */
	private List<RowDiff> tableRows(Unit old, Unit neu) {
		List<TableRow> ra = old.table.getRows();
		List<TableRow> rb = neu.table.getRows();
		List<String> a = ra.stream().map(Unit::rowKey).toList();
		List<String> b = rb.stream().map(Unit::rowKey).toList();
		List<RowDiff> rows = new ArrayList<>();
		int i = 0;
		int j = 0;
		int tableNumber = blocks.size() + 1;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			int si = delta.getSource().getPosition();
			int ti = delta.getTarget().getPosition();
			while (i < si && j < ti) {
				rows.add(sameRow(ra.get(i++), rb.get(j++)));
			}
			int se = si + delta.getSource().size();
			int te = ti + delta.getTarget().size();
			while (i < se || j < te) {
				if (i < se && j < te && ra.get(i).getCells().size() == rb.get(j).getCells().size()) {
					rows.add(changedRow(ra.get(i++), rb.get(j), tableNumber, j + 1));
					j++;
				} else if (i < se && (j >= te || se - i >= te - j)) {
					rows.add(wholeRow(BlockDiff.Kind.DELETED, ra.get(i++), tableNumber, i));
				} else {
					rows.add(wholeRow(BlockDiff.Kind.INSERTED, rb.get(j++), tableNumber, j));
				}
			}
		}
		while (i < ra.size() && j < rb.size()) {
			rows.add(sameRow(ra.get(i++), rb.get(j++)));
		}
		return rows;
	}

	private static RowDiff sameRow(TableRow old, TableRow neu) {
		return new RowDiff(BlockDiff.Kind.UNCHANGED, old, neu, cellSegments(neu, Segment.Op.EQUAL, 0), 0);
	}

	private RowDiff wholeRow(BlockDiff.Kind kind, TableRow row, int table, int rowNumber) {
		boolean inserted = kind == BlockDiff.Kind.INSERTED;
		int number = changes.size() + 1;
		StringBuilder text = new StringBuilder();
		int words = 0;
		for (TableCell cell : row.getCells()) {
			List<Token> tokens = Token.of(cell.getRuns());
			text.append(text.length() == 0 ? "" : " | ").append(Token.text(tokens));
			words += Token.words(tokens);
		}
		if (inserted) {
			wordsInserted += words;
		} else {
			wordsDeleted += words;
		}
		changes.add(new Change(number, inserted ? Change.Kind.ROW_INSERTED : Change.Kind.ROW_DELETED,
				"Table " + table + ", row " + rowNumber, inserted ? "" : text.toString(),
				inserted ? text.toString() : "", ""));
		return new RowDiff(kind, inserted ? null : row, inserted ? row : null,
				cellSegments(row, inserted ? Segment.Op.INSERT : Segment.Op.DELETE, number), number);
	}

	private RowDiff changedRow(TableRow old, TableRow neu, int table, int rowNumber) {
		List<List<Segment>> cells = new ArrayList<>();
		for (int c = 0; c < neu.getCells().size(); c++) {
			where = "Table " + table + ", row " + rowNumber + ", cell " + (c + 1);
			cells.add(words(Token.of(old.getCells().get(c).getRuns()), Token.of(neu.getCells().get(c).getRuns())));
		}
		return new RowDiff(BlockDiff.Kind.CHANGED, old, neu, cells, 0);
	}

	/** Adds a token to the segments, joining it to the last segment when op, formats and change are the same. */
	private static void append(List<Segment> out, Segment.Op op, Token t, Format oldFormat, Format newFormat,
			int change) {
		int words = t.word() ? 1 : 0;
		if (!out.isEmpty()) {
			Segment last = out.get(out.size() - 1);
			if (last.op() == op && last.change() == change && last.oldFormat().equals(oldFormat)
					&& last.newFormat().equals(newFormat)) {
				out.set(out.size() - 1, new Segment(op, last.text() + t.text(), oldFormat, newFormat, change,
						last.words() + words));
				return;
			}
		}
		out.add(new Segment(op, t.text(), oldFormat, newFormat, change, words));
	}
}
