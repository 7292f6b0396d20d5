package org.sdstudio.ui.internal.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.Block;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.ui.internal.report.TextLine.Segment;

/**
 * The model-view mapping of the report text editor: a {@link StructuredText} becomes lines (one per paragraph,
 * each knowing its list and item through {@link LineInfo}, split into formatted segments), and lines become a
 * structured text again. A table becomes read-only lines that point to it and is copied back unchanged.
 */
public final class StructuredTextMapping {

	/** Between the cells of a table row as the editor shows it (in a fixed-width font, so columns line up). */
	public static final String CELL_SEPARATOR = " \u2502 ";

	private StructuredTextMapping() {
	}

	// --- model to lines ------------------------------------------------------------------------------------------

	/** The lines that show {@code text} (null: no text); always at least one line, so there is a place to type. */
	public static List<TextLine> toLines(StructuredText text) {
		List<TextLine> lines = new ArrayList<>();
		if (text != null) {
			for (Block block : text.getBlocks()) {
				if (block instanceof ListBlock list) {
					addList(list, lines);
				} else {
					addBlock(block, LineInfo.BODY, lines);
				}
			}
		}
		if (lines.isEmpty() || lines.get(lines.size() - 1).info().isTable()) {
			// room to type after a table that ends the text; dropped again when empty
			lines.add(new TextLine(LineInfo.BODY, List.of()));
		}
		return lines;
	}

	private static void addList(ListBlock list, List<TextLine> lines) {
		ListFormat format = new ListFormat(list.getStyle(), list.getStart());
		for (ListItem item : list.getItems()) {
			boolean itemStart = true;
			for (Block block : item.getBlocks()) {
				LineInfo context = new LineInfo(format, itemStart, null, false, ParagraphStyle.BODY, null);
				if (block instanceof ListBlock nested) {
					ListFormat nestedFormat = new ListFormat(nested.getStyle(), nested.getStart());
					for (ListItem nestedItem : nested.getItems()) {
						boolean nestedStart = true;
						for (Block inner : flatten(nestedItem.getBlocks())) {
							addBlock(inner, context.withItemStart(itemStart).withNested(nestedFormat, nestedStart),
									lines);
							itemStart = false;
							nestedStart = false;
						}
					}
				} else {
					addBlock(block, context, lines);
					itemStart = false;
				}
			}
			if (itemStart) {
				// an item without blocks still shows as an (empty) item
				lines.add(new TextLine(new LineInfo(format, true, null, false, ParagraphStyle.BODY, null), List.of()));
			}
		}
	}

	/** Lists nested deeper than the editor shows become paragraphs of the nested item (the model allows one level). */
	private static List<Block> flatten(List<Block> blocks) {
		List<Block> flat = new ArrayList<>();
		for (Block block : blocks) {
			if (block instanceof ListBlock deeper) {
				deeper.getItems().forEach(item -> flat.addAll(flatten(item.getBlocks())));
			} else {
				flat.add(block);
			}
		}
		return flat;
	}

	private static void addBlock(Block block, LineInfo context, List<TextLine> lines) {
		if (block instanceof Paragraph paragraph) {
			List<Segment> segments = new ArrayList<>();
			for (Run run : paragraph.getRuns()) {
				if (run.getText() != null && !run.getText().isEmpty()) {
					segments.add(new Segment(oneLine(run.getText()), RunFormat.of(run)));
				}
			}
			lines.add(new TextLine(context.withStyle(paragraph.getStyle()), segments));
		} else if (block instanceof Table table) {
			LineInfo tableLine = new LineInfo(context.list(), context.itemStart(), context.nested(),
					context.nestedItemStart(), ParagraphStyle.BODY, table);
			for (String text : tableText(table)) {
				List<Segment> segments = text.isEmpty() ? List.of() : List.of(new Segment(text, RunFormat.PLAIN));
				lines.add(new TextLine(tableLine, segments));
				tableLine = tableLine.withItemStart(false).withNested(tableLine.nested(), false);
			}
		}
	}

	/** How a table reads in the editor: its caption, then one line per row with the cells side by side. */
	public static List<String> tableText(Table table) {
		List<String> text = new ArrayList<>();
		if (table.getCaption() != null && !table.getCaption().isEmpty()) {
			text.add("Table: " + oneLine(table.getCaption()));
		}
		List<Integer> widths = new ArrayList<>();
		for (TableRow row : table.getRows()) {
			for (int column = 0; column < row.getCells().size(); column++) {
				int width = cellText(row.getCells().get(column)).length();
				if (column == widths.size()) {
					widths.add(width);
				} else {
					widths.set(column, Math.max(widths.get(column), width));
				}
			}
		}
		for (TableRow row : table.getRows()) {
			StringBuilder line = new StringBuilder();
			for (int column = 0; column < row.getCells().size(); column++) {
				String cell = cellText(row.getCells().get(column));
				line.append(column == 0 ? "" : CELL_SEPARATOR).append(cell);
				if (column < row.getCells().size() - 1) {
					line.append(" ".repeat(widths.get(column) - cell.length()));
				}
			}
			text.add(line.toString());
		}
		if (text.isEmpty()) {
			text.add("(empty table)");
		}
		return text;
	}

