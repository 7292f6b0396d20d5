package org.sdstudio.cmrt.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Flavour;

/**
 * The parts that give a generated workbook the bulk of RMI's real CMRT template (sizes from issue 17's table; our own
 * content): a Smelter Look-up sheet, the hidden sheet of smelter names ({@code SorP}, 6,226 rows) and a styles part,
 * each as Excel or LibreOffice writes it.
 */
final class RealParts {

	/** Indexes into the generated styles' cellXfs. */
	static final int DATE_STYLE = 1, TEXT_STYLE = 3, FORMULA_STYLE = 7;

	/** Rows of the hidden smelter name sheet of RMI's template. */
	static final int SORP_ROWS = 6226;

	/** Sizes of RMI's CMRT 6.5 (uncompressed XML, MB) as issue 17 gives them: {Excel, LibreOffice}. */
	static final Map<String, double[]> REAL_SIZES = new LinkedHashMap<>();
	static {
		REAL_SIZES.put("all XML", new double[] { 9.5, 12.7 });
		REAL_SIZES.put("Smelter List", new double[] { 5.7, 6.9 });
		REAL_SIZES.put("shared strings", new double[] { 1.0, 1.9 });
		REAL_SIZES.put("Smelter Look-up", new double[] { 0.35, 1.8 });
		REAL_SIZES.put("SorP", new double[] { 1.05, Double.NaN });
		REAL_SIZES.put("styles", new double[] { 0.22, 0.35 });
	}

	/** The parts of a generated workbook under the names of {@link #REAL_SIZES}. */
	static final Map<String, String> PART_NAMES = Map.of("Smelter List", "xl/worksheets/sheet5.xml", "shared strings",
			"xl/sharedStrings.xml", "Smelter Look-up", "xl/worksheets/sheet8.xml", "SorP", "xl/worksheets/sheet11.xml",
			"styles", "xl/styles.xml");

	private RealParts() {
	}

