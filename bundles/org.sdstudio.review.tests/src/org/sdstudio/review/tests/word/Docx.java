package org.sdstudio.review.tests.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.sdstudio.model.Block;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.Run;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A written .docx read back as a Word reader sees it, with nothing but the zip and the XML: its parts by name, the
 * text between each bookmark with every tracked change accepted or rejected, the text a comment's range covers.
 */
public final class Docx {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
	static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
	static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	static final String PR = "http://schemas.openxmlformats.org/package/2006/relationships";

	final byte[] bytes;
	final Map<String, byte[]> parts = new LinkedHashMap<>();

	Docx(byte[] bytes) throws IOException {
		this.bytes = bytes;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				parts.put(e.getName(), zip.readAllBytes());
			}
		}
	}

	Document xml(String part) throws Exception {
		byte[] b = parts.get(part);
		if (b == null) {
			throw new AssertionError("no " + part + " in the document; it has " + parts.keySet());
		}
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(b));
	}

	/** The targets of a part's relationships of that type (the type's last path segment), as written. */
	List<String> targets(String relsPart, String typeEnd) throws Exception {
		List<String> out = new ArrayList<>();
		for (Element r : elements(xml(relsPart), PR, "Relationship")) {
			if (r.getAttribute("Type").endsWith("/" + typeEnd)) {
				out.add(r.getAttribute("Target"));
			}
		}
		return out;
	}

	static List<Element> elements(Node under, String ns, String local) {
		NodeList list = under instanceof Document d ? d.getElementsByTagNameNS(ns, local)
				: ((Element) under).getElementsByTagNameNS(ns, local);
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			out.add((Element) list.item(i));
		}
		return out;
	}

	static Element child(Element e, String name) {
		for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
			if (c instanceof Element x && name.equals(x.getLocalName())) {
				return x;
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ the parts' text

	/**
	 * The lines of each bookmark's text (one per paragraph or table cell) with every revision accepted or rejected:
	 * a paragraph whose mark goes joins the next, a row that goes is left out.
	 */
	Map<String, List<String>> bookmarkedLines(boolean accept) throws Exception {
		Lines lines = new Lines(accept);
		lines.walk(child(xml("word/document.xml").getDocumentElement(), "body"));
		return lines.byBookmark;
	}

	private static final class Lines {
		final boolean accept;
		final Map<String, List<String>> byBookmark = new LinkedHashMap<>();
		final Map<String, String> names = new HashMap<>();
		String current;
		String carried = "";

		Lines(boolean accept) {
			this.accept = accept;
		}

		void walk(Element e) {
			for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
				if (!(c instanceof Element x)) {
					continue;
				}
				switch (x.getLocalName()) {
				case "bookmarkStart" -> start(x);
				case "bookmarkEnd" -> end(x);
				case "p" -> paragraph(x);
				case "tbl" -> {
					for (Element tr : children(x, "tr")) {
						Element trPr = child(tr, "trPr");
						if (trPr != null && child(trPr, accept ? "del" : "ins") != null) {
							continue;
						}
						for (Element tc : children(tr, "tc")) {
							walk(tc);
						}
					}
				}
				default -> {
				}
				}
			}
		}

		void start(Element b) {
			current = b.getAttributeNS(W, "name");
			names.put(b.getAttributeNS(W, "id"), current);
			byBookmark.put(current, new ArrayList<>());
		}

		void end(Element b) {
			if (current != null && !carried.isEmpty()) {
				byBookmark.get(current).add(carried);
			}
			carried = "";
			current = null;
		}

		void paragraph(Element p) {
			// a part's bookmark ends at the start of the paragraph after it (the next heading)
			boolean endsBefore = leadingBookmarkEnd(p);
			if (endsBefore) {
				end(p);
			}
			List<Element> starts = elements(p, W, "bookmarkStart");
			if (!starts.isEmpty()) {
				start(starts.get(0));
			}
			String text = carried + text(p, accept);
			Element pPr = child(p, "pPr");
			Element rPr = pPr == null ? null : child(pPr, "rPr");
			boolean markGoes = rPr != null && child(rPr, accept ? "del" : "ins") != null;
			if (markGoes) {
				carried = text;
			} else {
				if (current != null) {
					byBookmark.get(current).add(text);
				}
				carried = "";
			}
			if (!endsBefore && !elements(p, W, "bookmarkEnd").isEmpty()) {
				end(p);
			}
		}

		private static boolean leadingBookmarkEnd(Element p) {
			for (Node c = p.getFirstChild(); c != null; c = c.getNextSibling()) {
				if (c instanceof Element x && !"pPr".equals(x.getLocalName())) {
					return "bookmarkEnd".equals(x.getLocalName());
				}
			}
			return false;
		}
	}

	static List<Element> children(Element e, String name) {
		List<Element> out = new ArrayList<>();
		for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
			if (c instanceof Element x && name.equals(x.getLocalName())) {
				out.add(x);
			}
		}
		return out;
	}

	/** The text of a paragraph or cell with every tracked change accepted, or every one rejected. */
	public static String text(Element p, boolean accept) {
		StringBuilder sb = new StringBuilder();
		collect(p, accept, sb);
		return sb.toString();
	}

	private static void collect(Node n, boolean accept, StringBuilder sb) {
		for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
			if (!(c instanceof Element e) || !W.equals(e.getNamespaceURI())) {
				continue;
			}
			switch (e.getLocalName()) {
			case "ins" -> {
				if (accept) {
					collect(e, accept, sb);
				}
			}
			case "del" -> {
				if (!accept) {
					collect(e, accept, sb);
				}
			}
			case "t", "delText" -> sb.append(e.getTextContent());
			case "pPr", "rPr" -> {
			}
			default -> collect(e, accept, sb);
			}
		}
	}

	/**
	 * The text a comment's range covers as it reads with every change accepted, paragraphs joined with line breaks
	 * (as in a part's plain text).
	 */
	String commentRange(String id) throws Exception {
		StringBuilder sb = new StringBuilder();
		boolean[] inside = { false, false };
		range(xml("word/document.xml").getDocumentElement(), id, inside, sb);
		if (!inside[1]) {
			throw new AssertionError("comment " + id + " has no closed range");
		}
		return sb.toString();
	}

	private static void range(Element e, String id, boolean[] inside, StringBuilder sb) {
		for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
			if (!(c instanceof Element x) || !W.equals(x.getNamespaceURI()) || inside[1]) {
				continue;
			}
			switch (x.getLocalName()) {
			case "commentRangeStart" -> inside[0] |= x.getAttributeNS(W, "id").equals(id);
			case "commentRangeEnd" -> {
				if (inside[0] && x.getAttributeNS(W, "id").equals(id)) {
					inside[0] = false;
					inside[1] = true;
				}
			}
			case "t" -> {
				if (inside[0]) {
					sb.append(x.getTextContent());
				}
			}
			case "del", "pPr", "rPr" -> {
			}
			case "p" -> {
				range(x, id, inside, sb);
				if (inside[0]) {
					sb.append('\n');
				}
			}
			default -> range(x, id, inside, sb);
			}
		}
	}

	// ------------------------------------------------------------------ expected lines

	/** One line per paragraph, list item paragraph and table cell; an empty text is one empty paragraph. */
	static List<String> lines(StructuredText text) {
		List<String> lines = new ArrayList<>();
		if (text != null) {
			text.getBlocks().forEach(b -> lines(b, lines));
		}
		return lines.isEmpty() ? List.of("") : lines;
	}

	private static void lines(Block b, List<String> lines) {
		if (b instanceof Paragraph p) {
			lines.add(runs(p.getRuns()));
		} else if (b instanceof ListBlock l) {
			for (ListItem item : l.getItems()) {
				item.getBlocks().forEach(inner -> lines(inner, lines));
			}
		} else if (b instanceof Table t) {
			for (TableRow row : t.getRows()) {
				for (TableCell cell : row.getCells()) {
					lines.add(runs(cell.getRuns()));
				}
			}
		}
	}

	private static String runs(List<Run> runs) {
		StringBuilder sb = new StringBuilder();
		runs.forEach(r -> sb.append(r.getText() == null ? "" : r.getText()));
		return sb.toString();
	}
}
