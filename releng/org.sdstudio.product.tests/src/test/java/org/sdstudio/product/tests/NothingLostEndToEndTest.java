package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 through ./sdstudio: the defects a hostile run found, each as the user met it. */
class NothingLostEndToEndTest {

	@TempDir
	Path dir;

	static final Path SUPPLIERS = Sdstudio.HOME.resolve("examples/suppliers");

	/** The example suppliers, as their names begin (the example filing names none of them). */
	private static final String[] SUPPLIER_NAMES = { "Borealis", "Kestrel", "Meridian", "Orchid", "Tamarack" };

	// ------------------------------------------------------------------ defect 1

	@Test
	void twoImportsIntoOneFilingAtOnceBothKeepTheirSuppliers() throws Exception {
		Path a = Files.createDirectories(dir.resolve("a"));
		Path b = Files.createDirectories(dir.resolve("b"));
		try (var files = Files.list(SUPPLIERS)) {
			List<Path> all = files.sorted().toList();
			for (int i = 0; i < all.size(); i++) {
				Files.copy(all.get(i), (i < 2 ? a : b).resolve(all.get(i).getFileName()));
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 6; round++) {
				Path work = Files.createDirectories(dir.resolve("round-" + round));
				Path filing = Sdstudio.example(work);
				List<Future<Sdstudio.Result>> runs = new ArrayList<>();
				for (Path folder : new Path[] { a, b }) {
					runs.add(pool.submit(() -> Sdstudio.run(work, "import-cmrt", filing.toString(), folder.toString())));
				}
				List<Sdstudio.Result> results = new ArrayList<>();
				for (Future<Sdstudio.Result> run : runs) {
					results.add(run.get());
				}
				String saved = Files.readString(filing, StandardCharsets.UTF_8);
				for (int i = 0; i < 2; i++) {
					Sdstudio.Result r = results.get(i);
					boolean said = r.out().contains("Saved ");
					boolean refused = r.exit() != 0 && r.err().contains("NOT saved");
					assertTrue(said || refused, "round " + round + ": each run saves or says it did not\n" + r);
					if (said) {
						for (String name : i == 0 ? List.of(SUPPLIER_NAMES).subList(0, 2)
								: List.of(SUPPLIER_NAMES).subList(2, 5)) {
							assertTrue(saved.contains(name), "round " + round + ": " + name + " saved by run " + i
									+ " survives\n" + r);
						}
					}
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}

	// ------------------------------------------------------------------ defect 6

	@Test
	void devicesFifosAndHugeFilesAreRefusedWithoutHangingOrCrashing() throws Exception {
		Files.createSymbolicLink(dir.resolve("zero.sdfiling"), Path.of("/dev/zero"));
		Sdstudio.Result r = Sdstudio.run(dir, "validate", "zero.sdfiling");
		assertEquals(2, r.exit(), r.toString());
		assertTrue(r.err().contains("is not a regular file"), r.toString());

		assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("pipe.sdfiling").toString()).start().waitFor());
		r = Sdstudio.run(dir, "validate", "pipe.sdfiling");
		assertEquals(2, r.exit(), r.toString());
		assertTrue(r.err().contains("is not a regular file"), r.toString());

		try (RandomAccessFile f = new RandomAccessFile(dir.resolve("x.sdfiling").toFile(), "rw")) {
			f.setLength(3L << 30);
		}
		r = Sdstudio.run(dir, "validate", "x.sdfiling");
		assertEquals(2, r.exit(), r.toString());
		assertTrue(r.err().contains("is 3.0 GB, larger than the 256.0 MB a filing may have"), r.toString());

		r = Sdstudio.run(dir, "import-status", Sdstudio.example(dir).toString(), "pipe.sdfiling");
		assertTrue(r.err().contains("is not a regular file") && !r.err().contains("does not exist"), r.toString());
	}

	// ------------------------------------------------------------------ defects 7 and 8

	@Test
	void aSaveCleansStaleTemporariesKeepsModeAndGroupAndWritesThroughALink() throws Exception {
		Path real = Files.createDirectories(dir.resolve("real"));
		Path filing = Sdstudio.example(real);
		Path stale = Files.writeString(real.resolve(".halcyon-2025.sdfiling.4711.tmp"), "left by kill -9");
		Files.setPosixFilePermissions(filing, PosixFilePermissions.fromString("rw-rw-r--"));
		PosixFileAttributeView view = Files.getFileAttributeView(filing, PosixFileAttributeView.class);
		GroupPrincipal group = view.readAttributes().group();
		try {
			group = filing.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup");
			view.setGroup(group);
		} catch (IOException e) {
			// no such group here: the mode is still checked
		}
		Path link = Files.createSymbolicLink(dir.resolve("link.sdfiling"), Path.of("real/halcyon-2025.sdfiling"));
		Sdstudio.Result r = Sdstudio.run(dir, "import-status", "link.sdfiling",
				Sdstudio.HOME.resolve("examples/rmi-status-list-2026-01-31.csv").toString());
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.err().contains("note: removed 1 temporary file(s)") && r.err().contains("interrupted"),
				r.toString());
		assertFalse(Files.exists(stale));
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertTrue(Files.readString(filing).contains("rmi-status-list-2026-01-31.csv"), "the target was written");
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(filing)));
		assertEquals(group, Files.getFileAttributeView(filing, PosixFileAttributeView.class).readAttributes().group());
	}

	// ------------------------------------------------------------------ defects 9, 10, 11, 14

	private Path exampleWith(UnaryOperator<String> change) throws IOException {
		Path filing = Sdstudio.example(dir);
		String xml = change.apply(Files.readString(filing, StandardCharsets.UTF_8));
		Files.writeString(filing, xml, StandardCharsets.UTF_8);
		return filing;
	}

	@Test
	void validateFindsWhatExportRefusesAndAFailedDraftLeavesNothing() throws Exception {
		Path filing = exampleWith(xml -> xml.replaceFirst("description=\"Conflict Minerals Report of [^\"]*\"",
				"description=\"" + "d".repeat(300) + "\""));
		Sdstudio.Result r = Sdstudio.run(dir, "validate", filing.toString());
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.out().contains("SD-TEXT-TOO-LONG"), r.toString());
		r = Sdstudio.run(dir, "export", filing.toString(), "--out", "out", "--draft");
		assertEquals(2, r.exit(), r.toString());
		try (var files = Files.list(Files.createDirectories(dir.resolve("out")))) {
			assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
					.toList(), "a failed draft export leaves nothing behind");
		}
	}

	@Test
	void controlCharactersAreFindingsAndPrintedEscaped() throws Exception {
		Path filing = exampleWith(xml -> xml.replace("<?xml version=\"1.0\"", "<?xml version=\"1.1\"")
				.replace("name=\"Halcyon Respiratory Systems, Inc.\"", "name=\"Halcyon&#x1B;[2J&#x85; Systems\""));
		Sdstudio.Result r = Sdstudio.run(dir, "show", filing.toString());
		assertFalse(r.out().contains("\u001B") || r.out().contains("\u0085"), "no raw control character reaches "
				+ "the terminal");
		assertTrue(r.out().contains("Halcyon\\x1B[2J\\u0085 Systems"), r.toString());
		r = Sdstudio.run(dir, "validate", filing.toString());
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.out().contains("SD-TEXT-CONTROL-CHARACTER"), r.toString());
	}

	// ------------------------------------------------------------------ defects 2, 3, 4, 13 and the minor ones

	@Test
	void statusListsNeverInventOrLoseStatuses() throws Exception {
		Path filing = Sdstudio.example(dir);
		Path list = Files.writeString(dir.resolve("active-facilities.csv"),
				"Smelter ID,Standard Smelter Name,Metal\nCID910001,8853 S.p.A.,Gold\n");
		Sdstudio.Result r = Sdstudio.run(dir, "import-status", filing.toString(), list.toString());
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.err().contains("has no status column (columns found: 'Smelter ID', 'Standard Smelter Name', "
				+ "'Metal')"), r.toString());
		r = Sdstudio.run(dir, "import-status", filing.toString(), list.toString(), "--status", "conformant");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("1 facilities (1 Conformant, 0 Active, 0 Non-Conformant)"), r.toString());

		Path good = Sdstudio.HOME.resolve("examples/rmi-status-list-2026-01-31.csv");
		Path copy = Files.copy(good, dir.resolve("rmi.csv"));
		r = Sdstudio.run(dir, "import-status", filing.toString(), copy.toString());
		assertEquals(0, r.exit(), r.toString());
		byte[] before = Files.readAllBytes(filing);
		// the same file name, now cut off inside a quote
		List<String> lines = Files.readAllLines(good);
		Files.writeString(copy, String.join("\n", lines.subList(0, 8)) + "\nCID999999,\"Unterminated,Gold,X,Active\n");
		r = Sdstudio.run(dir, "import-status", filing.toString(), copy.toString());
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.err().contains("is never closed"), r.toString());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(filing)), "nothing stored");
		r = Sdstudio.run(dir, "import-status", filing.toString(), copy.toString(), "--skip-bad-rows");
		assertEquals(1, r.exit(), "a far shorter list replaces the earlier one only with --replace\n" + r);
		assertTrue(r.err().contains("far fewer than the 234"), r.toString());
		r = Sdstudio.run(dir, "import-status", filing.toString(), copy.toString(), "--skip-bad-rows", "--replace");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("1 row(s) skipped, as you chose"), r.toString());

		Path conflicts = Files.writeString(dir.resolve("conflicts.csv"),
				"Smelter ID,Metal,Status\nCID910001,Gold,Conformant\nCID910001,Gold,Active\n");
		r = Sdstudio.run(dir, "import-status", filing.toString(), conflicts.toString());
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.err().contains("CID910001 (line 2 Conformant, line 3 Active)"), r.toString());
		r = Sdstudio.run(dir, "import-status", filing.toString(), conflicts.toString(), "--conflicts", "least-conformant");
		assertEquals(0, r.exit(), r.toString());

		Path windows = dir.resolve("windows.csv");
		Files.write(windows, "Smelter ID,Standard Smelter Name,Metal,Status\nCID910002,Métaux SA,Gold,Active\n"
				.getBytes(Charset.forName("windows-1252")));
		r = Sdstudio.run(dir, "import-status", filing.toString(), windows.toString());
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("not UTF-8: read as Windows-1252"), r.toString());
		assertTrue(Files.readString(filing).contains("Métaux SA"));
	}

	// ------------------------------------------------------------------ defects 5 and 12

	/** A copy of an example CMRT with its shared strings changed. */
	private Path cmrt(String name, UnaryOperator<String> change) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(SUPPLIERS.resolve(
				"kestrel-cable-cmrt-6.4.xlsx"))); ZipOutputStream zip = new ZipOutputStream(out)) {
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
		return Files.write(Files.createDirectories(dir.resolve("cmrts")).resolve(name), out.toByteArray());
	}

	@Test
	void lookAlikeSupplierNamesAreNotMergedInSilence() throws Exception {
		Path filing = Sdstudio.example(dir);
		Path plus = cmrt("plus.xlsx", xml -> xml.replace("Kestrel Cable &amp; Wire GmbH", "A+B Metals Co."));
		Path dots = cmrt("dots.xlsx", xml -> xml.replace("Kestrel Cable &amp; Wire GmbH", "A.B. Metals Co.")
				.replace("</sst>", "<si><t>another file</t></si></sst>"));
		Sdstudio.Result r = Sdstudio.run(dir, "import-cmrt", filing.toString(), plus.toString(), dots.toString());
		assertEquals(0, r.exit(), r.toString());
		assertEquals(2, r.out().lines().filter(l -> l.startsWith("NEW SUPPLIER")).count(), r.toString());
		assertTrue(r.out().contains("not merged with the existing supplier 'A+B Metals Co.'"), r.toString());
		r = Sdstudio.run(dir, "suppliers", filing.toString(), "--merge", "A.B. Metals Co.", "--into", "A+B Metals Co.");
		assertEquals(0, r.exit(), r.toString());
		r = Sdstudio.run(dir, "suppliers", filing.toString());
		assertTrue(r.out().contains("A+B Metals Co.: ") && r.out().contains("1 earlier response(s)"), r.toString());
		assertFalse(r.out().contains("A.B. Metals Co.: "), r.toString());
	}

	@Test
	void aHugeSharedStringsPartIsRefusedAndTheBatchGoesOn() throws Exception {
		Path filing = Sdstudio.example(dir);
		Random random = new Random(5);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 6_000_000; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		cmrt("a-bomb.xlsx", xml -> xml.replace("</sst>", "<si><t>" + text + "</t></si></sst>"));
		Files.copy(SUPPLIERS.resolve("tamarack-electronics-cmrt-6.22.xlsx"), dir.resolve("cmrts/b-good.xlsx"));
		Sdstudio.Result r = Sdstudio.run(dir, Map.of("SDSTUDIO_VMARGS", "-Dsdstudio.cmrt.maxPartBytes=4194304"),
				"import-cmrt", filing.toString(), dir.resolve("cmrts").toString());
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.out().contains("NOT IMPORTED  a-bomb.xlsx") && r.out().contains("expands to more than 4 MB"),
				r.toString());
		assertTrue(r.out().contains("2 file(s): 1 imported, 1 not readable"), r.toString());
		assertTrue(Files.readString(filing).contains("Tamarack Electronics"), "the good file of the batch is imported");
	}
}
