package org.sdstudio.edgar.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.EdgarExport;
import org.eclipse.emf.common.util.BasicMonitor;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.edgar.HtmlRule;
import org.sdstudio.edgar.PackageCheck;
import org.sdstudio.edgar.internal.SubmissionSchema;
import org.sdstudio.edgar.internal.SubmissionXml;
import org.sdstudio.edgar.internal.SubmissionXml.Entry;
import org.sdstudio.edgar.internal.SubmissionXml.Filer;
import org.sdstudio.edgar.internal.SubmissionXml.Header;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormType;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.io.FilingFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code submission.xml} in EDGAR's SD structure: every element in its namespace, place and order; SD and SD/A; both
 * rules; co-registrants; the CCC given for one export and never in the filing file; the documents carried.
 */
class SubmissionXmlTest {

	private static final String SDFILER = "http://www.sec.gov/edgar/sdfiler";
	private static final String COMMON = "http://www.sec.gov/edgar/common";
	private static final String CCC = "x9#kQ2@w";

	@TempDir
	Path dir;

	private static List<String> names(Element parent) {
		return Fixtures.children(parent).stream().map(Element::getLocalName).toList();
	}

	private static void assertNamespace(String namespace, Element element) {
		assertEquals(namespace, element.getNamespaceURI(), element.getLocalName());
	}

	@Test
	void theExamplesSubmissionHasEveryElementInItsPlaceAndOrder() throws Exception {
		Filing filing = Fixtures.example();
		ExportResult result = new EdgarExport().export(filing, dir, ExportOptions.defaults().withCcc(CCC),
				new BasicMonitor());
		assertTrue(result.isWritten());
		assertFalse(result.lacksCcc());
		assertEquals(List.of(), result.violations());
		Document doc = Fixtures.xmlNs(dir.resolve("submission.xml"));
		Element root = doc.getDocumentElement();
		assertNamespace(SDFILER, root);
		assertEquals("edgarSubmission", root.getLocalName());
		assertEquals(List.of("liveTestFlag", "contact", "submissionType", "filer", "rule13", "notifications",
				"documents"), names(root));
		Fixtures.children(root).forEach(e -> assertNamespace(SDFILER, e));
		assertEquals("TEST", Fixtures.text(Fixtures.child(root, "liveTestFlag")));
		assertEquals("SD", Fixtures.text(Fixtures.child(root, "submissionType")));

		Element contact = Fixtures.child(root, "contact");
		assertEquals(List.of("name", "phoneNumber"), names(contact));
		Fixtures.children(contact).forEach(e -> assertNamespace(COMMON, e));
		assertEquals(filing.getSubmission().getContactName(), Fixtures.text(Fixtures.child(contact, "name")));
		assertTrue(Fixtures.text(Fixtures.child(contact, "phoneNumber")).matches("[A-Za-z0-9-]{1,20}"));

		Element filer = Fixtures.child(root, "filer");
		assertEquals(List.of("filerId", "filerCcc", "fileNumber"), names(filer));
		assertEquals("0002984417", Fixtures.text(Fixtures.child(filer, "filerId")));
		assertEquals(CCC, Fixtures.text(Fixtures.child(filer, "filerCcc")));
		assertEquals(filing.getRegistrant().getCommissionFileNumber(), Fixtures.text(Fixtures.child(filer, "fileNumber")));

		Element rule13 = Fixtures.child(root, "rule13");
		assertEquals(List.of("rule13P1"), names(rule13));
		Element p1 = Fixtures.child(rule13, "rule13P1");
		assertEquals(List.of("rule13P1ItemPeriod", "rule13P1ItemPeriod"), names(p1));
		List<String> items = Fixtures.children(p1).stream()
				.map(e -> String.join(",", names(e)) + "=" + Fixtures.text(Fixtures.child(e, "rule13P1Item")) + " "
						+ Fixtures.text(Fixtures.child(e, "period")))
				.toList();
		assertEquals(List.of("rule13P1Item,period=1.01 12-31-2025", "rule13P1Item,period=1.02 12-31-2025"), items);

		Element notifications = Fixtures.child(root, "notifications");
		assertEquals(List.of("internetNotificationAddress", "internetNotificationAddress"), names(notifications));
		Fixtures.children(notifications).forEach(e -> assertNamespace(COMMON, e));
		assertEquals(filing.getSubmission().getNotificationEmails(),
				Fixtures.children(notifications).stream().map(Fixtures::text).toList());

		List<Element> documents = Fixtures.children(Fixtures.child(root, "documents"));
		assertEquals(2, documents.size());
		for (Element document : documents) {
			assertNamespace(COMMON, document);
			assertEquals("document", document.getLocalName());
			assertEquals(List.of("conformedName", "conformedDocumentType", "description", "contents"), names(document));
			Fixtures.children(document).forEach(e -> assertNamespace(COMMON, e));
			String name = Fixtures.text(Fixtures.child(document, "conformedName"));
			byte[] contents = Base64.getMimeDecoder().decode(Fixtures.child(document, "contents").getTextContent());
			assertArrayEquals(Files.readAllBytes(dir.resolve(name)), contents, name + " decodes to the written file");
		}
		assertEquals(List.of("halcyon-sd.htm SD", "halcyon-ex101.htm EX-1.01"), documents.stream()
				.map(d -> Fixtures.text(Fixtures.child(d, "conformedName")) + " "
						+ Fixtures.text(Fixtures.child(d, "conformedDocumentType")))
				.toList());
		// valid against the schema written from EDGAR's facts, and the package check passes
		assertEquals(List.of(), SubmissionXml.validate(Files.readAllBytes(dir.resolve("submission.xml")),
				SubmissionSchema.get()));
		assertTrue(PackageCheck.of(List.of(dir)).passed(), () -> PackageCheck.of(List.of(dir)).violations().toString());
	}

