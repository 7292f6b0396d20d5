package org.sdstudio.cmrt.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes CMRT 6.x workbooks laid out like RMI's template, for tests, examples and the benchmark. A template per
 * revision and language is built once with POI (every sheet, hidden label and helper sheets, a Smelter Look-up of
 * about 600 rows, a Checker, data validations); each workbook is then derived by copying the template's zip entries
 * byte for byte and writing only the Declaration, Smelter List and Product List sheet parts (the Smelter List
 * prefilled with formulas and their cached values down to row 2504) and the shared strings part. As Excel does, every
 * text cell of those sheets is a shared string ({@code t="s"}): the supplier's texts not already in the template's
 * table are appended to it (the template's items keep their indexes), so each workbook has its own shared strings
 * part. Switches inject each defect of the check catalogue.
 * <p>
 * {@link #realSize} writes the bulk of RMI's real template instead (issue 17): every Smelter List formula written out
 * in full with its cached value down to row 2504, the look-up, hidden name sheet, styles and shared strings at the real
 * template's sizes, as Excel or as LibreOffice saves them; what a reader reads from it is what it reads from the small
 * workbook of the same settings.
 */
public final class CmrtWorkbookBuilder {

	/** Defects of the check catalogue (and a few hostile inputs) that can be switched on. */
	public enum Defect {
		COMPANY_MISSING, SCOPE_MISSING, USER_SCOPE_WITHOUT_DESCRIPTION, CONTACT_EMAIL_MISSING, AUTHORIZER_SAME,
		DATE_MISSING, DATE_FUTURE, DATE_OLD, DATE_NOT_A_DATE, Q1_UNANSWERED, LATER_UNANSWERED, METAL_WITHOUT_SMELTERS,
		SMELTER_METAL_NOT_IN_SCOPE, INVALID_ID, MISMATCHED_ID, FEW_KEY_COLUMNS, NOT_YET_IDENTIFIED, Q7_NO, Q6_LOW,
		Q3_YES, Q5_RECYCLED_MISMATCH, COMPANY_QUESTION_NO, B_WITHOUT_URL, F_NO_WITHOUT_COMMENT,
		/** #N/A and #REF! cached in formula cells of smelter rows */
		ERROR_VALUES,
		/** supplier text starting with = + - @ */
		FORMULA_TEXT
	}

	public static final int LAST_ROW = 2504;
	private static final long FIXED_TIME = java.time.LocalDateTime.of(2025, 4, 25, 0, 0)
			.atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
	private static final String[] METALS = { "Tantalum", "Tin", "Gold", "Tungsten" };

	private String revision = "6.5";
	private String language = "en";
	private String company = "Fictional Components Co., Ltd.";
	private String contact = "Mei Tanaka";
	private String email = "mei.tanaka@fictional-components.example";
	private LocalDate effectiveDate = LocalDate.of(2026, 2, 16);
	private boolean dateAsText;
	private int smelterCount = 40;
	private long seed = 1;
	private int extraRows;
	private final Set<Defect> defects = EnumSet.noneOf(Defect.class);
	private String smelterSheetName = "Smelter List";
	private Flavour flavour;
	private int gapEvery;
	private int gapRows;

	/**
	 * How the application that saved a real-size workbook writes its XML: Excel (every text a shared string, types
	 * only where needed, formulas with literal quotes) or LibreOffice (explicit cell types, inline strings for some
	 * texts, {@code <f aca="false">}, quotes as {@code &quot;}, verbose row attributes, empty styled cells).
	 */
	public enum Flavour {
		EXCEL, LIBREOFFICE
	}

	public static CmrtWorkbookBuilder cmrt(String revision) {
		CmrtWorkbookBuilder b = new CmrtWorkbookBuilder();
		b.revision = revision;
		return b;
	}

	public CmrtWorkbookBuilder company(String name) {
		this.company = name;
		return this;
	}

	public CmrtWorkbookBuilder contact(String name, String email) {
		this.contact = name;
		this.email = email;
		return this;
	}

	public CmrtWorkbookBuilder effectiveDate(LocalDate date) {
		this.effectiveDate = date;
		return this;
	}

	/** The effective date typed as text such as 15-Mar-2026 instead of an Excel date. */
	public CmrtWorkbookBuilder dateAsText() {
		this.dateAsText = true;
		return this;
	}

	/** Labels in another language ("zh", "de", "ja" or "en"); values stay where they are. */
	public CmrtWorkbookBuilder language(String language) {
		this.language = language;
		return this;
	}

	/** How many smelter rows (distinct facts, chosen by the seed). */
	public CmrtWorkbookBuilder smelters(int count, long seed) {
		this.smelterCount = count;
		this.seed = seed;
		return this;
	}

	/** Additional smelter rows beyond the template's 2504 (e.g. 10,000 rows in all). */
	public CmrtWorkbookBuilder totalRows(int rows) {
		this.extraRows = rows;
		return this;
	}

	public CmrtWorkbookBuilder with(Defect... defects) {
		this.defects.addAll(List.of(defects));
		return this;
	}

	/**
	 * A workbook with the bulk of RMI's real template as the given application saves it: every formula cell of the
	 * 2,504 Smelter List rows written in full with its cached value (no shared formulas), a hidden smelter name sheet
	 * of 6,226 rows, a look-up sheet, styles and shared strings of the real template's sizes. The values read are
	 * those of the small workbook with the same settings.
	 */
	public CmrtWorkbookBuilder realSize(Flavour flavour) {
		this.flavour = flavour;
		return this;
	}

	/** After every {@code every} smelter rows, {@code empty} rows without input (formula-only in real-size ones). */
	public CmrtWorkbookBuilder gaps(int every, int empty) {
		this.gapEvery = every;
		this.gapRows = empty;
		return this;
	}

	/** The Smelter List row of the i-th smelter (0-based). */
	public int rowOf(int i) {
		return 5 + i + (gapEvery > 0 ? (i / gapEvery) * gapRows : 0);
	}

	public CmrtWorkbookBuilder smelterSheetName(String name) {
		this.smelterSheetName = name;
		return this;
	}

	/** The facts the smelter rows are made from, in row order (before defects change a row). */
	public List<SmelterFacts.Fact> facts() {
		List<SmelterFacts.Fact> all = new ArrayList<>(SmelterFacts.ALL);
		java.util.Collections.shuffle(all, new Random(seed));
		int n = Math.min(smelterCount, all.size());
		List<SmelterFacts.Fact> chosen = new ArrayList<>(all.subList(0, n));
		// more rows than distinct facts: repeat them (as suppliers' lists do)
		for (int i = n; i < smelterCount; i++) {
			chosen.add(all.get(i % all.size()));
		}
		if (defects.contains(Defect.METAL_WITHOUT_SMELTERS)) {
			chosen.removeIf(f -> f.metal().equals("Tungsten"));
		}
		return chosen;
	}

	public Path write(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			write(out);
		}
		return file;
	}

	public byte[] bytes() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
		write(out);
		return out.toByteArray();
	}

	public void write(OutputStream out) throws IOException {
		Template t = template(revision, language, smelterSheetName, flavour);
		// the sheets first: their texts make the workbook's shared strings
		SharedStrings sst = new SharedStrings(t);
		Map<String, String> parts = Map.of(t.declarationPart, declaration(t, sst), t.smelterPart,
				flavour == null && gapEvery == 0 ? smelterList(t, sst) : smelterListReal(t, sst), t.productPart,
				productList(sst), t.sharedStringsPart, sst.xml());
		try (org.apache.commons.compress.archivers.zip.ZipFile template = org.apache.commons.compress.archivers.zip.ZipFile
				.builder().setSeekableByteChannel(
						new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(t.bytes)).get();
				ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
			zip.setLevel(6);
			for (ZipArchiveEntry e : java.util.Collections.list(template.getEntriesInPhysicalOrder())) {
				String part = e.getName();
				String xml = parts.get(part);
				if (xml == null) {
					// the template's other parts are copied compressed, byte for byte
					ZipArchiveEntry copy = new ZipArchiveEntry(e);
					copy.setTime(FIXED_TIME);
					zip.addRawArchiveEntry(copy, template.getRawInputStream(e));
				} else {
					ZipArchiveEntry entry = new ZipArchiveEntry(part);
					// a fixed time: the same builder settings give the same bytes (examples regenerate reproducibly)
					entry.setTime(FIXED_TIME);
					entry.setMethod(ZipArchiveEntry.DEFLATED);
					zip.putArchiveEntry(entry);
					zip.write(xml.getBytes(StandardCharsets.UTF_8));
					zip.closeArchiveEntry();
				}
			}
		}
	}

	// ---- the three sheets written per file

	private String declaration(Template t, SharedStrings sst) {
		Sheet s = new Sheet(sst, flavour);
		Labels l = Labels.of(language);
		s.text("B2", l.title());
		s.text("J3", "Revision " + revision);
		s.text("J4", "Revision date: " + REVISION_DATES.getOrDefault(revision, "-"));
		s.text("B6", l.companyInfo());
		String[] fields = l.fields();
		for (int i = 0; i < fields.length; i++) {
			s.text("B" + (8 + i), fields[i]);
		}
		boolean scopeC = defects.contains(Defect.USER_SCOPE_WITHOUT_DESCRIPTION);
		if (!defects.contains(Defect.COMPANY_MISSING)) {
			s.value("D8", defects.contains(Defect.FORMULA_TEXT) ? "=HYPERLINK(\"http://x.example\",\"Click\")" : company);
		}
		if (!defects.contains(Defect.SCOPE_MISSING)) {
			s.text("D9", scopeC ? "C. User defined" : l.scopeCompany());
		}
		s.value("D12", "DUNS 00-000-0001");
		s.value("D13", "Dun & Bradstreet");
		s.value("D14", "1 Example Road, Fictional City");
		s.value("D15", contact);
		if (!defects.contains(Defect.CONTACT_EMAIL_MISSING)) {
			s.value("D16", email);
		}
		s.value("D17", defects.contains(Defect.FORMULA_TEXT) ? "+1 555 0100" : "555-0100");
		s.value("D18", defects.contains(Defect.AUTHORIZER_SAME) ? "Same" : "Jordan Avery");
		s.value("D19", "Director of Quality");
		s.value("D20", "jordan.avery@fictional-components.example");
		s.value("D21", "555-0101");
		LocalDate date = defects.contains(Defect.DATE_FUTURE) ? LocalDate.now().plusYears(2)
				: defects.contains(Defect.DATE_OLD) ? effectiveDate.minusYears(3) : effectiveDate;
		if (defects.contains(Defect.DATE_NOT_A_DATE)) {
			s.text("D22", "sometime in spring");
		} else if (!defects.contains(Defect.DATE_MISSING)) {
			if (dateAsText) {
				s.text("D22", date.format(java.time.format.DateTimeFormatter.ofPattern("dd-MMM-yyyy",
						java.util.Locale.ENGLISH)));
			} else {
				s.number("D22", ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date), t.dateStyle);
			}
		}
		Set<String> metalsListed = new java.util.HashSet<>();
		for (SmelterFacts.Fact f : facts()) {
			metalsListed.add(f.metal());
		}
		for (int q = 1; q <= 8; q++) {
			int row = 26 + (q - 1) * 6;
			s.text("B" + (row - 1), l.question(q));
			for (int i = 0; i < 4; i++) {
				String metal = METALS[i];
				s.text("C" + (row + i), l.metal(i));
				boolean inScope = metalsListed.contains(metal) || (defects.contains(Defect.METAL_WITHOUT_SMELTERS)
						&& metal.equals("Tungsten"));
				if (defects.contains(Defect.SMELTER_METAL_NOT_IN_SCOPE) && metal.equals("Tin")) {
					inScope = false;
				}
				String answer = answer(q, metal, inScope);
				if (answer != null) {
					s.text("D" + (row + i), answer);
				}
				if (q == 8 && i == 0 && defects.contains(Defect.FORMULA_TEXT)) {
					s.value("G" + (row + i), "@SUM(1+1)");
				}
			}
		}
		for (char q = 'A'; q <= 'H'; q++) {
			int row = 75 + (q - 'A') * 2;
			s.text("B" + row, l.companyQuestion(q));
			String a = q == 'H' ? "Yes, with the SEC" : q == 'E' ? "Yes, in conformance with IPC-1755 (e.g., CMRT)"
					: "Yes";
			String comment = q == 'B' ? "https://www.fictional-components.example/responsible-sourcing" : null;
			if (q == 'A' && defects.contains(Defect.COMPANY_QUESTION_NO)) {
				a = "No";
			}
			if (q == 'B' && defects.contains(Defect.B_WITHOUT_URL)) {
				comment = null;
			}
			if (q == 'F' && defects.contains(Defect.F_NO_WITHOUT_COMMENT)) {
				a = "No";
			}
			s.text("D" + row, a);
			if (comment != null) {
				s.value("G" + row, comment);
			}
		}
		s.merge("D8:J8");
		s.validation("D9", "\"A. Company,B. Product (or List of Products),C. User defined\"");
		return s.xml(null);
	}

	private String answer(int q, String metal, boolean inScope) {
		if (q == 1 && metal.equals("Tantalum") && defects.contains(Defect.Q1_UNANSWERED)) {
			return null;
		}
		if (q <= 2) {
			return inScope ? "Yes" : "No";
		}
		if (!inScope) {
			return null;
		}
		if (q == 4 && defects.contains(Defect.LATER_UNANSWERED)) {
			return null;
		}
		switch (q) {
		case 3:
			return defects.contains(Defect.Q3_YES) && metal.equals("Tin") ? "Yes" : "No";
		case 4:
			return "No";
		case 5:
			return defects.contains(Defect.Q5_RECYCLED_MISMATCH) && metal.equals("Gold") ? "Yes" : "No";
		case 6:
			return defects.contains(Defect.Q6_LOW) ? "50% or less" : "Greater than 90%";
		case 7:
			return defects.contains(Defect.Q7_NO) ? "No" : "Yes";
		default:
			return "Yes";
		}
	}

	private String smelterList(Template t, SharedStrings sst) {
		Sheet s = new Sheet(sst, null);
		s.text("A1", "Smelter List");
		String[] header = HEADER;
		for (int c = 0; c < header.length; c++) {
			s.text(col(c) + "4", header[c]);
		}
		List<SmelterFacts.Fact> facts = facts();
		int last = Math.max(LAST_ROW, 4 + extraRows);
		for (int row = 5; row <= last; row++) {
			int i = row - 5;
			SmelterFacts.Fact f = i < facts.size() ? facts.get(i) : null;
			if (f == null && extraRows > 0 && row < 5 + extraRows) {
				f = SmelterFacts.ALL.get(i % SmelterFacts.ALL.size());
			}
			if (f == null) {
				// prefilled formula rows: empty cached values
				s.filled("F", row, last, idFormula(5), "");
				s.filled("R", row, last, nameFormula(5), "");
				s.filled("S", row, last, countryFormula(5), "");
				s.filled("T", row, last, subdivisionFormula(5), "");
				continue;
			}
			String metal = f.metal();
			String lookup = f.name();
			String name = f.name();
			String country = f.country();
			String id = f.id();
			boolean notYet = defects.contains(Defect.NOT_YET_IDENTIFIED) && i == 1;
			if (notYet) {
				lookup = "Smelter not yet identified";
				name = "Unknown";
				country = "Unknown";
				id = "";
			}
			if (defects.contains(Defect.SMELTER_METAL_NOT_IN_SCOPE) && i == 0) {
				metal = "Tin";
			}
			if (defects.contains(Defect.INVALID_ID) && i == 2) {
				id = "CID12AB";
			}
			if (defects.contains(Defect.MISMATCHED_ID) && i == 3) {
				id = facts.get(0).id().equals(id) ? facts.get(4).id() : facts.get(0).id();
			}
			boolean few = defects.contains(Defect.FEW_KEY_COLUMNS) && i == 4;
			if (few) {
				lookup = "Smelter not listed";
				name = null;
				id = "";
			}
			s.text("A" + row, id.isEmpty() ? null : id);
			s.text("B" + row, metals == null ? metal : metals.apply(metal));
			s.text("C" + row, lookup);
			s.text("D" + row, name);
			s.text("E" + row, few ? null : country);
			if (defects.contains(Defect.ERROR_VALUES) && i == 5) {
				s.filledError("F", row, last, idFormula(5), "#N/A");
				s.error("R" + row, "VLOOKUP(C" + row + ",#REF!,2,FALSE)", "#REF!");
			} else {
				s.filled("F", row, last, idFormula(5), id);
				s.filled("R", row, last, nameFormula(5),
						few || notYet ? "" : f.name().replaceAll("[^\\x20-\\x7e]", "?"));
			}
			s.text("G" + row, id.isEmpty() ? null : "RMI");
			s.text("I" + row, city(country));
			s.filled("S", row, last, countryFormula(5),
					country == null ? "" : iso(country));
			s.filled("T", row, last, subdivisionFormula(5), "");
			boolean recycled = f.name().toLowerCase().contains("recycl");
			s.text("P" + row, defects.contains(Defect.Q5_RECYCLED_MISMATCH) && metal.equals("Gold") ? "No"
					: recycled ? "Yes" : "Unknown");
			if (defects.contains(Defect.FORMULA_TEXT) && i == 0) {
				s.text("Q" + row, "-2+3 =cmd|' /C calc'!A0");
			}
		}
		s.validation("B5:B" + LAST_ROW, "\"Gold,Tantalum,Tin,Tungsten\"");
		s.validation("P5:P" + LAST_ROW, "\"Yes,No,Unknown\"");
		return s.xml("A4:T4");
	}

	/** The Smelter List header (row 4), columns A to T. */
	private static final String[] HEADER = { "Smelter Identification Number Input Column", "Metal (*)",
			"Smelter Look-up (*)", "Smelter Name", "Smelter Country (*)", "Smelter Identification",
			"Source of Smelter Identification Number", "Smelter Street", "Smelter City",
			"Smelter Facility Location: State / Province (if applicable)", "Smelter Contact Name",
			"Smelter Contact Email", "Proposed next steps, if applicable",
			"Name of Mine(s) or if recycled or scrap sourced, enter \"recycled\" or \"scrap\"",
			"Location (Country) of Mine(s) or if recycled or scrap sourced, enter \"recycled\" or \"scrap\"",
			"Does 100% of the smelter's feedstock originate from recycled or scrap sources?", "Comments",
			"Standard Smelter Name", "Country Code", "State / Province Code" };

	/**
	 * The Smelter List of a real-size workbook (or of one with gaps): every row down to 2,504 (or the last smelter
	 * row) holds the template's formula columns written out in full with their cached values; a column the supplier
	 * typed into holds the typed value instead. Look-ups of an empty reference cell cache 0, as Excel's VLOOKUP does.
	 */
	private String smelterListReal(Template t, SharedStrings sst) {
		Sheet s = new Sheet(sst, flavour);
		s.text("A1", "Smelter List");
		for (int c = 0; c < HEADER.length; c++) {
			s.text(col(c) + "4", HEADER[c]);
		}
		List<SmelterFacts.Fact> facts = facts();
		Map<Integer, Integer> indexOfRow = new java.util.HashMap<>();
		for (int i = 0; i < facts.size(); i++) {
			indexOfRow.put(rowOf(i), i);
		}
		int last = Math.max(Math.max(LAST_ROW, 4 + extraRows), facts.isEmpty() ? 0 : rowOf(facts.size() - 1));
		for (int row = 5; row <= last; row++) {
			Integer index = indexOfRow.get(row);
			SmelterFacts.Fact f = index == null ? null : facts.get(index);
			int i = index == null ? row - 5 : index;
			if (f == null && extraRows > 0 && row < 5 + extraRows) {
				f = SmelterFacts.ALL.get(i % SmelterFacts.ALL.size());
			}
			if (f == null) {
				for (String c : FORMULA_COLUMNS) {
					if (c.equals("X") || c.equals("U")) {
						s.formulaNumber(c + row, realFormula(c, row), 0);
					} else {
						s.formulaText(c + row, realFormula(c, row), "");
					}
				}
				continue;
			}
			String metal = f.metal();
			String lookup = f.name();
			String name = f.name();
			String country = f.country();
			String id = f.id();
			boolean notYet = defects.contains(Defect.NOT_YET_IDENTIFIED) && i == 1;
			if (notYet) {
				lookup = "Smelter not yet identified";
				name = "Unknown";
				country = "Unknown";
				id = "";
			}
			if (defects.contains(Defect.SMELTER_METAL_NOT_IN_SCOPE) && i == 0) {
				metal = "Tin";
			}
			if (defects.contains(Defect.INVALID_ID) && i == 2) {
				id = "CID12AB";
			}
			if (defects.contains(Defect.MISMATCHED_ID) && i == 3) {
				id = facts.get(0).id().equals(id) ? facts.get(4).id() : facts.get(0).id();
			}
			boolean few = defects.contains(Defect.FEW_KEY_COLUMNS) && i == 4;
			if (few) {
				lookup = "Smelter not listed";
				name = null;
				id = "";
			}
			if (id.isEmpty()) {
				s.formulaText("A" + row, realFormula("A", row), "");
			} else {
				s.text("A" + row, id);
			}
			s.text("B" + row, metals == null ? metal : metals.apply(metal));
			s.text("C" + row, lookup);
			if (name == null) {
				s.formulaText("D" + row, realFormula("D", row), "");
			} else {
				s.value("D" + row, name);
			}
			if (!few) {
				s.text("E" + row, country);
			}
			if (defects.contains(Defect.ERROR_VALUES) && i == 5) {
				s.formulaError("F" + row, realFormula("F", row), "#N/A");
				s.formulaError("R" + row, "VLOOKUP(C" + row + ",#REF!,2,FALSE)", "#REF!");
			} else {
				if (few) {
					// "Smelter not listed" has no identification number in the look-up: the formula caches 0
					s.formulaNumber("F" + row, realFormula("F", row), 0);
				} else {
					s.formulaText("F" + row, realFormula("F", row), id);
				}
				s.formulaText("R" + row, realFormula("R", row),
						few || notYet ? "" : f.name().replaceAll("[^\\x20-\\x7e]", "?"));
			}
			s.formulaText("G" + row, realFormula("G", row), id.isEmpty() ? "" : "RMI");
			// the look-up's street, state and contact cells are empty: VLOOKUP caches 0
			s.formulaNumber("H" + row, realFormula("H", row), 0);
			s.formulaText("I" + row, realFormula("I", row), city(country));
			s.formulaNumber("J" + row, realFormula("J", row), 0);
			s.formulaNumber("K" + row, realFormula("K", row), 0);
			boolean recycled = f.name().toLowerCase().contains("recycl");
			s.text("P" + row, defects.contains(Defect.Q5_RECYCLED_MISMATCH) && metal.equals("Gold") ? "No"
					: recycled ? "Yes" : "Unknown");
			if (defects.contains(Defect.FORMULA_TEXT) && i == 0) {
				s.value("Q" + row, "-2+3 =cmd|' /C calc'!A0");
			}
			s.formulaText("S" + row, realFormula("S", row), country == null ? "" : iso(country));
			s.formulaText("T" + row, realFormula("T", row), "");
			s.formulaNumber("U" + row, realFormula("U", row), 1 + "Gold,Tantalum,Tin,Tungsten".indexOf(metal));
			s.formulaNumber("X" + row, realFormula("X", row), 1);
			s.formulaText("AB" + row, realFormula("AB", row), metal + "|" + lookup + "|" + (few ? "" : country));
		}
		s.validation("B5:B" + LAST_ROW, "\"Gold,Tantalum,Tin,Tungsten\"");
		s.validation("P5:P" + LAST_ROW, "\"Yes,No,Unknown\"");
		return s.xml("A4:T4");
	}

	/** Column B's metal as a supplier using another language's template types it (null: as given). */
	private java.util.function.UnaryOperator<String> metals;

	/** Writes column B's metals through the given translation (localized metal names). */
	public CmrtWorkbookBuilder metalNames(java.util.function.UnaryOperator<String> translate) {
		this.metals = translate;
		return this;
	}

	/** The columns RMI's template fills by formula in every Smelter List row. */
	static final String[] FORMULA_COLUMNS = { "A", "C", "D", "F", "G", "H", "I", "J", "K", "S", "T", "U", "X",
			"AB" };

	/** C holds "Smelter not listed" or "Smelter not yet identified" (the label sheet's B1:B2). */
	private static final String NOT_ID = "ISNUMBER(MATCH(C%1$d,L!$B$1:$B$2,0))";

	private static final Map<String, String[]> FORMULA_PARTS = new ConcurrentHashMap<>();

	/** Formulas of the template's size (90 to 270 characters), written out in full for row r. */
	static String realFormula(String column, int r) {
		// 35,000 per workbook: the pattern split once at its row placeholders
		String[] parts = FORMULA_PARTS.computeIfAbsent(column, c -> formulaPattern(c).split("%1\\$d", -1));
		StringBuilder b = new StringBuilder(256).append(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			b.append(r).append(parts[i]);
		}
		return b.toString();
	}

	private static String formulaPattern(String column) {
		return switch (column) {
		case "A" -> "IF(AND(C%1$d<>\"\",NOT(" + NOT_ID + ")),IFERROR(INDEX('Smelter Look-up'!$E:$E,MATCH(C%1$d,"
				+ "'Smelter Look-up'!$B:$B,0)),\"\"),\"\")";
		case "C" -> "IF(A%1$d=\"\",\"\",IFERROR(INDEX('Smelter Look-up'!$B:$B,MATCH(A%1$d,'Smelter Look-up'!"
				+ "$E:$E,0)),\"Smelter not listed\"))";
		case "D" -> "IF(OR(C%1$d=\"\"," + NOT_ID + "),\"\",IFERROR(VLOOKUP(C%1$d,'Smelter Look-up'!$B:$I,2,"
				+ "FALSE),\"\"))";
		case "F" -> "IF(AND(A%1$d=\"\",C%1$d=\"\"),\"\",IF(A%1$d<>\"\",A%1$d,IF(" + NOT_ID + ",VLOOKUP(C%1$d,"
				+ "'Smelter Look-up'!$B:$E,4,FALSE),IFERROR(VLOOKUP(C%1$d,'Smelter Look-up'!$B:$E,4,"
				+ "FALSE),\"Unknown\"))))";
		case "G" -> "IF(F%1$d=\"\",\"\",IF(LEFT(F%1$d,3)=\"CID\",\"RMI\",IFERROR(VLOOKUP(C%1$d,"
				+ "'Smelter Look-up'!$B:$F,5,FALSE),\"\")))";
		case "H" -> lookupColumn(6);
		case "I" -> lookupColumn(7);
		case "J" -> lookupColumn(8);
		case "K" -> lookupColumn(10);
		case "R" -> "IF(C%1$d=\"\",\"\",IF(" + NOT_ID + ",\"\",IFERROR(VLOOKUP(C%1$d,'Smelter Look-up'!$B:$C,"
				+ "2,FALSE),\"\")))";
		case "S" -> "IF(E%1$d=\"\",\"\",IFERROR(VLOOKUP(E%1$d,C!$A$1:$B$3000,2,FALSE),IFERROR(VLOOKUP(UPPER(E%1$d),"
				+ "C!$A$1:$B$3000,2,FALSE),\"\")))";
		case "T" -> "IF(OR(J%1$d=\"\",S%1$d=\"\"),\"\",IFERROR(INDEX(C!$C$1:$C$5000,MATCH(S%1$d&\"|\"&J%1$d,"
				+ "C!$E$1:$E$5000,0)),\"\"))";
		case "U" -> "IF(B%1$d=\"\",0,IFERROR(MATCH(B%1$d,L!$D$2:$D$5,0),IFERROR(MATCH(B%1$d,L!$E$2:$E$5,0),0)))";
		case "X" -> "IF(C%1$d=\"\",0,COUNTIFS($B$5:$B$2504,B%1$d,$C$5:$C$2504,C%1$d,$E$5:$E$2504,E%1$d))";
		case "AB" -> "IF(AND(B%1$d<>\"\",C%1$d<>\"\"),B%1$d&\"|\"&C%1$d&\"|\"&E%1$d,IF(AND(B%1$d=\"\","
				+ "C%1$d=\"\"),\"\",SorP!$A$1&\"|\"&B%1$d))";
		default -> throw new IllegalArgumentException(column);
		};
	}

	private static String lookupColumn(int index) {
		return "IF(OR(C%1$d=\"\",ISNUMBER(MATCH(C%1$d,L!$B$1:$B$2,0))),\"\",IFERROR(VLOOKUP(C%1$d,'Smelter Look-up'!"
				+ "$B:$K," + index + ",FALSE),\"\"))";
	}

	private static String nameFormula(int row) {
		return "IF(C" + row + "=\"\",\"\",VLOOKUP(C" + row + ",'Smelter Look-up'!B:C,2,FALSE))";
	}

	private static String countryFormula(int row) {
		return "IF(E" + row + "=\"\",\"\",VLOOKUP(E" + row + ",C!A:B,2,FALSE))";
	}

	private static String subdivisionFormula(int row) {
		return "IF(OR(J" + row + "=\"\",S" + row + "=\"\"),\"\",IFERROR(INDEX(C!C:C,MATCH(S" + row + "&\"|\"&J"
				+ row + ",C!E:E,0)),\"\"))";
	}

	private static String idFormula(int row) {
		return "IF(C" + row + "=\"\",\"\",IF(A" + row + "<>\"\",A" + row + ",IFERROR(VLOOKUP(C" + row
				+ ",'Smelter Look-up'!B:E,4,FALSE),\"Unknown\")))";
	}

	private String productList(SharedStrings sst) {
		Sheet s = new Sheet(sst, flavour);
		s.text("B2", "Product List");
		s.text("B5", "Manufacturer's Product Number");
		s.text("C5", "Manufacturer's Product Name");
		s.text("D5", "Comments");
		return s.xml(null);
	}

	private static String city(String country) {
		return country == null ? null : "City in " + country.toLowerCase();
	}

	static String iso(String country) {
		String k = country.replaceAll("[^A-Z]", "");
		return k.length() >= 2 ? k.substring(0, 2) : "XX";
	}

	static String col(int c) {
		return org.apache.poi.ss.util.CellReference.convertNumToColString(c);
	}

	// ---- the template, once per revision and language

	private static final Map<String, String> REVISION_DATES = Map.of("6.01", "May 19, 2020", "6.1", "April 28, 2021",
			"6.22", "May 11, 2022", "6.31", "May 26, 2023", "6.4", "April 26, 2024", "6.5", "April 25, 2025");

	/**
	 * A template: its zip, the parts derived per workbook, and its shared strings table (the XML of its items, each
	 * text's first index, the number of cells referring to the table).
	 */
	private record Template(byte[] bytes, String declarationPart, String smelterPart, String productPart,
			String sharedStringsPart, int dateStyle, String sstItems, Map<String, Integer> sstIndex, int sstUnique,
			int sstCount) {
	}

	private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

	private static Template template(String revision, String language, String smelterSheet, Flavour flavour) {
		return TEMPLATES.computeIfAbsent(revision + "|" + language + "|" + smelterSheet + "|" + flavour,
				k -> buildTemplate(revision, language, smelterSheet, flavour));
	}

	private static Template buildTemplate(String revision, String language, String smelterSheet, Flavour flavour) {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Labels l = Labels.of(language);
			book.getProperties().getCoreProperties().setCreated("2025-04-25T00:00:00Z");
			book.getProperties().getCoreProperties().setCreator("SD Studio test generator");
			XSSFSheet rev = book.createSheet("Revision");
			cell(rev, 0, 0, "Revision " + revision);
			cell(rev, 1, 0, REVISION_DATES.getOrDefault(revision, ""));
			XSSFSheet instructions = book.createSheet("Instructions");
			for (int i = 0; i < 60; i++) {
				cell(instructions, i, 1, "Instruction " + (i + 1) + ": " + l.title() + " - step " + (i + 1)
						+ " of completing the declaration, the smelter list and the product list.");
			}
			XSSFSheet definitions = book.createSheet("Definitions");
			for (int i = 0; i < 40; i++) {
				cell(definitions, i, 1, "Term " + (i + 1));
				cell(definitions, i, 2, "Definition of term " + (i + 1) + " used in this template.");
			}
			book.createSheet("Declaration");
			book.createSheet(smelterSheet);
			XSSFSheet checker = book.createSheet("Checker");
			for (int i = 0; i < 50; i++) {
				cell(checker, i, 1, "Required field " + (i + 1));
				checker.createRow(i).createCell(3).setCellFormula("IF(Declaration!D" + (8 + i % 15)
						+ "=\"\",\"Missing\",\"OK\")");
			}
			book.createSheet("Product List");
			XSSFSheet look = book.createSheet("Smelter Look-up");
			String[] lh = { "Metal", "Smelter Look-up", "Standard Smelter Name", "Smelter Facility Location: Country",
					"Smelter Identification", "Source of Smelter Identification Number",
					"Smelter Street", "Smelter City", "Smelter Facility Location: State / Province" };
			for (int c = 0; c < lh.length; c++) {
				cell(look, 3, c, lh[c]);
			}
			int r = 4;
			for (SmelterFacts.Fact f : SmelterFacts.ALL) {
				// the standard name and an alias per smelter, about 600 rows as in RMI's template
				for (String alias : new String[] { f.name(), f.name().toUpperCase(java.util.Locale.ROOT) }) {
					Row row = look.createRow(r++);
					String[] v = { f.metal(), alias, f.name(), f.country(), f.id(), "RMI", "", city(f.country()),
							"" };
					for (int c = 0; c < v.length; c++) {
						row.createCell(c).setCellValue(v[c]);
					}
				}
			}
			cell(look, r++, 1, "Smelter not listed");
			cell(look, r, 1, "Smelter not yet identified");
			XSSFSheet labels = book.createSheet("L");
			String[] langs = Labels.LANGUAGES;
			cell(labels, 0, 0, "Key");
			for (int c = 0; c < langs.length; c++) {
				cell(labels, 0, c + 3, langs[c]);
			}
			// the label sheet makes most of the shared strings: about 1.4 MB of XML here, 1.0 MB in RMI's template as
			// Excel saves it, 1.9 MB as LibreOffice saves a filled copy
			int labelRows = flavour == null ? 1520 : flavour == Flavour.EXCEL ? 1100 : 2080;
			for (int i = 1; i <= labelRows; i++) {
				Row row = labels.createRow(i);
				row.createCell(0).setCellValue("L" + i);
				for (int c = 0; c < langs.length; c++) {
					row.createCell(c + 3).setCellValue(Labels.of(langs[c]).label(i));
				}
			}
			XSSFSheet countries = book.createSheet("C");
			int cr = 0;
			for (String country : SmelterFacts.ALL.stream().map(SmelterFacts.Fact::country).distinct().sorted()
					.toList()) {
				for (int sub = 0; sub < 12; sub++) {
					Row row = countries.createRow(cr++);
					row.createCell(0).setCellValue(country);
					row.createCell(1).setCellValue(iso(country));
					row.createCell(2).setCellValue(iso(country) + "-" + (sub + 1));
					row.createCell(3).setCellValue("Subdivision " + (sub + 1) + " of " + country);
				}
			}
			XSSFSheet sorp = book.createSheet("SorP");
			cell(sorp, 0, 0, "Smelter");
			cell(sorp, 1, 0, "Refiner");
			for (String hidden : new String[] { "L", "C", "SorP" }) {
				book.setSheetHidden(book.getSheetIndex(hidden), true);
			}
			DataValidationHelper dv = look.getDataValidationHelper();
			DataValidationConstraint metals = dv.createExplicitListConstraint(new String[] { "Gold", "Tantalum",
					"Tin", "Tungsten" });
			look.addValidationData(dv.createValidation(metals, new CellRangeAddressList(4, 700, 0, 0)));
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd-mmm-yyyy"));
			int dateStyle = date.getIndex();
			// every template has texts, so POI writes a shared strings part
			org.apache.poi.xssf.model.SharedStringsTable table = book.getSharedStringSource();
			Map<String, Integer> index = new java.util.HashMap<>();
			for (int i = 0; i < table.getUniqueCount(); i++) {
				index.putIfAbsent(table.getItemAt(i).getString(), i);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			byte[] bytes = out.toByteArray();
			if (flavour != null) {
				// the real template's bulk: look-up, hidden smelter names and styles as RMI's are sized
				dateStyle = RealParts.DATE_STYLE;
				bytes = replaceParts(bytes, Map.of("xl/worksheets/sheet8.xml", RealParts.lookup(flavour, index),
						"xl/worksheets/sheet11.xml", RealParts.sorp(flavour), "xl/styles.xml",
						RealParts.styles(flavour)));
			}
			String sstPart = "xl/sharedStrings.xml";
			String[] derived = { "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet7.xml" };
			// the cells of the other sheets that refer to the table (POI's own count also counts overwritten cells)
			int count = 0;
			for (int sheet = 1; sheet <= book.getNumberOfSheets(); sheet++) {
				String part = "xl/worksheets/sheet" + sheet + ".xml";
				if (!List.of(derived).contains(part)) {
					String x = new String(entry(bytes, part), StandardCharsets.UTF_8);
					for (int at = x.indexOf("t=\"s\""); at >= 0; at = x.indexOf("t=\"s\"", at + 1)) {
						count++;
					}
				}
			}
			String xml = new String(entry(bytes, sstPart), StandardCharsets.UTF_8);
			int start = xml.indexOf('>', xml.indexOf("<sst")) + 1;
			int end = xml.lastIndexOf("</sst>");
			if (start <= 0 || end < start || xml.charAt(start - 2) == '/') {
				throw new IllegalStateException("unexpected shared strings part");
			}
			return new Template(bytes, derived[0], derived[1], derived[2], sstPart, dateStyle, xml.substring(start, end), Map.copyOf(index),
					table.getUniqueCount(), count);
		} catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] replaceParts(byte[] zip, Map<String, String> parts) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length * 2);
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
				java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
			for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
				java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
				copy.setTime(FIXED_TIME);
				z.putNextEntry(copy);
				String xml = parts.get(e.getName());
				z.write(xml == null ? in.readAllBytes() : xml.getBytes(StandardCharsets.UTF_8));
				z.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] entry(byte[] zip, String name) throws IOException {
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(zip))) {
			for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
				if (e.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new IllegalStateException("no " + name);
	}

	private static void cell(XSSFSheet sheet, int row, int col, String value) {
		Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
		r.createCell(col).setCellValue(value);
	}

	/**
	 * A workbook's shared strings table as Excel keeps it: the template's items with their indexes, then each text the
	 * derived sheets use that the table does not hold yet, once; {@code count} is the number of cells referring to it.
	 */
	private static final class SharedStrings {
		private final Template template;
		private final Map<String, Integer> added = new LinkedHashMap<>();
		private int count;

		SharedStrings(Template template) {
			this.template = template;
			this.count = template.sstCount;
		}

		/** The index of a text cell's string (counted as one more reference). */
		int index(String text) {
			count++;
			Integer i = template.sstIndex.get(text);
			if (i != null) {
				return i;
			}
			return added.computeIfAbsent(text, k -> template.sstUnique + added.size());
		}

		String xml() {
			StringBuilder b = new StringBuilder(template.sstItems.length() + added.size() * 64 + 256);
			b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
					+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"").append(count)
					.append("\" uniqueCount=\"").append(template.sstUnique + added.size()).append("\">");
			b.append(template.sstItems);
			for (String text : added.keySet()) {
				b.append("<si><t");
				if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
						|| Character.isWhitespace(text.charAt(text.length() - 1)))) {
					b.append(" xml:space=\"preserve\"");
				}
				b.append('>').append(Sheet.esc(excelEscape(text))).append("</t></si>");
			}
			return b.append("</sst>").toString();
		}

		/**
		 * Characters XML 1.0 cannot hold as {@code _xHHHH_}, and a literal {@code _xHHHH_} with its underscore
		 * escaped, as Excel writes them (a reader decodes them back).
		 */
		static String excelEscape(String s) {
			StringBuilder b = null;
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				String e = null;
				if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
					e = String.format("_x%04X_", (int) c);
				} else if (c == '_' && s.regionMatches(i, "_x", 0, 2) && i + 6 < s.length() && s.charAt(i + 6) == '_'
						&& s.substring(i + 2, i + 6).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
					e = "_x005F_";
				}
				if (e != null && b == null) {
					b = new StringBuilder(s.length() + 16).append(s, 0, i);
				}
				if (b != null) {
					if (e != null) {
						b.append(e);
					} else {
						b.append(c);
					}
				}
			}
			return b == null ? s : b.toString();
		}
	}

	/**
	 * A worksheet part written as XML: cells in row order, texts as shared strings, formulas with cached values (a
	 * text result as {@code t="str"}, as Excel writes it).
	 */
	private static final class Sheet {
		private final Map<Integer, Map<Integer, String>> rows = new java.util.TreeMap<>();
		private final List<String> merges = new ArrayList<>();
		private final List<String[]> validations = new ArrayList<>();
		private final SharedStrings sst;
		/** null: the small workbooks' way (unchanged, so that the examples regenerate byte for byte) */
		private final Flavour flavour;

		Sheet(SharedStrings sst, Flavour flavour) {
			this.sst = sst;
			this.flavour = flavour;
		}

		void text(String ref, String value) {
			if (value == null) {
				return;
			}
			put(ref, style(RealParts.TEXT_STYLE, "s") + "><v>" + sst.index(value) + "</v></c>");
		}

		/** A typed value: a shared string, except as LibreOffice writes some of them, inline. */
		void value(String ref, String value) {
			if (value == null) {
				return;
			}
			if (flavour != Flavour.LIBREOFFICE) {
				text(ref, value);
				return;
			}
			String t = esc(SharedStrings.excelEscape(value));
			put(ref, style(RealParts.TEXT_STYLE, "inlineStr") + "><is><t"
					+ (value.strip().equals(value) ? "" : " xml:space=\"preserve\"") + ">" + t + "</t></is></c>");
		}

		void number(String ref, long value, int style) {
			put(ref, "s=\"" + style + "\"" + (flavour == Flavour.LIBREOFFICE ? " t=\"n\"" : "") + "><v>" + value
					+ "</v></c>");
		}

		/** s and t attributes as the flavour writes them (the small workbooks: type only). */
		private String style(int style, String type) {
			String t = type == null ? "" : "t=\"" + type + "\"";
			return flavour == null ? t : "s=\"" + style + "\"" + (t.isEmpty() ? "" : " " + t);
		}

		/** A formula written out in full with a text result. */
		void formulaText(String ref, String formula, String cached) {
			put(ref, style(RealParts.FORMULA_STYLE, "str") + ">" + f(formula) + "<v>" + esc(cached) + "</v></c>");
		}

		/** A formula written out in full with a number result. */
		void formulaNumber(String ref, String formula, long cached) {
			put(ref, style(RealParts.FORMULA_STYLE, flavour == Flavour.LIBREOFFICE ? "n" : null) + ">" + f(formula)
					+ "<v>" + cached + "</v></c>");
		}

		void formulaError(String ref, String formula, String error) {
			put(ref, style(RealParts.FORMULA_STYLE, "e") + ">" + f(formula) + "<v>" + error + "</v></c>");
		}

		/** Excel writes quotes in formulas as they are, LibreOffice as entities and with its aca attribute. */
		private String f(String formula) {
			return flavour == Flavour.LIBREOFFICE ? "<f aca=\"false\">" + esc(formula) + "</f>"
					: "<f>" + escText(formula) + "</f>";
		}

		static String escText(String s) {
			return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		}

		private final Map<String, Integer> sharedIds = new LinkedHashMap<>();

		/**
		 * A formula filled down a column from row 5 to {@code last}, written as Excel writes it: a shared formula, its
		 * text only in the first cell.
		 */
		void filled(String col, int row, int last, String firstFormula, String cached) {
			put(col + row, "t=\"str\">" + shared(col, row, last, firstFormula) + "<v>" + esc(cached) + "</v></c>");
		}

		void filledError(String col, int row, int last, String firstFormula, String error) {
			put(col + row, "t=\"e\">" + shared(col, row, last, firstFormula) + "<v>" + error + "</v></c>");
		}

		private String shared(String col, int row, int last, String firstFormula) {
			int si = sharedIds.computeIfAbsent(col, k -> sharedIds.size());
			return row == 5 ? "<f t=\"shared\" ref=\"" + col + "5:" + col + last + "\" si=\"" + si + "\">"
					+ esc(firstFormula) + "</f>" : "<f t=\"shared\" si=\"" + si + "\"/>";
		}

		void error(String ref, String formula, String error) {
			put(ref, "t=\"e\"><f>" + esc(formula) + "</f><v>" + error + "</v></c>");
		}

		void merge(String range) {
			merges.add(range);
		}

		void validation(String range, String list) {
			validations.add(new String[] { range, list });
		}

		private void put(String ref, String rest) {
			int letters = 0;
			int col = 0;
			while (Character.isLetter(ref.charAt(letters))) {
				col = col * 26 + ref.charAt(letters++) - 'A' + 1;
			}
			rows.computeIfAbsent(Integer.parseInt(ref.substring(letters)), k -> new java.util.TreeMap<>())
					.put(col - 1, "<c r=\"" + ref + "\" " + rest);
		}

		String xml(String autoFilter) {
			StringBuilder b = new StringBuilder(1 << 20);
			b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
					+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
					+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>");
			for (Map.Entry<Integer, Map<Integer, String>> row : rows.entrySet()) {
				b.append("<row r=\"").append(row.getKey()).append('"').append(RealParts.rowAttributes(flavour))
						.append('>');
				for (String cell : row.getValue().values()) {
					b.append(cell);
				}
				b.append("</row>");
			}
			b.append("</sheetData>");
			if (autoFilter != null) {
				b.append("<autoFilter ref=\"").append(autoFilter).append("\"/>");
			}
			if (!merges.isEmpty()) {
				b.append("<mergeCells count=\"").append(merges.size()).append("\">");
				merges.forEach(m -> b.append("<mergeCell ref=\"").append(m).append("\"/>"));
				b.append("</mergeCells>");
			}
			if (!validations.isEmpty()) {
				b.append("<dataValidations count=\"").append(validations.size()).append("\">");
				for (String[] v : validations) {
					b.append("<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"")
							.append(v[0]).append("\"><formula1>").append(esc(v[1])).append("</formula1></dataValidation>");
				}
				b.append("</dataValidations>");
			}
			return b.append("</worksheet>").toString();
		}

		static String esc(String s) {
			StringBuilder b = new StringBuilder(s.length() + 8);
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				default -> b.append(c);
				}
			}
			return b.toString();
		}
	}

	/** Label texts per language (our own wording; a few key labels translated to show reading by position). */
	static final class Labels {
		static final String[] LANGUAGES = { "en", "zh", "ja", "de", "fr", "es", "ko", "pt" };
		private final String lang;

		private Labels(String lang) {
			this.lang = lang;
		}

		static Labels of(String lang) {
			return new Labels(lang);
		}

		String title() {
			return switch (lang) {
			case "zh" -> "冲突矿产报告模板";
			case "ja" -> "紛争鉱物報告テンプレート";
			case "de" -> "Berichtsvorlage für Konfliktmineralien";
			default -> "Conflict Minerals Reporting Template";
			};
		}

		String companyInfo() {
			return switch (lang) {
			case "zh" -> "公司信息";
			case "de" -> "Unternehmensinformationen";
			default -> "Company Information";
			};
		}

		String[] fields() {
			if (lang.equals("zh")) {
				return new String[] { "公司名称 (*)", "申报范围 (*)", "范围说明", "产品清单链接", "公司唯一识别码",
						"识别码授权机构", "地址", "联系人姓名 (*)", "电子邮件 (*)", "电话 (*)", "授权人 (*)", "职务",
						"电子邮件 (*)", "电话", "生效日期 (*)" };
			}
			return new String[] { "Company Name (*)", "Declaration Scope (*)", "Description of Scope",
					"Link to Product List", "Company Unique ID", "Unique ID Authority", "Address", "Contact Name (*)",
					"Email - Contact (*)", "Phone - Contact (*)", "Authorizer (*)", "Title - Authorizer",
					"Email - Authorizer (*)", "Phone - Authorizer", "Effective Date (*)" };
		}

		String scopeCompany() {
			return lang.equals("zh") ? "A. 公司" : "A. Company";
		}

		String metal(int i) {
			String[][] m = { { "Tantalum", "钽", "タンタル", "Tantal" }, { "Tin", "锡", "スズ", "Zinn" },
					{ "Gold", "金", "金", "Gold" }, { "Tungsten", "钨", "タングステン", "Wolfram" } };
			int l = switch (lang) {
			case "zh" -> 1;
			case "ja" -> 2;
			case "de" -> 3;
			default -> 0;
			};
			return m[i][l];
		}

		String question(int q) {
			return (lang.equals("zh") ? "问题 " : lang.equals("de") ? "Frage " : "Question ") + q;
		}

		String companyQuestion(char q) {
			return (lang.equals("zh") ? "公司问题 " : "Company question ") + q;
		}

		/**
		 * Label i of the hidden L sheet: pseudo-text in the language's script (not a translation), short labels and
		 * every tenth an instruction paragraph, so that the sheet has the bulk of RMI's (which is why their workbooks
		 * are about 1 MB zipped).
		 */
		String label(int i) {
			int index = java.util.Arrays.asList(LANGUAGES).indexOf(lang);
			Random r = new Random(i * 31L + index);
			int words = i % 10 == 0 ? 30 + r.nextInt(40) : 2 + r.nextInt(8);
			StringBuilder b = new StringBuilder();
			for (int w = 0; w < words; w++) {
				if (w > 0 && !(lang.equals("zh") || lang.equals("ja"))) {
					b.append(' ');
				}
				int len = 2 + r.nextInt(7);
				for (int c = 0; c < len; c++) {
					b.append(switch (lang) {
					case "zh" -> (char) (0x4E00 + r.nextInt(0x5000));
					case "ja" -> (char) (r.nextBoolean() ? 0x3041 + r.nextInt(0x56) : 0x4E00 + r.nextInt(0x3000));
					case "ko" -> (char) (0xAC00 + r.nextInt(0x2BA4));
					default -> c % 2 == 1 ? "aeiouy".charAt(r.nextInt(6))
							: "bcdfghjklmnprstvwz".charAt(r.nextInt(18));
					});
				}
			}
			return b.toString();
		}
	}
}
