package org.sdstudio.edgar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.EdgarHtmlChecker;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Whatever the text holds comes out inert, and every non-ASCII character as a character reference. */
class EscapingTest {

	static final String NASTY = "<script>alert(\"x\")</script> AT&T <b>not bold</b> \"quoted\" caf\u00e9 "
			+ "\u201ccurly\u201d \u2014 \u4e2d\u6587 \ud834\udd1e https://evil.example/p?a=1&b=2";
	static final String FACILITY = "Metal\u00fargica Met-Mex Pe\u00f1oles S.A. De C.V.";

	@TempDir
	static Path out;
	static String ex101;
	static Document doc;

	@BeforeAll
	static void export() throws Exception {
		Filing filing = Fixtures.example();
		Paragraph first = (Paragraph) filing.getReport().getSections().get(1).getBody().getBlocks().get(0);
		first.getRuns().get(0).setText(NASTY);
		Run script = SdStudioFactory.eINSTANCE.createRun();
		script.setText("click here");
		script.setLink("javascript:alert(1)");
		first.getRuns().add(script);
		SmelterEntry row = filing.getReport().getAnnexA().getRows().get(0);
		row.setFacilityName(FACILITY);
		new EdgarExport().export(filing, out, ExportOptions.defaults(), new BasicMonitor());
		byte[] bytes = Files.readAllBytes(out.resolve("halcyon-ex101.htm"));
		ex101 = new String(bytes, StandardCharsets.US_ASCII);
		doc = Fixtures.xml(bytes);
	}

	@Test
	void markupInTheTextIsEscapedNotInterpreted() {
		assertTrue(ex101.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; AT&amp;T &lt;b&gt;not bold&lt;/b&gt;"), ex101);
		assertFalse(ex101.contains("<script"));
		assertFalse(ex101.contains("<b>not bold"));
	}

	@Test
	void everyNonAsciiCharacterIsACharacterReference() {
		assertTrue(ex101.contains("caf&#233; &#8220;curly&#8221; &#8212; &#20013;&#25991; &#119070;"), ex101);
		assertTrue(ex101.contains("Metal&#250;rgica Met-Mex Pe&#241;oles S.A. De C.V."));
		for (char c : ex101.toCharArray()) {
			assertTrue(c < 0x7f, "ASCII only");
		}
	}

	@Test
	void addressesAreTextNotLinks() {
		List<String> hrefs = Fixtures.elements(doc, "a").stream().map(a -> a.getAttribute("href")).toList();
		assertTrue(hrefs.stream().allMatch(h -> h.startsWith("#")), hrefs.toString());
		assertTrue(ex101.contains("https://evil.example/p?a=1&amp;b=2"));
		assertTrue(ex101.contains("only as an inactive textual reference.click here</p>"), "the javascript: link is text");
	}

	@Test
	void theTextReadsBackExactly() {
		Element intro = Fixtures.byId(doc, "introduction");
		Element paragraph = (Element) intro.getNextSibling().getNextSibling();
		assertTrue(paragraph.getTextContent().startsWith(NASTY + "https://investors"), paragraph.getTextContent());
		assertTrue(paragraph.getTextContent().endsWith("reference.click here"), paragraph.getTextContent());
		Element cell = Fixtures.elements(Fixtures.byId(doc, "annex-a-table"), "td").get(1);
		assertEquals(FACILITY, cell.getTextContent());
	}

	@Test
	void theDocumentStillPassesTheChecker() throws Exception {
		assertEquals(List.of(), new EdgarHtmlChecker().check(out.resolve("halcyon-ex101.htm")));
	}
}
