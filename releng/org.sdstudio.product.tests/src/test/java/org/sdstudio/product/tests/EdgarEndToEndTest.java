package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sdstudio export}, {@code check-html} and the demo's package, end to end through the product: Saxon, the
 * stylesheets and the XMLBeans binding as the OSGi runtime loads them.
 */
class EdgarEndToEndTest {

	@TempDir
	Path dir;

	private static final String CCC = "k7#Pq2$z";

	@Test
	void exportWritesTheCheckedPackage() throws Exception {
		Path file = Sdstudio.example(dir);
		Files.writeString(dir.resolve("ccc.txt"), CCC + "\n");
		Sdstudio.Result r = Sdstudio.run(dir, "export", file.getFileName().toString(), "--out", "edgar",
				"--ccc-file", "ccc.txt");
		assertEquals(0, r.exit(), r.toString());
		assertEquals("", r.err(), "nothing on stderr (no library noise)");
		assertFalse(r.out().contains(CCC), "the CCC is never printed");
		Path out = dir.resolve("edgar");
		assertTrue(r.out().contains("Wrote the EDGAR package into " + out), r.toString());
		assertTrue(Pattern.compile("(?m)^  halcyon-sd\\.htm\\s+[\\d,]+ B\\s+SD\\s+EDGAR check passed$").matcher(r.out()).find(), r.toString());
		assertTrue(Pattern.compile("(?m)^  halcyon-ex101\\.htm\\s+[\\d,]+ B\\s+EX-1\\.01\\s+EDGAR check passed$").matcher(r.out()).find(), r.toString());
		assertTrue(Pattern.compile("(?m)^  submission\\.xml\\s+[\\d,]+ B\\s+submission\\s+schema valid$").matcher(r.out()).find(), r.toString());

		// submission.xml (built through the XMLBeans binding inside OSGi) in EDGAR's SD structure, with the CCC given
		// for this export, carries exactly the written documents
		String submission = Files.readString(out.resolve("submission.xml"), StandardCharsets.UTF_8);
		assertTrue(submission.contains("<edgarSubmission xmlns=\"http://www.sec.gov/edgar/sdfiler\" "
				+ "xmlns:com=\"http://www.sec.gov/edgar/common\">"), submission.substring(0, 300));
		assertTrue(submission.contains("<filerId>0002984417</filerId>"));
		assertTrue(submission.contains("<filerCcc>" + CCC + "</filerCcc>"));
		assertTrue(submission.contains("<period>12-31-2025</period>"));
		assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains(CCC), "never stored in the filing");
		Matcher documents = Pattern.compile("<com:conformedName>([^<]+)</com:conformedName>.*?<com:contents>([^<]+)"
				+ "</com:contents>", Pattern.DOTALL).matcher(submission);
		int count = 0;
		while (documents.find()) {
			assertArrayEquals(Files.readAllBytes(out.resolve(documents.group(1))),
					Base64.getMimeDecoder().decode(documents.group(2)), documents.group(1));
			count++;
		}
		assertEquals(2, count);

		Sdstudio.Result checked = Sdstudio.run(dir, "check-html", "edgar/halcyon-sd.htm", "edgar/halcyon-ex101.htm");
		assertEquals(0, checked.exit(), checked.toString());
		assertTrue(checked.out().contains("edgar/halcyon-sd.htm: passes EDGAR's rules"), checked.toString());
		assertTrue(checked.out().contains("2 files checked, 0 violations"), checked.toString());

