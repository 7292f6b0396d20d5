package org.sdstudio.edgar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.EdgarExport;
import org.eclipse.emf.common.util.BasicMonitor;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.HtmlRule;
import org.sdstudio.edgar.HtmlViolation;
import org.sdstudio.edgar.PackageCheck;

/** Files and folders checked as one submission package (what check-html and the studio's dialog do). */
class PackageCheckTest {

	@TempDir
	Path dir;

	private Path write(String name, String html) throws Exception {
		return Files.writeString(dir.resolve(name), html, StandardCharsets.US_ASCII);
	}

	private static List<String> codes(PackageCheck check) {
		return check.violations().stream().map(v -> v.file() + ":" + v.rule().code()).toList();
	}

	@Test
	void severalFilesAreOnePackageAndTheirLinksResolve() throws Exception {
		Path sd = write("acme-sd.htm", "<html><body><p><a href=\"acme-ex101.htm#annex\">Exhibit 1.01</a></p>"
				+ "<img src=\"acme-logo.gif\" alt=\"logo\"></body></html>");
		Path ex = write("acme-ex101.htm", "<html><body><p id=\"annex\">Annex A</p><a href=\"acme-sd.htm\">back</a>"
				+ "</body></html>");
		Path logo = Files.write(dir.resolve("acme-logo.gif"), new byte[] { 'G', 'I', 'F' });
		PackageCheck together = PackageCheck.of(List.of(sd, ex, logo));
		assertEquals(List.of(), codes(together));
		assertEquals(3, together.files().size());
		assertEquals("3 files checked: no violations of EDGAR's rules.", together.summary());

		// the same document alone is a package without its exhibit and image
		PackageCheck alone = PackageCheck.of(List.of(sd));
		assertEquals(List.of("acme-sd.htm:EDGAR-LINK", "acme-sd.htm:EDGAR-LINK"), codes(alone));
		assertTrue(alone.violations().get(0).message().contains("acme-ex101.htm, which is not a file of the submission"));
	}

	@Test
	void aFolderStandsForItsHtmDocumentsAndEveryFileInItCountsForLinks() throws Exception {
		write("acme-sd.htm", "<HTML><BODY><P><A HREF=acme-ex101.htm>Exhibit</A><BR><IMG SRC=logo.jpg ALT=x></BODY></HTML>");
		write("acme-ex101.htm", "<html><body><p>The Company&#146;s report<span>x</span></body></html>");
		Files.write(dir.resolve("logo.jpg"), new byte[] { 1, 2, 3 });
		write("notes.txt", "<script>not an EDGAR document of this package</script>");
		write("draft.html", "<span>not .htm</span>");
		PackageCheck check = PackageCheck.of(List.of(dir));
		assertEquals(List.of("acme-ex101.htm", "acme-sd.htm"),
				check.files().stream().map(f -> f.path().getFileName().toString()).toList());
		assertEquals(List.of("acme-ex101.htm:EDGAR-ELEMENT"), codes(check));
		HtmlViolation span = check.violations().get(0);
		assertEquals(1, span.line());
		assertEquals(41, span.column());
		assertEquals("2 files checked: 1 violation in 1 file.", check.summary());
	}

	@Test
	void unreadableFilesAreNamedWithTheReasonAndTheRestIsChecked() throws Exception {
		Path sd = write("acme-sd.htm", "<html><body><p>x</p></body></html>");
		PackageCheck check = PackageCheck.of(List.of(sd, dir.resolve("acme-ex102.htm")));
		assertEquals(1, check.files().size());
		assertEquals(List.of(new PackageCheck.Unreadable(dir.resolve("acme-ex102.htm"), "no such file")),
				check.unreadable());
		assertEquals("1 file checked: no violations of EDGAR's rules; 1 file could not be read.", check.summary());
		assertTrue(!check.passed());
	}

	@Test
	void anExportedPackagePassesAndATamperedOneIsCaught() throws Exception {
		new EdgarExport().export(Fixtures.example(), dir, ExportOptions.defaults().withCcc("A1b2C3d$"),
				new BasicMonitor());
		PackageCheck check = PackageCheck.of(List.of(dir));
		assertEquals(List.of("halcyon-ex101.htm", "halcyon-sd.htm", "submission.xml"),
				check.files().stream().map(f -> f.path().getFileName().toString()).toList());
		assertEquals(List.of(), codes(check));

		Path ex = dir.resolve("halcyon-ex101.htm");
		Files.writeString(ex, Files.readString(ex).replace("Conflict Minerals Report", "Conflict Minerals Rep0rt"));
		PackageCheck tampered = PackageCheck.of(List.of(dir));
		assertEquals(List.of("submission.xml:EDGAR-SUBMISSION"), codes(tampered));
		assertEquals(HtmlRule.SUBMISSION, tampered.violations().get(0).rule());
		assertTrue(tampered.violations().get(0).message().contains("contents of halcyon-ex101.htm differ"));

		Path submission = dir.resolve("submission.xml");
		Files.writeString(submission, Files.readString(submission).replace("<liveTestFlag>TEST</liveTestFlag>",
				"<liveTestFlag>MAYBE</liveTestFlag>"));
		assertTrue(PackageCheck.of(List.of(submission)).violations().stream()
				.anyMatch(v -> v.message().contains("does not match EDGAR's SD submission schema") && v.line() > 1),
				PackageCheck.of(List.of(submission)).violations().toString());
	}
}
