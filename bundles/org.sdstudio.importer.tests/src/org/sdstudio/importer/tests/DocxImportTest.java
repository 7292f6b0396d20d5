package org.sdstudio.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdstudio.importer.DocxImport;
import org.sdstudio.importer.ImportException;
import org.sdstudio.importer.ImportFinding;
import org.sdstudio.importer.ImportResult;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.SectionKind;

/** The report from a Word document written with POI in Word's shapes, round-tripped against the example. */
class DocxImportTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void theExampleReportComesBackFromWord(boolean headingStyles) throws Exception {
		Filing example = FilingFacts.example();
		Path docx = dir.resolve("report.docx");
		WordShapes.write(example, docx, headingStyles);
		ImportResult result = DocxImport.read(docx);
		Filing imported = result.filing();
		System.out.printf("ImportShape Word (%s): %d sections (%d), %d words (%d), %d Annex A rows (%d), %d lists (%d), findings %s%n",
				headingStyles ? "heading styles" : "bold headings", FilingFacts.outline(imported).size(),
				FilingFacts.outline(example).size(), FilingFacts.reportWords(imported), FilingFacts.reportWords(example),
				imported.getReport().getAnnexA().getRows().size(), example.getReport().getAnnexA().getRows().size(),
				FilingFacts.lists(imported), FilingFacts.lists(example), result.findings());
		assertEquals(FilingFacts.outline(example), FilingFacts.outline(imported));
		int words = FilingFacts.reportWords(example);
		int got = FilingFacts.reportWords(imported);
		assertTrue(Math.abs(words - got) <= words / 100, got + " words, " + words + " written");
		assertEquals(FilingFacts.annexRows(example), FilingFacts.annexRows(imported));
		assertEquals(example.getReport().getAnnexA().getCaption(), imported.getReport().getAnnexA().getCaption());
		assertEquals(FilingFacts.lists(example), FilingFacts.lists(imported), "lists from the numbering definitions");
		var step1 = imported.getReport().getSections().stream().filter(s -> s.getKind() == SectionKind.DUE_DILIGENCE)
				.findFirst().orElseThrow().getSubsections().get(0);
		assertTrue(step1.getBody().getBlocks().stream().anyMatch(b -> b instanceof ListBlock l && l.getStyle() == ListStyle.LOWER_ALPHA));
		assertTrue(FilingFacts.formatted(imported, r -> r.getLink() != null) > 0, "hyperlink runs");
		assertTrue(FilingFacts.formatted(imported, r -> r.isItalic()) > 0, "italic runs");
		assertEquals(2025, imported.getReportingYear(), "the year from the report's subtitle");
		assertEquals(example.getReport().getSubtitle(), imported.getReport().getSubtitle());
	}

	@Test
	void replacingTheReportOfAnExistingFilingKeepsItsCover() throws Exception {
		Filing example = FilingFacts.example();
		Path docx = dir.resolve("report.docx");
		WordShapes.write(example, docx, true);
		List<ImportFinding> findings = new ArrayList<>();
		var report = DocxImport.replaceReport(docx, findings);
		assertEquals(FilingFacts.outline(example).size(), report.getSections().size()
				+ report.getSections().stream().mapToInt(s -> s.getSubsections().size()).sum());
		assertEquals(291, report.getAnnexA().getRows().size());
	}

	@Test
	void aDamagedDocxIsRefusedInOneLine() throws Exception {
		Path docx = dir.resolve("damaged.docx");
		Files.write(docx, new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3 });
		ImportException e = assertThrows(ImportException.class, () -> DocxImport.read(docx));
		assertTrue(e.getMessage().startsWith(docx + ": not a Word document (.docx) or damaged"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}
}
