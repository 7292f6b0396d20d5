package org.sdstudio.review.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrOriginal;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.ReviewComment;

/**
 * The blackline as a Word document with real tracked changes (Apache POI, WordprocessingML): the new text, each
 * insertion a {@code w:ins} and each deletion a {@code w:del} with author and date, formatting changes as
 * {@code w:rPrChange}, inserted and deleted paragraphs with their paragraph marks tracked, table rows inserted and
 * deleted as row revisions, parts as Heading 1, subheadings as Heading 2, lists as Word numbering, and the review
 * comments of the compared parts as Word comments on the paragraph that holds their passage. Accepting all the
 * changes gives the new text, rejecting all gives the old. Links are kept as text with the link's look.
 */
public final class BlacklineDocx {

	private final XWPFDocument doc = new XWPFDocument();
	private final CTBody body = doc.getDocument().getBody();
	private final String author;
	private final String dateText;
	private int revisionId = 1;
	private XWPFNumbering numbering;
	private XWPFComments comments;
	private int commentId;
	private final Map<ListStyle, BigInteger> abstractNums = new java.util.EnumMap<>(ListStyle.class);
	private BigInteger currentNum;

	private BlacklineDocx(String author, Instant date) {
		this.author = author;
		this.dateText = date.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
	}

	/**
	 * Writes the comparison as a .docx.
	 *
	 * @param author the author recorded on every revision
	 * @param when the date recorded on every revision
	 * @param partComments review comments by part id, put on the paragraphs that hold their passages
	 */
	public static void write(FilingComparison c, String author, Instant when,
			Map<String, List<ReviewComment>> partComments, OutputStream out) throws IOException {
		BlacklineDocx d = new BlacklineDocx(author, when);
		d.document(c, partComments);
		d.doc.write(out);
	}

	/**
	 * Validates a written .docx against the OOXML schemas (XMLBeans): the document part, and the styles, numbering
	 * and comments parts where present. Returns the errors, each with the part it is in; empty when valid.
	 */
	public static List<String> schemaErrors(java.io.InputStream docx) throws IOException {
		List<String> errors = new java.util.ArrayList<>();
		try (XWPFDocument d = new XWPFDocument(docx)) {
			validate("word/document.xml", d.getDocument(), errors);
			if (d.getStyles() != null) {
				validate("word/styles.xml", d.getStyle(), errors);
			}
			if (d.getDocComments() != null) {
				validate("word/comments.xml", d.getDocComments().getCtComments(), errors);
			}
		} catch (org.apache.xmlbeans.XmlException e) {
			errors.add("word/styles.xml: " + e.getMessage());
		}
		return errors;
	}

	private static void validate(String part, org.apache.xmlbeans.XmlObject xml, List<String> errors) {
		List<org.apache.xmlbeans.XmlError> found = new java.util.ArrayList<>();
		org.apache.xmlbeans.XmlOptions options = new org.apache.xmlbeans.XmlOptions();
		options.setErrorListener(found);
		if (!xml.validate(options) && found.isEmpty()) {
			errors.add(part + ": not valid");
		}
		for (org.apache.xmlbeans.XmlError e : found) {
			errors.add(part + ": " + e.getMessage());
		}
	}

	private void document(FilingComparison c, Map<String, List<ReviewComment>> partComments) {
		styles();
		CTP notice = body.addNewP();
		run(notice, "Blackline for review: " + c.newLabel() + " against " + c.oldLabel()
				+ ". Not an EDGAR document; not to be filed.", Format.PLAIN).addNewRPr().addNewI();
		for (FieldChange f : c.fields()) {
			CTP p = body.addNewP();
			run(p, f.field() + ": ", Format.PLAIN);
			if (!f.oldValue().isEmpty()) {
				del(p).addNewR().addNewDelText().setStringValue(f.oldValue());
			}
			if (!f.newValue().isEmpty()) {
				text(ins(p).addNewR(), f.newValue());
			}
		}
		for (PartDiff part : c.parts()) {
			part(part, partComments.getOrDefault(part.id(), List.of()));
		}
	}

