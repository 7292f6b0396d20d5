package org.sdstudio.edgar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.ExportCanceledException;
import org.sdstudio.edgar.ExportException;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.model.Filing;

/** The gates of an export: model errors, drafts, bad options, unwritable folders, failures half-way, cancel. */
class ExportGatesTest {

	@TempDir
	Path dir;

	private final EdgarExport export = new EdgarExport();

	@Test
	void aFilingWithErrorsIsRefusedAndNothingIsWritten() throws Exception {
		Filing filing = Fixtures.example();
		filing.getRegistrant().setCik("2984417");
		Path out = dir.resolve("out");
		ExportResult result = export.export(filing, out, ExportOptions.defaults(), new BasicMonitor());
		assertFalse(result.isWritten());
		assertEquals(List.of("SD-FORMAT-CIK"), result.blockingErrors().stream().map(f -> f.getCode()).toList());
		assertFalse(Files.exists(out));
	}

	@Test
	void aDraftIsWrittenDespiteErrorsAndSaysDraft() throws Exception {
		Filing filing = Fixtures.example();
		filing.getRegistrant().setCik(null);
		filing.getSignature().setDate(null);
		ExportResult result = export.export(filing, dir, ExportOptions.defaults().withDraft(true), new BasicMonitor());
		assertTrue(result.isWritten());
		assertTrue(result.draft());
		assertEquals(List.of("halcyon-draft-ex101.htm", "halcyon-draft-sd.htm"), Fixtures.files(dir),
				"no submission.xml: a draft is not for filing");
		for (String name : Fixtures.files(dir)) {
			String html = Files.readString(dir.resolve(name));
			assertTrue(html.contains("<title>DRAFT - "), name);
			assertTrue(html.contains("DRAFT - FOR REVIEW ONLY - NOT FOR FILING WITH THE SEC"), name);
		}
		assertEquals(List.of(), result.violations(), "a draft is still well-formed EDGAR HTML");
	}

	@Test
	void aLongPrefixStillGivesEdgarFileNamesForADraft() throws Exception {
		ExportResult result = export.export(Fixtures.example(), dir,
				ExportOptions.defaults().withPrefix("abcdefghij-klmnopqrs").withDraft(true), new BasicMonitor());
		assertEquals(List.of("abcdefghij-klmno-draft-sd.htm", "abcdefghij-klmno-draft-ex101.htm"),
				result.files().stream().map(f -> f.name()).toList());
		assertTrue(result.files().stream().allMatch(f -> f.name().length() <= 32));
	}

	@Test
	void thePrefixOptionNamesTheFiles() throws Exception {
		ExportResult result = export.export(Fixtures.example(), dir, ExportOptions.defaults().withPrefix("acme"),
				new BasicMonitor());
		assertEquals(List.of("acme-ex101.htm", "acme-sd.htm", "submission.xml"), Fixtures.files(dir));
		assertTrue(Files.readString(dir.resolve("acme-sd.htm")).contains("<a href=\"acme-ex101.htm\">"));
		assertEquals(3, result.files().size());
	}

