package org.sdstudio.review.internal;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.sdstudio.model.ListStyle;
import org.sdstudio.review.compare.BlockDiff;
import org.sdstudio.review.compare.Format;
import org.sdstudio.review.compare.RowDiff;
import org.sdstudio.review.compare.Segment;

/**
 * What the Word blackline and the review document share in writing WordprocessingML with POI: the styles, lists as
 * Word numbering (each list its own numbering, nested lists on their own levels), runs with their formatting, links
 * (as hyperlinks or as text with the link's look), tracked insertions and deletions stamped with one author and date,
 * paragraphs and tables of a compared text, and comment and bookmark marks at exact places in a paragraph.
 */
public final class WordWriter {

	public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final int MAX_LEVEL = 8;
	private static final String LINK_COLOR = "0563C1";

	/** What a {@link Mark} puts into a paragraph; at the same offset, in this order. */
	public enum MarkKind {
		BOOKMARK_START, COMMENT_START, COMMENT_END, BOOKMARK_END
	}

	/**
	 * A comment range or bookmark boundary at a character offset in a paragraph's text as it reads with every change
	 * accepted; -1 puts it before everything, {@link Integer#MAX_VALUE} after everything.
	 *
	 * @param name the bookmark's name (null for a comment)
	 */
	public record Mark(int offset, MarkKind kind, BigInteger id, String name) {

		static final Comparator<Mark> ORDER = Comparator.comparingInt(Mark::offset).thenComparing(Mark::kind);

		public static Mark commentStart(int offset, BigInteger id) {
			return new Mark(offset, MarkKind.COMMENT_START, id, null);
		}

		public static Mark commentEnd(int offset, BigInteger id) {
			return new Mark(offset, MarkKind.COMMENT_END, id, null);
		}
	}

	/** The marks of one table cell (rows and cells counted from 0, deleted rows included). */
	public interface CellMarks {
		List<Mark> of(int row, int cell);

		CellMarks NONE = (row, cell) -> List.of();
	}

	private final XWPFDocument doc = new XWPFDocument();
	private final CTBody body = doc.getDocument().getBody();
	private final String author;
	private final String dateText;
	private final String subheadingStyle;
	private final boolean hyperlinks;
	private int revisionId = 1;
	private XWPFNumbering numbering;
	private int abstractNums;
	/** The open list at each nesting level: its numbering id and style. */
	private final List<OpenList> lists = new ArrayList<>();
	private final Map<String, String> linkRelations = new HashMap<>();

	private record OpenList(BigInteger num, ListStyle style) {
	}

	/**
	 * @param author who every tracked change is by
	 * @param date when every tracked change was made (written in whole seconds, as Word does)
	 * @param subheadingStyle the paragraph style of a text's subheadings
	 * @param hyperlinks links as Word hyperlinks; else as text with the link's look
	 */
	public WordWriter(String author, Instant date, String subheadingStyle, boolean hyperlinks) {
		this.author = author;
		this.dateText = date.truncatedTo(ChronoUnit.SECONDS).toString();
		this.subheadingStyle = subheadingStyle;
		this.hyperlinks = hyperlinks;
	}

	public XWPFDocument document() {
		return doc;
	}

	public CTBody body() {
		return body;
	}

	// ------------------------------------------------------------------ blocks of a compared text

	/**
	 * A text block of a comparison as a paragraph: its subheading or list style, its paragraph mark tracked when the
	 * whole block was inserted or deleted, its words with their changes, and the marks where they stand.
	 */
	public CTP paragraph(BlockDiff b, List<Mark> marks) {
		CTP p = body.addNewP();
		prepare(p, b);
		segments(p, b.segments(), marks);
		return p;
	}

	/** A paragraph outside any list, of these segments (none: an empty paragraph) and marks. */
	public CTP paragraph(List<Segment> segments, List<Mark> marks) {
		endLists();
		CTP p = body.addNewP();
		segments(p, segments, marks);
		return p;
	}

	/** What follows is not in the list before it (a heading, another part). */
	public void endLists() {
		lists.clear();
	}

	private void prepare(CTP p, BlockDiff b) {
		if (b.shape().equals("heading")) {
			style(p, subheadingStyle);
			endLists();
		} else if (b.listStyle() != null) {
			listParagraph(p, b);
		} else {
			endLists();
		}
		if (b.kind() == BlockDiff.Kind.INSERTED) {
			markParagraph(p, true);
		} else if (b.kind() == BlockDiff.Kind.DELETED) {
			markParagraph(p, false);
		}
	}

