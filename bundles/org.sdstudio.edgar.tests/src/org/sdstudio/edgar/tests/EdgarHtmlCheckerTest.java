package org.sdstudio.edgar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sdstudio.edgar.EdgarHtmlChecker;
import org.sdstudio.edgar.HtmlRule;
import org.sdstudio.edgar.HtmlViolation;

/** The EDGAR checker on hand-written HTML: one violating snippet per rule, and clean files. */
class EdgarHtmlCheckerTest {

	private final EdgarHtmlChecker checker = new EdgarHtmlChecker();

	/** Files of the pretended submission folder, for links between documents. */
	private static final Set<String> FOLDER = Set.of("acme-sd.htm", "acme-ex101.htm", "logo.gif");

	private List<HtmlViolation> check(String body) {
		return check("acme-sd.htm", "<html><head><title>t</title></head><body>\n" + body + "\n</body></html>");
	}

	private List<HtmlViolation> check(String name, String html) {
		return checker.check(name, html.getBytes(StandardCharsets.UTF_8), FOLDER::contains);
	}

	static Stream<Arguments> violations() {
		return Stream.of(
				Arguments.of(HtmlRule.ELEMENT, "<p>a <span>b</span></p>", 2, 6),
				Arguments.of(HtmlRule.ELEMENT, "<table><tbody><tr><td>x</td></tr></tbody></table>", 2, 8),
				Arguments.of(HtmlRule.ELEMENT, "<style>p { color: red }</style>", 2, 1),
				Arguments.of(HtmlRule.ATTRIBUTE, "<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>", 2, 6),
				Arguments.of(HtmlRule.ATTRIBUTE, "<p data-x=\"1\">x</p>", 2, 4),
				Arguments.of(HtmlRule.ATTRIBUTE, "<meta http-equiv=\"Content-Type\" content=\"text/html\">", 2, 7),
				Arguments.of(HtmlRule.ATTRIBUTE, "<div background=\"logo.gif\">x</div>", 2, 6),
				Arguments.of(HtmlRule.ACTIVE_CONTENT, "<script>alert(1)</script>", 2, 1),
				Arguments.of(HtmlRule.ACTIVE_CONTENT, "<p onclick=\"go()\">x</p>", 2, 4),
				Arguments.of(HtmlRule.ACTIVE_CONTENT, "<a href=\"javascript:go()\">x</a>", 2, 10),
				Arguments.of(HtmlRule.ACTIVE_CONTENT, "<form><p>x</p></form>", 2, 1),
				Arguments.of(HtmlRule.EXTERNAL_REFERENCE, "<a href=\"https://example.com/\">x</a>", 2, 10),
				Arguments.of(HtmlRule.EXTERNAL_REFERENCE, "<img src=\"//cdn.example.com/a.gif\" alt=\"\"/>", 2, 11),
				Arguments.of(HtmlRule.EXTERNAL_REFERENCE, "<p style=\"background:url(x.gif)\">x</p>", 2, 11),
				Arguments.of(HtmlRule.UNRESOLVED_LINK, "<a href=\"#nowhere\">x</a>", 2, 10),
				Arguments.of(HtmlRule.UNRESOLVED_LINK, "<a href=\"other-ex99.htm\">x</a>", 2, 10),
				Arguments.of(HtmlRule.NESTED_TABLE, "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>", 2, 16),
				Arguments.of(HtmlRule.NON_ASCII, "<p>caf\u00e9</p>", 2, 7),
				Arguments.of(HtmlRule.NON_ASCII, "<p>\u201cquoted\u201d</p>", 2, 4),
				Arguments.of(HtmlRule.ENTITY, "<p>&bogus;</p>", 2, 4),
				Arguments.of(HtmlRule.ENTITY, "<p>&#0;</p>", 2, 4),
				Arguments.of(HtmlRule.ENTITY, "<p>&#xD800;</p>", 2, 4));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("violations")
	void reportsTheViolationWhereItIs(HtmlRule rule, String body, int line, int column) {
		List<HtmlViolation> found = check(body);
		assertTrue(found.stream().anyMatch(v -> v.rule() == rule && v.line() == line && v.column() == column),
				rule + " at " + line + ":" + column + " in " + found);
		assertTrue(found.stream().allMatch(v -> v.file().equals("acme-sd.htm")));
	}

	@Test
	void byteOrderMark() {
		byte[] bom = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };
		byte[] html = "<html><body><p>x</p></body></html>".getBytes(StandardCharsets.US_ASCII);
		byte[] bytes = new byte[bom.length + html.length];
		System.arraycopy(bom, 0, bytes, 0, 3);
		System.arraycopy(html, 0, bytes, 3, html.length);
		List<HtmlViolation> found = checker.check("acme-sd.htm", bytes, FOLDER::contains);
		assertEquals(List.of(HtmlRule.BOM), found.stream().map(HtmlViolation::rule).toList());
	}

