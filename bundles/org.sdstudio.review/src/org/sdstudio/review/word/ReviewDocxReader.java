package org.sdstudio.review.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.sdstudio.review.word.ReturnedBody.BookmarkEnd;
import org.sdstudio.review.word.ReturnedBody.BookmarkStart;
import org.sdstudio.review.word.ReturnedBody.CellEnd;
import org.sdstudio.review.word.ReturnedBody.CellStart;
import org.sdstudio.review.word.ReturnedBody.CommentEnd;
import org.sdstudio.review.word.ReturnedBody.CommentRef;
import org.sdstudio.review.word.ReturnedBody.CommentStart;
import org.sdstudio.review.word.ReturnedBody.ParaEnd;
import org.sdstudio.review.word.ReturnedBody.ParaProps;
import org.sdstudio.review.word.ReturnedBody.ParaStart;
import org.sdstudio.review.word.ReturnedBody.Revision;
import org.sdstudio.review.word.ReturnedBody.RowEnd;
import org.sdstudio.review.word.ReturnedBody.RowStart;
import org.sdstudio.review.word.ReturnedBody.TableEnd;
import org.sdstudio.review.word.ReturnedBody.TableStart;
import org.sdstudio.review.word.ReturnedBody.Text;
import org.sdstudio.review.word.ReturnedBody.Token;
import org.sdstudio.review.word.ReturnedBody.Unread;
import org.sdstudio.review.word.ReturnedDocument.ReturnedPart;
import org.sdstudio.review.word.ReturnedDocument.TrackedRevision;
import org.sdstudio.review.word.ReturnedDocument.TrackedRevision.Kind;
import org.sdstudio.review.word.ReturnedDocument.WordComment;

/**
 * Reads a review document as counsel returned it from Word or LibreOffice into a {@link ReturnedDocument}, judging
 * nothing: the import decides what becomes a proposed change or a review comment.
 * <ul>
 * <li>Parts are the stretches between SD Studio's bookmarks ({@code SDStudio_part_N}, see
 * {@link SentRecord#bookmark(int)}); they may start and end inside a paragraph or a table. Other bookmarks are
 * ignored. A document without SD Studio bookmarks is one part holding the whole body.</li>
 * <li>Text between parts is SD Studio's own (headings) and is ignored, except text counsel added there: tracked
 * insertions, and untracked text in a paragraph that is not a heading, title or subtitle and is not a sent part's
 * label. That is reported as a problem quoting it. (So a writer must put its own text between parts in heading,
 * title or subtitle styles.)</li>
 * <li>Each part is read twice, with every tracked change rejected and accepted (see {@link ReturnedView} for how
 * paragraphs join across deleted or inserted paragraph marks, lists, headings and tables).</li>
 * <li>Revisions are listed in document order; adjacent pieces of one kind by the same author at the same time are
 * one revision (Word splits an insertion at formatting and comment marks, LibreOffice writes one per run); a row
 * inserted or deleted is one revision, not one per cell. Moves count as deletions and insertions.</li>
 * <li>A comment belongs to the part where its range starts (or, starting outside every part, the first part it
 * reaches); its quote is its range's text in the returned view, clipped to the part, and its offset is where that
 * starts in {@code StructuredTexts.plainText} of the part's returned text. A comment with only a reference mark has
 * an empty quote and offset -1. Replies (Word's extended comments part) are nested under the first comment of their
 * thread, oldest first.</li>
 * </ul>
 * Bad input: a file that is not a Word package (empty, .doc, password-protected, RTF, PDF, damaged zip) is refused
 * with a {@link ReviewDocxException} whose one-line message names the file; parts are inflated to at most
 * {@link ReturnedPackage#PART_LIMIT} bytes and parsed without DTDs.
 */
public final class ReviewDocxReader {

	private static final int QUOTE_LIMIT = 300;

	private ReviewDocxReader() {
	}

