package org.sdstudio.review.tests.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sdstudio.model.Block;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.Run;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.review.word.SentRecord;

/**
 * Writes .docx files by hand the way Word or LibreOffice writes a reviewed document, for tests of reading returned
 * review documents. The body is composed as XML strings by the methods of an instance (paragraphs, runs, tracked
 * insertions and deletions, moves, formatting changes, tables, lists, links, bookmarks and comment ranges), so a test
 * can put a change anywhere Word would; the instance then writes the package around it: styles, numbering, settings
 * with tracking on, comments (and, Word's manner, their threads and done marks in commentsExtended.xml and their UTC
 * dates in commentsExtensible.xml), core properties, and SD Studio's record of what was sent as a custom XML part.
 * <p>
 * The two manners differ as the two editors do: Word gives paragraphs w14:paraId and rsid attributes, splits runs at
 * odd places with proofing marks between them, writes one w:ins or w:del around several runs, numbers revisions from
 * 1, dates with "Z" (comment dates in local time, with the UTC date in commentsExtensible.xml) and keeps replies and
 * done marks in commentsExtended.xml; LibreOffice writes no paragraph ids, one w:ins or w:del per run with its own
 * numbering, dates without a zone, explicit {@code w:val="false"} on run properties, and no commentsExtended.xml.
 */
public final class WordDocs {

	public enum Manner {
		WORD, LIBREOFFICE
	}

	/** Numbering instances the numbering part defines, by list kind. */
	public static final int BULLET = 1;
	public static final int DECIMAL = 2;
	public static final int LOWER_ALPHA = 3;
	public static final int LOWER_ROMAN = 4;
	/** A decimal list that starts again at 1 (a second instance of the decimal definition). */
	public static final int DECIMAL_RESTARTED = 5;

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
	static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
	static final String W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
	static final String W16CEX = "http://schemas.microsoft.com/office/word/2018/wordml/cex";
	static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
	private static final String ROOT_NAMESPACES = " xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"";
	private static final String WORD_NAMESPACES = ROOT_NAMESPACES + " xmlns:mc=\"" + MC + "\" xmlns:w14=\"" + W14
			+ "\" xmlns:w15=\"" + W15 + "\" xmlns:w16cid=\"" + W16CID + "\" xmlns:w16cex=\"" + W16CEX
			+ "\" mc:Ignorable=\"w14 w15 w16cid w16cex\"";

	private final Manner manner;
	private final StringBuilder body = new StringBuilder();
	private final Map<String, String> hyperlinks = new LinkedHashMap<>();
	private final Map<Integer, Integer> partBookmarkIds = new LinkedHashMap<>();
	private final List<Comment> comments = new ArrayList<>();
	private final Map<String, byte[]> extraParts = new LinkedHashMap<>();
	private SentRecord sent;
	private String lastModifiedBy;
	private Instant modified;
	private int nextRevision;
	private int nextBookmark;
	private int nextParaId = 0x1A2B0001;
	private int nextRsid = 0x00A1B201;
	/** Word writes comment dates in the author's local time (marked "Z"); this is that time's offset. */
	private int localOffsetHours = -5;

	private record Comment(int id, Integer parent, String author, Instant when, String text, boolean done,
			String paraId, String durableId) {
	}

	private WordDocs(Manner manner) {
		this.manner = manner;
		this.nextRevision = manner == Manner.WORD ? 1 : 100;
	}

	/** A document as Word writes it. */
	public static WordDocs word() {
		return new WordDocs(Manner.WORD);
	}

	/** A document as LibreOffice Writer writes it. */
	public static WordDocs libreOffice() {
		return new WordDocs(Manner.LIBREOFFICE);
	}

	public Manner manner() {
		return manner;
	}

	// ---------------------------------------------------------------- the document around the body

	/** Keeps SD Studio's record of what was sent in the document (as customXml/item1.xml). */
	public WordDocs sent(SentRecord record) {
		this.sent = record;
		return this;
	}

	/** The core properties' last author and save time. */
	public WordDocs savedBy(String author, Instant when) {
		this.lastModifiedBy = author;
		this.modified = when;
		return this;
	}

	/** Word's comment dates are local times: this is the commenters' offset from UTC (default -5). */
	public WordDocs localOffsetHours(int hours) {
		this.localOffsetHours = hours;
		return this;
	}

