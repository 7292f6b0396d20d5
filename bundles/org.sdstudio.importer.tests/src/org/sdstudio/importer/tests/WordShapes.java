package org.sdstudio.importer.tests;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.sdstudio.model.Block;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.TitleStyle;

/**
 * Writes a filing's Conflict Minerals Report as a Word document with POI, in the shapes Word produces: heading
 * styles ("Heading1" named "heading 1") or, in the other shape, bold paragraphs as headings; lists through
 * numbering definitions (abstract numbers with bullet and lower-letter levels); tables; links as hyperlink runs;
 * empty spacer paragraphs; Annex A as a table with a repeated header row.
 */
final class WordShapes {

	private final XWPFDocument doc = new XWPFDocument();
	private final boolean headingStyles;
	private final Map<ListStyle, BigInteger> abstractNums = new HashMap<>();

	private WordShapes(boolean headingStyles) {
		this.headingStyles = headingStyles;
	}

	static void write(Filing filing, Path file, boolean headingStyles) throws Exception {
		WordShapes w = new WordShapes(headingStyles);
		w.report(filing);
		try (OutputStream out = Files.newOutputStream(file)) {
			w.doc.write(out);
		}
		w.doc.close();
	}

	private void report(Filing f) {
		XWPFStyles styles = doc.createStyles();
		for (int level = 1; level <= 2; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + level);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal("heading " + level);
			style.addNewBasedOn().setVal("Normal");
			styles.addStyle(new XWPFStyle(style));
		}
		XWPFParagraph exhibit = doc.createParagraph();
		exhibit.setAlignment(ParagraphAlignment.RIGHT);
		bold(exhibit, "Exhibit 1.01");
		for (String title : new String[] { f.getRegistrant().getName(), "Conflict Minerals Report", f.getReport().getSubtitle() }) {
			XWPFParagraph p = doc.createParagraph();
			p.setAlignment(ParagraphAlignment.CENTER);
			bold(p, title);
		}
		doc.createParagraph(); // an empty spacer paragraph
		for (ReportSection section : f.getReport().getSections()) {
			if (section.getTitleStyle() == TitleStyle.RUN_IN) {
				XWPFParagraph p = doc.createParagraph();
				bold(p, section.getTitle() + ":");
				p.createRun().setText(" ");
				runs(p, ((Paragraph) section.getBody().getBlocks().get(0)).getRuns());
				text(section.getBody().getBlocks().subList(1, section.getBody().getBlocks().size()));
			} else {
				heading(section.getTitle(), 1);
				text(section.getBody().getBlocks());
			}
			for (ReportSection sub : section.getSubsections()) {
				heading(sub.getNumber() + ". " + sub.getTitle(), 2);
				text(sub.getBody().getBlocks());
			}
		}
		heading("Annex A", 1);
		XWPFParagraph caption = doc.createParagraph();
		caption.setAlignment(ParagraphAlignment.CENTER);
		bold(caption, f.getReport().getAnnexA().getCaption());
		List<SmelterEntry> rows = f.getReport().getAnnexA().getRows();
		XWPFTable table = doc.createTable(rows.size() + 1, 4);
		String[] header = { "Metal", "Smelter or Refiner", "Country", "Compliance Status" };
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		for (int c = 0; c < 4; c++) {
			head.getCell(c).setText(header[c]);
		}
		for (int r = 0; r < rows.size(); r++) {
			SmelterEntry e = rows.get(r);
			String[] cells = { e.getMetal().getLiteral(), e.getFacilityName(), e.getCountry(), e.getStatus().getLiteral() };
			for (int c = 0; c < 4; c++) {
				table.getRow(r + 1).getCell(c).setText(cells[c]);
			}
		}
	}

	private void heading(String text, int level) {
		XWPFParagraph p = doc.createParagraph();
		if (headingStyles) {
			p.setStyle("Heading" + level);
			p.createRun().setText(text);
		} else {
			bold(p, text);
		}
	}

	private void text(List<Block> blocks) {
		for (Block b : blocks) {
			if (b instanceof Paragraph p) {
				runs(doc.createParagraph(), p.getRuns());
			} else if (b instanceof ListBlock list) {
				BigInteger numId = numbering().addNum(abstractNum(list.getStyle()));
				for (ListItem item : list.getItems()) {
					for (Block ib : item.getBlocks()) {
						XWPFParagraph p = doc.createParagraph();
						p.setNumID(numId);
						p.setNumILvl(BigInteger.ZERO);
						runs(p, ((Paragraph) ib).getRuns());
					}
				}
			} else if (b instanceof Table t) {
				XWPFTable table = doc.createTable(t.getRows().size(), t.getRows().get(0).getCells().size());
				for (int r = 0; r < t.getRows().size(); r++) {
					TableRow row = t.getRows().get(r);
					for (int c = 0; c < row.getCells().size(); c++) {
						TableCell cell = row.getCells().get(c);
						StringBuilder text = new StringBuilder();
						cell.getRuns().forEach(run -> text.append(run.getText()));
						table.getRow(r).getCell(c).setText(text.toString());
					}
				}
			}
		}
	}

	private XWPFNumbering numbering() {
		return doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
	}

	private BigInteger abstractNum(ListStyle style) {
		return abstractNums.computeIfAbsent(style, s -> {
			CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
			abs.setAbstractNumId(BigInteger.valueOf(abstractNums.size() + 1));
			CTLvl lvl = abs.addNewLvl();
			lvl.setIlvl(BigInteger.ZERO);
			lvl.addNewStart().setVal(BigInteger.ONE);
			lvl.addNewNumFmt().setVal(switch (s) {
			case BULLET -> STNumberFormat.BULLET;
			case LOWER_ALPHA -> STNumberFormat.LOWER_LETTER;
			case LOWER_ROMAN -> STNumberFormat.LOWER_ROMAN;
			default -> STNumberFormat.DECIMAL;
			});
			lvl.addNewLvlText().setVal(s == ListStyle.BULLET ? "\u2022" : s == ListStyle.DECIMAL ? "%1." : "(%1)");
			return numbering().addAbstractNum(new XWPFAbstractNum(abs));
		});
	}

	private static void bold(XWPFParagraph p, String text) {
		XWPFRun run = p.createRun();
		run.setBold(true);
		run.setText(text);
	}

	private static void runs(XWPFParagraph p, List<Run> runs) {
		for (Run r : runs) {
			XWPFRun run = r.getLink() != null ? p.createHyperlinkRun(r.getLink()) : p.createRun();
			run.setText(r.getText());
			run.setBold(r.isBold());
			run.setItalic(r.isItalic());
			if (r.isUnderline()) {
				run.setUnderline(UnderlinePatterns.SINGLE);
			}
		}
	}
}
