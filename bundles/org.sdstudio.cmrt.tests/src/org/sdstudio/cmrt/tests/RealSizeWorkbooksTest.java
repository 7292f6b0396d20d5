package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.Consolidation;
import org.sdstudio.cmrt.Facility;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Defect;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Flavour;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.SupplierResponse;

/**
 * Workbooks with the bulk of RMI's real template, as Excel and as LibreOffice save them: read exactly as the small
 * generated ones with the same content, with the same findings; formula-filled rows, gaps and very long lists.
 */
class RealSizeWorkbooksTest {

	@TempDir
	Path dir;

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

	/** Builders of the same content, with most defects of the catalogue switched on across them. */
	private static final List<Supplier<CmrtWorkbookBuilder>> CONTENTS = List.of(
			() -> CmrtWorkbookBuilder.cmrt("6.5").company("Acme Co., Ltd.").smelters(120, 5).with(
					Defect.FEW_KEY_COLUMNS, Defect.NOT_YET_IDENTIFIED, Defect.INVALID_ID, Defect.MISMATCHED_ID,
					Defect.ERROR_VALUES, Defect.FORMULA_TEXT, Defect.SMELTER_METAL_NOT_IN_SCOPE),
			() -> CmrtWorkbookBuilder.cmrt("6.22").language("zh").dateAsText().effectiveDate(LocalDate.of(2026, 3, 15))
					.smelters(40, 9).with(Defect.Q5_RECYCLED_MISMATCH, Defect.METAL_WITHOUT_SMELTERS,
							Defect.AUTHORIZER_SAME, Defect.B_WITHOUT_URL),
			() -> CmrtWorkbookBuilder.cmrt("6.4").company(" Acme _x0041_ <R&D> \"Co.\"").smelters(7, 2)
					.with(Defect.SCOPE_MISSING, Defect.Q1_UNANSWERED, Defect.DATE_OLD));

	@ParameterizedTest
	@EnumSource(Flavour.class)
	void everyValueAndFindingAsFromTheSmallWorkbook(Flavour flavour) throws Exception {
		for (int i = 0; i < CONTENTS.size(); i++) {
			Path small = CONTENTS.get(i).get().write(dir.resolve("small").resolve("supplier.xlsx"));
			Path real = CONTENTS.get(i).get().realSize(flavour).write(dir.resolve("real").resolve("supplier.xlsx"));
			SupplierResponse fromSmall = read(small);
			SupplierResponse fromReal = read(real);
			assertTrue(fromReal.getSmelterRows().size() > 0);
			assertEquals(dump(fromSmall), dump(fromReal), "content " + i + " as " + flavour);
		}
	}

	@ParameterizedTest
	@EnumSource(Flavour.class)
	void realSizeWorkbooksHaveTheBulkOfRmisTemplate(Flavour flavour) throws Exception {
		Path file = CONTENTS.get(0).get().realSize(flavour).write(dir.resolve("real.xlsx"));
		Map<String, Double> sizes = RealParts.sizes(file);
		int column = flavour == Flavour.EXCEL ? 0 : 1;
		for (String part : List.of("all XML", "Smelter List", "shared strings", "Smelter Look-up", "styles")) {
			double real = RealParts.REAL_SIZES.get(part)[column];
			double generated = sizes.get(part);
			assertTrue(generated > real * 0.75 && generated < real * 1.25, part + ": " + generated + " MB for "
					+ real + " MB in RMI's template as " + flavour + " saves it");
		}
		String smelters = part(file, "xl/worksheets/sheet5.xml");
		assertFalse(smelters.contains("t=\"shared\""), "every formula written out in full");
		assertTrue(count(smelters, "<f") > 14 * 2400, "about 35,000 formulas");
		assertTrue(smelters.contains("<row r=\"2504\""), "formula rows down to 2504");
		assertEquals(RealParts.SORP_ROWS, count(part(file, "xl/worksheets/sheet11.xml"), "<row "));
		if (flavour == Flavour.LIBREOFFICE) {
			assertTrue(smelters.contains("t=\"inlineStr\"") && smelters.contains("<f aca=\"false\">")
					&& smelters.contains("t=\"n\""), "explicit types, inline strings, LibreOffice's formulas");
		} else {
			assertFalse(smelters.contains("t=\"inlineStr\"") || smelters.contains("t=\"n\""));
		}
	}

