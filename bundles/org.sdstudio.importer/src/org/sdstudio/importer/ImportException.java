package org.sdstudio.importer;

/** A filing that cannot be imported; the message is one line naming the file and what is wrong. */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}
}
