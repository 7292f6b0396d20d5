package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.ui.internal.report.LineInfo;
import org.sdstudio.ui.internal.report.RunFormat;
import org.sdstudio.ui.internal.report.StructuredTextMapping;
import org.sdstudio.ui.internal.report.TextLine;
import org.sdstudio.ui.internal.report.TextLine.Segment;

/** The report editor's model-view mapping, without a workbench: structured text to lines and back. */
class StructuredTextMappingTest {

	private static final SdStudioFactory MAKE = SdStudioFactory.eINSTANCE;

	@Test
	void everySectionBodyOfTheExampleComesBackEqual() throws Exception {
		Filing filing = FilingFiles.load(Studio.EXAMPLES.resolve("halcyon-2025.sdfiling"));
		int sections = 0;
		int lists = 0;
		for (TreeIterator<EObject> all = filing.getReport().eAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (next instanceof ReportSection section && section.getBody() != null) {
				sections++;
				List<TextLine> lines = StructuredTextMapping.toLines(section.getBody());
				StructuredText back = StructuredTextMapping.toModel(lines);
				assertTrue(EcoreUtil.equals(section.getBody(), back), "round trip of " + section.getId());
				assertEquals(StructuredTexts.plainText(section.getBody()), StructuredTexts.plainText(back));
				lists += (int) back.getBlocks().stream().filter(ListBlock.class::isInstance).count();
			}
		}
		assertTrue(sections >= 10, "the example's sections and subsections: " + sections);
		assertEquals(2, lists, "the lettered list of step 1 and the bulleted status list");
	}

	@Test
	void nestedListsMultiParagraphItemsSubheadingsAndRomanNumeralsComeBackEqual() {
		StructuredText text = MAKE.createStructuredText();
		Paragraph heading = StructuredTexts.paragraph("Our approach");
		heading.setStyle(ParagraphStyle.SUBHEADING);
		text.getBlocks().add(heading);
		ListBlock outer = list(ListStyle.DECIMAL, 1);
		ListItem first = item(paragraph(run("Policy.", true, false, null),
				run(" We adopted one.", false, false, null)));
		first.getBlocks().add(StructuredTexts.paragraph("A second paragraph of the same item."));
		ListBlock nested = list(ListStyle.LOWER_ROMAN, 3);
		nested.getItems().add(item(paragraph(run("iii, nested", false, true, null))));
		nested.getItems().add(item(paragraph(run("see ", false, false, null),
				run("Annex A", false, false, "#annex-a"))));
		first.getBlocks().add(nested);
		outer.getItems().add(first);
		outer.getItems().add(item(StructuredTexts.paragraph("Second item")));
		text.getBlocks().add(outer);
		text.getBlocks().add(list(ListStyle.BULLET, 1)); // filled below: a second list right after the first
		((ListBlock) text.getBlocks().get(2)).getItems().add(item(StructuredTexts.paragraph("bullet")));

		List<TextLine> lines = StructuredTextMapping.toLines(text);
		assertEquals(7, lines.size(), "one line per paragraph");
		LineInfo nestedLine = lines.get(3).info();
		assertEquals(1, nestedLine.level());
		assertTrue(nestedLine.hasBullet());
		assertEquals(ListStyle.LOWER_ROMAN, nestedLine.nested().style());
		assertFalse(lines.get(2).info().hasBullet(), "a further paragraph of an item has no bullet");
		assertNotSame(lines.get(5).info().list(), lines.get(6).info().list(), "two lists stay two lists");
		assertTrue(EcoreUtil.equals(text, StructuredTextMapping.toModel(lines)));
		assertEquals(4, StructuredTextMapping.lineOf(text, nested.getItems().get(1).getBlocks().get(0)),
				"the line of the second nested item, for reveal");
		assertEquals(1, StructuredTextMapping.lineOf(text, outer));
	}

	@Test
	void aTableIsShownReadOnlyAndCopiedBackUnchanged() {
		StructuredText text = MAKE.createStructuredText();
		text.getBlocks().add(StructuredTexts.paragraph("Before the table."));
		Table table = MAKE.createTable();
		table.setCaption("Smelters by metal");
		table.getRows().add(row(true, "Metal", "Count"));
		table.getRows().add(row(false, "Tin", "12"));
		text.getBlocks().add(table);

		List<TextLine> lines = StructuredTextMapping.toLines(text);
		assertEquals(List.of("Before the table.", "Table: Smelters by metal", "Metal \u2502 Count",
				"Tin   \u2502 12", ""), lines.stream().map(TextLine::text).toList(),
				"caption, rows in columns, and a line to type after the table");
		assertSame(table, lines.get(2).info().table());

		// edit the paragraph (as the editor would report it) and map back: the table is an equal copy
		List<TextLine> edited = new ArrayList<>(lines);
		edited.set(0, new TextLine(LineInfo.BODY, List.of(new Segment("Before ", RunFormat.PLAIN),
				new Segment("the", RunFormat.PLAIN.withBold(true)), new Segment(" table.", RunFormat.PLAIN))));
		StructuredText back = StructuredTextMapping.toModel(edited);
		assertEquals(2, back.getBlocks().size());
		assertNotSame(table, back.getBlocks().get(1), "a copy: the shown table stays where it is, for undo");
		assertTrue(EcoreUtil.equals(table, back.getBlocks().get(1)));
		assertEquals(3, ((Paragraph) back.getBlocks().get(0)).getRuns().size());
		assertTrue(((Paragraph) back.getBlocks().get(0)).getRuns().get(1).isBold());
	}

	@Test
	void segmentsWithTheSameFormatBecomeOneRunAndAnEmptyTextHasNoBlocks() {
		TextLine line = new TextLine(LineInfo.BODY, List.of(new Segment("one ", RunFormat.PLAIN),
				new Segment("two", RunFormat.PLAIN), new Segment("", RunFormat.PLAIN.withItalic(true))));
		StructuredText text = StructuredTextMapping.toModel(List.of(line));
		Paragraph paragraph = (Paragraph) text.getBlocks().get(0);
		assertEquals(1, paragraph.getRuns().size());
		assertEquals("one two", paragraph.getRuns().get(0).getText());

		assertTrue(StructuredTextMapping.toModel(StructuredTextMapping.toLines(null)).getBlocks().isEmpty());
		assertTrue(StructuredTextMapping.toModel(List.of(new TextLine(LineInfo.BODY, List.of()))).getBlocks()
				.isEmpty());
	}

	private static ListBlock list(ListStyle style, int start) {
		ListBlock list = MAKE.createListBlock();
		list.setStyle(style);
		list.setStart(start);
		return list;
	}

	private static ListItem item(Paragraph paragraph) {
		ListItem item = MAKE.createListItem();
		item.getBlocks().add(paragraph);
		return item;
	}

	private static Paragraph paragraph(Run... runs) {
		Paragraph paragraph = MAKE.createParagraph();
		paragraph.getRuns().addAll(List.of(runs));
		return paragraph;
	}

	private static Run run(String text, boolean bold, boolean italic, String link) {
		Run run = MAKE.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setItalic(italic);
		run.setLink(link);
		return run;
	}

	private static TableRow row(boolean header, String... cells) {
		TableRow row = MAKE.createTableRow();
		row.setHeader(header);
		for (String cell : cells) {
			TableCell tableCell = MAKE.createTableCell();
			Run run = MAKE.createRun();
			run.setText(cell);
			tableCell.getRuns().add(run);
			row.getCells().add(tableCell);
		}
		return row;
	}
}
