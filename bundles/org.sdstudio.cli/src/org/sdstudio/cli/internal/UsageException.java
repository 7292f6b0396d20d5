package org.sdstudio.cli.internal;

/** The command line was not understood; carries the usage text to show with the message. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String usage;

	public UsageException(String message, String usage) {
		super(message);
		this.usage = usage;
	}

	public String usage() {
		return usage;
	}
}
