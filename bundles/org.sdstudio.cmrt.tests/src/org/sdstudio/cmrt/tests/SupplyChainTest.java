package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.cmrt.AnnexRebuild;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.Consolidation;
import org.sdstudio.cmrt.Facility;
import org.sdstudio.cmrt.FollowUpExport;
import org.sdstudio.cmrt.RiskFlags;
import org.sdstudio.cmrt.StatusListOptions;
import org.sdstudio.cmrt.StatusListReader;
import org.sdstudio.cmrt.StatusLists;
import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Defect;
import org.sdstudio.model.AnnexSortOrder;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplyChain;

/** Suppliers and their history, consolidation, status lists, Annex A rebuild, follow-up export. */
class SupplyChainTest {

	@TempDir
	Path dir;

	static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

	private Filing filing() {
		Filing f = SdStudioFactory.eINSTANCE.createFiling();
		f.setReportingYear(2025);
		return f;
	}

	private List<CmrtImport.Applied> importFiles(Filing filing, Path... files) {
		List<CmrtImport.FileResult> read = CmrtImport.read(List.of(files), 2025, TODAY, new BasicMonitor());
		read.forEach(r -> assertTrue(r.ok(), () -> r.failure().getMessage()));
		return CmrtImport.apply(filing, read);
	}

	@Test
	void supplierNamesAreNormalised() {
		assertEquals("acme", Names.companyKey("ACME Co., Ltd."));
		assertEquals("acme", Names.companyKey("Acme, Inc."));
		assertEquals("acme", Names.companyKey("  acme   GmbH "));
		assertEquals("muller and sohne", Names.companyKey("Müller & Söhne AG"));
	}

	@Test
	void newerResponseReplacesTheCurrentOneAndKeepsHistory() throws Exception {
		Filing filing = filing();
		Path march = CmrtWorkbookBuilder.cmrt("6.4").company("Acme Co., Ltd.").effectiveDate(LocalDate.of(2026, 1, 10))
				.smelters(10, 1).write(dir.resolve("acme-jan.xlsx"));
		Path may = CmrtWorkbookBuilder.cmrt("6.5").company("ACME CO LTD").effectiveDate(LocalDate.of(2026, 3, 2))
				.smelters(20, 2).write(dir.resolve("acme-mar.xlsx"));
		assertEquals(CmrtImport.Action.NEW_SUPPLIER, importFiles(filing, march).get(0).action());
		assertEquals(CmrtImport.Action.REPLACED, importFiles(filing, may).get(0).action());
		Supplier s = filing.getSupplyChain().getSuppliers().get(0);
		assertEquals(1, filing.getSupplyChain().getSuppliers().size());
		assertEquals(2, s.getResponses().size());
		assertEquals("acme-mar.xlsx", s.getCurrentResponse().getFileName());
		// an older response arriving later goes to the history only
		Path old = CmrtWorkbookBuilder.cmrt("6.31").company("Acme Co., Ltd.").effectiveDate(LocalDate.of(2025, 6, 1))
				.smelters(5, 3).write(dir.resolve("acme-2025.xlsx"));
		assertEquals(CmrtImport.Action.HISTORY, importFiles(filing, old).get(0).action());
		assertEquals("acme-mar.xlsx", s.getCurrentResponse().getFileName());
		// the same file again changes nothing
		int responses = s.getResponses().size();
		Path copy = Files.copy(may, dir.resolve("acme-copy.xlsx"));
		assertEquals(CmrtImport.Action.UNCHANGED, importFiles(filing, copy).get(0).action());
		assertEquals(responses, s.getResponses().size());
	}