	/** Another part of the package (e.g. someone else's custom XML part), with no content type of its own. */
	public WordDocs extraPart(String name, String content) {
		extraParts.put(name, content.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** Appends body content: paragraphs, tables, bookmarks between them. */
	public WordDocs body(String... xml) {
		for (String x : xml) {
			body.append(x);
		}
		return this;
	}

	/** A comment (its text's lines become paragraphs); place it with {@link #commentStart} and the like. */
	public WordDocs comment(int id, String author, Instant when, String text) {
		return addComment(id, null, author, when, text, false);
	}

	/** A comment marked done (resolved); Word's manner only keeps the mark. */
	public WordDocs doneComment(int id, String author, Instant when, String text) {
		return addComment(id, null, author, when, text, true);
	}

	/** A reply to comment {@code parent}; Word's manner records the thread, LibreOffice's does not. */
	public WordDocs reply(int id, int parent, String author, Instant when, String text) {
		return addComment(id, parent, author, when, text, false);
	}

	private WordDocs addComment(int id, Integer parent, String author, Instant when, String text, boolean done) {
		comments.add(new Comment(id, parent, author, when, text, done, paraId(), String.format("%08X", 0x3C000000 + id)));
		return this;
	}

	// ---------------------------------------------------------------- paragraphs

	/** A paragraph in the default style. */
	public String p(String... content) {
		return para().with(content);
	}

	/** A heading paragraph (Heading 1 to 3). */
	public String heading(int level, String text) {
		return para().style("Heading" + level).with(r(text));
	}

	/** A paragraph in the Title style (SD Studio's own text between parts). */
	public String title(String text) {
		return para().style("Title").with(r(text));
	}

	/** An item of a list ({@link #BULLET}, {@link #DECIMAL} ...) at a level (0 is the outermost). */
	public String item(int numId, int level, String... content) {
		return para().list(numId, level).with(content);
	}

	/** A paragraph with properties. */
	public Para para() {
		return new Para();
	}

	/** A paragraph being described: its style, list, tracked mark and property change, then its content. */
	public final class Para {
		private String style;
		private Integer numId;
		private int level;
		private String mark = "";
		private String change = "";

		public Para style(String styleId) {
			this.style = styleId;
			return this;
		}

		public Para list(int numId, int level) {
			this.numId = numId;
			this.level = level;
			return this;
		}

		/** The paragraph mark was inserted with tracking on (Enter typed by counsel). */
		public Para insertedMark(String author, Instant when) {
			mark = "<w:ins " + revisionAttributes(author, when) + "/>";
			return this;
		}

		/** The paragraph mark was deleted with tracking on (this paragraph joins the next when accepted). */
		public Para deletedMark(String author, Instant when) {
			mark = "<w:del " + revisionAttributes(author, when) + "/>";
			return this;
		}

		/** The paragraph mark was moved away (a move's source paragraph). */
		public Para movedFromMark(String author, Instant when) {
			mark = "<w:moveFrom " + revisionAttributes(author, when) + "/>";
			return this;
		}

		/** The paragraph mark was moved here. */
		public Para movedToMark(String author, Instant when) {
			mark = "<w:moveTo " + revisionAttributes(author, when) + "/>";
			return this;
		}

		/** Its style or list was changed with tracking on; before, it had this style and list (null: none). */
		public Para changedFrom(String author, Instant when, String oldStyle, Integer oldNumId, int oldLevel) {
			StringBuilder old = new StringBuilder("<w:pPr>");
			if (oldStyle != null) {
				old.append("<w:pStyle w:val=\"").append(oldStyle).append("\"/>");
			}
			if (oldNumId != null) {
				old.append("<w:numPr><w:ilvl w:val=\"").append(oldLevel).append("\"/><w:numId w:val=\"")
						.append(oldNumId).append("\"/></w:numPr>");
			}
			old.append("</w:pPr>");
			change = "<w:pPrChange " + revisionAttributes(author, when) + ">" + old + "</w:pPrChange>";
			return this;
		}

		public String with(String... content) {
			StringBuilder x = new StringBuilder("<w:p");
			if (manner == Manner.WORD) {
				x.append(" w14:paraId=\"").append(paraId()).append("\" w14:textId=\"77777777\" w:rsidR=\"")
						.append(rsid()).append("\" w:rsidRDefault=\"").append(rsid()).append("\"");
			}
			x.append(">");
			StringBuilder pPr = new StringBuilder();
			if (style != null) {
				pPr.append("<w:pStyle w:val=\"").append(style).append("\"/>");
			}
			if (numId != null) {
				pPr.append("<w:numPr><w:ilvl w:val=\"").append(level).append("\"/><w:numId w:val=\"").append(numId)
						.append("\"/></w:numPr>");
			}
			if (manner == Manner.LIBREOFFICE && style == null && numId == null) {
				pPr.append("<w:pStyle w:val=\"Normal\"/><w:bidi w:val=\"0\"/><w:jc w:val=\"left\"/>");
			}
			if (!mark.isEmpty()) {
				pPr.append("<w:rPr>").append(mark).append("</w:rPr>");
			}
			pPr.append(change);
			if (pPr.length() > 0) {
				x.append("<w:pPr>").append(pPr).append("</w:pPr>");
			}
			for (String c : content) {
				x.append(c);
			}
			return x.append("</w:p>").toString();
		}
	}

	// ---------------------------------------------------------------- runs

	/**
	 * A run of text with formatting ("b", "i", "u"). Word's manner splits longer text into two runs inside a word,
	 * with a proofing mark between them, as Word's editing history leaves it.
	 */
	public String r(String text, String... format) {
		if (manner == Manner.WORD && text.length() >= 12 && !text.contains("\t")) {
			int cut = text.length() / 2;
			return oneRun(text.substring(0, cut), format) + "<w:proofErr w:type=\"spellStart\"/>"
					+ oneRun(text.substring(cut), format) + "<w:proofErr w:type=\"spellEnd\"/>";
		}
		return oneRun(text, format);
	}

	/** Exactly one run (no splitting). */
	public String oneRun(String text, String... format) {
		return "<w:r" + runRsid() + ">" + rPr(format, "") + t(text) + "</w:r>";
	}

	/** A run with a character style (e.g. "Strong") and no direct formatting. */
	public String styledRun(String styleId, String text) {
		return "<w:r" + runRsid() + "><w:rPr><w:rStyle w:val=\"" + styleId + "\"/></w:rPr>" + t(text) + "</w:r>";
	}

	/** A run whose formatting was changed with tracking on: it had {@code oldFormat}, it has {@code format}. */
	public String reformatted(String author, Instant when, String text, String[] oldFormat, String... format) {
		String old = rPr(oldFormat, "");
		String change = "<w:rPrChange " + revisionAttributes(author, when) + ">" + (old.isEmpty() ? "<w:rPr/>" : old)
				+ "</w:rPrChange>";
		return "<w:r" + runRsid() + ">" + rPr(format, change) + t(text) + "</w:r>";
	}

	/** A tab, a line break, a non-breaking hyphen and a symbol, each as a run. */
	public String tab() {
		return "<w:r><w:tab/></w:r>";
	}

	public String lineBreak() {
		return "<w:r><w:br/></w:r>";
	}

	public String pageBreak() {
		return "<w:r><w:br w:type=\"page\"/></w:r>";
	}

	public String noBreakHyphen() {
		return "<w:r><w:noBreakHyphen/></w:r>";
	}

	/** A field's result as Word keeps it (PAGE, DATE ...): the instruction is not text. */
	public String complexField(String instruction, String result) {
		return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> "
				+ escape(instruction) + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
				+ oneRun(result) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
	}

	public String simpleField(String instruction, String result) {
		return "<w:fldSimple w:instr=\" " + escape(instruction) + " \">" + oneRun(result) + "</w:fldSimple>";
	}

	/** Runs wrapped the way Word wraps text it tags (smart tags, custom XML, a content control). */
	public String smartTag(String... runs) {
		return "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\">"
				+ String.join("", runs) + "</w:smartTag>";
	}

	public String contentControl(String... content) {
		return "<w:sdt><w:sdtPr><w:alias w:val=\"Box\"/></w:sdtPr><w:sdtContent>" + String.join("", content)
				+ "</w:sdtContent></w:sdt>";
	}

	/** A picture in a run (its text box text is not body text). */
	public String drawing() {
		return "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
				+ "<wp:docPr id=\"1\" name=\"Picture 1\"/></wp:inline></w:drawing></w:r>";
	}

	/** A hyperlink to an address (a relationship) around runs. */
	public String link(String url, String... runs) {
		String id = "rIdLink" + (hyperlinks.size() + 1);
		hyperlinks.put(id, url);
		return "<w:hyperlink r:id=\"" + id + "\" w:history=\"1\">" + linkRuns(runs) + "</w:hyperlink>";
	}

	/** A hyperlink to a place in the document. */
	public String anchorLink(String anchor, String... runs) {
		return "<w:hyperlink w:anchor=\"" + anchor + "\">" + linkRuns(runs) + "</w:hyperlink>";
	}

	private String linkRuns(String... runs) {
		// both editors give link text the Hyperlink character style (underlined by the style, not by the text)
		return String.join("", runs).replace("<w:rPr>", "<w:rPr><w:rStyle w:val=\"Hyperlink\"/>").replaceAll(
				"<w:r( [^>]*)?><w:t", "<w:r$1><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t");
	}

	// ---------------------------------------------------------------- tracked changes

	/** Content inserted with tracking on: Word wraps it once, LibreOffice wraps each run. */
	public String ins(String author, Instant when, String... content) {
		return wrap("ins", author, when, content);
	}

	/** Content deleted with tracking on (its w:t become w:delText). */
	public String del(String author, Instant when, String... content) {
		return wrap("del", author, when, deleted(content));
	}

	/** The source of a move (deleted here). */
	public String moveFrom(String author, Instant when, String... content) {
		return wrap("moveFrom", author, when, deleted(content));
	}

	/** The destination of a move (inserted here). */
	public String moveTo(String author, Instant when, String... content) {
		return wrap("moveTo", author, when, content);
	}

	private String[] deleted(String... content) {
		String[] out = new String[content.length];
		for (int i = 0; i < content.length; i++) {
			out[i] = content[i].replace("<w:t>", "<w:delText>").replace("<w:t xml:space=\"preserve\">",
					"<w:delText xml:space=\"preserve\">").replace("</w:t>", "</w:delText>");
		}
		return out;
	}

	/**
	 * Wraps content in a tracked change: Word once around neighbouring runs, LibreOffice around each run; both put
	 * the change inside a hyperlink rather than around it.
	 */
	private String wrap(String element, String author, Instant when, String... content) {
		StringBuilder x = new StringBuilder();
		List<String> group = new ArrayList<>();
		for (String c : content) {
			for (String piece : pieces(c)) {
				if (piece.startsWith("<w:hyperlink")) {
					x.append(wrapped(element, author, when, group));
					group.clear();
					int open = piece.indexOf('>') + 1;
					int close = piece.lastIndexOf("</w:hyperlink>");
					x.append(piece, 0, open)
							.append(wrapped(element, author, when, pieces(piece.substring(open, close))))
							.append("</w:hyperlink>");
				} else {
					group.add(piece);
				}
			}
		}
		return x.append(wrapped(element, author, when, group)).toString();
	}

	private String wrapped(String element, String author, Instant when, List<String> pieces) {
		if (pieces.isEmpty()) {
			return "";
		}
		if (manner == Manner.WORD) {
			return "<w:" + element + " " + revisionAttributes(author, when) + ">" + String.join("", pieces) + "</w:"
					+ element + ">";
		}
		StringBuilder x = new StringBuilder();
		for (String piece : pieces) {
			if (piece.startsWith("<w:r>") || piece.startsWith("<w:r ")) {
				x.append("<w:").append(element).append(' ').append(revisionAttributes(author, when)).append('>')
						.append(piece).append("</w:").append(element).append('>');
			} else {
				x.append(piece); // proofing marks, bookmarks and comment marks stay outside
			}
		}
		return x.toString();
	}

	/** The top-level elements of a piece of content, in order. */
	private static List<String> pieces(String content) {
		List<String> out = new ArrayList<>();
		int depth = 0;
		int start = 0;
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(/?)[\\w:]+[^>]*?(/?)>").matcher(content);
		while (m.find()) {
			boolean closing = !m.group(1).isEmpty();
			boolean empty = !m.group(2).isEmpty();
			if (!closing && !empty) {
				depth++;
			} else if (closing) {
				depth--;
			}
			if (depth == 0) {
				out.add(content.substring(start, m.end()));
				start = m.end();
			}
		}
		return out;
	}

	/** A revision's id, author and date in this manner. */
	public String revisionAttributes(String author, Instant when) {
		return "w:id=\"" + nextRevision++ + "\" w:author=\"" + escape(author) + "\" w:date=\"" + date(when) + "\"";
	}

	/** A date as this editor writes a revision's date. */
	public String date(Instant when) {
		LocalDateTime t = LocalDateTime.ofInstant(when.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
		String s = t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		return manner == Manner.WORD ? s + "Z" : s;
	}

	// ---------------------------------------------------------------- tables

	public String table(String... rows) {
		return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
				+ "<w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>"
				+ String.join("", rows) + "</w:tbl>";
	}

	/** A row of cells, each cell's text as one paragraph. */
	public String row(String... cellTexts) {
		return rowWith("", cells(cellTexts));
	}

	/** A header row (repeated on each page). */
	public String headerRow(String... cellTexts) {
		return rowWith("<w:tblHeader/>", cells(cellTexts));
	}

	/** A row inserted with tracking on (its text is inserted too, as Word marks it). */
	public String insertedRow(String author, Instant when, String... cellTexts) {
		String[] cells = new String[cellTexts.length];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cell(para().insertedMark(author, when).with(ins(author, when, r(cellTexts[i]))));
		}
		return rowWith("<w:ins " + revisionAttributes(author, when) + "/>", cells);
	}

	/** A row deleted with tracking on. */
	public String deletedRow(String author, Instant when, String... cellTexts) {
		String[] cells = new String[cellTexts.length];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cell(para().deletedMark(author, when).with(del(author, when, r(cellTexts[i]))));
		}
		return rowWith("<w:del " + revisionAttributes(author, when) + "/>", cells);
	}

	/** A row of prepared cells ({@link #cell}) with row properties (e.g. "&lt;w:tblHeader/&gt;"). */
	public String rowWith(String trPr, String... cells) {
		String attributes = manner == Manner.WORD ? " w:rsidR=\"" + rsid() + "\" w14:paraId=\"" + paraId() + "\"" : "";
		return "<w:tr" + attributes + ">" + (trPr.isEmpty() ? "" : "<w:trPr>" + trPr + "</w:trPr>")
				+ String.join("", cells) + "</w:tr>";
	}

	/** A cell of paragraphs. */
	public String cell(String... paragraphs) {
		return "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>" + String.join("", paragraphs) + "</w:tc>";
	}

	private String[] cells(String... texts) {
		String[] out = new String[texts.length];
		for (int i = 0; i < texts.length; i++) {
			out[i] = cell(p(texts[i].isEmpty() ? "" : r(texts[i])));
		}
		return out;
	}

	// ---------------------------------------------------------------- marks

	/** Where SD Studio's bookmark around part n starts. */
	public String partStart(int n) {
		int id = partBookmarkIds.computeIfAbsent(n, k -> nextBookmark++);
		return "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + SentRecord.bookmark(n) + "\"/>";
	}

	/** Where it ends. */
	public String partEnd(int n) {
		int id = partBookmarkIds.computeIfAbsent(n, k -> nextBookmark++);
		return "<w:bookmarkEnd w:id=\"" + id + "\"/>";
	}

	/** Any other bookmark, collapsed (Word's _GoBack, where the cursor was). */
	public String bookmark(String name) {
		int id = nextBookmark++;
		return "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + name + "\"/><w:bookmarkEnd w:id=\"" + id + "\"/>";
	}

	public String commentStart(int id) {
		return "<w:commentRangeStart w:id=\"" + id + "\"/>";
	}

	/** The end of a comment's range and the reference mark after it, as both editors write them. */
	public String commentEnd(int id) {
		return "<w:commentRangeEnd w:id=\"" + id + "\"/>" + commentReference(id);
	}

	/** A comment's reference mark alone (a comment on a point, with no range). */
	public String commentReference(int id) {
		return "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"" + id
				+ "\"/></w:r>";
	}

	// ---------------------------------------------------------------- SD Studio's text as Word content

	/** A structured text as untracked Word paragraphs, lists (levels 0 and 1) and tables. */
	public String text(StructuredText text) {
		StringBuilder x = new StringBuilder();
		for (Block b : text.getBlocks()) {
			block(b, 0, x);
		}
		return x.toString();
	}

	private void block(Block b, int level, StringBuilder x) {
		if (b instanceof Paragraph p) {
			x.append(para().style(p.getStyle() == ParagraphStyle.SUBHEADING ? "Heading3" : null).with(runs(p.getRuns())));
		} else if (b instanceof ListBlock l) {
			int numId = switch (l.getStyle()) {
			case BULLET -> BULLET;
			case LOWER_ALPHA -> LOWER_ALPHA;
			case LOWER_ROMAN -> LOWER_ROMAN;
			default -> DECIMAL;
			};
			for (ListItem item : l.getItems()) {
				for (Block inner : item.getBlocks()) {
					if (inner instanceof Paragraph p) {
						x.append(item(numId, level, runs(p.getRuns())));
					} else {
						block(inner, level + 1, x);
					}
				}
			}
		} else if (b instanceof Table t) {
			List<String> rows = new ArrayList<>();
			for (TableRow row : t.getRows()) {
				List<String> cells = new ArrayList<>();
				for (TableCell c : row.getCells()) {
					cells.add(cell(p(runs(c.getRuns()))));
				}
				rows.add(rowWith(row.isHeader() ? "<w:tblHeader/>" : "", cells.toArray(String[]::new)));
			}
			x.append(table(rows.toArray(String[]::new)));
		}
	}

	private String runs(List<Run> runs) {
		StringBuilder x = new StringBuilder();
		for (Run run : runs) {
			List<String> f = new ArrayList<>();
			if (run.isBold()) {
				f.add("b");
			}
			if (run.isItalic()) {
				f.add("i");
			}
			if (run.isUnderline()) {
				f.add("u");
			}
			String r = oneRun(run.getText() == null ? "" : run.getText(), f.toArray(String[]::new));
			if (run.getLink() != null) {
				r = run.getLink().startsWith("#") ? anchorLink(run.getLink().substring(1), r) : link(run.getLink(), r);
			}
			x.append(r);
		}
		return x.toString();
	}

	// ---------------------------------------------------------------- writing

	/** The package's bytes. */
	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml", contentTypes());
			put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
					+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
					+ "</Relationships>");
			put(zip, "word/document.xml", document());
			put(zip, "word/_rels/document.xml.rels", documentRelationships());
			put(zip, "word/styles.xml", styles());
			put(zip, "word/numbering.xml", numbering());
			put(zip, "word/settings.xml", settings());
			if (!comments.isEmpty()) {
				put(zip, "word/comments.xml", commentsXml());
				if (manner == Manner.WORD) {
					put(zip, "word/commentsExtended.xml", commentsExtended());
					put(zip, "word/commentsIds.xml", commentsIds());
					put(zip, "word/commentsExtensible.xml", commentsExtensible());
				}
			}
			put(zip, "docProps/core.xml", core());
			if (sent != null) {
				zip.putNextEntry(new ZipEntry("customXml/item1.xml"));
				zip.write(sent.toXml());
				zip.closeEntry();
				put(zip, "customXml/itemProps1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
						+ "<ds:datastoreItem ds:itemID=\"{6F1C2A4E-8E21-4B0A-9C77-2D4B1C0E9F10}\" "
						+ "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
						+ "<ds:schemaRefs/></ds:datastoreItem>");
				put(zip, "customXml/_rels/item1.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
						+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps\" Target=\"itemProps1.xml\"/>"
						+ "</Relationships>");
			}
			for (Map.Entry<String, byte[]> e : extraParts.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** Writes the package to a file (named as counsel would name it) and returns its path. */
	public Path write(Path file) {
		try {
			Files.write(file, bytes());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return file;
	}

	/** document.xml as written. */
	public String document() {
		String namespaces = manner == Manner.WORD ? WORD_NAMESPACES : ROOT_NAMESPACES;
		String sectPr = "<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" "
				+ "w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>";
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document" + namespaces
				+ "><w:body>" + body + sectPr + "</w:body></w:document>";
	}

	private String contentTypes() {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
				+ "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
				+ "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
				+ "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
				+ "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
		if (!comments.isEmpty()) {
			x.append("<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>");
			if (manner == Manner.WORD) {
				x.append("<Override PartName=\"/word/commentsExtended.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml\"/>");
				x.append("<Override PartName=\"/word/commentsIds.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml\"/>");
				x.append("<Override PartName=\"/word/commentsExtensible.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml\"/>");
			}
		}
		if (sent != null) {
			x.append("<Override PartName=\"/customXml/itemProps1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.customXmlProperties+xml\"/>");
		}
		return x.append("</Types>").toString();
	}

	private String documentRelationships() {
		String base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + base + "styles\" Target=\"styles.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"" + base + "numbering\" Target=\"numbering.xml\"/>"
				+ "<Relationship Id=\"rId3\" Type=\"" + base + "settings\" Target=\"settings.xml\"/>");
		if (!comments.isEmpty()) {
			x.append("<Relationship Id=\"rId4\" Type=\"" + base + "comments\" Target=\"comments.xml\"/>");
			if (manner == Manner.WORD) {
				x.append("<Relationship Id=\"rId5\" Type=\"http://schemas.microsoft.com/office/2011/relationships/commentsExtended\" Target=\"commentsExtended.xml\"/>");
				x.append("<Relationship Id=\"rId6\" Type=\"http://schemas.microsoft.com/office/2016/09/relationships/commentsIds\" Target=\"commentsIds.xml\"/>");
				x.append("<Relationship Id=\"rId7\" Type=\"http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible\" Target=\"commentsExtensible.xml\"/>");
			}
		}
		if (sent != null) {
			x.append("<Relationship Id=\"rId8\" Type=\"" + base + "customXml\" Target=\"../customXml/item1.xml\"/>");
		}
		for (Map.Entry<String, String> link : hyperlinks.entrySet()) {
			x.append("<Relationship Id=\"").append(link.getKey()).append("\" Type=\"").append(base)
					.append("hyperlink\" Target=\"").append(escape(link.getValue())).append("\" TargetMode=\"External\"/>");
		}
		return x.append("</Relationships>").toString();
	}

	private String styles() {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles"
				+ ROOT_NAMESPACES + ">");
		x.append("<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/></w:rPr></w:rPrDefault></w:docDefaults>");
		x.append(style("paragraph", "Normal", "Normal", null, "", "", true));
		for (int level = 1; level <= 3; level++) {
			// heading styles are bold by their own run properties: that is their look, not bold text
			x.append(style("paragraph", "Heading" + level, "heading " + level, "Normal",
					"<w:keepNext/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>", "<w:b/><w:sz w:val=\"28\"/>", false));
		}
		x.append(style("paragraph", "Title", "Title", "Normal", "", "<w:sz w:val=\"56\"/>", false));
		x.append(style("paragraph", "Subtitle", "Subtitle", "Normal", "", "<w:i/>", false));
		x.append(style("paragraph", "ListParagraph", "List Paragraph", "Normal", "<w:ind w:left=\"720\"/>", "", false));
		x.append(style("paragraph", "ListBullet", "List Bullet", "Normal",
				"<w:numPr><w:numId w:val=\"" + BULLET + "\"/></w:numPr>", "", false));
		x.append(style("character", "DefaultParagraphFont", "Default Paragraph Font", null, "", "", true));
		x.append(style("character", "Hyperlink", "Hyperlink", "DefaultParagraphFont", "",
				"<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>", false));
		x.append(style("character", "Strong", "Strong", "DefaultParagraphFont", "", "<w:b/><w:bCs/>", false));
		x.append(style("character", "Emphasis", "Emphasis", "DefaultParagraphFont", "", "<w:i/><w:iCs/>", false));
		x.append(style("character", "CommentReference", "annotation reference", "DefaultParagraphFont", "",
				"<w:sz w:val=\"16\"/>", false));
		x.append(style("paragraph", "CommentText", "annotation text", "Normal", "", "<w:sz w:val=\"20\"/>", false));
		x.append(style("table", "TableGrid", "Table Grid", null, "", "", false));
		return x.append("</w:styles>").toString();
	}

