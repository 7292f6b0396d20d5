package org.sdstudio.review.tests.word;

import java.time.Instant;
import java.util.List;

import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.word.SentRecord;
import org.sdstudio.review.word.SentRecord.SentPart;

/**
 * A review document of three parts as SD Studio sent it (the RCOI section, Item 1.01 with lists, Annex A as a
 * table) and the texts it was sent with, for the reader's tests; {@link #reviewed} writes it back as counsel
 * returned it, edited with tracking on in either editor's manner.
 */
final class ReturnedDocs {

	static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	static final String PRIYA = "Priya Natarajan";
	static final String ANN = "Ann Kowalski";
	static final String JONATHAN = "Jonathan Morrow";
	static final Instant T1 = Instant.parse("2026-03-02T14:05:00Z");
	static final Instant T2 = Instant.parse("2026-03-02T15:30:00Z");
	static final Instant T3 = Instant.parse("2026-03-03T08:10:00Z");
	static final Instant SAVED = Instant.parse("2026-03-03T09:00:00Z");

	static final String RCOI_LABEL = "Reasonable Country of Origin Inquiry";
	static final String ITEM_LABEL = "Item 1.01";
	static final String ANNEX_LABEL = "Annex A";

	private ReturnedDocs() {
	}

	static StructuredText rcoi() {
		StructuredText t = StructuredTexts.paragraphs("Halcyon conducted a reasonable country of origin inquiry in good faith.",
				"The inquiry covered 120 suppliers.", "Of those, 98 responded to the survey.",
				"Results are described below. We reviewed the responses.");
		return t;
	}

	static StructuredText item() {
		StructuredText t = F.createStructuredText();
		Paragraph p = F.createParagraph();
		p.getRuns().add(run("See the Conflict Minerals Report on ", null));
		p.getRuns().add(run("our website", "https://www.example.com/cmr"));
		p.getRuns().add(run(".", null));
		t.getBlocks().add(p);
		t.getBlocks().add(list(ListStyle.BULLET, 1, "Tin", "Tantalum"));
		t.getBlocks().add(StructuredTexts.paragraph("Gold"));
		ListBlock steps = list(ListStyle.DECIMAL, 1, "Survey suppliers", "Review answers");
		steps.getItems().get(1).getBlocks().add(list(ListStyle.LOWER_ALPHA, 1, "completeness", "red flags"));
		t.getBlocks().add(steps);
		return t;
	}

	static StructuredText annex() {
		StructuredText t = F.createStructuredText();
		Table table = F.createTable();
		table.getRows().add(row(true, "Metal", "Smelter", "Country"));
		table.getRows().add(row(false, "Tin", "Alpha Smelting", "Bolivia"));
		table.getRows().add(row(false, "Gold", "Beta Refining", "Peru"));
		t.getBlocks().add(table);
		return t;
	}

	static SentRecord sent() {
		return new SentRecord("halcyon-2025.sdfiling", JONATHAN, Instant.parse("2026-03-01T10:00:00Z"),
				List.of(new SentPart("report/rcoi", SentRecord.bookmark(1), RCOI_LABEL, rcoi()),
						new SentPart("item-1.01", SentRecord.bookmark(2), ITEM_LABEL, item()),
						new SentPart("annex-a", SentRecord.bookmark(3), ANNEX_LABEL, annex())));
	}

