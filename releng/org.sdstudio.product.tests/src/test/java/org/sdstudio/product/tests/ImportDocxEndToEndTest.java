package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sdstudio import-docx} end to end through the product: POI's XWPF as the OSGi runtime loads it. */
class ImportDocxEndToEndTest {

	@TempDir
	Path dir;

	/** The smallest document Word opens: the package parts and a body with Heading1 paragraphs and a table. */
	private Path docx() throws Exception {
		StringBuilder body = new StringBuilder();
		body.append(p("Conflict Minerals Report", "<w:jc w:val=\"center\"/>", true));
		body.append(p("For the Reporting Period from January 1, 2025 to December 31, 2025", "<w:jc w:val=\"center\"/>", true));
		body.append(p("Introduction", "<w:pStyle w:val=\"Heading1\"/>", false));
		body.append(p("We make portable oxygen concentrators and report for calendar year 2025.", "", false));
		body.append(p("Reasonable Country of Origin Inquiry", "<w:pStyle w:val=\"Heading1\"/>", false));
		body.append(p("We surveyed forty-one direct suppliers.", "", false));
		body.append(p("Annex A", "<w:pStyle w:val=\"Heading1\"/>", false));
		body.append("<w:tbl>").append(row("Metal", "Smelter", "Country", "Status"))
				.append(row("Gold", "Argor-Heraeus S.A.", "SWITZERLAND", "Conformant"))
				.append(row("Tin", "Thaisarco", "Thailand", "Active")).append("</w:tbl>");
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
				+ "</w:body></w:document>";
		Path file = dir.resolve("report.docx");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
			put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
			put(zip, "word/document.xml", document);
		}
		return file;
	}

	private static String p(String text, String properties, boolean bold) {
		return "<w:p><w:pPr>" + properties + "</w:pPr><w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t>" + text
				+ "</w:t></w:r></w:p>";
	}

	private static String row(String... cells) {
		StringBuilder b = new StringBuilder("<w:tr>");
		for (String c : cells) {
			b.append("<w:tc>").append(p(c, "", false)).append("</w:tc>");
		}
		return b.append("</w:tr>").toString();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws Exception {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	@Test
	void aWordReportBecomesAFilingOrReplacesAReport() throws Exception {
		docx();
		Sdstudio.Result r = Sdstudio.run(dir, "import-docx", "report.docx", "--out", "from-word.sdfiling");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("Annex A: 2 rows (Gold 1, Tantalum 0, Tin 1, Tungsten 0)"), r.out());
		assertTrue(r.out().contains("Reasonable Country of Origin Inquiry"), r.out());
		assertTrue(Files.exists(dir.resolve("from-word.sdfiling")));

		Path example = Sdstudio.example(dir);
		Sdstudio.Result into = Sdstudio.run(dir, "import-docx", "report.docx", "--into", example.getFileName().toString());
		assertEquals(0, into.exit(), into.toString());
		assertTrue(into.out().contains("Replaced the report of"), into.out());
		String saved = Files.readString(example, StandardCharsets.UTF_8);
		assertTrue(saved.contains("We surveyed forty-one direct suppliers."));
		assertTrue(saved.contains("commissionFileNumber=\"001-49872\""), "the cover is kept");
	}

	@Test
	void aDamagedDocumentIsRefusedAndNothingIsWritten() throws Exception {
		Files.write(dir.resolve("damaged.docx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		Sdstudio.Result r = Sdstudio.run(dir, "import-docx", "damaged.docx", "--out", "new.sdfiling");
		assertEquals(2, r.exit(), r.toString());
		assertEquals(1, r.err().strip().lines().count(), r.err());
		assertTrue(r.err().contains("damaged.docx: not a Word document (.docx) or damaged"), r.err());
		assertFalse(Files.exists(dir.resolve("new.sdfiling")));
	}
}
