package org.sdstudio.review.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.Block;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;

/**
 * The result of comparing two structured texts: the blocks in reading order, the numbered changes, word counts,
 * and {@link #resolve(IntPredicate)}, which builds the text that accepting some changes and rejecting the others
 * gives (accepting all gives the new text, rejecting all the old one, object for object).
 */
public final class TextComparison {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	private final StructuredText oldText;
	private final StructuredText newText;
	private final List<BlockDiff> blocks;
	private final List<Change> changes;
	private final int wordsInserted;
	private final int wordsDeleted;

	TextComparison(StructuredText oldText, StructuredText newText, List<BlockDiff> blocks, List<Change> changes,
			int wordsInserted, int wordsDeleted) {
		this.oldText = oldText;
		this.newText = newText;
		this.blocks = blocks;
		this.changes = changes;
		this.wordsInserted = wordsInserted;
		this.wordsDeleted = wordsDeleted;
	}

	public List<BlockDiff> blocks() {
		return blocks;
	}

	public List<Change> changes() {
		return changes;
	}

	public boolean hasChanges() {
		return !changes.isEmpty();
	}

	public int wordsInserted() {
		return wordsInserted;
	}

	public int wordsDeleted() {
		return wordsDeleted;
	}

	public StructuredText oldText() {
		return oldText;
	}

	public StructuredText newText() {
		return newText;
	}

	/**
	 * The text with the changes {@code accepted} says yes to (by number) taken from the new side and the others
	 * from the old side. A block whose changes all go one way is a copy of that side's block.
	 */
	public StructuredText resolve(IntPredicate accepted) {
		TextAssembler out = new TextAssembler();
		for (BlockDiff b : blocks) {
			switch (b.kind) {
			case UNCHANGED -> out.place(b.newUnit, copy(b.newUnit));
			case INSERTED -> {
				if (accepted.test(b.change)) {
					out.place(b.newUnit, copy(b.newUnit));
				}
			}
			case DELETED -> {
				if (!accepted.test(b.change)) {
					out.place(b.oldUnit, copy(b.oldUnit));
				}
			}
			case CHANGED -> {
				Unit structure = b.change != 0 && !accepted.test(b.change) ? b.oldUnit : b.newUnit;
				Set<Integer> numbers = numbers(b);
				boolean all = numbers.stream().allMatch(accepted::test);
				boolean none = numbers.stream().noneMatch(accepted::test);
				Block block;
				if (all) {
					block = copy(b.newUnit);
				} else if (none) {
					block = copy(b.oldUnit);
				} else if (b.newUnit.isTable()) {
					block = mixedTable(b, accepted);
				} else {
					Paragraph p = F.createParagraph();
					p.getRuns().addAll(runs(b.segments, accepted));
					block = p;
				}
				if (block instanceof Paragraph p) {
					p.setStyle(structure.paragraph.getStyle());
				}
				out.place(structure, block);
			}
			}
		}
		return out.text();
	}

	/** Accepting every change: the new text. */
	public StructuredText acceptAll() {
		return resolve(n -> true);
	}

	/** Rejecting every change: the old text. */
	public StructuredText rejectAll() {
		return resolve(n -> false);
	}

	/** The change numbers within a changed block (words, formatting, rows, cells; not its style change). */
	private static Set<Integer> numbers(BlockDiff b) {
		Set<Integer> n = new HashSet<>();
		for (Segment s : b.segments) {
			if (s.change() != 0) {
				n.add(s.change());
			}
		}
		for (RowDiff r : b.rows) {
			if (r.change != 0) {
				n.add(r.change);
			}
			for (List<Segment> cell : r.cells) {
				for (Segment s : cell) {
					if (s.change() != 0) {
						n.add(s.change());
					}
				}
			}
		}
		return n;
	}

	private static Block copy(Unit unit) {
		return unit.isTable() ? EcoreUtil.copy(unit.table) : EcoreUtil.copy(unit.paragraph);
	}

	private static Table mixedTable(BlockDiff b, IntPredicate accepted) {
		Table table = F.createTable();
		table.setCaption(b.newUnit.table.getCaption());
		for (RowDiff r : b.rows) {
			switch (r.kind) {
			case UNCHANGED -> table.getRows().add(EcoreUtil.copy(r.newRow));
			case INSERTED -> {
				if (accepted.test(r.change)) {
					table.getRows().add(EcoreUtil.copy(r.newRow));
				}
			}
			case DELETED -> {
				if (!accepted.test(r.change)) {
					table.getRows().add(EcoreUtil.copy(r.oldRow));
				}
			}
			case CHANGED -> {
				TableRow row = F.createTableRow();
				row.setHeader(r.newRow.isHeader());
				for (List<Segment> cell : r.cells) {
					TableCell c = F.createTableCell();
					c.getRuns().addAll(runs(cell, accepted));
					row.getCells().add(c);
				}
				table.getRows().add(row);
			}
			}
		}
		return table;
	}

	/** Runs for the chosen side of each segment, adjacent runs of one formatting joined. */
	static List<Run> runs(List<Segment> segments, IntPredicate accepted) {
		List<Run> runs = new ArrayList<>();
		Format last = null;
		for (Segment s : segments) {
			String text;
			Format format;
			switch (s.op()) {
			case EQUAL -> {
				text = s.text();
				format = s.newFormat();
			}
			case INSERT -> {
				text = accepted.test(s.change()) ? s.text() : "";
				format = s.newFormat();
			}
			case DELETE -> {
				text = accepted.test(s.change()) ? "" : s.text();
				format = s.oldFormat();
			}
			default -> {
				text = s.text();
				format = accepted.test(s.change()) ? s.newFormat() : s.oldFormat();
			}
			}
			if (text.isEmpty()) {
				continue;
			}
			if (format.equals(last)) {
				Run run = runs.get(runs.size() - 1);
				run.setText(run.getText() + text);
			} else {
				Run run = F.createRun();
				run.setText(text);
				format.applyTo(run);
				runs.add(run);
				last = format;
			}
		}
		return runs;
	}
}
