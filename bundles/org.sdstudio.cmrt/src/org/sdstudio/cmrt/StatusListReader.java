package org.sdstudio.cmrt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.sdstudio.cmrt.internal.CellRefs;
import org.sdstudio.cmrt.internal.Dates;
import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.cmrt.internal.StatusListPolicy;
import org.sdstudio.cmrt.internal.TextDecoding;
import org.sdstudio.cmrt.internal.XlsxSheets;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReferenceEntry;
import org.sdstudio.model.ReferenceList;
import org.sdstudio.model.SdStudioFactory;
import org.xml.sax.SAXException;

/**
 * Reads the user's export of RMI's Active and Conformant facility lists (CSV or XLSX). Columns are found by their
 * header names in any order; the header row is the first row that names at least an ID or name column and a status
 * or metal column.
 */
public final class StatusListReader {

	/** RFC 4180, blank lines skipped. */
	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	/** The list, what it gave, and how its as-of date was chosen (for the user to see). */
	public record Result(ReferenceList list, String asOfSource, int skippedRows, List<String> warnings) {
	}

	public static final String LIST_NAME = "RMI facility status";

	private enum Column {
		ID("smelter id", "smelter identification number", "facility id", "cid", "smelter reference id", "rmi id"),
		NAME("standard smelter name", "facility name", "smelter name", "standard facility name", "name"),
		METAL("metal", "mineral"),
		COUNTRY("country", "country location", "smelter country", "location"),
		STATUS("status", "assessment status", "rmap status", "conformance status", "audit status"),
		DATE("last audit date", "valid until", "assessment date", "audit date", "date of last audit",
				"recertification date", "last assessment date");

		final List<String> names;

		Column(String... names) {
			this.names = List.of(names);
		}

		static Column of(String header) {
			String key = Names.key(header);
			for (Column c : values()) {
				if (c.names.contains(key)) {
					return c;
				}
			}
			return null;
		}
	}

	static {
		org.sdstudio.cmrt.internal.Logging.quietPoi();
	}

	private static final Pattern AS_OF = Pattern.compile("(?i)as\\s*(?:of|at)\\b[:\\s]*(.+)");
	private static final Pattern NAME_DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");

	private StatusListReader() {
	}

	/** The largest status list read (RMI's lists have a few thousand rows: a few hundred kilobytes). */
	public static final long MAX_BYTES = 64L << 20;

	/**
	 * Reads with the {@linkplain StatusListOptions#DEFAULTS defaults}: whatever cannot be read as it is is refused.
	 *
	 * @param asOf the as-of date the user gave, or null to take it from the file ("As of ..." above the header) or from
	 *             a date in the file name, or else the file's modification date
	 */
	public static Result read(Path file, LocalDate asOf) throws CmrtReadException {
		return read(file, asOf, StatusListOptions.DEFAULTS);
	}

