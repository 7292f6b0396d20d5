package org.sdstudio.review.tests.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.word.ReturnedDocs.ANN;
import static org.sdstudio.review.tests.word.ReturnedDocs.JONATHAN;
import static org.sdstudio.review.tests.word.ReturnedDocs.PRIYA;
import static org.sdstudio.review.tests.word.ReturnedDocs.SAVED;
import static org.sdstudio.review.tests.word.ReturnedDocs.T1;
import static org.sdstudio.review.tests.word.ReturnedDocs.T2;
import static org.sdstudio.review.tests.word.ReturnedDocs.T3;
import static org.sdstudio.review.word.ReturnedDocument.TrackedRevision.Kind.DELETED;
import static org.sdstudio.review.word.ReturnedDocument.TrackedRevision.Kind.FORMATTED;
import static org.sdstudio.review.word.ReturnedDocument.TrackedRevision.Kind.INSERTED;
import static org.sdstudio.review.word.ReturnedDocument.TrackedRevision.Kind.PARAGRAPH_DELETED;
import static org.sdstudio.review.word.ReturnedDocument.TrackedRevision.Kind.PARAGRAPH_INSERTED;
import static org.sdstudio.review.word.ReturnedDocument.TrackedRevision.Kind.ROW_DELETED;
import static org.sdstudio.review.word.ReturnedDocument.TrackedRevision.Kind.ROW_INSERTED;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.security.MessageDigest;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.word.ReturnedDocument;
import org.sdstudio.review.word.ReturnedDocument.ReturnedPart;
import org.sdstudio.review.word.ReturnedDocument.TrackedRevision;
import org.sdstudio.review.word.ReturnedDocument.WordComment;
import org.sdstudio.review.word.ReviewDocxReader;
import org.sdstudio.review.word.SentRecord;

/**
 * Reading a review document counsel returned, written the way Word and LibreOffice write tracked changes and
 * comments: every change rejected gives exactly the text that was sent, every change accepted gives counsel's
 * text, and every revision and comment arrives with its author and date.
 */
class ReviewDocxReaderTest {

	@TempDir
	Path dir;

	private ReturnedDocument read(WordDocs d) throws Exception {
		return ReviewDocxReader.read(d.write(dir.resolve("returned-" + d.manner().name().toLowerCase() + ".docx")));
	}

	@ParameterizedTest
	@EnumSource(WordDocs.Manner.class)
	void rejectingEveryChangeGivesTheSentTextAndAcceptingGivesCounselsText(WordDocs.Manner manner) throws Exception {
		WordDocs d = ReturnedDocs.reviewed(manner == WordDocs.Manner.WORD ? WordDocs.word() : WordDocs.libreOffice());
		ReturnedDocument doc = read(d);

		assertEquals(List.of(), doc.problems());
		assertEquals(3, doc.parts().size());
		assertEquals(List.of("SDStudio_part_1", "SDStudio_part_2", "SDStudio_part_3"),
				doc.parts().stream().map(ReturnedPart::bookmark).toList());
		SentRecord sent = doc.sent();
		assertEquals("halcyon-2025.sdfiling", sent.filingName());
		assertEquals(PRIYA, doc.lastAuthor());
		assertEquals(SAVED, doc.lastSaved());
		for (int i = 0; i < 3; i++) {
			StructuredText original = doc.parts().get(i).original();
			StructuredText asSent = sent.parts().get(i).text();
			assertEquals(WordDocs.describe(asSent), WordDocs.describe(original), "part " + (i + 1) + " rejected");
			assertTrue(EcoreUtil.equals(asSent, original), "part " + (i + 1) + " rejected is the sent text exactly");
		}
		assertEquals("""
				p: Halcyon conducted a *reasonable* country of origin inquiry under Rule 13p-1.
				p: The inquiry covered 120 suppliers, of which 98 responded to the survey.
				p: Smelters were identified for 85 of them.
				p: We reviewed the responses. Results are described below.
				""", WordDocs.describe(doc.parts().get(0).returned()));
		assertEquals("""
				p: See the Conflict Minerals Report on [our website (investors page)](https://www.example.com/cmr).
				list bullet
				- item
				    p: Tin
				- item
				    p: Tantalum
				- item
				    p: Tungsten
				- item
				    p: Gold
				list decimal from 1
				- item
				    p: Survey suppliers
				- item
				    p: Review answers
				    list lower-alpha from 1
				    - item
				        p: completeness
				    - item
				        p: red flags
				""", WordDocs.describe(doc.parts().get(1).returned()));
		assertEquals("""
				table
				|* Metal | Smelter | Country |
				| Tin | Alpha Smelting | Brazil |
				| Tantalum | Gamma Metals | Rwanda |
				""", WordDocs.describe(doc.parts().get(2).returned()));
	}

