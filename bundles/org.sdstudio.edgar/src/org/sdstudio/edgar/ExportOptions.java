package org.sdstudio.edgar;

/**
 * How to export.
 *
 * @param prefix the file name prefix ({@code acme} gives {@code acme-sd.htm} and {@code acme-ex101.htm}); null takes
 *            the filing's own (submission data)
 * @param draft a review copy: written even when the filing has errors, every document and file name says DRAFT, no
 *            {@code submission.xml}; not EDGAR-ready
 * @param pageBreaks print page breaks (EDGAR's optional page-break styles) where the layout has them
 * @param ccc the filer's CCC (EDGAR access code) for this one export's {@code submission.xml}, null when not given;
 *            never stored, never shown by {@link #toString()}
 */
public record ExportOptions(String prefix, boolean draft, boolean pageBreaks, String ccc) {

	/** Without a CCC. */
	public ExportOptions(String prefix, boolean draft, boolean pageBreaks) {
		this(prefix, draft, pageBreaks, null);
	}

	/** The filing's own prefix, final (not draft), with page breaks, no CCC. */
	public static ExportOptions defaults() {
		return new ExportOptions(null, false, true);
	}

	public ExportOptions withPrefix(String newPrefix) {
		return new ExportOptions(newPrefix, draft, pageBreaks, ccc);
	}

	public ExportOptions withDraft(boolean newDraft) {
		return new ExportOptions(prefix, newDraft, pageBreaks, ccc);
	}

	public ExportOptions withPageBreaks(boolean newPageBreaks) {
		return new ExportOptions(prefix, draft, newPageBreaks, ccc);
	}

	/** With the CCC for this export (null or empty: none). */
	public ExportOptions withCcc(String newCcc) {
		return new ExportOptions(prefix, draft, pageBreaks, newCcc == null || newCcc.isEmpty() ? null : newCcc);
	}

	@Override
	public String toString() {
		return "ExportOptions[prefix=" + prefix + ", draft=" + draft + ", pageBreaks=" + pageBreaks + ", ccc="
				+ (ccc == null ? "not given" : "(given)") + "]";
	}
}
