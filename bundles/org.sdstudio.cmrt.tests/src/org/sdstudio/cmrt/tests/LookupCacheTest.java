package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.cmrt.CmrtFile;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.CmrtReader;
import org.sdstudio.cmrt.SmelterLookup;

/**
 * The reader's Smelter Look-up cache: a look-up part parsed once serves the workbooks that carry the same one, and
 * never a workbook whose look-up, or the shared strings its cells point into, differ.
 */
class LookupCacheTest {

	/** The generator's Smelter Look-up part (the eighth sheet). */
	static final String LOOKUP_PART = "xl/worksheets/sheet8.xml";

	@TempDir
	Path dir;

	@BeforeEach
	void emptyCache() {
		CmrtReader.clearLookupCache();
	}

	private Path workbook(String name, int seed) throws Exception {
		return CmrtWorkbookBuilder.cmrt("6.5").company("Supplier " + name).smelters(20 + seed, seed)
				.write(dir.resolve(name + ".xlsx"));
	}

	@Test
	void theSameLookUpIsParsedOnceAndShared() throws Exception {
		Path first = workbook("a", 1);
		CmrtFile a = CmrtReader.read(first);
		// the same workbook under another name: the same parts, a hit
		CmrtFile b = CmrtReader.read(Files.copy(first, dir.resolve("a-copy.xlsx")));
		assertSame(a.lookup(), b.lookup(), "the second workbook's look-up came from the cache");
		assertArrayEquals(new long[] { 1, 1, 0 }, CmrtReader.lookupCacheCounts(), "{hits, misses, replays}");
		// another supplier's workbook: its own shared strings (its texts appended, as Excel keeps them), the same
		// look-up part, replayed to the same entries
		CmrtFile c = CmrtReader.read(workbook("c", 2));
		assertSame(a.lookup(), c.lookup());
		assertArrayEquals(new long[] { 1, 2, 1 }, CmrtReader.lookupCacheCounts(),
				"{hits, misses, replays}: a replay follows a miss");
		assertTrue(b.lookup().size() > 250);
		// what is shared cannot be changed by one reader of it
		assertThrows(IllegalStateException.class, () -> a.lookup().add(new SmelterLookup.Entry("CID000001", null,
				"X", "X", "X")));
		assertThrows(UnsupportedOperationException.class, () -> a.lookup().entries(firstId(a)).clear());
		// the cached look-up is the one a fresh parse gives
		CmrtReader.clearLookupCache();
		CmrtFile fresh = CmrtReader.read(workbook("c", 3));
		assertNotSame(a.lookup(), fresh.lookup());
		assertEquals(a.lookup().size(), fresh.lookup().size());
		assertEquals(a.lookup().entries(firstId(a)), fresh.lookup().entries(firstId(a)));
	}

	@Test
	void aDifferentLookUpPartIsParsedNotTakenFromTheCache() throws Exception {
		Path base = workbook("base", 1);
		byte[] bytes = Files.readAllBytes(base);
		String sheet = new String(BadInputTest.entry(bytes, LOOKUP_PART), StandardCharsets.UTF_8);
		// the first look-up row's smelter ID replaced by another one (an inline string)
		String changed = sheet.replaceFirst("<c r=\"E5\"[^>]*><v>\\d+</v></c>",
				"<c r=\"E5\" t=\"inlineStr\"><is><t>CID999999</t></is></c>");
		assertFalse(changed.equals(sheet), "the look-up was changed");
		Path other = dir.resolve("other.xlsx");
		BadInputTest.rewrite(bytes, other, LOOKUP_PART, () -> changed.getBytes(StandardCharsets.UTF_8));
		for (int round = 0; round < 2; round++) {
			CmrtFile b = CmrtReader.read(base);
			CmrtFile o = CmrtReader.read(other);
			assertTrue(b.lookup().entries("CID999999").isEmpty());
			assertEquals(1, o.lookup().entries("CID999999").size());
			assertNotSame(b.lookup(), o.lookup());
		}
		// and in the other order, from an empty cache
		CmrtReader.clearLookupCache();
		assertEquals(1, CmrtReader.read(other).lookup().entries("CID999999").size());
		assertTrue(CmrtReader.read(base).lookup().entries("CID999999").isEmpty());
	}