	private static String cellText(TableCell cell) {
		StringBuilder text = new StringBuilder();
		cell.getRuns().forEach(run -> text.append(run.getText() == null ? "" : oneLine(run.getText())));
		return text.toString();
	}

	/** The editor shows a paragraph on one line: a line break inside a run becomes a space. */
	private static String oneLine(String text) {
		return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
	}

	/**
	 * The line where {@code subject} (a block, item or run of {@code text}) is shown, or -1: where reveal puts the
	 * caret. Lines follow the order of {@link #toLines(StructuredText)}.
	 */
	public static int lineOf(StructuredText text, EObject subject) {
		List<Block> sources = new ArrayList<>();
		collectSources(text.getBlocks(), true, sources);
		for (int line = 0; line < sources.size(); line++) {
			Block source = sources.get(line);
			if (EcoreUtil.isAncestor(source, subject) || EcoreUtil.isAncestor(subject, source)) {
				return line;
			}
		}
		return -1;
	}

	/** The block each line comes from, in the order {@link #toLines} makes the lines. */
	private static void collectSources(List<Block> blocks, boolean topLevel, List<Block> sources) {
		for (Block block : blocks) {
			if (block instanceof ListBlock list) {
				for (ListItem item : list.getItems()) {
					if (item.getBlocks().isEmpty() && topLevel) {
						sources.add(list); // an empty outer item still has its line
					}
					collectSources(item.getBlocks(), false, sources);
				}
			} else if (block instanceof Table table) {
				tableText(table).forEach(line -> sources.add(table));
			} else {
				sources.add(block);
			}
		}
	}

	// --- lines to model ------------------------------------------------------------------------------------------

	/** The structured text the lines show: new objects throughout (tables are copies of the ones shown). */
	public static StructuredText toModel(List<TextLine> lines) {
		SdStudioFactory factory = SdStudioFactory.eINSTANCE;
		StructuredText result = factory.createStructuredText();
		int count = lines.size();
		// an empty last line after a table, or an empty text, is room to type, not a paragraph
		while (count > 0 && isBlankBody(lines.get(count - 1))
				&& (count == 1 || lines.get(count - 2).info().isTable())) {
			count--;
		}
		ListFormat currentList = null;
		ListBlock list = null;
		ListItem item = null;
		ListFormat currentNested = null;
		ListBlock nested = null;
		ListItem nestedItem = null;
		Table lastTable = null;
		for (int i = 0; i < count; i++) {
			TextLine line = lines.get(i);
			LineInfo info = line.info();
			if (info.isTable() && info.table() == lastTable) {
				continue; // the table's further lines: it was copied whole at its first line
			}
			lastTable = info.table();
			Block block = info.isTable() ? EcoreUtil.copy(info.table()) : paragraph(line);
			if (!info.isList()) {
				currentList = null;
				result.getBlocks().add(block);
				continue;
			}
			if (info.list() != currentList) {
				currentList = info.list();
				list = listBlock(currentList);
				result.getBlocks().add(list);
				item = null;
			}
			if (info.itemStart() || item == null) {
				item = factory.createListItem();
				list.getItems().add(item);
				currentNested = null;
			}
			if (info.nested() == null) {
				currentNested = null;
				item.getBlocks().add(block);
				continue;
			}
			if (info.nested() != currentNested) {
				currentNested = info.nested();
				nested = listBlock(currentNested);
				item.getBlocks().add(nested);
				nestedItem = null;
			}
			if (info.nestedItemStart() || nestedItem == null) {
				nestedItem = factory.createListItem();
				nested.getItems().add(nestedItem);
			}
			nestedItem.getBlocks().add(block);
		}
		return result;
	}

	private static boolean isBlankBody(TextLine line) {
		return !line.info().isList() && !line.info().isTable() && line.info().style() == ParagraphStyle.BODY
				&& line.text().isEmpty();
	}

	private static ListBlock listBlock(ListFormat format) {
		ListBlock list = SdStudioFactory.eINSTANCE.createListBlock();
		list.setStyle(format.style());
		list.setStart(format.start());
		return list;
	}

	private static Paragraph paragraph(TextLine line) {
		Paragraph paragraph = SdStudioFactory.eINSTANCE.createParagraph();
		paragraph.setStyle(line.info().style());
		RunFormat format = null;
		StringBuilder text = new StringBuilder();
		for (Segment segment : line.segments()) {
			if (segment.text().isEmpty()) {
				continue;
			}
			if (format != null && !segment.format().equals(format)) {
				paragraph.getRuns().add(run(text.toString(), format));
				text.setLength(0);
			}
			format = segment.format();
			text.append(segment.text());
		}
		if (format != null) {
			paragraph.getRuns().add(run(text.toString(), format));
		}
		return paragraph;
	}

	private static Run run(String text, RunFormat format) {
		Run run = SdStudioFactory.eINSTANCE.createRun();
		run.setText(text);
		run.setBold(format.bold());
		run.setItalic(format.italic());
		run.setUnderline(format.underline());
		run.setLink(format.link());
		return run;
	}
}
