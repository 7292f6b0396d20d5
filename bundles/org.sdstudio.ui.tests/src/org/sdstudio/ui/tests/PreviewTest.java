package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.submission.ExportRun;
import org.sdstudio.ui.internal.submission.Preview;

/** Preview of exported documents: a draft when there is no export, the system browser when none can be embedded. */
class PreviewTest {

	@TempDir
	Path dir;

	private final List<String> messages = new ArrayList<>();
	private final List<String> launched = new ArrayList<>();

	@AfterEach
	void restore() {
		Preview.setEmbeddedBrowserAllowed(true);
		Preview.setSystemLauncher(null);
		Prompts.setAnswerer(null);
		for (Shell shell : Studio.window().getShell().getDisplay().getShells()) {
			if ("preview".equals(shell.getData("name"))) {
				shell.dispose();
			}
		}
		Studio.closeAll();
	}

	private void script(boolean systemBrowserStarts) {
		Prompts.setAnswerer((title, message) -> messages.add(title + ": " + message));
		Preview.setSystemLauncher(path -> launched.add(path) && systemBrowserStarts);
	}

	@Test
	void withoutAnExportAPreviewIsADraftOpenedInTheSystemBrowserWhenNoneCanBeEmbedded() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		script(true);
		Preview.setEmbeddedBrowserAllowed(false);
		Preview.Shown shown = Preview.show(Studio.window().getShell(), editor, Preview.Document.EXHIBIT_101);
		assertEquals(Preview.Shown.SYSTEM_BROWSER, shown);
		assertEquals(1, launched.size());
		Path document = Path.of(launched.get(0));
		assertEquals("halcyon-draft-ex101.htm", document.getFileName().toString());
		String html = Files.readString(document);
		assertTrue(html.contains("DRAFT") && html.contains("Conflict Minerals Report"));
		assertEquals(1, messages.size());
		assertTrue(messages.get(0).contains("opened in your web browser"), messages.get(0));
		assertNull(editor.getLastExport(), "a preview is not an export");
	}

	@Test
	void whenNoBrowserAtAllCanBeStartedTheUserIsToldWhereTheFileIs() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		script(false);
		Preview.setEmbeddedBrowserAllowed(false);
		Preview.Shown shown = Preview.show(Studio.window().getShell(), editor, Preview.Document.FORM_SD);
		assertEquals(Preview.Shown.NOT_SHOWN, shown);
		assertEquals(1, messages.size());
		assertTrue(messages.get(0).startsWith("Preview Not Available: "), messages.get(0));
		assertTrue(messages.get(0).contains(launched.get(0)), "names the file: " + messages.get(0));
	}

	@Test
	void thePreviewShowsTheLastExportAndNeverCrashesWithOrWithoutAnEmbeddedBrowser() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		script(true);
		Path out = dir.resolve("out");
		ExportRun run = new ExportRun(editor.getFiling(), out, ExportOptions.defaults());
		assertEquals(ExportRun.Outcome.WRITTEN, run.runAndReport(runnable -> runnable.run(
				new NullProgressMonitor()), Studio.window().getShell(), editor));

		// whatever this computer has: WebKitGTK (embedded), or not (the system browser, scripted here)
		Preview.Shown shown = Preview.show(Studio.window().getShell(), editor, Preview.Document.FORM_SD);
		Studio.settle();
		if (shown == Preview.Shown.EMBEDDED) {
			assertTrue(launched.isEmpty());
			assertTrue(List.of(Studio.window().getShell().getDisplay().getShells()).stream()
					.anyMatch(s -> "preview".equals(s.getData("name")) && s.isVisible()));
		} else {
			assertEquals(Preview.Shown.SYSTEM_BROWSER, shown);
			assertEquals(List.of(out.resolve("halcyon-sd.htm").toString()), launched, "the exported file itself");
		}
	}
}
