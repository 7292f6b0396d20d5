package org.sdstudio.cmrt.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.SAXException;

/**
 * An .xlsx opened for streaming: the sheet list is loaded, the shared strings (see {@link PlainSharedStrings}) and the
 * cell styles' number formats (see {@link NumberFormats}) when a cell read first needs them, and only the sheets asked
 * for are read, each inflated through POI's guarded stream and scanned as bytes ({@link SheetScanner}). Each cell's
 * value is what POI's XSSFSheetXMLHandler gives (cached formula results, never formulas).
 */
public final class XlsxSheets implements Closeable {

	/** Prefix POI's handler gives a cell whose cached value is an error such as #N/A. */
	public static final String ERROR_PREFIX = "ERROR:";

	/** Receives one row at a time; {@code cells[i]} is column i (A = 0), null when empty. */
	public interface RowHandler {
		void row(int rowNumber, String[] cells);
	}

	private final OPCPackage pkg;
	private final LazySharedStrings strings;
	private final PackagePart stylesPart;
	private NumberFormats formats;
	private final Map<String, PackagePart> sheets = new LinkedHashMap<>();

	private XlsxSheets(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
		this.pkg = pkg;
		Reader reader = new Reader(pkg);
		strings = new LazySharedStrings(pkg);
		List<PackagePart> styleParts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		stylesPart = styleParts.isEmpty() ? null : styleParts.get(0);
		sheets.putAll(new SheetParts(reader.workbook()).byName());
	}

	/** The cell styles' number formats, read when a number cell first needs them. */
	private NumberFormats formats() {
		if (formats == null) {
			try {
				formats = NumberFormats.read(stylesPart);
			} catch (IOException | SAXException e) {
				throw new LazySharedStrings.Failure(e);
			}
		}
		return formats;
	}

	/**
	 * What the zip's central directory says about a part, without reading it: its name, CRC-32 and uncompressed size.
	 */
	public record PartStamp(String name, long crc, long size) {
	}

	/** The stamp of a sheet's part; null when the package does not tell (then nothing may be cached). */
	public PartStamp stamp(String sheet) {
		return stamp(sheets.get(sheet));
	}

	/** The stamp of the shared strings part, {@link #NO_PART} when there is none; null when unknown. */
	public PartStamp sharedStringsStamp() {
		return strings.part == null ? NO_PART : stamp(strings.part);
	}

	/** The stamp of the styles part, {@link #NO_PART} when there is none; null when unknown. */
	public PartStamp stylesStamp() {
		return stylesPart == null ? NO_PART : stamp(stylesPart);
	}

	/** Stands for an absent part. */
	public static final PartStamp NO_PART = new PartStamp("", -1, -1);

	private static PartStamp stamp(PackagePart part) {
		if (part instanceof ZipPackagePart zip && zip.getZipArchive() != null) {
			ZipArchiveEntry e = zip.getZipArchive();
			if (e.getCrc() != -1 && e.getSize() != -1) {
				return new PartStamp(part.getPartName().getName(), e.getCrc(), e.getSize());
			}
		}
		return null;
	}

	/**
	 * Whether the sheet's part inflates to exactly what its stamp says (CRC-32 and size): reads it through POI's
	 * guarded stream (zip-bomb limits apply) but parses nothing, a fraction of the cost of parsing it.
	 */
	public boolean matches(String sheet, PartStamp stamp) throws IOException {
		PackagePart part = sheets.get(sheet);
		if (part == null || stamp == null) {
			return false;
		}
		CRC32 crc = new CRC32();
		long size = 0;
		byte[] buffer = new byte[16384];
		try (InputStream in = part.getInputStream()) {
			for (int n; (n = in.read(buffer)) > 0;) {
				crc.update(buffer, 0, n);
				size += n;
			}
		}
		return crc.getValue() == stamp.crc() && size == stamp.size();
	}

	/** POI's reader, for its workbook part. */
	private static final class Reader extends XSSFReader {
		Reader(OPCPackage pkg) throws IOException, OpenXML4JException {
			super(pkg);
		}

		PackagePart workbook() {
			return workbookPart;
		}
	}

	/**
	 * The sheets in workbook order by name, from POI's sheet iterator without opening every sheet's stream (its
	 * {@code next()} does) when only three or four are read.
	 */
	private static final class SheetParts extends XSSFReader.SheetIterator {
		SheetParts(PackagePart workbook) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
			super(workbook);
		}

