package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands' output on the example, word for word as the committed copy under
 * {@code src/test/resources/golden/} (written when the copy was committed): a refactoring must not change what a
 * script or a reader of the output sees. Only what varies from run to run is masked: the folder the commands run in
 * and today's date. A difference writes the new output to {@code target/golden-actual/} for a diff.
 */
class CliGoldenTest {

	static final Path GOLDEN = Path.of("src/test/resources/golden");
	static final Path ACTUAL = Path.of("target/golden-actual");

	@TempDir
	Path dir;

	@Test
	void theExamplesCommandsPrintWhatTheyPrintedBefore() throws Exception {
		Sdstudio.example(dir);
		String suppliers = Sdstudio.HOME.resolve("examples/suppliers").toString();
		String statusList = Sdstudio.HOME.resolve("examples/rmi-status-list-2026-01-31.csv").toString();
		String f = "halcyon-2025.sdfiling";
		List<String> transcript = new ArrayList<>();
		run(transcript, "validate", f);
		run(transcript, "show", f);
		run(transcript, "demo");
		transcript.add("--- out/: " + String.join(" ", files(dir.resolve("out"))));
		run(transcript, "import-cmrt", f, suppliers);
		run(transcript, "import-cmrt", f, suppliers);
		run(transcript, "import-status", f, statusList);
		run(transcript, "annex", f, "--rebuild", "--dry-run");
		run(transcript, "annex", f, "--rebuild");
		run(transcript, "annex", f);
		run(transcript, "suppliers", f, "--follow-up", "follow-up.csv");
		transcript.add("--- follow-up.csv");
		transcript.add(Files.readString(dir.resolve("follow-up.csv"), StandardCharsets.UTF_8));
		run(transcript, "validate", f);
		run(transcript, "show", f);
		String actual = mask(String.join("\n", transcript));

		Path golden = GOLDEN.resolve("cli-transcript.txt");
		String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
		if (!expected.equals(actual)) {
			Files.createDirectories(ACTUAL);
			Files.writeString(ACTUAL.resolve("cli-transcript.txt"), actual, StandardCharsets.UTF_8);
			fail("the commands' output differs from " + golden.toAbsolutePath() + "; see "
					+ ACTUAL.resolve("cli-transcript.txt").toAbsolutePath());
		}
		assertEquals(expected, actual);
	}

	private void run(List<String> transcript, String... args) throws Exception {
		Sdstudio.Result r = Sdstudio.run(dir, args);
		transcript.add("--- sdstudio " + String.join(" ", args) + " (exit " + r.exit() + ")");
		transcript.add(r.out());
	}

	private static List<String> files(Path folder) throws Exception {
		try (var stream = Files.list(folder)) {
			return stream.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private String mask(String text) {
		LocalDate today = LocalDate.now();
		String masked = text.replace(dir.toString(), "$DIR").replace(Sdstudio.HOME.toString(), "$HOME");
		for (String pattern : new String[] { "yyyy-MM-dd", "MMMM d, yyyy", "EEEE, MMMM d, yyyy" }) {
			masked = masked.replace(today.format(DateTimeFormatter.ofPattern(pattern, Locale.US)), "$TODAY");
		}
		return masked;
	}
}