	/**
	 * A list paragraph: numbered (or bulleted) on its level when it opens its item, indented like the item's text
	 * when it continues it. Each list, nested ones too, is its own Word numbering, so a nested list neither restarts
	 * nor changes the style of the list around it.
	 */
	private void listParagraph(CTP p, BlockDiff b) {
		style(p, "ListParagraph");
		int level = Math.max(0, Math.min(b.level(), MAX_LEVEL));
		while (lists.size() > level + 1) {
			lists.remove(lists.size() - 1);
		}
		OpenList open = lists.size() > level ? lists.get(level) : null;
		if (open == null || b.opensList() || open.style() != b.listStyle()) {
			open = new OpenList(newNum(b.listStyle(), level, b.listStartNumber()), b.listStyle());
			while (lists.size() <= level) {
				lists.add(null);
			}
			lists.set(level, open);
		}
		CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
		if (b.opensItem()) {
			var numPr = ppr.addNewNumPr();
			numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
			numPr.addNewNumId().setVal(open.num());
		} else {
			ppr.addNewInd().setLeft(BigInteger.valueOf(indent(level)));
		}
	}

	private static long indent(int level) {
		return 720L * (level + 1);
	}

	/** A table of a comparison: header rows repeated on each page, inserted and deleted rows tracked. */
	public CTTbl table(BlockDiff b, CellMarks marks) {
		endLists();
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
		List<RowDiff> rows = b.rows();
		for (int ri = 0; ri < rows.size(); ri++) {
			RowDiff r = rows.get(ri);
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
			for (int ci = 0; ci < r.cells().size(); ci++) {
				CTP p = row.addNewTc().addNewP();
				if (inserted || deleted) {
					markParagraph(p, inserted);
				}
				segments(p, r.cells().get(ci), marks.of(ri, ci));
			}
		}
		return tbl;
	}

	// ------------------------------------------------------------------ words, changes and marks

	/**
	 * Writes the segments into the paragraph with the marks among them: a mark goes before the text at its offset
	 * (offsets count the text that reads with every change accepted), runs are split where a mark falls inside one.
	 * Consecutive text with one link goes into one hyperlink when links are hyperlinks.
	 */
	public void segments(CTP p, List<Segment> segments, List<Mark> marks) {
		List<Mark> pending = new ArrayList<>(marks);
		pending.sort(Mark.ORDER);
		Writer w = new Writer(p, pending);
		int at = 0;
		for (Segment s : segments) {
			if (s.op() == Segment.Op.DELETE) {
				w.marksUpTo(at);
				w.link(s.oldFormat().link());
				w.deleted(s.text(), s.oldFormat());
				continue;
			}
			if (s.op() == Segment.Op.FORMAT && hyperlinks && !java.util.Objects.equals(s.oldFormat().link(), s.newFormat().link())) {
				// a link cannot be a formatting revision: the text with the old link deleted, with the new inserted
				w.marksUpTo(at);
				w.link(s.oldFormat().link());
				w.deleted(s.text(), s.oldFormat());
				at = w.pieces(Segment.Op.INSERT, s.text(), s.newFormat(), s.newFormat(), at);
				continue;
			}
			at = w.pieces(s.op(), s.text(), s.oldFormat(), s.newFormat(), at);
		}
		w.marksUpTo(Integer.MAX_VALUE);
	}

	/** Writes into a paragraph, opening and closing hyperlinks as the link changes. */
	private final class Writer {
		private final CTP p;
		private final List<Mark> pending;
		private CTHyperlink link;
		private String linkTarget;

		Writer(CTP p, List<Mark> pending) {
			this.p = p;
			this.pending = pending;
		}

		/** Writes the text split at the marks inside it; returns the offset after it. */
		int pieces(Segment.Op op, String text, Format oldFormat, Format newFormat, int at) {
			int from = 0;
			while (from < text.length()) {
				marksUpTo(at + from);
				int to = text.length();
				if (!pending.isEmpty() && pending.get(0).offset() < at + to) {
					to = pending.get(0).offset() - at;
				}
				String piece = text.substring(from, to);
				link(newFormat.link());
				switch (op) {
				case EQUAL -> run(piece, newFormat);
				case INSERT -> {
					CTRunTrackChange ins = link != null ? link.addNewIns() : p.addNewIns();
					stamp(ins);
					CTR r = ins.addNewR();
					format(r, newFormat);
					text(r, piece);
				}
				default -> {
					CTR r = run(piece, newFormat);
					CTRPr rpr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
					CTRPrChange change = rpr.addNewRPrChange();
					stamp(change);
					formatOriginal(change.addNewRPr(), oldFormat);
				}
				}
				from = to;
			}
			return at + text.length();
		}

