package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The supplier-intake commands end to end through ./sdstudio: output, exit codes, files written or left alone. */
class CmrtIntakeEndToEndTest {

	@TempDir
	Path dir;

	static final Path SUPPLIERS = Sdstudio.HOME.resolve("examples/suppliers");
	static final Path STATUS_LIST = Sdstudio.HOME.resolve("examples/rmi-status-list-2026-01-31.csv");

	@ParameterizedTest
	@ValueSource(strings = { "import-cmrt", "import-status", "annex", "suppliers" })
	void listedWithHelp(String command) throws Exception {
		Sdstudio.Result help = Sdstudio.run(dir, "--help");
		assertTrue(help.out().contains("  " + command + " "), help.toString());
		Sdstudio.Result r = Sdstudio.run(dir, command, "--help");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().startsWith("Usage: sdstudio " + command), r.toString());
	}

	@Test
	void importStatusRebuildAndFollowUp() throws Exception {
		Path filing = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, "import-cmrt", filing.getFileName().toString(), SUPPLIERS.toString());
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("NEW SUPPLIER  kestrel-cable-cmrt-6.4.xlsx  Kestrel Cable & Wire GmbH  CMRT 6.4  "
				+ "45 smelter rows  1 error, 5 warnings, 0 info"), r.toString());
		assertTrue(r.out().contains("5 file(s): 5 imported, 0 not readable"), r.toString());
		assertTrue(r.err().contains("[1/5] reading borealis-precision-cmrt-6.5.xlsx"), r.toString());
		assertTrue(Files.readString(filing).contains("Tamarack Electronics Ltd."));

		// the same files again: nothing changes, the filing is not written
		byte[] before = Files.readAllBytes(filing);
		r = Sdstudio.run(dir, "import-cmrt", filing.toString(), SUPPLIERS.toString());
		assertEquals(0, r.exit(), r.toString());
		assertEquals(5, r.out().lines().filter(l -> l.startsWith("UNCHANGED")).count(), r.toString());
		assertArrayEquals(before, Files.readAllBytes(filing));

		r = Sdstudio.run(dir, "import-status", filing.toString(), STATUS_LIST.toString());
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("234 facilities"), r.toString());
		assertTrue(r.out().contains("As of 2026-01-31 (from the 'As of' line in the file)"), r.toString());

		before = Files.readAllBytes(filing);
		r = Sdstudio.run(dir, "annex", filing.toString(), "--rebuild", "--dry-run");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("Consolidated 5 current response(s) into 201 facilities"), r.toString());
		assertTrue(r.out().contains("Annex A plan: 1 added, 91 removed"), r.toString());
		assertArrayEquals(before, Files.readAllBytes(filing), "a dry run writes nothing");

		r = Sdstudio.run(dir, "annex", filing.toString(), "--rebuild");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("Annex A now has 201 rows"), r.toString());
		r = Sdstudio.run(dir, "show", filing.toString());
		assertTrue(r.out().contains("Annex A: 201 smelters and refiners"), r.toString());
		r = Sdstudio.run(dir, "annex", filing.toString());
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("located in a sanctioned or high-risk country"), r.toString());

		r = Sdstudio.run(dir, "suppliers", filing.toString(), "--follow-up", "follow-up.csv");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("Kestrel Cable & Wire GmbH: kestrel-cable-cmrt-6.4.xlsx, CMRT 6.4"), r.toString());
		assertTrue(r.out().contains("CMRT-DECL-EMAIL-MISSING"), r.toString());
		String csv = Files.readString(dir.resolve("follow-up.csv"), StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("Supplier,Contact name,Contact e-mail,File,Cell,Severity,Code,Message"), csv);
		assertTrue(csv.contains("Declaration!D16: the contact e-mail is missing. Please"), csv);
		r = Sdstudio.run(dir, "suppliers", filing.toString(), "--follow-up", "follow-up.xlsx");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(Files.size(dir.resolve("follow-up.xlsx")) > 1000);
	}

	@Test
	void anUnreadableFileIsListedAndTheOthersAreImported() throws Exception {
		Path filing = Sdstudio.example(dir);
		Path bad = Files.writeString(dir.resolve("scan.xlsx"), "this is not a workbook");
		Path good = Files.copy(SUPPLIERS.resolve("orchid-metalworks-cmrt-6.1.xlsx"), dir.resolve("orchid.xlsx"));
		Sdstudio.Result r = Sdstudio.run(dir, "import-cmrt", filing.toString(), bad.toString(), good.toString());
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.out().contains("NOT IMPORTED  scan.xlsx: is not an Excel workbook (.xlsx): it is not a zip file"),
				r.toString());
		assertTrue(r.out().contains("NEW SUPPLIER  orchid.xlsx  Orchid Metalworks S.A."), r.toString());
	}

	@Test
	void onlyUnreadableFilesLeaveTheFilingExactlyAsItWas() throws Exception {
		Path filing = Sdstudio.example(dir);
		byte[] before = Files.readAllBytes(filing);
		Path bad = Files.write(dir.resolve("half.xlsx"),
				java.util.Arrays.copyOf(Files.readAllBytes(SUPPLIERS.resolve("orchid-metalworks-cmrt-6.1.xlsx")), 300_000));
		Sdstudio.Result r = Sdstudio.run(dir, "import-cmrt", filing.toString(), bad.toString());
		assertEquals(1, r.exit(), r.toString());
		assertTrue(r.out().contains("NOT IMPORTED  half.xlsx: "), r.toString());
		assertArrayEquals(before, Files.readAllBytes(filing));
		assertTrue(Files.notExists(dir.resolve("halcyon-2025.sdfiling.bak")), "not even a backup was made");
	}

	@Test
	void rebuildWithoutSuppliersIsRefused() throws Exception {
		Path filing = Sdstudio.example(dir);
		byte[] before = Files.readAllBytes(filing);
		Sdstudio.Result r = Sdstudio.run(dir, "annex", filing.toString(), "--rebuild");
		assertEquals(2, r.exit(), r.toString());
		assertTrue(r.err().contains("no imported supplier responses"), r.toString());
		assertArrayEquals(before, Files.readAllBytes(filing));
	}

	@Test
	void demoRunsTheIntakeAndWritesItsOwnFile() throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, "demo");
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("== Supplier intake"), r.toString());
		assertTrue(r.out().contains("5 file(s): 5 imported, 0 not readable"), r.toString());
		assertTrue(r.out().contains("Annex A plan: "), r.toString());
		Path out = dir.resolve("out/halcyon-2025-intake.sdfiling");
		assertTrue(Files.exists(out), r.toString());
		assertTrue(r.out().contains(out.toString()), r.toString());
		Sdstudio.Result show = Sdstudio.run(dir, "suppliers", out.toString());
		assertTrue(show.out().contains("Borealis Precision Components Co., Ltd."), show.toString());
	}
}
