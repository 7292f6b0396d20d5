package org.sdstudio.edgar;

/**
 * How to export.
 *
 * @param prefix the file name prefix ({@code acme} gives {@code acme-sd.htm} and {@code acme-ex101.htm}); null takes
 *            the filing's own (submission data)
 * @param draft a review copy: written even when the filing has errors, every document and file name says DRAFT, no
 *            {@code submission.xml}; not EDGAR-ready
 * @param pageBreaks print page breaks (EDGAR's optional page-break styles) where the layout has them
 */
public record ExportOptions(String prefix, boolean draft, boolean pageBreaks) {

	/** The filing's own prefix, final (not draft), with page breaks. */
	public static ExportOptions defaults() {
		return new ExportOptions(null, false, true);
	}

	public ExportOptions withPrefix(String newPrefix) {
		return new ExportOptions(newPrefix, draft, pageBreaks);
	}

	public ExportOptions withDraft(boolean newDraft) {
		return new ExportOptions(prefix, newDraft, pageBreaks);
	}

	public ExportOptions withPageBreaks(boolean newPageBreaks) {
		return new ExportOptions(prefix, draft, newPageBreaks);
	}
}
