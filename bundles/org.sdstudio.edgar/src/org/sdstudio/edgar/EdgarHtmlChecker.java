package org.sdstudio.edgar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a document against EDGAR's rules for official HTML documents (EDGAR Filer Manual, Volume II, section 5.2) and reports every
 * breach with line and column.
 * <p>
 * It reads a document the way EDGAR does: as HTML, with a lenient HTML parser (jsoup, the browsers' parsing rules),
 * so unclosed {@code <br>}, {@code <hr>}, {@code <img>} and {@code <p>}, unquoted attribute values, upper-case tags,
 * Windows-1252 character references ({@code &#146;}) and a bare {@code &} pass, as they do in EDGAR. Then it applies
 * EDGAR's rules to what it read: elements and attributes of EDGAR's subset ({@code meta@http-equiv},
 * {@code background}, event attributes and {@code xmlns} are not), no active content, no external reference, links
 * that resolve within the submission, no nested tables, ASCII only, valid character references, no byte order mark,
 * EDGAR file names. Elements the parser supplies that are not in the file (an implied {@code tbody}) are not the
 * author's and are not judged.
 * <p>
 * An Inline XBRL document (one declaring the Inline XBRL namespace or holding {@code ix:header}) is XHTML and follows
 * the Inline XBRL rules instead: it must be well-formed XML (the one place this checker asks for it), namespace
 * declarations and XHTML elements such as {@code span} are allowed, {@code ix:tuple} and {@code ix:fraction} are
 * not; the rules on active content, external references, links, nested tables, ASCII and file names apply as to
 * HTML.
 * <p>
 * It knows nothing of SD Studio's stylesheets. Thread-safe.
 */
public final class EdgarHtmlChecker {

	/** EDGAR's HTML subset (EDGAR Filer Manual Volume II 5.2.2), plus EDGAR's own {@code page} and {@code r}. */
	private static final Set<String> ELEMENTS = Set.of("html", "head", "title", "meta", "body", "div", "p", "h1", "h2",
			"h3", "h4", "h5", "h6", "ul", "ol", "menu", "dir", "li", "dl", "dt", "dd", "address", "hr", "pre",
			"blockquote", "center", "a", "br", "em", "strong", "dfn", "code", "samp", "kbd", "var", "cite", "sub", "sup",
			"tt", "i", "b", "big", "small", "u", "strike", "font", "img", "table", "caption", "tr", "th", "td", "page",
			"r");

	/** XHTML 1.1 elements an Inline XBRL document may use besides EDGAR's HTML subset. */
	private static final Set<String> XHTML_EXTRA = Set.of("span", "thead", "tbody", "tfoot", "col", "colgroup", "abbr",
			"acronym", "q", "ins", "del", "bdo", "s", "style", "link");

	/** Elements that run code or take input: reported as active content rather than as unknown elements. */
	private static final Set<String> ACTIVE = Set.of("script", "noscript", "applet", "object", "embed", "param",
			"iframe", "frame", "frameset", "form", "input", "button", "select", "option", "optgroup", "textarea",
			"label", "fieldset", "legend", "isindex", "keygen", "canvas", "audio", "video", "svg", "math", "base");

	private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "title", "lang", "dir", "align",
			"valign", "width", "height", "border", "cellpadding", "cellspacing", "colspan", "rowspan", "nowrap",
			"bgcolor", "color", "size", "face", "href", "name", "src", "alt", "type", "start", "value", "compact",
			"noshade", "clear", "content", "summary", "hspace", "vspace", "text", "link", "vlink", "alink", "frame",
			"rules", "abbr", "axis", "headers", "scope", "char", "charoff", "rel", "rev", "scheme");

	/** Attributes EDGAR names as disallowed, with the reason given in the violation. */
	private static final java.util.Map<String, String> DISALLOWED = java.util.Map.of("http-equiv",
			"EDGAR's HTML validation disallows http-equiv (the character set is EDGAR's ASCII rule, not a meta tag)",
			"background", "EDGAR's HTML validation disallows background (a background image is an external reference)");

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

	/** EDGAR document file names (EDGAR Filer Manual): at most 32 characters of letters, digits, '.', '-', '_'; a letter or digit first. */
	private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(?i:htm|txt|pdf|jpg|gif|xml|xsd)");
	private static final int MAX_FILE_NAME = 32;

	/** An Inline XBRL document declares the Inline XBRL namespace or holds an ix:header. */
	private static final Pattern INLINE_XBRL = Pattern.compile(
			"xmlns(:[\\w.-]+)?\\s*=\\s*[\"']http://www\\.xbrl\\.org/2013/inlineXBRL[\"']|<ix:header[\\s>/]");
	static final String INLINE_XBRL_NS = "http://www.xbrl.org/2013/inlineXBRL";

	/** Links to other filings are the one kind of external reference EDGAR allows. */
	private static final Pattern SEC_ARCHIVES = Pattern.compile("(?i)https?://www\\.sec\\.gov/Archives/.*");
	private static final Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*");

	/** Is this an acceptable EDGAR document file name? */
	public static boolean isValidFileName(String name) {
		return name != null && name.length() <= MAX_FILE_NAME && FILE_NAME.matcher(name).matches();
	}

	/** Is this document Inline XBRL (checked by the Inline XBRL rules rather than the HTML subset)? */
	public static boolean isInlineXbrl(String text) {
		return INLINE_XBRL.matcher(text).find();
	}

	/**
	 * Checks one file; links to other files resolve against the files of its folder. To check a submission's
	 * documents together, use {@link PackageCheck#of}.
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
		private final List<Integer> anchorLinkPositions = new ArrayList<>();
		private final List<String> anchorLinks = new ArrayList<>();
		private String text;
		private int[] lineStarts;
		private boolean inlineXbrl;

		Scan(String file, byte[] bytes, Predicate<String> fileExists) {
			this.file = file;
			this.bytes = bytes;
			this.fileExists = fileExists;
		}

		List<HtmlViolation> run() {
			if (!isValidFileName(file)) {
				String why = file.length() > MAX_FILE_NAME ? "has " + file.length() + " characters (at most "
						+ MAX_FILE_NAME + ")"
						: "must be letters, digits, '.', '-' or '_', start with a letter or digit and end in .htm "
								+ "(or .txt .pdf .jpg .gif .xml .xsd)";
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
			inlineXbrl = isInlineXbrl(text);
			scanCharacters();
			Document document;
			if (inlineXbrl) {
				wellFormed();
				// XML rules for an XML document: namespace prefixes and case kept; references are the XML parser's
				document = Parser.xmlParser().setTrackPosition(true).parseInput(text, "");
			} else {
				scanReferences();
				document = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
			}
			for (Element element : document.getAllElements()) {
				if (element != document && inSource(element.sourceRange())) {
					element(element);
				}
			}
			for (int i = 0; i < anchorLinks.size(); i++) {
				String target = anchorLinks.get(i);
				if (!anchors.contains(target)) {
					add(anchorLinkPositions.get(i), HtmlRule.UNRESOLVED_LINK,
							"link to #" + target + ", but no element has id or name '" + target + "'");
				}
			}
			violations.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
					: Integer.compare(a.column(), b.column()));
			return violations;
		}

		/** Was this element's start tag in the file (not supplied by the parser, like an implied tbody)? */
		private static boolean inSource(Range range) {
			return range.isTracked() && !range.isImplicit();
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
				if (c > 0x7e || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
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

		/**
		 * Character and entity references of an HTML document, as HTML reads them: a bare '&amp;' is text, a
		 * reference without its ';' still counts, and &#128;-&#159; are the Windows-1252 characters browsers show.
		 * What is reported: a reference to no character, and a name with ';' that HTML 4 does not know.
		 */
		private void scanReferences() {
			int n = text.length();
			for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
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
					if (j == digits) {
						continue; // "&#" followed by no digit is text
					}
					String number = text.substring(digits, j);
					long cp = number.length() > 7 ? Long.MAX_VALUE : Long.parseLong(number, hex ? 16 : 10);
					if (cp == 0 || (cp < 0x20 && cp != 9 && cp != 10 && cp != 13) || cp == 0x7f
							|| (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
						add(i, HtmlRule.ENTITY, "character reference " + text.substring(i, Math.min(n, j + 1)).strip()
								+ " is not a valid character");
					}
					continue;
				}
				while (j < n && j - i <= 32 && Character.isLetterOrDigit(text.charAt(j))) {
					j++;
				}
				if (j > i + 1 && j < n && text.charAt(j) == ';') {
					String name = text.substring(i + 1, j);
					if (!ENTITIES.contains(name)) {
						add(i, HtmlRule.ENTITY, "unknown entity &" + name + "; (not an HTML 4 entity)");
					}
				}
			}
		}

		/** An Inline XBRL document must be well-formed XML: the XML parser's first complaint, where it is. */
		private void wellFormed() {
			try {
				SAXParserFactory factory = SAXParserFactory.newInstance();
				factory.setNamespaceAware(true);
				factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
				factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
				factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
				factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
				factory.newSAXParser().parse(new InputSource(new StringReader(text)), new DefaultHandler());
			} catch (SAXParseException e) {
				int line = Math.max(1, e.getLineNumber());
				int column = Math.max(1, e.getColumnNumber());
				violations.add(new HtmlViolation(file, line, column, HtmlRule.NOT_WELL_FORMED,
						"an Inline XBRL document must be well-formed XML: " + e.getMessage()));
			} catch (SAXException | ParserConfigurationException | IOException e) {
				violations.add(new HtmlViolation(file, 1, 1, HtmlRule.NOT_WELL_FORMED,
						"an Inline XBRL document must be well-formed XML: " + e.getMessage()));
			}
		}

		private void element(Element element) {
			int position = element.sourceRange().startPos();
			String name = inlineXbrl ? element.tagName() : element.normalName();
			String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
			boolean prefixed = !local.equals(name);
			String lower = name.toLowerCase(Locale.ROOT);
			if (!prefixed && ACTIVE.contains(lower)) {
				add(position, HtmlRule.ACTIVE_CONTENT, "<" + name + "> is active content, not allowed in EDGAR documents");
			} else if (inlineXbrl) {
				inlineXbrlElement(element, name, local, prefixed, position);
			} else if (!ELEMENTS.contains(lower)) {
				add(position, HtmlRule.ELEMENT, "<" + name + "> is not in EDGAR's HTML subset");
			}
			if (lower.equals("table") && element.parents().stream().anyMatch(p -> p.normalName().equals("table"))) {
				add(position, HtmlRule.NESTED_TABLE, "table inside a table");
			}
			for (Attribute attribute : element.attributes()) {
				Range.AttributeRange range = attribute.sourceRange();
				int at = range.nameRange().isTracked() ? range.nameRange().startPos() : position;
				int valueAt = range.valueRange().isTracked() ? range.valueRange().startPos() : at;
				attribute(element, name, attribute.getKey(), attribute.getValue(), at, valueAt);
			}
		}

		private void inlineXbrlElement(Element element, String name, String local, boolean prefixed, int position) {
			if (!prefixed) {
				String lower = local.toLowerCase(Locale.ROOT);
				if (!ELEMENTS.contains(lower) && !XHTML_EXTRA.contains(lower)) {
					add(position, HtmlRule.ELEMENT, "<" + name + "> is not an XHTML element EDGAR accepts");
				}
				return;
			}
			String namespace = namespaceOf(element, name.substring(0, name.indexOf(':')));
			if (INLINE_XBRL_NS.equals(namespace)) {
				if (local.equals("tuple") || local.equals("fraction")) {
					add(position, HtmlRule.ELEMENT, "<" + name + "> is not allowed in EDGAR's Inline XBRL");
				}
			} else if (element.parents().stream().noneMatch(Scan::isInlineXbrlHeader)) {
				add(position, HtmlRule.ELEMENT, "<" + name + "> belongs in ix:header (only XHTML and ix: elements "
						+ "are allowed in the document body)");
			}
		}

		private static boolean isInlineXbrlHeader(Element element) {
			String tag = element.tagName();
			int colon = tag.indexOf(':');
			return colon > 0 && tag.substring(colon + 1).equals("header")
					&& INLINE_XBRL_NS.equals(namespaceOf(element, tag.substring(0, colon)));
		}

		/** The namespace a prefix is bound to where the element is (null when undeclared). */
		private static String namespaceOf(Element element, String prefix) {
			String attribute = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
			for (Element e = element; e != null; e = e.parent()) {
				if (e.hasAttr(attribute)) {
					return e.attr(attribute);
				}
			}
			return null;
		}

		private void attribute(Element element, String elementName, String key, String value, int position,
				int valueStart) {
			String attr = key.toLowerCase(Locale.ROOT);
			boolean namespaceDeclaration = attr.equals("xmlns") || attr.startsWith("xmlns:");
			if (attr.startsWith("on")) {
				add(position, HtmlRule.ACTIVE_CONTENT, "event handler " + key + " on <" + elementName + ">");
			} else if (namespaceDeclaration) {
				if (!inlineXbrl) {
					add(position, HtmlRule.ATTRIBUTE, "namespace declaration " + key
							+ " (EDGAR reads an HTML document as HTML and refuses xmlns)");
				}
				return;
			} else if (!inlineXbrl && DISALLOWED.containsKey(attr)) {
				add(position, HtmlRule.ATTRIBUTE, key + " on <" + elementName + ">: " + DISALLOWED.get(attr));
			} else if (!inlineXbrl && !ATTRIBUTES.contains(attr) && !URL_ATTRIBUTES.contains(attr)) {
				add(position, HtmlRule.ATTRIBUTE, "attribute " + key + " on <" + elementName
						+ "> is not in EDGAR's HTML subset");
			}
			String lower = value.strip().toLowerCase(Locale.ROOT);
			if (lower.replaceAll("\\s", "").contains("javascript:") || lower.contains("vbscript:")) {
				add(valueStart, HtmlRule.ACTIVE_CONTENT, "script URL in " + key + " on <" + elementName + ">");
				return;
			}
			if (attr.equals("style")) {
				if (lower.contains("expression(")) {
					add(valueStart, HtmlRule.ACTIVE_CONTENT, "CSS expression() in a style attribute");
				}
				if (lower.contains("url(") || lower.contains("@import")) {
					add(valueStart, HtmlRule.EXTERNAL_REFERENCE, "style refers to another resource (url() or @import)");
				}
			} else if (URL_ATTRIBUTES.contains(attr) && !(inlineXbrl && key.contains(":"))) {
				// in Inline XBRL, xlink:href of ix:references names the taxonomy, not a part of the document
				address(elementName.toLowerCase(Locale.ROOT), key, value.strip(), valueStart);
			}
			if ((attr.equals("id") || (attr.equals("name") && element.normalName().equals("a"))) && !value.isEmpty()) {
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
					anchorLinkPositions.add(position);
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
