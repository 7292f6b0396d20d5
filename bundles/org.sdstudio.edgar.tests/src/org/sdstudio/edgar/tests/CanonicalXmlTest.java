package org.sdstudio.edgar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sdstudio.edgar.CanonicalXml;
import org.sdstudio.edgar.ExportException;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Metal;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.templates.FilingTemplates;
import org.sdstudio.model.text.StructuredTexts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The canonical filing XML maps the structured text faithfully and always matches its schema. */
class CanonicalXmlTest {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;
	private static final Map<String, String> DOCUMENTS = new LinkedHashMap<>(
			Map.of("SD", "acme-sd.htm", "EX-1.01", "acme-ex101.htm"));

	private static Run run(String text) {
		Run run = F.createRun();
		run.setText(text);
		return run;
	}

	private static Filing filingWithRichText() {
		Filing filing = FilingTemplates.blank("Acme Corp", 2025);
		ReportSection intro = filing.getReport().getSections().get(1);
		Paragraph p = F.createParagraph();
		Run bold = run("all three");
		bold.setBold(true);
		bold.setItalic(true);
		bold.setUnderline(true);
		Run internal = run("Annex A");
		internal.setLink("#annex-a");
		Run external = run("our site");
		external.setLink("https://acme.example/");
		p.getRuns().addAll(List.of(run("plain "), bold, internal, external));
		intro.getBody().getBlocks().add(p);

		ListBlock letters = F.createListBlock();
		letters.setStyle(ListStyle.LOWER_ALPHA);
		letters.setStart(3);
		ListItem item = F.createListItem();
		item.getBlocks().add(StructuredTexts.paragraph("c item"));
		ListBlock bullets = F.createListBlock();
		ListItem inner = F.createListItem();
		inner.getBlocks().add(StructuredTexts.paragraph("nested"));
		bullets.getItems().add(inner);
		item.getBlocks().add(bullets);
		letters.getItems().add(item);
		intro.getBody().getBlocks().add(letters);

		Table table = F.createTable();
		table.setCaption("Products");
		for (boolean header : new boolean[] { true, false }) {
			TableRow row = F.createTableRow();
			row.setHeader(header);
			TableCell cell = F.createTableCell();
			cell.getRuns().add(run(header ? "Name" : "Widget"));
			row.getCells().add(cell);
			row.getCells().add(F.createTableCell());
			table.getRows().add(row);
		}
		intro.getBody().getBlocks().add(table);

		for (boolean excluded : new boolean[] { false, true }) {
			SmelterEntry entry = F.createSmelterEntry();
			entry.setMetal(Metal.TIN);
			entry.setFacilityName(excluded ? "Left Out" : "Kept In");
			entry.setExcluded(excluded);
			filing.getReport().getAnnexA().getRows().add(entry);
		}
		return filing;
	}

	@Test
	void structuredTextMapsFaithfullyAndValidates() throws Exception {
		byte[] xml = CanonicalXml.write(filingWithRichText(), DOCUMENTS, false, true);
		CanonicalXml.validate(xml);
		Document doc = Fixtures.xml(xml);
		Element intro = Fixtures.elements(doc, "section").get(1);
		assertEquals("introduction", intro.getAttribute("id"));
		List<Element> runs = Fixtures.elements(intro, "run");
		assertEquals("plain ", runs.get(0).getTextContent());
		assertEquals(List.of("true", "true", "true"), List.of(runs.get(1).getAttribute("bold"),
				runs.get(1).getAttribute("italic"), runs.get(1).getAttribute("underline")));
		assertEquals("annex-a", runs.get(2).getAttribute("target"));
		assertEquals("", runs.get(2).getAttribute("address"));
		assertEquals("https://acme.example/", runs.get(3).getAttribute("address"));
		assertEquals("", runs.get(3).getAttribute("target"));
		Element list = Fixtures.elements(intro, "list").get(0);
		assertEquals("lower-alpha", list.getAttribute("style"));
		assertEquals("3", list.getAttribute("start"));
		Element nested = Fixtures.elements(list, "list").get(0);
		assertEquals("bullet", nested.getAttribute("style"));
		assertEquals("nested", nested.getTextContent().strip());
		Element table = Fixtures.elements(intro, "table").get(0);
		assertEquals("Products", table.getAttribute("caption"));
		List<Element> rows = Fixtures.elements(table, "row");
		assertEquals(List.of("true", "false"), rows.stream().map(r -> r.getAttribute("header")).toList());
		assertEquals(2, Fixtures.elements(rows.get(1), "cell").size(), "an empty cell keeps its place");
		List<Element> annexRows = Fixtures.elements(Fixtures.elements(doc, "annexA").get(0), "row");
		assertEquals(List.of("Kept In"), annexRows.stream().map(r -> r.getAttribute("facility")).toList());
		assertEquals("acme-ex101.htm", Fixtures.elements(doc, "exhibit").get(0).getAttribute("fileName"));
	}

	@Test
	void theExampleValidates() throws Exception {
		CanonicalXml.validate(CanonicalXml.write(Fixtures.example(), DOCUMENTS, false, true));
	}

	@Test
	void aControlCharacterIsNamedByItsField() {
		Filing filing = filingWithRichText();
		Paragraph p = (Paragraph) filing.getReport().getSections().get(1).getBody().getBlocks().get(0);
		p.getRuns().get(0).setText("bell\u0007");
		ExportException e = assertThrows(ExportException.class, () -> CanonicalXml.write(filing, DOCUMENTS, false, true));
		assertEquals("report.sections[2].body.blocks[1].runs[1].text: contains the control character U+0007 at "
				+ "position 5, which no document can hold; remove it", e.getMessage());
	}

	@Test
	void aSectionIdThatCannotBeAnAnchorIsNamed() {
		Filing filing = filingWithRichText();
		filing.getReport().getSections().get(2).setId("company background");
		ExportException e = assertThrows(ExportException.class, () -> CanonicalXml.write(filing, DOCUMENTS, false, true));
		assertTrue(e.getMessage().startsWith("report.sections[3].id: section id 'company background' cannot be an anchor"),
				e.getMessage());
	}
}
