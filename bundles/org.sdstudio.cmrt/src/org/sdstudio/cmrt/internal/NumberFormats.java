package org.sdstudio.cmrt.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.SAXException;

/**
 * The number format of each cell style of a styles part, which is all the reader needs of it (dates are numbers with a
 * date format), read from the part's bytes instead of through POI's XMLBeans model of every font, fill and border. A
 * style's format is what POI's XSSFCellStyle gives: the numFmtId of its {@code cellXfs} entry, and the format code of
 * that custom {@code numFmt} or else of that built-in format.
 */
final class NumberFormats {

	static final NumberFormats NONE = new NumberFormats(new short[0], new String[0]);

	private final short[] ids;
	private final String[] codes;

	private NumberFormats(short[] ids, String[] codes) {
		this.ids = ids;
		this.codes = codes;
	}

	/** The number of cell styles. */
	int size() {
		return ids.length;
	}

	/** The numFmtId of style {@code style}; only for 0 <= style < size(). */
	short id(int style) {
		return ids[style];
	}

	/** The format code of style {@code style} (null when neither custom nor built-in). */
	String code(int style) {
		return codes[style];
	}

	static NumberFormats read(PackagePart part) throws IOException, SAXException {
		if (part == null) {
			return NONE;
		}
		PartBytes in = PartBytes.read(part, null);
		return parse(in.bytes(), in.length());
	}

	static NumberFormats parse(byte[] b, int length) throws SAXException {
		XmlScanner x = new XmlScanner(b, length);
		Map<Integer, String> custom = new HashMap<>();
		short[] ids = new short[64];
		int n = 0;
		boolean inCellXfs = false;
		int i = 0;
		while (true) {
			int lt = x.next(i);
			if (lt + 1 >= length) {
				break;
			}
			byte c = b[lt + 1];
			if (c == '/') {
				int ne = x.nameEnd(lt + 2);
				if (x.isLocal(lt + 2, ne, "cellXfs")) {
					inCellXfs = false;
				}
				i = ne;
			} else if (c == '!') {
				i = x.skipDeclaration(lt);
			} else if (c == '?') {
				i = x.skipInstruction(lt);
			} else {
				int ne = x.nameEnd(lt + 1);
				int gt = x.tagEnd(ne);
				if (x.isLocal(lt + 1, ne, "numFmt")) {
					int id = -1;
					String code = null;
					for (int at = ne; x.attribute(at);) {
						at = x.p;
						if (x.attributeIs("numFmtId")) {
							id = x.valueAsInt();
						} else if (x.attributeIs("formatCode")) {
							code = x.valueAsString();
						}
					}
					if (id >= 0 && code != null) {
						custom.put(id, code);
					}
				} else if (x.isLocal(lt + 1, ne, "cellXfs")) {
					inCellXfs = b[gt - 1] != '/';
				} else if (inCellXfs && x.isLocal(lt + 1, ne, "xf")) {
					int id = 0;
					for (int at = ne; x.attribute(at);) {
						at = x.p;
						if (x.attributeIs("numFmtId")) {
							id = Math.max(0, x.valueAsInt());
						}
					}
					if (n == ids.length) {
						ids = Arrays.copyOf(ids, n * 2);
					}
					ids[n++] = (short) id;
				}
				i = gt + 1;
			}
		}
		x.requireRootEnd("styleSheet");
		short[] styles = Arrays.copyOf(ids, n);
		String[] codes = new String[n];
		for (int s = 0; s < n; s++) {
			String code = custom.get((int) styles[s]);
			codes[s] = code != null ? code : BuiltinFormats.getBuiltinFormat(styles[s]);
		}
		return new NumberFormats(styles, codes);
	}
}