	@Test
	void consolidationGroupsByIdAndNameAndCountsNotYetIdentified() throws Exception {
		Filing filing = filing();
		Path a = CmrtWorkbookBuilder.cmrt("6.5").company("Alpha Inc.").smelters(30, 5).with(Defect.NOT_YET_IDENTIFIED)
				.write(dir.resolve("a.xlsx"));
		Path b = CmrtWorkbookBuilder.cmrt("6.5").company("Beta GmbH").smelters(30, 5).write(dir.resolve("b.xlsx"));
		importFiles(filing, a, b);
		Consolidation.Result r = Consolidation.of(filing.getSupplyChain());
		// same 30 facts in both: 30 facilities; the not-yet-identified row of Alpha is counted, not a facility
		assertEquals(30, r.facilities().size());
		Supplier alpha = filing.getSupplyChain().getSuppliers().get(0);
		assertEquals(1, r.notYetIdentified().get(alpha));
		long both = r.facilities().stream().filter(f -> f.reportedBy().size() == 2).count();
		assertEquals(29, both);
		// without an ID, rows group by metal + normalised name + country
		filing.getSupplyChain().getSuppliers().get(1).getCurrentResponse().getSmelterRows().forEach(row -> {
			row.setSmelterId(null);
			row.setSmelterIdInput(null);
			row.setLookupName(row.getLookupName() == null ? null : row.getLookupName().toUpperCase());
		});
		Consolidation.Result r2 = Consolidation.of(filing.getSupplyChain());
		assertEquals(29 + 30, r2.facilities().size(), "ID groups (Alpha) and name groups (Beta) are separate");
		assertTrue(r2.facilities().stream().filter(f -> f.smelterId() == null).allMatch(f -> f.reportedBy().size() == 1));
	}

	@Test
	void statusListCsvWithQuotesBomAndHeadersInAnyOrder() throws Exception {
		Path csv = dir.resolve("rmi-conformant.csv");
		Files.writeString(csv, "\uFEFFRMI export\r\nAs of: 15-Jan-2026\r\n\r\n"
				+ "Country Location,Metal,Standard Smelter Name,Smelter ID,RMAP Status,Last Audit Date\r\n"
				+ "ITALY,Gold,\"8853 S.p.A.\",CID900001,Conformant,2025-06-30\r\n"
				+ "CHINA,Tin,\"Name, with \"\"comma\"\"\",CID900002,Active,\r\n"
				+ "PERU,Tin,Minsur,CID900003,Non Conformant,2024-01-01\r\n"
				+ "X,Tin,Y,CID900004,In communication,\r\n", StandardCharsets.UTF_8);
		// the "In communication" row cannot be read: skipped only because the user accepts it (issue 16)
		StatusListReader.Result r = StatusListReader.read(csv, null, StatusListOptions.DEFAULTS.withSkipBadRows(true));
		assertEquals(LocalDate.of(2026, 1, 15), r.list().getAsOfDate());
		assertTrue(r.asOfSource().contains("As of"));
		assertEquals(3, r.list().getEntries().size());
		assertEquals(1, r.skippedRows());
		assertEquals("Name, with \"comma\"", r.list().getEntries().get(1).getFacilityName());
		assertEquals(ComplianceStatus.NON_CONFORMANT, r.list().getEntries().get(2).getStatus());
		assertEquals(LocalDate.of(2025, 6, 30), r.list().getEntries().get(0).getStatusDate());
		assertEquals(LocalDate.of(2026, 2, 1), StatusListReader.read(csv, LocalDate.of(2026, 2, 1),
				StatusListOptions.DEFAULTS.withSkipBadRows(true)).list().getAsOfDate());
	}

	@Test
	void statusListXlsx() throws Exception {
		Path x = dir.resolve("facilities-2026-02-03.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); var out = Files.newOutputStream(x)) {
			var s = book.createSheet("Export");
			String[][] rows = { { "Facility ID", "Facility Name", "Metal", "Country", "Assessment Status" },
					{ "CID900010", "Tungsten Works", "Tungsten", "VIET NAM", "Active" } };
			for (int i = 0; i < rows.length; i++) {
				var row = s.createRow(i + 2);
				for (int c = 0; c < rows[i].length; c++) {
					row.createCell(c).setCellValue(rows[i][c]);
				}
			}
			book.write(out);
		}
		StatusListReader.Result r = StatusListReader.read(x, null);
		assertEquals(LocalDate.of(2026, 2, 3), r.list().getAsOfDate(), "from the file name");
		assertEquals(Metal.TUNGSTEN, r.list().getEntries().get(0).getMetal());
		assertEquals(ComplianceStatus.ACTIVE, r.list().getEntries().get(0).getStatus());
	}

