package org.sdstudio.edgar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sdstudio.edgar.EdgarHtmlChecker;
import org.sdstudio.edgar.HtmlRule;
import org.sdstudio.edgar.HtmlViolation;

/**
 * Documents written here in the manner of the filing agents and tools whose documents EDGAR accepted (made up for
 * this test, not copied from any filing): each passes the checker with no finding, as it passes EDGAR; and each rule
 * still catches its violation in the same documents with one thing broken.
 * <p>
 * The false-alarm classes found on real filings, and the document here that carries each: unclosed {@code <br>},
 * {@code <hr>}, {@code <img>} and {@code <p>} (Broadridge, Toppan Merrill, Workiva); unquoted attribute values and
 * upper-case tags (Broadridge, Toppan Merrill); Windows-1252 references such as {@code &#146;} (Toppan Merrill); a bare
 * {@code &} before a space (Broadridge, Toppan Merrill); Workiva's {@code div}/{@code font} paragraphs; Broadridge's
 * nested {@code div}s; an Inline XBRL 8-K cover page (namespace declarations, {@code span}, {@code tbody},
 * {@code ix:} elements, a hidden {@code ix:header}).
 */
class FilingAgentLookalikesTest {

	/** The package the documents pretend to be in, for links and images. */
	private static final Set<String> PACKAGE = Set.of("acme-sd.htm", "acme-ex101.htm", "acme-logo.gif", "logo.jpg",
			"acme-20250115.xsd");

	/** Workiva (Wdesk) style: every paragraph a div with a font inside, styles inline, void elements unclosed. */
	static final String WORKIVA = """
			<html>
			<head>
			<!-- Document created using Wdesk -->
			<title>Document</title>
			</head>
			<body style="font-family:Times New Roman;font-size:10pt;">
			<div><a name="s0A1B2C3D4E5F"></a></div>
			<div style="line-height:120%;text-align:center;font-size:10pt;"><font style="font-family:Arial;font-size:10pt;font-weight:bold;">UNITED STATES</font></div>
			<div style="line-height:120%;text-align:center;font-size:10pt;"><font style="font-family:Arial;font-size:10pt;font-weight:bold;">SECURITIES AND EXCHANGE COMMISSION</font></div>
			<div style="line-height:120%;text-align:left;font-size:10pt;"><font style="font-family:Arial;font-size:10pt;"><br></font></div>
			<div style="line-height:120%;padding-bottom:8px;text-align:justify;font-size:10pt;"><font style="font-family:Arial;font-size:10pt;">The Company&#8217;s products contain tin, tantalum, tungsten and gold (&#8220;3TG&#8221;).</font></div>
			<div style="text-align:center;"><img src="logo.jpg" alt="logo" style="height:46px;width:120px;"></div>
			<table cellpadding="0" cellspacing="0" style="font-family:Times New Roman;font-size:10pt;width:100%;border-collapse:collapse;text-align:left;"><tr><td colspan="3"></td></tr>
			<tr><td style="vertical-align:top;padding:2px;"><div style="text-align:left;font-size:10pt;"><font style="font-family:Arial;font-size:10pt;">1.01</font></div></td><td style="vertical-align:top;padding:2px;"><div><font style="font-family:Arial;font-size:10pt;"><a href="acme-ex101.htm" style="color:#0000ff;text-decoration:underline;">Conflict Minerals Report</a></font></div></td></tr>
			</table>
			<hr style="page-break-after:always">
			<div><a href="#s0A1B2C3D4E5F" style="font-family:Arial;font-size:10pt;">Table of Contents</a></div>
			</body>
			</html>
			""";

