package org.sdstudio.review.word;

/**
 * A review document that cannot be read at all (not a Word document, damaged, password-protected); the message is
 * one line that names the file and what is wrong.
 */
public final class ReviewDocxException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReviewDocxException(String message) {
		super(message);
	}

	public ReviewDocxException(String message, Throwable cause) {
		super(message, cause);
	}
}
