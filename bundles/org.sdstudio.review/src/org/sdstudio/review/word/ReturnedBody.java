package org.sdstudio.review.word;

import static org.sdstudio.review.word.ReturnedStyles.attr;
import static org.sdstudio.review.word.ReturnedStyles.isW;
import static org.sdstudio.review.word.ReturnedStyles.nextChild;
import static org.sdstudio.review.word.ReturnedStyles.skip;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A returned document's body as a flat list of tokens in document order: paragraph and table boundaries, pieces of
 * text each knowing whether a tracked change inserted or deleted it and its formatting before and after, and the
 * markers that matter (SD Studio's bookmarks, comment ranges and references). Both views of the text (every change
 * rejected, every change accepted) are built from it by {@link ReturnedView}; wrappers that carry no text of their
 * own (smart tags, custom XML, content controls, fields) are looked through, and drawings, text boxes and the like are
 * left out.
 */
final class ReturnedBody {

	/** A tracked change's record: its attributes as Word wrote them. */
	record Revision(String id, String author, String date) {
	}

	/** b, i, u. */
	record Format(boolean bold, boolean italic, boolean underline) {
		static final Format PLAIN = new Format(false, false, false);
	}

	/**
	 * A paragraph's properties in one view.
	 *
	 * @param numId its numbering instance, or null when it is not a list paragraph
	 * @param furniture a heading, title or subtitle (text SD Studio writes between parts)
	 */
	record ParaProps(boolean heading, String numId, int ilvl, boolean furniture) {
		static final ParaProps BODY = new ParaProps(false, null, 0, false);
	}

	interface Token {
	}

	/** @param change the paragraph-property change, or null */
	record ParaStart(ParaProps returned, ParaProps original, Revision change) implements Token {
	}

	/** A paragraph mark, inserted or deleted (or moved) with tracking, or neither. */
	record ParaEnd(Revision inserted, Revision deleted) implements Token {
	}

	/**
	 * A piece of text with one formatting.
	 *
	 * @param inserted the insertion (or move to here) it is in: not in the original view
	 * @param deleted the deletion (or move away) it is in: not in the returned view
	 * @param formatted the formatting change it carries: the original view has {@code original}'s formatting
	 */
	record Text(String text, Format returned, Format original, String link, Revision inserted, Revision deleted,
			Revision formatted) implements Token {

		boolean in(boolean returnedView) {
			return returnedView ? deleted == null : inserted == null;
		}

		Format format(boolean returnedView) {
			return returnedView ? returned : original;
		}
	}

	record TableStart() implements Token {
	}

	record TableEnd() implements Token {
	}

	record RowStart(boolean header, Revision inserted, Revision deleted) implements Token {
		boolean in(boolean returnedView) {
			return returnedView ? deleted == null : inserted == null;
		}
	}

	record RowEnd() implements Token {
	}

	record CellStart() implements Token {
	}

	record CellEnd() implements Token {
	}

	record BookmarkStart(String id, String name) implements Token {
	}

	record BookmarkEnd(String id) implements Token {
	}

	record CommentStart(String id) implements Token {
	}

	record CommentEnd(String id) implements Token {
	}

	record CommentRef(String id) implements Token {
	}

	/**
	 * What counsel may put in a run that the filing has no place for: a footnote or endnote ({@code note} names it in
	 * the notes part: "footnote 2"), a picture or text box, an embedded object. Kept as a mark where it stands so
	 * that it can be reported.
	 */
	record Unread(String what, String note, Revision deleted) implements Token {
	}

	private static final Map<String, String> UNREAD = Map.of("footnoteReference", "a footnote", "endnoteReference",
			"an endnote", "drawing", "a picture or text box", "pict", "a picture or text box", "object",
			"an embedded object");

	/** Elements whose content is never body text (drawings, text boxes, properties, math). */
	private static final Set<String> SKIPPED = Set.of("drawing", "pict", "object", "sdtPr", "sdtEndPr", "customXmlPr",
			"smartTagPr", "sectPr", "tblPr", "tblGrid", "tcPr", "tblPrEx", "rt", "instrText", "delInstrText",
			"footnoteReference", "endnoteReference", "fldData", "movie", "control", "embedded", "AlternateContent");

