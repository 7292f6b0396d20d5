package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sdstudio review} and {@code sdstudio comment} through the built product: output, exit codes, the file. */
class ReviewEndToEndTest {

	private static final String STEP_3 = "report/due-diligence/dd-step-3";
	private static final Map<String, String> NO_USER = Map.of("SDSTUDIO_USER", "");

	@TempDir
	Path dir;

	@Test
	void theTableListsEveryPartWithItsStateApprovalAndOpenComments() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, "review", file.getFileName().toString());
		assertEquals(0, r.exit(), "the example keeps the gate off: " + r);
		assertTrue(r.out().startsWith("Review of halcyon-2025.sdfiling: 17 parts, 13 approved, 2 open comments; "
				+ "final export requires approval: off"), r.toString());
		assertTrue(r.out().matches("(?s).*\n  item-1.01 +Approved +item-1.01-r1 +Jonathan Morrow \\(outside counsel\\) "
				+ "+2026-04-13 +- +0\n.*"), r.toString());
		assertTrue(r.out().matches("(?s).*\n  report/rcoi +Draft +rcoi-r1 .* yes +0\n.*"), r.toString());
		assertTrue(r.out().matches("(?s).*\n  " + STEP_3 + " +In review +- +- +- +- +2\n.*"), r.toString());
		assertTrue(r.out().contains("\n  annex-a "), r.toString());
	}

	@Test
	void withTheGateOnTheTableExits1AndTheFinalExportIsRefusedButNotTheDraft() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result on = Sdstudio.run(dir, "review", file.toString(), "--require-approval", "on");
		assertEquals(0, on.exit(), on.toString());
		assertTrue(on.out().contains("Final export now requires approval of every part."), on.toString());
		assertTrue(on.out().contains("4 parts are not approved yet"), on.toString());
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("requireApproval=\"true\""));

		Sdstudio.Result table = Sdstudio.run(dir, "review", file.toString());
		assertEquals(1, table.exit(), table.toString());
		assertTrue(table.out().contains("A final export would be refused: 4 parts are not approved."), table.toString());

		Sdstudio.Result export = Sdstudio.run(dir, "export", file.toString(), "--out", "pkg");
		assertEquals(1, export.exit(), export.toString());
		assertTrue(export.err().contains("SD-REVIEW-UNAPPROVED"), export.toString());
		assertTrue(export.err().contains("(report/due-diligence/dd-step-3) is not approved: In review"),
				export.toString());
		assertFalse(Files.exists(dir.resolve("pkg/halcyon-sd.htm")), "nothing written");

		Sdstudio.Result draft = Sdstudio.run(dir, "export", file.toString(), "--out", "pkg", "--draft");
		assertEquals(0, draft.exit(), "drafts are never gated: " + draft);

		Sdstudio.Result validate = Sdstudio.run(dir, "validate", file.toString());
		assertEquals(1, validate.exit(), validate.toString());
		assertTrue(validate.out().contains("SD-REVIEW-UNAPPROVED"), validate.toString());

		Sdstudio.Result off = Sdstudio.run(dir, "review", file.toString(), "--require-approval", "off");
		assertEquals(0, off.exit(), off.toString());
		assertEquals(0, Sdstudio.run(dir, "export", file.toString(), "--out", "pkg").exit());
	}

	@Test
	void submitApproveAndTheFileAfterEachStep() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result submit = Sdstudio.run(dir, "review", file.toString(), "--submit", "report/future-steps",
				"--note", "Ready for counsel", "--as", "Priya Natarajan");
		assertEquals(0, submit.exit(), submit.toString());
		assertTrue(submit.out().startsWith("Submitted report/future-steps for review as revision future-steps-r1 by "
				+ "Priya Natarajan."), submit.toString());
		assertTrue(submit.out().contains("report/future-steps: In review, 0 open comments"), submit.toString());
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("<revisions id=\"future-steps-r1\" author=\"Priya Natarajan\""), xml);
		assertTrue(xml.contains("note=\"Ready for counsel\""));

		Sdstudio.Result approve = Sdstudio.run(dir, Map.of("SDSTUDIO_USER", "Dana Whitfield"), "review",
				file.toString(), "--approve", "report/future-steps");
		assertEquals(0, approve.exit(), approve.toString());
		assertTrue(approve.out().startsWith("Approved revision future-steps-r1 of report/future-steps by Dana "
				+ "Whitfield."), "the name from SDSTUDIO_USER: " + approve);
		xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("approvedRevision=\"future-steps-r1\" approvedBy=\"Dana Whitfield\""), xml);

		Sdstudio.Result reopen = Sdstudio.run(dir, NO_USER, "review", file.toString(), "--reopen",
				"report/future-steps");
		assertEquals(0, reopen.exit(), reopen.toString());
		assertTrue(reopen.out().startsWith("Reopened report/future-steps as a draft by "
				+ System.getProperty("user.name") + "."), "the operating-system user: " + reopen);
		assertTrue(reopen.out().contains("report/future-steps: Draft, approved revision future-steps-r1"),
				reopen.toString());
	}

	@Test
	void requestChangesNeedsAComment() throws Exception {
		Path file = Sdstudio.example(dir);
		byte[] before = Files.readAllBytes(file);
		Sdstudio.Result without = Sdstudio.run(dir, "review", file.toString(), "--request-changes", STEP_3);
		assertEquals(1, without.exit(), without.toString());
		assertTrue(without.err().contains("Requesting changes needs a comment"), without.toString());
		assertArrayEquals(before, Files.readAllBytes(file), "refused: the file is unchanged");

		Sdstudio.Result with = Sdstudio.run(dir, "review", file.toString(), "--request-changes", STEP_3, "--comment",
				"Say what happened in 2025.", "--as", "Jonathan Morrow");
		assertEquals(0, with.exit(), with.toString());
		assertTrue(with.out().contains("Requested changes to " + STEP_3 + " by Jonathan Morrow (comment dd-step-3-c4)"),
				with.toString());
		assertTrue(with.out().contains(STEP_3 + ": Changes requested, 3 open comments"), with.toString());
	}

	@Test
	void aRefusedTransitionSaysWhyAndChangesNothing() throws Exception {
		Path file = Sdstudio.example(dir);
		byte[] before = Files.readAllBytes(file);
		Sdstudio.Result r = Sdstudio.run(dir, "review", file.toString(), "--approve", "report/future-steps");
		assertEquals(1, r.exit(), r.toString());
		assertEquals("sdstudio: Section Future Steps is draft; only a part in review can be approved, so submit it "
				+ "for review first. halcyon-2025.sdfiling was not changed.", r.err().strip());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertFalse(Files.exists(dir.resolve("halcyon-2025.sdfiling.bak")), "not even a backup was written");
	}

	@Test
	void anUnknownPartIsAUsageErrorNamingTheKnownOnes() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, "review", file.toString(), "--submit", "report/nowhere");
		assertEquals(2, r.exit(), r.toString());
		assertTrue(r.err().contains("unknown part 'report/nowhere'; the filing's parts are: item-1.01, item-1.02, "
				+ "exhibit, report/cautionary-note,"), r.toString());
		Sdstudio.Result c = Sdstudio.run(dir, "comment", file.toString(), "nowhere", "--text", "x");
		assertEquals(2, c.exit(), c.toString());
		assertTrue(c.err().contains("unknown part 'nowhere'"), c.toString());
	}

	@Test
	void commentOnAPassageReplyResolveAndTheList() throws Exception {
		Path file = Sdstudio.example(dir);
		Sdstudio.Result add = Sdstudio.run(dir, "comment", file.toString(), "report/rcoi", "--text",
				"Which suppliers did not answer?", "--quote", "We sent the CMRT to each supplier", "--as",
				"Jonathan Morrow");
		assertEquals(0, add.exit(), add.toString());
		assertTrue(add.out().startsWith("Added comment rcoi-c1 on \"We sent the CMRT to each supplier\" on "
				+ "report/rcoi by Jonathan Morrow."), add.toString());
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("quotedText=\"We sent the CMRT to each supplier\""), xml);

		Sdstudio.Result reply = Sdstudio.run(dir, "comment", file.toString(), "report/rcoi", "--reply-to", "rcoi-c1",
				"--text", "Two; named in Step 2.", "--as", "Priya Natarajan");
		assertEquals(0, reply.exit(), reply.toString());
		assertTrue(reply.out().startsWith("Added reply rcoi-c2 to rcoi-c1 on report/rcoi by Priya Natarajan."),
				reply.toString());

		Sdstudio.Result list = Sdstudio.run(dir, "comment", file.toString(), "report/rcoi");
		assertEquals(0, list.exit(), list.toString());
		assertTrue(list.out().contains("rcoi-c1  open\n    on \"We sent the CMRT to each supplier\"\n"
				+ "    Jonathan Morrow, "), list.toString());
		assertTrue(list.out().contains("      Priya Natarajan, "), "the reply is indented under its thread: " + list);

		Sdstudio.Result resolve = Sdstudio.run(dir, "comment", file.toString(), "report/rcoi", "--resolve", "rcoi-c1",
				"--as", "Jonathan Morrow");
		assertEquals(0, resolve.exit(), resolve.toString());
		assertTrue(resolve.out().contains("report/rcoi: Draft (changed since approval), approved revision rcoi-r1 "
				+ "by Jonathan Morrow (outside counsel), 0 open comments"), resolve.toString());
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("resolved=\"true\" resolvedBy=\"Jonathan Morrow\""));

		byte[] before = Files.readAllBytes(file);
		Sdstudio.Result again = Sdstudio.run(dir, "comment", file.toString(), "report/rcoi", "--resolve", "rcoi-c1");
		assertEquals(1, again.exit(), again.toString());
		assertTrue(again.err().contains("Comment rcoi-c1 is already resolved by Jonathan Morrow."), again.toString());
		assertArrayEquals(before, Files.readAllBytes(file));

		Sdstudio.Result unknown = Sdstudio.run(dir, "comment", file.toString(), "report/rcoi", "--resolve", "rcoi-c9");
		assertEquals(2, unknown.exit(), unknown.toString());
		assertTrue(unknown.err().contains("unknown comment 'rcoi-c9' on report/rcoi; its comments are: rcoi-c1, rcoi-c2"),
				unknown.toString());
	}

	@Test
	void aPassageThatIsNotInTheTextIsRefused() throws Exception {
		Path file = Sdstudio.example(dir);
		byte[] before = Files.readAllBytes(file);
		Sdstudio.Result r = Sdstudio.run(dir, "comment", file.toString(), "report/rcoi", "--text", "?", "--quote",
				"words that are nowhere");
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.err().contains("The passage \"words that are nowhere\" is not in the text of Section Halcyon "
				+ "Reasonable Country of Origin Inquiry."), r.toString());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void theDemoPrintsTheReviewTableAndTheGateRefusingACopy() throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, "demo");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("== Legal review (sdstudio review)"), r.toString());
		assertTrue(r.out().contains("17 parts, 13 approved, 2 open comments; final export requires approval: off"),
				r.toString());
		assertTrue(r.out().contains("  refused: 4 parts are not approved (nothing was written)"), r.toString());
		assertTrue(r.out().contains("  - Section Future Steps (report/future-steps) is not approved: Draft; the final "
				+ "export requires approval of every part."), r.toString());
		assertTrue(Files.exists(dir.resolve("out/halcyon-sd.htm")), "the example's own final export still runs");
	}
}