	@ParameterizedTest
	@EnumSource(WordDocs.Manner.class)
	void everyRevisionArrivesWithItsAuthorDateAndText(WordDocs.Manner manner) throws Exception {
		ReturnedDocument doc = read(
				ReturnedDocs.reviewed(manner == WordDocs.Manner.WORD ? WordDocs.word() : WordDocs.libreOffice()));

		assertEquals(List.of(new TrackedRevision(FORMATTED, PRIYA, T1, "reasonable"),
				new TrackedRevision(DELETED, PRIYA, T1, " in good faith"),
				new TrackedRevision(INSERTED, PRIYA, T1, " under Rule 13p-1"),
				new TrackedRevision(DELETED, ANN, T2, "suppliers."),
				new TrackedRevision(INSERTED, ANN, T2, "suppliers, of which "),
				new TrackedRevision(PARAGRAPH_DELETED, ANN, T2, ""),
				new TrackedRevision(DELETED, ANN, T2, "Of those, "),
				new TrackedRevision(PARAGRAPH_INSERTED, PRIYA, T1, ""),
				new TrackedRevision(INSERTED, PRIYA, T1, "Smelters were identified for 85 of them."),
				new TrackedRevision(DELETED, ANN, T3, "Results are described below. "),
				new TrackedRevision(INSERTED, ANN, T3, " Results are described below.")),
				doc.parts().get(0).revisions());
		assertEquals(List.of(new TrackedRevision(INSERTED, ANN, T2, " (investors page)"),
				new TrackedRevision(PARAGRAPH_INSERTED, ANN, T2, ""), new TrackedRevision(INSERTED, ANN, T2, "Tungsten"),
				new TrackedRevision(FORMATTED, ANN, T2, "Gold")), doc.parts().get(1).revisions());
		assertEquals(List.of(new TrackedRevision(DELETED, JONATHAN, T3, "Bolivia"),
				new TrackedRevision(INSERTED, JONATHAN, T3, "Brazil"),
				new TrackedRevision(ROW_DELETED, JONATHAN, T3, "Gold | Beta Refining | Peru"),
				new TrackedRevision(ROW_INSERTED, JONATHAN, T3, "Tantalum | Gamma Metals | Rwanda")),
				doc.parts().get(2).revisions());
	}

	@Test
	void wordCommentsKeepTheirPassagesRepliesDoneMarksAndUtcDates() throws Exception {
		ReturnedDocument doc = read(ReturnedDocs.reviewed(WordDocs.word()));
		ReturnedPart rcoi = doc.parts().get(0);
		String plain = StructuredTexts.plainText(rcoi.returned());

		WordComment reply = new WordComment(JONATHAN, T3, "Yes, as in Rule 13p-1.", "", -1, false, List.of());
		assertEquals(List.of(
				new WordComment(PRIYA, T1, "Is this the defined term?", "country of origin inquiry",
						plain.indexOf("country of origin inquiry"), false, List.of(reply)),
				new WordComment(ANN, T2, "Check the count against the CMRT log.\nAlso the date.",
						"120 suppliers, of which 98", plain.indexOf("120 suppliers, of which 98"), true, List.of())),
				rcoi.comments());
		assertEquals(List.of(new WordComment(ANN, T2, "Should Item 1.01 name the exhibit?", "", -1, false, List.of())),
				doc.parts().get(1).comments(), "a comment with a reference mark only");
		assertEquals(List.of(), doc.parts().get(2).comments());
	}

	@Test
	void libreOfficeCommentsAreAllTopLevelWithZonelessDates() throws Exception {
		ReturnedDocument doc = read(ReturnedDocs.reviewed(WordDocs.libreOffice()));
		ReturnedPart rcoi = doc.parts().get(0);
		String plain = StructuredTexts.plainText(rcoi.returned());
		int at = plain.indexOf("country of origin inquiry");

		assertEquals(List.of(
				new WordComment(PRIYA, T1, "Is this the defined term?", "country of origin inquiry", at, false, List.of()),
				new WordComment(JONATHAN, T3, "Yes, as in Rule 13p-1.", "country of origin inquiry", at, false, List.of()),
				new WordComment(ANN, T2, "Check the count against the CMRT log.\nAlso the date.",
						"120 suppliers, of which 98", plain.indexOf("120 suppliers, of which 98"), false, List.of())),
				rcoi.comments());
	}