	/**
	 * The document counsel returns, edited with tracking on: in the RCOI section a word made bold, a phrase deleted
	 * and one inserted, a deletion across two paragraphs, a new paragraph, a sentence moved, comments across runs
	 * and paragraphs with a reply and a done mark; in Item 1.01 text inserted inside a link, a list item added, a
	 * paragraph made a list item, a comment with no range; in Annex A a cell edited, a row inserted and one deleted.
	 */
	static WordDocs reviewed(WordDocs d) {
		d.sent(sent()).savedBy(PRIYA, SAVED);
		d.comment(1, PRIYA, T1, "Is this the defined term?");
		d.doneComment(3, ANN, T2, "Check the count against the CMRT log.\nAlso the date.");
		d.reply(2, 1, JONATHAN, T3, "Yes, as in Rule 13p-1.");
		d.comment(4, ANN, T2, "Should Item 1.01 name the exhibit?");
		d.body(d.title("Review copy: Halcyon Technologies 2025"), d.heading(1, RCOI_LABEL));
		// RCOI
		d.body(d.p(d.partStart(1), d.r("Halcyon conducted a "),
				d.reformatted(PRIYA, T1, "reasonable", new String[0], "b"), d.oneRun(" "), d.commentStart(1),
				d.commentStart(2), d.r("country of origin"), d.bookmark("_GoBack"), d.oneRun(" inquiry"),
				d.commentEnd(1), d.commentEnd(2),
				d.del(PRIYA, T1, d.r(" in good faith")), d.ins(PRIYA, T1, d.r(" under Rule 13p-1")), d.oneRun(".")));
		d.body(d.para().deletedMark(ANN, T2).with(d.r("The inquiry covered "), d.commentStart(3), d.oneRun("120 "),
				d.del(ANN, T2, d.r("suppliers.")), d.ins(ANN, T2, d.r("suppliers, of which "))));
		d.body(d.para().insertedMark(PRIYA, T1).with(d.del(ANN, T2, d.r("Of those, ")), d.oneRun("98"),
				d.commentEnd(3), d.r(" responded to the survey.")));
		d.body(d.p(d.ins(PRIYA, T1, d.r("Smelters were identified for 85 of them."))));
		d.body(d.p(d.moveFrom(ANN, T3, d.r("Results are described below. ")), d.r("We reviewed the responses."),
				d.moveTo(ANN, T3, d.r(" Results are described below."))));
		d.body(d.para().style("Heading1").with(d.partEnd(1), d.r(ITEM_LABEL)));
		// Item 1.01
		d.body(d.p(d.partStart(2), d.r("See the Conflict Minerals Report on "),
				d.link("https://www.example.com/cmr", d.oneRun("our website"),
						d.ins(ANN, T2, d.oneRun(" (investors page)"))),
				d.oneRun("."), d.commentReference(4)));
		d.body(d.item(WordDocs.BULLET, 0, d.r("Tin")));
		d.body(d.para().list(WordDocs.BULLET, 0).insertedMark(ANN, T2).with(d.r("Tantalum")));
		d.body(d.item(WordDocs.BULLET, 0, d.ins(ANN, T2, d.r("Tungsten"))));
		d.body(d.para().list(WordDocs.BULLET, 0).changedFrom(ANN, T2, null, null, 0).with(d.r("Gold")));
		d.body(d.item(WordDocs.DECIMAL, 0, d.r("Survey suppliers")), d.item(WordDocs.DECIMAL, 0, d.r("Review answers")),
				d.item(WordDocs.DECIMAL, 1, d.r("completeness")), d.item(WordDocs.DECIMAL, 1, d.r("red flags")));
		d.body(d.para().style("Heading1").with(d.partEnd(2), d.r(ANNEX_LABEL)));
		// Annex A: the part starts inside the table's first cell
		d.body(d.table(
				d.rowWith("<w:tblHeader/>", d.cell(d.p(d.partStart(3), d.r("Metal"))), d.cell(d.p(d.r("Smelter"))),
						d.cell(d.p(d.r("Country")))),
				d.rowWith("", d.cell(d.p(d.r("Tin"))), d.cell(d.p(d.r("Alpha Smelting"))),
						d.cell(d.p(d.del(JONATHAN, T3, d.r("Bolivia")), d.ins(JONATHAN, T3, d.r("Brazil"))))),
				d.deletedRow(JONATHAN, T3, "Gold", "Beta Refining", "Peru"),
				d.insertedRow(JONATHAN, T3, "Tantalum", "Gamma Metals", "Rwanda")));
		d.body(d.p(d.partEnd(3)));
		return d;
	}

	static Run run(String text, String link) {
		Run r = F.createRun();
		r.setText(text);
		r.setLink(link);
		return r;
	}

	static ListBlock list(ListStyle style, int start, String... items) {
		ListBlock l = F.createListBlock();
		l.setStyle(style);
		l.setStart(start);
		for (String s : items) {
			ListItem item = F.createListItem();
			item.getBlocks().add(StructuredTexts.paragraph(s));
			l.getItems().add(item);
		}
		return l;
	}

	static TableRow row(boolean header, String... cells) {
		TableRow row = F.createTableRow();
		row.setHeader(header);
		for (String c : cells) {
			TableCell cell = F.createTableCell();
			Run r = F.createRun();
			r.setText(c);
			cell.getRuns().add(r);
			row.getCells().add(cell);
		}
		return row;
	}
}
