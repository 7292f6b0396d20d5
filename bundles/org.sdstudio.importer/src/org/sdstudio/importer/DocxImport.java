package org.sdstudio.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.sdstudio.importer.internal.Grid;
import org.sdstudio.importer.internal.Line;
import org.sdstudio.importer.internal.PageFurniture;
import org.sdstudio.importer.internal.Piece;
import org.sdstudio.importer.internal.ReportReader;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.templates.FilingTemplates;

/**
 * A Conflict Minerals Report from a Word document (.docx, read with Apache POI's XWPF): sections from Word's heading
 * styles or bold heading paragraphs, runs with their formatting and links, numbered and bulleted lists from the
 * numbering definitions, tables, and Annex A from the smelter table. The report goes into a new filing or replaces
 * the report of an existing one ({@link #replaceReport}).
 */
public final class DocxImport {

	private DocxImport() {
	}

	/** The report in this document, in a new filing (cover fields blank but the reporting year the report names). */
	public static ImportResult read(Path docx) throws ImportException {
		List<Piece> pieces = pieces(docx);
		List<ImportFinding> findings = new ArrayList<>();
		Filing filing = FilingTemplates.blank("", LocalDate.now().getYear() - 1);
		filing.getRegistrant().setName(null);
		PageFurniture furniture = new PageFurniture(pieces);
		new ReportReader(filing.getReport(), docx.getFileName().toString(), findings).read(furniture.strip(pieces));
		String subtitle = filing.getReport().getSubtitle();
		if (subtitle != null) {
			java.util.regex.Matcher year = java.util.regex.Pattern.compile("December\\s+31,\\s+(\\d{4})").matcher(subtitle);
			if (year.find()) {
				int y = Integer.parseInt(year.group(1));
				filing.setReportingYear(y);
				filing.getRules().get(0).setPeriodEnd(LocalDate.of(y, 12, 31));
			}
		}
		return new ImportResult(filing, findings, List.of(docx.getFileName().toString()), furniture.dropped());
	}

	/** The report in this document, as a report to put in place of a filing's (the caller does, as one change). */
	public static ConflictMineralsReport replaceReport(Path docx, List<ImportFinding> findings) throws ImportException {
		List<Piece> pieces = pieces(docx);
		ConflictMineralsReport report = org.sdstudio.model.SdStudioFactory.eINSTANCE.createConflictMineralsReport();
		PageFurniture furniture = new PageFurniture(pieces);
		new ReportReader(report, docx.getFileName().toString(), findings).read(furniture.strip(pieces));
		return report;
	}

