package org.sdstudio.review.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.StructuredText;
import org.sdstudio.review.CommentAnchor;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.BlockDiff;
import org.sdstudio.review.compare.Format;
import org.sdstudio.review.compare.RowDiff;
import org.sdstudio.review.compare.Segment;
import org.sdstudio.review.compare.TextCompare;
import org.sdstudio.review.compare.TextComparison;
import org.sdstudio.review.internal.DocxSchemas;
import org.sdstudio.review.internal.WordWriter;
import org.sdstudio.review.internal.WordWriter.Mark;
import org.sdstudio.review.internal.WordWriter.MarkKind;

/**
 * The filing's parts as a Word document made for review by counsel: a notice on top, then for each part a heading
 * (Heading 1, Heading 2 for a subsection) and the part's text between the bookmarks {@link SentRecord#bookmark(int)}
 * (subheadings, lists as Word numbering, tables with their header rows, bold, italic, underline, links as
 * hyperlinks; Annex A as a table). Track changes is switched on. The open review comments become Word comments on
 * their passages, their replies Word replies (linked in the extended comments part, as Word 2013 and later keep
 * them). With {@link Options#sinceApproval()}, what changed in a part since its approval shows as tracked changes
 * by {@value #SINCE_APPROVAL_AUTHOR}, so accepting them all gives the current text. What was sent, each part's id,
 * bookmark and exact current text, is kept in the document as a custom XML part ({@link SentRecord}), for the
 * import to compare counsel's document against.
 */
public final class ReviewDocx {

	/**
	 * @param sentBy who sends the document: its author in the document's properties, named in the notice
	 * @param sentAt when it is sent
	 * @param filingName what the notice and the document title call the filing (its file name)
	 * @param sinceApproval show each part's changes since its approval as tracked changes
	 */
	public record Options(String sentBy, Instant sentAt, String filingName, boolean sinceApproval) {
		public Options {
			java.util.Objects.requireNonNull(sentBy, "sentBy");
			java.util.Objects.requireNonNull(sentAt, "sentAt");
			java.util.Objects.requireNonNull(filingName, "filingName");
		}
	}

	/** The author of the tracked changes that show what changed since approval. */
	public static final String SINCE_APPROVAL_AUTHOR = "Changes since approval";

	private static final String COMMENTS_TYPE =
			"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
	private static final String COMMENTS_EXTENDED_TYPE =
			"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml";
	private static final String CUSTOM_XML_PROPS_TYPE =
			"application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
	private static final String W = WordWriter.W;
	/** The first Word 2010 paragraph id given to a comment paragraph (ids stay below 0x80000000). */
	private static final int FIRST_PARA_ID = 0x10000001;

	private final Options options;
	private final WordWriter w;
	private final List<WordComment> comments = new ArrayList<>();
	private int nextCommentId;

	/** A Word comment to write: a thread's top comment or one of its replies (then with its parent's paragraph id). */
	private record WordComment(BigInteger id, ReviewComment comment, String paraId, String parentParaId) {
	}

	/** Where a stretch of a part's plain text is written: a paragraph, or a table cell (row and cell from 0). */
	private record Place(int block, int row, int cell, int start, int length) {
		String key() {
			return block + "/" + row + "/" + cell;
		}
	}

	private ReviewDocx(Options options) {
		this.options = options;
		this.w = new WordWriter(SINCE_APPROVAL_AUTHOR, options.sentAt(), "Heading3", true);
	}

	/** Every part of the filing in reading order: the Form SD items, every report section and subsection, Annex A. */
	public static List<ReviewPart> defaultParts(Filing filing) {
		return ReviewParts.of(filing);
	}

	/**
	 * Writes the review document.
	 *
	 * @param parts the parts to send, in the order they appear (each once, parts of this filing)
	 * @throws IOException when writing fails, or when a text holds a character a Word document cannot (a control
	 *             character; the validator reports those)
	 */
	public static void write(Filing filing, List<ReviewPart> parts, Options options, OutputStream out)
			throws IOException {
		Set<String> ids = new HashSet<>();
		for (ReviewPart part : parts) {
			if (!ids.add(part.id())) {
				throw new IllegalArgumentException("the part " + part.id() + " is given twice");
			}
			if (!EcoreUtil.isAncestor(filing, part.owner())) {
				throw new IllegalArgumentException("the part " + part.id() + " is not a part of this filing");
			}
			refuseUnwritable(part);
		}
		ReviewDocx d = new ReviewDocx(options);
		try (XWPFDocument doc = d.w.document()) {
			SentRecord sent = d.document(parts);
			d.finish(sent);
			doc.write(out);
		} catch (InvalidFormatException e) {
			throw new IOException("the review document's parts could not be put together: " + e.getMessage(), e);
		}
	}

