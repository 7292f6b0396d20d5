package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip through the built product: {@code review-docx}, counsel's tracked insertion and comment written
 * into the document as Word writes them, {@code review-import}, {@code changes} listing and accepting the proposed
 * change; the second import changes nothing; a damaged or encrypted document leaves the filing untouched.
 */
class ReviewImportEndToEndTest {

	private static final String PHRASE = "reasonably designed";

	@TempDir
	Path dir;

	private static Map<String, byte[]> unzip(Path docx) throws Exception {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				parts.put(e.getName(), zip.readAllBytes());
			}
		}
		return parts;
	}

	private static void zip(Map<String, byte[]> parts, Path out) throws Exception {
		try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(o)) {
			for (Map.Entry<String, byte[]> e : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
	}

	/** Counsel inserts " and operated" after the phrase, tracked, and comments on the phrase. */
	private Path counsel(Path sent) throws Exception {
		Map<String, byte[]> parts = unzip(sent);
		String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
		int at = xml.indexOf(PHRASE);
		assertTrue(at > 0, "the phrase is in the document");
		String edited = xml.substring(0, at) + PHRASE + "</w:t></w:r>"
				+ "<w:ins w:id=\"9001\" w:author=\"Ann Lee\" w:date=\"2026-04-20T15:30:00Z\"><w:r><w:t xml:space=\"preserve\">"
				+ " and operated</w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\">"
				+ xml.substring(at + PHRASE.length());
		parts.put("word/document.xml", edited.getBytes(StandardCharsets.UTF_8));
		String core = new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8);
		parts.put("docProps/core.xml", core.replaceAll("<cp:lastModifiedBy>[^<]*</cp:lastModifiedBy>",
				"<cp:lastModifiedBy>Ann Lee</cp:lastModifiedBy>").getBytes(StandardCharsets.UTF_8));
		Path returned = dir.resolve("returned.docx");
		zip(parts, returned);
		return returned;
	}

	@Test
	void sentEditedImportedAccepted() throws Exception {
		Path file = Sdstudio.example(dir);
		String name = file.getFileName().toString();
		Sdstudio.Result sent = Sdstudio.run(dir, "review-docx", name, "--out", "review.docx", "--as", "Priya Natarajan");
		assertEquals(0, sent.exit(), sent.toString());
		Path returned = counsel(dir.resolve("review.docx"));

		Sdstudio.Result dry = Sdstudio.run(dir, "review-import", name, "returned.docx", "--dry-run");
		assertEquals(0, dry.exit(), dry.toString());
		assertTrue(dry.out().contains("Dry run: " + name + " was not changed."), dry.toString());

		byte[] before = Files.readAllBytes(file);
		Sdstudio.Result r = Sdstudio.run(dir, "review-import", name, returned.getFileName().toString(), "--as",
				"Priya Natarajan");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().startsWith("Read returned.docx: sent from " + name + " by Priya Natarajan on "), r.toString());
		assertTrue(r.out().contains("last saved by Ann Lee"), r.toString());
		assertTrue(r.out().contains("\n  report/rcoi: 1 proposed change\n"), r.toString());
		assertTrue(r.out().contains("returned.docx: 1 proposed change in 1 part"), r.toString());
		assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(file)), "saved");

		Sdstudio.Result list = Sdstudio.run(dir, "changes", name, "report/rcoi");
		assertEquals(0, list.exit(), list.toString());
		assertTrue(list.out().contains("report/rcoi: 1 proposed change, 1 waiting (not in the text until accepted)"),
				list.toString());
		assertTrue(list.out().contains("    P1  inserted in Paragraph"), list.toString());
		assertTrue(list.out().contains(": \"and operated\" (Ann Lee, 2026-04-20 15:30 UTC)"), list.toString());

		Sdstudio.Result review = Sdstudio.run(dir, "review", name);
		assertTrue(review.out().contains("  report/rcoi: 1 proposed change waiting"), review.toString());

		Sdstudio.Result accept = Sdstudio.run(dir, "changes", name, "report/rcoi", "--accept", "P1", "--as", "Dana Whitfield");
		assertEquals(0, accept.exit(), accept.toString());
		assertTrue(accept.out().contains("Accepted proposed change P1 of report/rcoi: now in the text."), accept.toString());
		assertTrue(Files.readString(file).contains(PHRASE + " and operated"), "the change is in the filing");

		Sdstudio.Result again = Sdstudio.run(dir, "review-import", name, "returned.docx");
		assertEquals(0, again.exit(), again.toString());
		assertTrue(again.out().contains("nothing new to import"), again.toString());
		assertTrue(again.out().contains(name + " was not changed."), again.toString());
	}

	@Test
	void aDamagedOrEncryptedDocumentLeavesTheFilingUntouched() throws Exception {
		Path file = Sdstudio.example(dir);
		String name = file.getFileName().toString();
		byte[] before = Files.readAllBytes(file);
		Files.write(dir.resolve("damaged.docx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
		Sdstudio.Result damaged = Sdstudio.run(dir, "review-import", name, "damaged.docx");
		assertEquals(2, damaged.exit(), damaged.toString());
		assertTrue(damaged.err().contains("damaged.docx"), damaged.toString());
		assertEquals(1, damaged.err().strip().lines().count(), "one line: " + damaged.err());
		byte[] ole = new byte[1024];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole, 0, magic.length);
		Files.write(dir.resolve("locked.docx"), ole);
		Sdstudio.Result locked = Sdstudio.run(dir, "review-import", name, "locked.docx");
		assertEquals(2, locked.exit(), locked.toString());
		assertTrue(locked.err().contains("locked.docx"), locked.toString());
		assertArrayEquals(before, Files.readAllBytes(file), "the filing is untouched");
	}
}