	@Test
	void theSameLookUpPartOverOtherSharedStringsIsParsedAgain() throws Exception {
		Path base = workbook("base", 1);
		byte[] bytes = Files.readAllBytes(base);
		String strings = new String(BadInputTest.entry(bytes, "xl/sharedStrings.xml"), StandardCharsets.UTF_8);
		Matcher id = Pattern.compile("CID\\d{6}").matcher(strings);
		assertTrue(id.find());
		String firstId = id.group();
		// the look-up part stays byte for byte the same; the string its cells point to is another
		String changed = strings.replaceFirst(firstId, "CID999998");
		Path other = dir.resolve("other.xlsx");
		BadInputTest.rewrite(bytes, other, "xl/sharedStrings.xml", () -> changed.getBytes(StandardCharsets.UTF_8));
		assertTrue(java.util.Arrays.equals(BadInputTest.entry(bytes, LOOKUP_PART),
				BadInputTest.entry(Files.readAllBytes(other), LOOKUP_PART)));
		for (int round = 0; round < 2; round++) {
			SmelterLookup b = CmrtReader.read(base).lookup();
			SmelterLookup o = CmrtReader.read(other).lookup();
			assertTrue(b.entries("CID999998").isEmpty());
			assertFalse(o.entries("CID999998").isEmpty());
			assertFalse(b.entries(firstId).isEmpty());
			assertNotSame(b, o);
		}
		// the other workbook's look-up was resolved from the recorded cells of the same part, not parsed again
		assertEquals(1, CmrtReader.lookupCacheCounts()[2], "replays");
		// and from an empty cache the other way round
		CmrtReader.clearLookupCache();
		assertFalse(CmrtReader.read(other).lookup().entries("CID999998").isEmpty());
		assertTrue(CmrtReader.read(base).lookup().entries("CID999998").isEmpty());
		assertEquals(1, CmrtReader.lookupCacheCounts()[2], "replays");
	}

	@Test
	void otherSharedStringsWithTheSameLookUpTextsShareTheLookUp() throws Exception {
		Path base = workbook("base", 1);
		byte[] bytes = Files.readAllBytes(base);
		String strings = new String(BadInputTest.entry(bytes, "xl/sharedStrings.xml"), StandardCharsets.UTF_8);
		// a text the look-up does not use (the first instruction line) changes: the table's CRC differs
		String changed = strings.replaceFirst("Instruction 1:", "Instruction one:");
		assertFalse(changed.equals(strings));
		Path other = dir.resolve("other.xlsx");
		BadInputTest.rewrite(bytes, other, "xl/sharedStrings.xml", () -> changed.getBytes(StandardCharsets.UTF_8));
		CmrtFile b = CmrtReader.read(base);
		CmrtFile o = CmrtReader.read(other);
		assertSame(b.lookup(), o.lookup(), "replayed to the same entries: one instance");
		assertArrayEquals(new long[] { 0, 2, 1 }, CmrtReader.lookupCacheCounts(), "{hits, misses, replays}");
		assertSame(o.lookup(), CmrtReader.read(other).lookup());
	}

	@Test
	void parallelReadsOfDifferentLookUpsKeepEachTheirOwn() throws Exception {
		Path base = workbook("base", 1);
		byte[] bytes = Files.readAllBytes(base);
		String sheet = new String(BadInputTest.entry(bytes, LOOKUP_PART), StandardCharsets.UTF_8);
		String changed = sheet.replaceFirst("<c r=\"E5\"[^>]*><v>\\d+</v></c>",
				"<c r=\"E5\" t=\"inlineStr\"><is><t>CID999999</t></is></c>");
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Path f = dir.resolve("p" + i + ".xlsx");
			if (i % 2 == 0) {
				Files.copy(base, f);
			} else {
				BadInputTest.rewrite(bytes, f, LOOKUP_PART, () -> changed.getBytes(StandardCharsets.UTF_8));
			}
			files.add(f);
		}
		List<CmrtImport.FileResult> results = CmrtImport.read(files, 2025, LocalDate.of(2026, 4, 1), new BasicMonitor(),
				4);
		for (int i = 0; i < files.size(); i++) {
			assertEquals(i % 2 == 1, !results.get(i).read().lookup().entries("CID999999").isEmpty(), "file " + i);
		}
	}

	private static String firstId(CmrtFile f) {
		return f.response().getSmelterRows().stream().map(r -> r.getSmelterId()).filter(id -> id != null)
				.findFirst().orElseThrow();
	}
}
