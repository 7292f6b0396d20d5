package org.sdstudio.cmrt.internal;

import java.io.IOException;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.SAXException;

/**
 * The shared strings table as plain strings, with POI's ReadOnlySharedStringsTable's rules (the text of the
 * {@code <t>} elements of each {@code <si>}, phonetic runs left out, {@code _xHHHH_} escapes decoded), read from the
 * part's bytes: reading indexes where each item starts, and an item is decoded only when a cell read refers to it
 * (a CMRT's table is mostly the hidden label sheet's texts in eight languages, which no read cell uses). An item is
 * handed out as a plain string, never as an XMLBeans rich text object.
 */
public final class PlainSharedStrings implements SharedStrings {

	private final byte[] bytes;
	private final int length;
	/** Where each item's content starts (after its start tag); -1 for an empty {@code <si/>}. */
	private final int[] starts;
	private final int size;
	private final String[] decoded;
	private final int count;

	private PlainSharedStrings(byte[] bytes, int length, int[] starts, int size, int count) {
		this.bytes = bytes;
		this.length = length;
		this.starts = starts;
		this.size = size;
		this.decoded = new String[size];
		this.count = count;
	}

	public static PlainSharedStrings read(OPCPackage pkg) throws IOException, SAXException {
		return read(part(pkg));
	}

	/** The package's shared strings part, or null. */
	static PackagePart part(OPCPackage pkg) {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		return parts.isEmpty() ? null : parts.get(0);
	}

	/**
	 * One buffer per thread: a table is used by one read, which ends before the thread's next read starts (the
	 * strings handed out are copies, never views of the buffer).
	 */
	private static final ThreadLocal<byte[]> BUFFERS = new ThreadLocal<>();

	/** Reads the part (an empty table when null) into the thread's buffer. */
	static PlainSharedStrings read(PackagePart part) throws IOException, SAXException {
		if (part == null) {
			return new PlainSharedStrings(new byte[0], 0, new int[0], 0, 0);
		}
		PartBytes in = PartBytes.read(part, BUFFERS);
		return index(in.bytes(), in.length());
	}

	/** Finds where each item starts; checks the part is whole. */
	static PlainSharedStrings index(byte[] b, int length) throws SAXException {
		XmlScanner x = new XmlScanner(b, length);
		int[] starts = new int[1024];
		int n = 0;
		int count = 0;
		int i = 0;
		while (true) {
			int lt = x.next(i);
			if (lt + 1 >= length) {
				break;
			}
			byte c = b[lt + 1];
			if (c == '/') {
				i = lt + 2;
			} else if (c == '!') {
				i = x.skipDeclaration(lt);
			} else if (c == '?') {
				i = x.skipInstruction(lt);
			} else {
				int ne = x.nameEnd(lt + 1);
				if (x.isLocal(lt + 1, ne, "si")) {
					int gt = x.tagEnd(ne);
					if (n == starts.length) {
						starts = java.util.Arrays.copyOf(starts, n * 2);
					}
					starts[n++] = b[gt - 1] == '/' ? -1 : gt + 1;
					i = gt + 1;
				} else if (x.isLocal(lt + 1, ne, "sst")) {
					int at = ne;
					while (x.attribute(at)) {
						at = x.p;
						if (x.attributeIs("count")) {
							count = Math.max(0, x.valueAsInt());
						}
					}
					i = x.tagEnd(ne) + 1;
				} else {
					i = ne;
				}
			}
		}
		x.requireRootEnd("sst");
		return new PlainSharedStrings(b, length, starts, n, count);
	}

	/** Item {@code index} as text (decoded on first use). */
	public String item(int index) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException("the shared string " + index + " does not exist (the table has "
					+ size + ")");
		}
		String s = decoded[index];
		if (s == null) {
			try {
				s = decode(starts[index]);
			} catch (SAXException e) {
				throw new IllegalStateException("the shared string " + index + " is malformed: " + e.getMessage(), e);
			}
			decoded[index] = s;
		}
		return s;
	}

	private String decode(int start) throws SAXException {
		if (start < 0) {
			return "";
		}
		XmlScanner x = new XmlScanner(bytes, length);
		StringBuilder text = new StringBuilder();
		boolean phonetic = false;
		int i = start;
		while (true) {
			int lt = x.next(i);
			if (lt + 1 >= length) {
				throw x.cutOff(i);
			}
			byte c = bytes[lt + 1];
			if (c == '/') {
				int ne = x.nameEnd(lt + 2);
				i = x.indexOfByte('>', ne) + 1;
				if (x.isLocal(lt + 2, ne, "si")) {
					break;
				}
				if (x.isLocal(lt + 2, ne, "rPh")) {
					phonetic = false;
				}
			} else if (c == '!') {
				i = x.skipDeclaration(lt);
			} else {
				int ne = x.nameEnd(lt + 1);
				int gt = x.tagEnd(ne);
				i = gt + 1;
				if (bytes[gt - 1] != '/') {
					if (x.isLocal(lt + 1, ne, "rPh")) {
						phonetic = true;
					} else if (!phonetic && x.isLocal(lt + 1, ne, "t")) {
						x.p = gt + 1;
						text.append(x.text());
						if (text.length() > ReadLimits.MAX_CELL_TEXT) {
							// one character past Excel's limit is enough for the cell to report it (bounded memory)
							text.setLength(ReadLimits.MAX_CELL_TEXT + 1);
						}
						i = x.p;
					}
				}
			}
		}
		String item = text.toString();
		// _xHHHH_ escapes decoded as POI's table decodes them (its rich text object, only then: rare)
		return item.indexOf("_x") >= 0 ? new XSSFRichTextString(item).getString() : item;
	}

	@Override
	public RichTextString getItemAt(int idx) {
		return new Plain(item(idx));
	}

	@Override
	public int getCount() {
		return count;
	}

	@Override
	public int getUniqueCount() {
		return size;
	}

	/** Read-only text: the sheet handler only asks for the string. */
	private record Plain(String string) implements RichTextString {
		@Override
		public String getString() {
			return string;
		}

		@Override
		public String toString() {
			return string;
		}

		@Override
		public int length() {
			return string.length();
		}

		@Override
		public int numFormattingRuns() {
			return 0;
		}

		@Override
		public int getIndexOfFormattingRun(int index) {
			return 0;
		}

		@Override
		public void applyFont(int startIndex, int endIndex, short fontIndex) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public void applyFont(int startIndex, int endIndex, Font font) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public void applyFont(Font font) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public void clearFormatting() {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public void applyFont(short fontIndex) {
			throw new UnsupportedOperationException("read-only");
		}
	}
}
