package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The studio's own workbench starts (under Xvfb in CI) with its window, title and perspective. */
class WorkbenchStartTest {

	@Test
	void studioWindowOpensWithTheFilingPerspective() {
		assertTrue(PlatformUI.isWorkbenchRunning(), "workbench running");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "an active workbench window");
		assertEquals("SD Studio", window.getShell().getText());
		assertEquals("org.sdstudio.ui.perspective.filing", window.getActivePage().getPerspective().getId());
		Point size = window.getShell().getSize();
		assertTrue(size.x >= 800 && size.y >= 600, "a usable default window size, was " + size);
	}
}