	private void part(PartDiff part, List<ReviewComment> partComments) {
		List<BlockDiff> blocks = part.text().blocks();
		Map<Integer, List<ReviewComment>> on = new java.util.HashMap<>();
		for (ReviewComment comment : partComments) {
			on.computeIfAbsent(holding(blocks, comment.getQuotedText()), k -> new java.util.ArrayList<>()).add(comment);
		}
		CTP heading = body.addNewP();
		style(heading, "Heading1");
		List<BigInteger> headingComments = new java.util.ArrayList<>();
		for (ReviewComment comment : on.getOrDefault(-1, List.of())) {
			BigInteger id = comment(comment);
			heading.addNewCommentRangeStart().setId(id);
			headingComments.add(id);
		}
		if (part.status() == PartDiff.Status.ADDED) {
			markParagraph(heading, true);
			text(ins(heading).addNewR(), title(part.newTitle(), part.label()));
		} else if (part.status() == PartDiff.Status.REMOVED) {
			markParagraph(heading, false);
			del(heading).addNewR().addNewDelText().setStringValue(title(part.oldTitle(), part.label()));
		} else if (part.titleChanged()) {
			del(heading).addNewR().addNewDelText().setStringValue(part.oldTitle());
			text(ins(heading).addNewR(), part.newTitle());
		} else {
			run(heading, title(part.newTitle(), part.label()), Format.PLAIN);
		}
		headingComments.forEach(id -> end(heading, id));
		currentNum = null;
		for (int i = 0; i < blocks.size(); i++) {
			BlockDiff b = blocks.get(i);
			if (b.isTable()) {
				table(b);
				currentNum = null;
			} else {
				CTP p = body.addNewP();
				prepare(p, b);
				List<BigInteger> ids = new java.util.ArrayList<>();
				for (ReviewComment comment : on.getOrDefault(i, List.of())) {
					BigInteger id = comment(comment);
					p.addNewCommentRangeStart().setId(id);
					ids.add(id);
				}
				segments(p, b.segments());
				ids.forEach(id -> end(p, id));
			}
		}
	}

	private static void end(CTP p, BigInteger id) {
		p.addNewCommentRangeEnd().setId(id);
		p.addNewR().addNewCommentReference().setId(id);
	}

