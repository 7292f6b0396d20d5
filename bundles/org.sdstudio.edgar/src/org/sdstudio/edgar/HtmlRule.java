package org.sdstudio.edgar;

/**
 * The EDGAR rules {@link EdgarHtmlChecker} and {@link PackageCheck} check (EDGAR Filer Manual, Volume II, section
 * 5.2: EDGAR's HTML subset, no active content, no external references but links to filings in the SEC's archives,
 * no nested tables, ASCII only; and the package's documents as its submission lists them). Codes are stable.
 */
public enum HtmlRule {
	ELEMENT("EDGAR-ELEMENT", "only elements of EDGAR's HTML subset"),
	ATTRIBUTE("EDGAR-ATTRIBUTE", "only attributes of EDGAR's HTML subset: no xmlns, http-equiv or background"),
	ACTIVE_CONTENT("EDGAR-ACTIVE", "no active content: scripts, applets, objects, forms, event handlers, javascript: URLs"),
	EXTERNAL_REFERENCE("EDGAR-EXTERNAL", "no external references, except links to https://www.sec.gov/Archives/"),
	UNRESOLVED_LINK("EDGAR-LINK", "every local link resolves, to an anchor of the document or a file of the submission"),
	NESTED_TABLE("EDGAR-NESTED-TABLE", "no table inside a table"),
	NON_ASCII("EDGAR-NON-ASCII", "ASCII only: any other character as an entity"),
	ENTITY("EDGAR-ENTITY", "character references to valid characters (&#128;-&#159; included) and HTML 4 entity names only"),
	BOM("EDGAR-BOM", "no byte order mark"),
	FILE_NAME("EDGAR-FILE-NAME", "file names of at most 32 letters, digits, '.', '-' or '_' with an EDGAR extension"),
	NOT_WELL_FORMED("EDGAR-WELL-FORMED", "an Inline XBRL document is well-formed XML (an HTML document need not be)"),
	SUBMISSION("EDGAR-SUBMISSION", "submission.xml in EDGAR's SD structure, with the filer's CCC, carrying the package's documents");

	private final String code;
	private final String description;

	HtmlRule(String code, String description) {
		this.code = code;
		this.description = description;
	}

	public String code() {
		return code;
	}

	public String description() {
		return description;
	}
}
