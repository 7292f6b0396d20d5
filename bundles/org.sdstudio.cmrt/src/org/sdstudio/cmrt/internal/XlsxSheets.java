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
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx opened for streaming: the sheet list and styles are loaded, the shared strings (as plain strings, see
 * {@link PlainSharedStrings}) when a cell read first refers to one (in a file saved by Excel, which keeps every text
 * there, on every read), sheets are parsed row by row with POI's secured SAX reader and a handler that gives each
 * cell's value as POI's XSSFSheetXMLHandler does (cached formula results, never formulas), and only the sheets asked
 * for are read.
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
	private final StylesTable styles;
	private final Map<String, PackagePart> sheets = new LinkedHashMap<>();

	private XlsxSheets(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
		this.pkg = pkg;
		Reader reader = new Reader(pkg);
		strings = new LazySharedStrings(pkg);
		styles = reader.getStylesTable();
		sheets.putAll(new SheetParts(reader.workbook()).byName());
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
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		return parts.isEmpty() ? NO_PART : stamp(parts.get(0));
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
	 * As {@link #rows(String, int, RowHandler)}; with {@code record}, also returns the sheet's cells as parsed, before
	 * shared strings turn them into text, for {@link #replay}.
	 */
	public Recording rows(String sheet, int width, RowHandler handler, boolean record)
			throws IOException, SAXException {
		PackagePart part = sheets.get(sheet);
		if (part == null) {
			throw new IllegalArgumentException("no sheet " + sheet);
		}
		XMLReader xml = reader();
		SheetHandler cells = new SheetHandler(styles, strings, width, handler);
		cells.overlong = overlong(sheet);
		if (record) {
			cells.recording = new ArrayList<>();
		}
		xml.setContentHandler(cells);
		try (InputStream in = ReadLimits.bounded(part.getInputStream(), part.getPartName().getName())) {
			xml.parse(new InputSource(in));
		} catch (LazySharedStrings.Failure e) {
			throw e.unwrap();
		} finally {
			xml.setContentHandler(null);
		}
		return record ? new Recording(sheet, List.copyOf(cells.recording)) : null;
	}

	/**
	 * A sheet's cells as parsed (reference, type, raw value, number format), before shared strings turn them into
	 * text. Replaying it for another workbook gives what parsing that workbook's sheet gives only when its sheet part
	 * has the same bytes and its styles the same number formats: the caller makes sure of both.
	 */
	public static final class Recording {
		private final List<Object> events;
		private final String sheet;

		private Recording(String sheet, List<Object> events) {
			this.sheet = sheet;
			this.events = events;
		}
	}

	/** Cells whose text is longer than Excel allows (cut to its limit), as sheet and reference. */
	private final List<String[]> overlongCells = new ArrayList<>();

	private java.util.function.Consumer<String> overlong(String sheet) {
		return ref -> overlongCells.add(new String[] { sheet, ref });
	}

	/** The cells read so far whose text was longer than Excel's 32,767 characters: {sheet, reference} each. */
	public List<String[]> overlongCells() {
		return List.copyOf(overlongCells);
	}

	/** Replays a recording with this workbook's shared strings, as {@link #rows(String, int, RowHandler)} would. */
	public void replay(Recording recording, int width, RowHandler handler) throws IOException, SAXException {
		try {
			SheetHandler cells = new SheetHandler(styles, strings, width, handler);
			cells.overlong = overlong(recording.sheet);
			cells.replay(recording.events);
		} catch (LazySharedStrings.Failure e) {
			throw e.unwrap();
		}
	}

	/**
	 * POI's secured SAX reader (no DTDs, no external entities, its limits), one per thread: creating one costs more
	 * than parsing a small sheet. Each parse resets it.
	 */
	private static final ThreadLocal<XMLReader> READERS = new ThreadLocal<>();

	static XMLReader reader() throws IOException {
		XMLReader xml = READERS.get();
		if (xml == null) {
			try {
				xml = XMLHelper.newXMLReader();
			} catch (javax.xml.parsers.ParserConfigurationException | SAXException e) {
				throw new IOException(e);
			}
			READERS.set(xml);
		}
		return xml;
	}

	@Override
	public void close() {
		// read-only: revert closes the zip without writing anything back
		pkg.revert();
	}

	/** The formatter has no state our overrides use: one serves every thread. */
	private static final RawFormatter FORMATTER = new RawFormatter();

	/**
	 * The cells of a worksheet part as POI's XSSFSheetXMLHandler gives them (cached formula results, never formulas;
	 * the same value rules for every cell type, including its quirks), collected into rows of a fixed width. It skips
	 * what POI's handler does for options this reader never uses (formula text, comments, headers and footers) and
	 * builds no XMLBeans rich text object per inline string.
	 */
	private static final class SheetHandler extends DefaultHandler {
		private static final int NUMBER = 0, BOOLEAN = 1, ERROR = 2, INLINE_STRING = 3, SST_STRING = 4, FORMULA = 5;

		private final Styles styles;
		private final SharedStrings strings;
		private final String[] cells;
		private final RowHandler handler;
		private final StringBuilder value = new StringBuilder(64);
		private boolean any;
		private boolean vIsOpen;
		private boolean isIsOpen;
		private int type;
		private short formatIndex;
		private String formatString;
		private String cellRef;
		private int rowNum;
		private int nextRowNum;
		/** When recording: a RowStart, RawCell or END_ROW per event, in order. */
		List<Object> recording;
		/** Told the reference of each cell whose text is longer than Excel allows. */
		java.util.function.Consumer<String> overlong;

		private record RowStart(int row) {
		}

		private record RawCell(String ref, int type, String value, short formatIndex, String formatString) {
		}

		private static final Object END_ROW = new Object();

		SheetHandler(Styles styles, SharedStrings strings, int width, RowHandler handler) {
			this.styles = styles;
			this.strings = strings;
			this.cells = new String[width];
			this.handler = handler;
		}

		private boolean isTextTag(String name) {
			return "v".equals(name) || "inlineStr".equals(name) || ("t".equals(name) && isIsOpen);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML)) {
				return;
			}
			if (isTextTag(localName)) {
				vIsOpen = true;
				if (!isIsOpen) {
					value.setLength(0);
				}
			} else if ("is".equals(localName)) {
				isIsOpen = true;
			} else if ("f".equals(localName)) {
				if (type == NUMBER) {
					type = FORMULA;
				}
			} else if ("row".equals(localName)) {
				String r = attributes.getValue("r");
				startRow(r != null ? Integer.parseInt(r.trim()) - 1 : nextRowNum);
			} else if ("c".equals(localName)) {
				type = NUMBER;
				formatIndex = -1;
				formatString = null;
				cellRef = attributes.getValue("r");
				String t = attributes.getValue("t");
				if ("b".equals(t)) {
					type = BOOLEAN;
				} else if ("e".equals(t)) {
					type = ERROR;
				} else if ("inlineStr".equals(t)) {
					type = INLINE_STRING;
				} else if ("s".equals(t)) {
					type = SST_STRING;
				} else if ("str".equals(t)) {
					type = FORMULA;
				} else {
					String s = attributes.getValue("s");
					XSSFCellStyle style = null;
					if (styles != null) {
						if (s != null) {
							style = styles.getStyleAt(Integer.parseInt(s.trim()));
						} else if (styles.getNumCellStyles() > 0) {
							style = styles.getStyleAt(0);
						}
					}
					if (style != null) {
						formatIndex = style.getDataFormat();
						formatString = style.getDataFormatString();
						if (formatString == null) {
							formatString = BuiltinFormats.getBuiltinFormat(formatIndex);
						}
					}
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if (uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML)) {
				return;
			}
			if (isTextTag(localName)) {
				vIsOpen = false;
				if (!isIsOpen) {
					cell();
					value.setLength(0);
				}
			} else if ("is".equals(localName)) {
				isIsOpen = false;
				cell();
				value.setLength(0);
			} else if ("row".equals(localName)) {
				endRow();
			}
		}

		private void startRow(int row) {
			rowNum = row;
			Arrays.fill(cells, null);
			any = false;
			if (recording != null) {
				recording.add(new RowStart(row));
			}
		}

		private void endRow() {
			if (recording != null) {
				recording.add(END_ROW);
			}
			if (any) {
				handler.row(rowNum + 1, cells.clone());
			}
			nextRowNum = rowNum + 1;
		}

		void replay(List<Object> events) {
			for (Object e : events) {
				if (e instanceof RowStart start) {
					startRow(start.row());
				} else if (e == END_ROW) {
					endRow();
				} else {
					RawCell c = (RawCell) e;
					cellRef = c.ref();
					type = c.type();
					value.setLength(0);
					value.append(c.value());
					formatIndex = c.formatIndex();
					formatString = c.formatString();
					cell();
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (vIsOpen) {
				ReadLimits.appendBounded(value, ch, start, length);
			}
		}

		private void cell() {
			if (recording != null) {
				recording.add(new RawCell(cellRef, type, value.toString(), formatIndex, formatString));
			}
			String text = null;
			switch (type) {
			case BOOLEAN -> text = value.charAt(0) == '0' ? "FALSE" : "TRUE";
			case ERROR -> text = ERROR_PREFIX + value;
			case FORMULA -> {
				text = value.toString();
				if (formatString != null) {
					try {
						text = FORMATTER.formatRawCellContents(Double.parseDouble(text.trim()), formatIndex,
								formatString);
					} catch (Exception e) {
						// a text result: its raw value
					}
				}
			}
			case INLINE_STRING -> {
				text = value.toString();
				if (text.indexOf("_x") >= 0) {
					// _xHHHH_ escapes: decoded as POI's rich text decodes them (rare, so its object only then)
					text = new XSSFRichTextString(text).toString();
				}
			}
			case SST_STRING -> {
				String index = value.toString().trim();
				if (!index.isEmpty()) {
					try {
						text = strings.getItemAt(Integer.parseInt(index)).toString();
					} catch (NumberFormatException e) {
						// POI's handler logs it and gives no value
					}
				}
			}
			default -> {
				text = value.toString();
				if (formatString != null && !text.isEmpty()) {
					try {
						text = FORMATTER.formatRawCellContents(Double.parseDouble(text.trim()), formatIndex,
								formatString);
					} catch (Exception e) {
						// its raw value
					}
				}
			}
			}
			if (text == null || cellRef == null) {
				return;
			}
			int col = column(cellRef);
			if (col >= 0 && col < cells.length && !text.isEmpty()) {
				if (text.length() > ReadLimits.MAX_CELL_TEXT) {
					text = text.substring(0, ReadLimits.MAX_CELL_TEXT);
					if (overlong != null) {
						overlong.accept(cellRef);
					}
				}
				cells[col] = text;
				any = true;
			}
		}
	}

	/** The 0-based column of an A1 reference ("AB12" is 27); called for every cell, so no parsing objects. */
	static int column(String ref) {
		int col = 0;
		for (int i = 0; i < ref.length(); i++) {
			char c = ref.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				col = col * 26 + (c - 'A' + 1);
			} else if (c >= 'a' && c <= 'z') {
				col = col * 26 + (c - 'a' + 1);
			} else if (c != '$') {
				break;
			}
		}
		return col - 1;
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