	@Test
	void libreOfficeRevisionsOnePerRunAreOneRevisionAndExplicitFalseFormattingIsPlain() throws Exception {
		WordDocs d = WordDocs.libreOffice();
		d.sent(ReturnedDocs.sent());
		d.body(d.heading(1, "Part"), d.p(d.partStart(1), d.r("Halcyon "),
				d.ins(ANN, T1, d.r("now "), d.r("files", "b"), d.r(" again ")), d.r("reports"), d.partEnd(1)));
		String documentXml = d.document();
		assertTrue(documentXml.contains("<w:b w:val=\"false\"/>"), "LibreOffice's manner");
		assertEquals(3, documentXml.split("<w:ins ").length - 1, "one w:ins per run, as LibreOffice writes them");
		assertTrue(documentXml.contains("w:date=\"2026-03-02T14:05:00\""), "a date without a zone");

		ReturnedDocument doc = read(d);
		ReturnedPart part = doc.parts().get(0);
		assertEquals("p: Halcyon now *files* again reports\n", WordDocs.describe(part.returned()));
		assertEquals("p: Halcyon reports\n", WordDocs.describe(part.original()));
		assertEquals(List.of(new TrackedRevision(INSERTED, ANN, T1, "now files again ")), part.revisions());
	}

	@Test
	void offsetsAndQuotesFollowThePlainTextOfTheReturnedText() throws Exception {
		WordDocs d = WordDocs.word();
		d.comment(1, ANN, T1, "list");
		d.comment(2, ANN, T1, "cell");
		d.comment(3, ANN, T1, "across");
		d.body(d.p(d.partStart(1), d.r("Intro text.")),
				d.item(WordDocs.DECIMAL, 0, d.r("One")),
				d.item(WordDocs.DECIMAL, 0, d.oneRun("Tw"), d.commentStart(1), d.oneRun("o items"), d.commentEnd(1)),
				d.table(d.row("a", "b"), d.rowWith("", d.cell(d.p(d.r("c"))),
						d.cell(d.p(d.commentStart(2), d.r("dee")), d.p(d.r("more"), d.commentEnd(2))))),
				d.p(d.commentStart(3), d.r("End"), d.partEnd(1)), d.p(d.r("Beyond"), d.commentEnd(3)));
		ReturnedDocument doc = read(d);
		ReturnedPart part = doc.parts().get(0);
		String plain = StructuredTexts.plainText(part.returned());

		assertEquals("Intro text.\nOne\nTwo items\na\tb\t\nc\tdee more\t\nEnd\n", plain);
		for (WordComment c : part.comments()) {
			assertEquals(c.quoted(), plain.substring(c.offset(), c.offset() + c.quoted().length()));
		}
		assertEquals(List.of("o items", "dee more", "End"), part.comments().stream().map(WordComment::quoted).toList());
		assertEquals(List.of("text outside every part: \"Beyond\""), doc.problems());
	}

	@Test
	void aDeletedBookmarkIsReportedAndItsTextIsQuotedAsOutsideEveryPart() throws Exception {
		WordDocs d = WordDocs.word();
		d.sent(ReturnedDocs.sent());
		d.body(d.heading(1, ReturnedDocs.RCOI_LABEL), d.p(d.partStart(1), d.r("RCOI text."), d.partEnd(1)),
				d.heading(1, ReturnedDocs.ITEM_LABEL), d.p(d.r("Item text without its bookmark.")),
				d.heading(1, ReturnedDocs.ANNEX_LABEL), d.p(d.partStart(3), d.r("Annex text."), d.partEnd(3)));
		ReturnedDocument doc = read(d);

		assertEquals(List.of("SDStudio_part_1", "SDStudio_part_3"),
				doc.parts().stream().map(ReturnedPart::bookmark).toList());
		assertEquals(List.of("the bookmark around Item 1.01 (item-1.01) was deleted; its text cannot be told from the "
				+ "rest, and what is left of it is reported as text outside every part",
				"text outside every part: \"Item text without its bookmark.\""), doc.problems());
	}

