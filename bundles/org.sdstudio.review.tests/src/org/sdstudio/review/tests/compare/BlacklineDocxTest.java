package org.sdstudio.review.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.word.Docx.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.Block;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.Run;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.compare.BlacklineDocx;
import org.sdstudio.review.compare.FilingCompare;
import org.sdstudio.review.compare.FilingComparison;
import org.sdstudio.review.compare.PartDiff;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Word blackline: valid against the OOXML schemas, and "accept all" / "reject all" applied to the written
 * document.xml give exactly the new and the old text, for the example filing against a copy changed in a few
 * hundred places; review comments land on their passages.
 */
class BlacklineDocxTest {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final Instant WHEN = Instant.parse("2026-05-01T12:00:00Z");

	@Test
	void acceptAllAndRejectAllGiveTheNewAndTheOldText() throws Exception {
		Filing base = FilingFiles.load(FilingCompareTest.EXAMPLE);
		Filing edited = EcoreUtil.copy(base);
		int edits = Edits.words(edited, 0.12, 11);
		assertTrue(edits > 200, "a few hundred changes: " + edits);
		FilingComparison c = FilingCompare.filings(base, edited, "base", "edited");
		Map<String, List<ReviewComment>> comments = comments(edited);
		byte[] docx = write(c, comments);

		assertEquals(List.of(), BlacklineDocx.schemaErrors(new ByteArrayInputStream(docx)));
		Document xml = documentXml(docx);
		assertTrue(xml.getElementsByTagNameNS(W, "ins").getLength() > 100);
		assertTrue(xml.getElementsByTagNameNS(W, "del").getLength() > 100);
		Element firstIns = (Element) xml.getElementsByTagNameNS(W, "ins").item(0);
		assertEquals("Jonathan Morrow", firstIns.getAttributeNS(W, "author"));
		assertEquals("2026-05-01T12:00:00Z", firstIns.getAttributeNS(W, "date"));

		assertEquals(expected(c, true), resolve(xml, true), "accept all");
		assertEquals(expected(c, false), resolve(xml, false), "reject all");
	}

	@Test
	void smallChangesWithTablesListsFormattingAndComments() throws Exception {
		Filing base = FilingFiles.load(FilingCompareTest.EXAMPLE);
		Filing edited = EcoreUtil.copy(base);
		Edits.words(edited, 0.01, 3);
		Edits.annexRows(edited, 8, 3);
		FilingComparison c = FilingCompare.fromApproved(edited, "edited", p -> true);
		byte[] docx = write(c, comments(edited));
		assertEquals(List.of(), BlacklineDocx.schemaErrors(new ByteArrayInputStream(docx)));
		Document xml = documentXml(docx);
		assertEquals(expected(c, true), resolve(xml, true));
		assertEquals(expected(c, false), resolve(xml, false));
		// Step 3's anchored comment lands on the paragraph holding its passage
		// an anchored comment whose passage is still in its part's text
		ReviewComment anchored = ReviewParts.of(edited).stream().filter(p -> p.review() != null)
				.flatMap(p -> p.review().getComments().stream().filter(x -> x.getQuotedText() != null
						&& !x.getQuotedText().isBlank() && p.plainText().contains(x.getQuotedText().strip())))
				.findFirst().orElseThrow();
		NodeList starts = xml.getElementsByTagNameNS(W, "commentRangeStart");
		assertTrue(starts.getLength() > 0);
		boolean landed = false;
		for (int i = 0; i < starts.getLength(); i++) {
			Element p = (Element) starts.item(i).getParentNode();
			if (text(p, true).contains(anchored.getQuotedText().strip())) {
				landed = true;
			}
		}
		assertTrue(landed, "comment on its passage: " + anchored.getQuotedText());
	}

	static Map<String, List<ReviewComment>> comments(Filing f) {
		Map<String, List<ReviewComment>> map = new HashMap<>();
		for (ReviewPart p : ReviewParts.of(f)) {
			if (p.review() != null && !p.review().getComments().isEmpty()) {
				map.put(p.id(), p.review().getComments());
			}
		}
		return map;
	}

	static byte[] write(FilingComparison c, Map<String, List<ReviewComment>> comments) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BlacklineDocx.write(c, "Jonathan Morrow", WHEN, comments, out);
		return out.toByteArray();
	}

	static Document documentXml(byte[] docx) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().equals("word/document.xml")) {
					DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
					f.setNamespaceAware(true);
					return f.newDocumentBuilder().parse(new NonClosing(zip));
				}
			}
		}
		throw new AssertionError("no word/document.xml");
	}

	/** The lines a Word reader sees after accepting (or rejecting) every revision: one per paragraph. */
	static List<String> resolve(Document xml, boolean accept) {
		List<String> lines = new ArrayList<>();
		String carried = "";
		NodeList paragraphs = xml.getElementsByTagNameNS(W, "p");
		for (int i = 0; i < paragraphs.getLength(); i++) {
			Element p = (Element) paragraphs.item(i);
			Element row = ancestor(p, "tr");
			if (row != null && rowMark(row, accept ? "del" : "ins")) {
				continue; // the row goes
			}
			String text = carried + text(p, accept);
			Element pPr = child(p, "pPr");
			Element rPr = pPr == null ? null : child(pPr, "rPr");
			boolean markGoes = rPr != null && child(rPr, accept ? "del" : "ins") != null;
			if (markGoes) {
				carried = text; // the paragraph joins the next one
			} else {
				lines.add(text);
				carried = "";
			}
		}
		if (!carried.isEmpty()) {
			lines.add(carried);
		}
		lines.remove(0); // the notice
		return lines;
	}

	private static boolean rowMark(Element row, String name) {
		Element trPr = child(row, "trPr");
		return trPr != null && child(trPr, name) != null;
	}

	private static Element child(Element e, String name) {
		for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
			if (c instanceof Element x && name.equals(x.getLocalName())) {
				return x;
			}
		}
		return null;
	}

	private static Element ancestor(Element e, String name) {
		for (Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
			if (n instanceof Element x && name.equals(x.getLocalName())) {
				return x;
			}
		}
		return null;
	}

	/** The lines of the new (or old) side of every part and cover field, as the document should resolve to. */
	static List<String> expected(FilingComparison c, boolean newSide) {
		List<String> lines = new ArrayList<>();
		c.fields().forEach(f -> lines.add(f.field() + ": " + (newSide ? f.newValue() : f.oldValue())));
		for (PartDiff p : c.parts()) {
			if (newSide ? p.status() == PartDiff.Status.REMOVED : p.status() == PartDiff.Status.ADDED) {
				continue;
			}
			String title = newSide ? p.newTitle() : p.oldTitle();
			if (p.status() == PartDiff.Status.UNCHANGED || p.status() == PartDiff.Status.NO_BASE
					|| !p.titleChanged()) {
				title = p.newTitle() != null ? p.newTitle() : p.oldTitle();
			}
			lines.add(title == null || title.isBlank() ? p.label() : title);
			StructuredText text = newSide ? p.text().newText() : p.text().oldText();
			if (text != null) {
				text.getBlocks().forEach(b -> lines(b, lines));
			}
		}
		return lines;
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

	/** Lets the XML parser read one zip entry without closing the zip. */
	private static final class NonClosing extends java.io.FilterInputStream {
		NonClosing(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}
	}
}
