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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.review.internal.DocxSchemas;
import org.sdstudio.review.internal.WordWriter;

/**
 * The blackline as a Word document with real tracked changes (Apache POI, WordprocessingML): the new text, each
 * insertion a {@code w:ins} and each deletion a {@code w:del} with author and date, formatting changes as
 * {@code w:rPrChange}, inserted and deleted paragraphs with their paragraph marks tracked, table rows inserted and
 * deleted as row revisions, parts as Heading 1, subheadings as Heading 2, lists as Word numbering, and the review
 * comments of the compared parts as Word comments on the paragraph that holds their passage. Accepting all the
 * changes gives the new text, rejecting all gives the old. Links are kept as text with the link's look.
 */
public final class BlacklineDocx {

	private final WordWriter w;
	private final XWPFDocument doc;
	private final CTBody body;
	private XWPFComments comments;
	private int commentId;

	private BlacklineDocx(String author, Instant date) {
		this.w = new WordWriter(author, date, "Heading2", false);
		this.doc = w.document();
		this.body = w.body();
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
	 * Validates a written .docx against the OOXML schemas (XMLBeans): the document part, and the styles, numbering,
	 * settings and comments parts where present, with the bookmarks, comment ranges, extended comments and custom XML
	 * parts checked for what the schemas cannot say. Returns the errors, each with the part it is in; empty when
	 * valid.
	 */
	public static List<String> schemaErrors(java.io.InputStream docx) throws IOException {
		return DocxSchemas.errors(docx);
	}

	private void document(FilingComparison c, Map<String, List<ReviewComment>> partComments) {
		w.styles();
		CTP notice = body.addNewP();
		w.run(notice, "Blackline for review: " + c.newLabel() + " against " + c.oldLabel()
				+ ". Not an EDGAR document; not to be filed.", Format.PLAIN).addNewRPr().addNewI();
		for (FieldChange f : c.fields()) {
			CTP p = body.addNewP();
			w.run(p, f.field() + ": ", Format.PLAIN);
			if (!f.oldValue().isEmpty()) {
				w.deletedText(p, f.oldValue());
			}
			if (!f.newValue().isEmpty()) {
				WordWriter.text(w.ins(p).addNewR(), f.newValue());
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
		WordWriter.style(heading, "Heading1");
		List<BigInteger> headingComments = new java.util.ArrayList<>();
		for (ReviewComment comment : on.getOrDefault(-1, List.of())) {
			BigInteger id = comment(comment);
			heading.addNewCommentRangeStart().setId(id);
			headingComments.add(id);
		}
		if (part.status() == PartDiff.Status.ADDED) {
			w.markParagraph(heading, true);
			WordWriter.text(w.ins(heading).addNewR(), title(part.newTitle(), part.label()));
		} else if (part.status() == PartDiff.Status.REMOVED) {
			w.markParagraph(heading, false);
			w.deletedText(heading, title(part.oldTitle(), part.label()));
		} else if (part.titleChanged()) {
			w.deletedText(heading, part.oldTitle());
			WordWriter.text(w.ins(heading).addNewR(), part.newTitle());
		} else {
			w.run(heading, title(part.newTitle(), part.label()), Format.PLAIN);
		}
		headingComments.forEach(id -> end(heading, id));
		w.endLists();
		for (int i = 0; i < blocks.size(); i++) {
			BlockDiff b = blocks.get(i);
			if (b.isTable()) {
				w.table(b, WordWriter.CellMarks.NONE);
			} else {
				// the comments span the paragraph that holds their passage
				List<WordWriter.Mark> marks = new java.util.ArrayList<>();
				for (ReviewComment comment : on.getOrDefault(i, List.of())) {
					BigInteger id = comment(comment);
					marks.add(WordWriter.Mark.commentStart(-1, id));
					marks.add(WordWriter.Mark.commentEnd(Integer.MAX_VALUE, id));
				}
				w.paragraph(b, marks);
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
}
