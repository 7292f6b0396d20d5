package org.sdstudio.review.compare;

import java.util.List;

import org.sdstudio.model.TableRow;

/** One row of a compared table: unchanged, inserted, deleted or changed (then cell by cell, each as segments). */
public final class RowDiff {

	final BlockDiff.Kind kind;
	final TableRow oldRow;
	final TableRow newRow;
	final List<List<Segment>> cells;
	final int change;

	RowDiff(BlockDiff.Kind kind, TableRow oldRow, TableRow newRow, List<List<Segment>> cells, int change) {
		this.kind = kind;
		this.oldRow = oldRow;
		this.newRow = newRow;
		this.cells = cells;
		this.change = change;
	}

	public BlockDiff.Kind kind() {
		return kind;
	}

	public boolean header() {
		return (newRow != null ? newRow : oldRow).isHeader();
	}

	/** Each cell's text as segments (for an inserted, deleted or unchanged row: one segment per cell). */
	public List<List<Segment>> cells() {
		return cells;
	}

	/** The change number of an inserted or deleted row, else 0. */
	public int change() {
		return change;
	}
}
