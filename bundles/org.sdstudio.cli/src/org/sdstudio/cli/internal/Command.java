package org.sdstudio.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.sdstudio.model.io.FilingFileException;

/** One {@code sdstudio} command. */
public interface Command {

	/**
	 * Where a command writes and reads ({@code in}: standard input), and the folder relative paths are resolved
	 * against.
	 */
	record Context(PrintStream out, PrintStream err, Path workingDirectory, InputStream in) {
		public Context(PrintStream out, PrintStream err, Path workingDirectory) {
			this(out, err, workingDirectory, System.in);
		}

		public Path resolve(String path) {
			return workingDirectory.resolve(path).normalize();
		}
	}

	String name();

	/** One line for the command list. */
	String summary();

	/** The full help text, ending with a newline. */
	String usage();

	/** Runs the command; returns the exit code. */
	int run(String[] args, Context context) throws UsageException, FilingFileException;
}
