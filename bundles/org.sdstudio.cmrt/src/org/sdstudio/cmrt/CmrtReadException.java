package org.sdstudio.cmrt;

import org.sdstudio.cmrt.internal.CellRefs;

/**
 * A file that cannot be read as a CMRT 6.x response. The message is one line naming the file and, where there is
 * one, the sheet and cell: {@code acme.xlsx: 'Smelter List'!B17: ...}.
 */
public class CmrtReadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String fileName;
	private final String sheet;
	private final String cell;
	private final String reason;

	public CmrtReadException(String fileName, String sheet, String cell, String reason, Throwable cause) {
		super(format(fileName, sheet, cell, reason), cause);
		this.fileName = fileName;
		this.sheet = sheet;
		this.cell = cell;
		this.reason = reason;
	}

	public CmrtReadException(String fileName, String reason) {
		this(fileName, null, null, reason, null);
	}

	public String fileName() {
		return fileName;
	}

	public String sheet() {
		return sheet;
	}

	public String cell() {
		return cell;
	}

	/** The message without the file name. */
	public String reason() {
		return reason;
	}

	static String format(String fileName, String sheet, String cell, String reason) {
		StringBuilder b = new StringBuilder(fileName).append(": ");
		if (sheet != null) {
			b.append(CellRefs.sheetRef(sheet, cell)).append(": ");
		}
		return b.append(reason).toString();
	}
}
