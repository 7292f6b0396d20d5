package org.sdstudio.review.tests.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Edits a review document the way counsel's word processor saves it: tracked insertions and deletions with author and
 * date (runs split where the edit falls), a tracked deletion across a paragraph mark, an inserted paragraph, a
 * formatting change, comments on a passage with replies and done state, edits made with tracking off, and the last
 * author in the core properties. {@link Manner#WORD} writes as Word does (dates with a zone, w14:paraId on
 * paragraphs, replies and done in commentsExtended); {@link Manner#LIBREOFFICE} as LibreOffice does (dates without a
 * zone, no paraIds, no commentsExtended: replies are plain comments on the same passage).
 */
public final class CounselEdits {

	public enum Manner {
		WORD, LIBREOFFICE
	}

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
	static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
	private static final String REL = "http://schemas.openxmlformats.org/package/2006/relationships";
	private static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";

	private final Map<String, byte[]> parts = new LinkedHashMap<>();
	private final Document document;
	private final Manner manner;
	private Document comments;
	private Document extended;
	private int nextId = 9001;
	private int nextParaId = 0x1A2B3C00;

	private CounselEdits(Path docx, Manner manner) throws Exception {
		this.manner = manner;
		try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				parts.put(e.getName(), zip.readAllBytes());
			}
		}
		document = parse(parts.get("word/document.xml"));
		if (parts.containsKey("word/comments.xml")) {
			comments = parse(parts.get("word/comments.xml"));
		}
		if (parts.containsKey("word/commentsExtended.xml")) {
			extended = parse(parts.get("word/commentsExtended.xml"));
		}
	}

	public static CounselEdits open(Path docx, Manner manner) throws Exception {
		return new CounselEdits(docx, manner);
	}

	/** Inserts {@code text} right after the first occurrence of {@code after}, as a tracked insertion. */
	public CounselEdits insert(String after, String text, String author, Instant when) {
		Element run = isolate(after);
		Element ins = revision("ins", author, when);
		ins.appendChild(newRun(run, text, false));
		insertAfter(ins, run);
		return this;
	}

	/** Deletes the first occurrence of {@code text}, as a tracked deletion. */
	public CounselEdits delete(String text, String author, Instant when) {
		deleteRun(isolate(text), author, when);
		return this;
	}

	/** Replaces the first occurrence of {@code old} with {@code text}: a tracked deletion and insertion. */
	public CounselEdits replace(String old, String text, String author, Instant when) {
		Element run = isolate(old);
		Element del = deleteRun(run, author, when);
		Element ins = revision("ins", author, when);
		ins.appendChild(newRun(run, text, false));
		insertAfter(ins, del);
		return this;
	}

	/** Makes the first occurrence of {@code text} bold, as a tracked formatting change. */
	public CounselEdits bold(String text, String author, Instant when) {
		Element run = isolate(text);
		Element rPr = child(run, "rPr");
		if (rPr == null) {
			rPr = w("rPr");
			run.insertBefore(rPr, run.getFirstChild());
		}
		Element change = revision("rPrChange", author, when);
		Element old = (Element) rPr.cloneNode(true);
		document.renameNode(old, W, "w:rPr");
		change.appendChild(old);
		rPr.insertBefore(w("b"), rPr.getFirstChild());
		rPr.appendChild(change);
		return this;
	}

	/**
	 * Deletes from {@code from} (in one paragraph) to {@code to} (in the next) inclusive, with the paragraph mark
	 * between them: a tracked deletion across paragraphs, which joins them when accepted.
	 */
	public CounselEdits deleteAcross(String from, String to, String author, Instant when) {
		Element first = isolateFrom(from);
		Element p1 = paragraphOf(first);
		List<Element> runs = new ArrayList<>();
		for (Node n = first; n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getLocalName().equals("r")) {
				runs.add(e);
			}
		}
		for (Element r : runs) {
			deleteRun(r, author, when);
		}
		Element pPr = child(p1, "pPr");
		if (pPr == null) {
			pPr = w("pPr");
			p1.insertBefore(pPr, p1.getFirstChild());
		}
		Element rPr = child(pPr, "rPr");
		if (rPr == null) {
			rPr = w("rPr");
			pPr.appendChild(rPr);
		}
		rPr.appendChild(revision("del", author, when));
		Element last = isolateTo(to);
		List<Element> before = new ArrayList<>();
		for (Node n = last; n != null; n = n.getPreviousSibling()) {
			if (n instanceof Element e && e.getLocalName().equals("r")) {
				before.add(0, e);
			}
		}
		for (Element r : before) {
			deleteRun(r, author, when);
		}
		return this;
	}

	/** A new paragraph after the one holding {@code after}, as a tracked insertion (its text and its mark). */
	public CounselEdits insertParagraph(String after, String text, String author, Instant when) {
		Element run = findRun(after);
		Element p = paragraphOf(run);
		Element np = w("p");
		Element pPr = child(p, "pPr") == null ? w("pPr") : (Element) child(p, "pPr").cloneNode(true);
		for (Element old : children(pPr, "rPr")) {
			pPr.removeChild(old);
		}
		Element rPr = w("rPr");
		rPr.appendChild(revision("ins", author, when));
		pPr.appendChild(rPr);
		np.appendChild(pPr);
		Element ins = revision("ins", author, when);
		ins.appendChild(newRun(run, text, true));
		np.appendChild(ins);
		paraId(np);
		insertAfter(np, p);
		return this;
	}

	/**
	 * A new paragraph typed after the paragraph ending with {@code after}, by pressing Enter at its end: as Word
	 * records it with tracking on, the mark ending that paragraph is the inserted one and the new paragraph keeps
	 * the old mark; with tracking off ({@code author} null) nothing is marked.
	 */
	public CounselEdits enterAtEnd(String after, String text, String author, Instant when) {
		Element run = findRun(after);
		Element p = paragraphOf(run);
		Element np = w("p");
		Element pPr = child(p, "pPr");
		if (pPr != null) {
			np.appendChild(pPr.cloneNode(true));
		}
		Element content = newRun(run, text, true);
		if (author != null) {
			markParagraph(p, "ins", author, when);
			Element ins = revision("ins", author, when);
			ins.appendChild(content);
			content = ins;
		}
		np.appendChild(content);
		paraId(np);
		insertAfter(np, p);
		return this;
	}

	/**
	 * Adds a table row after the row holding {@code after}, one text a cell, as a tracked row insertion: the row's
	 * properties, each cell's text and paragraph mark marked inserted.
	 */
	public CounselEdits insertRow(String after, List<String> cells, String author, Instant when) {
		Element tr = ancestor(findRun(after), "tr");
		Element row = (Element) tr.cloneNode(true);
		rowRevision(row, "ins", author, when);
		List<Element> tcs = children(row, "tc");
		for (int k = 0; k < tcs.size(); k++) {
			List<Element> ps = children(tcs.get(k), "p");
			for (int i = 0; i < ps.size(); i++) {
				Element p = ps.get(i);
				if (i > 0) {
					tcs.get(k).removeChild(p);
					continue;
				}
				for (Node c = p.getFirstChild(); c != null;) {
					Node next = c.getNextSibling();
					if (!(c instanceof Element e && e.getLocalName().equals("pPr"))) {
						p.removeChild(c);
					}
					c = next;
				}
				markParagraph(p, "ins", author, when);
				paraId(p);
				String text = k < cells.size() ? cells.get(k) : "";
				if (!text.isEmpty()) {
					Element ins = revision("ins", author, when);
					Element r = w("r");
					Element t = w("t");
					t.setTextContent(text);
					r.appendChild(t);
					ins.appendChild(r);
					p.appendChild(ins);
				}
			}
		}
		insertAfter(row, tr);
		return this;
	}

	/** Deletes the table row holding {@code text}, as a tracked row deletion: row, texts and marks marked deleted. */
	public CounselEdits deleteRow(String text, String author, Instant when) {
		Element tr = ancestor(findRun(text), "tr");
		rowRevision(tr, "del", author, when);
		for (Element tc : children(tr, "tc")) {
			for (Element p : children(tc, "p")) {
				markParagraph(p, "del", author, when);
				for (Element r : children(p, "r")) {
					deleteRun(r, author, when);
				}
			}
		}
		return this;
	}

	private void rowRevision(Element tr, String kind, String author, Instant when) {
		Element trPr = child(tr, "trPr");
		if (trPr == null) {
			trPr = w("trPr");
			Element tblPrEx = child(tr, "tblPrEx");
			tr.insertBefore(trPr, tblPrEx != null ? tblPrEx.getNextSibling() : tr.getFirstChild());
		}
		trPr.appendChild(revision(kind, author, when));
	}

	/** Marks a paragraph's mark as inserted or deleted ({@code w:pPr/w:rPr/w:ins} or {@code w:del}). */
	private void markParagraph(Element p, String kind, String author, Instant when) {
		Element pPr = child(p, "pPr");
		if (pPr == null) {
			pPr = w("pPr");
			p.insertBefore(pPr, p.getFirstChild());
		}
		Element rPr = child(pPr, "rPr");
		if (rPr == null) {
			rPr = w("rPr");
			pPr.appendChild(rPr);
		}
		rPr.appendChild(revision(kind, author, when));
	}

	private static Element ancestor(Node n, String local) {
		Node at = n;
		while (!(at instanceof Element e && e.getLocalName().equals(local))) {
			at = at.getParentNode();
		}
		return (Element) at;
	}

	/** Changes text with tracking off: the document simply has the new text. */
	public CounselEdits untracked(String old, String text) {
		Element run = isolate(old);
		textElement(run).setTextContent(text);
		return this;
	}

	/** A comment on the first occurrence of {@code quoted}; returns its id (for replies). */
	public int comment(String quoted, String author, Instant when, String text) {
		Element run = isolate(quoted);
		int id = nextId++;
		Element start = w("commentRangeStart");
		start.setAttributeNS(W, "w:id", String.valueOf(id));
		Element end = w("commentRangeEnd");
		end.setAttributeNS(W, "w:id", String.valueOf(id));
		run.getParentNode().insertBefore(start, run);
		insertAfter(end, run);
		Element ref = w("r");
		Element refMark = w("commentReference");
		refMark.setAttributeNS(W, "w:id", String.valueOf(id));
		ref.appendChild(refMark);
		insertAfter(ref, end);
		addComment(id, author, when, text);
		return id;
	}

	/** A reply to comment {@code parent}: in Word's manner linked in commentsExtended, in LibreOffice's a comment of its own. */
	public int reply(int parent, String author, Instant when, String text) {
		int id = nextId++;
		// a reply has the same range as its parent: Word writes its range marks beside the parent's
		Element parentStart = find("commentRangeStart", parent);
		Element parentEnd = find("commentRangeEnd", parent);
		Element start = w("commentRangeStart");
		start.setAttributeNS(W, "w:id", String.valueOf(id));
		Element end = w("commentRangeEnd");
		end.setAttributeNS(W, "w:id", String.valueOf(id));
		insertAfter(start, parentStart);
		insertAfter(end, parentEnd);
		Element ref = w("r");
		Element refMark = w("commentReference");
		refMark.setAttributeNS(W, "w:id", String.valueOf(id));
		ref.appendChild(refMark);
		insertAfter(ref, end);
		addComment(id, author, when, text);
		if (manner == Manner.WORD) {
			Element ex = commentEx(id);
			ex.setAttributeNS(W15, "w15:paraIdParent", commentEx(parent).getAttributeNS(W15, "paraId"));
		}
		return id;
	}

	/** Marks a comment done (Word's manner only: LibreOffice does not write it). */
	public CounselEdits done(int id) {
		if (manner == Manner.WORD) {
			commentEx(id).setAttributeNS(W15, "w15:done", "1");
		}
		return this;
	}

	/** The last author in the core properties, as every word processor writes it on save. */
	public CounselEdits lastModifiedBy(String name) throws Exception {
		Document core = parse(parts.get("docProps/core.xml"));
		String cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
		NodeList l = core.getElementsByTagNameNS(cp, "lastModifiedBy");
		Element e;
		if (l.getLength() == 0) {
			e = core.createElementNS(cp, "cp:lastModifiedBy");
			core.getDocumentElement().appendChild(e);
		} else {
			e = (Element) l.item(0);
		}
		e.setTextContent(name);
		parts.put("docProps/core.xml", bytes(core));
		return this;
	}

	/** Removes SD Studio's record of what was sent, as an editor that drops custom XML would. */
	public CounselEdits dropCustomXml() {
		parts.keySet().removeIf(n -> n.startsWith("customXml/"));
		return this;
	}

	/** Removes a bookmark (start and end) by name, as deleting the text around it would. */
	public CounselEdits dropBookmark(String name) {
		NodeList starts = document.getElementsByTagNameNS(W, "bookmarkStart");
		for (int i = 0; i < starts.getLength(); i++) {
			Element s = (Element) starts.item(i);
			if (name.equals(s.getAttributeNS(W, "name"))) {
				String id = s.getAttributeNS(W, "id");
				s.getParentNode().removeChild(s);
				Element e = find("bookmarkEnd", Integer.parseInt(id));
				if (e != null) {
					e.getParentNode().removeChild(e);
				}
				return this;
			}
		}
		throw new AssertionError("no bookmark " + name);
	}

	public void save(Path out) throws Exception {
		if (manner == Manner.LIBREOFFICE) {
			asLibreOfficeSaves();
		}
		parts.put("word/document.xml", bytes(document));
		if (comments != null) {
			parts.put("word/comments.xml", bytes(comments));
		}
		if (extended != null) {
			parts.put("word/commentsExtended.xml", bytes(extended));
		}
		try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(o)) {
			for (Map.Entry<String, byte[]> e : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
	}

	/**
	 * What LibreOffice 7.4 does to the document when it saves it as .docx (seen with the review document): the reply
	 * links and done marks are gone (no commentsExtended part), and each part's bookmark, which spans paragraphs, is
	 * written as two empty bookmarks of its name, one where it starts and one where it ends; the one ending the last
	 * part is renamed "..._Copy_1" and written twice; a bookmark starting before a table starts in its first cell.
	 */
	private void asLibreOfficeSaves() {
		extended = null;
		parts.keySet().removeIf(n -> n.startsWith("word/commentsExtended") || n.startsWith("word/commentsIds")
				|| n.startsWith("word/commentsExtensible"));
		String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
		parts.put("word/_rels/document.xml.rels", rels.replaceAll("<Relationship [^>]*Target=\"comments(Extended|Ids|"
				+ "Extensible)\\.xml\"[^>]*/>", "").getBytes(StandardCharsets.UTF_8));
		List<Element> starts = new ArrayList<>();
		NodeList found = document.getElementsByTagNameNS(W, "bookmarkStart");
		for (int i = 0; i < found.getLength(); i++) {
			Element b = (Element) found.item(i);
			if (b.getAttributeNS(W, "name").startsWith("SDStudio_part_")) {
				starts.add(b);
			}
		}
		for (int k = 0; k < starts.size(); k++) {
			Element start = starts.get(k);
			String name = start.getAttributeNS(W, "name");
			Element end = find("bookmarkEnd", Integer.parseInt(start.getAttributeNS(W, "id")));
			Element next = nextElement(start);
			if (next != null && next.getLocalName().equals("tbl")) {
				Element cellParagraph = (Element) next.getElementsByTagNameNS(W, "p").item(0);
				Element pPr = child(cellParagraph, "pPr");
				cellParagraph.insertBefore(start, pPr == null ? cellParagraph.getFirstChild() : pPr.getNextSibling());
			}
			insertAfter(emptyBookmarkEnd(start), start);
			boolean last = k == starts.size() - 1;
			Element second = emptyBookmark(last ? name + "_Copy_1" : name);
			end.getParentNode().insertBefore(second, end);
			if (last) {
				Element again = emptyBookmark(name + "_Copy_1");
				end.getParentNode().insertBefore(again, end);
				insertAfter(emptyBookmarkEnd(again), again);
			} else {
				insertAfter(emptyBookmarkEnd(second), second);
			}
			end.getParentNode().removeChild(end);
		}
	}

	private Element emptyBookmark(String name) {
		Element b = w("bookmarkStart");
		b.setAttributeNS(W, "w:id", String.valueOf(nextId++));
		b.setAttributeNS(W, "w:name", name);
		return b;
	}

	private Element emptyBookmarkEnd(Element start) {
		Element e = w("bookmarkEnd");
		e.setAttributeNS(W, "w:id", start.getAttributeNS(W, "id"));
		return e;
	}

	private static Element nextElement(Node n) {
		for (Node c = n.getNextSibling(); c != null; c = c.getNextSibling()) {
			if (c instanceof Element e) {
				return e;
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ comments parts

	private void addComment(int id, String author, Instant when, String text) {
		if (comments == null) {
			comments = newPart("comments", "w:comments", W,
					"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
					"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments");
		}
		Element c = comments.createElementNS(W, "w:comment");
		c.setAttributeNS(W, "w:id", String.valueOf(id));
		c.setAttributeNS(W, "w:author", author);
		c.setAttributeNS(W, "w:date", date(when));
		c.setAttributeNS(W, "w:initials", initials(author));
		Element p = comments.createElementNS(W, "w:p");
		Element r = comments.createElementNS(W, "w:r");
		Element t = comments.createElementNS(W, "w:t");
		t.setTextContent(text);
		r.appendChild(t);
		p.appendChild(r);
		c.appendChild(p);
		comments.getDocumentElement().appendChild(c);
		if (manner == Manner.WORD) {
			String paraId = String.format("%08X", nextParaId++);
			p.setAttributeNS(W14, "w14:paraId", paraId);
			if (extended == null) {
				extended = newPart("commentsExtended", "w15:commentsEx", W15,
						"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
						"http://schemas.microsoft.com/office/2011/relationships/commentsExtended");
			}
			Element ex = extended.createElementNS(W15, "w15:commentEx");
			ex.setAttributeNS(W15, "w15:paraId", paraId);
			ex.setAttributeNS(W15, "w15:done", "0");
			extended.getDocumentElement().appendChild(ex);
		}
	}

	/** The commentsExtended entry of a comment, by the paraId of its (last) paragraph. */
	private Element commentEx(int id) {
		NodeList list = comments.getElementsByTagNameNS(W, "comment");
		for (int i = 0; i < list.getLength(); i++) {
			Element c = (Element) list.item(i);
			if (c.getAttributeNS(W, "id").equals(String.valueOf(id))) {
				NodeList ps = c.getElementsByTagNameNS(W, "p");
				String paraId = ((Element) ps.item(ps.getLength() - 1)).getAttributeNS(W14, "paraId");
				NodeList exs = extended.getElementsByTagNameNS(W15, "commentEx");
				for (int j = 0; j < exs.getLength(); j++) {
					if (((Element) exs.item(j)).getAttributeNS(W15, "paraId").equals(paraId)) {
						return (Element) exs.item(j);
					}
				}
			}
		}
		throw new AssertionError("no comment " + id);
	}

	private Document newPart(String name, String root, String ns, String contentType, String relType) {
		try {
			Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
			d.appendChild(d.createElementNS(ns, root));
			Document types = parse(parts.get("[Content_Types].xml"));
			Element o = types.createElementNS(CT, "Override");
			o.setAttribute("PartName", "/word/" + name + ".xml");
			o.setAttribute("ContentType", contentType);
			types.getDocumentElement().appendChild(o);
			parts.put("[Content_Types].xml", bytes(types));
			Document rels = parse(parts.get("word/_rels/document.xml.rels"));
			Element r = rels.createElementNS(REL, "Relationship");
			r.setAttribute("Id", "rIdCounsel" + name);
			r.setAttribute("Type", relType);
			r.setAttribute("Target", name + ".xml");
			rels.getDocumentElement().appendChild(r);
			parts.put("word/_rels/document.xml.rels", bytes(rels));
			return d;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	// ------------------------------------------------------------------ runs

	/** The run holding exactly {@code text}, split out of the run that held it. */
	private Element isolate(String text) {
		Element run = findRun(text);
		String all = textElement(run).getTextContent();
		int at = all.indexOf(text);
		return split(run, at, at + text.length());
	}

	/** From {@code text} to the end of its run's text. */
	private Element isolateFrom(String text) {
		Element run = findRun(text);
		String all = textElement(run).getTextContent();
		int at = all.indexOf(text);
		return split(run, at, all.length());
	}

	/** From the start of its run's text to the end of {@code text}. */
	private Element isolateTo(String text) {
		Element run = findRun(text);
		String all = textElement(run).getTextContent();
		int at = all.indexOf(text);
		return split(run, 0, at + text.length());
	}

	private Element split(Element run, int start, int end) {
		String all = textElement(run).getTextContent();
		Element middle = run;
		if (end < all.length()) {
			insertAfter(newRun(run, all.substring(end), false), run);
		}
		if (start > 0) {
			run.getParentNode().insertBefore(newRun(run, all.substring(0, start), false), run);
		}
		textElement(middle).setTextContent(all.substring(start, end));
		textElement(middle).setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
		return middle;
	}

	private Element findRun(String text) {
		NodeList ts = document.getElementsByTagNameNS(W, "t");
		for (int i = 0; i < ts.getLength(); i++) {
			Element t = (Element) ts.item(i);
			if (t.getTextContent().contains(text) && !inside(t, "del")) {
				return (Element) t.getParentNode();
			}
		}
		throw new AssertionError("no run holds \"" + text + "\"");
	}

	private Element find(String local, int id) {
		NodeList l = document.getElementsByTagNameNS(W, local);
		for (int i = 0; i < l.getLength(); i++) {
			if (((Element) l.item(i)).getAttributeNS(W, "id").equals(String.valueOf(id))) {
				return (Element) l.item(i);
			}
		}
		return null;
	}

	private static boolean inside(Node n, String local) {
		for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
			if (p instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals(local)) {
				return true;
			}
		}
		return false;
	}

	/** A run with the formatting of {@code like} and the given text. */
	private Element newRun(Element like, String text, boolean plain) {
		Element r = w("r");
		Element rPr = child(like, "rPr");
		if (rPr != null && !plain) {
			Element copy = (Element) rPr.cloneNode(true);
			for (Element change : children(copy, "rPrChange")) {
				copy.removeChild(change);
			}
			r.appendChild(copy);
		}
		Element t = w("t");
		t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
		t.setTextContent(text);
		r.appendChild(t);
		return r;
	}

	/** Wraps a run in a tracked deletion ({@code w:del}, its text as {@code w:delText}); the deletion. */
	private Element deleteRun(Element run, String author, Instant when) {
		Element del = revision("del", author, when);
		run.getParentNode().replaceChild(del, run);
		del.appendChild(run);
		toDelText(run);
		return del;
	}

	private void toDelText(Element run) {
		Element t = textElement(run);
		document.renameNode(t, W, "w:delText");
	}

	private static Element textElement(Element run) {
		Element t = child(run, "t");
		return t != null ? t : child(run, "delText");
	}

	private Element paragraphOf(Element run) {
		return ancestor(run, "p");
	}

	private Element revision(String kind, String author, Instant when) {
		Element e = w(kind);
		e.setAttributeNS(W, "w:id", String.valueOf(nextId++));
		e.setAttributeNS(W, "w:author", author);
		e.setAttributeNS(W, "w:date", date(when));
		return e;
	}

	private void paraId(Element p) {
		if (manner == Manner.WORD) {
			p.setAttributeNS(W14, "w14:paraId", String.format("%08X", nextParaId++));
		}
	}

	/** Word writes "2026-04-20T15:30:00Z"; LibreOffice leaves the zone out. */
	private String date(Instant when) {
		String s = when.toString();
		return manner == Manner.WORD ? s : s.replace("Z", "");
	}

	private static String initials(String author) {
		StringBuilder sb = new StringBuilder();
		for (String part : author.split("\\s+")) {
			if (!part.isEmpty()) {
				sb.append(part.charAt(0));
			}
		}
		return sb.toString();
	}

	private Element w(String local) {
		return document.createElementNS(W, "w:" + local);
	}

	private static Element child(Element parent, String local) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals(local)) {
				return e;
			}
		}
		return null;
	}

	private static List<Element> children(Element parent, String local) {
		List<Element> out = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals(local)) {
				out.add(e);
			}
		}
		return out;
	}

	private static void insertAfter(Node node, Node after) {
		after.getParentNode().insertBefore(node, after.getNextSibling());
	}

	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	static byte[] bytes(Document d) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			var t = TransformerFactory.newInstance().newTransformer();
			t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			t.transform(new DOMSource(d), new StreamResult(out));
			return out.toByteArray();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String text(byte[] xml) {
		return new String(xml, StandardCharsets.UTF_8);
	}
}
