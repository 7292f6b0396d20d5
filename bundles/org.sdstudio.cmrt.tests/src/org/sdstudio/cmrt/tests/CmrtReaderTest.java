package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdstudio.cmrt.CmrtFile;
import org.sdstudio.cmrt.CmrtReader;
import org.sdstudio.model.DeclarationScope;
import org.sdstudio.model.Metal;
import org.sdstudio.model.MetalAnswer;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.SupplierResponse;

class CmrtReaderTest {

	@TempDir
	Path dir;

	@Test
	void sharedStringsEscapesReadBackAsTyped() throws Exception {
		// a literal _x0041_ (Excel escapes its underscore), a leading space kept by xml:space, markup characters
		String company = " Acme _x0041_ <R&D> \"Co.\"";
		Path file = CmrtWorkbookBuilder.cmrt("6.5").company(company).smelters(5, 3).write(dir.resolve("esc.xlsx"));
		String sst = new String(BadInputTest.entry(Files.readAllBytes(file), "xl/sharedStrings.xml"),
				java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(sst.contains("_x005F_x0041_"), "escaped as Excel escapes it");
		assertTrue(sst.contains("<t xml:space=\"preserve\"> Acme"), "leading space preserved");
		assertEquals(company.trim(), CmrtReader.read(file).response().getDeclaration().getCompanyName());
	}

	@ParameterizedTest
	@ValueSource(strings = { "6.01", "6.1", "6.22", "6.31", "6.4", "6.5" })
	void readsEveryRevision(String revision) throws Exception {
		CmrtWorkbookBuilder b = CmrtWorkbookBuilder.cmrt(revision).company("Acme Co., Ltd.").smelters(57, 7);
		Path file = b.write(dir.resolve("acme.xlsx"));
		assertTrue(Files.size(file) > 100_000, "realistic size: " + Files.size(file));
		CmrtFile read = CmrtReader.read(file);
		SupplierResponse r = read.response();
		assertEquals(revision, read.revision());
		assertEquals(revision, r.getTemplateRevision());
		assertEquals("Acme Co., Ltd.", r.getDeclaration().getCompanyName());
		assertEquals(DeclarationScope.COMPANY, r.getDeclaration().getScope());
		assertEquals("mei.tanaka@fictional-components.example", r.getDeclaration().getContactEmail());
		assertEquals(LocalDate.of(2026, 2, 16), r.getDeclaration().getEffectiveDate());
		// prefilled formula rows down to 2504 are not smelter rows
		assertEquals(57, r.getSmelterRows().size());
		List<SmelterFacts.Fact> facts = b.facts();
		for (int i = 0; i < facts.size(); i++) {
			SmelterRow row = r.getSmelterRows().get(i);
			assertEquals(5 + i, row.getRowNumber());
			assertEquals(facts.get(i).metal(), row.getMetal());
			assertEquals(facts.get(i).name(), row.getLookupName());
			assertEquals(facts.get(i).country(), row.getCountry());
			assertEquals(facts.get(i).id(), row.getSmelterId(), "cached formula value of column F");
			assertEquals("RMI", row.getIdSource());
		}
		assertEquals(32, r.getMetalAnswers().size());
		assertEquals(8, r.getCompanyAnswers().size());
		assertEquals("Yes, with the SEC", r.getCompanyAnswers().get(7).getAnswer());
		assertTrue(r.getCompanyAnswers().get(1).getComment().startsWith("https://"));
		assertEquals(64, r.getContentHash().length());
		assertTrue(read.lookup().size() > 250, "look-up reference data read");
	}

	@Test
	void readsByPositionInAnotherLanguageAndTextDates() throws Exception {
		Path file = CmrtWorkbookBuilder.cmrt("6.4").language("zh").dateAsText().effectiveDate(LocalDate.of(2026, 3, 15))
				.smelters(12, 3).write(dir.resolve("zh.xlsx"));
		SupplierResponse r = CmrtReader.read(file).response();
		assertEquals("Fictional Components Co., Ltd.", r.getDeclaration().getCompanyName());
		assertEquals(DeclarationScope.COMPANY, r.getDeclaration().getScope(), "'A. 公司' is scope A");
		assertEquals("15-Mar-2026", r.getDeclaration().getEffectiveDateText());
		assertEquals(LocalDate.of(2026, 3, 15), r.getDeclaration().getEffectiveDate());
		assertEquals(12, r.getSmelterRows().size());
		MetalAnswer q1Gold = r.getMetalAnswers().stream().filter(a -> a.getQuestion() == 1 && a.getMetal() == Metal.GOLD)
				.findFirst().orElseThrow();
		assertTrue(q1Gold.getAnswer().equals("Yes") || q1Gold.getAnswer().equals("No"));
	}

	@Test
	void formulaLikeTextIsKeptAsTextNeverEvaluated() throws Exception {
		Path file = CmrtWorkbookBuilder.cmrt("6.5").with(CmrtWorkbookBuilder.Defect.FORMULA_TEXT).smelters(5, 1)
				.write(dir.resolve("inject.xlsx"));
		SupplierResponse r = CmrtReader.read(file).response();
		assertEquals("=HYPERLINK(\"http://x.example\",\"Click\")", r.getDeclaration().getCompanyName());
		assertEquals("+1 555 0100", r.getDeclaration().getContactPhone());
		assertEquals("-2+3 =cmd|' /C calc'!A0", r.getSmelterRows().get(0).getComments());
	}

	@Test
	void formulaErrorValuesBecomeFindingsNotData() throws Exception {
		Path file = CmrtWorkbookBuilder.cmrt("6.5").with(CmrtWorkbookBuilder.Defect.ERROR_VALUES).smelters(8, 1)
				.write(dir.resolve("errors.xlsx"));
		SupplierResponse r = CmrtReader.read(file).response();
		SmelterRow row = r.getSmelterRows().get(5);
		assertNull(row.getSmelterId());
		assertNull(row.getStandardName());
		assertTrue(r.getFindings().stream().anyMatch(f -> "CMRT-CELL-ERROR".equals(f.getCode())
				&& "F10".equals(f.getCell()) && f.getMessage().contains("#N/A")), r.getFindings().toString());
		assertTrue(r.getFindings().stream().anyMatch(f -> "R10".equals(f.getCell()) && f.getMessage().contains("#REF!")
				&& f.getMessage().startsWith("'Smelter List'!R10: ")));
	}

	@Test
	void tenThousandRowsAreRead() throws Exception {
		Path file = CmrtWorkbookBuilder.cmrt("6.5").smelters(0, 1).totalRows(10_000).write(dir.resolve("big.xlsx"));
		SupplierResponse r = CmrtReader.read(file).response();
		assertEquals(10_000, r.getSmelterRows().size());
		assertEquals(10_004, r.getSmelterRows().get(9_999).getRowNumber());
	}

	@Test
	void otherSixRevisionsShareTheLayoutAndSaySo() throws Exception {
		Path file = CmrtWorkbookBuilder.cmrt("6.3").smelters(3, 1).write(dir.resolve("63.xlsx"));
		SupplierResponse r = CmrtReader.read(file).response();
		assertEquals("6.3", r.getTemplateRevision());
		assertTrue(r.getFindings().stream().anyMatch(f -> "CMRT-REVISION-OTHER".equals(f.getCode())));
	}
}
