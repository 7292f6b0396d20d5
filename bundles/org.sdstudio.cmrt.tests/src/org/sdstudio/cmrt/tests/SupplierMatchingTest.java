package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.templates.FilingTemplates;

/** Issue 16, defect 12: different company names are never merged in silence. */
class SupplierMatchingTest {

	@TempDir
	Path dir;

	private List<CmrtImport.Applied> importFile(Filing filing, String company, String file, boolean mergeSimilar)
			throws Exception {
		Path path = CmrtWorkbookBuilder.cmrt("6.5").company(company).smelters(3, file.hashCode())
				.write(dir.resolve(file));
		return CmrtImport.apply(filing, CmrtImport.read(List.of(path), 2025, LocalDate.of(2026, 3, 1), new BasicMonitor()),
				mergeSimilar);
	}

	@Test
	void caseSpacesAndLegalFormsAloneMatch() {
		assertEquals("acme", Names.supplierKey("ACME Co., Ltd."));
		assertEquals("acme", Names.supplierKey("Acme, Inc."));
		assertEquals("acme", Names.supplierKey("  acme   GmbH "));
		assertEquals("acme", Names.supplierKey("Acme Co.,Ltd."));
		assertEquals("müller & söhne", Names.supplierKey("Müller & Söhne AG"));
		assertNotEquals(Names.supplierKey("A+B Metals Co."), Names.supplierKey("A.B. Metals Co."));
	}

	@Test
	void lookAlikeNamesStayTwoSuppliersAndTheMergeIsProposed() throws Exception {
		Filing filing = FilingTemplates.blank("Acme", 2025);
		importFile(filing, "A+B Metals Co.", "ab-plus.xlsx", false);
		CmrtImport.Applied second = importFile(filing, "A.B. Metals Co.", "ab-dots.xlsx", false).get(0);
		assertEquals(CmrtImport.Action.NEW_SUPPLIER, second.action());
		assertEquals(2, filing.getSupplyChain().getSuppliers().size());
		Supplier first = filing.getSupplyChain().getSuppliers().get(0);
		assertSame(first, second.similar(), "the look-alike is proposed");
		assertNotEquals(first.getId(), second.supplier().getId());
		assertEquals(1, first.getResponses().size(), "nothing went to the other supplier's history");

		// the user confirms: the responses move, one supplier remains
		CmrtImport.merge(second.supplier(), first);
		assertEquals(1, filing.getSupplyChain().getSuppliers().size());
		assertEquals(2, first.getResponses().size());
	}

	@Test
	void aConfirmedMergeAtImportGoesToTheLookAlike() throws Exception {
		Filing filing = FilingTemplates.blank("Acme", 2025);
		importFile(filing, "A+B Metals Co.", "ab-plus.xlsx", false);
		CmrtImport.Applied second = importFile(filing, "A.B. Metals Co.", "ab-dots.xlsx", true).get(0);
		assertEquals(1, filing.getSupplyChain().getSuppliers().size());
		assertEquals("A+B Metals Co.", second.matchedAs(), "the line can name the supplier it matched");
		assertNull(second.similar());
	}

	@Test
	void theSameNameWithOtherCaseAndLegalFormMatchesAndNamesTheSupplier() throws Exception {
		Filing filing = FilingTemplates.blank("Acme", 2025);
		importFile(filing, "Acme Co., Ltd.", "acme-1.xlsx", false);
		CmrtImport.Applied second = importFile(filing, "ACME CO LTD", "acme-2.xlsx", false).get(0);
		assertEquals(1, filing.getSupplyChain().getSuppliers().size());
		assertEquals("Acme Co., Ltd.", second.matchedAs());
	}
}
