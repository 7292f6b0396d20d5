package org.sdstudio.edgar.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.EdgarHtmlChecker;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SmelterEntry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The example filing's package: what a filing specialist compares with the reference filing. */
class ExampleExportTest {

	static final Set<String> XHTML_11_AND_EDGAR = Set.of("html", "head", "title", "meta", "body", "div", "p", "br",
			"hr", "b", "i", "em", "a", "table", "caption", "tr", "th", "td", "ol", "ul", "li");

	@TempDir
	static Path out;

	static Filing filing;
	static ExportResult result;
	static Path sd;
	static Path ex101;
	static Path submission;

	@BeforeAll
	static void export() throws Exception {
		filing = Fixtures.example();
		result = new EdgarExport().export(filing, out, ExportOptions.defaults(), new BasicMonitor());
		sd = out.resolve("halcyon-sd.htm");
		ex101 = out.resolve("halcyon-ex101.htm");
		submission = out.resolve("submission.xml");
	}

	@Test
	void writesTheThreeFilesOfThePackage() throws Exception {
		assertTrue(result.isWritten(), () -> result.blockingErrors().toString());
		assertEquals(List.of("halcyon-ex101.htm", "halcyon-sd.htm", "submission.xml"), Fixtures.files(out));
		assertEquals(List.of("SD", "EX-1.01", "submission"),
				result.files().stream().map(f -> f.documentType()).toList());
		for (var file : result.files()) {
			assertEquals(Files.size(file.path()), file.size(), file.name());
		}
	}

	@Test
	void everyReportSectionHeadingAppearsInOrder() throws Exception {
		String text = Fixtures.text(Fixtures.xml(ex101).getDocumentElement());
		List<String> headings = new ArrayList<>();
		for (ReportSection section : filing.getReport().getSections()) {
			collect(section, headings);
		}
		assertTrue(headings.size() >= 13, headings.toString());
		int at = text.indexOf(filing.getReport().getSubtitle());
		assertTrue(at >= 0, "subtitle");
		for (String heading : headings) {
			int next = text.indexOf(heading, at);
			assertTrue(next > at, "'" + heading + "' follows the previous heading");
			at = next;
		}
		assertTrue(text.indexOf("Annex A", at) > at, "Annex A comes last");
		// the run-in title opens the first paragraph, as in the reference filing
		assertTrue(text.contains("Cautionary Note Concerning Forward-Looking Statements: This Conflict Minerals Report"));
		// lettered items with their italic run-in, inside the numbered OECD step
		Document doc = Fixtures.xml(ex101);
		Element step1 = Fixtures.byId(doc, "dd-step-1");
		assertEquals("1. Establishing Strong Company Management Systems", Fixtures.text(step1));
		Element list = Fixtures.elements(doc, "ol").get(0);
		assertTrue(list.getAttribute("style").contains("list-style-type:lower-alpha"), list.getAttribute("style"));
		assertEquals(5, Fixtures.elements(list, "li").size());
		assertEquals("Conflict Minerals Policy.", Fixtures.text(Fixtures.elements(list, "i").get(0)));
		assertEquals(3, Fixtures.elements(Fixtures.elements(doc, "ul").get(0), "b").size(), "bold status names");
	}

	private static void collect(ReportSection section, List<String> headings) {
		headings.add((section.getNumber() == null ? "" : section.getNumber() + ". ") + section.getTitle());
		section.getSubsections().forEach(s -> collect(s, headings));
	}