	/** Reads a returned review document. */
	public static ReturnedDocument read(Path docx) throws ReviewDocxException {
		try (ReturnedPackage pkg = ReturnedPackage.open(docx)) {
			try {
				return new ReviewDocxReader.Reading(pkg).read();
			} catch (RuntimeException e) {
				// a shape of document this reader does not expect: said in one line, the cause kept for the log
				throw pkg.refused("cannot be read (" + e + ")", e);
			}
		} catch (OutOfMemoryError e) {
			throw new ReviewDocxException(docx.getFileName() + ": too large to read in the memory available", e);
		}
	}

	/** One reading of one document. */
	private static final class Reading {
		private final ReturnedPackage pkg;
		private final List<String> problems = new ArrayList<>();
		private final ReturnedStyles styles = new ReturnedStyles();
		private List<Token> tokens;
		private SentRecord sent;
		/** Footnotes' and endnotes' texts by "footnote 2", "endnote 1". */
		private final Map<String, String> notes = new HashMap<>();

		Reading(ReturnedPackage pkg) {
			this.pkg = pkg;
		}

		ReturnedDocument read() throws ReviewDocxException {
			String main = pkg.mainPart();
			ReturnedPackage.Relationships rels = pkg.relationships(main);
			String folder = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
			parse(rels.part("styles", folder + "styles.xml"), styles::readStyles);
			parse(rels.part("numbering", folder + "numbering.xml"), styles::readNumbering);
			ReturnedBody body = new ReturnedBody(styles, rels.external);
			XMLStreamReader r = pkg.xml(main);
			try {
				tokens = body.read(r);
			} catch (XMLStreamException | RuntimeException e) {
				throw pkg.damaged(main, e);
			} finally {
				ReturnedPackage.closeQuietly(r);
			}
			sent = sentRecord();
			notes.putAll(notes(rels.part("footnotes", folder + "footnotes.xml"), "footnote"));
			notes.putAll(notes(rels.part("endnotes", folder + "endnotes.xml"), "endnote"));
			String[] core = coreProperties();
			ReturnedComments comments = comments(rels, folder);
			return new ReturnedDocument(pkg.file(), pkg.digest, sent, core[0], ReturnedComments.instant(core[1]),
					parts(comments), List.copyOf(problems));
		}

		private Map<String, String> notes(String part, String element) throws ReviewDocxException {
			Map<String, String> out = new HashMap<>();
			parse(part, r -> {
				String id = null;
				StringBuilder text = new StringBuilder();
				while (r.hasNext()) {
					int e = r.next();
					if (e == XMLStreamConstants.START_ELEMENT && ReturnedStyles.isW(r.getNamespaceURI())) {
						if (r.getLocalName().equals(element)) {
							id = ReturnedStyles.attr(r, "id");
							text.setLength(0);
						} else if (r.getLocalName().equals("t") && id != null) {
							text.append(r.getElementText());
						} else if (r.getLocalName().equals("p") && text.length() > 0) {
							text.append(' ');
						}
					} else if (e == XMLStreamConstants.END_ELEMENT && ReturnedStyles.isW(r.getNamespaceURI())
							&& r.getLocalName().equals(element) && id != null) {
						out.put(element + " " + id, text.toString().strip());
						id = null;
					}
				}
			});
			return out;
		}

		/**
		 * Reports each footnote, endnote, picture, text box or object counsel put in the text: the filing has no
		 * place for them, so they are not imported, but never dropped in silence.
		 */
		private void unread(List<Range> ranges, boolean whole) {
			for (int i = 0; i < tokens.size(); i++) {
				if (!(tokens.get(i) instanceof Unread u) || u.deleted() != null) {
					continue;
				}
				int p = firstHolding(ranges, i);
				String where = whole ? "the document" : p < 0 ? "text outside every part" : partLabel(ranges.get(p));
				String note = u.note() == null ? null : notes.get(u.note());
				int paragraph = i;
				while (paragraph > 0 && !(tokens.get(paragraph) instanceof ParaStart)) {
					paragraph--;
				}
				problems.add(where + ": " + u.what() + " is not imported (the filing has no place for it)"
						+ (note == null || note.isEmpty() ? "" : ": " + quote(note)) + "; it stands in the paragraph "
						+ quote(paragraphText(paragraph)));
			}
		}