	@Test
	void aBookmarkNamingNoSentPartIsReportedWithItsText() throws Exception {
		WordDocs d = WordDocs.word();
		d.sent(ReturnedDocs.sent());
		d.body(d.p(d.partStart(1), d.r("One."), d.partEnd(1)), d.p(d.partStart(2), d.r("Two."), d.partEnd(2)),
				d.p(d.partStart(3), d.r("Three."), d.partEnd(3)), d.p(d.partStart(7), d.r("Seven."), d.partEnd(7)));
		ReturnedDocument doc = read(d);

		assertEquals(List.of("the bookmark SDStudio_part_7 names no part that was sent; its text: \"Seven.\""),
				doc.problems());
		assertEquals(4, doc.parts().size(), "its text is still read, for the import to report");
		assertEquals("Seven.\n", StructuredTexts.plainText(doc.parts().get(3).returned()));
	}

	@Test
	void textCounselAddedBetweenPartsIsReportedButOurHeadingsAreNot() throws Exception {
		WordDocs d = WordDocs.word();
		d.sent(ReturnedDocs.sent());
		d.comment(1, ANN, T1, "Which copy?");
		d.reply(2, 1, JONATHAN, T2, "The second.");
		d.body(d.para().style("Title").with(d.commentStart(1), d.commentStart(2), d.r("Review copy"), d.commentEnd(1),
				d.commentEnd(2)), d.heading(1, ReturnedDocs.RCOI_LABEL),
				d.p(d.partStart(1), d.r("One."), d.partEnd(1)),
				d.para().insertedMark(ANN, T1).with(d.ins(ANN, T1, d.r("A new paragraph between parts."))),
				d.p(d.ins(ANN, T1, d.r("And a second one."))),
				d.heading(1, ReturnedDocs.ITEM_LABEL), d.p(d.partStart(2), d.r("Two."), d.partEnd(2)),
				d.p(d.r("Typed with tracking off.")), d.p(d.r(ReturnedDocs.ANNEX_LABEL)),
				d.p(d.partStart(3), d.r("Three."), d.partEnd(3)),
				d.heading(1, "Notes from SD Studio"), d.para().style("Heading1").with(d.r("Notes"),
						d.ins(ANN, T1, d.r(" and more"))));
		ReturnedDocument doc = read(d);

		assertEquals(List.of("a comment outside every part, by Ann Kowalski: \"Which copy?\" (with 1 reply)",
				"text outside every part: \"A new paragraph between parts. / And a second one.\"",
				"text outside every part: \"Typed with tracking off.\"",
				"text outside every part: \"Notes and more\""), doc.problems());
		assertEquals(List.of("One.\n", "Two.\n", "Three.\n"),
				doc.parts().stream().map(p -> StructuredTexts.plainText(p.returned())).toList());
	}

	/**
	 * The shapes LibreOffice 7.4 gives a bookmark spanning paragraphs when it saves a review document (seen in its
	 * output): two empty bookmarks of the name at the start and at the end; a start without an end and a second
	 * bookmark of the name around the last paragraph; the end's copy renamed "_Copy_1". Each part is still found.
	 */
	@Test
	void bookmarksAsLibreOfficeSplitsThemStillHoldTheirParts() throws Exception {
		WordDocs d = WordDocs.libreOffice();
		d.sent(ReturnedDocs.sent());
		String point = "<w:bookmarkStart w:id=\"%d\" w:name=\"%s\"/><w:bookmarkEnd w:id=\"%d\"/>";
		d.body(d.heading(1, ReturnedDocs.RCOI_LABEL),
				d.p(String.format(point, 1, "SDStudio_part_1", 1), d.r("One.")), d.p(d.r("One, more.")),
				d.para().style("Heading1").with(String.format(point, 2, "SDStudio_part_1", 2), d.r(ReturnedDocs.ITEM_LABEL)),
				d.p("<w:bookmarkStart w:id=\"3\" w:name=\"SDStudio_part_2\"/>", d.r("Two.")),
				d.p("<w:bookmarkStart w:id=\"4\" w:name=\"SDStudio_part_2\"/>", d.r("Two, last."),
						"<w:bookmarkEnd w:id=\"4\"/>"),
				d.heading(1, ReturnedDocs.ANNEX_LABEL), d.p(String.format(point, 5, "SDStudio_part_3", 5), d.r("Three.")),
				d.p(d.r(""), "<w:bookmarkStart w:id=\"6\" w:name=\"SDStudio_part_3_Copy_1\"/>"
						+ String.format(point, 7, "SDStudio_part_3_Copy_1", 7)));
		ReturnedDocument doc = read(d);

		assertEquals(List.of(), doc.problems());
		assertEquals(List.of(SentRecord.bookmark(1), SentRecord.bookmark(2), SentRecord.bookmark(3)),
				doc.parts().stream().map(ReturnedPart::bookmark).toList());
		assertEquals(List.of("One.\nOne, more.\n", "Two.\nTwo, last.\n", "Three.\n"),
				doc.parts().stream().map(p -> StructuredTexts.plainText(p.returned())).toList());
	}

