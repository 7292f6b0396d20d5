package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every {@code sdstudio} command, end to end through the materialized product: output and exit codes. */
class CliEndToEndTest {

	@TempDir
	Path dir;

	@Test
	void helpListsEveryCommand() throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, "--help");
		assertEquals(0, r.exit(), r.toString());
		for (String command : new String[] { "new", "validate", "show", "demo" }) {
			assertTrue(r.out().contains("  " + command + " "), "lists " + command + "\n" + r);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "new", "validate", "show", "demo" })
	void everyCommandHasHelp(String command) throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, command, "--help");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().startsWith("Usage: sdstudio " + command), r.toString());
	}

	@Test
	void unknownCommandPrintsUsageAndExits2() throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, "publish");
		assertEquals(2, r.exit(), r.toString());
		assertTrue(r.err().contains("unknown command 'publish'"), r.toString());
		assertTrue(r.err().contains("Usage: sdstudio <command>"), r.toString());
	}

	@Test
	void unknownOptionPrintsTheCommandsUsageAndExits2() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, "validate", "--strict", file.toString());
		assertEquals(2, r.exit(), r.toString());
		assertTrue(r.err().contains("unknown option --strict"), r.toString());
		assertTrue(r.err().contains("Usage: sdstudio validate"), r.toString());
	}

	@Test
	void demoValidatesAndShowsTheEmbeddedExample() throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, "demo");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("Halcyon Respiratory Systems, Inc."), r.toString());
		assertTrue(r.out().contains("0 errors"), r.toString());
		assertTrue(r.out().contains("Annex A: 291 smelters and refiners"), r.toString());
		assertTrue(r.out().contains("Monday, June 1, 2026"), r.toString());
	}

	@Test
	void validateCleanExampleExits0() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, "validate", file.getFileName().toString());
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("0 errors"), r.toString());
	}

	@Test
	void validateReportsErrorsAsATableAndExits1() throws Exception {
		Path file = Sdstudio.example(dir);
		String text = Files.readString(file, StandardCharsets.UTF_8).replace("cik=\"0002984417\"", "cik=\"2984417\"");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Sdstudio.Result r = Sdstudio.run(dir, "validate", file.toString());
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.out().startsWith("SEVERITY"), r.toString());
		assertTrue(Pattern.compile("(?m)^error\\s+SD-FORMAT-CIK\\s+.*2984417").matcher(r.out()).find(), r.toString());
		assertTrue(r.out().contains("1 error,"), r.toString());
	}

	@Test
	void showPrintsRegistrantPeriodDeadlineSectionsAndAnnexCounts() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, "show", file.toString());
		assertEquals(0, r.exit(), r.toString());
		String out = r.out();
		assertTrue(out.contains("Registrant   Halcyon Respiratory Systems, Inc. (CIK 0002984417)"), out);
		assertTrue(out.contains("Period       January 1, 2025 to December 31, 2025"), out);
		assertTrue(out.contains("Deadline     Monday, June 1, 2026 (May 31, 2026 is a Sunday)"), out);
		assertTrue(Pattern.compile("(?m)^  Introduction\\s+\\d{3}  approved$").matcher(out).find(), out);
		assertTrue(Pattern.compile("(?m)^    1\\. .+\\s+\\d+  approved$").matcher(out).find(), out);
		Matcher gold = Pattern.compile("(?m)^  Gold\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$").matcher(out);
		assertTrue(gold.find(), out);
		assertEquals("107 3 0 46 156", gold.group(1) + " " + gold.group(2) + " " + gold.group(3) + " "
				+ gold.group(4) + " " + gold.group(5));
		assertTrue(Pattern.compile("(?m)^  Total\\s+225\\s+9\\s+0\\s+57\\s+291$").matcher(out).find(), out);
	}

	@Test
	void newWritesABlankFilingThatShowsAndValidatesWithErrors() throws Exception {
		Sdstudio.Result created = Sdstudio.run(dir, "new", "acme-2026.sdfiling", "--registrant", "Acme Widgets, Inc.",
				"--year", "2026");
		assertEquals(0, created.exit(), created.toString());
		assertTrue(created.out().contains("due June 1, 2027"), created.toString());
		Path file = dir.resolve("acme-2026.sdfiling");
		assertTrue(Files.readString(file).contains("xmlns:sdf=\"http://sdstudio.org/schema/filing/1.0\""));

		Sdstudio.Result shown = Sdstudio.run(dir, "show", file.toString());
		assertEquals(0, shown.exit(), shown.toString());
		assertTrue(shown.out().contains("Acme Widgets, Inc."), shown.toString());
		assertTrue(shown.out().contains("5. Report Annually on Supply Chain Due Diligence"), shown.toString());
		assertTrue(shown.out().contains("Annex A: 0 smelters and refiners"), shown.toString());

		Sdstudio.Result validated = Sdstudio.run(dir, "validate", file.toString());
		assertEquals(1, validated.exit(), validated.toString());
		assertTrue(validated.out().contains("SD-COVER-CIK"), validated.toString());
		assertTrue(validated.out().contains("SD-SIGNATURE-NAME"), validated.toString());
	}

	@Test
	void newRefusesToReplaceAnExistingFileWithoutForce() throws Exception {
		Path file = Sdstudio.example(dir);
		byte[] before = Files.readAllBytes(file);
		Sdstudio.Result r = Sdstudio.run(dir, "new", file.toString(), "--registrant", "Other, Inc.");
		assertEquals(2, r.exit(), r.toString());
		assertTrue(r.err().contains("already exists"), r.toString());
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	void newWithoutRegistrantIsAUsageError() throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, "new", "x.sdfiling");
		assertEquals(2, r.exit(), r.toString());
		assertTrue(r.err().contains("missing option --registrant"), r.toString());
		assertFalse(Files.exists(dir.resolve("x.sdfiling")));
	}

	@Test
	void damagedFileGivesOneLineErrorAndExit2() throws Exception {
		Path file = Sdstudio.example(dir);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
		byte[] damaged = Files.readAllBytes(file);
		for (String command : new String[] { "validate", "show" }) {
			Sdstudio.Result r = Sdstudio.run(dir, command, file.toString());
			assertEquals(2, r.exit(), r.toString());
			assertEquals(1, r.errLines().size(), r.toString());
			assertTrue(r.err().startsWith("sdstudio: " + file + ": damaged XML at line "), r.toString());
		}
		assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(file)), "a damaged file is left as it was");
	}

	@Test
	void missingFileGivesOneLineErrorAndExit2() throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, "show", "nowhere.sdfiling");
		assertEquals(2, r.exit(), r.toString());
		assertEquals(1, r.errLines().size(), r.toString());
		assertEquals("sdstudio: " + dir.resolve("nowhere.sdfiling") + ": no such file", r.errLines().get(0));
	}

	@Test
	void wrongExtensionGivesOneLineErrorAndExit2() throws Exception {
		Path file = Files.writeString(dir.resolve("report.xml"), "<x/>");
		Sdstudio.Result r = Sdstudio.run(dir, "validate", file.toString());
		assertEquals(2, r.exit(), r.toString());
		assertEquals(1, r.errLines().size(), r.toString());
		assertTrue(r.err().contains(file + ": not a filing file (SD Studio filings end in .sdfiling)"), r.toString());
	}

	@Test
	void foreignXmlGivesOneLineErrorAndExit2() throws Exception {
		Path file = Files.writeString(dir.resolve("other.sdfiling"), "<?xml version=\"1.0\"?><invoice xmlns=\"urn:x\"/>");
		Sdstudio.Result r = Sdstudio.run(dir, "show", file.toString());
		assertEquals(2, r.exit(), r.toString());
		assertEquals(1, r.errLines().size(), r.toString());
		assertTrue(r.err().contains("not an SD Studio filing (its root element is <invoice> in namespace urn:x)"),
				r.toString());
	}
}
