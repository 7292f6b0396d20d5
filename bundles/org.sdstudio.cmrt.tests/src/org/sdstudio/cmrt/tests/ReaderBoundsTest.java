package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.model.Finding;

/** Issue 16, defect 5: a workbook cannot make the reader hold unbounded text, and one bad file never stops a batch. */
class ReaderBoundsTest {

	@TempDir
	Path dir;

	/** Rewrites the workbook's shared strings part. */
	private static Path rewriteSharedStrings(Path file, UnaryOperator<String> change) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				byte[] bytes = in.readAllBytes();
				if (e.getName().equals("xl/sharedStrings.xml")) {
					bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(e.getName()));
				zip.write(bytes);
				zip.closeEntry();
			}
		}
		Files.write(file, out.toByteArray());
		return file;
	}

	@Test
	void aCellTextBeyondExcelsLimitIsAFindingAtItsCell() throws Exception {
		Path file = CmrtWorkbookBuilder.cmrt("6.5").company("Overlong Metals Inc.").smelters(3, 1)
				.write(dir.resolve("long.xlsx"));
		rewriteSharedStrings(file, xml -> xml.replace(">Overlong Metals Inc.<", ">" + "O".repeat(40_000) + "<"));
		List<CmrtImport.FileResult> results = CmrtImport.read(List.of(file), 2025, LocalDate.of(2026, 3, 1),
				new BasicMonitor());
		assertTrue(results.get(0).ok(), () -> results.get(0).failure().getMessage());
		List<Finding> findings = results.get(0).read().response().getFindings().stream()
				.filter(f -> "CMRT-CELL-TOO-LONG".equals(f.getCode())).toList();
		assertEquals(1, findings.size());
		assertTrue(findings.get(0).getMessage().startsWith("Declaration!D8: the text is longer than the 32767 "
				+ "characters an Excel cell holds"), findings.get(0).getMessage());
		assertEquals(32_767, results.get(0).read().response().getDeclaration().getCompanyName().length());
	}

	@Test
	void aPartBeyondTheLimitIsRefusedAndTheRestOfTheBatchIsRead() throws Exception {
		Path good = CmrtWorkbookBuilder.cmrt("6.5").company("Good Metals Inc.").smelters(3, 1)
				.write(dir.resolve("a-good.xlsx"));
		Path bomb = CmrtWorkbookBuilder.cmrt("6.5").company("Bomb Metals Inc.").smelters(3, 2)
				.write(dir.resolve("b-bomb.xlsx"));
		// text that compresses about 2:1, far under POI's ratio check, in a part beyond the (lowered) limit
		Random random = new Random(16);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 6_000_000; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		rewriteSharedStrings(bomb, xml -> xml.replace("</sst>", "<si><t>" + text + "</t></si></sst>"));
		String old = System.setProperty("sdstudio.cmrt.maxPartBytes", String.valueOf(4 << 20));
		try {
			Path third = CmrtWorkbookBuilder.cmrt("6.5").company("Third Metals Inc.").smelters(3, 3)
					.write(dir.resolve("c-third.xlsx"));
			List<CmrtImport.FileResult> results = CmrtImport.read(List.of(good, bomb, third), 2025,
					LocalDate.of(2026, 3, 1), new BasicMonitor());
			assertTrue(results.get(0).ok());
			assertFalse(results.get(1).ok());
			String m = results.get(1).failure().getMessage();
			assertTrue(m.startsWith("b-bomb.xlsx: ") && m.contains("expands to more than 4 MB"), m);
			assertTrue(results.get(2).ok(), "the file after the refused one is still read");
			List<CmrtImport.FileResult> parallel = CmrtImport.read(List.of(good, bomb, third), 2025,
					LocalDate.of(2026, 3, 1), new BasicMonitor(), 2);
			assertEquals(List.of(true, false, true), parallel.stream().map(CmrtImport.FileResult::ok).toList());
		} finally {
			if (old == null) {
				System.clearProperty("sdstudio.cmrt.maxPartBytes");
			} else {
				System.setProperty("sdstudio.cmrt.maxPartBytes", old);
			}
		}
	}
}