		private String partLabel(Range range) {
			SentRecord.SentPart part = sent == null || range.bookmark() == null ? null : sentPart(range.bookmark());
			return part == null ? "the part " + range.bookmark() : label(part);
		}

		private interface PartReader {
			void read(XMLStreamReader r) throws XMLStreamException;
		}

		private void parse(String part, PartReader reader) throws ReviewDocxException {
			XMLStreamReader r = pkg.xml(part);
			if (r == null) {
				return;
			}
			try {
				reader.read(r);
			} catch (XMLStreamException | RuntimeException e) {
				throw pkg.damaged(part, e);
			} finally {
				ReturnedPackage.closeQuietly(r);
			}
		}

		/** SD Studio's record among the custom XML parts (others are left alone); a damaged one is a problem. */
		private SentRecord sentRecord() throws ReviewDocxException {
			List<String> names = pkg.names();
			names.sort(Comparator.naturalOrder());
			for (String name : names) {
				if (!name.startsWith("customxml/") || name.contains("/_rels/") || name.contains("itemprops")
						|| !name.endsWith(".xml")) {
					continue;
				}
				try (InputStream in = pkg.stream(name)) {
					Optional<SentRecord> record = SentRecord.parse(in);
					if (record.isPresent()) {
						return record.get();
					}
				} catch (IOException e) {
					if (e.getCause() instanceof ReturnedPackage.PartTooLarge || e instanceof ReturnedPackage.PartTooLarge) {
						throw pkg.damaged(name, e);
					}
					problems.add("SD Studio's record of what was sent (" + name + ") cannot be read: " + e.getMessage()
							+ "; the document is read as one not sent by SD Studio");
					return null;
				}
			}
			return null;
		}

		/** {lastModifiedBy, modified} from the core properties, either null. */
		private String[] coreProperties() throws ReviewDocxException {
			String[] core = new String[2];
			String part = pkg.relationships("").part("core-properties", "docProps/core.xml");
			parse(part, r -> {
				while (r.hasNext()) {
					if (r.next() == XMLStreamConstants.START_ELEMENT) {
						String n = r.getLocalName();
						if (n.equals("lastModifiedBy")) {
							core[0] = blankToNull(r.getElementText());
						} else if (n.equals("modified")) {
							core[1] = blankToNull(r.getElementText());
						}
					}
				}
			});
			return core;
		}

		private ReturnedComments comments(ReturnedPackage.Relationships rels, String folder)
				throws ReviewDocxException {
			ReturnedComments comments = new ReturnedComments();
			parse(rels.part("comments", folder + "comments.xml"), comments::readComments);
			if (comments.byId.isEmpty()) {
				return comments;
			}
			parse(rels.part("commentsExtended", folder + "commentsExtended.xml"), comments::readExtended);
			Map<String, String> durable = new HashMap<>();
			parse(rels.part("commentsIds", folder + "commentsIds.xml"), r -> durable.putAll(comments.readIds(r)));
			if (!durable.isEmpty()) {
				parse(rels.part("commentsExtensible", folder + "commentsExtensible.xml"),
						r -> comments.readExtensible(r, durable));
			}
			return comments;
		}

		/** A part's stretch of tokens: [from, to). */
		private record Range(String bookmark, int from, int to) {
			boolean holds(int i) {
				return i >= from && i < to;
			}
		}

		/** A part being read: its stretch, its two views, its revisions and the comments placed on it. */
		private static final class PartReading {
			final Range range;
			final ReturnedView original;
			final ReturnedView returned;
			final List<TrackedRevision> revisions = new ArrayList<>();
			final List<Placed> comments = new ArrayList<>();

			PartReading(Range range, ReturnedView original, ReturnedView returned) {
				this.range = range;
				this.original = original;
				this.returned = returned;
			}
		}

		/** Where each comment's marks are (token indexes). */
		private final Map<String, Integer> startAt = new HashMap<>();
		private final Map<String, Integer> endAt = new HashMap<>();
		private final Map<String, Integer> refAt = new HashMap<>();

