package org.sdstudio.review.compare;

import java.util.List;

import org.sdstudio.model.ListStyle;

/**
 * One block of a comparison: unchanged, inserted, deleted or changed. A changed text block holds its words as
 * {@link Segment}s; a changed table holds its rows as {@link RowDiff}s, cell by cell.
 */
public final class BlockDiff {

	public enum Kind {
		UNCHANGED, INSERTED, DELETED, CHANGED
	}

	final Kind kind;
	final Unit oldUnit;
	final Unit newUnit;
	final List<Segment> segments;
	final List<RowDiff> rows;
	/** The change number of a wholly inserted or deleted block, or of a style change of a changed one; else 0. */
	final int change;

	BlockDiff(Kind kind, Unit oldUnit, Unit newUnit, List<Segment> segments, List<RowDiff> rows, int change) {
		this.kind = kind;
		this.oldUnit = oldUnit;
		this.newUnit = newUnit;
		this.segments = segments;
		this.rows = rows;
		this.change = change;
	}

	public Kind kind() {
		return kind;
	}

	/** paragraph, heading, list-item or table. */
	public String shape() {
		return unit().shape.name().toLowerCase().replace('_', '-');
	}

	public boolean isTable() {
		return unit().isTable();
	}

	/** The list's style for a list item, else null. */
	public ListStyle listStyle() {
		return unit().listStyle;
	}

	/** Nesting level of a list item (0 for the outer list), else -1. */
	public int level() {
		return unit().level;
	}

	/** The block's words as segments (for a table: empty; see {@link #rows()}). */
	/** A list item's paragraph that opens its list (a new list, numbered from {@link #listStartNumber()}). */
	public boolean opensList() {
		return unit().listStart;
	}

	/** A list item's paragraph that opens its item (false for an item's further paragraphs). */
	public boolean opensItem() {
		return unit().itemStart;
	}

	/** The number a numbered list starts at. */
	public int listStartNumber() {
		return unit().listStartNumber;
	}

	public List<Segment> segments() {
		return segments;
	}

	public List<RowDiff> rows() {
		return rows;
	}

	public int change() {
		return change;
	}

	/** A style change (paragraph became a subheading, list style changed): from what. */
	public String oldShape() {
		return oldUnit == null ? null : oldUnit.describe() + (oldUnit.listStyle == null ? "" : " (" + oldUnit.listStyle.getLiteral() + ")");
	}

	public String newShape() {
		return newUnit == null ? null : newUnit.describe() + (newUnit.listStyle == null ? "" : " (" + newUnit.listStyle.getLiteral() + ")");
	}

	/** The side shown: the new block, or the old one when it was deleted. */
	Unit unit() {
		return newUnit != null ? newUnit : oldUnit;
	}
}
