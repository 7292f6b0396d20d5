package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;

/**
 * Every page of the filing editor on the example, saved as PNG under the build's output folder
 * ({@code target/screenshots/page-<id>.png}) so a reviewer can look at the studio without running it.
 */
class PageScreenshotsTest {

	@TempDir
	Path dir;

	@AfterEach
	void closeEditors() {
		Studio.closeAll();
	}

	@Test
	void everyPageOfTheExampleIsShownAndSavedAsAScreenshot() throws Exception {
		FilingEditor editor = Studio.open(Studio.copyExample(dir));
		for (FilingEditorPage page : editor.getFilingPages()) {
			editor.showPage(page.getId());
			Studio.settle();
			assertEquals(page.getId(), editor.getActivePageInstance().getId());
			assertTrue(page.getPartControl() != null && !page.getPartControl().isDisposed(), page.getId());
			Path png = Studio.screenshot("page-" + page.getId());
			ImageData image = new ImageLoader().load(png.toString())[0];
			assertTrue(image.width >= 800 && image.height >= 600, "a whole window: " + image.width + "x" + image.height);
			assertTrue(Files.size(png) > 10_000, "a picture with content, not a blank window: " + png);
		}
	}
}