	@Test
	void anInvalidPrefixIsAClearErrorAndNothingIsWritten() throws Exception {
		Path out = dir.resolve("out");
		ExportException e = assertThrows(ExportException.class, () -> export.export(Fixtures.example(), out,
				ExportOptions.defaults().withPrefix("Acme Corp!"), new BasicMonitor()));
		assertTrue(e.getMessage().startsWith("file name prefix 'Acme Corp!' is not valid"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
		assertFalse(Files.exists(out));
	}

	@Test
	void anUnwritableFolderIsAClearErrorAndNothingIsWritten() throws Exception {
		Path file = Files.writeString(dir.resolve("a-file.txt"), "not a folder");
		Path out = file.resolve("out");
		ExportException e = assertThrows(ExportException.class,
				() -> export.export(Fixtures.example(), out, ExportOptions.defaults(), new BasicMonitor()));
		assertTrue(e.getMessage().startsWith(out.toString() + ": "), e.getMessage());
		assertTrue(e.getMessage().endsWith("nothing was written"), e.getMessage());
		assertEquals(List.of("a-file.txt"), Fixtures.files(dir));
		assertEquals("not a folder", Files.readString(file));
	}

	@Test
	void anEarlierPackageIsReplacedAndOtherFilesAreKept() throws Exception {
		Files.writeString(dir.resolve("halcyon-sd.htm"), "old");
		Files.writeString(dir.resolve("notes.txt"), "mine");
		export.export(Fixtures.example(), dir, ExportOptions.defaults(), new BasicMonitor());
		assertEquals(List.of("halcyon-ex101.htm", "halcyon-sd.htm", "notes.txt", "submission.xml"), Fixtures.files(dir));
		assertTrue(Files.readString(dir.resolve("halcyon-sd.htm")).startsWith("<html>"));
		assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
	}

	@Test
	void aFailureHalfWayPutsTheEarlierPackageBackAndLeavesNothingNew() throws Exception {
		Files.writeString(dir.resolve("halcyon-sd.htm"), "old");
		Files.createDirectory(dir.resolve("halcyon-ex101.htm")); // the second file cannot be moved into place
		ExportException e = assertThrows(ExportException.class,
				() -> export.export(Fixtures.example(), dir, ExportOptions.defaults(), new BasicMonitor()));
		assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
		assertEquals(List.of("halcyon-ex101.htm", "halcyon-sd.htm"), Fixtures.files(dir), "no temporary folder left");
		assertEquals("old", Files.readString(dir.resolve("halcyon-sd.htm")));
		assertTrue(Files.isDirectory(dir.resolve("halcyon-ex101.htm")));
	}

	@Test
	void cancelingStopsTheExportAndLeavesNothing() throws Exception {
		List<String> steps = new ArrayList<>();
		BasicMonitor cancelAfterTransforming = new BasicMonitor() {
			private int total;
			private int done;

			@Override
			public void beginTask(String name, int totalWork) {
				total = totalWork;
			}

			@Override
			public void worked(int work) {
				done += work;
			}

			@Override
			public void subTask(String task) {
				steps.add(done + "/" + total + " " + task);
			}

			@Override
			public boolean isCanceled() {
				return steps.size() == 3;
			}
		};
		assertThrows(ExportCanceledException.class, () -> export.export(Fixtures.example(), dir,
				ExportOptions.defaults(), cancelAfterTransforming));
		assertEquals(List.of(), Fixtures.files(dir));
		assertEquals(List.of("0/6 Checking the filing", "1/6 Writing the canonical filing XML",
				"2/6 Transforming with the EDGAR stylesheets"), steps);
	}

	@Test
	void pageBreaksAreOptional() throws Exception {
		export.export(Fixtures.example(), dir.resolve("with"), ExportOptions.defaults(), new BasicMonitor());
		export.export(Fixtures.example(), dir.resolve("without"), ExportOptions.defaults().withPageBreaks(false),
				new BasicMonitor());
		for (String name : new String[] { "halcyon-sd.htm", "halcyon-ex101.htm" }) {
			assertTrue(Files.readString(dir.resolve("with").resolve(name)).contains("page-break-after:always"), name);
			assertFalse(Files.readString(dir.resolve("without").resolve(name)).contains("page-break"), name);
		}
	}

	@Test
	void anAmendmentIsExportedAsSdA() throws Exception {
		Filing filing = Fixtures.example();
		filing.setFormType(org.sdstudio.model.FormType.SD_A);
		filing.setAmendmentExplanation("Corrects Annex A.");
		ExportResult result = export.export(filing, dir, ExportOptions.defaults(), new BasicMonitor());
		assertEquals(List.of("SD/A", "EX-1.01", "submission"), result.files().stream().map(f -> f.documentType()).toList());
		var sd = Fixtures.xml(dir.resolve("halcyon-sd.htm"));
		// the form shows the amendment by its type, SD/A, where the document type's id is
		assertEquals("SD/A", Fixtures.text(Fixtures.byId(sd, "dei-document-type")));
		assertEquals("Corrects Annex A.", Fixtures.text(Fixtures.byId(sd, "amendment-explanation")));
		var submission = Fixtures.xmlNs(dir.resolve("submission.xml"));
		assertEquals("SD/A", Fixtures.text(Fixtures.child(submission.getDocumentElement(), "submissionType")));
		assertEquals("SD/A", Fixtures.text(Fixtures.elementsNs(submission, "http://www.sec.gov/edgar/common",
				"conformedDocumentType").get(0)));
	}

	@Test
	void anOverlongExhibitDescriptionBlocksAFinalExportAsAModelError() throws Exception {
		Filing filing = Fixtures.example();
		filing.getExhibits().get(0).setDescription("x".repeat(256));
		ExportResult result = export.export(filing, dir, ExportOptions.defaults(), new BasicMonitor());
		assertFalse(result.isWritten());
		assertEquals(List.of("SD-TEXT-TOO-LONG"), result.blockingErrors().stream().map(f -> f.getCode()).toList());
		assertEquals(List.of(), Fixtures.files(dir));
	}

	/** Issue 16, defect 9: the draft failed after its documents were moved into place, and left them there. */
	@Test
	void anOverlongExhibitDescriptionIsNamedAndAFailedDraftLeavesNothing() throws Exception {
		Filing filing = Fixtures.example();
		filing.getExhibits().get(0).setDescription("x".repeat(256));
		ExportException e = assertThrows(ExportException.class,
				() -> export.export(filing, dir, ExportOptions.defaults().withDraft(true), new BasicMonitor()));
		assertTrue(e.getMessage().contains("description of Exhibit 1.01 has 256 characters"), e.getMessage());
		assertEquals(List.of(), Fixtures.files(dir));
	}
}
