package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.ui.internal.lastyear.StartPage;

/** The start page: there when no filing is open, gone while one is, back when the last one closes. */
class StartPageTest {

	@TempDir
	Path dir;

	@AfterEach
	void close() {
		Studio.closeAll();
	}

	private static List<IEditorReference> startPages() {
		return Arrays.stream(Studio.page().getEditorReferences()).filter(r -> r.getId().equals(StartPage.ID)).toList();
	}

	@Test
	void theStartPageComesAndGoesWithTheFilings() throws Exception {
		Studio.open(Studio.copyExample(dir));
		Studio.closeAll();
		Studio.waitUntil("the start page", 5000, () -> startPages().size() == 1);
		StartPage start = (StartPage) startPages().get(0).getEditor(true);
		Studio.page().activate(start);
		Studio.settle();
		List<String> links = Studio.findAll(Studio.window().getShell(), Link.class, l -> l.getData("name") != null)
				.stream().map(l -> (String) l.getData("name")).toList();
		assertTrue(links.containsAll(List.of("newFiling", "openExample", "importFiledReport", "rollForward")), links.toString());
		Studio.screenshot("start-page");

		Path file = dir.resolve("halcyon-2025.sdfiling");
		Studio.open(file);
		Studio.waitUntil("the start page closed", 5000, () -> startPages().isEmpty());
		assertEquals(1, Studio.page().getEditorReferences().length);

		Studio.closeAll();
		Studio.waitUntil("the start page back", 5000, () -> startPages().size() == 1);
		Studio.settle();
		assertTrue(Studio.findAll(Studio.window().getShell(), Link.class, l -> "recent".equals(l.getData("name"))).stream()
				.anyMatch(l -> l.getText().contains("halcyon-2025.sdfiling")), "the filing is among the recent ones");
	}
}
