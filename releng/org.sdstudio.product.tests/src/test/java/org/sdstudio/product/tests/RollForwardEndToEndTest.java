package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sdstudio roll-forward} end to end through the product. */
class RollForwardEndToEndTest {

	@TempDir
	Path dir;

	@Test
	void theExampleRollsForwardTo2026() throws Exception {
		Path file = Sdstudio.example(dir);
		String before = Files.readString(file, StandardCharsets.UTF_8);
		Sdstudio.Result r = Sdstudio.run(dir, "roll-forward", file.getFileName().toString(), "--out", "halcyon-2026.sdfiling");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("Rolled forward from 2025 to 2026:"), r.out());
		assertTrue(r.out().contains("Reporting year 2025 -> 2026; filing deadline 2027-06-01"), r.out());
		assertTrue(r.out().contains("Form 10-K for the fiscal year ended December 31, 2025"), "a year mention left and reported: " + r.out());
		assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "last year's filing is left as it is");
		String next = Files.readString(dir.resolve("halcyon-2026.sdfiling"), StandardCharsets.UTF_8);
		assertTrue(next.contains("reportingYear=\"2026\""));
		assertTrue(next.contains("2026 Facility and Country List"));

		assertTrue(r.out().contains("17 part(s) back to Draft, their filed text kept as revision 'As filed for 2025'"
				+ " (13 approval(s) not carried); 2 open comment(s) dropped; 1 resolved comment(s) dropped"), r.out());
		Sdstudio.Result review = Sdstudio.run(dir, "review", "halcyon-2026.sdfiling");
		assertTrue(review.out().contains("17 parts, 0 approved, 0 open comments"), review.toString());
		// the filed text is the base of the blackline against last year: the period phrase moved on since
		Sdstudio.Result blackline = Sdstudio.run(dir, "blackline", "halcyon-2026.sdfiling", "--part", "item-1.01",
				"--from", "As filed for 2025", "--out", "item-1.01.html");
		assertEquals(0, blackline.exit(), blackline.toString());
		String html = Files.readString(dir.resolve("item-1.01.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("2026") && html.contains("2025"), "the blackline shows 2025 replaced by 2026");

		Sdstudio.Result validated = Sdstudio.run(dir, "validate", "halcyon-2026.sdfiling");
		assertTrue(validated.exit() <= 1, validated.toString());

		Sdstudio.Result again = Sdstudio.run(dir, "roll-forward", file.getFileName().toString(), "--out", "halcyon-2026.sdfiling");
		assertEquals(2, again.exit(), "an existing file is not overwritten");
		Sdstudio.Result backwards = Sdstudio.run(dir, "roll-forward", file.getFileName().toString(), "--out", "x.sdfiling", "--year", "2024");
		assertEquals(2, backwards.exit(), backwards.toString());
	}

	@Test
	void theDemoRollsTheExampleForward() throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, "demo");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("== Roll forward to 2026"), r.out());
		assertTrue(r.out().contains("291 Annex A row(s) kept, marked \"Carried from 2025\""), r.out());
		assertTrue(Files.readString(dir.resolve("out/halcyon-2026.sdfiling"), StandardCharsets.UTF_8).contains("reportingYear=\"2026\""));
	}

	@Test
	void keepCommentsCarriesTheOpenComments() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, "roll-forward", file.getFileName().toString(), "--out", "kept.sdfiling",
				"--keep-comments", "--as", "Dana Whitfield");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("; 2 open comment(s) kept; 1 resolved comment(s) dropped"), r.out());
		Sdstudio.Result review = Sdstudio.run(dir, "review", "kept.sdfiling");
		assertTrue(review.out().contains("17 parts, 0 approved, 2 open comments"), review.toString());
		String next = Files.readString(dir.resolve("kept.sdfiling"), StandardCharsets.UTF_8);
		assertTrue(next.contains("As filed for 2025") && next.contains("Dana Whitfield"), "the revisions name who rolled forward");
	}
}
