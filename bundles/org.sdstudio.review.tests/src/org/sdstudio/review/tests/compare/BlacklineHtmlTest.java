package org.sdstudio.review.tests.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.review.compare.BlacklineHtml;
import org.sdstudio.review.compare.FilingCompare;
import org.sdstudio.review.compare.FilingComparison;

/** The HTML blackline through the XSLT pipeline: self-contained, marked changes, summary, Annex A table. */
class BlacklineHtmlTest {

	private static final Instant MADE = Instant.parse("2026-05-01T12:00:00Z");

	@Test
	void exampleAgainstAnEditedCopy() throws Exception {
		Filing base = FilingFiles.load(FilingCompareTest.EXAMPLE);
		Filing edited = EcoreUtil.copy(base);
		edited.getRegistrant().setName("Halcyon Devices Holdings, Inc.");
		Edits.words(edited, 0.03, 7);
		Edits.annexRows(edited, 12, 7);
		FilingComparison c = FilingCompare.filings(base, edited, "halcyon-2024.sdfiling", "halcyon-2025.sdfiling");
		byte[] bytes = BlacklineHtml.html(c, false, MADE);
		// kept for a reader to open: target/blackline-example.html
		java.nio.file.Files.write(java.nio.file.Path.of("target", "blackline-example.html"), bytes);
		String html = new String(bytes, StandardCharsets.UTF_8);
		assertTrue(html.startsWith("<!DOCTYPE HTML>") || html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
		assertTrue(html.contains("This is not an EDGAR document"));
		assertTrue(html.contains("<ins"), "insertions are marked");
		assertTrue(html.contains("<del"), "deletions are marked");
		assertTrue(html.contains("parts changed"));
		assertTrue(html.contains("Annex A changes"));
		assertTrue(html.contains("status changed"));
		assertTrue(html.contains("Halcyon Devices Holdings, Inc."), "cover field change");
		assertTrue(html.contains("2026-05-01 12:00 UTC"));
		// self-contained: nothing fetched, nothing active
		assertFalse(html.contains("<script"));
		assertFalse(html.contains("<link"));
		assertFalse(html.contains("src="));
	}

	@Test
	void unchangedPartsCollapsedUnlessAskedFor() throws Exception {
		Filing base = FilingFiles.load(FilingCompareTest.EXAMPLE);
		FilingComparison c = FilingCompare.fromApproved(base, "halcyon-2025.sdfiling", p -> true);
		String collapsed = new String(BlacklineHtml.html(c, false, MADE), StandardCharsets.UTF_8);
		String whole = new String(BlacklineHtml.html(c, true, MADE), StandardCharsets.UTF_8);
		assertTrue(collapsed.contains("(unchanged)"));
		assertTrue(collapsed.length() < whole.length());
		// the introduction's text appears only when unchanged parts are shown whole
		String intro = "Halcyon";
		assertTrue(whole.split(intro, -1).length > collapsed.split(intro, -1).length);
		assertTrue(collapsed.contains("no approved revision to compare with"));
	}

	@Test
	void theXmlFormNamesEveryChange() {
		FilingComparison c = FilingCompare.filings(FilingCompareTestTexts.before(), FilingCompareTestTexts.after(),
				"a", "b");
		String xml = BlacklineHtml.xml(c, MADE);
		assertTrue(xml.contains("<del n=\"1\">filed</del><ins n=\"1\">submitted</ins>"), xml);
	}
}