	/** A footnote, an endnote or a picture counsel adds has no place in the filing: each is reported, not dropped. */
	@Test
	void footnotesEndnotesAndPicturesCounselAddedAreReportedWithTheirText() throws Exception {
		WordDocs d = WordDocs.word();
		d.sent(ReturnedDocs.sent());
		String notes = "<w:%1$ss xmlns:w=\"" + Docx.W + "\"><w:%1$s w:type=\"separator\" w:id=\"-1\"><w:p><w:r>"
				+ "<w:separator/></w:r></w:p></w:%1$s><w:%1$s w:id=\"2\"><w:p><w:r><w:t>See the 2024 RMI "
				+ "guidance.</w:t></w:r></w:p></w:%1$s></w:%1$ss>";
		d.extraPart("word/footnotes.xml", String.format(notes, "footnote"));
		d.extraPart("word/endnotes.xml", String.format(notes, "endnote"));
		d.body(d.heading(1, ReturnedDocs.RCOI_LABEL),
				d.p(d.partStart(1), d.r("One."), d.ins(ANN, T1, "<w:r><w:footnoteReference w:id=\"2\"/></w:r>"),
						d.partEnd(1)),
				d.heading(1, ReturnedDocs.ITEM_LABEL),
				d.p(d.partStart(2), d.r("Two."), "<w:r><w:endnoteReference w:id=\"2\"/></w:r>", d.drawing(),
						"<w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/"
								+ "2006\"><mc:Choice Requires=\"wps\"><w:drawing/></mc:Choice><mc:Fallback><w:pict/>"
								+ "</mc:Fallback></mc:AlternateContent></w:r>",
						d.del(ANN, T1, "<w:r><w:footnoteReference w:id=\"2\"/></w:r>"), d.partEnd(2)),
				d.heading(1, ReturnedDocs.ANNEX_LABEL), d.p(d.partStart(3), d.r("Three."), d.partEnd(3)));
		ReturnedDocument doc = read(d);

		String one = ReturnedDocs.RCOI_LABEL;
		assertEquals(4, doc.problems().size(), doc.problems().toString());
		assertTrue(doc.problems().get(0).matches("\\Q" + one + "\\E.*: a footnote is not imported \\(the filing has no "
				+ "place for it\\): \"See the 2024 RMI guidance.\"; it stands in the paragraph \"One.\""),
				doc.problems().get(0));
		assertTrue(doc.problems().get(1).contains(": an endnote is not imported (the filing has no place for it): "
				+ "\"See the 2024 RMI guidance.\"; it stands in the paragraph \"Two.\""), doc.problems().get(1));
		assertTrue(doc.problems().get(2).contains(": a picture or text box is not imported"), doc.problems().get(2));
		assertTrue(doc.problems().get(3).contains(": a picture or text box is not imported"), "a text box as Word "
				+ "writes it, with a fallback: " + doc.problems().get(3));
		assertEquals(List.of("One.\n", "Two.\n", "Three.\n"),
				doc.parts().stream().map(p -> StructuredTexts.plainText(p.returned())).toList(),
				"the text around them is read as ever; a deleted footnote is no finding");
	}

	@Test
	void aDocumentWithoutBookmarksIsOnePartHoldingTheWholeBody() throws Exception {
		WordDocs d = WordDocs.word();
		d.comment(1, ANN, T1, "Why?");
		d.body(d.heading(1, "Conflict Minerals Report"), d.p(d.r("First "), d.commentStart(1), d.r("paragraph"),
				d.commentEnd(1), d.del(ANN, T1, d.r(" gone"))), d.item(WordDocs.BULLET, 0, d.r("point")));
		ReturnedDocument doc = read(d);

		assertNull(doc.sent());
		assertEquals(List.of(), doc.problems());
		assertEquals(1, doc.parts().size());
		ReturnedPart part = doc.parts().get(0);
		assertNull(part.bookmark());
		assertEquals("h: Conflict Minerals Report\np: First paragraph\nlist bullet\n- item\n    p: point\n",
				WordDocs.describe(part.returned()));
		assertEquals("h: Conflict Minerals Report\np: First paragraph gone\nlist bullet\n- item\n    p: point\n",
				WordDocs.describe(part.original()));
		assertEquals(List.of(new TrackedRevision(DELETED, ANN, T1, " gone")), part.revisions());
		assertEquals("paragraph", part.comments().get(0).quoted());
	}

