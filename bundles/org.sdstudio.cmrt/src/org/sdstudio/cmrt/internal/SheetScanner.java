package org.sdstudio.cmrt.internal;

import org.xml.sax.SAXException;

/**
 * Reads the cells of a worksheet part ({@code <sheetData>}: rows, cells, their type, style, formula presence and
 * value) with {@link XmlScanner}. Cells right of the columns asked for are skipped unread, and a formula's text is
 * never decoded (the reader uses cached values only): in a CMRT's Smelter List, formula texts are most of the bytes.
 */
final class SheetScanner {

	/** Cell types as POI's XSSFSheetXMLHandler distinguishes them. */
	static final int NUMBER = 0, BOOLEAN = 1, ERROR = 2, INLINE_STRING = 3, SST_STRING = 4, FORMULA = 5;

	/** Receives the sheet's rows and cells in document order. */
	interface Sink {
		/** A row starts (0-based row index). */
		void startRow(int row);

		/**
		 * A cell with a value (cells without one are not reported): its 0-based column, type, raw value (the shared
		 * string's index for {@link #SST_STRING}), style index (-1 when it has none) and whether it has a formula.
		 */
		void cell(int column, int type, String value, int style, boolean formula);

		void endRow();
	}

	/** The column of the cell read last (a cell without a reference follows the one before it). */
	private int column;

	private SheetScanner() {
	}

	/** Scans the part's bytes; cells of columns at or right of {@code width} are skipped. */
	static void scan(byte[] bytes, int length, int width, Sink sink) throws SAXException {
		new SheetScanner().read(new XmlScanner(bytes, length), bytes, length, width, sink);
	}

	private void read(XmlScanner x, byte[] bytes, int length, int width, Sink sink) throws SAXException {
		int i = 0;
		boolean inData = false;
		boolean inRow = false;
		int nextRow = 0;
		int row = 0;
		int lastColumn = -1;
		while (true) {
			int lt = x.next(i);
			if (lt >= length) {
				throw inData ? XmlScanner.malformed("the sheet's XML ends in the middle of its cells", length)
						: XmlScanner.malformed("the sheet's XML has no cells element (sheetData)", length);
			}
			if (lt + 1 >= length) {
				throw x.cutOff(lt);
			}
			byte c = bytes[lt + 1];
			if (c == '?') {
				i = x.skipInstruction(lt);
			} else if (c == '!') {
				i = x.skipDeclaration(lt);
			} else if (c == '/') {
				int ne = x.nameEnd(lt + 2);
				i = x.indexOfByte('>', ne) + 1;
				if (x.isLocal(lt + 2, ne, "row")) {
					if (inRow) {
						sink.endRow();
						inRow = false;
						nextRow = row + 1;
					}
				} else if (x.isLocal(lt + 2, ne, "sheetData")) {
					break;
				}
			} else {
				int ne = x.nameEnd(lt + 1);
				if (inRow && x.isLocal(lt + 1, ne, "c")) {
					i = cell(x, ne, width, sink, lastColumn);
					lastColumn = column;
				} else if (inData && x.isLocal(lt + 1, ne, "row")) {
					int r = -1;
					int at = ne;
					while (x.attribute(at)) {
						at = x.p;
						if (x.attributeIs("r")) {
							r = x.valueAsInt();
						}
					}
					int gt = x.endOfTag();
					if (inRow) {
						sink.endRow();
					}
					row = r > 0 ? r - 1 : nextRow;
					sink.startRow(row);
					inRow = true;
					lastColumn = -1;
					if (bytes[gt - 1] == '/') {
						sink.endRow();
						inRow = false;
						nextRow = row + 1;
					}
					i = gt + 1;
				} else if (x.isLocal(lt + 1, ne, "sheetData")) {
					int gt = x.tagEnd(ne);
					i = gt + 1;
					if (bytes[gt - 1] == '/') {
						break;
					}
					inData = true;
				} else {
					i = x.tagEnd(ne) + 1;
				}
			}
		}
		x.requireRootEnd("worksheet");
	}

