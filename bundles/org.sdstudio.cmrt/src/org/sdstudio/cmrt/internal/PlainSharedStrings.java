package org.sdstudio.cmrt.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings table as plain strings, read with a SAX parser like POI's ReadOnlySharedStringsTable (text of
 * the {@code <t>} elements of each {@code <si>}, phonetic runs left out, {@code _xHHHH_} escapes decoded). It differs in one thing: an item is handed
 * out as a plain string, where POI's table builds an XMLBeans rich text object for every cell read, which was the
 * largest single cost of reading a CMRT after XML parsing itself.
 */
public final class PlainSharedStrings extends DefaultHandler implements SharedStrings {

	private final ArrayList<String> strings = new ArrayList<>();
	private final StringBuilder text = new StringBuilder();
	private boolean inT;
	private boolean inPhonetic;
	private int count;

	public static PlainSharedStrings read(OPCPackage pkg) throws IOException, SAXException {
		return read(part(pkg));
	}

	/** The package's shared strings part, or null. */
	static PackagePart part(OPCPackage pkg) {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		return parts.isEmpty() ? null : parts.get(0);
	}

	/**
	 * POI's secured SAX reader, one per thread, for tables only: creating one cost about as much as a small sheet's
	 * parse, and a table is parsed while the sheet reader of {@link XlsxSheets} is in the middle of a sheet (so never
	 * that one).
	 */
	private static final ThreadLocal<XMLReader> READERS = new ThreadLocal<>();

	private static XMLReader reader() throws IOException, SAXException {
		XMLReader xml = READERS.get();
		if (xml == null) {
			try {
				xml = XMLHelper.newXMLReader();
			} catch (javax.xml.parsers.ParserConfigurationException e) {
				throw new IOException(e);
			}
			READERS.set(xml);
		}
		return xml;
	}

	/** Reads the part (an empty table when null). */
	static PlainSharedStrings read(PackagePart part) throws IOException, SAXException {
		PlainSharedStrings table = new PlainSharedStrings();
		if (part != null) {
			XMLReader xml = reader();
			xml.setContentHandler(table);
			try (InputStream in = ReadLimits.bounded(part.getInputStream(), part.getPartName().getName())) {
				xml.parse(new InputSource(in));
			} finally {
				xml.setContentHandler(null);
			}
		}
		return table;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
		case "sst" -> {
			String c = attributes.getValue("count");
			count = c == null ? 0 : parse(c);
			String unique = attributes.getValue("uniqueCount");
			if (unique != null) {
				// a hint only (bounded: the attribute is the file's word)
				strings.ensureCapacity(Math.min(Math.max(parse(unique), 0), 1 << 20));
			}
		}
		case "si" -> text.setLength(0);
		case "t" -> inT = !inPhonetic;
		case "rPh" -> inPhonetic = true;
		default -> {
		}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
		case "si" -> {
			String item = text.toString();
			// _xHHHH_ escapes decoded as POI's table decodes them (its rich text object, only then: rare)
			strings.add(item.indexOf("_x") >= 0 ? new XSSFRichTextString(item).getString() : item);
		}
		case "t" -> inT = false;
		case "rPh" -> inPhonetic = false;
		default -> {
		}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inT) {
			ReadLimits.appendBounded(text, ch, start, length); // a longer text is a finding where a cell shows it
		}
	}

	private static int parse(String s) {
		try {
			return Integer.parseInt(s.trim());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	@Override
	public RichTextString getItemAt(int idx) {
		return new Plain(strings.get(idx));
	}

	@Override
	public int getCount() {
		return count;
	}

	@Override
	public int getUniqueCount() {
		return strings.size();
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
