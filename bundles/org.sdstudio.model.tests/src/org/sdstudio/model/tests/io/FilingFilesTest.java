package org.sdstudio.model.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.templates.FilingTemplates;
import org.sdstudio.model.tests.Examples;

/** Reading and writing .sdfiling files: lossless round trips, atomic saves with a backup, clear errors. */
class FilingFilesTest {

	@TempDir
	Path dir;

	@Test
	void exampleLoadsWithEveryPartOfTheFiling() throws Exception {
		Filing filing = FilingFiles.load(Examples.HALCYON_2025);
		assertEquals(2025, filing.getReportingYear());
		assertEquals("Halcyon Respiratory Systems, Inc.", filing.getRegistrant().getName());
		assertEquals(LocalDate.of(2025, 12, 31), filing.getRules().get(0).getPeriodEnd());
		assertEquals(291, filing.getReport().getAnnexA().getRows().size());
		List<String> kinds = filing.getReport().getSections().stream().map(s -> s.getKind().getLiteral()).toList();
		assertEquals(List.of("cautionary-note", "introduction", "background", "rcoi", "due-diligence",
				"smelters-and-refiners", "risk-factors", "future-steps"), kinds);
		ReportSection diligence = filing.getReport().getSections().get(4);
		assertEquals(5, diligence.getSubsections().size());
		ReportSection intro = filing.getReport().getSections().get(1);
		assertEquals(intro.getReview().getRevisions().get(intro.getReview().getRevisions().size() - 1).getId(),
				intro.getReview().getApprovedRevision(), "the approved revision is named by its id");
	}

	@Test
	void exampleSavesAndReloadsToAnEqualModel() throws Exception {
		Filing original = FilingFiles.load(Examples.HALCYON_2025);
		Path copy = dir.resolve("copy.sdfiling");
		FilingFiles.save(EcoreUtil.copy(original), copy);
		Filing reloaded = FilingFiles.load(copy);
		assertTrue(EcoreUtil.equals(original, reloaded), "reloaded model equals the original");
		// saving is deterministic: the same model gives the same bytes
		Path again = dir.resolve("again.sdfiling");
		FilingFiles.save(reloaded, again);
		assertArrayEquals(Files.readAllBytes(copy), Files.readAllBytes(again));
	}