	/**
	 * Validates a written review document: every part against the OOXML schemas, bookmarks and comment ranges,
	 * replies and custom XML (see {@code BlacklineDocx.schemaErrors}); empty when valid.
	 */
	public static List<String> schemaErrors(InputStream docx) throws IOException {
		return DocxSchemas.errors(docx);
	}

	// ------------------------------------------------------------------ the body

	private SentRecord document(List<ReviewPart> parts) {
		w.styles();
		CTP notice = w.body().addNewP();
		// a style of its own: the reader takes text between parts in a paragraph style as SD Studio's, not counsel's
		WordWriter.style(notice, "Subtitle");
		w.run(notice, notice(), Format.PLAIN).addNewRPr().addNewI();
		List<SentRecord.SentPart> sent = new ArrayList<>();
		int n = 1;
		for (ReviewPart part : parts) {
			CTP heading = w.body().addNewP();
			WordWriter.style(heading, isSubsection(part) ? "Heading2" : "Heading1");
			closePart(heading, n - 1);
			w.run(heading, part.label(), Format.PLAIN);
			w.endLists();
			StructuredText text = part.text();
			part(part, comparison(part, text), BigInteger.valueOf(n), SentRecord.bookmark(n));
			sent.add(new SentRecord.SentPart(part.id(), SentRecord.bookmark(n), part.label(), text));
			n++;
		}
		// an empty closing paragraph holds the last part's end, so that the last part too can grow at its end
		closePart(w.body().addNewP(), n - 1);
		return new SentRecord(options.filingName(), options.sentBy(), options.sentAt(), List.copyOf(sent));
	}

	private String notice() {
		String at = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm 'UTC'", Locale.US)
				.format(options.sentAt().atOffset(ZoneOffset.UTC));
		return "Review copy of " + options.filingName() + ", sent for review by " + options.sentBy() + " on " + at
				+ " from SD Studio. Not an EDGAR document; not to be filed. Track changes is on: please keep it on, "
				+ "make your edits as tracked changes and your remarks as comments. Each part's text follows its "
				+ "heading between bookmarks: keep the bookmarks and do not edit the headings, so that your changes "
				+ "can be brought back into the filing part by part."
				+ (options.sinceApproval() ? " What changed in a part since it was approved is shown as tracked "
						+ "changes by \"" + SINCE_APPROVAL_AUTHOR + "\"; rejecting one proposes to undo that change."
						: "");
	}

	private static boolean isSubsection(ReviewPart part) {
		return part.kind() == ReviewPart.Kind.SECTION && part.section().eContainer() instanceof ReportSection;
	}

	/** The text against its approved revision when asked for and it changed since; else the text as it is. */
	private TextComparison comparison(ReviewPart part, StructuredText text) {
		if (options.sinceApproval()) {
			PartStatus status = Reviews.status(part);
			if (status.approved() != null && status.changedSinceApproval()) {
				return TextCompare.compare(status.approved().getSnapshot(), text);
			}
		}
		return TextCompare.compare(text, text);
	}

	/**
	 * Ends the bookmark of part {@code n} (none when 0) at the start of the paragraph after it (the next heading),
	 * not at the end of its own text: a paragraph counsel adds after a part's last paragraph, or after its table,
	 * is then inside the part (Word leaves text typed at a bookmark's end outside it).
	 */
	private static void closePart(CTP next, int n) {
		if (n > 0) {
			next.addNewBookmarkEnd().setId(BigInteger.valueOf(n));
		}
	}

