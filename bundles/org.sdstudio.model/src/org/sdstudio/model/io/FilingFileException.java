package org.sdstudio.model.io;

import java.nio.file.Path;

/** A filing file could not be read or written. The message is one line that names the file and the problem. */
public class FilingFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public FilingFileException(Path file, String problem) {
		this(file, problem, null);
	}

	public FilingFileException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	/** The file the problem is about. */
	public Path getFile() {
		return file;
	}
}