	@Test
	void bookmarkNamesCompareWithoutCaseAsInWordAndAllBookmarksGoneIsOneProblem() throws Exception {
		WordDocs d = WordDocs.libreOffice();
		d.sent(ReturnedDocs.sent());
		d.body(d.p(d.partStart(1).replace("SDStudio_part_1", "sdstudio_PART_1"), d.r("One."), d.partEnd(1)),
				d.p(d.partStart(2), d.r("Two."), d.partEnd(2)), d.p(d.partStart(3), d.r("Three."), d.partEnd(3)));
		ReturnedDocument doc = read(d);
		assertEquals(List.of(), doc.problems());
		assertEquals("SDStudio_part_1", doc.parts().get(0).bookmark(), "the sent record's spelling");

		WordDocs stripped = WordDocs.word();
		stripped.sent(ReturnedDocs.sent());
		stripped.body(stripped.p(stripped.r("One.")), stripped.p(stripped.r("Two.")));
		ReturnedDocument none = read(stripped);
		assertEquals(1, none.parts().size());
		assertNull(none.parts().get(0).bookmark());
		assertEquals(List.of("the document has none of SD Studio's bookmarks around its parts (an editor removed them?), "
				+ "so its text cannot be matched to the parts sent; it is read as one part"), none.problems());
	}