	/** The index of the text block whose new text holds the quote, else of the first text block, else -1. */
	private static int holding(List<BlockDiff> blocks, String quote) {
		int first = -1;
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i).isTable() || blocks.get(i).kind() == BlockDiff.Kind.DELETED) {
				continue;
			}
			if (first < 0) {
				first = i;
			}
			if (quote != null && !quote.isBlank()) {
				StringBuilder sb = new StringBuilder();
				for (Segment s : blocks.get(i).segments()) {
					if (s.op() != Segment.Op.DELETE) {
						sb.append(s.text());
					}
				}
				if (sb.toString().contains(quote.strip())) {
					return i;
				}
			}
		}
		return first;
	}

	private static String title(String title, String label) {
		return title == null || title.isBlank() ? label : title;
	}

	private void prepare(CTP p, BlockDiff b) {
		Unit u = b.unit();
		if (b.shape().equals("heading")) {
			style(p, "Heading2");
		} else if (u.listStyle != null) {
			style(p, "ListParagraph");
			if (u.listStart || currentNum == null) {
				currentNum = newNum(u.listStyle);
			}
			CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
			var numPr = ppr.addNewNumPr();
			numPr.addNewIlvl().setVal(BigInteger.valueOf(Math.max(0, Math.min(u.level, 1))));
			numPr.addNewNumId().setVal(currentNum);
		} else {
			currentNum = null;
		}
		if (b.kind() == BlockDiff.Kind.INSERTED) {
			markParagraph(p, true);
		} else if (b.kind() == BlockDiff.Kind.DELETED) {
			markParagraph(p, false);
		}
	}

	private void segments(CTP p, List<Segment> segments) {
		for (Segment s : segments) {
			switch (s.op()) {
			case EQUAL -> run(p, s.text(), s.newFormat());
			case INSERT -> {
				CTR r = ins(p).addNewR();
				format(r, s.newFormat());
				text(r, s.text());
			}
			case DELETE -> {
				CTR r = del(p).addNewR();
				format(r, s.oldFormat());
				CTText t = r.addNewDelText();
				t.setStringValue(s.text());
				t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
			}
			case FORMAT -> {
				CTR r = run(p, s.text(), s.newFormat());
				CTRPr rpr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
				CTRPrChange change = rpr.addNewRPrChange();
				stamp(change);
				CTRPrOriginal was = change.addNewRPr();
				formatOriginal(was, s.oldFormat());
			}
			}
		}
	}

	private void table(BlockDiff b) {
		CTTbl tbl = body.addNewTbl();
		var tblPr = tbl.addNewTblPr();
		var borders = tblPr.addNewTblBorders();
		borders.addNewTop().setVal(STBorder.SINGLE);
		borders.addNewBottom().setVal(STBorder.SINGLE);
		borders.addNewLeft().setVal(STBorder.SINGLE);
		borders.addNewRight().setVal(STBorder.SINGLE);
		borders.addNewInsideH().setVal(STBorder.SINGLE);
		borders.addNewInsideV().setVal(STBorder.SINGLE);
		int columns = 0;
		for (RowDiff r : b.rows()) {
			columns = Math.max(columns, r.cells().size());
		}
		var grid = tbl.addNewTblGrid();
		for (int i = 0; i < Math.max(columns, 1); i++) {
			grid.addNewGridCol().setW(BigInteger.valueOf(9000 / Math.max(columns, 1)));
		}
		for (RowDiff r : b.rows()) {
			CTRow row = tbl.addNewTr();
			boolean inserted = r.kind() == BlockDiff.Kind.INSERTED;
			boolean deleted = r.kind() == BlockDiff.Kind.DELETED;
			if (inserted || deleted || r.header()) {
				CTTrPr trPr = row.addNewTrPr();
				if (r.header()) {
					trPr.addNewTblHeader();
				}
				if (inserted) {
					stamp(trPr.addNewIns());
				} else if (deleted) {
					stamp(trPr.addNewDel());
				}
			}
			if (r.cells().isEmpty()) {
				row.addNewTc().addNewP();
			}
			for (List<Segment> cell : r.cells()) {
				CTTc tc = row.addNewTc();
				CTP p = tc.addNewP();
				if (inserted || deleted) {
					markParagraph(p, inserted);
				}
				segments(p, cell);
			}
		}
	}

	/** Adds the review comment (and its replies) to the comments part; returns its id. */
	private BigInteger comment(ReviewComment comment) {
		if (comments == null) {
			comments = doc.createComments();
		}
		BigInteger id = BigInteger.valueOf(commentId++);
		XWPFComment c = comments.createComment(id);
		c.setAuthor(comment.getAuthor() == null ? "" : comment.getAuthor());
		if (comment.getTimestamp() != null) {
			c.setDate(GregorianCalendar.from(comment.getTimestamp().atZone(TimeZone.getTimeZone("UTC").toZoneId())));
		}
		c.createParagraph().createRun().setText((comment.getText() == null ? "" : comment.getText())
				+ (comment.isResolved() ? " (resolved)" : ""));
		for (ReviewComment reply : comment.getReplies()) {
			c.createParagraph().createRun().setText(reply.getAuthor() + ": " + reply.getText());
		}
		return id;
	}

	// ------------------------------------------------------------------ pieces

	private CTRunTrackChange ins(CTP p) {
		CTRunTrackChange ins = p.addNewIns();
		stamp(ins);
		return ins;
	}

	private CTRunTrackChange del(CTP p) {
		CTRunTrackChange del = p.addNewDel();
		stamp(del);
		return del;
	}

	private void stamp(CTTrackChange change) {
		change.setId(BigInteger.valueOf(revisionId++));
		change.setAuthor(author);
		// as Word writes it: whole seconds, UTC (an xsd:dateTime with milliseconds is valid but unusual)
		try (org.apache.xmlbeans.XmlCursor cursor = change.newCursor()) {
			cursor.setAttributeText(new javax.xml.namespace.QName(
					"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "date"), dateText);
		}
	}

	/** The paragraph mark as inserted or deleted, so accepting or rejecting removes the paragraph itself. */
	private void markParagraph(CTP p, boolean inserted) {
		CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
		CTParaRPr rpr = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
		stamp(inserted ? rpr.addNewIns() : rpr.addNewDel());
	}

	private static CTR run(CTP p, String text, Format format) {
		CTR r = p.addNewR();
		format(r, format);
		text(r, text);
		return r;
	}

	private static void text(CTR r, String text) {
		CTText t = r.addNewT();
		t.setStringValue(text);
		t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
	}

	private static void format(CTR r, Format f) {
		if (f.isPlain()) {
			return;
		}
		CTRPr rpr = r.addNewRPr();
		if (f.bold()) {
			rpr.addNewB();
		}
		if (f.italic()) {
			rpr.addNewI();
		}
		if (f.link() != null) {
			rpr.addNewColor().setVal("0563C1");
		}
		if (f.underline() || f.link() != null) {
			rpr.addNewU().setVal(STUnderline.SINGLE);
		}
	}

	private static void formatOriginal(CTRPrOriginal rpr, Format f) {
		if (f.bold()) {
			rpr.addNewB();
		}
		if (f.italic()) {
			rpr.addNewI();
		}
		if (f.link() != null) {
			rpr.addNewColor().setVal("0563C1");
		}
		if (f.underline() || f.link() != null) {
			rpr.addNewU().setVal(STUnderline.SINGLE);
		}
	}

	private static void style(CTP p, String style) {
		CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
		ppr.addNewPStyle().setVal(style);
	}

	private void styles() {
		XWPFStyles styles = doc.createStyles();
		CTStyles ct = CTStyles.Factory.newInstance();
		style(ct, "Normal", "Normal", null, false, 22);
		style(ct, "Heading1", "heading 1", "Normal", true, 28);
		style(ct, "Heading2", "heading 2", "Normal", true, 24);
		style(ct, "ListParagraph", "List Paragraph", "Normal", false, 22);
		styles.setStyles(ct);
	}

	private static void style(CTStyles styles, String id, String name, String basedOn, boolean bold, int halfPoints) {
		CTStyle s = styles.addNewStyle();
		s.setType(STStyleType.PARAGRAPH);
		s.setStyleId(id);
		s.addNewName().setVal(name);
		if (basedOn != null) {
			s.addNewBasedOn().setVal(basedOn);
		}
		if (bold) {
			s.addNewPPr().addNewKeepNext();
		}
		CTRPr rpr = s.addNewRPr();
		if (bold) {
			rpr.addNewB();
		}
		rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
	}

	/** A new Word list (numbering instance) of that style, starting again at 1. */
	private BigInteger newNum(ListStyle style) {
		if (numbering == null) {
			numbering = doc.createNumbering();
		}
		BigInteger abstractId = abstractNums.computeIfAbsent(style, s -> {
			CTAbstractNum a = CTAbstractNum.Factory.newInstance();
			BigInteger aid = BigInteger.valueOf(abstractNums.size() + 1);
			a.setAbstractNumId(aid);
			for (int level = 0; level < 2; level++) {
				CTLvl lvl = a.addNewLvl();
				lvl.setIlvl(BigInteger.valueOf(level));
				lvl.addNewStart().setVal(BigInteger.ONE);
				STNumberFormat.Enum format = switch (s) {
				case BULLET -> STNumberFormat.BULLET;
				case DECIMAL -> STNumberFormat.DECIMAL;
				case LOWER_ALPHA -> STNumberFormat.LOWER_LETTER;
				case LOWER_ROMAN -> STNumberFormat.LOWER_ROMAN;
				};
				lvl.addNewNumFmt().setVal(format);
				lvl.addNewLvlText().setVal(s == ListStyle.BULLET ? "\u2022" : "%" + (level + 1) + ".");
				var ind = lvl.addNewPPr().addNewInd();
				ind.setLeft(BigInteger.valueOf(720L * (level + 1)));
				ind.setHanging(BigInteger.valueOf(360));
			}
			return numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(a, numbering));
		});
		BigInteger num = numbering.addNum(abstractId);
		// each list starts again at its own start value
		var override = numbering.getNum(num).getCTNum().addNewLvlOverride();
		override.setIlvl(BigInteger.ZERO);
		override.addNewStartOverride().setVal(BigInteger.ONE);
		return num;
	}
}