	/** The part's blocks after its bookmark's start, with its open comments on their passages. */
	private void part(ReviewPart part, TextComparison c, BigInteger bookmarkId, String bookmarkName) {
		List<BlockDiff> blocks = c.blocks();
		List<Place> places = places(blocks);
		Map<String, List<Mark>> marks = new HashMap<>();
		String plain = part.plainText();
		for (ReviewComment thread : Reviews.threads(part)) {
			if (!thread.isResolved()) {
				comment(part, thread, plain, places, blocks, marks);
			}
		}
		Mark start = new Mark(-1, MarkKind.BOOKMARK_START, bookmarkId, bookmarkName);
		if (blocks.isEmpty()) {
			List<Mark> all = new ArrayList<>(marks.getOrDefault(new Place(0, -1, -1, 0, 0).key(), List.of()));
			all.add(start);
			w.paragraph(List.of(), all);
			return;
		}
		for (int i = 0; i < blocks.size(); i++) {
			BlockDiff b = blocks.get(i);
			int block = i;
			if (b.isTable()) {
				if (i == 0) {
					var s = w.body().addNewBookmarkStart();
					s.setId(bookmarkId);
					s.setName(bookmarkName);
				}
				w.table(b, (row, cell) -> marks.getOrDefault(new Place(block, row, cell, 0, 0).key(), List.of()));
			} else {
				List<Mark> here = new ArrayList<>(marks.getOrDefault(new Place(i, -1, -1, 0, 0).key(), List.of()));
				if (i == 0) {
					here.add(start);
				}
				w.paragraph(b, here);
			}
		}
	}

	/**
	 * Where each stretch of the part's plain text ({@code StructuredTexts.plainText}: a paragraph's text and a line
	 * break; each cell's text and a tab, a line break after each row) is written; deleted blocks and rows hold none.
	 */
	private static List<Place> places(List<BlockDiff> blocks) {
		List<Place> places = new ArrayList<>();
		int at = 0;
		for (int i = 0; i < blocks.size(); i++) {
			BlockDiff b = blocks.get(i);
			if (b.kind() == BlockDiff.Kind.DELETED) {
				continue;
			}
			if (!b.isTable()) {
				int length = length(b.segments());
				places.add(new Place(i, -1, -1, at, length));
				at += length + 1;
				continue;
			}
			List<RowDiff> rows = b.rows();
			for (int r = 0; r < rows.size(); r++) {
				if (rows.get(r).kind() == BlockDiff.Kind.DELETED) {
					continue;
				}
				List<List<Segment>> cells = rows.get(r).cells();
				for (int k = 0; k < cells.size(); k++) {
					int length = length(cells.get(k));
					places.add(new Place(i, r, k, at, length));
					at += length + 1;
				}
				at++;
			}
		}
		return places;
	}

	/** The length of the text as it reads with every change accepted. */
	private static int length(List<Segment> segments) {
		int n = 0;
		for (Segment s : segments) {
			if (s.op() != Segment.Op.DELETE) {
				n += s.text().length();
			}
		}
		return n;
	}

	/**
	 * The thread as Word comments: the top comment and each reply, all on the passage (found again in the current
	 * text as the studio finds it); a comment on the whole part, or one whose passage is gone, on its first paragraph.
	 */
	private void comment(ReviewPart part, ReviewComment thread, String plain, List<Place> places,
			List<BlockDiff> blocks, Map<String, List<Mark>> marks) {
		CommentAnchor anchor = Reviews.anchor(part, thread);
		Place from = null;
		Place to = null;
		int start = 0;
		int end = 0;
		if ((anchor.status() == CommentAnchor.Status.FOUND || anchor.status() == CommentAnchor.Status.CHANGED)
				&& anchor.end() <= plain.length()) {
			from = at(places, anchor.start());
			to = at(places, Math.max(anchor.start(), anchor.end()));
			if (from != null && to != null) {
				start = anchor.start() - from.start();
				end = Math.max(anchor.start(), anchor.end()) - to.start();
			}
		}
		if (from == null || to == null) {
			// the whole part: its first paragraph (or cell), else the first block, whatever it holds
			Place first = places.isEmpty() ? firstBlock(blocks) : places.get(0);
			from = first;
			to = first;
			start = places.isEmpty() ? -1 : 0;
			end = places.isEmpty() ? Integer.MAX_VALUE : first.length();
		}
		int startOffset = start;
		int endOffset = end;
		Place first = from;
		Place last = to;
		List<ReviewComment> all = new ArrayList<>();
		all.add(thread);
		replies(thread, all);
		String parentParaId = null;
		for (ReviewComment c : all) {
			BigInteger id = BigInteger.valueOf(nextCommentId++);
			String paraId = String.format("%08X", FIRST_PARA_ID + comments.size());
			comments.add(new WordComment(id, c, paraId, parentParaId));
			if (parentParaId == null) {
				parentParaId = paraId;
			}
			marks.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(Mark.commentStart(startOffset, id));
			marks.computeIfAbsent(last.key(), k -> new ArrayList<>()).add(Mark.commentEnd(endOffset, id));
		}
	}