	@Test
	void theCccIsUsedForOneExportAndNeverEntersTheFilingFile() throws Exception {
		Path file = Files.copy(Fixtures.HALCYON_2025, dir.resolve("halcyon.sdfiling"));
		Filing filing = FilingFiles.load(file);
		ExportOptions options = ExportOptions.defaults().withCcc(CCC);
		assertFalse(options.toString().contains(CCC), "never shown");
		new EdgarExport().export(filing, dir.resolve("out"), options, new BasicMonitor());
		assertTrue(Files.readString(dir.resolve("out/submission.xml")).contains("<filerCcc>" + CCC + "</filerCcc>"));
		FilingFiles.save(filing, file);
		assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains(CCC), "not in the filing file");
		// the next export without one does not remember it
		new EdgarExport().export(filing, dir.resolve("again"), ExportOptions.defaults(), new BasicMonitor());
		assertFalse(Files.readString(dir.resolve("again/submission.xml")).contains(CCC));
	}

	@Test
	void withoutTheCccTheFileSaysSoAndTheCheckerReportsIt() throws Exception {
		new EdgarExport().export(Fixtures.example(), dir, ExportOptions.defaults(), new BasicMonitor());
		String xml = Files.readString(dir.resolve("submission.xml"));
		assertFalse(xml.contains("filerCcc>"), "no element, no made-up value");
		assertTrue(xml.matches("(?s).*<filerId>0002984417</filerId>\\s*<!--filerCcc: NOT GIVEN\\. EDGAR requires.*"),
				xml.substring(0, 600));
		var errors = SubmissionXml.validate(xml.getBytes(StandardCharsets.UTF_8), SubmissionSchema.get());
		assertFalse(errors.isEmpty(), "the schema requires filerCcc");
		assertTrue(errors.stream().allMatch(e -> SubmissionXml.isMissingCcc(e.getMessage())), errors.toString());
		PackageCheck check = PackageCheck.of(List.of(dir));
		assertEquals(List.of("submission.xml"), check.violations().stream().map(v -> v.file()).toList());
		assertEquals(HtmlRule.SUBMISSION, check.violations().get(0).rule());
		assertTrue(check.violations().get(0).message().startsWith("no filerCcc"), check.violations().toString());
	}

	@Test
	void anAmendmentUnderBothRulesWithCoRegistrants() throws Exception {
		Filing filing = Fixtures.example();
		filing.setFormType(FormType.SD_A);
		RuleSelection q1 = SdStudioFactory.eINSTANCE.createRuleSelection();
		q1.setRule(DisclosureRule.RULE_13Q_1);
		q1.setPeriodEnd(LocalDate.of(2025, 6, 30));
		filing.getRules().add(q1);
		Header fromFiling = SubmissionXml.header(filing, CCC);
		assertEquals("SD/A", fromFiling.submissionType());
		assertEquals(LocalDate.of(2025, 6, 30), fromFiling.rule13q1Period());
		Header header = new Header(true, fromFiling.contactName(), "(303) 555-0148", "SD/A", "0002984417-25-000007",
				fromFiling.filer(), List.of(new Filer("0001234567", "c0reg#01", "001-11111"),
						new Filer("7654321", "c0reg#02", null)),
				fromFiling.rule13p1Items(), fromFiling.rule13p1Period(), fromFiling.rule13q1Period(),
				List.of("filings@halcyon.example"));
		byte[] sd = "<html><body><p>SD/A</p></body></html>".getBytes(StandardCharsets.US_ASCII);
		byte[] ex = "<html><body><p>EX</p></body></html>".getBytes(StandardCharsets.US_ASCII);
		byte[] xml = SubmissionXml.write(header, List.of(new Entry("acme-sda.htm", "SD/A", null, sd),
				new Entry("acme-ex101.htm", "EX-1.01", "Conflict Minerals Report", ex)), SubmissionSchema.get());
		assertEquals(List.of(), SubmissionXml.validate(xml, SubmissionSchema.get()));
		Path file = Files.write(dir.resolve("submission.xml"), xml);
		Element root = Fixtures.xmlNs(file).getDocumentElement();
		assertEquals(List.of("liveTestFlag", "contact", "submissionType", "accessionNumber", "filer", "coregs",
				"rule13", "notifications", "documents"), names(root));
		assertEquals("LIVE", Fixtures.text(Fixtures.child(root, "liveTestFlag")));
		assertEquals("303-555-0148", Fixtures.text(Fixtures.child(Fixtures.child(root, "contact"), "phoneNumber")));
		assertEquals("0002984417-25-000007", Fixtures.text(Fixtures.child(root, "accessionNumber")));
		List<Element> coregs = Fixtures.children(Fixtures.child(root, "coregs"));
		assertEquals(List.of("filer", "filer"), coregs.stream().map(Element::getLocalName).toList());
		assertEquals(List.of("filerId", "filerCcc", "fileNumber"), names(coregs.get(0)));
		assertEquals(List.of("filerId", "filerCcc"), names(coregs.get(1)));
		assertEquals("7654321", Fixtures.text(Fixtures.child(coregs.get(1), "filerId")));
		Element rule13 = Fixtures.child(root, "rule13");
		assertEquals(List.of("rule13P1", "rule13Q1"), names(rule13));
		Element rule13q1 = Fixtures.child(rule13, "rule13Q1");
		assertEquals(List.of("rule13Q1Item", "period", "resourceExtIssuer"), names(rule13q1));
		assertEquals(List.of("2.01", "06-30-2025", "Y"), Fixtures.children(rule13q1).stream().map(Fixtures::text).toList());
		List<Element> documents = Fixtures.children(Fixtures.child(root, "documents"));
		assertEquals(List.of("conformedName", "conformedDocumentType", "contents"), names(documents.get(0)),
				"no description when none is given");
		assertEquals("SD/A", Fixtures.text(Fixtures.child(documents.get(0), "conformedDocumentType")));
		assertArrayEquals(ex, Base64.getMimeDecoder().decode(Fixtures.child(documents.get(1), "contents").getTextContent()));
	}

	@Test
	void valuesOutsideEdgarsLimitsAreRefusedWithoutShowingTheCcc() throws Exception {
		Header good = SubmissionXml.header(Fixtures.example(), CCC);
		List<Entry> docs = List.of(new Entry("a.htm", "SD", null, new byte[] { 'x' }));
		IOException shortCcc = assertThrows(IOException.class, () -> SubmissionXml.write(new Header(false, null, null,
				"SD", null, new Filer("2984417", "short7c", null), List.of(), List.of("1.01"), LocalDate.of(2025, 12, 31),
				null, List.of()), docs, SubmissionSchema.get()));
		assertTrue(shortCcc.getMessage().contains("8 characters"), shortCcc.getMessage());
		assertFalse(shortCcc.getMessage().contains("short7c"), "the CCC is never shown");
		IOException accession = assertThrows(IOException.class, () -> SubmissionXml.write(new Header(false, null, null,
				"SD/A", "2025-123", good.filer(), List.of(), good.rule13p1Items(), good.rule13p1Period(), null, List.of()),
				docs, SubmissionSchema.get()));
		assertTrue(accession.getMessage().contains("2025-123"), accession.getMessage());
		IOException phone = assertThrows(IOException.class, () -> SubmissionXml.write(new Header(false, null,
				"+1 (303) 555-0148 extension 12345", "SD", null, good.filer(), List.of(), good.rule13p1Items(),
				good.rule13p1Period(), null, List.of()), docs, SubmissionSchema.get()));
		assertTrue(phone.getMessage().contains("contact phone"), phone.getMessage());
	}

	/** Every element of EDGAR's SD structure, optional ones included, in EDGAR's order. */
	private static final String EVERY_ELEMENT = """
			<edgarSubmission xmlns="http://www.sec.gov/edgar/sdfiler" xmlns:com="http://www.sec.gov/edgar/common">
			  <schemaVersion>X0101</schemaVersion>
			  <liveTestFlag>LIVE</liveTestFlag>
			  <flag><confirmingCopyFlag>false</confirmingCopyFlag><overrideInternetFlag>false</overrideInternetFlag><returnCopyFlag>true</returnCopyFlag></flag>
			  <contact><com:name>Dana Whitfield</com:name><com:phoneNumber>303-555-0148</com:phoneNumber></contact>
			  <submissionType>SD/A</submissionType>
			  <accessionNumber>0002984417-25-000007</accessionNumber>
			  <filer><filerId>2984417</filerId><filerCcc>x9#kQ2@w</filerCcc><fileNumber>001-36309-A1</fileNumber></filer>
			  <coregs><filer><filerId>1234567</filerId><filerCcc>c0reg#01</filerCcc></filer></coregs>
			  <rule13>
			    <rule13P1><rule13P1ItemPeriod><rule13P1Item>1.01</rule13P1Item><period>12-31-2025</period></rule13P1ItemPeriod><rule13P1ItemPeriod><rule13P1Item>1.02</rule13P1Item><period>12-31-2025</period></rule13P1ItemPeriod></rule13P1>
			    <rule13Q1><rule13Q1Item>2.01</rule13Q1Item><period>6-30-2025</period><resourceExtIssuer>Y</resourceExtIssuer></rule13Q1>
			  </rule13>
			  <notifications><com:internetNotificationAddress>a@b.example</com:internetNotificationAddress></notifications>
			  <moduleSegments/>
			  <documents><com:document><com:conformedName>acme-sd.htm</com:conformedName><com:conformedDocumentType>SD/A</com:conformedDocumentType><com:description>Form SD/A</com:description><com:contents>PGh0bWw+PC9odG1sPg==</com:contents></com:document></documents>
			</edgarSubmission>
			""";

	@Test
	void theSchemaTakesEveryElementInEdgarsOrderAndNothingElse() throws Exception {
		assertEquals(List.of(), SubmissionXml.validate(EVERY_ELEMENT.getBytes(StandardCharsets.UTF_8),
				SubmissionSchema.get()));
		String[][] breaks = { { "<liveTestFlag>LIVE</liveTestFlag>", "<liveTestFlag>YES</liveTestFlag>" },
				{ "<period>12-31-2025</period>", "<period>2025-12-31</period>" },
				{ "<filerCcc>x9#kQ2@w</filerCcc>", "<filerCcc>x9#kQ2@</filerCcc>" },
				{ "<filerId>2984417</filerId>", "<filerId>CIK2984417</filerId>" },
				{ "<rule13P1Item>1.02</rule13P1Item>", "<rule13P1Item>2.01</rule13P1Item>" },
				{ "<resourceExtIssuer>Y</resourceExtIssuer>", "<resourceExtIssuer>true</resourceExtIssuer>" },
				{ "<com:name>Dana Whitfield</com:name>", "<name>Dana Whitfield</name>" },
				{ "<com:phoneNumber>303-555-0148</com:phoneNumber>", "<com:phoneNumber>(303) 555-0148</com:phoneNumber>" },
				{ "<com:conformedName>acme-sd.htm</com:conformedName>", "<com:conformedName>-acme.html</com:conformedName>" },
				{ "<com:internetNotificationAddress>a@b.example<", "<com:internetNotificationAddress>a@b<" },
				{ "<schemaVersion>X0101</schemaVersion>", "<schemaVersion>1.0</schemaVersion>" },
				// out of order: submissionType before contact
				{ "<contact><com:name>Dana Whitfield</com:name><com:phoneNumber>303-555-0148</com:phoneNumber></contact>\n"
						+ "  <submissionType>SD/A</submissionType>", "<submissionType>SD/A</submissionType>\n  <contact>"
								+ "<com:name>Dana Whitfield</com:name><com:phoneNumber>303-555-0148</com:phoneNumber></contact>" } };
		for (String[] b : breaks) {
			assertTrue(EVERY_ELEMENT.contains(b[0]), b[0]);
			byte[] broken = EVERY_ELEMENT.replace(b[0], b[1]).getBytes(StandardCharsets.UTF_8);
			assertFalse(SubmissionXml.validate(broken, SubmissionSchema.get()).isEmpty(), "refused: " + b[1]);
		}
	}

	@Test
	void datesAreWrittenMonthDayYear() {
		assertEquals("12-31-2025", SubmissionXml.date(LocalDate.of(2025, 12, 31)));
		assertEquals("06-30-2026", SubmissionXml.date(LocalDate.of(2026, 6, 30)));
		assertEquals("303-555-0148", SubmissionXml.phone("(303) 555-0148"));
	}
}
