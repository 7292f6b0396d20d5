package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sdstudio review-docx} through the built product: the document counsel gets, and what it refuses. */
class ReviewDocxEndToEndTest {

	@TempDir
	Path dir;

	private static Map<String, String> parts(Path docx) throws Exception {
		Map<String, String> parts = new HashMap<>();
		try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return parts;
	}

	@Test
	void everyPartWithTheOpenCommentsAndWhatWasSent() throws Exception {
		Path file = Sdstudio.example(dir);
		byte[] before = Files.readAllBytes(file);
		Sdstudio.Result r = Sdstudio.run(dir, "review-docx", file.getFileName().toString(), "--out", "out/review.docx",
				"--as", "Priya Natarajan");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().startsWith("  item-1.01 "), r.toString());
		assertTrue(r.out().matches("(?s).*\n  report/due-diligence/dd-step-3 +\\d+ words, 3 comments\n.*"),
				r.toString());
		assertTrue(r.out().contains("\nWrote " + dir.resolve("out/review.docx")
				+ " for review, sent by Priya Natarajan: 17 parts, "), r.toString());
		assertTrue(r.out().endsWith(" words, 3 open comments in 2 threads; track changes is on.\n"), r.toString());
		assertEquals(18, r.out().lines().count(), "one line per part and the summary");
		assertArrayEquals(before, Files.readAllBytes(file), "the filing is only read");

		Map<String, String> docx = parts(dir.resolve("out/review.docx"));
		assertTrue(docx.get("word/settings.xml").contains("<w:trackRevisions"), "track changes on");
		String document = docx.get("word/document.xml");
		for (int n = 1; n <= 17; n++) {
			assertTrue(document.contains("w:name=\"SDStudio_part_" + n + "\""), "bookmark " + n);
		}
		String sent = docx.get("customXml/item1.xml");
		assertTrue(sent.contains("id=\"report/due-diligence/dd-step-3\" bookmark=\"SDStudio_part_"), sent);
		assertTrue(sent.contains("sent-by=\"Priya Natarajan\""), sent);
		assertTrue(docx.get("word/comments.xml").contains("w:author=\"Jonathan Morrow (outside counsel)\""));
		assertTrue(docx.get("word/commentsExtended.xml").contains("w15:paraIdParent="));
		assertTrue(docx.get("docProps/core.xml").contains(">Priya Natarajan</"), docx.get("docProps/core.xml"));
		try (var files = Files.list(dir.resolve("out"))) {
			assertEquals(1, files.count(), "no temporary file left beside it");
		}
	}

	@Test
	void chosenPartsWithTheirChangesSinceApprovalAndTheSenderFromTheEnvironment() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, Map.of("SDSTUDIO_USER", "Dana Whitfield"), "review-docx",
				file.toString(), "--out", "rcoi.docx", "--parts", "annex-a,report/rcoi", "--since-approval");
		assertEquals(0, r.exit(), r.toString());
		var lines = r.out().lines().toList();
		assertEquals(3, lines.size(), r.toString());
		assertTrue(lines.get(0).startsWith("  report/rcoi ") && lines.get(0).contains(
				", changes since approval rcoi-r1 tracked: +"), r.toString());
		assertTrue(lines.get(1).startsWith("  annex-a "), "in the filing's order: " + r);
		assertTrue(lines.get(2).contains("sent by Dana Whitfield: 2 parts, ")
				&& lines.get(2).contains("1 part with changes since approval tracked"), r.toString());
		String document = parts(dir.resolve("rcoi.docx")).get("word/document.xml");
		assertTrue(document.contains("w:author=\"Changes since approval\""), "tracked changes since approval");
		assertFalse(document.contains("SDStudio_part_3"));
		// written again over its own earlier copy: a Word document may be replaced
		Sdstudio.Result again = Sdstudio.run(dir, "review-docx", file.toString(), "--out", "rcoi.docx", "--parts",
				"report/rcoi", "--as", "Dana Whitfield");
		assertEquals(0, again.exit(), again.toString());
		assertFalse(parts(dir.resolve("rcoi.docx")).get("word/document.xml").contains("SDStudio_part_2"));
	}

	@Test
	void usageErrorsAndFilesItMustNotReplaceWriteNothing() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result unknown = Sdstudio.run(dir, "review-docx", file.toString(), "--out", "r.docx", "--parts",
				"report/rcoi,nope");
		assertEquals(2, unknown.exit(), unknown.toString());
		assertTrue(unknown.err().contains("unknown part 'nope'; the filing's parts are: item-1.01, item-1.02, "
				+ "exhibit, "), unknown.toString());
		Sdstudio.Result pdf = Sdstudio.run(dir, "review-docx", file.toString(), "--out", "r.pdf");
		assertEquals(2, pdf.exit(), pdf.toString());
		assertTrue(pdf.err().contains("--out must end in .docx"), pdf.toString());
		Sdstudio.Result noOut = Sdstudio.run(dir, "review-docx", file.toString());
		assertEquals(2, noOut.exit(), noOut.toString());
		assertTrue(noOut.err().contains("missing option --out"), noOut.toString());

		Path notes = Files.writeString(dir.resolve("notes.docx"), "my notes, not a Word document",
				StandardCharsets.UTF_8);
		Sdstudio.Result notWord = Sdstudio.run(dir, "review-docx", file.toString(), "--out", "notes.docx");
		assertEquals(2, notWord.exit(), notWord.toString());
		assertTrue(notWord.err().contains("notes.docx exists and is not a Word document, so it is not replaced. "
				+ "Nothing was written."), notWord.toString());
		assertEquals("my notes, not a Word document", Files.readString(notes, StandardCharsets.UTF_8));

		byte[] filing = Files.readAllBytes(file);
		Files.createSymbolicLink(dir.resolve("link.docx"), file);
		Sdstudio.Result itself = Sdstudio.run(dir, "review-docx", file.toString(), "--out", "link.docx");
		assertEquals(2, itself.exit(), itself.toString());
		assertTrue(itself.err().contains("is the filing itself"), itself.toString());
		assertArrayEquals(filing, Files.readAllBytes(file));

		Sdstudio.Result missing = Sdstudio.run(dir, "review-docx", "nothing-here.sdfiling", "--out", "r.docx");
		assertEquals(2, missing.exit(), missing.toString());
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("r.")
					|| p.getFileName().toString().startsWith(".r.")), "nothing written");
		}
	}
}
