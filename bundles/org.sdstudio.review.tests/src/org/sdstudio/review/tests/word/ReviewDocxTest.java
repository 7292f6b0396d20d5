package org.sdstudio.review.tests.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.word.Docx.R;
import static org.sdstudio.review.tests.word.Docx.W;
import static org.sdstudio.review.tests.word.Docx.W14;
import static org.sdstudio.review.tests.word.Docx.W15;
import static org.sdstudio.review.tests.word.Docx.child;
import static org.sdstudio.review.tests.word.Docx.elements;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Metal;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.Revision;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.templates.FilingTemplates;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.word.ReviewDocx;
import org.sdstudio.review.word.SentRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The review document as Word and the import read it, checked in its XML: each part's text between its bookmark
 * after a heading outside it, the sent text in the custom XML part equal to the part's text, track changes on,
 * open comments on exactly their passages with replies linked as Word links them, formatting, lists, tables, links
 * and special characters, the changes since approval as tracked changes (accept all gives the current text, reject
 * all the approved one), and validity against the OOXML schemas.
 */
class ReviewDocxTest {

	static final Path EXAMPLE = Path.of(System.getProperty("sdstudio.examples", "../../examples"),
			"halcyon-2025.sdfiling");
	static final Instant SENT = Instant.parse("2026-05-04T09:30:00Z");
	static final String STEP_3 = "report/due-diligence/dd-step-3";
	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	static byte[] write(Filing filing, List<ReviewPart> parts, boolean sinceApproval) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReviewDocx.write(filing, parts,
				new ReviewDocx.Options("Priya Natarajan", SENT, "halcyon-2025.sdfiling", sinceApproval), out);
		byte[] docx = out.toByteArray();
		assertEquals(List.of(), ReviewDocx.schemaErrors(new ByteArrayInputStream(docx)), "valid OOXML");
		return docx;
	}

	// ------------------------------------------------------------------ the example, whole

	@Test
	void everyPartBetweenItsBookmarkAfterItsHeadingAndSentAsItIs() throws Exception {
		Filing filing = FilingFiles.load(EXAMPLE);
		List<ReviewPart> parts = ReviewDocx.defaultParts(filing);
		List<String> ids = parts.stream().map(ReviewPart::id).toList();
		assertEquals(ReviewParts.of(filing).stream().map(ReviewPart::id).toList(), ids);
		assertTrue(ids.containsAll(List.of("item-1.01", "item-1.02", "exhibit", STEP_3, "annex-a")), ids.toString());
		byte[] bytes = write(filing, parts, false);
		// kept for a reader to open: target/review-docx-example.docx
		java.nio.file.Files.write(Path.of("target", "review-docx-example.docx"), bytes);
		Docx d = new Docx(bytes);

		Document doc = d.xml("word/document.xml");
		List<Element> starts = elements(doc, W, "bookmarkStart");
		assertEquals(parts.size(), starts.size());
		for (int i = 0; i < parts.size(); i++) {
			Element start = starts.get(i);
			assertEquals(SentRecord.bookmark(i + 1), start.getAttributeNS(W, "name"));
			// the heading is the paragraph before the bookmark's, and holds no bookmark itself
			Element inParagraph = (Element) start.getParentNode();
			Node before = "p".equals(inParagraph.getLocalName()) ? inParagraph : start;
			Element heading = previousElement(before);
			assertEquals(parts.get(i).label(), Docx.text(heading, true));
			String style = child(child(heading, "pPr"), "pStyle").getAttributeNS(W, "val");
			assertEquals(parts.get(i).id().chars().filter(c -> c == '/').count() > 1 ? "Heading2" : "Heading1", style,
					parts.get(i).id());
			assertTrue(elements(heading, W, "bookmarkStart").isEmpty());
			// the part before ends where this heading starts, so that a paragraph added at its end stays inside it
			List<Element> ends = elements(heading, W, "bookmarkEnd");
			assertEquals(i == 0 ? List.of() : List.of(String.valueOf(i)),
					ends.stream().map(e -> e.getAttributeNS(W, "id")).toList());
			if (i > 0) {
				assertEquals("bookmarkEnd", nextElement(child(heading, "pPr")).getLocalName(), "before the heading's text");
			}
		}
		// the last part ends in an empty closing paragraph
		Element body = child(doc.getDocumentElement(), "body");
		Element closing = (Element) body.getLastChild();
		assertEquals("p", closing.getLocalName());
		assertEquals("", Docx.text(closing, true));
		assertEquals(String.valueOf(parts.size()), child(closing, "bookmarkEnd").getAttributeNS(W, "id"));
		assertEquals(parts.size(), elements(doc, W, "bookmarkEnd").size());
		Map<String, List<String>> accepted = d.bookmarkedLines(true);
		for (int i = 0; i < parts.size(); i++) {
			assertEquals(Docx.lines(parts.get(i).text()), accepted.get(SentRecord.bookmark(i + 1)), parts.get(i).id());
		}
		assertEquals(0, elements(doc, W, "ins").size() + elements(doc, W, "del").size(), "nothing tracked yet");
		assertTrue(Docx.text((Element) elements(doc, W, "p").get(0), true)
				.startsWith("Review copy of halcyon-2025.sdfiling, sent for review by Priya Natarajan on May 4, 2026 "
						+ "at 09:30 UTC"));

		// what was sent: the custom XML part, related to the document as Word relates it, with its properties
		assertEquals(List.of("../customXml/item1.xml"), d.targets("word/_rels/document.xml.rels", "customXml"));
		assertEquals(List.of("itemProps1.xml"), d.targets("customXml/_rels/item1.xml.rels", "customXmlProps"));
		Element props = d.xml("customXml/itemProps1.xml").getDocumentElement();
		assertEquals("datastoreItem", props.getLocalName());
		assertEquals(SentRecord.NAMESPACE, elements(props, props.getNamespaceURI(), "schemaRef").get(0)
				.getAttributeNS(props.getNamespaceURI(), "uri"));
		assertEquals("application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
				contentType(d, "/customXml/itemProps1.xml"));
		SentRecord sent = SentRecord.parse(new ByteArrayInputStream(d.parts.get("customXml/item1.xml")))
				.orElseThrow();
		assertEquals("Priya Natarajan", sent.sentBy());
		assertEquals(SENT, sent.sentAt());
		assertEquals("halcyon-2025.sdfiling", sent.filingName());
		assertEquals(ids, sent.parts().stream().map(SentRecord.SentPart::id).toList());
		for (int i = 0; i < parts.size(); i++) {
			SentRecord.SentPart p = sent.parts().get(i);
			assertEquals(SentRecord.bookmark(i + 1), p.bookmark());
			assertEquals(parts.get(i).label(), p.label());
			assertEquals(parts.get(i).digest(), digest(parts.get(i), p.text()), p.id() + " sent as it is");
		}

		// track changes on; who sent it
		assertEquals(1, elements(d.xml("word/settings.xml"), W, "trackRevisions").size());
		Document core = d.xml("docProps/core.xml");
		assertEquals("Priya Natarajan", core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator")
				.item(0).getTextContent());
		assertEquals("Priya Natarajan", core.getElementsByTagNameNS(
				"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "lastModifiedBy").item(0)
				.getTextContent());
		assertEquals("Review copy: halcyon-2025.sdfiling",
				core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent());

		// Annex A: a Word table, header row repeated, one row per facility
		ReviewPart annex = parts.get(parts.size() - 1);
		assertEquals("annex-a", annex.id());
		List<Element> tables = elements(doc, W, "tbl");
		Element annexTable = tables.get(tables.size() - 1);
		List<Element> rows = Docx.children(annexTable, "tr");
		assertEquals(filing.getReport().getAnnexA().getRows().size() + 1, rows.size());
		assertNotNull(child(child(rows.get(0), "trPr"), "tblHeader"));
		assertEquals(List.of("Metal", "Facility", "Country", "Status", "Smelter ID", "Excluded"),
				Docx.children(rows.get(0), "tc").stream().map(tc -> Docx.text(tc, true)).toList());
		SmelterEntry first = filing.getReport().getAnnexA().getRows().get(0);
		assertEquals(first.getFacilityName(), Docx.text(Docx.children(rows.get(1), "tc").get(1), true));
		assertEquals(java.util.Objects.toString(first.getSmelterId(), ""),
				Docx.text(Docx.children(rows.get(1), "tc").get(4), true));
		// the annex's bookmark stands around the table itself
		Node beforeTable = previousElement(annexTable);
		assertEquals("bookmarkStart", beforeTable.getLocalName());
		assertEquals("bookmarkEnd", child(nextElement(annexTable), "bookmarkEnd").getLocalName());

		// lists as Word numbering
		assertTrue(elements(doc, W, "numPr").size() > 5, "list paragraphs numbered");
		assertTrue(d.parts.containsKey("word/numbering.xml"));
	}

	@Test
	void openCommentsOnTheirExactPassagesWithRepliesLinkedAsWordLinksThem() throws Exception {
		Filing filing = FilingFiles.load(EXAMPLE);
		List<ReviewPart> parts = ReviewDocx.defaultParts(filing);
		Docx d = new Docx(write(filing, parts, false));
		Document comments = d.xml("word/comments.xml");
		List<Element> all = elements(comments, W, "comment");
		int open = 0;
		for (ReviewPart p : parts) {
			for (ReviewComment thread : Reviews.threads(p)) {
				if (!thread.isResolved()) {
					open += 1 + thread.getReplies().size();
				}
			}
		}
		assertEquals(3, open, "dd-step-3's two threads, one with a reply; the introduction's is resolved");
		assertEquals(open, all.size());
		Element question = comment(all, "Do we want to say what we actually did in 2025");
		assertEquals("Jonathan Morrow (outside counsel)", question.getAttributeNS(W, "author"));
		assertEquals("2026-04-14T14:03:00Z", question.getAttributeNS(W, "date"));
		assertEquals("JM", question.getAttributeNS(W, "initials"));
		assertEquals("we will look into the circumstances and decide how to respond",
				d.commentRange(question.getAttributeNS(W, "id")));
		Element reply = comment(all, "We can say that two suppliers were replaced in 2025");
		assertEquals("Priya Natarajan", reply.getAttributeNS(W, "author"));
		assertEquals("2026-04-14T14:40:00Z", reply.getAttributeNS(W, "date"));
		assertEquals("PN", reply.getAttributeNS(W, "initials"));
		assertEquals("we will look into the circumstances and decide how to respond",
				d.commentRange(reply.getAttributeNS(W, "id")), "a reply ranges over its thread's passage, as in Word");
		Element whole = comment(all, "Please check that the escalation steps");
		ReviewPart step3 = ReviewParts.find(filing, STEP_3).orElseThrow();
		assertEquals(Docx.lines(step3.text()).get(0), d.commentRange(whole.getAttributeNS(W, "id")),
				"a comment on the whole part spans its first paragraph");
		// the passage's run was split around the range: the run before it ends where the quote starts
		Element start = elements(d.xml("word/document.xml"), W, "commentRangeStart").stream()
				.filter(e -> e.getAttributeNS(W, "id").equals(question.getAttributeNS(W, "id"))).findFirst()
				.orElseThrow();
		assertTrue(Docx.text(previousElement(start), true).endsWith("reliable CMRT response, "));

		// replies: commentsExtended names the last paragraph of each comment and the reply's parent; none done
		Map<String, Element> ex = new HashMap<>();
		for (Element e : elements(d.xml("word/commentsExtended.xml"), W15, "commentEx")) {
			ex.put(e.getAttributeNS(W15, "paraId"), e);
		}
		assertEquals(all.size(), ex.size());
		String questionPara = lastParaId(question);
		String replyPara = lastParaId(reply);
		assertTrue(questionPara.matches("[0-7][0-9A-F]{7}"), questionPara);
		assertEquals(questionPara, ex.get(replyPara).getAttributeNS(W15, "paraIdParent"));
		assertEquals("", ex.get(questionPara).getAttributeNS(W15, "paraIdParent"));
		assertEquals("", ex.get(lastParaId(whole)).getAttributeNS(W15, "paraIdParent"));
		ex.values().forEach(e -> assertEquals("0", e.getAttributeNS(W15, "done")));
		assertEquals(List.of("comments.xml"), d.targets("word/_rels/document.xml.rels", "comments"));
		assertEquals(List.of("commentsExtended.xml"), d.targets("word/_rels/document.xml.rels", "commentsExtended"));
		assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
				contentType(d, "/word/commentsExtended.xml"));
	}

	// ------------------------------------------------------------------ changes since approval

	@Test
	void changesSinceApprovalAreTrackedSoAcceptAllIsTheCurrentTextAndRejectAllTheApproved() throws Exception {
		Filing filing = FilingFiles.load(EXAMPLE);
		ReviewPart rcoi = ReviewParts.find(filing, "report/rcoi").orElseThrow();
		ReviewPart step3 = ReviewParts.find(filing, STEP_3).orElseThrow();
		PartStatus status = Reviews.status(rcoi);
		assertTrue(status.changedSinceApproval(), "the example's RCOI changed since its approval");
		Docx d = new Docx(write(filing, List.of(rcoi, step3), true));
		Document doc = d.xml("word/document.xml");
		List<Element> ins = elements(doc, W, "ins");
		List<Element> del = elements(doc, W, "del");
		assertFalse(ins.isEmpty() && del.isEmpty(), "changes tracked");
		for (Element e : union(ins, del)) {
			assertEquals(ReviewDocx.SINCE_APPROVAL_AUTHOR, e.getAttributeNS(W, "author"));
			assertEquals("2026-05-04T09:30:00Z", e.getAttributeNS(W, "date"));
		}
		assertEquals(Docx.lines(rcoi.text()), d.bookmarkedLines(true).get(SentRecord.bookmark(1)), "accept all");
		assertEquals(Docx.lines(status.approved().getSnapshot()), d.bookmarkedLines(false).get(SentRecord.bookmark(1)),
				"reject all");
		assertNotEquals(Docx.lines(rcoi.text()), Docx.lines(status.approved().getSnapshot()));
		// a part in review (never approved) is sent as it is
		assertEquals(Docx.lines(step3.text()), d.bookmarkedLines(false).get(SentRecord.bookmark(2)));
		assertEquals(Docx.lines(step3.text()), d.bookmarkedLines(true).get(SentRecord.bookmark(2)));
		// what was sent is the current text, not the approved one
		SentRecord sent = SentRecord.parse(new ByteArrayInputStream(d.parts.get("customXml/item1.xml")))
				.orElseThrow();
		assertEquals(rcoi.digest(), digest(rcoi, sent.parts().get(0).text()));
		assertTrue(Docx.text((Element) elements(doc, W, "p").get(0), true).contains("\"Changes since approval\""));
	}

	@Test
	void editsOfFormattingListsLinksAndTableRowsSinceApproval() throws Exception {
		Filing filing = richFiling();
		ReviewPart step3 = ReviewParts.find(filing, STEP_3).orElseThrow();
		ReviewPart annex = ReviewParts.find(filing, "annex-a").orElseThrow();
		approve(step3);
		approve(annex);
		StructuredText approvedText = Reviews.status(step3).approved().getSnapshot();
		// edit: a word replaced, a word made italic, the link's target changed, a list item and a table row added,
		// a paragraph deleted, an Annex A row added and one's status changed
		StructuredText body = filing.getReport().getSections().stream()
				.filter(s -> "due-diligence".equals(s.getId())).findFirst().orElseThrow().getSubsections().get(2)
				.getBody();
		Paragraph p = (Paragraph) body.getBlocks().get(1);
		p.getRuns().get(0).setText("Simple ");
		p.getRuns().get(3).setItalic(true);
		p.getRuns().get(4).setLink("https://example.com/policy-2026");
		ListBlock list = (ListBlock) body.getBlocks().get(2);
		ListItem third = F.createListItem();
		third.getBlocks().add(StructuredTexts.paragraph("Third item, added"));
		list.getItems().add(third);
		Table table = (Table) body.getBlocks().get(3);
		table.getRows().add(row(false, "Gold", "12"));
		body.getBlocks().remove(4);
		SmelterEntry added = smelter(Metal.GOLD, "New Gold Refinery", "Canada", "CID000999");
		filing.getReport().getAnnexA().getRows().add(added);
		filing.getReport().getAnnexA().getRows().get(0).setStatus(ComplianceStatus.ACTIVE);
		assertTrue(Reviews.status(step3).changedSinceApproval());
		assertTrue(Reviews.status(annex).changedSinceApproval());
		// a comment on a passage that begins with inserted words, after a deleted paragraph mark's worth of changes
		ReviewCommand comment = Reviews.comment(step3, counsel(), "Why simple?", "Simple bold and", -1);
		assertTrue(comment.canExecute(), comment.refusal().orElse(""));
		new BasicCommandStack().execute(comment);

		byte[] bytes = write(filing, List.of(step3, annex), true);
		java.nio.file.Files.write(Path.of("target", "review-docx-since-approval.docx"), bytes);
		Docx d = new Docx(bytes);
		Map<String, List<String>> accepted = d.bookmarkedLines(true);
		Map<String, List<String>> rejected = d.bookmarkedLines(false);
		assertEquals(Docx.lines(step3.text()), accepted.get(SentRecord.bookmark(1)));
		assertEquals(Docx.lines(approvedText), rejected.get(SentRecord.bookmark(1)));
		assertEquals(Docx.lines(annex.text()), accepted.get(SentRecord.bookmark(2)));
		assertEquals(Docx.lines(Reviews.status(annex).approved().getSnapshot()), rejected.get(SentRecord.bookmark(2)));
		Document doc = d.xml("word/document.xml");
		Element why = elements(d.xml("word/comments.xml"), W, "comment").get(0);
		assertEquals("Simple bold and", d.commentRange(why.getAttributeNS(W, "id")),
				"on its passage among the changes");
		assertFalse(elements(doc, W, "rPrChange").isEmpty(), "the italic word is a formatting revision");
		long insertedRows = elements(doc, W, "trPr").stream().filter(t -> child(t, "ins") != null).count();
		assertEquals(2, insertedRows, "the step's table row and the annex row");
		// the changed link: the old hyperlink's text deleted, the new one's inserted
		String rels = new String(d.parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
		assertTrue(rels.contains("https://example.com/policy-2026"), rels);
		boolean deletedInOldLink = false;
		for (Element h : elements(doc, W, "hyperlink")) {
			if (!elements(h, W, "delText").isEmpty()) {
				deletedInOldLink = true;
			}
		}
		assertTrue(deletedInOldLink);
	}

	// ------------------------------------------------------------------ formatting, lists, tables, characters

	@Test
	void formattingListsTablesLinksAndSpecialCharacters() throws Exception {
		Filing filing = richFiling();
		ReviewPart step3 = ReviewParts.find(filing, STEP_3).orElseThrow();
		// a comment whose passage starts inside the bold run and ends inside the italic one
		ReviewCommand comment = Reviews.comment(step3, counsel(), "Tighten this.", "old and ital", -1);
		assertTrue(comment.canExecute(), comment.refusal().orElse(""));
		new BasicCommandStack().execute(comment);
		List<ReviewPart> parts = ReviewDocx.defaultParts(filing);
		byte[] bytes = write(filing, parts, false);
		Docx d = new Docx(bytes);
		Document doc = d.xml("word/document.xml");
		int n = parts.indexOf(step3) + 1;
		assertEquals(Docx.lines(step3.text()), d.bookmarkedLines(true).get(SentRecord.bookmark(n)));
		for (int i = 0; i < parts.size(); i++) {
			assertEquals(Docx.lines(parts.get(i).text()), d.bookmarkedLines(true).get(SentRecord.bookmark(i + 1)),
					parts.get(i).id());
		}

		Map<String, Element> byText = new HashMap<>();
		for (Element p : elements(doc, W, "p")) {
			byText.put(Docx.text(p, true), p);
		}
		// the subheading
		Element subheading = byText.get("Risk & response <plan>");
		assertEquals("Heading3", child(child(subheading, "pPr"), "pStyle").getAttributeNS(W, "val"));
		// runs with their formatting, split around the comment's range
		Element id = elements(d.xml("word/comments.xml"), W, "comment").get(0);
		assertEquals("old and ital", d.commentRange(id.getAttributeNS(W, "id")));
		Element mixed = byText.get(StructuredTexts.plainText(oneBlock(step3.text(), 1)).strip());
		assertNotNull(mixed, byText.keySet().toString());
		List<String> runs = new ArrayList<>();
		for (Element r : elements(mixed, W, "r")) {
			Element rPr = child(r, "rPr");
			String f = rPr == null ? "" : (child(rPr, "b") != null ? "b" : "") + (child(rPr, "i") != null ? "i" : "")
					+ (child(rPr, "u") != null ? "u" : "") + (child(rPr, "rStyle") != null ? "link" : "");
			if (child(r, "t") != null) {
				runs.add(f + ":" + Docx.text(r, true));
			}
		}
		assertEquals(List.of(":Plain ", "b:b", "b:old ", "i:and ital", "i:ic", ": text with ", "link:our policy",
				": and ", "u:underlined", ": end \uD835\uDD18 \u2603 & < > \" '."), runs);
		Element link = elements(mixed, W, "hyperlink").get(0);
		String rid = link.getAttributeNS(R, "id");
		Element rel = elements(d.xml("word/_rels/document.xml.rels"), Docx.PR, "Relationship").stream()
				.filter(e -> e.getAttribute("Id").equals(rid)).findFirst().orElseThrow();
		assertEquals("https://example.com/policy?a=1&b=2", rel.getAttribute("Target"));
		assertEquals("External", rel.getAttribute("TargetMode"));
		assertEquals("annex-a", elements(doc, W, "hyperlink").stream().filter(h -> !h.getAttributeNS(W, "anchor")
				.isEmpty()).findFirst().orElseThrow().getAttributeNS(W, "anchor"));

		// lists: numbered on their level, a nested list its own numbering starting where it starts, an item's
		// second paragraph indented without a number
		Element first = byText.get("First item");
		Element nestedOne = byText.get("nested one");
		Element nestedTwo = byText.get("nested two");
		Element more = byText.get("more of the first item");
		Element second = byText.get("Second item");
		assertEquals("0", numPr(first, "ilvl"));
		assertEquals("1", numPr(nestedOne, "ilvl"));
		assertEquals(numPr(nestedOne, "numId"), numPr(nestedTwo, "numId"));
		assertNotEquals(numPr(first, "numId"), numPr(nestedOne, "numId"));
		assertEquals(numPr(first, "numId"), numPr(second, "numId"), "the outer list goes on after the nested one");
		assertEquals(null, child(child(more, "pPr"), "numPr"));
		assertNotNull(child(child(more, "pPr"), "ind"));
		Document numbering = d.xml("word/numbering.xml");
		Element nestedLevel = level(numbering, numPr(nestedOne, "numId"), "1");
		assertEquals("decimal", child(nestedLevel, "numFmt").getAttributeNS(W, "val"));
		assertEquals("3", child(nestedLevel, "start").getAttributeNS(W, "val"));
		assertEquals("bullet", child(level(numbering, numPr(first, "numId"), "0"), "numFmt").getAttributeNS(W, "val"));

		// the table: a header row marked as one, special characters kept
		Element table = (Element) byText.get("Tin & Tungsten").getParentNode().getParentNode().getParentNode();
		List<Element> rows = Docx.children(table, "tr");
		assertNotNull(child(child(rows.get(0), "trPr"), "tblHeader"));
		assertEquals(null, rows.get(1).getElementsByTagNameNS(W, "tblHeader").item(0));
		assertTrue(byText.containsKey("<3"));

		// escaped as XML, the filing's name and text intact in the sent record
		String xml = new String(d.parts.get("word/document.xml"), StandardCharsets.UTF_8);
		assertTrue(xml.matches("(?s).*Risk &amp; response &lt;plan(>|&gt;).*"));
		SentRecord sent = SentRecord.parse(new ByteArrayInputStream(d.parts.get("customXml/item1.xml")))
				.orElseThrow();
		for (int i = 0; i < parts.size(); i++) {
			assertEquals(parts.get(i).digest(), digest(parts.get(i), sent.parts().get(i).text()), parts.get(i).id());
		}

		// an empty part: its bookmark around one empty paragraph
		ReviewPart empty = parts.stream().filter(p -> p.text().getBlocks().isEmpty()).findFirst().orElseThrow();
		Element emptyStart = elements(doc, W, "bookmarkStart").get(parts.indexOf(empty));
		Element paragraph = (Element) emptyStart.getParentNode();
		assertEquals("p", paragraph.getLocalName());
		assertEquals("", Docx.text(paragraph, true));
		Element afterEmpty = nextElement(paragraph);
		assertEquals(String.valueOf(parts.indexOf(empty) + 1), child(afterEmpty, "bookmarkEnd").getAttributeNS(W, "id"));

		// Annex A's one row
		assertEquals(List.of("Metal", "Facility", "Country", "Status", "Smelter ID", "Excluded", "Tin",
				"Example Tin Smelter", "Bolivia", "Conformant", "CID000001", ""),
				d.bookmarkedLines(true).get(SentRecord.bookmark(parts.size())));
	}

	@Test
	void aCharacterWordCannotHoldIsRefusedBeforeAnythingIsWritten() throws Exception {
		Filing filing = richFiling();
		ReviewPart step3 = ReviewParts.find(filing, STEP_3).orElseThrow();
		((Paragraph) step3.text().getBlocks().get(1)).getRuns().get(0).setText("Plain \u0001");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		IOException e = assertThrows(IOException.class, () -> ReviewDocx.write(filing, List.of(step3),
				new ReviewDocx.Options("Priya Natarajan", SENT, "acme.sdfiling", false), out));
		assertTrue(e.getMessage().contains("U+0001"), e.getMessage());
		assertEquals(0, out.size());
	}

	@Test
	void theCheckerFindsWhatWordWouldRefuse() throws Exception {
		Filing filing = FilingFiles.load(EXAMPLE);
		byte[] good = write(filing, ReviewDocx.defaultParts(filing), false);
		// a bookmark left open, an element the schema does not know, a reply whose parent is no comment
		List<String> open = ReviewDocx.schemaErrors(new ByteArrayInputStream(replace(good, "word/document.xml",
				"<w:bookmarkEnd w:id=\"3\"/>", "")));
		assertTrue(open.stream().anyMatch(e -> e.contains("bookmark SDStudio_part_3 (id 3) is not closed")),
				open.toString());
		List<String> unknown = ReviewDocx.schemaErrors(new ByteArrayInputStream(replace(good, "word/document.xml",
				"<w:pStyle w:val=\"Heading1\"/>", "<w:pStyle w:val=\"Heading1\"/><w:shout/>")));
		assertTrue(unknown.stream().anyMatch(e -> e.startsWith("word/document.xml: ") && e.contains("shout")),
				unknown.toString());
		String extended = new String(new Docx(good).parts.get("word/commentsExtended.xml"), StandardCharsets.UTF_8);
		String parent = extended.replaceAll("(?s).*w15:paraIdParent=\"([0-9A-F]{8})\".*", "$1");
		List<String> orphan = ReviewDocx.schemaErrors(new ByteArrayInputStream(replace(good,
				"word/commentsExtended.xml", "w15:paraIdParent=\"" + parent, "w15:paraIdParent=\"0BADF00D")));
		assertTrue(orphan.stream().anyMatch(e -> e.contains("the parent 0BADF00D")), orphan.toString());
	}

	/** The document with one part's text edited, everything else as it was. */
	private static byte[] replace(byte[] docx, String part, String from, String to) throws IOException {
		Docx d = new Docx(docx);
		String xml = new String(d.parts.get(part), StandardCharsets.UTF_8);
		assertTrue(xml.contains(from), from);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : d.parts.entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
				zip.write(e.getKey().equals(part) ? xml.replaceFirst(java.util.regex.Pattern.quote(from),
						java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8) : e.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	// ------------------------------------------------------------------ helpers

	/** A new filing whose Step 3 has a subheading, formatted runs with links, nested lists and a table. */
	static Filing richFiling() {
		Filing filing = FilingTemplates.blank("Acme & <Sons>, Inc.", 2025);
		ReportSection step3 = filing.getReport().getSections().stream().filter(s -> "due-diligence".equals(s.getId()))
				.findFirst().orElseThrow().getSubsections().get(2);
		StructuredText text = F.createStructuredText();
		Paragraph heading = StructuredTexts.paragraph("Risk & response <plan>");
		heading.setStyle(ParagraphStyle.SUBHEADING);
		text.getBlocks().add(heading);
		Paragraph p = F.createParagraph();
		p.getRuns().add(run("Plain ", false, false, false, null));
		p.getRuns().add(run("bold ", true, false, false, null));
		p.getRuns().add(run("and italic", false, true, false, null));
		p.getRuns().add(run(" text with ", false, false, false, null));
		p.getRuns().add(run("our policy", false, false, false, "https://example.com/policy?a=1&b=2"));
		p.getRuns().add(run(" and ", false, false, false, null));
		p.getRuns().add(run("underlined", false, false, true, null));
		p.getRuns().add(run(" end \uD835\uDD18 \u2603 & < > \" '.", false, false, false, null));
		text.getBlocks().add(p);
		ListBlock bullets = F.createListBlock();
		bullets.setStyle(ListStyle.BULLET);
		ListItem one = F.createListItem();
		one.getBlocks().add(StructuredTexts.paragraph("First item"));
		ListBlock nested = F.createListBlock();
		nested.setStyle(ListStyle.DECIMAL);
		nested.setStart(3);
		for (String s : new String[] { "nested one", "nested two" }) {
			ListItem item = F.createListItem();
			item.getBlocks().add(StructuredTexts.paragraph(s));
			nested.getItems().add(item);
		}
		one.getBlocks().add(nested);
		one.getBlocks().add(StructuredTexts.paragraph("more of the first item"));
		bullets.getItems().add(one);
		ListItem two = F.createListItem();
		two.getBlocks().add(StructuredTexts.paragraph("Second item"));
		bullets.getItems().add(two);
		text.getBlocks().add(bullets);
		Table table = F.createTable();
		table.getRows().add(row(true, "Metal", "Count"));
		table.getRows().add(row(false, "Tin & Tungsten", "<3"));
		text.getBlocks().add(table);
		Paragraph last = F.createParagraph();
		last.getRuns().add(run("See Annex A.", false, false, false, "#annex-a"));
		text.getBlocks().add(last);
		step3.setBody(text);
		filing.getReport().getAnnexA().getRows()
				.add(smelter(Metal.TIN, "Example Tin Smelter", "Bolivia", "CID000001"));
		return filing;
	}

	private static SmelterEntry smelter(Metal metal, String name, String country, String id) {
		SmelterEntry row = F.createSmelterEntry();
		row.setMetal(metal);
		row.setFacilityName(name);
		row.setCountry(country);
		row.setSmelterId(id);
		row.setStatus(ComplianceStatus.CONFORMANT);
		return row;
	}

	private static Run run(String text, boolean bold, boolean italic, boolean underline, String link) {
		Run r = F.createRun();
		r.setText(text);
		r.setBold(bold);
		r.setItalic(italic);
		r.setUnderline(underline);
		r.setLink(link);
		return r;
	}

	private static TableRow row(boolean header, String... cells) {
		TableRow row = F.createTableRow();
		row.setHeader(header);
		for (String c : cells) {
			TableCell cell = F.createTableCell();
			cell.getRuns().add(run(c, false, false, false, null));
			row.getCells().add(cell);
		}
		return row;
	}

	private static StructuredText oneBlock(StructuredText text, int index) {
		StructuredText one = F.createStructuredText();
		one.getBlocks().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(text.getBlocks().get(index)));
		return one;
	}

	private static Reviewer counsel() {
		return new Reviewer("Jonathan Morrow", Clock.fixed(Instant.parse("2026-04-20T10:00:00Z"), ZoneOffset.UTC));
	}

	private static void approve(ReviewPart part) {
		BasicCommandStack stack = new BasicCommandStack();
		ReviewCommand submit = Reviews.submit(part,
				new Reviewer("Priya Natarajan", Clock.fixed(Instant.parse("2026-04-19T10:00:00Z"), ZoneOffset.UTC)),
				"for approval");
		assertTrue(submit.canExecute(), submit.refusal().orElse(""));
		stack.execute(submit);
		ReviewCommand approve = Reviews.approve(part, counsel(), null);
		assertTrue(approve.canExecute(), approve.refusal().orElse(""));
		stack.execute(approve);
	}

	/** The digest of a sent text under the part's title, comparable with {@link ReviewPart#digest()}. */
	private static String digest(ReviewPart part, StructuredText text) {
		Revision r = F.createRevision();
		r.setTitle(part.title());
		r.setSnapshot(text);
		return Reviews.digest(r);
	}

	private static Element comment(List<Element> comments, String textStart) {
		return comments.stream().filter(c -> Docx.text(c, true).startsWith(textStart)).findFirst()
				.orElseThrow(() -> new AssertionError("no comment " + textStart));
	}

	private static String contentType(Docx d, String part) throws Exception {
		return elements(d.xml("[Content_Types].xml"), "http://schemas.openxmlformats.org/package/2006/content-types",
				"Override").stream().filter(e -> e.getAttribute("PartName").equals(part)).findFirst()
				.orElseThrow(() -> new AssertionError("no content type for " + part)).getAttribute("ContentType");
	}

	private static String lastParaId(Element comment) {
		List<Element> ps = elements(comment, W, "p");
		return ps.get(ps.size() - 1).getAttributeNS(W14, "paraId");
	}

	private static String numPr(Element p, String what) {
		return child(child(child(p, "pPr"), "numPr"), what).getAttributeNS(W, "val");
	}

	/** The level of the abstract numbering a numbering instance uses. */
	private static Element level(Document numbering, String numId, String ilvl) {
		Element num = elements(numbering, W, "num").stream().filter(e -> e.getAttributeNS(W, "numId").equals(numId))
				.findFirst().orElseThrow();
		String abstractId = child(num, "abstractNumId").getAttributeNS(W, "val");
		Element abstractNum = elements(numbering, W, "abstractNum").stream()
				.filter(e -> e.getAttributeNS(W, "abstractNumId").equals(abstractId)).findFirst().orElseThrow();
		return Docx.children(abstractNum, "lvl").stream().filter(l -> l.getAttributeNS(W, "ilvl").equals(ilvl))
				.findFirst().orElseThrow();
	}

	private static Element previousElement(Node n) {
		for (Node c = n.getPreviousSibling(); c != null; c = c.getPreviousSibling()) {
			if (c instanceof Element e) {
				return e;
			}
		}
		throw new AssertionError("nothing before " + n.getNodeName());
	}

	private static Element nextElement(Node n) {
		for (Node c = n.getNextSibling(); c != null; c = c.getNextSibling()) {
			if (c instanceof Element e) {
				return e;
			}
		}
		throw new AssertionError("nothing after " + n.getNodeName());
	}

	private static List<Element> union(List<Element> a, List<Element> b) {
		List<Element> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