	@Test
	void annexATableHasExactlyTheModelsRows() throws Exception {
		Document doc = Fixtures.xml(ex101);
		Element table = Fixtures.byId(doc, "annex-a-table");
		assertNotNull(table);
		List<Element> rows = Fixtures.elements(table, "tr");
		assertEquals(List.of("Metal", "Smelter", "Country", "Compliance Status"),
				Fixtures.elements(rows.get(0), "th").stream().map(Fixtures::text).toList());
		List<SmelterEntry> model = filing.getReport().getAnnexA().getRows().stream().filter(r -> !r.isExcluded())
				.toList();
		assertEquals(291, model.size());
		assertEquals(model.size(), rows.size() - 1);
		for (int i = 0; i < model.size(); i++) {
			SmelterEntry row = model.get(i);
			List<String> cells = Fixtures.elements(rows.get(i + 1), "td").stream().map(Fixtures::text).toList();
			assertEquals(List.of(row.getMetal().getLiteral(), row.getFacilityName(), row.getCountry(),
					row.getStatus().getLiteral()), cells, "row " + (i + 1));
		}
		String annex = Fixtures.text(doc.getDocumentElement());
		assertTrue(annex.contains("Annex A 2025 Facility and Country List"), "title and caption");
		assertTrue(annex.contains("May 15, 2026"), "RMI list date");
		// the link in the text to Annex A resolves to it
		assertTrue(Files.readString(ex101).contains("<a href=\"#annex-a\">Annex A</a>"));
		assertEquals("annex-a", Fixtures.byId(doc, "annex-a").getAttribute("id"));
	}

	@Test
	void everyCoverFieldAppearsInTheSdDocument() throws Exception {
		Document doc = Fixtures.xml(sd);
		String text = Fixtures.text(doc.getDocumentElement());
		var r = filing.getRegistrant();
		for (String value : new String[] { "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549",
				"FORM SD SPECIALIZED DISCLOSURE REPORT", r.getName(), "(Exact name of registrant as specified in its charter)",
				r.getStateOfIncorporation(), r.getCommissionFileNumber(), r.getIrsEmployerNumber(),
				"(State or other jurisdiction of incorporation)", "(Commission File Number)",
				"(IRS Employer Identification No.)", "2150 Aspen Meadow Parkway, Suite 400, Louisville, CO", "80027",
				"(Address of principal executive offices)", "(Zip Code)", "Dana K. Whitfield",
				"Vice President, Finance, Corporate Controller and Secretary", "(303) 555-0148",
				"(Name and telephone number, including area code, of the person to contact in connection with this report.)",
				"Check the appropriate box to indicate the rule pursuant to which this form is being filed",
				"\u2612 Rule 13p-1 under the Securities Exchange Act (17 CFR 240.13p-1) for the reporting period from January 1 to December 31, 2025.",
				"\u2610 Rule 13q-1", "SIGNATURES",
				"Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the duly authorized undersigned.",
				"HALCYON RESPIRATORY SYSTEMS, INC. (Registrant)", "Date: May 21, 2026", "By: /s/ Elena R. Castellanos",
				"Executive Vice President, Chief Financial Officer and Treasurer" }) {
			assertTrue(text.contains(value), "SD document shows: " + value);
		}
		int at = 0;
		for (FormSection section : filing.getFormSections()) {
			at = after(text, "Section " + section.getNumber() + " - " + section.getTitle(), at);
			for (FormItem item : section.getItems()) {
				at = after(text, "Item " + item.getNumber() + " " + item.getCaption(), at);
			}
		}
		assertTrue(text.contains("Conflict Minerals Disclosure The Company\u2019s Conflict Minerals Report is attached"),
				"item text with its subheading");
		// the exhibit list is printed once, under Item 3.01 (as the form and real filings do), linking to the exhibit
		List<Element> links = Fixtures.elements(doc, "a");
		assertEquals(1, links.stream().filter(a -> a.getAttribute("href").equals("halcyon-ex101.htm")).count());
		assertFalse(text.contains("EXHIBIT INDEX"));
		assertEquals(1, Fixtures.elements(doc, "table").stream()
				.filter(t -> Fixtures.text(t).startsWith("Exhibit No. Description")).count());
		assertTrue(text.indexOf("Exhibit No. Description") > text.indexOf("Item 3.01 Exhibits"));
		// cover facts with stable ids on the visible cover elements, for a later Inline XBRL rendition; nothing hidden
		assertEquals("SD", Fixtures.text(Fixtures.byId(doc, "dei-document-type")));
		assertEquals(r.getName(), Fixtures.text(Fixtures.byId(doc, "dei-entity-registrant-name")));
		assertEquals("December 31, 2025", Fixtures.text(Fixtures.byId(doc, "dei-document-period-end-date")));
		assertTrue(Fixtures.text(Fixtures.byId(doc, "cover-period")).contains("December 31, 2025"));
		assertEquals(null, Fixtures.byId(doc, "cover-facts"));
		assertEquals(null, Fixtures.byId(doc, "dei-entity-cik"), "the Form SD cover does not show the CIK");
	}

