package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sdstudio import-edgar} end to end through the product: jsoup as the OSGi runtime loads it. */
class ImportEdgarEndToEndTest {

	@TempDir
	Path dir;

	@Test
	void theExportedExampleComesBackAsAFiling() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result exported = Sdstudio.run(dir, "export", file.getFileName().toString(), "--out", "edgar");
		assertEquals(0, exported.exit(), exported.toString());

		Sdstudio.Result r = Sdstudio.run(dir, "import-edgar", "edgar", "--out", "imported.sdfiling");
		assertEquals(0, r.exit(), r.toString());
		assertEquals("", r.err(), r.toString());
		assertTrue(r.out().contains("Form SD for 2025: Halcyon Respiratory Systems, Inc. (Delaware), Commission File Number 001-49872"), r.out());
		assertTrue(r.out().contains("Annex A: 291 rows (Gold "), r.out());
		assertTrue(r.out().contains("1. Establishing Strong Company Management Systems"), r.out());
		assertTrue(r.out().contains("Saved " + dir.resolve("imported.sdfiling")), r.out());

		Sdstudio.Result validated = Sdstudio.run(dir, "show", "imported.sdfiling");
		assertEquals(0, validated.exit(), validated.toString());
		assertTrue(validated.out().contains("Halcyon Respiratory Systems, Inc."), validated.out());

		Sdstudio.Result again = Sdstudio.run(dir, "import-edgar", "edgar", "--out", "imported.sdfiling");
		assertEquals(2, again.exit(), "an existing file is not overwritten: " + again);
	}

	@Test
	void badInputGetsOneLineAndNothingIsWritten() throws Exception {
		Files.writeString(dir.resolve("10k.htm"), "<HTML><BODY><P>FORM 10-K<P>ANNUAL REPORT</BODY></HTML>", StandardCharsets.US_ASCII);
		Files.writeString(dir.resolve("empty.txt"), "<SEC-DOCUMENT>\n<SEC-HEADER>\n</SEC-HEADER>\n</SEC-DOCUMENT>\n", StandardCharsets.US_ASCII);
		Files.writeString(dir.resolve("ex101.htm"), "<html><body><p align=center><b>Conflict Minerals Report</b></p><p>Text.</p></body></html>",
				StandardCharsets.US_ASCII);
		for (String input : new String[] { "10k.htm", "empty.txt", "ex101.htm" }) {
			Sdstudio.Result r = Sdstudio.run(dir, "import-edgar", input, "--out", "new.sdfiling");
			assertEquals(2, r.exit(), r.toString());
			assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
			assertTrue(r.err().contains(input), r.err());
			assertFalse(Files.exists(dir.resolve("new.sdfiling")), input);
		}
	}
}
