package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.CmrtReadException;
import org.sdstudio.cmrt.CmrtReader;
import org.sdstudio.cmrt.ImportCanceledException;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioFactory;

/** Hostile and broken files: a clear one-line message naming the file (and sheet and cell), nothing changed. */
class BadInputTest {

	@TempDir
	Path dir;

	private CmrtReadException fails(Path file) {
		byte[] before = bytes(file);
		CmrtReadException e = assertThrows(CmrtReadException.class, () -> CmrtReader.read(file));
		System.out.println("rejected: " + e.getMessage());
		assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
		assertEquals(1, e.getMessage().lines().count(), e.getMessage());
		assertArrayEquals(before, bytes(file), "the file is never changed");
		return e;
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private Path good(String name) throws Exception {
		return CmrtWorkbookBuilder.cmrt("6.5").smelters(30, 4).write(dir.resolve(name));
	}

	@Test
	void notAZip() throws Exception {
		Path f = Files.writeString(dir.resolve("notes.xlsx"), "Smelter,Metal\nA,Gold\n");
		assertTrue(fails(f).getMessage().contains("not a zip file"));
	}

	@Test
	void emptyFile() throws Exception {
		assertTrue(fails(Files.write(dir.resolve("empty.xlsx"), new byte[0])).getMessage().contains("empty"));
	}

	@Test
	void truncated() throws Exception {
		byte[] b = bytes(good("whole.xlsx"));
		Path f = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(b, b.length / 2));
		CmrtReadException e = fails(f);
		assertTrue(e.getMessage().contains("truncated or damaged") || e.getMessage().contains("cannot be"),
				e.getMessage());
	}

	@Test
	void encrypted() throws Exception {
		byte[] plain = bytes(good("plain.xlsx"));
		Path f = dir.resolve("secret.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
			Encryptor enc = info.getEncryptor();
			enc.confirmPassword("s3cret");
			try (OutputStream os = enc.getDataStream(fs)) {
				os.write(plain);
			}
			try (OutputStream out = Files.newOutputStream(f)) {
				fs.writeFilesystem(out);
			}
		}
		assertTrue(fails(f).getMessage().contains("password-protected"));
	}

	@Test
	void oldXlsIsRejectedNamingTheFormat() throws Exception {
		Path f = dir.resolve("old.xls");
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(f)) {
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), "Workbook");
			fs.writeFilesystem(out);
		}
		assertTrue(fails(f).getMessage().contains(".xls"));
	}

	@Test
	void oldXlsCmrtIsRejectedNamingItsRevision() throws Exception {
		Path f = dir.resolve("supplier-cmrt.xls");
		try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
				OutputStream out = Files.newOutputStream(f)) {
			book.createSheet("Revision");
			book.createSheet("Declaration").createRow(2).createCell(9).setCellValue("Revision 4.20");
			book.write(out);
		}
		assertEquals("supplier-cmrt.xls: is a CMRT revision 4.20 (an Excel 97-2003 .xls workbook); SD Studio reads "
				+ "revisions 6.01 to 6.5: ask the supplier for a current CMRT", fails(f).getMessage());
	}

	@Test
	void zipBomb() throws Exception {
		// a sheet part that inflates a thousand-fold: POI's ZipSecureFile limit stops it
		byte[] b = bytes(good("base.xlsx"));
		Path f = dir.resolve("bomb.xlsx");
		rewrite(b, f, "xl/worksheets/sheet5.xml", () -> {
			StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><worksheet xmlns=\""
					+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			s.append(" ".repeat(60_000_000));
			return s.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8);
		});
		assertTrue(fails(f).getMessage().contains("zip bomb"));
	}

	@Test
	void notACmrt() throws Exception {
		Path f = dir.resolve("budget.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
			book.createSheet("Budget").createRow(0).createCell(0).setCellValue("Q1");
			book.write(out);
		}
		assertTrue(fails(f).getMessage().contains("is not a CMRT"));
	}

	@Test
	void revisionFiveIsRejectedNamingIt() throws Exception {
		Path f = CmrtWorkbookBuilder.cmrt("5.12").smelters(5, 1).write(dir.resolve("old5.xlsx"));
		CmrtReadException e = fails(f);
		assertEquals("old5.xlsx: Declaration!J3: is a CMRT revision 5.12; SD Studio reads revisions 6.01 to 6.5: "
				+ "ask the supplier for a current CMRT", e.getMessage());
	}

	@Test
	void smelterListRenamed() throws Exception {
		Path f = CmrtWorkbookBuilder.cmrt("6.5").smelterSheetName("Smelters").smelters(5, 1)
				.write(dir.resolve("renamed.xlsx"));
		CmrtReadException e = fails(f);
		assertTrue(e.getMessage().contains("has no 'Smelter List' sheet"), e.getMessage());
		assertTrue(e.getMessage().contains("Smelters"), "lists the sheets found: " + e.getMessage());
	}

	@Test
	void damagedHalfWayThroughTheSmelterList() throws Exception {
		byte[] b = bytes(good("base.xlsx"));
		byte[] sheet = entry(b, "xl/worksheets/sheet5.xml");
		Path f = dir.resolve("broken.xlsx");
		rewrite(b, f, "xl/worksheets/sheet5.xml", () -> Arrays.copyOf(sheet, sheet.length / 2));
		CmrtReadException e = fails(f);
		assertTrue(e.getMessage().startsWith("broken.xlsx: 'Smelter List': "), e.getMessage());
	}

	@Test
	void aFailedFileLeavesTheFilingAsItWasAndTheOthersAreImported() throws Exception {
		Path ok = good("ok.xlsx");
		Path bad = Files.writeString(dir.resolve("bad.xlsx"), "not a workbook");
		Filing filing = SdStudioFactory.eINSTANCE.createFiling();
		List<CmrtImport.FileResult> results = CmrtImport.read(List.of(bad, ok), 2025, LocalDate.of(2026, 4, 1),
				new BasicMonitor());
		assertEquals(2, results.size());
		assertTrue(!results.get(0).ok() && results.get(1).ok());
		CmrtImport.apply(filing, results);
		assertEquals(1, filing.getSupplyChain().getSuppliers().size());
	}

	@Test
	void cancelStopsWithoutChanges() throws Exception {
		Path ok = good("ok.xlsx");
		BasicMonitor cancelled = new BasicMonitor();
		cancelled.setCanceled(true);
		assertThrows(ImportCanceledException.class, () -> CmrtImport.read(List.of(ok), 2025, LocalDate.now(), cancelled));
	}

	interface Bytes {
		byte[] get() throws Exception;
	}

	static byte[] entry(byte[] zip, String name) throws Exception {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				if (e.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError("no " + name);
	}

	static void rewrite(byte[] zip, Path target, String name, Bytes replacement) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream z = new ZipOutputStream(out)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				z.putNextEntry(new ZipEntry(e.getName()));
				z.write(e.getName().equals(name) ? replacement.get() : in.readAllBytes());
				z.closeEntry();
			}
		}
		Files.write(target, out.toByteArray());
	}
}
