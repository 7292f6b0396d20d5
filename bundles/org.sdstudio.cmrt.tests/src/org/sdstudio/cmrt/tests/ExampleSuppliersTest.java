package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.StatusListReader;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Defect;

/**
 * The example supplier workbooks and status list in examples/: fictional suppliers, smelter facts from the reference
 * filing's Annex A (IDs fictional). This test checks that the committed files are what the generator makes; run
 * {@code ./mvnw -B verify -Dsdstudio.regenerate=true} to rewrite them after changing the generator.
 */
class ExampleSuppliersTest {

	static final Path EXAMPLES = Path.of(System.getProperty("sdstudio.examples", "../../examples"));

	static Map<String, CmrtWorkbookBuilder> workbooks() {
		Map<String, CmrtWorkbookBuilder> w = new LinkedHashMap<>();
		w.put("borealis-precision-cmrt-6.5.xlsx", CmrtWorkbookBuilder.cmrt("6.5")
				.company("Borealis Precision Components Co., Ltd.")
				.contact("Lin Haoran", "lin.haoran@borealis-precision.example").effectiveDate(LocalDate.of(2026, 2, 9))
				.smelters(80, 101));
		w.put("kestrel-cable-cmrt-6.4.xlsx", CmrtWorkbookBuilder.cmrt("6.4").company("Kestrel Cable & Wire GmbH")
				.contact("Anna Berger", "a.berger@kestrel-cable.example").effectiveDate(LocalDate.of(2026, 1, 20))
				.smelters(45, 102).with(Defect.CONTACT_EMAIL_MISSING, Defect.NOT_YET_IDENTIFIED, Defect.Q7_NO));
		w.put("meridian-plastics-cmrt-6.31.xlsx", CmrtWorkbookBuilder.cmrt("6.31")
				.company("Meridian Molded Plastics Inc.").contact("Chen Wei", "chen.wei@meridian-plastics.example")
				.language("zh").dateAsText().effectiveDate(LocalDate.of(2026, 3, 3)).smelters(25, 103));
		w.put("tamarack-electronics-cmrt-6.22.xlsx", CmrtWorkbookBuilder.cmrt("6.22")
				.company("Tamarack Electronics Ltd.").contact("Priya Nair", "priya.nair@tamarack-electronics.example")
				.effectiveDate(LocalDate.of(2026, 2, 27)).smelters(120, 104)
				.with(Defect.AUTHORIZER_SAME, Defect.INVALID_ID, Defect.B_WITHOUT_URL));
		w.put("orchid-metalworks-cmrt-6.1.xlsx", CmrtWorkbookBuilder.cmrt("6.1").company("Orchid Metalworks S.A.")
				.contact("Lucia Ortega", "lortega@orchid-metalworks.example").effectiveDate(LocalDate.of(2026, 1, 5))
				.smelters(30, 105).with(Defect.DATE_OLD));
		return w;
	}

	static final String STATUS_LIST = "rmi-status-list-2026-01-31.csv";

	/** A fictional status list: the reference filing's Conformant and Active facts with the fictional IDs. */
	static String statusList() {
		StringBuilder b = new StringBuilder("Fictional example of an exported facility status list (not RMI data)\r\n"
				+ "As of 31-Jan-2026\r\n\r\nSmelter ID,Standard Smelter Name,Metal,Country Location,Assessment "
				+ "Status,Last Audit Date\r\n");
		int i = 0;
		for (SmelterFacts.Fact f : SmelterFacts.ALL) {
			if (f.status().equals("Unknown")) {
				continue;
			}
			String name = f.name().contains(",") || f.name().contains("\"")
					? "\"" + f.name().replace("\"", "\"\"") + "\""
					: f.name();
			String country = f.country().contains(",") ? "\"" + f.country() + "\"" : f.country();
			b.append(f.id()).append(',').append(name).append(',').append(f.metal()).append(',').append(country)
					.append(',').append(f.status()).append(',')
					.append(LocalDate.of(2025, 1, 6).plusDays((i++ * 37) % 360)).append("\r\n");
		}
		return b.toString();
	}

	@Test
	void committedExamplesAreWhatTheGeneratorMakes() throws Exception {
		Path dir = EXAMPLES.resolve("suppliers");
		boolean regenerate = Boolean.getBoolean("sdstudio.regenerate");
		for (Map.Entry<String, CmrtWorkbookBuilder> w : workbooks().entrySet()) {
			Path file = dir.resolve(w.getKey());
			byte[] fresh = w.getValue().bytes();
			if (regenerate) {
				Files.createDirectories(dir);
				Files.write(file, fresh);
			}
			assertTrue(Files.exists(file), file + " is missing: run ./mvnw -B verify -Dsdstudio.regenerate=true");
			assertEquals(entries(fresh), entries(Files.readAllBytes(file)), file + " differs from the generator");
		}
		Path list = EXAMPLES.resolve(STATUS_LIST);
		if (regenerate) {
			Files.writeString(list, statusList(), StandardCharsets.UTF_8);
		}
		assertEquals(statusList(), Files.readString(list, StandardCharsets.UTF_8));
	}

	@Test
	void examplesImport() throws Exception {
		List<Path> files = CmrtImport.expand(List.of(EXAMPLES.resolve("suppliers")));
		assertEquals(5, files.size());
		List<CmrtImport.FileResult> results = CmrtImport.read(files, 2025, LocalDate.of(2026, 4, 1), new BasicMonitor());
		assertTrue(results.stream().allMatch(CmrtImport.FileResult::ok));
		assertTrue(StatusListReader.read(EXAMPLES.resolve(STATUS_LIST), null).list().getEntries().size() > 200);
	}

	private static Map<String, String> entries(byte[] zip) throws Exception {
		Map<String, String> m = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				m.put(e.getName(), Integer.toHexString(java.util.Arrays.hashCode(in.readAllBytes())));
			}
		}
		return m;
	}
}
