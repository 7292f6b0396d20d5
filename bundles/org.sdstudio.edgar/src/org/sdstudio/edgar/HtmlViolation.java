package org.sdstudio.edgar;

/**
 * One breach of EDGAR's HTML rules found by {@link EdgarHtmlChecker}.
 *
 * @param file the file name as given to the checker
 * @param line 1-based line
 * @param column 1-based column (in characters of the line as read)
 */
public record HtmlViolation(String file, int line, int column, HtmlRule rule, String message) {

	/** {@code file:line:column: CODE message}, the way compilers print. */
	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + rule.code() + " " + message;
	}
}
