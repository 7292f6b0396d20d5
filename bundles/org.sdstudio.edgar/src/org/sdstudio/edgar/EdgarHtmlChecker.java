package org.sdstudio.edgar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks any HTML file against EDGAR's rules for official HTML documents (EDGAR Filer Manual, Volume II,
 * section 5.2, and the SEC's EDGAR HTML DTD) and reports every
 * breach with line and column: elements and attributes outside EDGAR's subset, active content, external references,
 * local links that do not resolve, nested tables, non-ASCII characters, bad entities, a byte order mark, a bad file
 * name, and markup that is not well-formed XHTML.
 * <p>
 * It knows nothing of SD Studio's stylesheets: it reads the bytes with a small tolerant tokenizer of its own (no XML
 * parser, which would stop at the first error), so it also works on hand-written or damaged HTML. Thread-safe.
 */
public final class EdgarHtmlChecker {

	/** EDGAR's HTML subset (EDGAR Filer Manual Volume II 5.2.2), plus EDGAR's own {@code page} and {@code r}. */
	private static final Set<String> ELEMENTS = Set.of("html", "head", "title", "meta", "body", "div", "p", "h1", "h2",
			"h3", "h4", "h5", "h6", "ul", "ol", "menu", "dir", "li", "dl", "dt", "dd", "address", "hr", "pre",
			"blockquote", "center", "a", "br", "em", "strong", "dfn", "code", "samp", "kbd", "var", "cite", "sub", "sup",
			"tt", "i", "b", "big", "small", "u", "strike", "font", "img", "table", "caption", "tr", "th", "td", "page",
			"r");

	/** Elements that run code or take input: reported as active content rather than as unknown elements. */
	private static final Set<String> ACTIVE = Set.of("script", "noscript", "applet", "object", "embed", "param",
			"iframe", "frame", "frameset", "form", "input", "button", "select", "option", "optgroup", "textarea",
			"label", "fieldset", "legend", "isindex", "keygen", "canvas", "audio", "video", "svg", "math", "base");

	/** Elements without content: written {@code <br/>} in XHTML. */
	private static final Set<String> VOID = Set.of("br", "hr", "img", "meta", "link", "input", "param", "base", "area",
			"col", "embed", "isindex", "keygen", "source", "track", "wbr", "frame");

	/** Elements whose content is raw text up to their end tag. */
	private static final Set<String> RAW_TEXT = Set.of("script", "style");

