package org.sdstudio.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the top-level {@code sdstudio} launcher against the materialized product, as a user does. */
final class Sdstudio {

	static final Path HOME = Path.of(System.getProperty("sdstudio.home", "../..")).toAbsolutePath().normalize();

	/** What one run printed and returned. */
	record Result(int exit, String out, String err) {
		List<String> errLines() {
			return err.lines().filter(l -> !l.isBlank()).toList();
		}

		@Override
		public String toString() {
			return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private Sdstudio() {
	}

	static Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
		return run(workingDirectory, Map.of(), args);
	}

	static Result run(Path workingDirectory, Map<String, String> env, String... args)
			throws IOException, InterruptedException {
		return run(workingDirectory, env, null, args);
	}

	/** Runs with {@code input} as standard input. */
	static Result runWithInput(Path workingDirectory, String input, String... args)
			throws IOException, InterruptedException {
		return run(workingDirectory, Map.of(), input, args);
	}

	private static Result run(Path workingDirectory, Map<String, String> env, String input, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(HOME.resolve("sdstudio").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
		builder.environment().putAll(env);
		builder.environment().put("SDSTUDIO_STATE", workingDirectory.resolve(".state").toString());
		Path out = Files.createTempFile(workingDirectory, "out", ".txt");
		Path err = Files.createTempFile(workingDirectory, "err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Path in = null;
		if (input != null) {
			in = Files.writeString(Files.createTempFile(workingDirectory, "in", ".txt"), input, StandardCharsets.UTF_8);
			builder.redirectInput(in.toFile());
		}
		Process process = builder.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("sdstudio " + String.join(" ", args) + " did not finish in 120 s");
		}
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		if (in != null) {
			Files.delete(in);
		}
		return result;
	}

	/** A copy of the repository's example filing in {@code dir}. */
	static Path example(Path dir) throws IOException {
		return Files.copy(HOME.resolve("examples/halcyon-2025.sdfiling"), dir.resolve("halcyon-2025.sdfiling"));
	}
}