	@Test
	void badFileNames() {
		String clean = "<html><body><p>x</p></body></html>";
		for (String name : new String[] { "acme sd.htm", "acme-sd.html", "-acme.htm",
				"acme-conflict-minerals-report-2025.htm" }) {
			List<HtmlViolation> found = check(name, clean);
			assertEquals(List.of(HtmlRule.FILE_NAME), found.stream().map(HtmlViolation::rule).toList(), name);
		}
		// EDGAR takes letters of either case (lower case is only the safer habit)
		assertEquals(List.of(), check("Acme-SD.htm", clean));
	}

	@Test
	void reportsEveryViolationNotJustTheFirst() {
		List<HtmlViolation> found = check("<span onclick=\"x()\">\u00e9</span>\n<p>&nope; <b>open</p>");
		assertEquals(Set.of(HtmlRule.ELEMENT, HtmlRule.ACTIVE_CONTENT, HtmlRule.NON_ASCII, HtmlRule.ENTITY),
				Set.copyOf(found.stream().map(HtmlViolation::rule).toList()));
		assertEquals("acme-sd.htm:2:1: EDGAR-ELEMENT <span> is not in EDGAR's HTML subset", found.get(0).toString());
	}

	@Test
	void cleanDocumentsPass() {
		assertEquals(List.of(), check("""
				<p id="top" style="text-align:center"><b>FORM SD</b><br/>&#8220;quoted&#8221; &amp; &nbsp;&mdash;</p>
				<table style="width:100%" cellpadding="0"><tr><th>Metal</th><td><a href="#top">up</a></td></tr></table>
				<table><tr><td><a href="acme-ex101.htm">Exhibit 1.01</a> <a name="here"></a><a href="#here">x</a></td></tr></table>
				<ol type="a" start="2"><li><i>item</i></li></ol><hr style="page-break-after:always"/>
				<img src="logo.gif" alt="logo"/>
				<p><a href="https://www.sec.gov/Archives/edgar/data/1294133/000129413321000021/0001294133-21-000021-index.htm">prior</a></p>
				<!-- a comment -->"""));
	}

	@Test
	void checksFilesOnDiskWithLinksToTheirFolder(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("acme-ex101.htm"), "<html><body><p>x</p></body></html>");
		Path sd = Files.writeString(dir.resolve("acme-sd.htm"),
				"<html><body><p><a href=\"acme-ex101.htm\">ok</a> <a href=\"acme-ex102.htm\">missing</a></p></body></html>");
		List<HtmlViolation> found = checker.check(sd);
		assertEquals(1, found.size(), found.toString());
		assertEquals(HtmlRule.UNRESOLVED_LINK, found.get(0).rule());
		assertEquals(1, found.get(0).line());
		assertTrue(found.get(0).message().contains("acme-ex102.htm"));
	}

	@Test
	void readsBrokenMarkupAsABrowserDoesAndStillFindsWhatMatters() {
		// markup a browser repairs is not an EDGAR rule; what it holds still is
		assertEquals(List.of(), check("<p>x</b>< p>&</p></div><table><tr><td>open"));
		List<HtmlViolation> found = check("<div><p>open<script>x()</script></div><table><tr><td>open");
		assertEquals(List.of(HtmlRule.ACTIVE_CONTENT), found.stream().map(HtmlViolation::rule).toList());
		assertEquals(2, found.get(0).line());
		assertEquals(13, found.get(0).column());
	}

	@Test
	void elementsTheParserSuppliesAreNotTheAuthors() {
		// an HTML parser puts a tbody into every table and html/head/body around everything; none is in the file
		assertEquals(List.of(), checker.check("acme-sd.htm",
				"<table><tr><td>x</td></tr></table>".getBytes(StandardCharsets.US_ASCII), FOLDER::contains));
	}

	@Test
	void positionsCountCharactersOfTheLineWithWindowsLineEnds() {
		List<HtmlViolation> found = check("acme-sd.htm", "<html>\r\n<body>\r\n<p>x</p>\r\n  <span>y</span>\r\n</body></html>");
		assertEquals(List.of("acme-sd.htm:4:3: EDGAR-ELEMENT <span> is not in EDGAR's HTML subset"),
				found.stream().map(HtmlViolation::toString).toList());
	}
}