		void deleted(String text, Format format) {
			CTRunTrackChange del = link != null ? link.addNewDel() : p.addNewDel();
			stamp(del);
			CTR r = del.addNewR();
			format(r, format);
			CTText t = r.addNewDelText();
			t.setStringValue(text);
			t.setSpace(SpaceAttribute.Space.PRESERVE);
		}

		private CTR run(String text, Format format) {
			CTR r = link != null ? link.addNewR() : p.addNewR();
			format(r, format);
			text(r, text);
			return r;
		}

		/** Puts what follows in a hyperlink to the target (none: in the paragraph itself). */
		void link(String target) {
			String wanted = hyperlinks ? target : null;
			if (java.util.Objects.equals(wanted, linkTarget)) {
				return;
			}
			linkTarget = wanted;
			link = wanted == null ? null : hyperlink(p, wanted);
		}

		void marksUpTo(int offset) {
			while (!pending.isEmpty() && pending.get(0).offset() <= offset) {
				Mark m = pending.remove(0);
				if (m.offset() == Integer.MAX_VALUE || m.kind() == MarkKind.BOOKMARK_END) {
					link(null); // the end of a paragraph's text is outside any hyperlink
				}
				mark(m);
			}
		}

		private void mark(Mark m) {
			switch (m.kind()) {
			case BOOKMARK_START -> {
				var start = link != null ? link.addNewBookmarkStart() : p.addNewBookmarkStart();
				start.setId(m.id());
				start.setName(m.name());
			}
			case BOOKMARK_END -> (link != null ? link.addNewBookmarkEnd() : p.addNewBookmarkEnd()).setId(m.id());
			case COMMENT_START -> {
				CTMarkupRange start = link != null ? link.addNewCommentRangeStart() : p.addNewCommentRangeStart();
				start.setId(m.id());
			}
			case COMMENT_END -> {
				(link != null ? link.addNewCommentRangeEnd() : p.addNewCommentRangeEnd()).setId(m.id());
				(link != null ? link.addNewR() : p.addNewR()).addNewCommentReference().setId(m.id());
			}
			}
		}
	}

	/** A hyperlink to a web address (by relationship) or to a place in the document ({@code #name}). */
	private CTHyperlink hyperlink(CTP p, String target) {
		CTHyperlink h = p.addNewHyperlink();
		if (target.startsWith("#")) {
			h.setAnchor(target.substring(1));
		} else {
			String id = linkRelations.computeIfAbsent(target, t -> {
				try {
					new URI(t);
					return doc.getPackagePart().addExternalRelationship(t, XWPFRelation.HYPERLINK.getRelation())
							.getId();
				} catch (URISyntaxException | IllegalArgumentException e) {
					return ""; // not an address Word can open: the text keeps the link's look
				}
			});
			if (!id.isEmpty()) {
				h.setId(id);
			}
		}
		return h;
	}

	// ------------------------------------------------------------------ pieces

	public CTRunTrackChange ins(CTP p) {
		CTRunTrackChange ins = p.addNewIns();
		stamp(ins);
		return ins;
	}

	public CTRunTrackChange del(CTP p) {
		CTRunTrackChange del = p.addNewDel();
		stamp(del);
		return del;
	}

	/** A deleted run of text. */
	public void deletedText(CTP p, String text) {
		CTText t = del(p).addNewR().addNewDelText();
		t.setStringValue(text);
		t.setSpace(SpaceAttribute.Space.PRESERVE);
	}

	/** Gives the revision its id, author and date. */
	public void stamp(CTTrackChange change) {
		change.setId(BigInteger.valueOf(revisionId++));
		change.setAuthor(author);
		// as Word writes it: whole seconds, UTC (an xsd:dateTime with milliseconds is valid but unusual)
		try (XmlCursor cursor = change.newCursor()) {
			cursor.setAttributeText(new QName(W, "date"), dateText);
		}
	}

	/** The paragraph mark as inserted or deleted, so accepting or rejecting removes the paragraph itself. */
	public void markParagraph(CTP p, boolean inserted) {
		CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
		CTParaRPr rpr = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
		stamp(inserted ? rpr.addNewIns() : rpr.addNewDel());
	}

