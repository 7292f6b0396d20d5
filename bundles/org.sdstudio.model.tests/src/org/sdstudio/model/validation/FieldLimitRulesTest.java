package org.sdstudio.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.model.validation.FindingAssertions.assertNoFindings;
import static org.sdstudio.model.validation.FindingAssertions.assertOnly;
import static org.sdstudio.model.validation.FindingAssertions.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Run;
import org.sdstudio.model.Severity;
import org.sdstudio.model.io.FilingFiles;

/** Issue 16, defects 10, 11 and 14: what the export refuses is a validator finding; every field has a limit. */
class FieldLimitRulesTest {

	@TempDir
	Path dir;

	@Test
	void theValidFilingHasNoTextFindings() {
		assertNoFindings(check(TestFilings.validFiling()));
	}

	@Test
	void anExhibitDescriptionOverEdgarsLimitIsAnError() {
		Filing filing = TestFilings.validFiling();
		filing.getExhibits().get(0).setDescription("d".repeat(300));
		Finding f = assertOnly(check(filing), FilingRule.TEXT_TOO_LONG, Severity.ERROR, filing.getExhibits().get(0));
		assertEquals("exhibits[1].description has 300 characters; EDGAR allows at most 255.", f.getMessage());
	}

	@Test
	void aHugeRegistrantNameIsAnErrorNotADocument() {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().setName("N".repeat(50 << 20));
		Finding f = assertOnly(check(filing), FilingRule.TEXT_TOO_LONG, Severity.ERROR, filing.getRegistrant());
		assertEquals("registrant.name has 52428800 characters; SD Studio allows at most 150.", f.getMessage());
	}

	@Test
	void everyTextFieldHasALimit() {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().getAddress().setCity("c".repeat(FieldLimitRules.ONE_LINE + 1));
		assertOnly(check(filing), FilingRule.TEXT_TOO_LONG, Severity.ERROR, filing.getRegistrant().getAddress());
		filing = TestFilings.validFiling();
		Run run = (Run) filing.getReport().getSections().get(0).getBody().eAllContents().next().eContents().get(0);
		run.setText("t".repeat(FieldLimitRules.LONG_TEXT + 1));
		assertOnly(check(filing), FilingRule.TEXT_TOO_LONG, Severity.ERROR, run);
	}

	@Test
	void c1ControlCharactersInTheRegistrantNameAreErrors() {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().setName("Inogen\u0085\u009B, Inc.");
		Finding f = assertOnly(check(filing), FilingRule.TEXT_CONTROL_CHARACTER, Severity.ERROR,
				filing.getRegistrant());
		assertEquals("registrant.name contains the control character U+0085 at position 7, which no EDGAR document "
				+ "can hold; remove it.", f.getMessage());
		assertEquals("registrant.name", f.getField());
	}

	@Test
	void aNotificationAddressWithAQuoteIsAnError() {
		Filing filing = TestFilings.validFiling();
		filing.getSubmission().getNotificationEmails().add("\"sec filings\"@inogen.net");
		Finding f = assertOnly(check(filing), FilingRule.SUBMISSION_NOTIFICATION_EMAIL, Severity.ERROR,
				filing.getSubmission());
		assertTrue(f.getMessage().contains("no spaces, quotes"), f.getMessage());
	}

	@Test
	void aSectionIdThatCannotBeAnAnchorIsAnError() {
		Filing filing = TestFilings.validFiling();
		filing.getReport().getSections().get(0).setId("1st section");
		assertOnly(check(filing), FilingRule.REPORT_SECTION_ID_FORMAT, Severity.ERROR,
				filing.getReport().getSections().get(0));
	}

	@Test
	void anXml11FilingWithControlCharacterReferencesLoadsAndIsFlagged() throws Exception {
		Path file = dir.resolve("x.sdfiling");
		FilingFiles.save(TestFilings.validFiling(), file);
		String xml = Files.readString(file, StandardCharsets.UTF_8).replace("<?xml version=\"1.0\"", "<?xml version=\"1.1\"")
				.replace("name=\"Inogen, Inc.\"", "name=\"Inogen&#1;&#x1B;[2J, Inc.\"");
		assertTrue(xml.contains("&#1;"), "the test changes the registrant's name");
		Files.writeString(file, xml, StandardCharsets.UTF_8);
		Filing filing = FilingFiles.load(file);
		Finding f = assertOnly(check(filing), FilingRule.TEXT_CONTROL_CHARACTER, Severity.ERROR,
				filing.getRegistrant());
		assertTrue(f.getMessage().contains("U+0001 at position 7"), f.getMessage());
	}

	@Test
	void supplierDataIsNotCheckedAsDocumentText() {
		Filing filing = TestFilings.validFiling();
		filing.setSupplyChain(org.sdstudio.model.SdStudioFactory.eINSTANCE.createSupplyChain());
		org.sdstudio.model.Supplier s = org.sdstudio.model.SdStudioFactory.eINSTANCE.createSupplier();
		s.setId("s1");
		s.setName("Bad\u0007 name");
		filing.getSupplyChain().getSuppliers().add(s);
		assertNoFindings(check(filing));
	}
}