	/** Broadridge style: upper-case tags and attributes, unquoted values, a page layout of nested divs. */
	static final String BROADRIDGE = """
			<HTML>
			<HEAD>
			<TITLE>FORM SD</TITLE>
			</HEAD>
			<BODY>
			<DIV STYLE="font: 10pt Times New Roman, Times, Serif">
			<DIV STYLE="margin-top: 0pt; margin-bottom: 0pt; text-align: center"><FONT STYLE="font-size: 12pt"><B>UNITED STATES<BR>SECURITIES AND EXCHANGE COMMISSION</B></FONT></DIV>
			<DIV><DIV STYLE="text-align: center"><FONT SIZE=2>Washington, D.C. 20549</FONT></DIV></DIV>
			<P STYLE="margin: 0pt 0">&nbsp;
			<TABLE CELLPADDING=0 CELLSPACING=0 WIDTH="100%" STYLE="border-collapse: collapse">
			<TR STYLE="vertical-align: top">
			<TD WIDTH="33%" ALIGN=center STYLE="border-bottom: Black 1pt solid"><B>Delaware</B></TD>
			<TD WIDTH="34%" ALIGN=center STYLE="border-bottom: Black 1pt solid"><B>001-12345</B></TD>
			<TD WIDTH="33%" ALIGN=center NOWRAP STYLE="border-bottom: Black 1pt solid"><B>12-3456789</B></TD>
			</TR>
			</TABLE>
			<HR NOSHADE SIZE=1>
			<DIV STYLE="margin-top: 6pt"><DIV STYLE="margin-left: 0.5in"><P STYLE="margin: 0">Research & Development and Sales & Marketing teams took part.<P STYLE="margin: 0">See <A HREF="acme-ex101.htm">Exhibit 1.01</A>.</DIV></DIV>
			<DIV STYLE="page-break-before: always; margin-top: 6pt; margin-bottom: 6pt"><HR SIZE=3 NOSHADE STYLE="color: Black"></DIV>
			</DIV>
			</BODY>
			</HTML>
			""";

	/** Toppan Merrill / DFIN style: Windows-1252 references, font tags with unquoted values, center, named anchors. */
	static final String TOPPAN_MERRILL = """
			<html>
			<head>
			<title>ACME CORP - FORM SD</title>
			</head>
			<body bgcolor="white">
			<a name="toc"></a>
			<center><img src="acme-logo.gif" alt="Acme Corp" width=120 height=40 border=0></center>
			<p align=center style="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman"><font size=2 face=Arial><b>SPECIALIZED DISCLOSURE REPORT</b></font></p>
			<p style="margin-top:6pt; margin-bottom:0pt"><font size=2 face="Times New Roman">The Company&#146;s &#147;Conflict Minerals Report&#148; &#150; for the year &#151; is filed as Exhibit 1.01. Acme & Sons&#153; products</font>
			<br><br>
			<p><font size=2><i>Item 1.02 Exhibit</i></font>
			<table width="100%" border=0 cellspacing=0 cellpadding=0>
			<tr valign=top><td width="15%"><font size=2>1.01</font></td><td><font size=2><a href="acme-ex101.htm#report">Conflict Minerals Report</a></font></td></tr>
			</table>
			<p><a href="https://www.sec.gov/Archives/edgar/data/123456/000012345624000010/0000123456-24-000010-index.htm">2023 report</a>
			<p align=right><a href="#toc"><font size=1>Back to Contents</font></a>
			</body>
			</html>
			""";

	/** An Inline XBRL 8-K cover page: XHTML with its namespaces, a hidden ix:header, span and tbody. */
	static final String INLINE_XBRL_8K = """
			<?xml version="1.0" encoding="utf-8"?>
			<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dei="http://xbrl.sec.gov/dei/2024" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31" xml:lang="en-US">
			<head>
			<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
			<title>acme-20250115</title>
			</head>
			<body>
			<div style="display:none"><ix:header><ix:hidden><ix:nonNumeric name="dei:AmendmentFlag" contextRef="c-1">false</ix:nonNumeric><ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c-1">0000123456</ix:nonNumeric></ix:hidden>
			<ix:references><link:schemaRef xlink:type="simple" xlink:href="acme-20250115.xsd"/></ix:references>
			<ix:resources><xbrli:context id="c-1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000123456</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2025-01-15</xbrli:startDate><xbrli:endDate>2025-01-15</xbrli:endDate></xbrli:period></xbrli:context></ix:resources></ix:header></div>
			<div id="top" style="text-align:center"><span style="font-weight:bold">UNITED STATES</span><br/><span style="font-weight:bold">SECURITIES AND EXCHANGE COMMISSION</span></div>
			<div style="text-align:center"><span>FORM </span><span><ix:nonNumeric name="dei:DocumentType" contextRef="c-1">8-K</ix:nonNumeric></span></div>
			<div><span>Date of Report: <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c-1" format="ixt:date-monthname-day-year-en">January 15, 2025</ix:nonNumeric></span></div>
			<table style="border-collapse:collapse;width:100%"><tbody><tr><td style="width:33%"><span><ix:nonNumeric name="dei:EntityIncorporationStateCountryCode" contextRef="c-1" format="ixt-sec:stateprovnameen">Delaware</ix:nonNumeric></span></td><td><span><ix:nonNumeric name="dei:EntityFileNumber" contextRef="c-1">001-12345</ix:nonNumeric></span></td></tr></tbody></table>
			<div><span>&#9744; Written communications pursuant to Rule 425 under the Securities Act</span></div>
			<div><span>Acme&#8217;s&#160;shares</span></div>
			<div><a href="#top">Top</a> <a href="acme-ex101.htm">Exhibit</a></div>
			</body>
			</html>
			""";