		Map<String, PackagePart> byName() {
			Map<String, PackagePart> parts = new LinkedHashMap<>();
			while (sheetIterator.hasNext()) {
				XSSFReader.XSSFSheetRef ref = sheetIterator.next();
				PackagePart part = sheetMap.get(ref.getId());
				if (part != null) {
					parts.put(ref.getName(), part);
				}
			}
			return parts;
		}
	}

	/** Opens read-only; POI's ZipSecureFile limits (zip bombs, entry sizes) apply. */
	public static XlsxSheets open(Path file) throws IOException, OpenXML4JException, SAXException {
		OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		try {
			return new XlsxSheets(pkg);
		} catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
			pkg.revert();
			throw e;
		}
	}

	public java.util.Set<String> sheetNames() {
		return sheets.keySet();
	}

	/** The sheet's name as the workbook spells it, found case- and space-insensitively; null when absent. */
	public String find(String name) {
		String wanted = key(name);
		return sheets.keySet().stream().filter(s -> key(s).equals(wanted)).findFirst().orElse(null);
	}

	private static String key(String name) {
		return name.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
	}

	/** Streams the rows of a sheet (1-based row numbers) with columns A..(width-1). */
	public void rows(String sheet, int width, RowHandler handler) throws IOException, SAXException {
		rows(sheet, width, handler, false);
	}

	/**
	 * As {@link #rows(String, int, RowHandler)} for a sheet whose columns are filled with formulas down to the last
	 * row a supplier may use (a CMRT's Smelter List): a formula cell whose cached value is the number 0 is blank, as
	 * an empty one is, since that is what a look-up of an empty reference cell caches.
	 */
	public void formulaFilledRows(String sheet, int width, RowHandler handler) throws IOException, SAXException {
		scan(sheet, width, new Rows(this, width, handler, true));
	}

	/**
	 * As {@link #rows(String, int, RowHandler)}; with {@code record}, also returns the sheet's cells as scanned, before
	 * shared strings turn them into text, for {@link #replay}.
	 */
	public Recording rows(String sheet, int width, RowHandler handler, boolean record)
			throws IOException, SAXException {
		Rows rows = new Rows(this, width, handler, false);
		if (record) {
			rows.recording = new ArrayList<>();
		}
		scan(sheet, width, rows);
		return record ? new Recording(sheet, List.copyOf(rows.recording)) : null;
	}

	/** Sheet parts are scanned from one buffer per thread (a read reads its sheets one after another). */
	private static final ThreadLocal<byte[]> SHEET_BUFFERS = new ThreadLocal<>();

	/** Cells whose text is longer than Excel allows (cut to its limit), as sheet and reference. */
	private final List<String[]> overlongCells = new ArrayList<>();

	/** The cells read so far whose text was longer than Excel's 32,767 characters: {sheet, reference} each. */
	public List<String[]> overlongCells() {
		return List.copyOf(overlongCells);
	}

	private void scan(String sheet, int width, Rows rows) throws IOException, SAXException {
		rows.sheet = sheet;
		PackagePart part = sheets.get(sheet);
		if (part == null) {
			throw new IllegalArgumentException("no sheet " + sheet);
		}
		try {
			PartBytes bytes = PartBytes.read(part, SHEET_BUFFERS);
			SheetScanner.scan(bytes.bytes(), bytes.length(), width, rows);
		} catch (LazySharedStrings.Failure e) {
			throw e.unwrap();
		}
	}

	/**
	 * A sheet's cells as scanned (column, type, raw value, style, formula), before shared strings and number formats
	 * turn them into text. Replaying it for another workbook gives what scanning that workbook's sheet gives only
	 * when its sheet part has the same bytes and its styles the same number formats: the caller makes sure of both.
	 */
	public static final class Recording {
		private final String sheet;
		private final List<Object> events;

		private Recording(String sheet, List<Object> events) {
			this.sheet = sheet;
			this.events = events;
		}
	}

	/** Replays a recording with this workbook's shared strings, as {@link #rows(String, int, RowHandler)} would. */
	public void replay(Recording recording, int width, RowHandler handler) throws IOException, SAXException {
		try {
			Rows rows = new Rows(this, width, handler, false);
			rows.sheet = recording.sheet;
			rows.replay(recording.events);
		} catch (LazySharedStrings.Failure e) {
			throw e.unwrap();
		}
	}

	@Override
	public void close() {
		// read-only: revert closes the zip without writing anything back
		pkg.revert();
	}


	/** The formatter has no state our overrides use: one serves every thread. */
	private static final RawFormatter FORMATTER = new RawFormatter();

	/**
	 * The cells of a worksheet as POI's XSSFSheetXMLHandler gives them (cached formula results, never formulas; the
	 * same value rules for every cell type, including its quirks), collected into rows of a fixed width.
	 */
	private static final class Rows implements SheetScanner.Sink {
		private final XlsxSheets book;
		private final String[] cells;
		private final RowHandler handler;
		private final boolean zeroFormulasBlank;
		private boolean any;
		private int rowNum;
		private short formatIndex;
		/** When recording: a RowStart, RawCell or END_ROW per event, in order. */
		List<Object> recording;
		/** The sheet's name, for the cells whose text is too long. */
		String sheet;

		private record RowStart(int row) {
		}

		private record RawCell(int column, int type, String value, int style, boolean formula) {
		}

		private static final Object END_ROW = new Object();

		Rows(XlsxSheets book, int width, RowHandler handler, boolean zeroFormulasBlank) {
			this.book = book;
			this.cells = new String[width];
			this.handler = handler;
			this.zeroFormulasBlank = zeroFormulasBlank;
		}

		@Override
		public void startRow(int row) {
			rowNum = row;
			Arrays.fill(cells, null);
			any = false;
			if (recording != null) {
				recording.add(new RowStart(row));
			}
		}

		@Override
		public void endRow() {
			if (recording != null) {
				recording.add(END_ROW);
			}
			if (any) {
				handler.row(rowNum + 1, cells.clone());
			}
		}

		void replay(List<Object> events) {
			for (Object e : events) {
				if (e instanceof RowStart start) {
					startRow(start.row());
				} else if (e == END_ROW) {
					endRow();
				} else {
					RawCell c = (RawCell) e;
					cell(c.column(), c.type(), c.value(), c.style(), c.formula());
				}
			}
		}

		@Override
		public void cell(int column, int type, String value, int style, boolean formula) {
			if (recording != null) {
				recording.add(new RawCell(column, type, value, style, formula));
			}
			if (column < 0 || column >= cells.length) {
				return;
			}
			if (zeroFormulasBlank && formula && isZero(value)) {
				return;
			}
			String text = null;
			switch (type) {
			case SheetScanner.BOOLEAN -> text = value.isEmpty() ? null : value.charAt(0) == '0' ? "FALSE" : "TRUE";
			case SheetScanner.ERROR -> text = ERROR_PREFIX + value;
			case SheetScanner.FORMULA -> {
				text = value;
				// a text result (most formula cells of a CMRT) is never a number: no format, no failed parse
				String format = looksNumeric(value) ? formatOf(style) : null;
				if (format != null) {
					try {
						text = FORMATTER.formatRawCellContents(Double.parseDouble(text.trim()), formatIndex, format);
					} catch (Exception e) {
						// a text result: its raw value
					}
				}
			}
			case SheetScanner.INLINE_STRING -> {
				text = value;
				if (text.indexOf("_x") >= 0) {
					// _xHHHH_ escapes: decoded as POI's rich text decodes them (rare, so its object only then)
					text = new XSSFRichTextString(text).toString();
				}
			}
			case SheetScanner.SST_STRING -> {
				String index = value.trim();
				if (!index.isEmpty()) {
					try {
						text = book.strings.getItemAt(Integer.parseInt(index)).toString();
					} catch (NumberFormatException e) {
						// POI's handler logs it and gives no value
					}
				}
			}
			default -> {
				text = value;
				String format = formatOf(style);
				if (format != null && !text.isEmpty()) {
					try {
						text = FORMATTER.formatRawCellContents(Double.parseDouble(text.trim()), formatIndex, format);
					} catch (Exception e) {
						// its raw value
					}
				}
			}
			}
			if (text != null && !text.isEmpty()) {
				if (text.length() > ReadLimits.MAX_CELL_TEXT) {
					// not written by Excel: cut where a cell ends, and a finding (bounded memory, nothing hidden)
					text = text.substring(0, ReadLimits.MAX_CELL_TEXT);
					book.overlongCells.add(new String[] { sheet, ref(column, rowNum + 1) });
				}
				cells[column] = text;
				any = true;
			}
		}

		private static boolean isZero(String value) {
			if (value.equals("0")) {
				return true;
			}
			if (!looksNumeric(value)) {
				return false;
			}
			try {
				return Double.parseDouble(value.trim()) == 0;
			} catch (NumberFormatException e) {
				return false;
			}
		}

		/** Whether Double.parseDouble might accept it (a quick test that spares a thrown exception per text). */
		private static boolean looksNumeric(String value) {
			String v = value.strip();
			if (v.isEmpty()) {
				return false;
			}
			char c = v.charAt(0);
			return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'N' || c == 'I';
		}

		/**
		 * The number format of a cell's style as POI's handler finds it (style 0 when the cell names none, nothing
		 * when the workbook has no styles or the index is out of range); sets {@link #formatIndex}.
		 */
		private String formatOf(int style) {
			NumberFormats formats = book.formats();
			int s = style < 0 ? (formats.size() > 0 ? 0 : -1) : style;
			if (s < 0 || s >= formats.size()) {
				formatIndex = -1;
				return null;
			}
			formatIndex = formats.id(s);
			return formats.code(s);
		}
	}

	/**
	 * Numbers as plain digits and dates as ISO dates: never a locale's display format, so the same workbook reads the
	 * same on every machine.
	 */
	static final class RawFormatter extends DataFormatter {
		RawFormatter() {
			super(java.util.Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return format(value, formatIndex, formatString);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			return format(value, formatIndex, formatString);
		}

		private static String format(double value, int formatIndex, String formatString) {
			if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
					&& DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return number(value);
		}
	}

	public static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** A1-style reference, e.g. {@code ref(4, 17)} is E17 (column 0-based, row 1-based). */
	public static String ref(int column, int row) {
		return CellReference.convertNumToColString(column) + row;
	}
}
