package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./sdstudio} without a command, or with filings, opens the studio window (asked to close again at once). */
class WorkbenchStartTest {

	@TempDir
	Path dir;

	@Test
	@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
	void sdstudioWithoutArgumentsOpensTheStudioWindow() throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, Map.of("SDSTUDIO_VMARGS", "-Dsdstudio.exitAfterStartup=true"));
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("SD Studio window open: SD Studio"), r.toString());
		// -consoleLog prints logged problems: a clean start logs none
		assertFalse((r.out() + r.err()).contains("!ENTRY"), r.toString());
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
	void sdstudioWithAFilingOpensTheStudioOnIt() throws Exception {
		Path filing = Sdstudio.example(dir);
		Sdstudio.Result r = Sdstudio.run(dir, Map.of("SDSTUDIO_VMARGS", "-Dsdstudio.exitAfterStartup=true"),
				filing.toString());
		assertEquals(0, r.exit(), r.toString());
		assertTrue(r.out().contains("SD Studio window open: SD Studio; filings open: halcyon-2025.sdfiling"),
				r.toString());
		assertFalse((r.out() + r.err()).contains("!ENTRY"), r.toString());
	}
}