	private static final Pattern HYPERLINK = Pattern
			.compile("^\\s*HYPERLINK\\s+(?:\\\\l\\s+)?\"([^\"]*)\"(?:.*?\\\\l\\s+\"([^\"]*)\")?", Pattern.DOTALL);
	private static final Pattern ANCHOR_ONLY = Pattern.compile("^\\s*HYPERLINK\\s+\\\\l\\s+\"([^\"]*)\"");

	/** The most tokens a body may give: a 2,000-page document gives about a million. */
	static final int TOKEN_LIMIT = 20_000_000;

	/** The prefix of SD Studio's bookmarks (compared without regard to case, as Word does). */
	static final String PART_PREFIX = "sdstudio_part_";

	private final ReturnedStyles styles;
	private final Map<String, String> links;
	private final List<Token> tokens = new ArrayList<>();
	private final Set<String> partBookmarks = new HashSet<>();

	/** The context an element's content inherits. */
	private record Context(Revision inserted, Revision deleted, String link, boolean inCell) {
	}

	/** A complex field: its instruction until "separate", its result after. */
	private static final class Field {
		final StringBuilder instruction = new StringBuilder();
		boolean result;
		String link;
	}

	private final Deque<Field> fields = new ArrayDeque<>();

	ReturnedBody(ReturnedStyles styles, Map<String, String> links) {
		this.styles = styles;
		this.links = links;
	}

	/** Reads document.xml into tokens. */
	List<Token> read(XMLStreamReader r) throws XMLStreamException {
		while (r.hasNext()) {
			if (r.next() == XMLStreamConstants.START_ELEMENT && isW(r.getNamespaceURI())
					&& r.getLocalName().equals("body")) {
				content(r, new Context(null, null, null, false));
				break;
			}
		}
		return tokens;
	}

	/** The content of the current element, up to its end. */
	private void content(XMLStreamReader r, Context c) throws XMLStreamException {
		while (nextChild(r)) {
			element(r, c);
		}
	}

	private void element(XMLStreamReader r, Context c) throws XMLStreamException {
		String n = r.getLocalName();
		if (SKIPPED.contains(n) || !isW(r.getNamespaceURI())) {
			// mc:AlternateContent and other vocabularies hold drawings and the like, not body text
			if (!isW(r.getNamespaceURI()) && !n.equals("AlternateContent")) {
				content(r, c); // an unknown wrapper: its content may still be text
			} else {
				skip(r);
			}
			return;
		}
		switch (n) {
		case "p" -> paragraph(r, c);
		case "tbl" -> {
			tokens.add(new TableStart());
			content(r, c);
			tokens.add(new TableEnd());
		}
		case "tr" -> row(r, c);
		case "tc" -> {
			tokens.add(new CellStart());
			content(r, new Context(c.inserted, c.deleted, c.link, true));
			tokens.add(new CellEnd());
		}
		case "r" -> run(r, c);
		case "ins", "moveTo" -> content(r, new Context(revision(r), c.deleted, c.link, c.inCell));
		case "del", "moveFrom" -> content(r, new Context(c.inserted, revision(r), c.link, c.inCell));
		case "hyperlink" -> content(r, new Context(c.inserted, c.deleted, hyperlink(r), c.inCell));
		case "fldSimple" -> {
			String link = fieldLink(attr(r, "instr"));
			content(r, link == null ? c : new Context(c.inserted, c.deleted, link, c.inCell));
		}
		case "bookmarkStart" -> {
			String name = attr(r, "name");
			String id = attr(r, "id");
			if (name != null && id != null && name.toLowerCase(java.util.Locale.ROOT).startsWith(PART_PREFIX)) {
				partBookmarks.add(id);
				tokens.add(new BookmarkStart(id, name));
			}
			skip(r);
		}
		case "bookmarkEnd" -> {
			String id = attr(r, "id");
			if (id != null && partBookmarks.contains(id)) {
				tokens.add(new BookmarkEnd(id));
			}
			skip(r);
		}
		case "commentRangeStart" -> {
			tokens.add(new CommentStart(attr(r, "id")));
			skip(r);
		}
		case "commentRangeEnd" -> {
			tokens.add(new CommentEnd(attr(r, "id")));
			skip(r);
		}
		// sdt, sdtContent, customXml, smartTag, dir, bdo, ruby's base, body-level wrappers: their content counts
		default -> content(r, c);
		}
	}