	@ParameterizedTest
	@EnumSource(Flavour.class)
	void aLookUpThatCachesZeroIsBlankNotAValue(Flavour flavour) throws Exception {
		CmrtWorkbookBuilder b = CmrtWorkbookBuilder.cmrt("6.5").smelters(12, 4).with(Defect.FEW_KEY_COLUMNS)
				.realSize(flavour);
		Path file = b.write(dir.resolve("zero.xlsx"));
		String smelters = part(file, "xl/worksheets/sheet5.xml");
		// the "Smelter not listed" row (row 9): its identification number's look-up cached 0
		assertTrue(smelters.matches("(?s).*<c r=\"F9\"[^>]*><f[^>]*>[^<]*</f><v>0</v></c>.*"), "the case is there");
		SupplierResponse r = read(file);
		SmelterRow notListed = r.getSmelterRows().get(4);
		assertEquals("Smelter not listed", notListed.getLookupName());
		assertNull(notListed.getSmelterId());
		for (SmelterRow row : r.getSmelterRows()) {
			assertNull(row.getStreet(), "street looked up from an empty cell: 0 cached");
			assertNull(row.getStateProvince());
			assertNull(row.getContactName());
		}
		// missing, as the row says (the same finding as from an empty cached value), never an invalid ID "0"
		assertTrue(r.getFindings().stream().anyMatch(f -> "CMRT-SMELTER-ID-MISSING".equals(f.getCode())
				&& "A9".equals(f.getCell())), r.getFindings().toString());
		assertTrue(r.getFindings().stream().noneMatch(f -> "CMRT-SMELTER-ID-INVALID".equals(f.getCode())),
				r.getFindings().toString());
	}

	/** Gold, Tantalum, Tin, Tungsten as the template's languages name them. */
	private static final Map<String, String[]> METALS = Map.of(//
			"zh", new String[] { "金", "钽", "锡", "钨" }, //
			"ja", new String[] { "金", "タンタル", "スズ", "タングステン" }, //
			"ko", new String[] { "금", "탄탈럼", "주석", "텅스텐" }, //
			"de", new String[] { "Gold", "Tantal", "Zinn", "Wolfram" }, //
			"fr", new String[] { "Or", "Tantale", "Étain", "Tungstène" }, //
			"es", new String[] { "Oro", "Tántalo", "Estaño", "Tungsteno" }, //
			"pt", new String[] { "Ouro", "Tântalo", "Estanho", "Tungstênio" }, //
			"en", new String[] { "GOLD", "tantalum", "Tin ", "Tungsten" });

	@ParameterizedTest
	@ValueSource(strings = { "zh", "ja", "ko", "de", "fr", "es", "pt", "en" })
	void localizedMetalNamesAreTheMetals(String language) throws Exception {
		String[] names = METALS.get(language);
		List<String> english = List.of("Gold", "Tantalum", "Tin", "Tungsten");
		CmrtWorkbookBuilder b = CmrtWorkbookBuilder.cmrt("6.5").language(language).smelters(60, 11)
				.metalNames(metal -> names[english.indexOf(metal)]);
		Path file = b.write(dir.resolve(language + ".xlsx"));
		SupplierResponse r = read(file);
		assertEquals(60, r.getSmelterRows().size());
		assertTrue(r.getFindings().stream().noneMatch(f -> f.getCode().startsWith("CMRT-SMELTER-METAL")),
				r.getFindings().toString());
		Filing filing = SdStudioFactory.eINSTANCE.createFiling();
		filing.setReportingYear(2025);
		CmrtImport.apply(filing, CmrtImport.read(List.of(file), 2025, TODAY, new BasicMonitor()));
		Map<Metal, Long> byMetal = new java.util.EnumMap<>(Metal.class);
		for (Facility f : Consolidation.of(filing.getSupplyChain()).facilities()) {
			byMetal.merge(f.metal(), 1L, Long::sum);
		}
		Map<Metal, Long> expected = new java.util.EnumMap<>(Metal.class);
		b.facts().stream().map(SmelterFacts.Fact::id).distinct().forEach(id -> SmelterFacts.ALL.stream()
				.filter(f -> f.id().equals(id)).findFirst().ifPresent(f -> expected.merge(metal(f.metal()), 1L,
						Long::sum)));
		assertEquals(expected, byMetal);
	}

