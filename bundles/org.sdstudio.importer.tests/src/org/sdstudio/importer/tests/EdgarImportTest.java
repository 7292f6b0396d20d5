package org.sdstudio.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.importer.EdgarImport;
import org.sdstudio.importer.ImportException;
import org.sdstudio.importer.ImportResult;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.SectionKind;
import org.sdstudio.model.Severity;
import org.sdstudio.model.TitleStyle;
import org.sdstudio.importer.tests.AgentShapes.Shape;

/** The import of a filed Form SD and Conflict Minerals Report from EDGAR HTML in four agents' shapes and our own. */
class EdgarImportTest {

	@TempDir
	Path dir;

	/** Writes the example in a shape: two .htm files, or a submission text file for the headings shape. */
	private List<Path> write(Filing example, Shape shape) throws Exception {
		String sd = AgentShapes.formSd(example, shape, "ex101.htm");
		String ex = AgentShapes.exhibit(example, shape);
		if (shape == Shape.HEADINGS_SUBMISSION) {
			String txt = "<SEC-DOCUMENT>0002984417-26-000007.txt : 20260521\n<SEC-HEADER>0002984417-26-000007.hdr.sgml : 20260521\n"
					+ "ACCESSION NUMBER:\t\t0002984417-26-000007\nCONFORMED SUBMISSION TYPE:\tSD\nPUBLIC DOCUMENT COUNT:\t\t2\n"
					+ "CONFORMED PERIOD OF REPORT:\t20251231\nFILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\t\tHALCYON RESPIRATORY SYSTEMS, INC.\n"
					+ "\t\tCENTRAL INDEX KEY:\t\t\t0002984417\n</SEC-HEADER>\n"
					+ "<DOCUMENT>\n<TYPE>SD\n<SEQUENCE>1\n<FILENAME>halcyon-sd.htm\n<TEXT>\n" + sd + "</TEXT>\n</DOCUMENT>\n"
					+ "<DOCUMENT>\n<TYPE>EX-1.01\n<SEQUENCE>2\n<FILENAME>halcyon-ex101.htm\n<DESCRIPTION>EX-1.01\n<TEXT>\n" + ex
					+ "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
			Path file = dir.resolve("0002984417-26-000007.txt");
			Files.writeString(file, txt, StandardCharsets.US_ASCII);
			return List.of(file);
		}
		Path sdFile = dir.resolve("formsd.htm");
		Path exFile = dir.resolve("ex101.htm");
		Files.writeString(sdFile, sd, StandardCharsets.US_ASCII);
		Files.writeString(exFile, ex, StandardCharsets.US_ASCII);
		return List.of(sdFile, exFile);
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void everyAgentsShapeGivesTheSameFiling(Shape shape) throws Exception {
		Filing example = FilingFacts.example();
		addSurveyTable(example);
		ImportResult result = EdgarImport.read(write(example, shape));
		Filing imported = result.filing();
		report(shape.name(), example, result);

		Map<String, String> want = FilingFacts.cover(example);
		Map<String, String> got = FilingFacts.cover(imported);
		for (var e : want.entrySet()) {
			if (e.getKey().endsWith(" words")) {
				int w = Integer.parseInt(e.getValue());
				int g = Integer.parseInt(got.getOrDefault(e.getKey(), "0"));
				assertTrue(Math.abs(w - g) <= Math.max(1, w / 100), shape + " " + e.getKey() + ": " + g + " words, filed " + w);
			} else {
				assertEquals(e.getValue(), got.get(e.getKey()), shape + ": " + e.getKey());
			}
		}
		assertEquals(FilingFacts.outline(example), FilingFacts.outline(imported), shape + ": sections");
		assertEquals(TitleStyle.RUN_IN, imported.getReport().getSections().get(0).getTitleStyle());
		int words = FilingFacts.reportWords(example);
		int importedWords = FilingFacts.reportWords(imported);
		assertTrue(Math.abs(words - importedWords) <= words / 100,
				shape + ": " + importedWords + " words imported, " + words + " filed");
		assertEquals(FilingFacts.annexRows(example), FilingFacts.annexRows(imported), shape + ": Annex A");
		assertEquals(example.getReport().getAnnexA().getCaption(), shape == Shape.HEADINGS_SUBMISSION ? example
				.getReport().getAnnexA().getCaption() : imported.getReport().getAnnexA().getCaption());
		// lists and tables kept as such, formatting kept
		assertEquals(FilingFacts.lists(example), FilingFacts.lists(imported), shape + ": lists");
		assertEquals(1, FilingFacts.tables(example));
		assertEquals(FilingFacts.tables(example), FilingFacts.tables(imported), shape + ": tables");
		assertTrue(FilingFacts.formatted(imported, r -> r.isItalic()) > 0, shape + ": italic runs");
		assertTrue(FilingFacts.formatted(imported, r -> r.isBold()) > 0, shape + ": bold runs");
		assertTrue(FilingFacts.formatted(imported, r -> r.getLink() != null) > 0, shape + ": links");
		// page furniture is gone
		String text = FilingFacts.reportText(imported);
		assertFalse(text.contains("Confidential draft for EDGAR"), shape + ": running footer");
		assertFalse(text.matches("(?s).*\\n- \\d+ -\\n.*"), shape + ": page numbers");
		assertFalse(text.contains("\u00a0"), shape + ": no-break spaces");
		assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), result.findings().toString());
	}

	@Test
	void theOlderToolsCharacterReferencesAndLetteredParagraphs() throws Exception {
		Filing example = FilingFacts.example();
		Filing imported = EdgarImport.read(write(example, Shape.OLDER_TOOL)).filing();
		String text = FilingFacts.reportText(imported);
		assertTrue(text.contains("Halcyon\u2019s"), "&#146; is read as the right single quote");
		assertFalse(text.contains("\u0092"), "no C1 control characters");
		var dd = imported.getReport().getSections().stream().filter(s -> s.getKind() == SectionKind.DUE_DILIGENCE).findFirst().orElseThrow();
		var step1 = dd.getSubsections().get(0);
		assertTrue(step1.getBody().getBlocks().stream().anyMatch(b -> b instanceof org.sdstudio.model.ListBlock l
				&& l.getStyle() == ListStyle.LOWER_ALPHA && l.getItems().size() >= 4), "paragraphs beginning (a), (b) are a lettered list");
	}

	@Test
	void roundTripThroughSdStudiosOwnExport() throws Exception {
		Filing example = FilingFacts.example();
		Path out = dir.resolve("export");
		Files.createDirectories(out);
		ExportResult exported = new EdgarExport().export(example, out, ExportOptions.defaults(), new BasicMonitor());
		assertTrue(exported.isWritten(), "the example exports");
		ImportResult result = EdgarImport.read(List.of(out));
		Filing imported = result.filing();
		report("SD Studio export", example, result);
		Map<String, String> want = FilingFacts.cover(example);
		Map<String, String> got = FilingFacts.cover(imported);
		for (var e : want.entrySet()) {
			if (!e.getKey().endsWith(" words")) {
				assertEquals(e.getValue(), got.get(e.getKey()), "round trip: " + e.getKey());
			}
		}
		assertEquals(example.getRegistrant().getCik(), imported.getRegistrant().getCik());
		assertEquals(FilingFacts.outline(example), FilingFacts.outline(imported));
		for (int i = 0; i < example.getReport().getSections().size(); i++) {
			assertEquals(example.getReport().getSections().get(i).getId(), imported.getReport().getSections().get(i).getId());
		}
		int words = FilingFacts.reportWords(example);
		int importedWords = FilingFacts.reportWords(imported);
		assertTrue(Math.abs(words - importedWords) <= words / 100, importedWords + " words imported, " + words + " exported");
		assertEquals(FilingFacts.annexRows(example), FilingFacts.annexRows(imported));
		assertEquals(example.getReport().getAnnexA().getCaption(), imported.getReport().getAnnexA().getCaption());
		assertEquals(example.getReport().getAnnexA().getRmiListDate(), imported.getReport().getAnnexA().getRmiListDate());
		assertEquals(example.getReport().getSubtitle(), imported.getReport().getSubtitle());
	}

	@Test
	void aFolderWithBothDocumentsIsRead() throws Exception {
		write(FilingFacts.example(), Shape.DIV_FONT);
		ImportResult result = EdgarImport.read(List.of(dir));
		assertEquals("Halcyon Respiratory Systems, Inc.", result.filing().getRegistrant().getName());
		assertEquals(2, result.sources().size());
		assertTrue(result.droppedLines() > 0, "page numbers and the running footer were dropped");
	}

	@Test
	void anHtmlFileThatIsNotAFormSdIsRefused() throws Exception {
		Path file = dir.resolve("10k.htm");
		Files.writeString(file, "<HTML><BODY><P ALIGN=CENTER><B>FORM 10-K</B><P>ANNUAL REPORT PURSUANT TO SECTION 13</BODY></HTML>");
		ImportException e = assertThrows(ImportException.class, () -> EdgarImport.read(List.of(file)));
		assertTrue(e.getMessage().contains("10k.htm") && e.getMessage().contains("not a Form SD"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
	}

	@Test
	void anExhibitWithoutItsFormSdIsRefused() throws Exception {
		Path file = dir.resolve("ex101.htm");
		Files.writeString(file, AgentShapes.exhibit(FilingFacts.example(), Shape.DIV_FONT));
		ImportException e = assertThrows(ImportException.class, () -> EdgarImport.read(List.of(file)));
		assertTrue(e.getMessage().startsWith("ex101.htm: an Exhibit 1.01 without its Form SD"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
	}

	@Test
	void aSubmissionTextWithoutDocumentsIsRefused() throws Exception {
		Path file = dir.resolve("0002984417-26-000007.txt");
		Files.writeString(file, "<SEC-DOCUMENT>0002984417-26-000007.txt\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\tSD\n</SEC-HEADER>\n</SEC-DOCUMENT>\n");
		ImportException e = assertThrows(ImportException.class, () -> EdgarImport.read(List.of(file)));
		assertTrue(e.getMessage().contains("without <DOCUMENT> blocks"), e.getMessage());
		assertTrue(e.getMessage().startsWith(file.toString()));
	}

	@Test
	void aMissingFileIsNamed() {
		Path file = dir.resolve("missing.htm");
		ImportException e = assertThrows(ImportException.class, () -> EdgarImport.read(List.of(file)));
		assertTrue(e.getMessage().startsWith(file + ": cannot read"), e.getMessage());
	}

	@Test
	void unmappedTextStaysInTheNearestSectionWithAFindingQuotingIt() throws Exception {
		Filing example = FilingFacts.example();
		List<Path> files = write(example, Shape.DIV_FONT);
		Path ex = files.get(1);
		String html = Files.readString(ex).replace("</body>",
				"<div style=\"text-align:left\"><font>Footnote: statuses as RMI reported them on the day we checked.</font></div></body>");
		Files.writeString(ex, html);
		ImportResult result = EdgarImport.read(files);
		assertTrue(result.findings().stream().anyMatch(f -> f.message().contains("Footnote: statuses as RMI")), result.findings().toString());
		var sections = result.filing().getReport().getSections();
		assertTrue(FilingFacts.reportText(result.filing()).contains("Footnote: statuses as RMI"), "the text is kept");
		assertNotNull(sections.get(sections.size() - 1));
	}

	@Test
	void statusesAndCountriesAreNormalised() {
		assertEquals(org.sdstudio.model.ComplianceStatus.CONFORMANT, org.sdstudio.importer.internal.AnnexReader.status("RMAP Conformant"));
		assertEquals(org.sdstudio.model.ComplianceStatus.NON_CONFORMANT, org.sdstudio.importer.internal.AnnexReader.status("Not Conformant"));
		assertEquals(org.sdstudio.model.ComplianceStatus.ACTIVE, org.sdstudio.importer.internal.AnnexReader.status("Active"));
		assertEquals(org.sdstudio.model.ComplianceStatus.UNKNOWN, org.sdstudio.importer.internal.AnnexReader.status("Unknown"));
		assertEquals(null, org.sdstudio.importer.internal.AnnexReader.status("Pending review"));
		assertEquals("UNITED STATES OF AMERICA", org.sdstudio.importer.internal.AnnexReader.country("United States"));
		assertEquals("KOREA, REPUBLIC OF", org.sdstudio.importer.internal.AnnexReader.country("South Korea"));
		assertEquals("CHINA", org.sdstudio.importer.internal.AnnexReader.country("China"));
	}

	/** A table in the RCOI section (the example has none): kept as a table, not read as Annex A. */
	private static void addSurveyTable(Filing example) {
		var f = org.sdstudio.model.SdStudioFactory.eINSTANCE;
		var table = f.createTable();
		String[][] rows = { { "Metal", "Suppliers surveyed", "Responses received" }, { "Tin", "41", "38" },
				{ "Gold", "27", "25" } };
		for (int r = 0; r < rows.length; r++) {
			var row = f.createTableRow();
			row.setHeader(r == 0);
			for (String text : rows[r]) {
				var cell = f.createTableCell();
				var run = f.createRun();
				run.setText(text);
				cell.getRuns().add(run);
				row.getCells().add(cell);
			}
			table.getRows().add(row);
		}
		example.getReport().getSections().stream().filter(s -> s.getKind() == SectionKind.RCOI).findFirst().orElseThrow()
				.getBody().getBlocks().add(table);
	}

	/** What each shape gave: printed for the report (found and lost). */
	private static void report(String shape, Filing example, ImportResult result) {
		Filing f = result.filing();
		Map<String, String> want = FilingFacts.cover(example);
		Map<String, String> got = FilingFacts.cover(f);
		long coverSame = want.entrySet().stream().filter(e -> e.getKey().endsWith(" words") || java.util.Objects.equals(e.getValue(), got.get(e.getKey()))).count();
		System.out.printf("ImportShape %s: cover %d/%d fields, %d sections (%d filed), %d words (%d filed), %d Annex A rows (%d filed),"
				+ " %d lists (%d), %d tables (%d), %d lines dropped as page furniture, findings %s%n", shape, coverSame, want.size(),
				FilingFacts.outline(f).size(), FilingFacts.outline(example).size(), FilingFacts.reportWords(f),
				FilingFacts.reportWords(example), f.getReport().getAnnexA().getRows().size(),
				example.getReport().getAnnexA().getRows().size(), FilingFacts.lists(f), FilingFacts.lists(example),
				FilingFacts.tables(f), FilingFacts.tables(example), result.droppedLines(),
				result.findings().stream().map(x -> x.severity().getLiteral() + ": " + x.message()).toList());
	}
}