	private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "title", "lang", "dir", "align",
			"valign", "width", "height", "border", "cellpadding", "cellspacing", "colspan", "rowspan", "nowrap",
			"bgcolor", "color", "size", "face", "href", "name", "src", "alt", "type", "start", "value", "compact",
			"noshade", "clear", "http-equiv", "content", "summary", "hspace", "vspace", "text", "link", "vlink",
			"alink", "frame", "rules", "abbr", "axis", "headers", "scope", "char", "charoff", "rel", "rev", "scheme");

	/** Attributes that hold an address. */
	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "background", "action", "longdesc",
			"usemap", "cite", "codebase", "data", "lowsrc", "dynsrc", "profile", "classid", "archive", "formaction",
			"poster", "srcset");

	/** The 252 character entities of HTML 4 (EDGAR's HTML is HTML 3.2 with some HTML 4.0). */
	private static final Set<String> ENTITIES = new HashSet<>(Arrays.asList((""
			+ "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 "
			+ "acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde "
			+ "Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc "
			+ "Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml "
			+ "aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc "
			+ "otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml "
			+ "quot amp lt gt OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm rlm ndash mdash "
			+ "lsquo rsquo sbquo ldquo rdquo bdquo dagger Dagger permil lsaquo rsaquo euro "
			+ "fnof Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau "
			+ "Upsilon Phi Chi Psi Omega alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
			+ "omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym upsih piv bull hellip prime Prime "
			+ "oline frasl weierp image real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr "
			+ "forall part exist empty nabla isin notin ni prod sum minus lowast radic prop infin ang and or cap cup int "
			+ "there4 sim cong asymp ne equiv le ge sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor "
			+ "rfloor lang rang loz spades clubs hearts diams").split(" ")));

	/**
	 * EDGAR document file names: at most 32 characters, a letter or digit first, then letters, digits, '.', '-' or
	 * '_', and one of EDGAR's extensions; upper case is refused too, as the safe choice.
	 */
	private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*\\.(htm|txt|pdf|jpg|gif|xml|xsd)");
	private static final int MAX_FILE_NAME = 32;

	/** Links to other filings are the one kind of external reference EDGAR allows. */
	private static final Pattern SEC_ARCHIVES = Pattern.compile("(?i)https?://www\\.sec\\.gov/Archives/.*");
	private static final Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*");

	/** Is this an acceptable EDGAR document file name? */
	public static boolean isValidFileName(String name) {
		return name != null && name.length() <= MAX_FILE_NAME && FILE_NAME.matcher(name).matches();
	}

	/**
	 * Checks a file; links to other files resolve against the files of its folder (the submission's documents are
	 * kept together).
	 */
	public List<HtmlViolation> check(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		Path folder = file.toAbsolutePath().getParent();
		return check(file.getFileName().toString(), bytes, name -> Files.isRegularFile(folder.resolve(name)));
	}

	/**
	 * Checks a document's bytes.
	 *
	 * @param fileName the document's file name (checked, and used in the violations)
	 * @param fileExists tells whether a file of the submission exists, for links such as {@code href="ex.htm"}
	 */
	public List<HtmlViolation> check(String fileName, byte[] bytes, Predicate<String> fileExists) {
		return new Scan(fileName, bytes, fileExists).run();
	}

	/** One pass over one document. */
	private static final class Scan {
		private final String file;
		private final byte[] bytes;
		private final Predicate<String> fileExists;
		private final List<HtmlViolation> violations = new ArrayList<>();
		private final Set<String> anchors = new HashSet<>();
		private final List<int[]> anchorLinkPositions = new ArrayList<>();
		private final List<String> anchorLinks = new ArrayList<>();
		private final Deque<Open> open = new ArrayDeque<>();
		private String text;
		private int[] lineStarts;

		private record Open(String name, int position) {
		}

		Scan(String file, byte[] bytes, Predicate<String> fileExists) {
			this.file = file;
			this.bytes = bytes;
			this.fileExists = fileExists;
		}

		List<HtmlViolation> run() {
			if (!isValidFileName(file)) {
				String why = file.length() > MAX_FILE_NAME ? "has " + file.length() + " characters (at most "
						+ MAX_FILE_NAME + ")"
						: "must be lower-case letters, digits, '.', '-' or '_', start with a letter or digit and end "
								+ "in .htm (or .txt .pdf .jpg .gif .xml .xsd)";
				violations.add(new HtmlViolation(file, 1, 1, HtmlRule.FILE_NAME, "file name '" + file + "' " + why));
			}
			int start = 0;
			if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
					&& (bytes[2] & 0xff) == 0xbf) {
				violations.add(new HtmlViolation(file, 1, 1, HtmlRule.BOM, "the file starts with a UTF-8 byte order mark"));
				start = 3;
			}
			text = decode(Arrays.copyOfRange(bytes, start, bytes.length));
			indexLines();
			scanCharacters();
			scanMarkup();
			for (Open element : open) {
				add(element.position, HtmlRule.NOT_WELL_FORMED, "<" + element.name + "> is never closed");
			}
			for (int i = 0; i < anchorLinks.size(); i++) {
				String target = anchorLinks.get(i);
				if (!anchors.contains(target)) {
					add(anchorLinkPositions.get(i)[0], HtmlRule.UNRESOLVED_LINK,
							"link to #" + target + ", but no element has id or name '" + target + "'");
				}
			}
			violations.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
					: Integer.compare(a.column(), b.column()));
			return violations;
		}

		/** UTF-8 when it is (a non-ASCII character is then reported once); otherwise byte by byte. */
		private static String decode(byte[] content) {
			try {
				return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
			} catch (CharacterCodingException e) {
				return new String(content, StandardCharsets.ISO_8859_1);
			}
		}

		private void indexLines() {
			List<Integer> starts = new ArrayList<>();
			starts.add(0);
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					starts.add(i + 1);
				}
			}
			lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
		}

		private void add(int position, HtmlRule rule, String message) {
			int line = Arrays.binarySearch(lineStarts, position);
			if (line < 0) {
				line = -line - 2;
			}
			violations.add(new HtmlViolation(file, line + 1, position - lineStarts[line] + 1, rule, message));
		}

		private void scanCharacters() {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c > 0x7e || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
					int cp = text.codePointAt(i);
					String shown = c < 0x20 || c == 0x7f ? "control character" : "'" + new String(Character.toChars(cp)) + "'";
					add(i, HtmlRule.NON_ASCII, shown + " (U+" + String.format("%04X", cp)
							+ ") is not ASCII; write it as &#" + cp + ";");
					if (Character.isSupplementaryCodePoint(cp)) {
						i++;
					}
				}
			}
		}

		private void scanMarkup() {
			int i = 0;
			int n = text.length();
			while (i < n) {
				char c = text.charAt(i);
				if (c == '&') {
					i = entity(i, false);
				} else if (c == '<') {
					i = markup(i);
				} else {
					i++;
				}
			}
		}

		/** A character or entity reference at {@code i}; returns the index after it. */
		private int entity(int i, boolean inAttribute) {
			int n = text.length();
			int j = i + 1;
			if (j < n && text.charAt(j) == '#') {
				j++;
				boolean hex = j < n && (text.charAt(j) == 'x' || text.charAt(j) == 'X');
				if (hex) {
					j++;
				}
				int digits = j;
				while (j < n && (hex ? Character.digit(text.charAt(j), 16) >= 0 : Character.isDigit(text.charAt(j)))) {
					j++;
				}
				if (j == digits || j >= n || text.charAt(j) != ';') {
					add(i, HtmlRule.ENTITY, "malformed character reference " + excerpt(i, j + 1) + "; write &#NNN;");
					return Math.max(j, i + 1);
				}
				String number = text.substring(digits, j);
				long cp = number.length() > 7 ? Long.MAX_VALUE : Long.parseLong(number, hex ? 16 : 10);
				if (cp == 0 || (cp < 0x20 && cp != 9 && cp != 10 && cp != 13) || (cp >= 0x7f && cp <= 0x9f)
						|| (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
					add(i, HtmlRule.ENTITY, "character reference " + text.substring(i, j + 1)
							+ " is not a valid character");
				}
				return j + 1;
			}
			while (j < n && j - i <= 10 && Character.isLetterOrDigit(text.charAt(j))) {
				j++;
			}
			if (j > i + 1 && j < n && text.charAt(j) == ';') {
				String name = text.substring(i + 1, j);
				if (!ENTITIES.contains(name)) {
					add(i, HtmlRule.ENTITY, "unknown entity &" + name + "; (not an HTML 4 entity)");
				}
				return j + 1;
			}
			add(i, HtmlRule.ENTITY, "bare '&'" + (inAttribute ? " in an attribute" : "") + "; write &amp;");
			return i + 1;
		}

		private String excerpt(int from, int to) {
			return "'" + text.substring(from, Math.min(Math.min(to, text.length()), from + 12)) + "'";
		}

		/** Markup starting with '<' at {@code i}; returns the index after it. */
		private int markup(int i) {
			int n = text.length();
			if (text.startsWith("<!--", i)) {
				int end = text.indexOf("-->", i + 4);
				if (end < 0) {
					add(i, HtmlRule.NOT_WELL_FORMED, "comment is never closed with -->");
					return n;
				}
				return end + 3;
			}
			if (text.startsWith("<![CDATA[", i)) {
				int end = text.indexOf("]]>", i);
				add(i, HtmlRule.NOT_WELL_FORMED, "CDATA section (not HTML)");
				return end < 0 ? n : end + 3;
			}
			if (text.startsWith("<!", i) || text.startsWith("<?", i)) { // DOCTYPE, XML declaration
				int end = text.indexOf('>', i);
				return end < 0 ? n : end + 1;
			}
			boolean closing = i + 1 < n && text.charAt(i + 1) == '/';
			int nameStart = i + (closing ? 2 : 1);
			int j = nameStart;
			while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == ':'
					|| text.charAt(j) == '-' || text.charAt(j) == '_' || text.charAt(j) == '.')) {
				j++;
			}
			if (j == nameStart || !Character.isLetter(text.charAt(nameStart))) {
				add(i, HtmlRule.NOT_WELL_FORMED, "'<' that starts no tag; write &lt;");
				return i + 1;
			}
			String name = text.substring(nameStart, j).toLowerCase(Locale.ROOT);
			if (closing) {
				int end = text.indexOf('>', j);
				endTag(name, i);
				return end < 0 ? n : end + 1;
			}
			return startTag(name, i, j);
		}

		private void endTag(String name, int position) {
			boolean isOpen = open.stream().anyMatch(o -> o.name.equals(name));
			if (!isOpen) {
				add(position, HtmlRule.NOT_WELL_FORMED, "</" + name + "> closes no open element");
				return;
			}
			while (!open.isEmpty()) {
				Open top = open.pop();
				if (top.name.equals(name)) {
					return;
				}
				add(top.position, HtmlRule.NOT_WELL_FORMED, "<" + top.name + "> is not closed before </" + name + ">");
			}
		}

		/** A start tag whose name ends at {@code j}; returns the index after the tag. */
		private int startTag(String name, int position, int j) {
			int n = text.length();
			if (ACTIVE.contains(name)) {
				add(position, HtmlRule.ACTIVE_CONTENT, "<" + name + "> is active content, not allowed in EDGAR documents");
			} else if (!ELEMENTS.contains(name)) {
				add(position, HtmlRule.ELEMENT, "<" + name + "> is not in EDGAR's HTML subset");
			}
			Set<String> seen = new HashSet<>();
			boolean selfClosed = false;
			while (true) {
				while (j < n && Character.isWhitespace(text.charAt(j))) {
					j++;
				}
				if (j >= n) {
					add(position, HtmlRule.NOT_WELL_FORMED, "<" + name + " is never closed with '>'");
					return n;
				}
				char c = text.charAt(j);
				if (c == '>') {
					j++;
					break;
				}
				if (c == '/' && j + 1 < n && text.charAt(j + 1) == '>') {
					selfClosed = true;
					j += 2;
					break;
				}
				if (c == '<') { // a tag that never ended: let the '<' start the next one
					add(position, HtmlRule.NOT_WELL_FORMED, "<" + name + " is never closed with '>'");
					break;
				}
				int attrStart = j;
				while (j < n && !Character.isWhitespace(text.charAt(j)) && "=>/<".indexOf(text.charAt(j)) < 0) {
					j++;
				}
				if (j == attrStart) { // a stray '/' or '='
					add(j, HtmlRule.NOT_WELL_FORMED, "unexpected '" + c + "' in <" + name + ">");
					j++;
					continue;
				}
				String attr = text.substring(attrStart, j).toLowerCase(Locale.ROOT);
				int k = j;
				while (k < n && Character.isWhitespace(text.charAt(k))) {
					k++;
				}
				String value = null;
				int valueStart = -1;
				if (k < n && text.charAt(k) == '=') {
					k++;
					while (k < n && Character.isWhitespace(text.charAt(k))) {
						k++;
					}
					if (k < n && (text.charAt(k) == '"' || text.charAt(k) == '\'')) {
						char quote = text.charAt(k);
						int end = text.indexOf(quote, k + 1);
						if (end < 0) {
							add(k, HtmlRule.NOT_WELL_FORMED, "attribute " + attr + " has no closing quote");
							return n;
						}
						valueStart = k + 1;
						value = text.substring(valueStart, end);
						j = end + 1;
					} else {
						valueStart = k;
						while (k < n && !Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '>') {
							k++;
						}
						value = text.substring(valueStart, k);
						j = k;
						add(attrStart, HtmlRule.NOT_WELL_FORMED, "value of attribute " + attr + " is not quoted");
					}
				} else {
					add(attrStart, HtmlRule.NOT_WELL_FORMED, "attribute " + attr + " has no value (write "
							+ attr + "=\"" + attr + "\")");
				}
				if (!seen.add(attr)) {
					add(attrStart, HtmlRule.NOT_WELL_FORMED, "attribute " + attr + " appears twice");
				}
				attribute(name, attr, value, attrStart, valueStart);
			}
			if (VOID.contains(name)) {
				if (!selfClosed) {
					add(position, HtmlRule.NOT_WELL_FORMED, "<" + name + "> is not closed; write <" + name + "/>");
				}
			} else if (selfClosed) {
				add(position, HtmlRule.NOT_WELL_FORMED, "<" + name + "/> is read as an open tag by HTML browsers; "
						+ "write <" + name + "></" + name + ">");
			} else {
				if (name.equals("table") && open.stream().anyMatch(o -> o.name.equals("table"))) {
					add(position, HtmlRule.NESTED_TABLE, "table inside a table");
				}
				open.push(new Open(name, position));
				if (RAW_TEXT.contains(name)) {
					int end = indexOfIgnoreCase("</" + name, j);
					return end < 0 ? n : end;
				}
			}
			return j;
		}

		private int indexOfIgnoreCase(String what, int from) {
			for (int i = from; i + what.length() <= text.length(); i++) {
				if (text.regionMatches(true, i, what, 0, what.length())) {
					return i;
				}
			}
			return -1;
		}

		private void attribute(String element, String attr, String value, int position, int valueStart) {
			if (attr.startsWith("on")) {
				add(position, HtmlRule.ACTIVE_CONTENT, "event handler " + attr + " on <" + element + ">");
			} else if (attr.equals("xmlns") || attr.startsWith("xmlns:")) {
				add(position, HtmlRule.ATTRIBUTE, "namespace declaration " + attr
						+ " (EDGAR reads the file as HTML and refuses xmlns)");
			} else if (!ATTRIBUTES.contains(attr) && !URL_ATTRIBUTES.contains(attr)) {
				add(position, HtmlRule.ATTRIBUTE, "attribute " + attr + " on <" + element
						+ "> is not in EDGAR's HTML subset");
			}
			if (value == null) {
				return;
			}
			for (int i = value.indexOf('&'); i >= 0; i = value.indexOf('&', i + 1)) {
				entity(valueStart + i, true);
			}
			String lower = value.strip().toLowerCase(Locale.ROOT);
			if (lower.replaceAll("\\s", "").contains("javascript:") || lower.contains("vbscript:")) {
				add(valueStart, HtmlRule.ACTIVE_CONTENT, "script URL in " + attr + " on <" + element + ">");
				return;
			}
			if (attr.equals("style")) {
				if (lower.contains("expression(")) {
					add(valueStart, HtmlRule.ACTIVE_CONTENT, "CSS expression() in a style attribute");
				}
				if (lower.contains("url(") || lower.contains("@import")) {
					add(valueStart, HtmlRule.EXTERNAL_REFERENCE, "style refers to another resource (url() or @import)");
				}
			} else if (URL_ATTRIBUTES.contains(attr)) {
				address(element, attr, value.strip(), valueStart);
			}
			if ((attr.equals("id") || (attr.equals("name") && element.equals("a"))) && !value.isEmpty()) {
				anchors.add(value);
			}
		}

		private void address(String element, String attr, String value, int position) {
			boolean link = element.equals("a") && attr.equals("href");
			if (link && SEC_ARCHIVES.matcher(value).matches()) {
				return;
			}
			if (value.startsWith("//") || SCHEME.matcher(value).matches()) {
				add(position, HtmlRule.EXTERNAL_REFERENCE, attr + " on <" + element + "> refers outside the submission ("
						+ shorten(value) + ")");
				return;
			}
			if (value.startsWith("#")) {
				if (link) {
					anchorLinks.add(value.substring(1));
					anchorLinkPositions.add(new int[] { position });
				} else {
					add(position, HtmlRule.UNRESOLVED_LINK, attr + " on <" + element + "> cannot point to an anchor");
				}
				return;
			}
			String target = value.contains("#") ? value.substring(0, value.indexOf('#')) : value;
			if (target.isEmpty() || target.contains("/") || target.contains("\\")) {
				add(position, HtmlRule.UNRESOLVED_LINK, attr + " on <" + element + "> must name a file of the "
						+ "submission, in the same folder (" + shorten(value) + ")");
			} else if (!fileExists.test(target)) {
				add(position, HtmlRule.UNRESOLVED_LINK, attr + " on <" + element + "> names " + target
						+ ", which is not a file of the submission");
			} else if (attr.equals("src") && !target.toLowerCase(Locale.ROOT).matches(".*\\.(jpg|gif)")) {
				add(position, HtmlRule.UNRESOLVED_LINK, "images must be JPEG or GIF files (" + target + ")");
			}
		}

		private static String shorten(String value) {
			return value.length() > 60 ? value.substring(0, 57) + "..." : value;
		}
	}
}
