package org.sdstudio.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sdstudio.model.Block;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;

/**
 * Builds the model's structured text from flattened lines and grids: paragraphs of runs, lists from list elements,
 * from marker-column tables and from paragraphs that begin with a bullet or "(a)", and tables.
 */
public final class TextBuilder {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;
	/** A paragraph that begins with a bullet, "(a)", "a." or "(1)": a list item written as a paragraph. */
	private static final Pattern PSEUDO_ITEM = Pattern.compile(
			"^([\u2022\u00b7\u25cf\u25aa\u25a0\u2023\u2043\u2219]|\\([a-z]\\)|\\([ivx]{1,4}\\)|\\([0-9]{1,2}\\))\\s+");

	private TextBuilder() {
	}

	/** The structured text of these pieces; {@code subheadings} are lines to keep as subheading paragraphs. */
	public static StructuredText build(List<Piece> pieces, java.util.Set<Line> subheadings) {
		StructuredText text = F.createStructuredText();
		text.getBlocks().addAll(blocks(withPseudoLists(pieces), 0, subheadings));
		return text;
	}

	/** Paragraphs that begin with a marker get a list frame of their own, one list per run of such paragraphs. */
	static List<Piece> withPseudoLists(List<Piece> pieces) {
		List<Piece> out = new ArrayList<>();
		int listId = 1_000_000;
		int item = 2_000_000;
		ListStyle runStyle = null;
		for (Piece piece : pieces) {
			if (piece instanceof Line line && line.lists().isEmpty()) {
				Matcher m = PSEUDO_ITEM.matcher(line.text());
				if (m.find()) {
					ListStyle style = markerStyle(m.group(1), runStyle);
					if (style != runStyle) {
						listId++;
						runStyle = style;
					}
					out.add(new Line(List.of(new Line.ListFrame(listId, style, 1, item++)),
							stripPrefix(line.spans(), m.end()), 0, line.align(), line.anchorId()));
					continue;
				}
			}
			runStyle = null;
			out.add(piece);
		}
		return out;
	}

	private static ListStyle markerStyle(String marker, ListStyle running) {
		String m = marker.replaceAll("[()]", "");
		if (m.matches("[0-9]+")) {
			return ListStyle.DECIMAL;
		}
		if (m.matches("[ivx]+") && running != ListStyle.LOWER_ALPHA) {
			return m.equals("i") || running == ListStyle.LOWER_ROMAN || m.length() > 1 ? ListStyle.LOWER_ROMAN
					: ListStyle.LOWER_ALPHA;
		}
		if (m.matches("[a-z]+")) {
			return ListStyle.LOWER_ALPHA;
		}
		return ListStyle.BULLET;
	}

	/** The spans without the first {@code chars} characters of their text. */
	static List<Line.Span> stripPrefix(List<Line.Span> spans, int chars) {
		List<Line.Span> out = new ArrayList<>();
		int skip = chars;
		for (Line.Span span : spans) {
			if (skip >= span.text().length()) {
				skip -= span.text().length();
				continue;
			}
			String t = span.text().substring(skip);
			skip = 0;
			if (out.isEmpty()) {
				t = t.stripLeading();
			}
			if (!t.isEmpty()) {
				out.add(new Line.Span(t, span.bold(), span.italic(), span.underline(), span.link(), span.size()));
			}
		}
		return out;
	}

	private static List<Block> blocks(List<Piece> pieces, int depth, java.util.Set<Line> subheadings) {
		List<Block> blocks = new ArrayList<>();
		int i = 0;
		while (i < pieces.size()) {
			Piece piece = pieces.get(i);
			if (piece instanceof Grid grid) {
				blocks.add(table(grid));
				i++;
				continue;
			}
			Line line = (Line) piece;
			if (line.lists().size() <= depth) {
				blocks.add(paragraph(line, subheadings.contains(line)));
				i++;
				continue;
			}
			Line.ListFrame frame = line.lists().get(depth);
			ListBlock list = F.createListBlock();
			list.setStyle(frame.style());
			list.setStart(frame.start());
			int j = i;
			while (j < pieces.size() && pieces.get(j) instanceof Line l && l.lists().size() > depth
					&& l.lists().get(depth).listId() == frame.listId()) {
				int itemId = l.lists().get(depth).itemId();
				int k = j;
				List<Piece> itemLines = new ArrayList<>();
				while (k < pieces.size() && pieces.get(k) instanceof Line m && m.lists().size() > depth
						&& m.lists().get(depth).listId() == frame.listId() && m.lists().get(depth).itemId() == itemId) {
					itemLines.add(m);
					k++;
				}
				ListItem item = F.createListItem();
				item.getBlocks().addAll(blocks(itemLines, depth + 1, subheadings));
				list.getItems().add(item);
				j = k;
			}
			blocks.add(list);
			i = j;
		}
		return blocks;
	}

	public static Paragraph paragraph(Line line, boolean subheading) {
		Paragraph p = F.createParagraph();
		if (subheading) {
			p.setStyle(ParagraphStyle.SUBHEADING);
		}
		p.getRuns().addAll(runs(line.spans(), subheading));
		return p;
	}

	/** Runs of these spans, neighbours with the same formatting merged. */
	static List<Run> runs(List<Line.Span> spans, boolean plain) {
		List<Run> runs = new ArrayList<>();
		Run last = null;
		for (Line.Span span : spans) {
			boolean bold = !plain && span.bold();
			boolean italic = !plain && span.italic();
			boolean underline = !plain && span.underline() && span.link() == null;
			String link = span.link();
			if (last != null && last.isBold() == bold && last.isItalic() == italic && last.isUnderline() == underline
					&& java.util.Objects.equals(last.getLink(), link)) {
				last.setText(last.getText() + span.text());
				continue;
			}
			Run run = F.createRun();
			run.setText(span.text());
			run.setBold(bold);
			run.setItalic(italic);
			run.setUnderline(underline);
			run.setLink(link);
			runs.add(run);
			last = run;
		}
		return runs;
	}

	static Table table(Grid grid) {
		Table table = F.createTable();
		boolean first = true;
		for (Grid.Row row : grid.rows()) {
			TableRow tr = F.createTableRow();
			tr.setHeader(row.header() || first && row.cells().stream().allMatch(c -> c.lines().stream().allMatch(Line::allBold)));
			first = false;
			for (Grid.Cell cell : row.cells()) {
				TableCell tc = F.createTableCell();
				List<Line.Span> spans = new ArrayList<>();
				for (Line l : cell.lines()) {
					if (!spans.isEmpty()) {
						spans.add(new Line.Span(" ", false, false, false, null, 0));
					}
					spans.addAll(l.spans());
				}
				tc.getRuns().addAll(runs(spans, false));
				tr.getCells().add(tc);
			}
			table.getRows().add(tr);
		}
		return table;
	}
}