	private static List<Piece> pieces(Path docx) throws ImportException {
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			return new Reader(doc).read();
		} catch (NoSuchFileException e) {
			throw new ImportException(docx + ": cannot read the file (no such file)");
		} catch (IOException | RuntimeException e) {
			throw new ImportException(docx + ": not a Word document (.docx) or damaged ("
					+ String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()) + ")");
		}
	}

	/** Word's body as lines and grids, the same pieces an HTML document gives. */
	private static final class Reader {
		private final XWPFDocument doc;
		private final Map<BigInteger, int[]> itemIds = new HashMap<>();
		private final Map<BigInteger, ListStyle[]> levelStyles = new HashMap<>();
		private final Map<BigInteger, Integer> listIds = new HashMap<>();
		private int nextId = 1;
		private BigInteger lastNumId;

		Reader(XWPFDocument doc) {
			this.doc = doc;
		}

		List<Piece> read() {
			List<Piece> pieces = new ArrayList<>();
			for (IBodyElement element : doc.getBodyElements()) {
				if (element instanceof XWPFParagraph p) {
					Line line = line(p, true);
					if (line != null) {
						pieces.add(line);
					}
				} else if (element instanceof XWPFTable t) {
					Grid grid = grid(t);
					if (!grid.rows().isEmpty()) {
						pieces.add(grid);
					}
					lastNumId = null;
				}
			}
			return pieces;
		}

		private Line line(XWPFParagraph p, boolean lists) {
			List<Line.Span> spans = new ArrayList<>();
			for (XWPFRun run : p.getRuns()) {
				String text = run.text();
				if (text == null || text.isEmpty()) {
					continue;
				}
				String link = null;
				if (run instanceof XWPFHyperlinkRun h) {
					XWPFHyperlink hyperlink = h.getHyperlink(doc);
					link = hyperlink != null ? hyperlink.getURL() : h.getAnchor() != null ? "#" + h.getAnchor() : null;
				}
				Double size = run.getFontSizeAsDouble();
				spans.add(new Line.Span(text.replace('\t', ' '), run.isBold(), run.isItalic(),
						run.getUnderline() != null && run.getUnderline() != UnderlinePatterns.NONE, link,
						size == null ? 0 : size));
			}
			String text = Line.clean(String.join("", spans.stream().map(Line.Span::text).toList()));
			if (text.isEmpty()) {
				return null; // an empty spacer paragraph
			}
			spans = collapse(spans);
			int heading = headingLevel(p);
			String align = p.getAlignment() == ParagraphAlignment.CENTER ? "center"
					: p.getAlignment() == ParagraphAlignment.RIGHT ? "right" : null;
			List<Line.ListFrame> frames = lists && heading == 0 ? frames(p) : List.of();
			if (frames.isEmpty()) {
				lastNumId = null;
			}
			return new Line(frames, spans, heading, align, null);
		}

		/** Whitespace collapsed as in HTML, so both imports count words alike. */
		private static List<Line.Span> collapse(List<Line.Span> spans) {
			List<Line.Span> out = new ArrayList<>();
			boolean space = true;
			for (Line.Span s : spans) {
				StringBuilder b = new StringBuilder();
				for (char c : s.text().toCharArray()) {
					if (Character.isWhitespace(c) || c == '\u00a0') {
						if (!space) {
							b.append(' ');
							space = true;
						}
					} else {
						b.append(c);
						space = false;
					}
				}
				if (b.length() > 0) {
					out.add(new Line.Span(b.toString(), s.bold(), s.italic(), s.underline(), s.link(), s.size()));
				}
			}
			if (!out.isEmpty() && out.get(out.size() - 1).text().endsWith(" ")) {
				Line.Span last = out.remove(out.size() - 1);
				String t = last.text().stripTrailing();
				if (!t.isEmpty()) {
					out.add(new Line.Span(t, last.bold(), last.italic(), last.underline(), last.link(), last.size()));
				}
			}
			return out;
		}

		/** "Heading1" (or a style named "heading 1" or based on one), "Title": the heading's level; 0 otherwise. */
		private int headingLevel(XWPFParagraph p) {
			String id = p.getStyleID();
			for (int depth = 0; id != null && depth < 5; depth++) {
				XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
				String name = style != null && style.getName() != null ? style.getName() : id;
				String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
				if (n.matches("heading[1-9]")) {
					return n.charAt(7) - '0';
				}
				if (n.equals("title")) {
					return 1;
				}
				id = style != null ? style.getBasisStyleID() : null;
			}
			return 0;
		}

		/** The list frames of a numbered paragraph: one per level, the outer items those last seen. */
		private List<Line.ListFrame> frames(XWPFParagraph p) {
			BigInteger numId = p.getNumID();
			if (numId == null) {
				return List.of();
			}
			int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
			if (!numId.equals(lastNumId) || !listIds.containsKey(numId)) {
				listIds.put(numId, nextId++ * 100);
				itemIds.put(numId, new int[10]);
				levelStyles.put(numId, new ListStyle[10]);
			}
			lastNumId = numId;
			int[] items = itemIds.get(numId);
			items[level] = nextId++;
			for (int l = level + 1; l < items.length; l++) {
				items[l] = 0;
			}
			ListStyle style = switch (String.valueOf(p.getNumFmt())) {
			case "decimal" -> ListStyle.DECIMAL;
			case "lowerLetter", "upperLetter" -> ListStyle.LOWER_ALPHA;
			case "lowerRoman", "upperRoman" -> ListStyle.LOWER_ROMAN;
			default -> ListStyle.BULLET;
			};
			ListStyle[] styles = levelStyles.get(numId);
			styles[level] = style;
			List<Line.ListFrame> frames = new ArrayList<>();
			for (int l = 0; l <= level; l++) {
				frames.add(new Line.ListFrame(listIds.get(numId) + l, styles[l] == null ? style : styles[l], 1, items[l]));
			}
			return frames;
		}

		private Grid grid(XWPFTable table) {
			Grid grid = new Grid();
			boolean first = true;
			for (XWPFTableRow row : table.getRows()) {
				List<Grid.Cell> cells = new ArrayList<>();
				for (XWPFTableCell cell : row.getTableCells()) {
					List<Line> lines = new ArrayList<>();
					for (XWPFParagraph p : cell.getParagraphs()) {
						Line line = line(p, false);
						if (line != null) {
							lines.add(line);
						}
					}
					cells.add(new Grid.Cell(lines));
				}
				if (cells.stream().anyMatch(c -> !c.lines().isEmpty())) {
					grid.rows().add(new Grid.Row(first && row.isRepeatHeader(), cells));
					first = false;
				}
			}
			return grid;
		}
	}
}
