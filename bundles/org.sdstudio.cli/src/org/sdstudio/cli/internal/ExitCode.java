package org.sdstudio.cli.internal;

/**
 * The exit codes of every {@code sdstudio} command, apart from the command table in {@code Cli} so that the commands
 * and the table do not depend on each other.
 */
public final class ExitCode {

	/** Done, and the filing (or file) is clean. */
	public static final int OK = 0;
	/** Done, but the filing has findings of severity error (or a file could not be imported or checked). */
	public static final int FINDINGS = 1;
	/** A usage error, or a file that cannot be read or written. */
	public static final int USAGE = 2;

	private ExitCode() {
	}
}
