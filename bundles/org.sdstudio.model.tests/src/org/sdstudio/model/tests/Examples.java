package org.sdstudio.model.tests;

import java.nio.file.Path;

/** The repository's example filing, as the build points the tests at it (see this bundle's pom.xml). */
public final class Examples {

	public static final Path HALCYON_2025 = Path.of(System.getProperty("sdstudio.examples", "../../examples"),
			"halcyon-2025.sdfiling");

	private Examples() {
	}
}
