package org.sdstudio.cmrt.internal;

import java.nio.charset.StandardCharsets;

import org.xml.sax.SAXException;

/**
 * A byte-level reader of the SpreadsheetML parts this reader needs (worksheets, shared strings, styles), in place of
 * a general XML parser: these parts are flat lists of a few element kinds, and most of a CMRT's bytes are formula texts
 * and cells the reader never uses, which this skips with a search for the next {@code <} instead of tokenizing them.
 * It accepts what a conforming writer produces (any namespace prefix, either quote, comments, CDATA, the predefined
 * and numeric character references) and refuses what a secure parser refuses here: a DOCTYPE (so no entity of any
 * kind can be declared), unknown entity references, and a part that stops before its root element is closed.
 * One instance reads one part on one thread.
 */
final class XmlScanner {

	final byte[] b;
	final int end;
	/** The position: the next byte to look at. */
	int p;

	XmlScanner(byte[] bytes, int length) {
		this.b = bytes;
		this.end = length;
	}

	static SAXException malformed(String what, int at) {
		return new SAXException(what + " (at byte " + at + ")");
	}

	/** The next {@code <} at or after {@code from}; {@link #end} when there is none. */
	int next(int from) {
		byte[] bytes = b;
		for (int i = from; i < end; i++) {
			if (bytes[i] == '<') {
				return i;
			}
		}
		return end;
	}

	/** The end of a name starting at {@code from} (the first byte that is white space, '>', '/' or '='). */
	int nameEnd(int from) throws SAXException {
		for (int i = from; i < end; i++) {
			byte c = b[i];
			if (c == ' ' || c == '>' || c == '/' || c == '=' || c == '\t' || c == '\n' || c == '\r') {
				return i;
			}
		}
		throw cutOff(from);
	}

	SAXException cutOff(int at) {
		return malformed("the XML ends in the middle of an element", at);
	}