	@Test
	void annexRebuildPlansThenAppliesKeepingManualRows() throws Exception {
		Filing filing = filing();
		CmrtWorkbookBuilder b = CmrtWorkbookBuilder.cmrt("6.5").company("Alpha Inc.").smelters(12, 9);
		importFiles(filing, b.write(dir.resolve("a.xlsx")));
		List<SmelterFacts.Fact> facts = b.facts();
		// a status list naming the first fact Conformant and the second Non-Conformant
		Path csv = Files.writeString(dir.resolve("list.csv"), "Smelter ID,Metal,Status\n" + facts.get(0).id() + ","
				+ facts.get(0).metal() + ",Conformant\n" + facts.get(1).id() + "," + facts.get(1).metal()
				+ ",Non-Conformant\n");
		StatusLists.apply(filing, StatusListReader.read(csv, LocalDate.of(2026, 1, 31)).list());
		ConflictMineralsReport report = SdStudioFactory.eINSTANCE.createConflictMineralsReport();
		report.setAnnexA(SdStudioFactory.eINSTANCE.createAnnexA());
		filing.setReport(report);
		SmelterEntry stale = entry(Metal.GOLD, "Old Refinery", "GERMANY", false, false);
		SmelterEntry excluded = entry(Metal.GOLD, "Excluded Refinery", "JAPAN", true, false);
		excluded.setExclusionReason("not in our products");
		SmelterEntry manual = entry(Names.metal(facts.get(2).metal()), facts.get(2).name(), facts.get(2).country(),
				false, true);
		manual.setStatus(ComplianceStatus.ACTIVE);
		report.getAnnexA().getRows().addAll(List.of(stale, excluded, manual));

		AnnexRebuild.Plan plan = AnnexRebuild.plan(filing);
		assertEquals(11, plan.of(AnnexRebuild.Kind.ADDED).size());
		assertEquals(List.of(stale), plan.of(AnnexRebuild.Kind.REMOVED).stream().map(c -> c.existing()).toList());
		assertEquals(1, plan.of(AnnexRebuild.Kind.KEPT_EXCLUDED).size());
		assertEquals(1, plan.of(AnnexRebuild.Kind.KEPT_MANUAL).size());
		assertEquals(3, report.getAnnexA().getRows().size(), "planning changes nothing");

		plan.apply(filing);
		List<SmelterEntry> rows = report.getAnnexA().getRows();
		assertEquals(13, rows.size());
		assertTrue(rows.contains(excluded) && excluded.isExcluded());
		assertEquals("not in our products", excluded.getExclusionReason());
		assertEquals(ComplianceStatus.ACTIVE, manual.getStatus(), "manual edits kept");
		assertEquals(1, manual.getReportedBy().size());
		SmelterEntry first = rows.stream().filter(e -> facts.get(0).id().equals(e.getSmelterId())).findFirst().get();
		assertEquals(ComplianceStatus.CONFORMANT, first.getStatus());
		assertTrue(first.getStatusSource().contains("list.csv"));
		SmelterEntry second = rows.stream().filter(e -> facts.get(1).id().equals(e.getSmelterId())).findFirst().get();
		assertTrue(RiskFlags.of(second, filing.getSupplyChain()).contains(RiskFlags.Flag.NON_CONFORMANT));
		assertEquals(LocalDate.of(2026, 1, 31), report.getAnnexA().getRmiListDate());
		for (int i = 1; i < rows.size(); i++) {
			assertTrue(AnnexRebuild.ENTRY_ORDER.compare(rows.get(i - 1), rows.get(i)) <= 0, "sorted metal, name");
		}
		// a second plan against the applied annex changes nothing
		assertTrue(!AnnexRebuild.plan(filing).changesAnything());
	}

