package org.sdstudio.review.compare;

import java.util.ArrayList;
import java.util.List;

import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Three-way merge of structured texts at word level: two texts that both started from a base (the filing as it is
 * now and counsel's returned text, both from the text that was sent) are merged so each side's changes are kept.
 * The texts are compared as one sequence of words, spaces and punctuation with their formatting, interleaved with
 * markers for the blocks, table rows and cells, so a change to the structure merges like a change to the words.
 * Where both sides changed the same words differently, the result takes {@code theirs} and reports a
 * {@link Conflict} quoting all three versions.
 */
public final class TextMerge {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	/**
	 * Where both sides changed the same stretch of the base differently.
	 *
	 * @param base the stretch in the base
	 * @param ours what the first side made of it
	 * @param theirs what the second side made of it (the merged text has this)
	 */
	public record Conflict(String base, String ours, String theirs) {
	}

	/** The merged text and its conflicts (none when the two sides' changes did not meet). */
	public record Result(StructuredText merged, List<Conflict> conflicts) {
		public boolean clean() {
			return conflicts.isEmpty();
		}
	}

	private TextMerge() {
	}

	/** Merges {@code ours} and {@code theirs}, both edited from {@code base}; where they conflict, theirs wins. */
	public static Result merge(StructuredText base, StructuredText ours, StructuredText theirs) {
		List<Piece> b = flatten(base);
		List<Piece> o = flatten(ours);
		List<Piece> t = flatten(theirs);
		List<Edit> e1 = edits(b, o);
		List<Edit> e2 = edits(b, t);
		List<Piece> out = new ArrayList<>();
		List<Conflict> conflicts = new ArrayList<>();
		int at = 0;
		int p1 = 0;
		int p2 = 0;
		while (p1 < e1.size() || p2 < e2.size()) {
			boolean firstIsOurs = p2 >= e2.size() || (p1 < e1.size() && e1.get(p1).start <= e2.get(p2).start);
			Edit first = firstIsOurs ? e1.get(p1) : e2.get(p2);
			int start = first.start;
			int end = first.end;
			List<Edit> mine = new ArrayList<>();
			List<Edit> yours = new ArrayList<>();
			boolean grew = true;
			while (grew) {
				grew = false;
				while (p1 < e1.size() && overlaps(e1.get(p1), start, end)) {
					end = Math.max(end, e1.get(p1).end);
					mine.add(e1.get(p1++));
					grew = true;
				}
				while (p2 < e2.size() && overlaps(e2.get(p2), start, end)) {
					end = Math.max(end, e2.get(p2).end);
					yours.add(e2.get(p2++));
					grew = true;
				}
			}
			out.addAll(b.subList(at, start));
			List<Piece> oursVersion = apply(b, start, end, mine);
			if (yours.isEmpty()) {
				out.addAll(oursVersion);
			} else {
				List<Piece> theirsVersion = apply(b, start, end, yours);
				if (!mine.isEmpty() && !keys(oursVersion).equals(keys(theirsVersion))) {
					conflicts.add(new Conflict(text(b.subList(start, end)), text(oursVersion), text(theirsVersion)));
				}
				out.addAll(theirsVersion);
			}
			at = end;
		}
		out.addAll(b.subList(at, b.size()));
		return new Result(rebuild(out), List.copyOf(conflicts));
	}

	/** An edit of the base: the pieces from start (inclusive) to end (exclusive) replaced by others. */
	private record Edit(int start, int end, List<Piece> replacement) {
	}

	/** One word, space or mark with its formatting, or a marker opening a block, a table, a row or a cell. */
	private record Piece(Kind kind, String key, String text, Format format, Unit unit, boolean header,
			String caption) {
		enum Kind {
			TEXT, BLOCK, TABLE, ROW, CELL
		}
	}

	/** Next edit meets the stretch: it starts inside it, or at its start (two insertions at one point). */
	private static boolean overlaps(Edit e, int start, int end) {
		return e.start < end || e.start == start;
	}

	private static List<Edit> edits(List<Piece> base, List<Piece> other) {
		List<Edit> edits = new ArrayList<>();
		for (AbstractDelta<String> d : DiffUtils.diff(keys(base), keys(other)).getDeltas()) {
			int s = d.getSource().getPosition();
			int t = d.getTarget().getPosition();
			edits.add(new Edit(s, s + d.getSource().size(), List.copyOf(other.subList(t, t + d.getTarget().size()))));
		}
		return edits;
	}

	private static List<Piece> apply(List<Piece> base, int start, int end, List<Edit> edits) {
		List<Piece> out = new ArrayList<>();
		int at = start;
		for (Edit e : edits) {
			out.addAll(base.subList(at, e.start));
			out.addAll(e.replacement);
			at = e.end;
		}
		out.addAll(base.subList(at, end));
		return out;
	}

	private static List<String> keys(List<Piece> pieces) {
		return pieces.stream().map(Piece::key).toList();
	}

	private static List<Piece> flatten(StructuredText text) {
		List<Piece> pieces = new ArrayList<>();
		for (Unit unit : Unit.of(text)) {
			if (unit.isTable()) {
				Table table = unit.table;
				pieces.add(new Piece(Piece.Kind.TABLE, "T|" + table.getCaption(), "\n", null, null, false,
						table.getCaption()));
				for (TableRow row : table.getRows()) {
					pieces.add(new Piece(Piece.Kind.ROW, "R|" + row.isHeader(), "\n", null, null, row.isHeader(), null));
					for (TableCell cell : row.getCells()) {
						pieces.add(new Piece(Piece.Kind.CELL, "C", " | ", null, null, false, null));
						tokens(Token.of(cell.getRuns()), pieces);
					}
				}
			} else {
				pieces.add(new Piece(Piece.Kind.BLOCK, "B|" + unit.shape + "|" + unit.listStyle + "|" + unit.level + "|"
						+ unit.listStartNumber + "|" + unit.listStart + "|" + unit.itemStart + "|"
						+ unit.paragraph.getStyle(), "\n", null, unit, false, null));
				tokens(unit.tokens, pieces);
			}
		}
		return pieces;
	}

	private static void tokens(List<Token> tokens, List<Piece> pieces) {
		for (Token t : tokens) {
			pieces.add(new Piece(Piece.Kind.TEXT, "X|" + t.text() + "|" + t.format(), t.text(), t.format(), null, false,
					null));
		}
	}

	private static String text(List<Piece> pieces) {
		StringBuilder sb = new StringBuilder();
		for (Piece p : pieces) {
			sb.append(p.text);
		}
		return sb.toString().strip().replaceAll("\n(\\s*\n)+", "\n").replace("\n | ", "\n");
	}

	/** The merged pieces back as a structured text; stray pieces (text before any block) get a block of their own. */
	private static StructuredText rebuild(List<Piece> pieces) {
		TextAssembler out = new TextAssembler();
		List<Run> runs = null;
		Table table = null;
		TableRow row = null;
		for (Piece p : pieces) {
			switch (p.kind) {
			case BLOCK -> {
				table = null;
				row = null;
				Paragraph paragraph = F.createParagraph();
				paragraph.setStyle(p.unit.paragraph.getStyle());
				out.place(p.unit, paragraph);
				runs = paragraph.getRuns();
			}
			case TABLE -> {
				table = F.createTable();
				table.setCaption(p.caption);
				out.place(-1, null, 0, false, false, table);
				row = null;
				runs = null;
			}
			case ROW -> {
				if (table == null) {
					table = F.createTable();
					out.place(-1, null, 0, false, false, table);
				}
				row = F.createTableRow();
				row.setHeader(p.header);
				table.getRows().add(row);
				runs = null;
			}
			case CELL -> {
				if (row == null) {
					if (table == null) {
						table = F.createTable();
						out.place(-1, null, 0, false, false, table);
					}
					row = F.createTableRow();
					table.getRows().add(row);
				}
				TableCell cell = F.createTableCell();
				row.getCells().add(cell);
				runs = cell.getRuns();
			}
			case TEXT -> {
				if (runs == null) {
					Paragraph paragraph = F.createParagraph();
					paragraph.setStyle(ParagraphStyle.BODY);
					out.place(-1, null, 0, false, false, paragraph);
					table = null;
					row = null;
					runs = paragraph.getRuns();
				}
				append(runs, p.text, p.format);
			}
			}
		}
		return out.text();
	}

	private static void append(List<Run> runs, String text, Format format) {
		if (!runs.isEmpty() && Format.of(runs.get(runs.size() - 1)).equals(format)) {
			Run last = runs.get(runs.size() - 1);
			last.setText(last.getText() + text);
			return;
		}
		Run run = F.createRun();
		run.setText(text);
		format.applyTo(run);
		runs.add(run);
	}
}