	/** Whether the name in [start, end) is {@code local}, with or without a namespace prefix. */
	boolean isLocal(int start, int nameEnd, String local) {
		int n = local.length();
		int s = nameEnd - n;
		if (s < start || (s > start && b[s - 1] != ':')) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			if (b[s + i] != local.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	int skipSpace(int from) throws SAXException {
		for (int i = from; i < end; i++) {
			byte c = b[i];
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return i;
			}
		}
		throw cutOff(from);
	}

	/** Attribute bounds found by {@link #attribute}: name [nameStart, nameEnd), value [valueStart, valueEnd). */
	int nameStart, attrNameEnd, valueStart, valueEnd;

	/**
	 * Reads the next attribute of a start tag from {@code from}; false (with {@link #p} at the tag's '>' or '/') when
	 * the tag has no more.
	 */
	boolean attribute(int from) throws SAXException {
		int i = skipSpace(from);
		byte c = b[i];
		if (c == '>' || c == '/') {
			p = i;
			return false;
		}
		nameStart = i;
		attrNameEnd = nameEnd(i);
		i = skipSpace(attrNameEnd);
		if (b[i] != '=') {
			throw malformed("an attribute without a value", i);
		}
		i = skipSpace(i + 1);
		byte quote = b[i];
		if (quote != '"' && quote != '\'') {
			throw malformed("an attribute value without quotes", i);
		}
		valueStart = i + 1;
		int j = valueStart;
		while (j < end && b[j] != quote) {
			if (b[j] == '<') {
				throw malformed("'<' in an attribute value", j);
			}
			j++;
		}
		if (j >= end) {
			throw cutOff(i);
		}
		valueEnd = j;
		p = j + 1;
		return true;
	}

	/** Whether the attribute last read is named {@code name} (attributes of these parts carry no prefix). */
	boolean attributeIs(String name) {
		int n = name.length();
		if (attrNameEnd - nameStart != n) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			if (b[nameStart + i] != name.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the value last read is exactly {@code text}. */
	boolean valueIs(String text) {
		int n = text.length();
		if (valueEnd - valueStart != n) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			if (b[valueStart + i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** The value last read as a non-negative integer, -1 when it is not one. */
	int valueAsInt() {
		long v = 0;
		int s = valueStart;
		int e = valueEnd;
		while (s < e && b[s] == ' ') {
			s++;
		}
		while (e > s && b[e - 1] == ' ') {
			e--;
		}
		if (s == e) {
			return -1;
		}
		for (int i = s; i < e; i++) {
			int d = b[i] - '0';
			if (d < 0 || d > 9 || (v = v * 10 + d) > Integer.MAX_VALUE) {
				return -1;
			}
		}
		return (int) v;
	}

	String valueAsString() throws SAXException {
		return decode(valueStart, valueEnd);
	}

	/**
	 * After {@link #attribute} returned false: the index of the tag's '>' (of "/>" when it closes itself).
	 */
	int endOfTag() throws SAXException {
		int at = p;
		if (b[at] == '/') {
			if (at + 1 >= end) {
				throw cutOff(at);
			}
			if (b[at + 1] != '>') {
				throw malformed("'/' in a tag", at);
			}
			return at + 1;
		}
		return at;
	}

	/**
	 * The end of the current start tag from {@code from} (the index of its '>'), skipping its attributes; {@link #p}
	 * is not moved.
	 */
	int tagEnd(int from) throws SAXException {
		int keep = p;
		int i = from;
		while (attribute(i)) {
			i = p;
		}
		int at = p;
		p = keep;
		if (b[at] == '/') {
			if (at + 1 >= end) {
				throw cutOff(at);
			}
			if (b[at + 1] != '>') {
				throw malformed("'/' in a tag", at);
			}
			return at + 1;
		}
		return at;
	}

	/**
	 * Skips a markup declaration at {@code lt} ({@code <!...}): a comment or CDATA section; a DOCTYPE (or anything
	 * else) is refused. Returns the position after it.
	 */
	int skipDeclaration(int lt) throws SAXException {
		if (startsWith(lt, "<!--")) {
			int close = indexOf("-->", lt + 4);
			return close + 3;
		}
		if (startsWith(lt, "<![CDATA[")) {
			return indexOf("]]>", lt + 9) + 3;
		}
		throw malformed("a DOCTYPE or other declaration, which a workbook part never has", lt);
	}

	/** Skips a processing instruction at {@code lt}. */
	int skipInstruction(int lt) throws SAXException {
		return indexOf("?>", lt + 2) + 2;
	}

	boolean startsWith(int at, String s) {
		if (at + s.length() > end) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (b[at + i] != s.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	int indexOf(String s, int from) throws SAXException {
		byte first = (byte) s.charAt(0);
		for (int i = from; i <= end - s.length(); i++) {
			if (b[i] == first && startsWith(i, s)) {
				return i;
			}
		}
		throw cutOff(from);
	}

	/**
	 * Text content from {@link #p} up to the next element tag (CDATA sections and comments included or skipped as XML
	 * says), decoded; {@link #p} is left at that tag's '<'.
	 */
	String text() throws SAXException {
		int start = p;
		int lt = next(start);
		if (lt >= end) {
			throw cutOff(start);
		}
		if (lt + 1 < end && b[lt + 1] != '!') {
			p = lt;
			return lt == start ? "" : decode(start, lt);
		}
		// rare: CDATA or comments inside the text
		StringBuilder s = new StringBuilder();
		int i = start;
		while (true) {
			lt = next(i);
			if (lt >= end) {
				throw cutOff(i);
			}
			s.append(decode(i, lt));
			if (startsWith(lt, "<![CDATA[")) {
				int close = indexOf("]]>", lt + 9);
				s.append(new String(b, lt + 9, close - lt - 9, StandardCharsets.UTF_8));
				i = close + 3;
			} else if (startsWith(lt, "<!--")) {
				i = indexOf("-->", lt + 4) + 3;
			} else if (lt + 1 < end && b[lt + 1] == '!') {
				throw malformed("a declaration inside text", lt);
			} else {
				p = lt;
				return s.toString();
			}
		}
	}

	/** Bytes [start, stop) as text: UTF-8, references resolved, line ends normalised as XML says. */
	String decode(int start, int stop) throws SAXException {
		boolean plain = true;
		for (int i = start; i < stop; i++) {
			byte c = b[i];
			if (c == '&' || c == '\r') {
				plain = false;
				break;
			}
		}
		if (plain) {
			return new String(b, start, stop - start, StandardCharsets.UTF_8);
		}
		StringBuilder s = new StringBuilder(stop - start);
		int run = start;
		for (int i = start; i < stop; i++) {
			byte c = b[i];
			if (c == '\r') {
				s.append(new String(b, run, i - run, StandardCharsets.UTF_8)).append('\n');
				if (i + 1 < stop && b[i + 1] == '\n') {
					i++;
				}
				run = i + 1;
			} else if (c == '&') {
				s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
				int semi = i + 1;
				while (semi < stop && b[semi] != ';' && semi - i < 12) {
					semi++;
				}
				if (semi >= stop || b[semi] != ';') {
					throw malformed("an '&' that starts no reference", i);
				}
				reference(s, i + 1, semi);
				i = semi;
				run = semi + 1;
			}
		}
		s.append(new String(b, run, stop - run, StandardCharsets.UTF_8));
		return s.toString();
	}

	private void reference(StringBuilder s, int start, int semi) throws SAXException {
		String name = new String(b, start, semi - start, StandardCharsets.US_ASCII);
		switch (name) {
		case "lt" -> s.append('<');
		case "gt" -> s.append('>');
		case "amp" -> s.append('&');
		case "quot" -> s.append('"');
		case "apos" -> s.append('\'');
		default -> {
			int code = -1;
			try {
				if (name.startsWith("#x")) {
					code = Integer.parseInt(name.substring(2), 16);
				} else if (name.startsWith("#")) {
					code = Integer.parseInt(name.substring(1));
				}
			} catch (NumberFormatException e) {
				code = -1;
			}
			if (code < 0 || !Character.isValidCodePoint(code)) {
				throw malformed("the unknown reference &" + name + ";", start - 1);
			}
			s.appendCodePoint(code);
		}
		}
	}

	/**
	 * Skips the rest of an element whose start tag ended at {@code gt} (not self-closing), nested elements included;
	 * returns the position after its end tag.
	 */
	int skipElement(int gt) throws SAXException {
		int depth = 1;
		int i = gt + 1;
		while (true) {
			int lt = next(i);
			if (lt + 1 >= end) {
				throw cutOff(i);
			}
			byte c = b[lt + 1];
			if (c == '/') {
				i = indexOfByte('>', lt) + 1;
				if (--depth == 0) {
					return i;
				}
			} else if (c == '!') {
				i = skipDeclaration(lt);
			} else if (c == '?') {
				i = skipInstruction(lt);
			} else {
				int close = tagEnd(nameEnd(lt + 1));
				if (b[close - 1] != '/') {
					depth++;
				}
				i = close + 1;
			}
		}
	}

	int indexOfByte(char c, int from) throws SAXException {
		for (int i = from; i < end; i++) {
			if (b[i] == c) {
				return i;
			}
		}
		throw cutOff(from);
	}

	/**
	 * Checks that the part ends with the end tag of its root element (named {@code root}), so that a part cut off
	 * after the elements read is not taken as whole.
	 */
	void requireRootEnd(String root) throws SAXException {
		int e = end;
		while (e > 0 && (b[e - 1] == ' ' || b[e - 1] == '\n' || b[e - 1] == '\r' || b[e - 1] == '\t')) {
			e--;
		}
		int lt = e - 1;
		while (lt >= 0 && b[lt] != '<') {
			lt--;
		}
		// a comment or instruction after the root is allowed by XML but written by no spreadsheet application
		if (lt < 0 || e - lt < 3 || b[lt + 1] != '/' || b[e - 1] != '>'
				|| !isLocal(lt + 2, trimmedNameEnd(lt + 2, e - 1), root)) {
			throw malformed("the XML is cut off: it does not end with the end of its " + root + " element", e);
		}
	}

	private int trimmedNameEnd(int start, int gt) {
		int i = gt;
		while (i > start && (b[i - 1] == ' ' || b[i - 1] == '\n' || b[i - 1] == '\r' || b[i - 1] == '\t')) {
			i--;
		}
		return i;
	}
}