	/** Reads a cell whose name ends at {@code ne}; returns the position after it. */
	private int cell(XmlScanner x, int ne, int width, Sink sink, int lastColumn) throws SAXException {
		byte[] b = x.b;
		int col = -1;
		int type = NUMBER;
		int style = -1;
		int at = ne;
		while (x.attribute(at)) {
			at = x.p;
			if (x.attributeIs("r")) {
				col = column(b, x.valueStart, x.valueEnd);
			} else if (x.attributeIs("t")) {
				type = x.valueIs("s") ? SST_STRING : x.valueIs("str") ? FORMULA : x.valueIs("inlineStr") ? INLINE_STRING
						: x.valueIs("b") ? BOOLEAN : x.valueIs("e") ? ERROR : NUMBER;
			} else if (x.attributeIs("s")) {
				style = x.valueAsInt();
			}
		}
		int gt = x.endOfTag();
		column = col >= 0 ? col : lastColumn + 1;
		if (b[gt - 1] == '/') {
			return gt + 1;
		}
		if (column >= width) {
			return x.skipElement(gt);
		}
		boolean formula = false;
		String value = null;
		int i = gt + 1;
		while (true) {
			int lt = x.next(i);
			if (lt + 1 >= x.end) {
				throw x.cutOff(i);
			}
			byte c = b[lt + 1];
			if (c == '/') {
				int end = x.nameEnd(lt + 2);
				i = x.indexOfByte('>', end) + 1;
				if (x.isLocal(lt + 2, end, "c")) {
					break;
				}
			} else if (c == '!') {
				i = x.skipDeclaration(lt);
			} else if (c == '?') {
				i = x.skipInstruction(lt);
			} else {
				int end = x.nameEnd(lt + 1);
				int close = x.tagEnd(end);
				boolean empty = b[close - 1] == '/';
				if (x.isLocal(lt + 1, end, "f")) {
					formula = true;
					// the formula's text is not needed: to its end tag, unread
					i = empty ? close + 1 : x.skipElement(close);
				} else if (x.isLocal(lt + 1, end, "v")) {
					if (empty) {
						value = "";
						i = close + 1;
					} else {
						x.p = close + 1;
						value = x.text();
						i = endOf(x, x.p);
					}
				} else if (x.isLocal(lt + 1, end, "is")) {
					value = empty ? "" : inline(x, close);
					i = x.p;
				} else {
					i = empty ? close + 1 : x.skipElement(close);
				}
			}
		}
		if (value != null) {
			sink.cell(column, type == NUMBER && formula ? FORMULA : type, value, style, formula);
		}
		return i;
	}

	/** The position after the end tag at {@code lt}. */
	private static int endOf(XmlScanner x, int lt) throws SAXException {
		if (lt + 1 >= x.end || x.b[lt + 1] != '/') {
			throw XmlScanner.malformed("an element inside a value", lt);
		}
		return x.indexOfByte('>', lt) + 1;
	}

	/**
	 * The text of an inline string ({@code <is>}, start tag ending at {@code gt}): its {@code <t>} elements'
	 * texts, as POI's handler gives them; {@link XmlScanner#p} is left after {@code </is>}.
	 */
	private static String inline(XmlScanner x, int gt) throws SAXException {
		StringBuilder s = new StringBuilder();
		byte[] b = x.b;
		int i = gt + 1;
		int depth = 1;
		while (true) {
			int lt = x.next(i);
			if (lt + 1 >= x.end) {
				throw x.cutOff(i);
			}
			byte c = b[lt + 1];
			if (c == '/') {
				i = x.indexOfByte('>', lt) + 1;
				if (--depth == 0) {
					x.p = i;
					return s.toString();
				}
			} else if (c == '!') {
				i = x.skipDeclaration(lt);
			} else if (c == '?') {
				i = x.skipInstruction(lt);
			} else {
				int end = x.nameEnd(lt + 1);
				int close = x.tagEnd(end);
				if (b[close - 1] == '/') {
					i = close + 1;
				} else if (x.isLocal(lt + 1, end, "t")) {
					x.p = close + 1;
					s.append(x.text());
					i = endOf(x, x.p);
				} else {
					depth++;
					i = close + 1;
				}
			}
		}
	}

	/** The 0-based column of an A1 reference's letters in [start, end) ("AB12" is 27); -1 when it has none. */
	static int column(byte[] b, int start, int end) {
		int col = 0;
		for (int i = start; i < end; i++) {
			byte c = b[i];
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
}