	private void paragraph(XMLStreamReader r, Context c) throws XMLStreamException {
		if (tokens.size() > TOKEN_LIMIT) {
			throw new ReturnedPackage.TooMuch("holds more than " + TOKEN_LIMIT / 1_000_000
					+ " million paragraphs and pieces of text, far more than a report");
		}
		int at = tokens.size();
		tokens.add(null); // the paragraph's start, once its properties are read
		ParaProps props = props(null, null, null);
		ParaProps original = props;
		Revision change = null;
		Revision markInserted = c.inserted;
		Revision markDeleted = c.deleted;
		while (nextChild(r)) {
			if (isW(r.getNamespaceURI()) && r.getLocalName().equals("pPr")) {
				PPr p = pPr(r);
				props = props(p.style, p.numId, p.ilvl, p.outline);
				original = p.old == null ? props : props(p.old.style, p.old.numId, p.old.ilvl, p.old.outline);
				change = p.change;
				markInserted = p.markInserted != null ? p.markInserted : markInserted;
				markDeleted = p.markDeleted != null ? p.markDeleted : markDeleted;
			} else {
				element(r, c);
			}
		}
		tokens.set(at, new ParaStart(props, original, change));
		tokens.add(new ParaEnd(markInserted, markDeleted));
	}

	private ParaProps props(String style, String numId, String ilvl) {
		return props(style, numId, ilvl, null);
	}

	private ParaProps props(String styleId, String numId, String ilvl, Integer outline) {
		String style = styles.paragraphStyle(styleId);
		boolean heading = outline != null ? outline < 9 : styles.heading(style);
		boolean furniture = heading || styles.furniture(style);
		String[] fromStyle = styles.styleNumbering(style);
		String num = numId != null ? numId : fromStyle == null ? null : fromStyle[0];
		String level = ilvl != null ? ilvl : fromStyle == null ? "0" : fromStyle[1];
		if (num == null || num.equals("0") || heading) {
			return new ParaProps(heading, null, 0, furniture);
		}
		int l;
		try {
			l = Integer.parseInt(level.trim());
		} catch (NumberFormatException e) {
			l = 0;
		}
		return new ParaProps(false, num, Math.max(0, l), furniture);
	}

	/** What a w:pPr holds that matters here. */
	private static final class PPr {
		String style;
		String numId;
		String ilvl;
		Integer outline;
		Revision markInserted;
		Revision markDeleted;
		Revision change;
		PPr old;
	}