	private static int after(String text, String what, int from) {
		int at = text.indexOf(what, from);
		assertTrue(at >= from, "'" + what + "' in order");
		return at + what.length();
	}

	@Test
	void bothDocumentsPassTheCheckerAndKeepToEdgarsForm() throws Exception {
		EdgarHtmlChecker checker = new EdgarHtmlChecker();
		for (Path file : List.of(sd, ex101)) {
			assertEquals(List.of(), checker.check(file), file.toString());
			byte[] bytes = Files.readAllBytes(file);
			for (byte b : bytes) {
				assertTrue(b >= 0, file + " is ASCII");
			}
			String html = new String(bytes, StandardCharsets.US_ASCII);
			assertTrue(html.startsWith("<html>"), "no BOM, XML declaration or DOCTYPE: " + html.substring(0, 20));
			for (String absent : new String[] { "xmlns", "<span", "<tbody", "<style", "<script", "<?xml", "<!DOCTYPE",
					"href=\"http", "src=", "http-equiv", "display:none", "<meta" }) {
				assertFalse(html.contains(absent), file + " has no " + absent);
			}
			Document doc = Fixtures.xml(bytes);
			assertEquals("html", doc.getDocumentElement().getTagName(), "well-formed");
			// elements of both EDGAR's HTML and XHTML 1.1, so Inline XBRL can be added without restructuring
			Set<String> used = new TreeSet<>();
			Fixtures.elements(doc, "*").forEach(e -> used.add(e.getTagName()));
			assertTrue(XHTML_11_AND_EDGAR.containsAll(used), file + " uses " + used);
		}
		// the web address of the text is inert text
		assertTrue(Files.readString(ex101).contains("investors.halcyon-respiratory.example/"));
		assertTrue(Files.readString(sd).contains("&#8220;conflict minerals,&#8221;"), "curly quotes as entities");
	}

	@Test
	void submissionXmlIsInEdgarsSdStructureAndCarriesTheDocuments() throws Exception {
		Document doc = Fixtures.xmlNs(submission);
		Element root = doc.getDocumentElement();
		assertEquals("http://www.sec.gov/edgar/sdfiler", root.getNamespaceURI());
		assertEquals("edgarSubmission", root.getLocalName());
		assertEquals("SD", Fixtures.text(Fixtures.child(root, "submissionType")));
		assertEquals("TEST", Fixtures.text(Fixtures.child(root, "liveTestFlag")));
		assertEquals("0002984417", Fixtures.text(Fixtures.child(Fixtures.child(root, "filer"), "filerId")));
		List<Element> documents = Fixtures.elementsNs(doc, "http://www.sec.gov/edgar/common", "document");
		assertEquals(2, documents.size());
		for (Element document : documents) {
			String name = Fixtures.text(Fixtures.child(document, "conformedName"));
			byte[] contents = Base64.getMimeDecoder().decode(Fixtures.child(document, "contents").getTextContent());
			assertArrayEquals(Files.readAllBytes(out.resolve(name)), contents, name);
		}
		assertEquals("EX-1.01", Fixtures.text(Fixtures.child(documents.get(1), "conformedDocumentType")));
		assertEquals(filing.getExhibits().get(0).getDescription(),
				Fixtures.text(Fixtures.child(documents.get(1), "description")));
		// exported without a CCC: the file says so where filerCcc belongs, and the export reports it
		assertEquals(null, Fixtures.child(Fixtures.child(root, "filer"), "filerCcc"));
		assertTrue(Files.readString(submission).contains("<!--filerCcc: NOT GIVEN."));
		assertTrue(result.lacksCcc());
		assertEquals(List.of("submission.xml:EDGAR-SUBMISSION"),
				result.violations().stream().map(v -> v.file() + ":" + v.rule().code()).toList());
	}
}