	private static String style(String type, String id, String name, String basedOn, String pPr, String rPr,
			boolean isDefault) {
		return "<w:style w:type=\"" + type + "\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id
				+ "\"><w:name w:val=\"" + name + "\"/>" + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
				+ "<w:qFormat/>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
				+ (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>";
	}

	private static String numbering() {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering"
				+ ROOT_NAMESPACES + ">");
		String[][] formats = { { "bullet", "bullet", "bullet" }, { "decimal", "lowerLetter", "lowerRoman" },
				{ "lowerLetter", "lowerRoman", "decimal" }, { "lowerRoman", "decimal", "lowerLetter" } };
		for (int a = 0; a < formats.length; a++) {
			x.append("<w:abstractNum w:abstractNumId=\"").append(a).append("\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
			for (int level = 0; level < 3; level++) {
				String f = formats[a][level];
				x.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
						.append(f).append("\"/><w:lvlText w:val=\"").append(f.equals("bullet") ? "\u2022" : "%" + (level + 1) + ".")
						.append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(720 * (level + 1))
						.append("\" w:hanging=\"360\"/></w:pPr></w:lvl>");
			}
			x.append("</w:abstractNum>");
		}
		for (int num = 1; num <= 4; num++) {
			x.append("<w:num w:numId=\"").append(num).append("\"><w:abstractNumId w:val=\"").append(num - 1)
					.append("\"/></w:num>");
		}
		x.append("<w:num w:numId=\"").append(DECIMAL_RESTARTED).append("\"><w:abstractNumId w:val=\"1\"/>"
				+ "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
		return x.append("</w:numbering>").toString();
	}

	private String settings() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:settings" + ROOT_NAMESPACES + ">"
				+ "<w:trackRevisions/><w:defaultTabStop w:val=\"720\"/>"
				+ (manner == Manner.WORD ? "<w:rsids><w:rsidRoot w:val=\"00A1B200\"/></w:rsids>" : "")
				+ "</w:settings>";
	}

	private String commentsXml() {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:comments"
				+ (manner == Manner.WORD ? WORD_NAMESPACES : ROOT_NAMESPACES) + ">");
		for (Comment c : comments) {
			Instant shown = manner == Manner.WORD ? c.when.plusSeconds(3600L * localOffsetHours) : c.when;
			x.append("<w:comment w:id=\"").append(c.id).append("\" w:author=\"").append(escape(c.author))
					.append("\" w:date=\"").append(date(shown)).append("\" w:initials=\"").append(initials(c.author))
					.append("\">");
			String[] lines = c.text.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				boolean last = i == lines.length - 1;
				x.append("<w:p");
				if (manner == Manner.WORD) {
					x.append(" w14:paraId=\"").append(last ? c.paraId : paraId()).append("\" w14:textId=\"77777777\"");
				}
				x.append("><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr>");
				if (i == 0) {
					x.append("<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:annotationRef/></w:r>");
				}
				x.append(oneRun(lines[i])).append("</w:p>");
			}
			x.append("</w:comment>");
		}
		return x.append("</w:comments>").toString();
	}

	private String commentsExtended() {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w15:commentsEx"
				+ WORD_NAMESPACES + ">");
		for (Comment c : comments) {
			x.append("<w15:commentEx w15:paraId=\"").append(c.paraId).append("\"");
			if (c.parent != null) {
				x.append(" w15:paraIdParent=\"").append(comment(c.parent).paraId).append("\"");
			}
			x.append(" w15:done=\"").append(c.done ? "1" : "0").append("\"/>");
		}
		return x.append("</w15:commentsEx>").toString();
	}

	private String commentsIds() {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w16cid:commentsIds"
				+ WORD_NAMESPACES + ">");
		for (Comment c : comments) {
			x.append("<w16cid:commentId w16cid:paraId=\"").append(c.paraId).append("\" w16cid:durableId=\"")
					.append(c.durableId).append("\"/>");
		}
		return x.append("</w16cid:commentsIds>").toString();
	}

	private String commentsExtensible() {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w16cex:commentsExtensible"
				+ WORD_NAMESPACES + ">");
		for (Comment c : comments) {
			x.append("<w16cex:commentExtensible w16cex:durableId=\"").append(c.durableId).append("\" w16cex:dateUtc=\"")
					.append(c.when.truncatedTo(ChronoUnit.SECONDS)).append("\"/>");
		}
		return x.append("</w16cex:commentsExtensible>").toString();
	}

	private Comment comment(int id) {
		return comments.stream().filter(c -> c.id == id).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no comment " + id));
	}

	private String core() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
				+ "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
				+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>Conflict Minerals Report</dc:title>"
				+ "<dc:creator>SD Studio</dc:creator>"
				+ (lastModifiedBy == null ? "" : "<cp:lastModifiedBy>" + escape(lastModifiedBy) + "</cp:lastModifiedBy>")
				+ (modified == null ? "" : "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">"
						+ modified.truncatedTo(ChronoUnit.SECONDS) + "</dcterms:modified>")
				+ "</cp:coreProperties>";
	}

	// ---------------------------------------------------------------- small pieces

	private String rPr(String[] format, String change) {
		StringBuilder x = new StringBuilder();
		List<String> f = List.of(format);
		if (manner == Manner.LIBREOFFICE) {
			x.append(f.contains("b") ? "<w:b/><w:bCs/>" : "<w:b w:val=\"false\"/><w:bCs w:val=\"false\"/>");
			x.append(f.contains("i") ? "<w:i/><w:iCs/>" : "<w:i w:val=\"false\"/><w:iCs w:val=\"false\"/>");
			x.append(f.contains("u") ? "<w:u w:val=\"single\"/>" : "<w:u w:val=\"none\"/>");
		} else {
			if (f.contains("b")) {
				x.append("<w:b/>");
			}
			if (f.contains("i")) {
				x.append("<w:i/>");
			}
			if (f.contains("u")) {
				x.append("<w:u w:val=\"single\"/>");
			}
		}
		x.append(change);
		return x.length() == 0 ? "" : "<w:rPr>" + x + "</w:rPr>";
	}

	private static String t(String text) {
		return "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t>";
	}

	private String runRsid() {
		return manner == Manner.WORD ? " w:rsidR=\"" + rsid() + "\"" : "";
	}

	private String paraId() {
		return String.format("%08X", nextParaId++);
	}

	private String rsid() {
		return String.format("%08X", nextRsid++);
	}

	private static String initials(String author) {
		StringBuilder out = new StringBuilder();
		for (String word : author.split("\\s+")) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				out.append(word.charAt(0));
			}
		}
		return out.toString();
	}

	static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	// ---------------------------------------------------------------- reading results in tests

	/**
	 * A structured text as readable lines, for assertions that show what differs: "p: text", "h: text" for a
	 * subheading, lists as "list decimal from 1" with items indented "- ", tables as "| a | b |" rows ("|*" for a
	 * header row); bold as *x*, italic as /x/, underline as _x_, a link as [x](target).
	 */
	public static String describe(StructuredText text) {
		StringBuilder out = new StringBuilder();
		for (Block b : text.getBlocks()) {
			describe(b, "", out);
		}
		return out.toString();
	}

	private static void describe(Block b, String indent, StringBuilder out) {
		if (b instanceof Paragraph p) {
			out.append(indent).append(p.getStyle() == ParagraphStyle.SUBHEADING ? "h: " : "p: ")
					.append(describeRuns(p.getRuns())).append('\n');
		} else if (b instanceof ListBlock l) {
			out.append(indent).append("list ").append(l.getStyle().getLiteral());
			if (l.getStyle() != ListStyle.BULLET) {
				out.append(" from ").append(l.getStart());
			}
			out.append('\n');
			for (ListItem item : l.getItems()) {
				out.append(indent).append("- item\n");
				for (Block inner : item.getBlocks()) {
					describe(inner, indent + "    ", out);
				}
			}
		} else if (b instanceof Table t) {
			out.append(indent).append("table\n");
			for (TableRow row : t.getRows()) {
				out.append(indent).append(row.isHeader() ? "|*" : "|");
				for (TableCell c : row.getCells()) {
					out.append(' ').append(describeRuns(c.getRuns())).append(" |");
				}
				out.append('\n');
			}
		}
	}

	private static String describeRuns(List<Run> runs) {
		StringBuilder out = new StringBuilder();
		for (Run r : runs) {
			String s = r.getText();
			if (r.isBold()) {
				s = "*" + s + "*";
			}
			if (r.isItalic()) {
				s = "/" + s + "/";
			}
			if (r.isUnderline()) {
				s = "_" + s + "_";
			}
			if (r.getLink() != null) {
				s = "[" + s + "](" + r.getLink() + ")";
			}
			out.append(s);
		}
		return out.toString();
	}
}