	/** Uncompressed sizes (MB) of a workbook's parts under the names of {@link #REAL_SIZES}. */
	static Map<String, Double> sizes(Path workbook) throws IOException {
		Map<String, Double> sizes = new LinkedHashMap<>();
		long all = 0;
		Map<String, Long> byPart = new LinkedHashMap<>();
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
			for (var e : java.util.Collections.list(zip.entries())) {
				if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
					all += e.getSize();
				}
				byPart.put(e.getName(), e.getSize());
			}
		}
		sizes.put("all XML", all / 1e6);
		for (String name : REAL_SIZES.keySet()) {
			if (PART_NAMES.containsKey(name)) {
				sizes.put(name, byPart.getOrDefault(PART_NAMES.get(name), 0L) / 1e6);
			}
		}
		return sizes;
	}

	static String rowAttributes(Flavour flavour) {
		if (flavour == null) {
			return "";
		}
		return flavour == Flavour.EXCEL ? " spans=\"1:28\" ht=\"15\" customHeight=\"1\""
				: " s=\"" + TEXT_STYLE + "\" customFormat=\"false\" ht=\"12.8\" hidden=\"false\" customHeight=\"false\" "
						+ "outlineLevel=\"0\" collapsed=\"false\"";
	}

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
			+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
			+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";

	/**
	 * The Smelter Look-up: the facts' rows (standard name and an upper-case alias, as the small template has them),
	 * texts as shared strings at the template's indexes; LibreOffice also writes the empty styled cells of the
	 * formatted range (which is what makes its copy five times larger).
	 */
	static String lookup(Flavour flavour, Map<String, Integer> sst) {
		StringBuilder b = new StringBuilder(2 << 20).append(HEAD).append("<sheetData>");
		String[] header = { "Metal", "Smelter Look-up", "Standard Smelter Name", "Smelter Facility Location: Country",
				"Smelter Identification", "Source of Smelter Identification Number", "Smelter Street", "Smelter City",
				"Smelter Facility Location: State / Province" };
		int r = 4;
		row(b, flavour, r++, header, sst);
		for (SmelterFacts.Fact f : SmelterFacts.ALL) {
			for (String alias : new String[] { f.name(), f.name().toUpperCase(Locale.ROOT) }) {
				String city = f.country() == null ? null : "City in " + f.country().toLowerCase();
				row(b, flavour, r++, new String[] { f.metal(), alias, f.name(), f.country(), f.id(), "RMI", null, city,
						null }, sst);
			}
		}
		row(b, flavour, r++, new String[] { null, "Smelter not listed" }, sst);
		row(b, flavour, r, new String[] { null, "Smelter not yet identified" }, sst);
		return b.append("</sheetData></worksheet>").toString();
	}

	private static void row(StringBuilder b, Flavour flavour, int r, String[] values, Map<String, Integer> sst) {
		b.append("<row r=\"").append(r).append('"').append(rowAttributes(flavour)).append('>');
		int width = flavour == Flavour.LIBREOFFICE ? 135 : 20;
		for (int c = 0; c < width; c++) {
			String ref = CmrtWorkbookBuilder.col(c) + r;
			String v = c < values.length ? values[c] : null;
			if (v == null || v.isEmpty()) {
				b.append("<c r=\"").append(ref).append("\" s=\"").append(TEXT_STYLE + 10 + c % 7).append("\"/>");
			} else {
				Integer index = sst.get(v);
				if (index == null) {
					throw new IllegalStateException("not in the template's strings: " + v);
				}
				b.append("<c r=\"").append(ref).append("\" s=\"").append(TEXT_STYLE).append("\" t=\"s\"><v>")
						.append(index).append("</v></c>");
			}
		}
		b.append("</row>");
	}

	/** The hidden sheet of smelter names: 6,226 rows of names built by formula from the look-up, cached. */
	static String sorp(Flavour flavour) {
		StringBuilder b = new StringBuilder(1 << 21).append(HEAD).append("<sheetData>");
		int n = SmelterFacts.ALL.size();
		for (int r = 1; r <= SORP_ROWS; r++) {
			SmelterFacts.Fact f = SmelterFacts.ALL.get(r % n);
			b.append("<row r=\"").append(r).append('"').append(flavour == Flavour.EXCEL ? " spans=\"1:2\"" : "")
					.append('>');
			String formula = "'Smelter Look-up'!$C$" + (5 + r % n) + "&\" (\"&'Smelter Look-up'!$D$" + (5 + r % n)
					+ "&\")\"";
			b.append("<c r=\"A").append(r).append("\" t=\"str\"><f>").append(escape(formula, flavour))
					.append("</f><v>").append(escape(f.name() + " (" + f.country() + ")", null)).append("</v></c>");
			b.append("</row>");
		}
		return b.append("</sheetData></worksheet>").toString();
	}

	private static String escape(String s, Flavour flavour) {
		String e = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		return flavour == Flavour.LIBREOFFICE ? e.replace("\"", "&quot;") : e;
	}

	/**
	 * Styles of the real template's order of size: number formats (a date at {@link #DATE_STYLE}, text, percent),
	 * fonts, fills, borders and about a thousand (Excel) or fifteen hundred (LibreOffice) cell formats.
	 */
	static String styles(Flavour flavour) {
		int xfs = flavour == Flavour.EXCEL ? 1000 : 1500;
		int fonts = 60;
		StringBuilder b = new StringBuilder(1 << 19);
		b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\""
				+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		b.append("<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd-mmm-yyyy\"/>"
				+ "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/><numFmt numFmtId=\"166\" formatCode=\"@\"/></numFmts>");
		b.append("<fonts count=\"").append(fonts).append("\">");
		for (int i = 0; i < fonts; i++) {
			b.append("<font>").append(i % 3 == 1 ? "<b/>" : "").append("<sz val=\"").append(8 + i % 8)
					.append("\"/><color ").append(i % 2 == 0 ? "theme=\"1\"" : "rgb=\"FF1F497D\"").append("/><name val=\"")
					.append(i % 4 == 0 ? "Calibri" : "Arial").append("\"/><family val=\"2\"/>")
					.append(i % 4 == 0 ? "<scheme val=\"minor\"/>" : "").append("</font>");
		}
		b.append("</fonts><fills count=\"12\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill "
				+ "patternType=\"gray125\"/></fill>");
		for (int i = 2; i < 12; i++) {
			b.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").append(String.format("%06X",
					0x101010 * i)).append("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
		}
		b.append("</fills><borders count=\"8\">");
		for (int i = 0; i < 8; i++) {
			String style = i == 0 ? "" : " style=\"" + (i % 2 == 0 ? "thin" : "medium") + "\"";
			b.append("<border>");
			for (String side : new String[] { "left", "right", "top", "bottom" }) {
				b.append('<').append(side).append(style).append(i == 0 ? "/>" : "><color indexed=\"64\"/></" + side + ">");
			}
			b.append("<diagonal/></border>");
		}
		b.append("</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
				+ "</cellStyleXfs><cellXfs count=\"").append(xfs).append("\">");
		for (int i = 0; i < xfs; i++) {
			int numFmt = i == DATE_STYLE ? 164 : i % 50 == 23 ? 165 : i % 11 == 5 ? 49 : 0;
			b.append("<xf numFmtId=\"").append(numFmt).append("\" fontId=\"").append(i % fonts).append("\" fillId=\"")
					.append(i % 12).append("\" borderId=\"").append(i % 8).append("\" xfId=\"0\"")
					.append(numFmt == 0 ? "" : " applyNumberFormat=\"1\"")
					.append(" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\">")
					.append("<alignment horizontal=\"").append(i % 3 == 0 ? "left" : "center").append("\" vertical=\"")
					.append("center\" wrapText=\"1\"/><protection locked=\"").append(i % 2).append("\"/></xf>");
		}
		b.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
				+ "</cellStyles><dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" "
				+ "defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>");
		return b.toString();
	}
}
