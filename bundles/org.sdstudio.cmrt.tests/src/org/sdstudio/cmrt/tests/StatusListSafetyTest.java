package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.cmrt.CmrtReadException;
import org.sdstudio.cmrt.StatusListOptions;
import org.sdstudio.cmrt.StatusListReader;
import org.sdstudio.cmrt.StatusListRefusedException;
import org.sdstudio.cmrt.StatusLists;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReferenceEntry;
import org.sdstudio.model.templates.FilingTemplates;

/** Issue 16, defects 2, 3, 4 and 13: a status list never invents a status, and a bad list never replaces a good one. */
class StatusListSafetyTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

	@TempDir
	Path dir;

	private Path csv(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	@Test
	void aListWithoutAStatusColumnIsRefusedNamingItsColumnsWhateverItsName() throws Exception {
		Path file = csv("active-facilities.csv", "Smelter ID,Standard Smelter Name,Metal\nCID000001,A,Gold\n");
		StatusListRefusedException e = assertThrows(StatusListRefusedException.class,
				() -> StatusListReader.read(file, AS_OF));
		assertTrue(e.getMessage().startsWith("active-facilities.csv: has no status column (columns found: "
				+ "'Smelter ID', 'Standard Smelter Name', 'Metal')"), e.getMessage());
		assertTrue(e.getMessage().contains("a status never comes from a file name"), e.getMessage());
		assertTrue(e.getMessage().contains("--status conformant"), e.getMessage());
	}

	@Test
	void theStatusTheUserStatesForTheWholeListIsUsedAndRecorded() throws Exception {
		Path file = csv("active-facilities.csv", "Smelter ID,Standard Smelter Name,Metal\nCID000001,A,Gold\n"
				+ "CID000002,B,Tin\n");
		StatusListReader.Result r = StatusListReader.read(file, AS_OF,
				StatusListOptions.DEFAULTS.withWholeListStatus(ComplianceStatus.CONFORMANT));
		assertEquals(List.of(ComplianceStatus.CONFORMANT, ComplianceStatus.CONFORMANT),
				r.list().getEntries().stream().map(ReferenceEntry::getStatus).toList(), "not Active from the name");
		assertEquals("active-facilities.csv; every facility Conformant as stated by the user", r.list().getSource());
	}

	@Test
	void anUnterminatedQuoteRefusesTheListUnlessSkippingIsAccepted() throws Exception {
		Path file = csv("list.csv", "Smelter ID,Standard Smelter Name,Metal,Status\n"
				+ "CID000001,A,Gold,Conformant\nCID000002,\"B, unterminated,Tin,Active\nCID000003,C,Tin,Active\n");
		StatusListRefusedException e = assertThrows(StatusListRefusedException.class,
				() -> StatusListReader.read(file, AS_OF));
		assertTrue(e.getMessage().contains("1 row(s) cannot be read, so nothing was stored: line 3: a quote opened on "
				+ "line 3 is never closed"), e.getMessage());
		assertTrue(e.getMessage().contains("--skip-bad-rows"), e.getMessage());
		StatusListReader.Result r = StatusListReader.read(file, AS_OF, StatusListOptions.DEFAULTS.withSkipBadRows(true));
		assertEquals(1, r.list().getEntries().size());
		assertEquals(1, r.skippedRows());
	}

	@Test
	void anUnknownOrMissingStatusIsABadRowAndNamedAsSuch() throws Exception {
		Path file = csv("list.csv", "Smelter ID,Metal,Status\nCID000001,Gold,Conformant\nCID000002,Gold,\n"
				+ "CID000003,Gold,In communication\n");
		StatusListRefusedException e = assertThrows(StatusListRefusedException.class,
				() -> StatusListReader.read(file, AS_OF));
		assertTrue(e.getMessage().contains("2 row(s) cannot be read"), e.getMessage());
		assertTrue(e.getMessage().contains("line 3: no status"), e.getMessage());
		assertFalse(e.getMessage().contains("null"), e.getMessage());
		assertTrue(e.getMessage().contains("line 4: status 'In communication' is not Conformant"), e.getMessage());
	}

	@Test
	void aHeaderOnlyListIsRefused() throws Exception {
		Path file = csv("list.csv", "Smelter ID,Metal,Status\n");
		CmrtReadException e = assertThrows(StatusListRefusedException.class, () -> StatusListReader.read(file, AS_OF));
		assertTrue(e.getMessage().contains("holds no facility rows below its header, so nothing was stored"),
				e.getMessage());
	}

	@Test
	void conflictingStatusesForOneSmelterIdAreReportedAndSettledOnlyByChoice() throws Exception {
		Path file = csv("list.csv", "Smelter ID,Metal,Status\nCID000001,Gold,Conformant\nCID000002,Tin,Active\n"
				+ "CID000001,Gold,Non-Conformant\nCID000002,Tin,Active\n");
		StatusListRefusedException e = assertThrows(StatusListRefusedException.class,
				() -> StatusListReader.read(file, AS_OF));
		assertTrue(e.getMessage().contains("1 smelter ID(s) listed with different statuses, so nothing was stored: "
				+ "CID000001 (line 2 Conformant, line 4 Non-Conformant)"), e.getMessage());
		assertEquals(ComplianceStatus.CONFORMANT, statusOf(file, StatusListOptions.Conflicts.FIRST));
		assertEquals(ComplianceStatus.NON_CONFORMANT, statusOf(file, StatusListOptions.Conflicts.LAST));
		assertEquals(ComplianceStatus.NON_CONFORMANT, statusOf(file, StatusListOptions.Conflicts.LEAST_CONFORMANT));
		StatusListReader.Result r = StatusListReader.read(file, AS_OF,
				StatusListOptions.DEFAULTS.withConflicts(StatusListOptions.Conflicts.FIRST));
		assertEquals(2, r.list().getEntries().size(), "one entry per smelter ID and metal");
		assertTrue(r.warnings().stream().anyMatch(w -> w.contains("CID000001") && w.contains("kept the first")),
				r.warnings().toString());
	}

	private ComplianceStatus statusOf(Path file, StatusListOptions.Conflicts choice) throws Exception {
		return StatusListReader.read(file, AS_OF, StatusListOptions.DEFAULTS.withConflicts(choice)).list().getEntries()
				.stream().filter(x -> x.getSmelterId().equals("CID000001")).findFirst().orElseThrow().getStatus();
	}

	@Test
	void replacingAListWithFarFewerEntriesIsFlagged() throws Exception {
		StringBuilder big = new StringBuilder("Smelter ID,Metal,Status\n");
		for (int i = 1; i <= 20; i++) {
			big.append(String.format("CID%06d,Gold,Conformant%n", i));
		}
		Path file = csv("list.csv", big.toString());
		Filing filing = FilingTemplates.blank("Acme", 2025);
		StatusLists.apply(filing, StatusListReader.read(file, AS_OF).list());
		csv("list.csv", "Smelter ID,Metal,Status\nCID000001,Gold,Conformant\n");
		var small = StatusListReader.read(file, AS_OF).list();
		assertTrue(StatusLists.shrinksFarFewer(filing, small));
		csv("list.csv", big.toString().replace("CID000020,Gold,Conformant", ""));
		assertFalse(StatusLists.shrinksFarFewer(filing, StatusListReader.read(file, AS_OF).list()));
	}

	@Test
	void windows1252IsReadWithANote() throws Exception {
		Path file = dir.resolve("list.csv");
		Files.write(file, "Smelter ID,Standard Smelter Name,Metal,Status\nCID000001,Métaux Précieux SA,Gold,Conformant\n"
				.getBytes(Charset.forName("windows-1252")));
		StatusListReader.Result r = StatusListReader.read(file, AS_OF);
		assertEquals("Métaux Précieux SA", r.list().getEntries().get(0).getFacilityName());
		assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("not UTF-8: read as Windows-1252")),
				r.warnings().toString());
	}

	@Test
	void utf16WithABomAndTabsIsRead() throws Exception {
		Path file = dir.resolve("list.txt");
		byte[] text = "Smelter ID\tStandard Smelter Name\tMetal\tStatus\r\nCID000001\tŌkuchi Kōgyō\tGold\tActive\r\n"
				.getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[text.length + 2];
		withBom[0] = (byte) 0xff;
		withBom[1] = (byte) 0xfe;
		System.arraycopy(text, 0, withBom, 2, text.length);
		Files.write(file, withBom);
		StatusListReader.Result r = StatusListReader.read(file, AS_OF);
		assertEquals("Ōkuchi Kōgyō", r.list().getEntries().get(0).getFacilityName());
		assertEquals(ComplianceStatus.ACTIVE, r.list().getEntries().get(0).getStatus());
		Files.write(file, "Smelter ID,Metal,Status\nCID000001,Gold,Active\n".getBytes(StandardCharsets.UTF_16BE));
		assertEquals(1, StatusListReader.read(file, AS_OF).list().getEntries().size(), "UTF-16 without a BOM");
	}

	@Test
	void aFifoIsNamedAsNotARegularFileWithoutHanging() throws Exception {
		Path fifo = dir.resolve("list.csv");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		String m = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(CmrtReadException.class, () -> StatusListReader.read(fifo, AS_OF)).getMessage());
		assertEquals("list.csv: is not a regular file (a folder, device or pipe), so it is not read", m);
	}
}
