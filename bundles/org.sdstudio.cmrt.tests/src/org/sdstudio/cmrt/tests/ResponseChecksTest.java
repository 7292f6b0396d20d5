package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sdstudio.cmrt.CmrtFile;
import org.sdstudio.cmrt.CmrtReader;
import org.sdstudio.cmrt.ResponseChecks;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Defect;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Severity;

/** Each defect of the catalogue gives its finding, with its code, cell and a message naming the cell. */
class ResponseChecksTest {

	@TempDir
	Path dir;

	static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

	private List<Finding> findings(CmrtWorkbookBuilder b) throws Exception {
		CmrtFile read = CmrtReader.read(b.write(dir.resolve("supplier.xlsx")));
		new ResponseChecks(2025, TODAY).check(read);
		return read.response().getFindings();
	}

	@Test
	void aCleanResponseHasNoFindings() throws Exception {
		List<Finding> f = findings(CmrtWorkbookBuilder.cmrt("6.5").smelters(60, 11));
		assertEquals(List.of(), f.stream().map(Finding::getMessage).toList());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ //
			"COMPANY_MISSING, CMRT-DECL-COMPANY-MISSING, Declaration, D8, ERROR",
			"SCOPE_MISSING, CMRT-DECL-SCOPE-MISSING, Declaration, D9, ERROR",
			"USER_SCOPE_WITHOUT_DESCRIPTION, CMRT-DECL-SCOPE-DESCRIPTION-MISSING, Declaration, D10, ERROR",
			"CONTACT_EMAIL_MISSING, CMRT-DECL-EMAIL-MISSING, Declaration, D16, ERROR",
			"AUTHORIZER_SAME, CMRT-DECL-AUTHORIZER-SAME, Declaration, D18, ERROR",
			"DATE_MISSING, CMRT-DECL-DATE-MISSING, Declaration, D22, ERROR",
			"DATE_FUTURE, CMRT-DECL-DATE-FUTURE, Declaration, D22, ERROR",
			"DATE_OLD, CMRT-DECL-DATE-OLD, Declaration, D22, WARNING",
			"DATE_NOT_A_DATE, CMRT-DECL-DATE-INVALID, Declaration, D22, ERROR",
			"Q1_UNANSWERED, CMRT-Q1-UNANSWERED, Declaration, D26, ERROR",
			"LATER_UNANSWERED, CMRT-QUESTION-UNANSWERED, Declaration, D46, WARNING",
			"METAL_WITHOUT_SMELTERS, CMRT-METAL-WITHOUT-SMELTERS, Declaration, D29, WARNING",
			"SMELTER_METAL_NOT_IN_SCOPE, CMRT-SMELTER-METAL-NOT-IN-SCOPE, Smelter List, B5, WARNING",
			"INVALID_ID, CMRT-SMELTER-ID-INVALID, Smelter List, F7, WARNING",
			"MISMATCHED_ID, CMRT-SMELTER-ID-MISMATCH, Smelter List, F8, WARNING",
			"FEW_KEY_COLUMNS, CMRT-SMELTER-INCOMPLETE, Smelter List, A9, WARNING",
			"NOT_YET_IDENTIFIED, CMRT-SMELTER-NOT-IDENTIFIED, Smelter List, C6, WARNING",
			"Q7_NO, CMRT-Q7-NOT-ALL-IDENTIFIED, Declaration, D64, WARNING",
			"Q6_LOW, CMRT-Q6-LOW-RESPONSE, Declaration, D58, WARNING",
			"Q3_YES, CMRT-Q3-COVERED-COUNTRIES, Declaration, D39, WARNING",
			"Q5_RECYCLED_MISMATCH, CMRT-Q5-RECYCLED-MISMATCH, Declaration, D52, WARNING",
			"COMPANY_QUESTION_NO, CMRT-COMPANY-A-NO, Declaration, D75, WARNING",
			"B_WITHOUT_URL, CMRT-COMPANY-B-NO-URL, Declaration, G77, WARNING",
			"F_NO_WITHOUT_COMMENT, CMRT-COMPANY-F-NO-COMMENT, Declaration, G85, WARNING",
			"ERROR_VALUES, CMRT-CELL-ERROR, Smelter List, F10, WARNING" })
	void eachDefectGivesItsFinding(Defect defect, String code, String sheet, String cell, Severity severity)
			throws Exception {
		List<Finding> f = findings(CmrtWorkbookBuilder.cmrt("6.5").smelters(60, 11).with(defect));
		String all = f.stream().map(x -> x.getCode() + " " + x.getMessage()).collect(Collectors.joining("\n"));
		Finding hit = f.stream().filter(x -> code.equals(x.getCode()) && cell.equals(x.getCell())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " at " + cell + " in\n" + all));
		assertEquals(sheet, hit.getSheet());
		assertEquals("supplier.xlsx", hit.getFile());
		assertEquals(severity, hit.getSeverity());
		String ref = sheet.contains(" ") ? "'" + sheet + "'!" + cell : sheet + "!" + cell;
		assertTrue(hit.getMessage().startsWith(ref + ": "), hit.getMessage());
		assertTrue(hit.getMessage().contains("Please") || code.equals("CMRT-CELL-ERROR"), hit.getMessage());
	}

	@Test
	void idNotOnTheLookUpSheetIsReported() throws Exception {
		CmrtFile read = CmrtReader.read(CmrtWorkbookBuilder.cmrt("6.5").smelters(5, 2).write(dir.resolve("s.xlsx")));
		read.response().getSmelterRows().get(0).setSmelterId("CID000001");
		new ResponseChecks(2025, TODAY).check(read);
		assertTrue(read.response().getFindings().stream()
				.anyMatch(x -> "CMRT-SMELTER-ID-UNKNOWN".equals(x.getCode()) && "F5".equals(x.getCell())));
	}
}
