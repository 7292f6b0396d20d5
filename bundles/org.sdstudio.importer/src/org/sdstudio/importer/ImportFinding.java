package org.sdstudio.importer;

import org.sdstudio.model.Severity;

/**
 * Something the import could not map, or mapped by a guess: where (a document and the part of it) and what,
 * quoting the text. Text that could not be mapped is also kept in the nearest section.
 */
public record ImportFinding(Severity severity, String where, String message) {

	@Override
	public String toString() {
		return severity.getLiteral() + " " + where + ": " + message;
	}
}