		private List<ReturnedPart> parts(ReturnedComments comments) {
			List<Range> ranges = ranges();
			boolean whole = ranges.isEmpty();
			if (whole) {
				ranges = List.of(new Range(null, 0, tokens.size()));
			}
			Set<Integer> marked = new HashSet<>();
			for (int i = 0; i < tokens.size(); i++) {
				Token t = tokens.get(i);
				if (t instanceof CommentStart s && s.id() != null) {
					startAt.putIfAbsent(s.id(), i);
					marked.add(i);
				} else if (t instanceof CommentEnd e && e.id() != null) {
					endAt.putIfAbsent(e.id(), i);
					marked.add(i);
				} else if (t instanceof CommentRef f && f.id() != null) {
					refAt.putIfAbsent(f.id(), i);
				}
			}
			int[] blockStart = blockStarts();
			List<PartReading> readings = new ArrayList<>();
			for (Range range : ranges) {
				int from = range.from();
				int block = from < blockStart.length ? blockStart[from] : from;
				readings.add(new PartReading(range,
						new ReturnedView(styles, false).build(tokens, block, from, range.to(), Set.of()),
						new ReturnedView(styles, true).build(tokens, block, from, range.to(), marked)));
			}
			for (Placed placed : revisions()) {
				int p = firstHolding(ranges, placed.at);
				if (p >= 0) {
					readings.get(p).revisions.add(placed.revision);
				}
			}
			placeComments(comments, ranges, readings);
			List<ReturnedPart> out = new ArrayList<>();
			for (PartReading r : readings) {
				r.comments.sort(Comparator.comparingInt((Placed x) -> x.at).thenComparingInt(x -> x.order));
				out.add(new ReturnedPart(r.range.bookmark(), r.original.text, r.returned.text,
						List.copyOf(r.revisions), r.comments.stream().map(x -> x.comment).toList()));
			}
			if (!whole) {
				outsideText(ranges);
			}
			unread(ranges, whole);
			return List.copyOf(out);
		}