	private final EdgarHtmlChecker checker = new EdgarHtmlChecker();

	private List<HtmlViolation> check(String name, String html) {
		return checker.check(name, html.getBytes(StandardCharsets.UTF_8), PACKAGE::contains);
	}

	static Stream<Arguments> agents() {
		return Stream.of(Arguments.of("Workiva", WORKIVA), Arguments.of("Broadridge", BROADRIDGE),
				Arguments.of("Toppan Merrill", TOPPAN_MERRILL), Arguments.of("Inline XBRL 8-K", INLINE_XBRL_8K));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("agents")
	void aDocumentEdgarAcceptedPassesWithNoFinding(String agent, String html) {
		assertEquals(List.of(), check("acme-sd.htm", html), agent);
	}

	@Test
	void theLookalikesHoldEveryFalseAlarmClass() {
		// so that a passing run means the checker accepts each class, not that the documents avoid it
		assertTrue(BROADRIDGE.contains("<BR>") && WORKIVA.contains("<br>") && TOPPAN_MERRILL.contains("<br><br>"));
		assertTrue(BROADRIDGE.contains("<HR NOSHADE SIZE=1>") && WORKIVA.contains("<hr style=\"page-break-after:always\">"));
		assertTrue(WORKIVA.contains("<img src=\"logo.jpg\" alt=\"logo\" style=\"height:46px;width:120px;\">"));
		assertTrue(TOPPAN_MERRILL.contains("<img src=\"acme-logo.gif\" alt=\"Acme Corp\" width=120 height=40 border=0>"));
		assertTrue(BROADRIDGE.contains("<P STYLE=\"margin: 0\">Research"), "an unclosed <p>");
		assertTrue(BROADRIDGE.contains("<FONT SIZE=2>") && TOPPAN_MERRILL.contains("<font size=2 face=Arial>"));
		assertTrue(TOPPAN_MERRILL.contains("&#146;") && TOPPAN_MERRILL.contains("&#147;") && TOPPAN_MERRILL.contains("&#148;"));
		assertTrue(BROADRIDGE.contains("Research & Development") && TOPPAN_MERRILL.contains("Acme & Sons"));
		assertTrue(BROADRIDGE.contains("<DIV><DIV STYLE=\"text-align: center\">"), "nested divs");
		assertTrue(INLINE_XBRL_8K.contains("xmlns:ix=") && INLINE_XBRL_8K.contains("<span") && INLINE_XBRL_8K.contains("<tbody>"));
		assertTrue(EdgarHtmlChecker.isInlineXbrl(INLINE_XBRL_8K));
		for (String html : List.of(WORKIVA, BROADRIDGE, TOPPAN_MERRILL)) {
			assertTrue(!EdgarHtmlChecker.isInlineXbrl(html));
		}
	}

	/** One thing broken: a snippet put on a line of its own before the end of the body. */
	private static UnaryOperator<String> insert(String snippet) {
		return html -> {
			Matcher end = Pattern.compile("(?i)</body>").matcher(html);
			assertTrue(end.find());
			return html.substring(0, end.start()) + "\n" + snippet + "\n" + html.substring(end.start());
		};
	}

	static Stream<Arguments> htmlBreaks() {
		List<Object[]> breaks = List.of(
				new Object[] { HtmlRule.ELEMENT, "<span>x</span>" },
				new Object[] { HtmlRule.ELEMENT, "<style>p { color: red }</style>" },
				new Object[] { HtmlRule.ATTRIBUTE, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">" },
				new Object[] { HtmlRule.ATTRIBUTE, "<div background=\"logo.jpg\">x</div>" },
				new Object[] { HtmlRule.ATTRIBUTE, "<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>" },
				new Object[] { HtmlRule.ACTIVE_CONTENT, "<script>document.write('x')</script>" },
				new Object[] { HtmlRule.ACTIVE_CONTENT, "<p onclick=\"go()\">x</p>" },
				new Object[] { HtmlRule.ACTIVE_CONTENT, "<a href=\"javascript:go()\">x</a>" },
				new Object[] { HtmlRule.EXTERNAL_REFERENCE, "<img src=\"http://example.com/logo.gif\" alt=\"\">" },
				new Object[] { HtmlRule.EXTERNAL_REFERENCE, "<a href=\"https://www.example.com/report.pdf\">report</a>" },
				new Object[] { HtmlRule.UNRESOLVED_LINK, "<a href=\"#nowhere\">x</a>" },
				new Object[] { HtmlRule.UNRESOLVED_LINK, "<a href=\"acme-ex102.htm\">x</a>" },
				new Object[] { HtmlRule.NESTED_TABLE, "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>" },
				new Object[] { HtmlRule.NON_ASCII, "<p>Caf\u00e9</p>" },
				new Object[] { HtmlRule.ENTITY, "<p>&bogus;</p>" },
				new Object[] { HtmlRule.ENTITY, "<p>&#0;</p>" });
		return agents().filter(a -> !a.get()[0].equals("Inline XBRL 8-K"))
				.flatMap(agent -> breaks.stream().map(b -> Arguments.of(agent.get()[0], agent.get()[1], b[0], b[1])));
	}

	@ParameterizedTest(name = "{0}: {2} in {3}")
	@MethodSource("htmlBreaks")
	void eachRuleStillCatchesItsViolation(String agent, String html, HtmlRule rule, String snippet) {
		String broken = insert(snippet).apply(html);
		List<HtmlViolation> found = check("acme-sd.htm", broken);
		assertEquals(List.of(rule), found.stream().map(HtmlViolation::rule).distinct().toList(), agent + ": " + found);
		int line = (int) broken.substring(0, broken.indexOf(snippet)).chars().filter(c -> c == '\n').count() + 1;
		assertEquals(line, found.get(0).line(), found.toString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("agents")
	void byteOrderMarkAndFileNameAreCaughtInEveryDocument(String agent, String html) {
		assertEquals(List.of(HtmlRule.BOM), check("acme-sd.htm", "\ufeff" + html).stream().map(HtmlViolation::rule).toList(),
				agent);
		assertEquals(List.of(HtmlRule.FILE_NAME), check("acme sd.htm", html).stream().map(HtmlViolation::rule).toList(),
				agent);
	}

	static Stream<Arguments> inlineXbrlBreaks() {
		return Stream.of(
				Arguments.of(HtmlRule.NOT_WELL_FORMED, "<div>unclosed <br> line break</div>"),
				Arguments.of(HtmlRule.NOT_WELL_FORMED, "<p>AT&amp;T &nbsp;</p>"),
				Arguments.of(HtmlRule.NOT_WELL_FORMED, "<p><b>crossed</p></b>"),
				Arguments.of(HtmlRule.ELEMENT, "<ix:tuple name=\"dei:Tuple\" tupleID=\"t1\"></ix:tuple>"),
				Arguments.of(HtmlRule.ELEMENT, "<ix:fraction name=\"dei:F\" contextRef=\"c-1\" unitRef=\"u\"></ix:fraction>"),
				Arguments.of(HtmlRule.ELEMENT, "<xbrli:unit id=\"u\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>"),
				Arguments.of(HtmlRule.ELEMENT, "<marquee>x</marquee>"),
				Arguments.of(HtmlRule.ACTIVE_CONTENT, "<script>go()</script>"),
				Arguments.of(HtmlRule.ACTIVE_CONTENT, "<div onmouseover=\"go()\">x</div>"),
				Arguments.of(HtmlRule.EXTERNAL_REFERENCE, "<img src=\"http://example.com/logo.gif\" alt=\"\"/>"),
				Arguments.of(HtmlRule.UNRESOLVED_LINK, "<a href=\"#nowhere\">x</a>"),
				Arguments.of(HtmlRule.NESTED_TABLE, "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>"),
				Arguments.of(HtmlRule.NON_ASCII, "<div>Caf\u00e9</div>"));
	}

	@ParameterizedTest(name = "Inline XBRL 8-K: {0} in {1}")
	@MethodSource("inlineXbrlBreaks")
	void inlineXbrlRulesCatchTheirViolations(HtmlRule rule, String snippet) {
		String broken = insert(snippet).apply(INLINE_XBRL_8K);
		List<HtmlViolation> found = check("acme-sd.htm", broken);
		assertEquals(List.of(rule), found.stream().map(HtmlViolation::rule).distinct().toList(), found.toString());
		int line = (int) broken.substring(0, broken.indexOf(snippet)).chars().filter(c -> c == '\n').count() + 1;
		assertEquals(line, found.get(0).line(), found.toString());
	}
}