	private static Metal metal(String english) {
		return Metal.valueOf(english.toUpperCase(java.util.Locale.ROOT));
	}

	@ParameterizedTest
	@EnumSource(Flavour.class)
	void rowsAfterGapsOfEmptyRowsAreReadCompletely(Flavour flavour) throws Exception {
		// 60 smelters, 1,500 formula-only rows after every 20: the last ones beyond the template's row 2504
		CmrtWorkbookBuilder b = CmrtWorkbookBuilder.cmrt("6.5").smelters(60, 8).gaps(20, 1500).realSize(flavour);
		SupplierResponse r = read(b.write(dir.resolve("gaps.xlsx")));
		List<SmelterFacts.Fact> facts = b.facts();
		assertEquals(60, r.getSmelterRows().size());
		for (int i = 0; i < facts.size(); i++) {
			SmelterRow row = r.getSmelterRows().get(i);
			assertEquals(b.rowOf(i), row.getRowNumber());
			assertEquals(facts.get(i).name(), row.getLookupName());
			assertEquals(facts.get(i).id(), row.getSmelterId());
		}
		assertEquals(3064, r.getSmelterRows().get(59).getRowNumber());
	}

	@Test
	void tenThousandSmelterRowsAsLibreOfficeSavesThem() throws Exception {
		Path file = CmrtWorkbookBuilder.cmrt("6.5").smelters(0, 1).totalRows(10_000).realSize(Flavour.LIBREOFFICE)
				.write(dir.resolve("big.xlsx"));
		SupplierResponse r = read(file);
		assertEquals(10_000, r.getSmelterRows().size());
		assertEquals(10_004, r.getSmelterRows().get(9_999).getRowNumber());
		SmelterFacts.Fact last = SmelterFacts.ALL.get(9_999 % SmelterFacts.ALL.size());
		assertEquals(last.name(), r.getSmelterRows().get(9_999).getLookupName());
		assertEquals(last.id(), r.getSmelterRows().get(9_999).getSmelterId());
	}

	private static SupplierResponse read(Path file) {
		CmrtImport.FileResult result = CmrtImport.read(List.of(file), 2025, TODAY, new BasicMonitor()).get(0);
		assertTrue(result.ok(), () -> String.valueOf(result.failure()));
		return result.read().response();
	}

	/** Everything read and found, but what differs between two files (hash, id, import time). */
	static String dump(SupplierResponse response) {
		StringBuilder b = new StringBuilder();
		dump(response, b);
		response.eAllContents().forEachRemaining(o -> dump(o, b));
		return b.toString();
	}

	private static void dump(EObject o, StringBuilder b) {
		b.append(o.eClass().getName()).append(':');
		for (EAttribute a : o.eClass().getEAllAttributes()) {
			if (!List.of("contentHash", "id", "importedAt").contains(a.getName())) {
				b.append(' ').append(a.getName()).append('=').append(o.eGet(a));
			}
		}
		b.append('\n');
	}

	private static String part(Path file, String name) throws Exception {
		return new String(BadInputTest.entry(Files.readAllBytes(file), name), StandardCharsets.UTF_8);
	}

	private static int count(String s, String what) {
		int n = 0;
		for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) {
			n++;
		}
		return n;
	}
}