	@Test
	void savedFileIsReadableXmlInTheVersionedNamespace() throws Exception {
		Path file = dir.resolve("acme.sdfiling");
		FilingFiles.save(FilingTemplates.blank("Acme Widgets, Inc.", 2025), file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
		assertTrue(text.contains("xmlns:sdf=\"http://sdstudio.org/schema/filing/1.0\""), text);
		assertTrue(text.contains("<registrant name=\"Acme Widgets, Inc.\""), text);
		assertTrue(text.lines().allMatch(l -> l.length() <= 400), "no giant lines: diffs stay readable");
	}

	@Test
	void saveReplacesAtomicallyAndKeepsThePreviousVersionAsBackup() throws Exception {
		Path file = dir.resolve("f.sdfiling");
		Filing filing = FilingTemplates.blank("Acme Widgets, Inc.", 2025);
		FilingFiles.save(filing, file);
		byte[] first = Files.readAllBytes(file);
		filing.getRegistrant().setCik("0001234567");
		FilingFiles.save(filing, file);
		assertArrayEquals(first, Files.readAllBytes(dir.resolve("f.sdfiling.bak")));
		assertEquals("0001234567", FilingFiles.load(file).getRegistrant().getCik());
		try (Stream<Path> files = Files.list(dir)) {
			// the lock file stays (removing it would race with the next writer); no temporary is left
			assertEquals(List.of(".f.sdfiling.lock", "f.sdfiling", "f.sdfiling.bak"),
					files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
		}
	}

	@Test
	void aDamagedFileIsNeverOverwritten() throws Exception {
		Path file = Files.writeString(dir.resolve("damaged.sdfiling"),
				"<?xml version=\"1.0\"?><sdf:Filing xmlns:sdf=\"http://sdstudio.org/schema/filing/1.0\"><registrant");
		byte[] before = Files.readAllBytes(file);
		FilingFileException e = assertThrows(FilingFileException.class,
				() -> FilingFiles.save(FilingTemplates.blank("Acme", 2025), file));
		assertTrue(e.getMessage().startsWith(file + ": exists and is not a readable SD Studio filing"), e.getMessage());
		assertTrue(e.getMessage().endsWith("so it was not overwritten"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertFalse(Files.exists(dir.resolve("damaged.sdfiling.bak")));
	}

	@Test
	void aForeignFileIsNeverOverwritten() throws Exception {
		Path file = Files.writeString(dir.resolve("notes.sdfiling"), "just some notes, not XML\n");
		assertThrows(FilingFileException.class, () -> FilingFiles.save(FilingTemplates.blank("Acme", 2025), file));
		assertEquals("just some notes, not XML\n", Files.readString(file));
	}

	@Test
	void damagedXmlNamesFileLineAndColumn() throws Exception {
		String text = Files.readString(Examples.HALCYON_2025, StandardCharsets.UTF_8);
		Path file = Files.writeString(dir.resolve("cut.sdfiling"), text.substring(0, text.length() / 3),
				StandardCharsets.UTF_8);
		FilingFileException e = assertThrows(FilingFileException.class, () -> FilingFiles.load(file));
		assertTrue(e.getMessage().matches("\\Q" + file + "\\E: damaged XML at line \\d+, column \\d+: .+"),
				e.getMessage());
		assertEquals(1, e.getMessage().lines().count(), "one line");
	}

	@Test
	void foreignAndNewerFilesAreNamedAsSuch() throws Exception {
		Path foreign = Files.writeString(dir.resolve("a.sdfiling"), "<?xml version=\"1.0\"?><html/>");
		assertEquals(foreign + ": not an SD Studio filing (its root element is <html> without a namespace)",
				assertThrows(FilingFileException.class, () -> FilingFiles.load(foreign)).getMessage());
		Path newer = Files.writeString(dir.resolve("b.sdfiling"),
				"<?xml version=\"1.0\"?><sdf:Filing xmlns:sdf=\"http://sdstudio.org/schema/filing/2.0\"/>");
		assertEquals(newer + ": written in filing format 2.0, but this version of SD Studio reads format 1.0",
				assertThrows(FilingFileException.class, () -> FilingFiles.load(newer)).getMessage());
	}

	@Test
	void unknownElementsAndBadValuesAreErrorsNotSilentLoss() throws Exception {
		String head = "<?xml version=\"1.0\"?><sdf:Filing xmlns:sdf=\"http://sdstudio.org/schema/filing/1.0\" reportingYear=\"2025\">";
		Path unknown = Files.writeString(dir.resolve("u.sdfiling"), head + "<registrant nickname=\"x\"/></sdf:Filing>");
		String m1 = assertThrows(FilingFileException.class, () -> FilingFiles.load(unknown)).getMessage();
		assertTrue(m1.contains("unknown element or attribute 'nickname'"), m1);
		assertTrue(m1.contains("line 1"), m1);
		Path badEnum = Files.writeString(dir.resolve("v.sdfiling"), head.replace("reportingYear=\"2025\"",
				"reportingYear=\"2025\" formType=\"10-K\"") + "</sdf:Filing>");
		String m2 = assertThrows(FilingFileException.class, () -> FilingFiles.load(badEnum)).getMessage();
		assertTrue(m2.contains("'10-K'") && m2.contains("formType"), m2);
	}

	@Test
	void missingEmptyAndWrongExtensionAreClear() throws Exception {
		Path missing = dir.resolve("none.sdfiling");
		assertEquals(missing + ": no such file",
				assertThrows(FilingFileException.class, () -> FilingFiles.load(missing)).getMessage());
		Path empty = Files.createFile(dir.resolve("empty.sdfiling"));
		assertEquals(empty + ": the file is empty",
				assertThrows(FilingFileException.class, () -> FilingFiles.load(empty)).getMessage());
		Path xml = Files.writeString(dir.resolve("filing.xml"), "<x/>");
		assertEquals(xml + ": not a filing file (SD Studio filings end in .sdfiling)",
				assertThrows(FilingFileException.class, () -> FilingFiles.load(xml)).getMessage());
	}

	@Test
	void externalEntitiesAreRefused() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
		Path file = Files.writeString(dir.resolve("xxe.sdfiling"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \""
				+ secret.toUri() + "\">]><sdf:Filing xmlns:sdf=\"http://sdstudio.org/schema/filing/1.0\" amendmentExplanation=\"&e;\"/>");
		String m = assertThrows(FilingFileException.class, () -> FilingFiles.load(file)).getMessage();
		assertTrue(m.contains("damaged XML") && m.contains("DOCTYPE"), m);
	}

	@Test
	void aFailedSaveWritesNothingAndKeepsTheModel() throws IOException {
		// the "folder" is a plain file, so no temporary file can be made next to the target (even for root)
		Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
		Path target = notAFolder.resolve("f.sdfiling");
		Filing filing = FilingTemplates.blank("Acme", 2025);
		SmelterEntry row = org.sdstudio.model.SdStudioFactory.eINSTANCE.createSmelterEntry();
		row.setMetal(Metal.TIN);
		row.setStatus(ComplianceStatus.ACTIVE);
		filing.getReport().getAnnexA().getRows().add(row);
		FilingFileException e = assertThrows(FilingFileException.class, () -> FilingFiles.save(filing, target));
		assertTrue(e.getMessage().startsWith(target + ": could not be saved"), e.getMessage());
		assertTrue(e.getMessage().endsWith("the previous version is unchanged"), e.getMessage());
		assertEquals("x", Files.readString(notAFolder));
		assertEquals(1, filing.getReport().getAnnexA().getRows().size());
	}
}
