package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sdstudio blackline} in each form and {@code sdstudio changes} through the built product. */
class BlacklineEndToEndTest {

	@TempDir
	Path dir;

	/** Last year's filing: the example with a few words changed in its text. */
	private Path lastYear(Path example) throws Exception {
		Path old = dir.resolve("halcyon-2024.sdfiling");
		String xml = Files.readString(example, StandardCharsets.UTF_8);
		String edited = xml.replace("reasonably designed", "designed").replace("in good faith", "carefully");
		assertFalse(edited.equals(xml));
		Files.writeString(old, edited, StandardCharsets.UTF_8);
		return old;
	}

	private static String documentXml(Path docx) throws Exception {
		try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no word/document.xml in " + docx);
	}

	@Test
	void fromApprovedAsHtmlIsTheDefault() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, "blackline", file.getFileName().toString(), "--out", "b.html");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().startsWith("Blackline of halcyon-2025.sdfiling (current text) against "
				+ "halcyon-2025.sdfiling (approved revisions): 1 of 17 parts changed"), r.toString());
		assertTrue(r.out().contains("\n  report/rcoi "), r.toString());
		String html = Files.readString(dir.resolve("b.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("This is not an EDGAR document"));
		assertTrue(html.contains("<ins") && html.contains("<del"), "changes marked");
	}

	@Test
	void againstLastYearAsWordWithTrackedChanges() throws Exception {
		Path file = Sdstudio.example(dir);
		Path old = lastYear(file);
		Sdstudio.Result r = Sdstudio.run(dir, "blackline", file.toString(), "--against", old.toString(), "--out",
				"out/b.docx", "--as", "Jonathan Morrow");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("against halcyon-2024.sdfiling: "), r.toString());
		assertTrue(r.out().contains("Annex A: 0 rows added, 0 removed"), r.toString());
		String xml = documentXml(dir.resolve("out/b.docx"));
		assertTrue(xml.contains("<w:ins w:id=") && xml.contains("w:author=\"Jonathan Morrow\""), xml.substring(0, 400));
		assertTrue(xml.contains("carefully</w:delText>"), "the old words are tracked deletions");
		assertTrue(java.util.regex.Pattern.compile("<w:ins [^>]*><w:r><w:t[^>]*>\\s*reasonably\\s*</w:t>").matcher(xml)
				.find(), "the new words are tracked insertions");
	}

	@Test
	void twoRevisionsOfAPartAndOneRevisionAgainstTheCurrentText() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, "blackline", file.toString(), "--from", "rcoi-r1", "--part",
				"report/rcoi", "--out", "rcoi.html", "--all");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("against Section Halcyon Reasonable Country of Origin Inquiry revision rcoi-r1"),
				r.toString());
		Sdstudio.Result same = Sdstudio.run(dir, "blackline", file.toString(), "--from", "rcoi-r1", "--to", "rcoi-r1",
				"--part", "report/rcoi", "--out", "same.docx");
		assertEquals(0, same.exit(), same.toString());
		assertTrue(same.out().contains(": 0 of 1 parts changed"), same.toString());
	}

	@Test
	void usageErrorsAndUnreadableFilesWriteNothing() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result ext = Sdstudio.run(dir, "blackline", file.toString(), "--out", "b.pdf");
		assertEquals(2, ext.exit(), ext.toString());
		assertTrue(ext.err().contains("--out must end in .html or .docx"), ext.toString());
		Sdstudio.Result rev = Sdstudio.run(dir, "blackline", file.toString(), "--from", "nope", "--part",
				"report/rcoi", "--out", "b.html");
		assertEquals(2, rev.exit(), rev.toString());
		assertTrue(rev.err().contains("unknown revision 'nope' of report/rcoi; its revisions are: rcoi-r1"),
				rev.toString());
		Files.writeString(dir.resolve("broken.sdfiling"), "<not a filing", StandardCharsets.UTF_8);
		Sdstudio.Result broken = Sdstudio.run(dir, "blackline", file.toString(), "--against", "broken.sdfiling",
				"--out", "b.html");
		assertEquals(2, broken.exit(), broken.toString());
		Sdstudio.Result both = Sdstudio.run(dir, "blackline", file.toString(), "--from-approved", "--against",
				"x.sdfiling", "--out", "b.html");
		assertEquals(2, both.exit(), both.toString());
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("b.")
					|| p.getFileName().toString().startsWith(".b.")), "nothing written");
		}
	}

	@Test
	void changesListedThenRejectedBringTheApprovedTextBack() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result list = Sdstudio.run(dir, "changes", file.toString(), "report/rcoi");
		assertEquals(0, list.exit(), list.toString());
		assertTrue(list.out().startsWith("report/rcoi (Section Halcyon Reasonable Country of Origin Inquiry) "
				+ "against its approved revision rcoi-r1: "), list.toString());
		assertTrue(list.out().contains("\n    1  "), list.toString());
		Sdstudio.Result bad = Sdstudio.run(dir, "changes", file.toString(), "report/rcoi", "--reject", "999");
		assertEquals(2, bad.exit(), bad.toString());
		Sdstudio.Result accept = Sdstudio.run(dir, "changes", file.toString(), "report/rcoi", "--accept", "1");
		assertEquals(0, accept.exit(), accept.toString());
		Sdstudio.Result reject = Sdstudio.run(dir, "changes", file.toString(), "report/rcoi", "--reject", "all");
		assertEquals(0, reject.exit(), reject.toString());
		assertTrue(reject.out().contains("report/rcoi is its approved text again."), reject.toString());
		Sdstudio.Result review = Sdstudio.run(dir, "review", file.toString());
		assertFalse(review.out().matches("(?s).*\n  report/rcoi +Draft +rcoi-r1 .* yes +0\n.*"),
				"no longer changed since approval: " + review);
		Sdstudio.Result after = Sdstudio.run(dir, "changes", file.toString(), "report/rcoi");
		assertTrue(after.out().contains(": 0 changes, 0 words inserted, 0 deleted"), after.toString());
	}
}
