package org.sdstudio.cmrt;

/**
 * A status list that was read but is not stored until the user decides (no status column, rows that cannot be read,
 * conflicting statuses, no facilities). The message says what and which option settles it.
 */
public class StatusListRefusedException extends CmrtReadException {

	private static final long serialVersionUID = 1L;

	public StatusListRefusedException(String fileName, String reason) {
		super(fileName, reason);
	}
}
