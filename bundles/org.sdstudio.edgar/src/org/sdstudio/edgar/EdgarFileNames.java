package org.sdstudio.edgar;

import org.sdstudio.model.validation.FilingFormats;

/**
 * The file names of an exported package, from a prefix: {@code acme-sd.htm} and {@code acme-ex101.htm}; a draft's
 * are {@code acme-draft-sd.htm} and {@code acme-draft-ex101.htm}. All within EDGAR's rules (at most 32 lower-case
 * letters, digits, '.', '-', '_').
 *
 * @param sd the primary document (SD or SD/A)
 * @param ex101 Exhibit 1.01
 */
public record EdgarFileNames(String sd, String ex101) {

	/** A draft's prefix is shortened to this, so that {@code -draft-ex101.htm} still fits in 32 characters. */
	static final int MAX_DRAFT_PREFIX = 16;

	/**
	 * The names for a prefix.
	 *
	 * @throws ExportException when the prefix is not a valid one (the message names it and says why)
	 */
	public static EdgarFileNames of(String prefix, boolean draft) throws ExportException {
		if (prefix == null || prefix.isBlank()) {
			throw new ExportException("no file name prefix: set the filing's submission file name prefix "
					+ "(submission.fileNamePrefix) or give one (e.g. acme for acme-sd.htm)");
		}
		if (!FilingFormats.isFileNamePrefix(prefix)) {
			throw new ExportException("file name prefix '" + prefix + "' is not valid: at most 20 lower-case letters, "
					+ "digits, '-' or '_', starting with a letter or digit (e.g. acme for acme-sd.htm)");
		}
		String p = prefix;
		if (draft) {
			p = prefix.length() > MAX_DRAFT_PREFIX ? prefix.substring(0, MAX_DRAFT_PREFIX) : prefix;
			p = p + "-draft";
		}
		return new EdgarFileNames(p + "-sd.htm", p + "-ex101.htm");
	}
}