	/**
	 * Reads a list; what cannot be read as it is (no status column, unreadable rows, conflicting statuses, no rows)
	 * is a {@link StatusListRefusedException} unless {@code options} settle it.
	 */
	public static Result read(Path file, LocalDate asOf, StatusListOptions options) throws CmrtReadException {
		String name = file.getFileName().toString();
		List<String[]> rows = new ArrayList<>();
		List<Integer> rowNumbers = new ArrayList<>();
		String sheet = null;
		String hash;
		StatusListPolicy policy = new StatusListPolicy(name, options);
		List<String> warnings = new ArrayList<>();
		try {
			if (!Files.exists(file)) {
				throw new CmrtReadException(name, "does not exist");
			}
			if (!Files.isRegularFile(file)) {
				throw new CmrtReadException(name, "is not a regular file (a folder, device or pipe), so it is not read");
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new CmrtReadException(name, "has " + Files.size(file) + " bytes, more than the " + (MAX_BYTES >> 20)
						+ " MB a status list may have");
			}
			hash = CmrtReader.sha256(file);
			FileMagic magic = FileMagic.valueOf(file.toFile());
			if (magic == FileMagic.OOXML) {
				try (XlsxSheets book = XlsxSheets.open(file)) {
					sheet = book.sheetNames().iterator().next();
					book.rows(sheet, 30, (row, cells) -> {
						rows.add(cells);
						rowNumbers.add(row);
					});
				}
			} else if (magic == FileMagic.OLE2) {
				throw new CmrtReadException(name, "is an old .xls or password-protected workbook: "
						+ "save the list as .xlsx or .csv");
			} else {
				TextDecoding.Decoded text = TextDecoding.decode(Files.readAllBytes(file));
				if (text.note() != null) {
					warnings.add(text.note());
				}
				Csv.parse(text.text(), rows, rowNumbers, policy::badRow);
			}
		} catch (CmrtReadException e) {
			throw e;
		} catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
			throw new CmrtReadException(name, sheet, null, "cannot be read (" + e.getMessage() + ")", e);
		}
		int header = -1;
		Map<Column, Integer> cols = new HashMap<>();
		for (int i = 0; i < Math.min(rows.size(), 30) && header < 0; i++) {
			Map<Column, Integer> found = new HashMap<>();
			String[] r = rows.get(i);
			for (int c = 0; c < r.length; c++) {
				Column col = r[c] == null ? null : Column.of(r[c]);
				if (col != null) {
					found.putIfAbsent(col, c);
				}
			}
			if ((found.containsKey(Column.ID) || found.containsKey(Column.NAME))
					&& (found.containsKey(Column.STATUS) || found.containsKey(Column.METAL))) {
				header = i;
				cols = found;
			}
		}
		if (header < 0) {
			throw new CmrtReadException(name, sheet, null, "no header row naming a smelter ID or facility name column "
					+ "and a status or metal column in the first 30 rows", null);
		}
		ReferenceList list = SdStudioFactory.eINSTANCE.createReferenceList();
		list.setName(LIST_NAME);
		list.setSource(name);
		list.setContentHash(hash);
		list.setImportedAt(Instant.now());
		ComplianceStatus wholeList = null;
		if (!cols.containsKey(Column.STATUS)) {
			List<String> found = new ArrayList<>();
			for (String cell : rows.get(header)) {
				if (cell != null && !cell.isBlank()) {
					found.add(cell.strip());
				}
			}
			wholeList = policy.statusWithoutColumn(found);
			list.setSource(name + "; " + policy.statedStatusNote());
		}
		for (int i = header + 1; i < rows.size(); i++) {
			String[] r = rows.get(i);
			String id = Names.smelterId(get(r, cols.get(Column.ID)));
			String facility = get(r, cols.get(Column.NAME));
			if (id == null && Names.isBlank(facility)) {
				continue;
			}
			ReferenceEntry e = SdStudioFactory.eINSTANCE.createReferenceEntry();
			e.setSmelterId(id);
			e.setFacilityName(facility == null ? null : facility.strip());
			Metal metal = Names.metal(get(r, cols.get(Column.METAL)));
			if (metal != null) {
				e.setMetal(metal);
			}
			e.setCountry(get(r, cols.get(Column.COUNTRY)));
			ComplianceStatus status = wholeList != null ? wholeList : status(get(r, cols.get(Column.STATUS)));
			String where = sheet == null ? "line " + rowNumbers.get(i)
					: CellRefs.sheetRef(sheet, XlsxSheets.ref(cols.containsKey(Column.STATUS) ? cols.get(Column.STATUS)
							: 0, rowNumbers.get(i)));
			if (status == null) {
				String given = get(r, cols.get(Column.STATUS));
				policy.badRow(where, given == null ? "no status" : "status '" + given + "' is not Conformant, "
						+ "Active or Non-Conformant");
				continue;
			}
			e.setStatus(status);
			e.setStatusDate(Dates.parse(get(r, cols.get(Column.DATE))));
			policy.accept(e, where);
		}
		int skipped = policy.finish(list, warnings);
		String source;
		LocalDate date = asOf;
		if (date != null) {
			source = "given on the command line";
		} else if ((date = asOfInFile(rows, header)) != null) {
			source = "from the 'As of' line in the file";
		} else if ((date = dateInName(name)) != null) {
			source = "from the file name";
		} else {
			try {
				date = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
			} catch (IOException ex) {
				date = LocalDate.now(ZoneOffset.UTC);
			}
			source = "the file's modification date (no date in the file or its name)";
		}
		list.setAsOfDate(date);
		return new Result(list, source, skipped, warnings);
	}

	private static String get(String[] r, Integer col) {
		if (col == null || col >= r.length || r[col] == null) {
			return null;
		}
		String s = r[col].strip();
		return s.isEmpty() ? null : s;
	}

	static ComplianceStatus status(String text) {
		String k = Names.key(text).replace(" ", "");
		if (k.isEmpty()) {
			return null;
		}
		if (k.startsWith("nonconformant") || k.startsWith("notconformant")) {
			return ComplianceStatus.NON_CONFORMANT;
		}
		if (k.startsWith("conformant") || k.equals("compliant")) {
			return ComplianceStatus.CONFORMANT;
		}
		if (k.startsWith("active")) {
			return ComplianceStatus.ACTIVE;
		}
		return null;
	}

	private static LocalDate asOfInFile(List<String[]> rows, int header) {
		for (int i = 0; i < header; i++) {
			for (String cell : rows.get(i)) {
				Matcher m = cell == null ? null : AS_OF.matcher(cell);
				if (m != null && m.find()) {
					LocalDate d = Dates.parse(m.group(1).replaceAll("[.;,]+$", "").trim());
					if (d != null) {
						return d;
					}
				}
			}
			// "As of" in one cell and the date in the next
			String[] r = rows.get(i);
			for (int c = 0; c + 1 < r.length; c++) {
				if (r[c] != null && Names.key(r[c]).matches("as (of|at)( date)?") && Dates.parse(r[c + 1]) != null) {
					return Dates.parse(r[c + 1]);
				}
			}
		}
		return null;
	}

	private static LocalDate dateInName(String name) {
		Matcher m = NAME_DATE.matcher(name);
		while (m.find()) {
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			} catch (java.time.DateTimeException e) {
				// not a date; look further
			}
		}
		return null;
	}

	/**
	 * RFC 4180 CSV read by Apache Commons CSV: quoted fields with doubled quotes and line breaks, CRLF or LF, blank lines
	 * skipped; the separator is the comma, or the tab or semicolon when the first lines have more of those (Excel's
	 * "Unicode text" and European CSV).
	 */
	static final class Csv {

		/** Fills {@code rows} and the line each starts on; a quote that is never closed is a bad row. */
		static void parse(String text, List<String[]> rows, List<Integer> lines, BiConsumer<String, String> badRow) {
			String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
			LineIndex index = new LineIndex(body);
			CSVFormat format = CSV.builder().setDelimiter(separator(body)).get();
			try (CSVParser parser = CSVParser.parse(body, format)) {
				Iterator<CSVRecord> records = parser.iterator();
				while (true) {
					long consumed = parser.getCurrentLineNumber();
					CSVRecord record;
					try {
						if (!records.hasNext()) {
							break;
						}
						record = records.next();
					} catch (UncheckedIOException | IllegalStateException e) {
						// Commons CSV stops at a quote that is never closed: the rows before it were read
						int quoteLine = index.lineOf(unclosedQuote(body, index.offsetOfLine((int) consumed + 1)));
						int rowLine = index.firstNonBlankLine((int) consumed + 1);
						badRow.accept("line " + rowLine, "a quote opened on line " + quoteLine + " is never closed, "
								+ "so the row and the " + Math.max(0, index.lines() - quoteLine) + " line(s) after it "
								+ "cannot be read");
						break;
					}
					rows.add(record.values());
					lines.add(index.lineOf((int) record.getCharacterPosition()));
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** The position of the quote left open after {@code from} (quotes toggle; a doubled one toggles twice). */
		private static int unclosedQuote(String text, int from) {
			int open = -1;
			for (int i = from; i < text.length(); i++) {
				if (text.charAt(i) == '"') {
					open = open < 0 ? i : -1;
				}
			}
			return Math.max(open, from);
		}

		/** Line numbers (from 1) of character positions, for messages that name the line. */
		private static final class LineIndex {
			private final String text;
			private final List<Integer> starts = new ArrayList<>();

			LineIndex(String text) {
				this.text = text;
				starts.add(0);
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					if (c == '\n' || c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
						starts.add(i + 1);
					}
				}
			}

			int lineOf(int position) {
				int found = java.util.Collections.binarySearch(starts, position);
				return found >= 0 ? found + 1 : -found - 1;
			}

			int offsetOfLine(int line) {
				return line - 1 < starts.size() ? starts.get(line - 1) : text.length();
			}

			int firstNonBlankLine(int line) {
				int l = line;
				while (l < starts.size() && text.substring(starts.get(l - 1), starts.get(l)).isBlank()) {
					l++;
				}
				return l;
			}

			int lines() {
				int last = starts.size();
				return starts.get(last - 1) == text.length() ? last - 1 : last;
			}
		}

		private static char separator(String text) {
			int commas = 0;
			int tabs = 0;
			int semicolons = 0;
			int lines = 0;
			for (int i = 0; i < text.length() && lines < 30; i++) {
				char c = text.charAt(i);
				commas += c == ',' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				lines += c == '\n' ? 1 : 0;
			}
			return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
		}
	}
}
