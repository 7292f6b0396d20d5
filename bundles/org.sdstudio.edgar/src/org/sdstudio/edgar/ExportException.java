package org.sdstudio.edgar;

/**
 * An export could not be done: bad options, a folder that cannot be written, a filing the documents cannot be made
 * from. The message is one line naming the file or field and the problem; nothing of the package was written.
 */
public class ExportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExportException(String message) {
		super(message);
	}

	public ExportException(String message, Throwable cause) {
		super(message, cause);
	}
}