		/** Puts each comment on its part with its quote and offset, and each reply under its thread's comment. */
		private void placeComments(ReturnedComments comments, List<Range> ranges, List<PartReading> readings) {
			Map<String, Integer> owner = owners(comments, ranges);
			Map<ReturnedComments.Raw, List<ReturnedComments.Raw>> replies = new LinkedHashMap<>();
			for (ReturnedComments.Raw c : comments.byId.values()) {
				if (isReply(comments, c)) {
					replies.computeIfAbsent(root(comments, c), k -> new ArrayList<>()).add(c);
				}
			}
			for (ReturnedComments.Raw c : comments.byId.values()) {
				if (isReply(comments, c)) {
					continue;
				}
				Integer p = owner.get(c.id);
				List<ReturnedComments.Raw> thread = replies.getOrDefault(c, new ArrayList<>());
				if (p == null) {
					problems.add("a comment outside every part, by " + orUnknown(c.author) + ": "
							+ quote(c.text.toString()) + (thread.isEmpty() ? "" : " (with " + thread.size()
									+ (thread.size() == 1 ? " reply)" : " replies)")));
					continue;
				}
				thread.sort(Comparator.comparing((ReturnedComments.Raw r) -> r.date,
						Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(r -> r.order));
				List<WordComment> answers = thread.stream().map(r -> new WordComment(r.author, r.date,
						r.text.toString(), "", -1, r.done, List.of())).toList();
				PartReading part = readings.get(p);
				Integer start = startAt.get(c.id);
				WordComment comment;
				if (start == null) {
					comment = new WordComment(c.author, c.date, c.text.toString(), "", -1, c.done, answers);
				} else {
					int[] span = span(part, start, endAt.get(c.id));
					comment = new WordComment(c.author, c.date, c.text.toString(),
							part.returned.plain.substring(span[0], span[1]), span[0], c.done, answers);
				}
				part.comments.add(new Placed(start != null ? start : refAt.getOrDefault(c.id, Integer.MAX_VALUE),
						c.order, comment));
			}
		}

		/**
		 * A comment range's start and end in the plain text of a part's returned view: clipped to the part, without
		 * the line or cell breaks at its edges.
		 */
		private static int[] span(PartReading part, int start, Integer end) {
			ReturnedView view = part.returned;
			Range range = part.range;
			int length = view.plain.length();
			int from = range.holds(start) ? view.offsets.getOrDefault(start, 0) : 0;
			int to = end != null && end >= range.from() && end <= range.to() && view.offsets.containsKey(end)
					? view.offsets.get(end)
					: length;
			from = Math.min(from, length);
			to = Math.max(from, Math.min(to, length));
			while (from < to && isBreak(view.plain.charAt(from))) {
				from++;
			}
			while (to > from && isBreak(view.plain.charAt(to - 1))) {
				to--;
			}
			return new int[] { from, to };
		}

		private static boolean isBreak(char c) {
			return c == '\n' || c == '\t';
		}

		/** A revision or a comment at a token position. */
		private static final class Placed {
			final int at;
			final int order;
			TrackedRevision revision;
			WordComment comment;

			Placed(int at, TrackedRevision revision) {
				this.at = at;
				this.order = 0;
				this.revision = revision;
			}

			Placed(int at, int order, WordComment comment) {
				this.at = at;
				this.order = order;
				this.comment = comment;
			}
		}

		private static int firstHolding(List<Range> ranges, int i) {
			for (int p = 0; p < ranges.size(); p++) {
				if (ranges.get(p).holds(i)) {
					return p;
				}
			}
			return -1;
		}

		/**
		 * For each comment, the part it belongs to: where its range starts, else the first part its range reaches,
		 * else (a comment with only a reference mark) where the mark is.
		 */
		private Map<String, Integer> owners(ReturnedComments comments, List<Range> ranges) {
			Map<String, Integer> owner = new HashMap<>();
			for (ReturnedComments.Raw c : comments.byId.values()) {
				Integer s = startAt.get(c.id);
				int p = -1;
				if (s != null) {
					p = firstHolding(ranges, s);
					int e = endAt.getOrDefault(c.id, s);
					for (int q = 0; q < ranges.size() && p < 0; q++) {
						if (ranges.get(q).from() <= e && ranges.get(q).to() > s) {
							p = q;
						}
					}
				} else if (refAt.containsKey(c.id)) {
					p = firstHolding(ranges, refAt.get(c.id));
				}
				if (p >= 0) {
					owner.put(c.id, p);
				}
			}
			return owner;
		}

		private static boolean isReply(ReturnedComments comments, ReturnedComments.Raw c) {
			ReturnedComments.Raw parent = comments.byParaId(c.parentParaId);
			return parent != null && parent != c;
		}

		private static ReturnedComments.Raw root(ReturnedComments comments, ReturnedComments.Raw c) {
			Set<ReturnedComments.Raw> seen = new HashSet<>();
			ReturnedComments.Raw at = c;
			while (isReply(comments, at) && seen.add(at)) {
				at = comments.byParaId(at.parentParaId);
			}
			return at;
		}

		/** The SD Studio bookmarks' stretches in document order; problems for deleted and unknown ones. */
		private List<Range> ranges() {
			Map<String, BookmarkStart> starts = new LinkedHashMap<>();
			Map<String, Integer> startIndex = new HashMap<>();
			Map<String, Integer> endIndex = new HashMap<>();
			for (int i = 0; i < tokens.size(); i++) {
				Token t = tokens.get(i);
				if (t instanceof BookmarkStart b && !startIndex.containsKey(b.id())) {
					starts.put(b.id(), b);
					startIndex.put(b.id(), i);
				} else if (t instanceof BookmarkEnd b && startIndex.containsKey(b.id())) {
					endIndex.putIfAbsent(b.id(), i);
				}
			}
			// where the last of the bookmarks of each name ends (LibreOffice's second one of a part, see below)
			Map<String, Integer> lastPoint = new HashMap<>();
			for (BookmarkStart b : starts.values()) {
				int point = endIndex.getOrDefault(b.id(), startIndex.get(b.id()));
				lastPoint.merge(baseName(b.name()), point, Math::max);
			}
			List<Range> ranges = new ArrayList<>();
			Set<String> found = new HashSet<>();
			for (BookmarkStart b : starts.values()) {
				int from = startIndex.get(b.id());
				Integer end = endIndex.get(b.id());
				int to = end == null ? tokens.size() : end;
				String base = baseName(b.name());
				if (!found.add(base)) {
					continue; // Word keeps bookmark names unique; a second one is an editor's copy
				}
				// LibreOffice (7.4) may save a bookmark that spans paragraphs as two of the same name: one where it
				// starts, empty or with no end of its own, and one at or around its last paragraph, sometimes
				// renamed "..._Copy_1": the part runs from the first to where the last ends
				if (lastPoint.get(base) > from && (end == null || nothingBetween(from, end))) {
					to = lastPoint.get(base);
				}
				String name = b.name().replaceFirst("(?i)_copy_\\d+$", "");
				// Word compares bookmark names without regard to case; the part keeps the record's spelling
				SentRecord.SentPart part = sent == null ? null : sentPart(name);
				ranges.add(new Range(part == null ? name : part.bookmark(), from, to));
			}
			if (sent != null) {
				for (Range r : ranges) {
					if (sentPart(r.bookmark()) == null) {
						problems.add("the bookmark " + r.bookmark() + " names no part that was sent; its text: "
								+ quote(textOf(r.from(), r.to())));
					}
				}
				if (ranges.isEmpty() && !sent.parts().isEmpty()) {
					problems.add("the document has none of SD Studio's bookmarks around its parts (an editor removed "
							+ "them?), so its text cannot be matched to the parts sent; it is read as one part");
				} else {
					for (SentRecord.SentPart part : sent.parts()) {
						if (!found.contains(part.bookmark().toLowerCase(Locale.ROOT))) {
							problems.add("the bookmark around " + label(part) + " was deleted; its text cannot be told "
									+ "from the rest, and what is left of it is reported as text outside every part");
						}
					}
				}
			}
			return ranges;
		}

		/** A bookmark's name as Word compares it, without the "_Copy_N" LibreOffice gives a second of a name. */
		private static String baseName(String name) {
			return name.toLowerCase(Locale.ROOT).replaceFirst("_copy_\\d+$", "");
		}

		/** Whether tokens (from, to) hold no text, paragraph or table: an empty bookmark. */
		private boolean nothingBetween(int from, int to) {
			for (int i = from + 1; i < to && i < tokens.size(); i++) {
				Token t = tokens.get(i);
				if (t instanceof Text || t instanceof ParaStart || t instanceof ParaEnd || t instanceof TableStart) {
					return false;
				}
			}
			return true;
		}

		private SentRecord.SentPart sentPart(String bookmark) {
			for (SentRecord.SentPart p : sent.parts()) {
				if (p.bookmark() != null && p.bookmark().equalsIgnoreCase(bookmark)) {
					return p;
				}
			}
			return null;
		}

		private static String label(SentRecord.SentPart part) {
			return part.label() == null || part.label().isBlank() ? part.id() : part.label() + " (" + part.id() + ")";
		}

		/** For each token, where the top-level block holding it starts. */
		private int[] blockStarts() {
			int[] start = new int[tokens.size()];
			int depth = 0;
			int current = 0;
			for (int i = 0; i < tokens.size(); i++) {
				Token t = tokens.get(i);
				if (depth == 0) {
					current = i;
				}
				start[i] = current;
				if (t instanceof ParaStart || t instanceof TableStart) {
					depth++;
				} else if (t instanceof ParaEnd || t instanceof TableEnd) {
					depth = Math.max(0, depth - 1);
				}
			}
			return start;
		}

		/** The tracked revisions in document order, merged where Word or LibreOffice split one. */
		private List<Placed> revisions() {
			List<Placed> out = new ArrayList<>();
			Map<Kind, Placed> open = new EnumMap<>(Kind.class);
			Map<Kind, Integer> openSerial = new EnumMap<>(Kind.class);
			int serial = 0;
			Kind rowKind = null;
			for (int i = 0; i < tokens.size(); i++) {
				Token t = tokens.get(i);
				if (t instanceof Text x) {
					serial++;
					if (x.inserted() != null && rowKind != Kind.ROW_INSERTED) {
						piece(out, open, openSerial, Kind.INSERTED, x.inserted(), x.text(), i, serial);
					}
					if (x.deleted() != null && rowKind != Kind.ROW_DELETED) {
						piece(out, open, openSerial, Kind.DELETED, x.deleted(), x.text(), i, serial);
					}
					if (x.formatted() != null) {
						piece(out, open, openSerial, Kind.FORMATTED, x.formatted(), x.text(), i, serial);
					}
					continue;
				}
				serial += 2; // anything else between pieces keeps them apart
				if (t instanceof ParaStart p) {
					if (p.change() != null) {
						out.add(new Placed(i, revision(Kind.FORMATTED, p.change(), paragraphText(i))));
					}
				} else if (t instanceof ParaEnd m) {
					if (m.inserted() != null && rowKind != Kind.ROW_INSERTED) {
						out.add(new Placed(i, revision(Kind.PARAGRAPH_INSERTED, m.inserted(), "")));
					}
					if (m.deleted() != null && rowKind != Kind.ROW_DELETED) {
						out.add(new Placed(i, revision(Kind.PARAGRAPH_DELETED, m.deleted(), "")));
					}
				} else if (t instanceof RowStart r) {
					if (r.inserted() != null) {
						rowKind = Kind.ROW_INSERTED;
						out.add(new Placed(i, revision(Kind.ROW_INSERTED, r.inserted(), rowText(i, true))));
					} else if (r.deleted() != null) {
						rowKind = Kind.ROW_DELETED;
						out.add(new Placed(i, revision(Kind.ROW_DELETED, r.deleted(), rowText(i, false))));
					}
				} else if (t instanceof RowEnd) {
					rowKind = null;
				}
			}
			return finish(out);
		}

		private final Map<Placed, StringBuilder> texts = new HashMap<>();

		/** Adds a piece of text to the open revision of its kind when it continues it, else opens one. */
		private void piece(List<Placed> out, Map<Kind, Placed> open, Map<Kind, Integer> openSerial, Kind kind, Revision r, String text, int at, int serial) {
			Placed last = open.get(kind);
			if (last != null && openSerial.get(kind) == serial - 1 && Objects.equals(last.revision.author(), r.author())
					&& Objects.equals(last.revision.date(), ReturnedComments.instant(r.date()))) {
				texts.get(last).append(text);
				openSerial.put(kind, serial);
				return;
			}
			Placed placed = new Placed(at, revision(kind, r, ""));
			texts.put(placed, new StringBuilder(text));
			out.add(placed);
			open.put(kind, placed);
			openSerial.put(kind, serial);
		}

		private List<Placed> finish(List<Placed> out) {
			for (Placed p : out) {
				StringBuilder text = texts.get(p);
				if (text != null) {
					TrackedRevision r = p.revision;
					p.revision = new TrackedRevision(r.kind(), r.author(), r.date(), text.toString());
				}
			}
			texts.clear();
			return out;
		}

		private static TrackedRevision revision(Kind kind, Revision r, String text) {
			return new TrackedRevision(kind, r.author(), ReturnedComments.instant(r.date()), text);
		}

		/** The text of the paragraph starting at {@code at}, as returned. */
		private String paragraphText(int at) {
			StringBuilder out = new StringBuilder();
			int depth = 0;
			for (int i = at; i < tokens.size(); i++) {
				Token t = tokens.get(i);
				if (t instanceof ParaStart) {
					depth++;
				} else if (t instanceof ParaEnd && --depth == 0) {
					break;
				} else if (t instanceof Text x && x.in(true)) {
					out.append(x.text());
				}
			}
			return out.toString();
		}

		/** A row's cells joined with " | ", in one view. */
		private String rowText(int at, boolean returnedView) {
			List<String> cells = new ArrayList<>();
			StringBuilder cell = null;
			int depth = 0;
			for (int i = at + 1; i < tokens.size(); i++) {
				Token t = tokens.get(i);
				if (t instanceof TableStart) {
					depth++;
				} else if (t instanceof TableEnd) {
					depth--;
				} else if (t instanceof RowEnd && depth == 0) {
					break;
				} else if (t instanceof CellStart && depth == 0) {
					cell = new StringBuilder();
				} else if (t instanceof CellEnd && depth == 0 && cell != null) {
					cells.add(cell.toString().strip());
					cell = null;
				} else if (t instanceof ParaEnd && cell != null && cell.length() > 0) {
					cell.append(' ');
				} else if (t instanceof Text x && cell != null && x.in(returnedView)) {
					cell.append(x.text().replace('\n', ' ').replace('\t', ' '));
				}
			}
			return String.join(" | ", cells);
		}

		/** The returned text of tokens [from, to), paragraphs apart by a space. */
		private String textOf(int from, int to) {
			StringBuilder out = new StringBuilder();
			for (int i = from; i < to && i < tokens.size(); i++) {
				Token t = tokens.get(i);
				if (t instanceof Text x && x.in(true)) {
					out.append(x.text());
				} else if ((t instanceof ParaEnd || t instanceof CellEnd) && out.length() > 0
						&& out.charAt(out.length() - 1) != ' ') {
					out.append(' ');
				}
			}
			return out.toString().strip();
		}

		/**
		 * Reports text counsel added between parts: tracked insertions there, and untracked text in paragraphs
		 * that are not SD Studio's own (headings, title, subtitle, a part's label). Neighbouring paragraphs are
		 * reported together.
		 */
		private void outsideText(List<Range> ranges) {
			boolean[] covered = new boolean[tokens.size()];
			for (Range r : ranges) {
				for (int i = r.from(); i < r.to() && i < covered.length; i++) {
					covered[i] = true;
				}
			}
			Set<String> labels = new HashSet<>();
			if (sent != null) {
				for (SentRecord.SentPart p : sent.parts()) {
					if (p.label() != null) {
						labels.add(normalize(p.label()));
					}
				}
			}
			List<String> group = new ArrayList<>();
			ParaProps props = ParaProps.BODY;
			StringBuilder inserted = new StringBuilder();
			StringBuilder untracked = new StringBuilder();
			StringBuilder shown = new StringBuilder();
			boolean touchesPart = false;
			for (int i = 0; i < tokens.size(); i++) {
				Token t = tokens.get(i);
				if (t instanceof ParaStart p) {
					props = p.returned();
					inserted.setLength(0);
					untracked.setLength(0);
					shown.setLength(0);
					touchesPart = covered[i];
				} else if (t instanceof Text x) {
					touchesPart |= covered[i];
					if (covered[i] || !x.in(true)) {
						continue;
					}
					shown.append(x.text());
					(x.inserted() != null ? inserted : untracked).append(x.text());
				} else if (t instanceof ParaEnd) {
					touchesPart |= covered[i];
					boolean added = !inserted.toString().isBlank();
					String own = normalize(untracked.toString());
					boolean foreign = !own.isEmpty() && !props.furniture() && !labels.contains(own);
					if (added || foreign) {
						group.add(shown.toString().strip());
					} else if (touchesPart || !shown.toString().isBlank()) {
						flush(group);
					}
				} else if (covered[i] && !(t instanceof BookmarkStart || t instanceof BookmarkEnd)) {
					flush(group);
				}
			}
			flush(group);
		}

		private void flush(List<String> group) {
			if (!group.isEmpty()) {
				problems.add("text outside every part: " + quote(String.join(" / ", group)));
				group.clear();
			}
		}

		private static String normalize(String s) {
			return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
		}

		private static String quote(String text) {
			String one = text.replaceAll("\\s+", " ").strip();
			return "\"" + (one.length() > QUOTE_LIMIT ? one.substring(0, QUOTE_LIMIT) + "\u2026" : one) + "\"";
		}

		private static String orUnknown(String author) {
			return author == null || author.isBlank() ? "an unnamed author" : author;
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s.strip();
		}
	}
}