	private static Place firstBlock(List<BlockDiff> blocks) {
		if (blocks.isEmpty()) {
			return new Place(0, -1, -1, 0, 0);
		}
		BlockDiff b = blocks.get(0);
		return b.isTable() && !b.rows().isEmpty() && !b.rows().get(0).cells().isEmpty() ? new Place(0, 0, 0, 0, 0)
				: new Place(0, -1, -1, 0, 0);
	}

	/** Replies and replies to replies, in the order they were written into the thread. */
	private static void replies(ReviewComment comment, List<ReviewComment> into) {
		for (ReviewComment reply : comment.getReplies()) {
			into.add(reply);
			replies(reply, into);
		}
	}

	/** The paragraph or cell whose text holds the offset (its end included). */
	private static Place at(List<Place> places, int offset) {
		for (Place p : places) {
			if (offset >= p.start() && offset <= p.start() + p.length()) {
				return p;
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ the package

	/** Comments, replies, the sent record, track changes on, the document's properties. */
	private void finish(SentRecord sent) throws IOException, InvalidFormatException {
		XWPFDocument doc = w.document();
		OPCPackage pkg = doc.getPackage();
		PackagePart main = doc.getPackagePart();
		if (!comments.isEmpty()) {
			PackagePartName name = PackagingURIHelper.createPartName("/word/comments.xml");
			write(pkg.createPart(name, COMMENTS_TYPE), commentsXml());
			main.addRelationship(name, TargetMode.INTERNAL, XWPFRelation.COMMENT.getRelation());
			PackagePartName extended = PackagingURIHelper.createPartName("/word/commentsExtended.xml");
			write(pkg.createPart(extended, COMMENTS_EXTENDED_TYPE), commentsExtendedXml());
			main.addRelationship(extended, TargetMode.INTERNAL, DocxSchemas.COMMENTS_EXTENDED_RELATION);
		}
		PackagePartName item = PackagingURIHelper.createPartName("/customXml/item1.xml");
		PackagePart itemPart = pkg.createPart(item, "application/xml");
		write(itemPart, sent.toXml());
		PackagePartName props = PackagingURIHelper.createPartName("/customXml/itemProps1.xml");
		write(pkg.createPart(props, CUSTOM_XML_PROPS_TYPE), itemProps());
		itemPart.addRelationship(props, TargetMode.INTERNAL, DocxSchemas.CUSTOM_XML_PROPS_RELATION);
		main.addRelationship(item, TargetMode.INTERNAL, DocxSchemas.CUSTOM_XML_RELATION);

		doc.setTrackRevisions(true);
		POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
		core.setCreator(options.sentBy());
		core.setLastModifiedByUser(options.sentBy());
		core.setTitle("Review copy: " + options.filingName());
		Date when = Date.from(options.sentAt().truncatedTo(ChronoUnit.SECONDS));
		core.setCreated(Optional.of(when));
		core.setModified(Optional.of(when));
	}

	private static void write(PackagePart part, byte[] bytes) throws IOException {
		try (OutputStream out = part.getOutputStream()) {
			out.write(bytes);
		}
	}

	/** The comments part: each comment's text in paragraphs, the last with its Word 2010 paragraph id. */
	private byte[] commentsXml() {
		return xml(x -> {
			x.writeStartElement("w", "comments", W);
			x.writeNamespace("w", W);
			x.writeNamespace("w14", DocxSchemas.W14);
			x.writeNamespace("mc", DocxSchemas.MC);
			x.writeAttribute("mc", DocxSchemas.MC, "Ignorable", "w14");
			for (WordComment c : comments) {
				ReviewComment comment = c.comment();
				x.writeStartElement("w", "comment", W);
				x.writeAttribute("w", W, "id", c.id().toString());
				x.writeAttribute("w", W, "author", nullToEmpty(comment.getAuthor()));
				if (comment.getTimestamp() != null) {
					x.writeAttribute("w", W, "date", comment.getTimestamp().truncatedTo(ChronoUnit.SECONDS).toString());
				}
				x.writeAttribute("w", W, "initials", initials(comment.getAuthor()));
				List<String> paragraphs = nullToEmpty(comment.getText()).lines().toList();
				if (paragraphs.isEmpty()) {
					paragraphs = List.of("");
				}
				for (int i = 0; i < paragraphs.size(); i++) {
					x.writeStartElement("w", "p", W);
					if (i == paragraphs.size() - 1) {
						x.writeAttribute("w14", DocxSchemas.W14, "paraId", c.paraId());
						x.writeAttribute("w14", DocxSchemas.W14, "textId", "77777777");
					}
					if (i == 0) {
						x.writeStartElement("w", "r", W);
						x.writeEmptyElement("w", "annotationRef", W);
						x.writeEndElement();
					}
					x.writeStartElement("w", "r", W);
					x.writeStartElement("w", "t", W);
					x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
					x.writeCharacters(paragraphs.get(i));
					x.writeEndElement();
					x.writeEndElement();
					x.writeEndElement();
				}
				x.writeEndElement();
			}
			x.writeEndElement();
		});
	}

	/** The extended comments part: a reply names its thread's comment; nothing sent is done (resolved). */
	private byte[] commentsExtendedXml() {
		return xml(x -> {
			x.writeStartElement("w15", "commentsEx", DocxSchemas.W15);
			x.writeNamespace("w15", DocxSchemas.W15);
			x.writeNamespace("mc", DocxSchemas.MC);
			x.writeAttribute("mc", DocxSchemas.MC, "Ignorable", "w15");
			for (WordComment c : comments) {
				x.writeEmptyElement("w15", "commentEx", DocxSchemas.W15);
				x.writeAttribute("w15", DocxSchemas.W15, "paraId", c.paraId());
				if (c.parentParaId() != null) {
					x.writeAttribute("w15", DocxSchemas.W15, "paraIdParent", c.parentParaId());
				}
				x.writeAttribute("w15", DocxSchemas.W15, "done", c.comment().isResolved() ? "1" : "0");
			}
			x.writeEndElement();
		});
	}

	/** The custom XML part's properties: its item id (the same for the same filing name and time) and schema. */
	private byte[] itemProps() {
		String itemId = "{" + UUID.nameUUIDFromBytes((options.filingName() + "\n" + options.sentAt())
				.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT) + "}";
		return xml(x -> {
			x.writeStartElement("ds", "datastoreItem", DocxSchemas.DS);
			x.writeNamespace("ds", DocxSchemas.DS);
			x.writeAttribute("ds", DocxSchemas.DS, "itemID", itemId);
			x.writeStartElement("ds", "schemaRefs", DocxSchemas.DS);
			x.writeEmptyElement("ds", "schemaRef", DocxSchemas.DS);
			x.writeAttribute("ds", DocxSchemas.DS, "uri", SentRecord.NAMESPACE);
			x.writeEndElement();
			x.writeEndElement();
		});
	}

	private interface XmlBody {
		void write(XMLStreamWriter x) throws XMLStreamException;
	}

	private static byte[] xml(XmlBody body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			x.writeStartDocument("UTF-8", "1.0");
			body.write(x);
			x.writeEndDocument();
			x.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("writing a part of the review document", e);
		}
		return out.toByteArray();
	}

	/** "JM" for "Jonathan Morrow (outside counsel)": the first letters of the name's words, before any remark. */
	static String initials(String author) {
		String name = nullToEmpty(author);
		int remark = name.indexOf('(');
		if (remark > 0) {
			name = name.substring(0, remark);
		}
		StringBuilder sb = new StringBuilder();
		for (String word : name.strip().split("[\\s.]+")) {
			if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && sb.length() < 8) {
				sb.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
			}
		}
		return sb.toString();
	}

	// ------------------------------------------------------------------ what Word cannot hold

	/** A character XML 1.0 cannot carry (a control character) in the part's text or its open comments. */
	private static void refuseUnwritable(ReviewPart part) throws IOException {
		check(part, "text", part.plainText());
		for (ReviewComment c : Reviews.allComments(part)) {
			check(part, "comment " + c.getId(), nullToEmpty(c.getText()) + nullToEmpty(c.getAuthor()));
		}
		check(part, "label", part.label());
	}

	private static void check(ReviewPart part, String where, String s) throws IOException {
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			boolean surrogate = Character.isSurrogate(ch);
			if (surrogate && Character.isHighSurrogate(ch) && i + 1 < s.length()
					&& Character.isLowSurrogate(s.charAt(i + 1))) {
				i++;
				continue;
			}
			if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0xFFFE || ch == 0xFFFF || surrogate) {
				throw new IOException("the " + where + " of " + part.label() + " holds the control character U+"
						+ String.format("%04X", (int) ch) + ", which a Word document cannot hold; 'sdstudio validate' "
						+ "finds it.");
			}
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
