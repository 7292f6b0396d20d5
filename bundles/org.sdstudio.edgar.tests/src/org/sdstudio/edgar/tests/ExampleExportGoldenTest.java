package org.sdstudio.edgar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;

/**
 * The example filing's final and draft packages, byte for byte as the code wrote them when the copies under
 * {@code golden/} were committed: a refactoring must not change one byte a filer would submit. A difference writes
 * the new files under {@code target/golden-actual/} for a diff; when a change of output is intended, review that
 * diff and copy the new files over the committed ones.
 */
class ExampleExportGoldenTest {

	static final Path GOLDEN = Path.of(System.getProperty("sdstudio.golden", "golden"));
	static final Path ACTUAL = Path.of(System.getProperty("sdstudio.golden.actual", "target/golden-actual"));

	@TempDir
	Path out;

	@ParameterizedTest
	@ValueSource(strings = { "final", "draft" })
	void exportIsByteForByteTheCommittedCopy(String kind) throws Exception {
		ExportOptions options = ExportOptions.defaults().withDraft(kind.equals("draft"));
		ExportResult result = new EdgarExport().export(Fixtures.example(), out, options, new BasicMonitor());
		assertTrue(result.isWritten(), () -> result.blockingErrors().toString());
		Path expected = GOLDEN.resolve(kind);
		List<String> names = Fixtures.files(out);
		boolean same = Files.isDirectory(expected) && names.equals(Fixtures.files(expected));
		for (String name : same ? names : List.<String>of()) {
			same &= Arrays.equals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(out.resolve(name)));
		}
		if (!same) {
			Path actual = Files.createDirectories(ACTUAL.resolve(kind));
			for (String name : names) {
				Files.copy(out.resolve(name), actual.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
			fail("the " + kind + " export of the example differs from " + expected.toAbsolutePath() + "; see "
					+ actual.toAbsolutePath());
		}
		assertEquals(kind.equals("draft") ? 2 : 3, names.size(), names.toString());
	}
}