	private PPr pPr(XMLStreamReader r) throws XMLStreamException {
		PPr p = new PPr();
		int depth = 1;
		boolean inMarkProps = false;
		while (depth > 0) {
			int e = r.next();
			if (e == XMLStreamConstants.END_ELEMENT) {
				depth--;
				if (isW(r.getNamespaceURI()) && r.getLocalName().equals("rPr")) {
					inMarkProps = false;
				}
				continue;
			}
			if (e != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			depth++;
			if (!isW(r.getNamespaceURI())) {
				skip(r);
				depth--;
				continue;
			}
			switch (r.getLocalName()) {
			case "pStyle" -> p.style = attr(r, "val");
			case "numId" -> p.numId = attr(r, "val");
			case "ilvl" -> p.ilvl = attr(r, "val");
			case "outlineLvl" -> p.outline = ReturnedStyles.intAttr(r, "val", 9);
			case "rPr" -> inMarkProps = true;
			case "ins", "moveTo" -> {
				if (inMarkProps) {
					p.markInserted = revision(r);
				}
			}
			case "del", "moveFrom" -> {
				if (inMarkProps) {
					p.markDeleted = revision(r);
				}
			}
			case "pPrChange" -> {
				p.change = revision(r);
				p.old = oldPPr(r);
				depth--;
			}
			case "sectPr", "rPrChange", "tabs", "numberingChange" -> {
				skip(r);
				depth--;
			}
			default -> {
			}
			}
		}
		return p;
	}

	/** The properties a paragraph had before a tracked paragraph-property change (inside w:pPrChange). */
	private PPr oldPPr(XMLStreamReader r) throws XMLStreamException {
		PPr p = new PPr();
		int depth = 1;
		while (depth > 0) {
			int e = r.next();
			if (e == XMLStreamConstants.END_ELEMENT) {
				depth--;
			} else if (e == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if (isW(r.getNamespaceURI())) {
					switch (r.getLocalName()) {
					case "pStyle" -> p.style = attr(r, "val");
					case "numId" -> p.numId = attr(r, "val");
					case "ilvl" -> p.ilvl = attr(r, "val");
					case "outlineLvl" -> p.outline = ReturnedStyles.intAttr(r, "val", 9);
					default -> {
					}
					}
				}
			}
		}
		return p;
	}

	private void row(XMLStreamReader r, Context c) throws XMLStreamException {
		int at = tokens.size();
		tokens.add(null);
		boolean header = false;
		Revision inserted = null;
		Revision deleted = null;
		while (nextChild(r)) {
			if (isW(r.getNamespaceURI()) && r.getLocalName().equals("trPr")) {
				int depth = 1;
				while (depth > 0) {
					int t = r.next();
					if (t == XMLStreamConstants.END_ELEMENT) {
						depth--;
					} else if (t == XMLStreamConstants.START_ELEMENT) {
						depth++;
						if (!isW(r.getNamespaceURI())) {
							continue;
						}
						switch (r.getLocalName()) {
						case "tblHeader" -> header = ReturnedStyles.on(r);
						case "ins" -> inserted = revision(r);
						case "del" -> deleted = revision(r);
						case "trPrChange" -> {
							skip(r);
							depth--;
						}
						default -> {
						}
						}
					}
				}
			} else {
				element(r, c);
			}
		}
		tokens.set(at, new RowStart(header, inserted, deleted));
		tokens.add(new RowEnd());
	}

	/** The run's formatting in both views (w:rPrChange holds the old run properties). */
	private record RPr(String style, Boolean bold, Boolean italic, Boolean underline, RPr old, Revision change) {
	}

	private RPr rPr(XMLStreamReader r, boolean nested) throws XMLStreamException {
		String style = null;
		Boolean bold = null;
		Boolean italic = null;
		Boolean underline = null;
		RPr old = null;
		Revision change = null;
		int depth = 1;
		while (depth > 0) {
			int e = r.next();
			if (e == XMLStreamConstants.END_ELEMENT) {
				depth--;
			} else if (e == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if (!isW(r.getNamespaceURI())) {
					skip(r);
					depth--;
					continue;
				}
				switch (r.getLocalName()) {
				case "rStyle" -> style = attr(r, "val");
				case "b" -> bold = ReturnedStyles.on(r);
				case "i" -> italic = ReturnedStyles.on(r);
				case "u" -> underline = ReturnedStyles.underlined(r);
				case "rPrChange" -> {
					if (!nested) {
						change = revision(r);
						RPr inner = null;
						int d = 1;
						while (d > 0) {
							int t = r.next();
							if (t == XMLStreamConstants.END_ELEMENT) {
								d--;
							} else if (t == XMLStreamConstants.START_ELEMENT) {
								if (isW(r.getNamespaceURI()) && r.getLocalName().equals("rPr")) {
									inner = rPr(r, true);
								} else {
									skip(r);
								}
							}
						}
						old = inner == null ? new RPr(null, null, null, null, null, null) : inner;
					} else {
						skip(r);
					}
					depth--;
				}
				default -> {
				}
				}
			}
		}
		return new RPr(style, bold, italic, underline, old, change);
	}

	private Format format(RPr p, String link) {
		if (p == null) {
			return Format.PLAIN;
		}
		Boolean[] fromStyle = p.style == null ? new Boolean[3] : styles.characterFormat(p.style);
		boolean bold = p.bold != null ? p.bold : Boolean.TRUE.equals(fromStyle[0]);
		boolean italic = p.italic != null ? p.italic : Boolean.TRUE.equals(fromStyle[1]);
		// a link's underline from its character style is how links look, not formatting of the text
		boolean underline = p.underline != null ? p.underline : link == null && Boolean.TRUE.equals(fromStyle[2]);
		return new Format(bold, italic, underline);
	}

	private void run(XMLStreamReader r, Context c) throws XMLStreamException {
		RPr props = null;
		while (nextChild(r)) {
			if (!isW(r.getNamespaceURI())) {
				// mc:AlternateContent inside a run: a shape or text box (reported), or a symbol with fallbacks
				if (holdsDrawing(r)) {
					tokens.add(new Unread(UNREAD.get("drawing"), null, c.deleted));
				}
				continue;
			}
			String n = r.getLocalName();
			if (UNREAD.containsKey(n)) {
				String id = attr(r, "id");
				String note = id == null || !n.endsWith("noteReference") ? null
						: n.substring(0, n.length() - "Reference".length()) + " " + id;
				tokens.add(new Unread(UNREAD.get(n), note, c.deleted));
				skip(r);
				continue;
			}
			switch (n) {
			case "rPr" -> props = rPr(r, false);
			case "t", "delText" -> text(r.getElementText(), props, c);
			case "tab", "ptab" -> {
				text(c.inCell ? " " : "\t", props, c);
				skip(r);
			}
			case "br", "cr" -> {
				String type = attr(r, "type");
				if (type == null || type.equals("textWrapping")) {
					text(c.inCell ? " " : "\n", props, c);
				}
				skip(r);
			}
			case "noBreakHyphen" -> {
				text("-", props, c);
				skip(r);
			}
			case "sym" -> {
				String code = attr(r, "char");
				if (code != null) {
					try {
						int ch = Integer.parseInt(code, 16);
						text(String.valueOf((char) (ch >= 0xF000 ? ch - 0xF000 : ch)), props, c);
					} catch (NumberFormatException ex) {
						// not a character code: nothing to show
					}
				}
				skip(r);
			}
			case "commentReference" -> {
				tokens.add(new CommentRef(attr(r, "id")));
				skip(r);
			}
			case "fldChar" -> {
				String type = attr(r, "fldCharType");
				if ("begin".equals(type)) {
					fields.push(new Field());
				} else if ("separate".equals(type) && !fields.isEmpty()) {
					Field f = fields.peek();
					f.result = true;
					f.link = fieldLink(f.instruction.toString());
				} else if ("end".equals(type) && !fields.isEmpty()) {
					fields.pop();
				}
				skip(r);
			}
			case "instrText", "delInstrText" -> {
				String instruction = r.getElementText();
				if (!fields.isEmpty() && !fields.peek().result) {
					fields.peek().instruction.append(instruction);
				}
			}
			default -> skip(r); // softHyphen, drawings, footnote references, annotationRef, lastRenderedPageBreak ...
			}
		}
	}

	/** Reads past the current element; whether it holds a drawing or VML picture. */
	private static boolean holdsDrawing(XMLStreamReader r) throws XMLStreamException {
		boolean drawing = false;
		int depth = 1;
		while (depth > 0) {
			int e = r.next();
			if (e == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String n = r.getLocalName();
				drawing |= isW(r.getNamespaceURI()) && (n.equals("drawing") || n.equals("pict"));
			} else if (e == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return drawing;
	}

	private void text(String text, RPr props, Context c) {
		if (text.isEmpty()) {
			return;
		}
		String link = c.link;
		for (Field f : fields) {
			if (!f.result) {
				return; // a field's instruction, not its shown result
			}
			if (link == null && f.link != null) {
				link = f.link;
			}
		}
		Format returned = format(props, link);
		Format original = props == null || props.old == null ? returned : format(props.old, link);
		tokens.add(new Text(text, returned, original, link, c.inserted, c.deleted, props == null ? null : props.change));
	}

	private String hyperlink(XMLStreamReader r) {
		String id = r.getAttributeValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
		if (id == null) {
			id = r.getAttributeValue("http://purl.oclc.org/ooxml/officeDocument/relationships", "id");
		}
		String anchor = attr(r, "anchor");
		String target = id == null ? null : links.get(id);
		if (target != null) {
			return anchor == null || anchor.isEmpty() ? target : target + "#" + anchor;
		}
		return anchor == null || anchor.isEmpty() ? null : "#" + anchor;
	}

	private static String fieldLink(String instruction) {
		if (instruction == null) {
			return null;
		}
		Matcher anchorOnly = ANCHOR_ONLY.matcher(instruction);
		if (anchorOnly.find()) {
			return "#" + anchorOnly.group(1);
		}
		Matcher m = HYPERLINK.matcher(instruction);
		if (!m.find()) {
			return null;
		}
		return m.group(2) == null ? m.group(1) : m.group(1) + "#" + m.group(2);
	}

	private static Revision revision(XMLStreamReader r) {
		return new Revision(attr(r, "id"), attr(r, "author"), attr(r, "date"));
	}
}