	/** A run of the text with that formatting (a link as the link's look). */
	public CTR run(CTP p, String text, Format format) {
		CTR r = p.addNewR();
		format(r, format);
		text(r, text);
		return r;
	}

	public static void text(CTR r, String text) {
		CTText t = r.addNewT();
		t.setStringValue(text);
		t.setSpace(SpaceAttribute.Space.PRESERVE);
	}

	private void format(CTR r, Format f) {
		if (f.isPlain()) {
			return;
		}
		CTRPr rpr = r.addNewRPr();
		if (hyperlinks && f.link() != null) {
			rpr.addNewRStyle().setVal("Hyperlink");
		}
		if (f.bold()) {
			rpr.addNewB();
		}
		if (f.italic()) {
			rpr.addNewI();
		}
		if (f.link() != null && !hyperlinks) {
			rpr.addNewColor().setVal(LINK_COLOR);
		}
		if (f.underline() || (f.link() != null && !hyperlinks)) {
			rpr.addNewU().setVal(STUnderline.SINGLE);
		}
	}

	private void formatOriginal(CTRPrOriginal rpr, Format f) {
		if (hyperlinks && f.link() != null) {
			rpr.addNewRStyle().setVal("Hyperlink");
		}
		if (f.bold()) {
			rpr.addNewB();
		}
		if (f.italic()) {
			rpr.addNewI();
		}
		if (f.link() != null && !hyperlinks) {
			rpr.addNewColor().setVal(LINK_COLOR);
		}
		if (f.underline() || (f.link() != null && !hyperlinks)) {
			rpr.addNewU().setVal(STUnderline.SINGLE);
		}
	}

	public static void style(CTP p, String style) {
		CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
		ppr.addNewPStyle().setVal(style);
	}

	// ------------------------------------------------------------------ styles and numbering

	/** Normal, Heading 1 to 3, List Paragraph and the Hyperlink character style. */
	public void styles() {
		XWPFStyles styles = doc.createStyles();
		CTStyles ct = CTStyles.Factory.newInstance();
		style(ct, "Normal", "Normal", null, false, 22);
		style(ct, "Heading1", "heading 1", "Normal", true, 28);
		style(ct, "Heading2", "heading 2", "Normal", true, 24);
		style(ct, "Heading3", "heading 3", "Normal", true, 22);
		style(ct, "ListParagraph", "List Paragraph", "Normal", false, 22);
		CTStyle link = ct.addNewStyle();
		link.setType(STStyleType.CHARACTER);
		link.setStyleId("Hyperlink");
		link.addNewName().setVal("Hyperlink");
		CTRPr rpr = link.addNewRPr();
		rpr.addNewColor().setVal(LINK_COLOR);
		rpr.addNewU().setVal(STUnderline.SINGLE);
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

	/** A new Word list of that style, on its own abstract numbering, counting from {@code start} on its level. */
	private BigInteger newNum(ListStyle style, int level, int start) {
		if (numbering == null) {
			numbering = doc.createNumbering();
		}
		CTAbstractNum a = CTAbstractNum.Factory.newInstance();
		BigInteger aid = BigInteger.valueOf(++abstractNums);
		a.setAbstractNumId(aid);
		for (int l = 0; l <= MAX_LEVEL; l++) {
			CTLvl lvl = a.addNewLvl();
			lvl.setIlvl(BigInteger.valueOf(l));
			lvl.addNewStart().setVal(BigInteger.valueOf(l == level ? Math.max(start, 0) : 1));
			STNumberFormat.Enum format = switch (style == null ? ListStyle.BULLET : style) {
			case BULLET -> STNumberFormat.BULLET;
			case DECIMAL -> STNumberFormat.DECIMAL;
			case LOWER_ALPHA -> STNumberFormat.LOWER_LETTER;
			case LOWER_ROMAN -> STNumberFormat.LOWER_ROMAN;
			};
			lvl.addNewNumFmt().setVal(format);
			lvl.addNewLvlText().setVal(style == ListStyle.BULLET || style == null ? "\u2022" : "%" + (l + 1) + ".");
			var ind = lvl.addNewPPr().addNewInd();
			ind.setLeft(BigInteger.valueOf(indent(l)));
			ind.setHanging(BigInteger.valueOf(360));
		}
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(a, numbering));
		return numbering.addNum(abstractId);
	}
}