	@Test
	void digestFileNameAndOtherCustomXmlParts() throws Exception {
		WordDocs d = WordDocs.word();
		d.extraPart("customXml/item2.xml", "<?xml version=\"1.0\"?><b:Sources xmlns:b=\"http://schemas.openxmlformats.org/officeDocument/2006/bibliography\"/>");
		d.extraPart("customXml/item3.xml", "not even XML");
		d.sent(ReturnedDocs.sent());
		d.body(d.p(d.partStart(1), d.r("One."), d.partEnd(1)));
		Path file = d.write(dir.resolve("Halcyon CMR (counsel).docx"));
		ReturnedDocument doc = ReviewDocxReader.read(file);

		assertEquals("Halcyon CMR (counsel).docx", doc.file());
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
				doc.digest());
		assertEquals(3, doc.sent().parts().size());
		assertTrue(EcoreUtil.equals(ReturnedDocs.rcoi(), doc.sent().parts().get(0).text()));
	}

	@Test
	void runFormattingFromDirectPropertiesAndCharacterStylesButNotFromLinkOrHeadingStyles() throws Exception {
		WordDocs d = WordDocs.word();
		d.body(d.p(d.oneRun("bold", "b"), d.oneRun(" "), d.styledRun("Strong", "strong"), d.oneRun(" "),
				d.styledRun("Emphasis", "emph"), d.oneRun(" "), d.oneRun("under", "u"), d.oneRun(" "),
				"<w:r><w:rPr><w:rStyle w:val=\"Strong\"/><w:b w:val=\"0\"/></w:rPr><w:t>notbold</w:t></w:r>",
				d.oneRun(" "), d.anchorLink("annex-a", d.oneRun("Annex A")), d.tab(), d.oneRun("x"), d.noBreakHyphen(),
				d.oneRun("y"), d.lineBreak(), d.oneRun("z"), d.pageBreak(), d.complexField("PAGE", "7"),
				d.simpleField("DATE", "today"), d.smartTag(d.oneRun(" tagged")), d.contentControl(d.oneRun(" boxed")),
				"<w:customXml w:element=\"clause\"><w:customXmlPr/>" + d.oneRun(" custom") + "</w:customXml>",
				"<w:r><w:sym w:font=\"Times New Roman\" w:char=\"2014\"/><w:softHyphen/><w:lastRenderedPageBreak/></w:r>",
				d.drawing()), d.heading(2, "Sub"));
		ReturnedPart part = read(d).parts().get(0);

		assertEquals("p: *bold* *strong* /emph/ _under_ notbold [Annex A](#annex-a)\tx-y\nz7today tagged boxed custom\u2014\n"
				+ "h: Sub\n", WordDocs.describe(part.returned()));
	}

	@Test
	void bookmarksMayStartAndEndInsideParagraphsAndCommentsBelongWhereTheyStart() throws Exception {
		WordDocs d = WordDocs.word();
		d.sent(ReturnedDocs.sent());
		d.comment(1, ANN, T1, "spans two parts");
		d.comment(2, ANN, T2, "starts before the part");
		d.body(d.p(d.oneRun("Ours: "), d.commentStart(2), d.partStart(1), d.oneRun("first part"),
				d.commentEnd(2), d.oneRun(" and "), d.commentStart(1), d.oneRun("its end"), d.partEnd(1),
				d.oneRun(" | "), d.partStart(2), d.oneRun("second"), d.commentEnd(1), d.oneRun(" part")),
				d.p(d.oneRun("more of the second"), d.partEnd(2), d.oneRun(" tail")),
				d.heading(1, "Annex A"), d.p(d.partStart(3), d.oneRun("third"), d.partEnd(3)));
		ReturnedDocument doc = read(d);

		assertEquals(List.of("first part and its end\n", "second part\nmore of the second\n", "third\n"),
				doc.parts().stream().map(p -> StructuredTexts.plainText(p.returned())).toList());
		assertEquals(List.of(new WordComment(ANN, T2, "starts before the part", "first part", 0, false, List.of()),
				new WordComment(ANN, T1, "spans two parts", "its end", 15, false, List.of())),
				doc.parts().get(0).comments());
		assertEquals(List.of("text outside every part: \"Ours: | / tail\""), doc.problems(),
				"untracked text next to a part in a body paragraph is not ours");
	}

	@Test
	void insertionsDeletedByAnotherAuthorAndChangesAroundLinksAndFields() throws Exception {
		WordDocs d = WordDocs.word();
		d.body(d.p(d.oneRun("Keep "),
				// Ann inserted, then Jonathan deleted part of her insertion: in neither view
				"<w:ins w:id=\"41\" w:author=\"" + ANN + "\" w:date=\"2026-03-02T14:05:00Z\">" + d.oneRun("new ")
						+ "<w:del w:id=\"42\" w:author=\"" + JONATHAN + "\" w:date=\"2026-03-03T08:10:00.123+01:00\">"
						+ "<w:r><w:delText>gone </w:delText></w:r></w:del></w:ins>",
				// the whole link inserted, the change around the hyperlink rather than inside it
				"<w:ins w:id=\"43\" w:author=\"" + ANN + "\" w:date=\"2026-03-02T14:05:00\">"
						+ d.link("https://www.example.com", d.oneRun("site")) + "</w:ins>",
				d.oneRun(" "), d.del(ANN, T1, d.complexField("HYPERLINK \"https://old.example.com\"", "old link")),
				d.oneRun(" end")));
		ReturnedPart part = read(d).parts().get(0);

		assertEquals("p: Keep new [site](https://www.example.com)  end\n", WordDocs.describe(part.returned()));
		assertEquals("p: Keep  [old link](https://old.example.com) end\n", WordDocs.describe(part.original()));
		// Ann's two insertions touch and carry the same time (one date without a zone, read as UTC): one revision
		assertEquals(List.of(new TrackedRevision(INSERTED, ANN, T1, "new gone site"),
				new TrackedRevision(DELETED, JONATHAN, Instant.parse("2026-03-03T07:10:00.123Z"), "gone "),
				new TrackedRevision(DELETED, ANN, T1, "old link")), part.revisions());
	}

	@Test
	void listsNumberOnAcrossInterruptionsRestartAndComeFromStyles() throws Exception {
		WordDocs d = WordDocs.libreOffice();
		d.body(d.item(WordDocs.DECIMAL, 0, d.r("one")), d.item(WordDocs.DECIMAL, 0, d.r("two")), d.p(d.r("between")),
				d.item(WordDocs.DECIMAL, 0, d.r("three")), d.item(WordDocs.DECIMAL_RESTARTED, 0, d.r("again one")),
				d.item(WordDocs.LOWER_ROMAN, 0, d.r("roman")), d.para().style("ListBullet").with(d.r("styled bullet")),
				d.item(WordDocs.BULLET, 1, d.r("nested")), d.p(d.r("break")),
				d.item(WordDocs.BULLET, 1, d.r("starts nested")),
				d.para().with("<w:r><w:t>not a list</w:t></w:r>").replace("<w:pStyle w:val=\"Normal\"/>",
						"<w:pStyle w:val=\"Normal\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr><w:outlineLvl w:val=\"1\"/>"));
		ReturnedPart part = read(d).parts().get(0);

		assertEquals("""
				list decimal from 1
				- item
				    p: one
				- item
				    p: two
				p: between
				list decimal from 3
				- item
				    p: three
				list decimal from 1
				- item
				    p: again one
				list lower-roman from 1
				- item
				    p: roman
				list bullet
				- item
				    p: styled bullet
				    list bullet
				    - item
				        p: nested
				p: break
				list bullet
				- item
				    list bullet
				    - item
				        p: starts nested
				h: not a list
				""", WordDocs.describe(part.returned()));
	}

	// ---------------------------------------------------------------- bad input

	@Test
	void anEmptyFileIsRefusedInOneLineNamingIt() throws Exception {
		Path file = Files.write(dir.resolve("empty.docx"), new byte[0]);
		assertRefused(file, "empty.docx: the file is empty");
	}

	@Test
	void aDamagedZipIsRefused() throws Exception {
		byte[] good = ReturnedDocs.reviewed(WordDocs.word()).bytes();
		Path truncated = Files.write(dir.resolve("truncated.docx"), java.util.Arrays.copyOf(good, good.length / 2));
		assertRefused(truncated, "truncated.docx: damaged");
		Path noise = Files.write(dir.resolve("noise.docx"), "just some text, not a package".getBytes());
		assertRefused(noise, "noise.docx: not a Word document");
	}

	@Test
	void aPasswordProtectedDocumentIsRefused() throws Exception {
		Path file = Files.write(dir.resolve("protected.docx"), ole2("EncryptionInfo", "EncryptedPackage"));
		assertRefused(file, "protected.docx: the document is password-protected");
	}

	@Test
	void aWord97DocumentIsRefused() throws Exception {
		Path file = Files.write(dir.resolve("old.doc"), ole2("WordDocument", "1Table"));
		assertRefused(file, "old.doc: a Word 97-2003 document (.doc)");
	}

	@Test
	void aPackageWithoutADocumentPartOrAnotherOfficeFileIsRefused() throws Exception {
		Path sheet = dir.resolve("book.docx");
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(sheet))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes());
		}
		assertRefused(sheet, "book.docx: an Excel workbook");
		Path rtf = Files.write(dir.resolve("memo.docx"), "{\\rtf1\\ansi hello}".getBytes());
		assertRefused(rtf, "memo.docx: an RTF document");
	}

	@Test
	void aDtdIsRefusedAndNoEntityIsExpanded() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		WordDocs d = WordDocs.word();
		d.body(d.p(d.r("&xxe;")));
		String xml = d.document().replace("&amp;xxe;", "&xxe;").replace("<w:document",
				"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><w:document");
		Path file = dir.resolve("xxe.docx");
		byte[] good = d.bytes();
		rewrite(good, file, "word/document.xml", xml);
		ReviewDocxExceptionAssert e = assertRefused(file, "xxe.docx: damaged (its part word/document.xml");
		assertFalse(e.message.contains("TOP-SECRET"));
		assertTrue(e.message.contains("DTD"), e.message);
	}

	@Test
	void aPartThatInflatesBeyondTheLimitIsRefused() throws Exception {
		Path file = dir.resolve("bomb.docx");
		byte[] good = WordDocs.word().bytes();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good));
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
				out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
				if (e.getName().equals("word/styles.xml")) {
					out.write("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">".getBytes());
					byte[] chunk = ("<w:x a=\"" + "x".repeat(4000) + "\"/>").repeat(256).getBytes();
					for (long written = 0; written <= (256L << 20); written += chunk.length) {
						out.write(chunk);
					}
					out.write("</w:styles>".getBytes());
				} else {
					in.transferTo(out);
				}
			}
		}
		assertTrue(Files.size(file) < (4 << 20), "a small file: " + Files.size(file));
		assertRefused(file, "bomb.docx: its part word/styles.xml inflates to more than 256 MB");
	}

	private record ReviewDocxExceptionAssert(String message) {
	}

	private static ReviewDocxExceptionAssert assertRefused(Path file, String start) {
		var e = assertThrows(org.sdstudio.review.word.ReviewDocxException.class, () -> ReviewDocxReader.read(file));
		assertTrue(e.getMessage().startsWith(start), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
		return new ReviewDocxExceptionAssert(e.getMessage());
	}

	private static void rewrite(byte[] docx, Path to, String part, String content) throws Exception {
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
			for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
				out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
				if (e.getName().equals(part)) {
					out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				} else {
					in.transferTo(out);
				}
			}
		}
	}

	/** The start of an OLE2 compound file with directory entries of these names (UTF-16LE, as OLE2 stores them). */
	private static byte[] ole2(String... streams) throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
		out.write(new byte[512 - 8]);
		for (String s : streams) {
			byte[] entry = new byte[128];
			byte[] name = (s + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
			System.arraycopy(name, 0, entry, 0, name.length);
			out.write(entry);
		}
		return out.toByteArray();
	}
}