	@Test
	void manualOrderKeepsRowsAndAppendsNewOnes() throws Exception {
		Filing filing = filing();
		importFiles(filing, CmrtWorkbookBuilder.cmrt("6.5").smelters(4, 2).write(dir.resolve("a.xlsx")));
		ConflictMineralsReport report = SdStudioFactory.eINSTANCE.createConflictMineralsReport();
		report.setAnnexA(SdStudioFactory.eINSTANCE.createAnnexA());
		report.getAnnexA().setSortOrder(AnnexSortOrder.MANUAL);
		filing.setReport(report);
		SmelterEntry z = entry(Metal.TUNGSTEN, "Zeta", "CHINA", false, true);
		SmelterEntry a = entry(Metal.GOLD, "Alpha", "CHINA", false, true);
		report.getAnnexA().getRows().addAll(List.of(z, a));
		AnnexRebuild.plan(filing).apply(filing);
		assertSame(z, report.getAnnexA().getRows().get(0));
		assertSame(a, report.getAnnexA().getRows().get(1));
		assertEquals(6, report.getAnnexA().getRows().size());
	}

	@Test
	void riskFlags() {
		SupplyChain chain = SdStudioFactory.eINSTANCE.createSupplyChain();
		assertEquals(Set.of(RiskFlags.Flag.COVERED_COUNTRY, RiskFlags.Flag.STATUS_UNKNOWN),
				RiskFlags.of("CONGO, DEMOCRATIC REPUBLIC OF THE", ComplianceStatus.UNKNOWN, null, chain));
		assertEquals(Set.of(RiskFlags.Flag.HIGH_RISK_COUNTRY),
				RiskFlags.of("RUSSIAN FEDERATION", ComplianceStatus.CONFORMANT, null, chain));
		assertEquals(Set.of(), RiskFlags.of("JAPAN", ComplianceStatus.ACTIVE, "CID000001", chain));
	}

	@Test
	void followUpExportNeutralisesFormulas() throws Exception {
		Filing filing = filing();
		importFiles(filing, CmrtWorkbookBuilder.cmrt("6.5").with(Defect.FORMULA_TEXT, Defect.CONTACT_EMAIL_MISSING)
				.smelters(5, 1).write(dir.resolve("evil.xlsx")));
		List<List<String>> rows = FollowUpExport.rows(filing.getSupplyChain());
		assertTrue(rows.stream().anyMatch(r -> r.get(6).equals("CMRT-DECL-EMAIL-MISSING")
				&& r.get(0).startsWith("=HYPERLINK")));
		StringWriter csv = new StringWriter();
		FollowUpExport.writeCsv(rows, csv);
		assertTrue(csv.toString().contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Click\"\")\""), csv.toString());
		assertTrue(csv.toString().lines().skip(1).noneMatch(l -> l.startsWith("=")));
		assertEquals("'+1", FollowUpExport.safe("+1"));
		assertEquals("'@SUM(1)", FollowUpExport.safe("@SUM(1)"));
		assertEquals("'-2", FollowUpExport.safe("-2"));
		Path x = dir.resolve("follow-up.xlsx");
		FollowUpExport.write(filing.getSupplyChain(), x);
		try (XSSFWorkbook book = new XSSFWorkbook(x.toFile())) {
			XSSFCell c = book.getSheetAt(0).getRow(1).getCell(0);
			assertEquals(CellType.STRING, c.getCellType());
			assertTrue(c.getStringCellValue().startsWith("=HYPERLINK"));
		}
	}

	@Test
	void facilityStatusWithoutListIsUnknown() throws Exception {
		Filing filing = filing();
		importFiles(filing, CmrtWorkbookBuilder.cmrt("6.5").smelters(3, 2).write(dir.resolve("a.xlsx")));
		Facility f = Consolidation.of(filing.getSupplyChain()).facilities().get(0);
		StatusLists.Resolution r = StatusLists.resolve(f, filing.getSupplyChain());
		assertEquals(ComplianceStatus.UNKNOWN, r.status());
		assertNull(r.date());
	}

	private static SmelterEntry entry(Metal metal, String name, String country, boolean excluded, boolean manual) {
		SmelterEntry e = SdStudioFactory.eINSTANCE.createSmelterEntry();
		e.setMetal(metal);
		e.setFacilityName(name);
		e.setCountry(country);
		e.setExcluded(excluded);
		e.setManuallyEdited(manual);
		return e;
	}
}
