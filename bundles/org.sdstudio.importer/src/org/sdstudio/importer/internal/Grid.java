package org.sdstudio.importer.internal;

import java.util.ArrayList;
import java.util.List;

/** A data table of a flattened document: rows of cells, each cell its lines; spacer columns and rows removed. */
public record Grid(List<Row> rows) implements Piece {

	public Grid() {
		this(new ArrayList<>());
	}

	public record Row(boolean header, List<Cell> cells) {
		public List<String> texts() {
			return cells.stream().map(Cell::text).toList();
		}
	}

	public record Cell(List<Line> lines) {
		public String text() {
			return String.join(" ", lines.stream().map(Line::text).toList()).trim();
		}
	}

	/** The grid read as lines, row by row (a table nested in a cell, or a table where lines are wanted). */
	public List<Line> asLines() {
		List<Line> lines = new ArrayList<>();
		for (Row row : rows) {
			for (Cell cell : row.cells()) {
				lines.addAll(cell.lines());
			}
		}
		return lines;
	}

	public int columns() {
		return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
	}
}