		// the folder: its documents and its submission.xml, as one package
		Sdstudio.Result folder = Sdstudio.run(dir, "check-html", "edgar");
		assertEquals(0, folder.exit(), folder.toString());
		assertTrue(folder.out().contains("edgar/submission.xml: passes EDGAR's rules"), folder.toString());
		assertTrue(folder.out().contains("3 files checked, 0 violations"), folder.toString());
	}

	@Test
	void theCccComesFromStandardInputOrIsReportedMissingAndIsNeverTakenFromTheCommandLine() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result stdin = Sdstudio.runWithInput(dir, CCC + "\n", "export", file.toString(), "--out", "in",
				"--ccc", "-");
		assertEquals(0, stdin.exit(), stdin.toString());
		assertFalse(stdin.out().contains(CCC), stdin.toString());
		assertTrue(Files.readString(dir.resolve("in/submission.xml")).contains("<filerCcc>" + CCC + "</filerCcc>"));

		Sdstudio.Result none = Sdstudio.run(dir, "export", file.toString(), "--out", "none");
		assertEquals(0, none.exit(), none.toString());
		assertTrue(Pattern.compile("(?m)^  submission\\.xml\\s+[\\d,]+ B\\s+submission\\s+lacks the CCC$").matcher(none.out())
				.find(), none.toString());
		assertTrue(none.out().contains("submission.xml has no CCC: give it with --ccc-file FILE or --ccc -"),
				none.toString());
		String submission = Files.readString(dir.resolve("none/submission.xml"));
		assertFalse(submission.contains("<filerCcc>"), "no made-up value");
		assertTrue(submission.contains("<!--filerCcc: NOT GIVEN."), submission);
		Sdstudio.Result check = Sdstudio.run(dir, "check-html", "none");
		assertEquals(1, check.exit(), check.toString());
		assertTrue(check.out().contains("none/submission.xml") && check.out().contains("EDGAR-SUBMISSION no filerCcc"),
				check.toString());

		Sdstudio.Result onTheCommandLine = Sdstudio.run(dir, "export", file.toString(), "--out", "cl", "--ccc", CCC);
		assertEquals(2, onTheCommandLine.exit(), onTheCommandLine.toString());
		assertTrue(onTheCommandLine.err().contains("--ccc takes only '-'"), onTheCommandLine.toString());
		assertFalse(onTheCommandLine.err().contains(CCC), "not echoed");
		assertFalse(Files.exists(dir.resolve("cl")));

		Files.writeString(dir.resolve("short.txt"), "abc\n");
		Sdstudio.Result bad = Sdstudio.run(dir, "export", file.toString(), "--out", "bad", "--ccc-file", "short.txt");
		assertEquals(2, bad.exit(), bad.toString());
		assertTrue(bad.err().contains("must be 8 characters on the first line (it has 3)"), bad.toString());
		assertFalse(bad.err().contains("abc"), "not echoed");
	}

	@Test
	void aFilingWithErrorsIsNotExported() throws Exception {
		Path file = Sdstudio.example(dir);
		Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("cik=\"0002984417\"", "cik=\"2984417\""),
				StandardCharsets.UTF_8);
		Sdstudio.Result r = Sdstudio.run(dir, "export", file.toString(), "--out", "edgar");
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.err().contains("not exported, the filing has 1 error"), r.toString());
		assertTrue(r.err().contains("SD-FORMAT-CIK"), r.toString());
		assertFalse(Files.exists(dir.resolve("edgar")));

		Sdstudio.Result draft = Sdstudio.run(dir, "export", file.toString(), "--out", "edgar", "--draft", "--prefix", "acme");
		assertEquals(0, draft.exit(), draft.toString());
		assertTrue(draft.out().contains("DRAFT review copy"), draft.toString());
		assertTrue(Files.exists(dir.resolve("edgar/acme-draft-sd.htm")));
		assertTrue(Files.exists(dir.resolve("edgar/acme-draft-ex101.htm")));
		assertFalse(Files.exists(dir.resolve("edgar/submission.xml")));
	}

	@Test
	void badPrefixAndUnwritableFolderAreOneLineErrors() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result prefix = Sdstudio.run(dir, "export", file.toString(), "--out", "edgar", "--prefix", "Acme!");
		assertEquals(2, prefix.exit(), prefix.toString());
		assertTrue(prefix.errLines().get(0).startsWith("sdstudio: --prefix 'Acme!' is not a valid file name prefix"),
				prefix.toString());
		assertFalse(Files.exists(dir.resolve("edgar")));

		Path blocker = Files.writeString(dir.resolve("blocker"), "a file");
		Sdstudio.Result folder = Sdstudio.run(dir, "export", file.toString(), "--out", "blocker/edgar");
		assertEquals(2, folder.exit(), folder.toString());
		assertEquals(1, folder.errLines().size(), folder.toString());
		assertTrue(folder.err().contains(blocker.resolve("edgar") + ": "), folder.toString());
		assertTrue(folder.err().contains("nothing was written"), folder.toString());
	}

	@Test
	void checkHtmlReportsEveryViolationWithLineAndColumn() throws Exception {
		Files.writeString(dir.resolve("bad.htm"), "<html><body>\n<p onclick=\"x()\">caf\u00e9 <span>AT&T</span>\n"
				+ "<a href=\"http://example.com/\">x</a></p></body></html>", StandardCharsets.UTF_8);
		Sdstudio.Result r = Sdstudio.run(dir, "check-html", "bad.htm");
		assertEquals(1, r.exit(), r.toString());
		List<String> lines = r.out().lines().toList();
		assertEquals(List.of("bad.htm:2:4: EDGAR-ACTIVE event handler onclick on <p>",
				"bad.htm:2:21: EDGAR-NON-ASCII '\u00e9' (U+00E9) is not ASCII; write it as &#233;",
				"bad.htm:2:23: EDGAR-ELEMENT <span> is not in EDGAR's HTML subset",
				"bad.htm:3:10: EDGAR-EXTERNAL href on <a> refers outside the submission (http://example.com/)",
				"bad.htm: 4 violations"), lines, "a bare & is HTML that EDGAR accepts");

		Sdstudio.Result missing = Sdstudio.run(dir, "check-html", "nowhere.htm");
		assertEquals(2, missing.exit(), missing.toString());
		assertEquals("sdstudio: " + dir.resolve("nowhere.htm") + ": no such file", missing.errLines().get(0));
	}

	@Test
	void demoWritesTheExamplesPackageToOut() throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, "demo");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("== EDGAR package (out/)"), r.toString());
		assertTrue(r.out().contains("halcyon-ex101.htm"), r.toString());
		for (String name : new String[] { "halcyon-sd.htm", "halcyon-ex101.htm", "submission.xml" }) {
			assertTrue(Files.size(dir.resolve("out").resolve(name)) > 1000, name);
		}
		Sdstudio.Result help = Sdstudio.run(dir, "--help");
		assertTrue(help.out().contains("  export "), help.toString());
		assertTrue(help.out().contains("  check-html "), help.toString());
	}
}
