package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.ui.internal.compare.CompareDialog;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Filing > Compare: the filing's blackline in the studio, against its approved revisions or another filing. */
class CompareTest {

	@TempDir
	Path dir;

	@AfterEach
	void close() {
		Studio.closeAll();
	}

	@Test
	void theBlacklineAgainstApprovedAndAgainstLastYearAndItsExports() throws Exception {
		Path file = Studio.copyExample(dir);
		FilingEditor editor = Studio.open(file);
		Command command = Studio.window().getService(ICommandService.class)
				.getCommand("org.sdstudio.ui.commands.compare");
		assertTrue(command.isDefined(), "Filing > Compare... is there");

		CompareDialog dialog = new CompareDialog(Studio.window().getShell(), editor.getFiling(),
				file.getFileName().toString());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Label summary = Studio.find(dialog.getShell(), Label.class, "compare.summary");
			assertTrue(summary.getText().startsWith(file.getFileName() + " (current text) against "
					+ file.getFileName() + " (approved revisions): 1 of 17 parts changed"), summary.getText());
			assertTrue(dialog.html().contains("This is not an EDGAR document"));

			// last year's filing: the example with a phrase changed
			Path lastYear = dir.resolve("halcyon-2024.sdfiling");
			Files.writeString(lastYear, Files.readString(file, StandardCharsets.UTF_8).replace("in good faith",
					"carefully"), StandardCharsets.UTF_8);
			dialog.compareWith(lastYear);
			assertTrue(summary.getText().contains("against halcyon-2024.sdfiling"), summary.getText());
			assertTrue(dialog.html().contains("carefully</del>"), "the old words struck through");
			if (!dialog.hasEmbeddedBrowser()) {
				// no WebKitGTK here: the blackline is drawn as styled text in the dialog
				org.eclipse.swt.custom.StyledText shown = Studio.find(dialog.getShell(),
						org.eclipse.swt.custom.StyledText.class, "compare.text");
				int at = shown.getText().indexOf("carefully");
				assertTrue(at >= 0, shown.getText());
				assertTrue(shown.getStyleRangeAtOffset(at).strikeout, "struck through");
			}
			Studio.screenshot("compare", dialog.getShell());

			Path html = dir.resolve("blackline.html");
			Path docx = dir.resolve("blackline.docx");
			assertTrue(dialog.export(html, false));
			assertTrue(dialog.export(docx, true));
			assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("Blackline"));
			assertEquals("PK", new String(Files.readAllBytes(docx), 0, 2, StandardCharsets.US_ASCII));
		} finally {
			dialog.close();
		}
	}
}
