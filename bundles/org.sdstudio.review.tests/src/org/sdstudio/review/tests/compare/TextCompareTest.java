package org.sdstudio.review.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.compare.Texts.bold;
import static org.sdstudio.review.tests.compare.Texts.heading;
import static org.sdstudio.review.tests.compare.Texts.link;
import static org.sdstudio.review.tests.compare.Texts.list;
import static org.sdstudio.review.tests.compare.Texts.p;
import static org.sdstudio.review.tests.compare.Texts.run;
import static org.sdstudio.review.tests.compare.Texts.table;
import static org.sdstudio.review.tests.compare.Texts.text;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.compare.BlockDiff;
import org.sdstudio.review.compare.Change;
import org.sdstudio.review.compare.RowDiff;
import org.sdstudio.review.compare.Segment;
import org.sdstudio.review.compare.TextCompare;
import org.sdstudio.review.compare.TextComparison;

/** Word-level comparison of structured text on hand-made cases; every case also resolves back to both sides. */
class TextCompareTest {

	/** Compares, and checks that accepting all gives the new text and rejecting all the old, object for object. */
	private static TextComparison compare(StructuredText old, StructuredText neu) {
		TextComparison c = TextCompare.compare(old, neu);
		assertTrue(EcoreUtil.equals(neu, c.acceptAll()), "accept all gives the new text");
		assertTrue(EcoreUtil.equals(old, c.rejectAll()), "reject all gives the old text");
		return c;
	}

	private static String marked(List<Segment> segments) {
		StringBuilder sb = new StringBuilder();
		for (Segment s : segments) {
			switch (s.op()) {
			case EQUAL -> sb.append(s.text());
			case INSERT -> sb.append('{').append(s.text()).append('}');
			case DELETE -> sb.append('[').append(s.text()).append(']');
			case FORMAT -> sb.append('<').append(s.text()).append('>');
			}
		}
		return sb.toString();
	}

	@Test
	void aWordChangedIsOneReplacement() {
		TextComparison c = compare(text(p("We filed the report in May.")), text(p("We submitted the report in May.")));
		assertEquals(1, c.blocks().size());
		assertEquals(BlockDiff.Kind.CHANGED, c.blocks().get(0).kind());
		assertEquals("We [filed]{submitted} the report in May.", marked(c.blocks().get(0).segments()));
		assertEquals(1, c.changes().size());
		Change change = c.changes().get(0);
		assertEquals(Change.Kind.REPLACED, change.kind());
		assertEquals("filed", change.oldText());
		assertEquals("submitted", change.newText());
		assertEquals(1, c.wordsInserted());
		assertEquals(1, c.wordsDeleted());
	}

	@Test
	void wordsInsertedAndDeleted() {
		TextComparison c = compare(text(p("We surveyed our direct suppliers.")),
				text(p("We surveyed all of our suppliers.")));
		assertEquals("We surveyed{ all of} our[ direct] suppliers.", marked(c.blocks().get(0).segments()));
		assertEquals(List.of(Change.Kind.INSERTED, Change.Kind.DELETED),
				c.changes().stream().map(Change::kind).toList());
		assertEquals(2, c.wordsInserted());
		assertEquals(1, c.wordsDeleted());
	}

	@Test
	void unchangedTextHasNoChanges() {
		StructuredText t = text(heading("Introduction"), p("One."), list(ListStyle.BULLET, "a", "b"));
		TextComparison c = compare(t, EcoreUtil.copy(t));
		assertFalse(c.hasChanges());
		assertTrue(c.blocks().stream().allMatch(b -> b.kind() == BlockDiff.Kind.UNCHANGED));
	}

	@Test
	void aSentenceMovedBetweenParagraphs() {
		TextComparison c = compare(
				text(p("Our suppliers answered the survey. Most named their smelters."),
						p("We reviewed every answer for completeness.")),
				text(p("Our suppliers answered the survey."),
						p("Most named their smelters. We reviewed every answer for completeness.")));
		assertEquals(2, c.blocks().size());
		assertEquals("Our suppliers answered the survey.[ Most named their smelters.]",
				marked(c.blocks().get(0).segments()));
		assertEquals("{Most named their smelters. }We reviewed every answer for completeness.",
				marked(c.blocks().get(1).segments()));
		assertEquals(4, c.wordsInserted());
		assertEquals(4, c.wordsDeleted());
	}

	@Test
	void aParagraphSplitAndJoined() {
		StructuredText one = text(p("We adopted a policy in 2013 and we train our buyers on it every year."));
		StructuredText two = text(p("We adopted a policy in 2013."), p("We train our buyers on it every year."));
		TextComparison split = compare(one, two);
		// the second half is the paragraph edited (more of its words), the first is new
		assertEquals(List.of(BlockDiff.Kind.INSERTED, BlockDiff.Kind.CHANGED),
				split.blocks().stream().map(BlockDiff::kind).toList());
		TextComparison joined = compare(two, one);
		// joined: the first paragraph takes the second's words, the second is deleted
		assertEquals(List.of(BlockDiff.Kind.CHANGED, BlockDiff.Kind.DELETED),
				joined.blocks().stream().map(BlockDiff::kind).toList());
		assertEquals("We adopted a policy in 2013{ and we train our buyers on it every year}.",
				marked(joined.blocks().get(0).segments()));
	}

	@Test
	void listItemsAdded() {
		TextComparison c = compare(text(p("We ask suppliers to:"), list(ListStyle.DECIMAL, "complete the CMRT", "name smelters")),
				text(p("We ask suppliers to:"),
						list(ListStyle.DECIMAL, "complete the CMRT", "name smelters", "source from conformant smelters")));
		assertEquals(List.of(BlockDiff.Kind.UNCHANGED, BlockDiff.Kind.UNCHANGED, BlockDiff.Kind.UNCHANGED,
				BlockDiff.Kind.INSERTED), c.blocks().stream().map(BlockDiff::kind).toList());
		assertEquals("list-item", c.blocks().get(3).shape());
		assertEquals(Change.Kind.BLOCK_INSERTED, c.changes().get(0).kind());
		assertEquals(4, c.wordsInserted());
	}

	@Test
	void boldAddedIsAFormattingChange() {
		TextComparison c = compare(text(p("This report is not audited.")),
				text(p(run("This report is "), bold("not audited"), run("."))));
		assertEquals("This report is <not audited>.", marked(c.blocks().get(0).segments()));
		assertEquals(1, c.changes().size());
		Change change = c.changes().get(0);
		assertEquals(Change.Kind.FORMATTED, change.kind());
		assertEquals("plain to bold", change.detail());
		assertEquals(0, c.wordsInserted());
	}

	@Test
	void aLinkTargetChanged() {
		TextComparison c = compare(text(p(run("See "), link("Annex A", "#annex-a"), run("."))),
				text(p(run("See "), link("Annex A", "#smelters"), run("."))));
		assertEquals(1, c.changes().size());
		assertEquals("link to #annex-a to link to #smelters", c.changes().get(0).detail());
	}

	@Test
	void aTableCellChanged() {
		TextComparison c = compare(text(table(new String[] { "Metal", "Smelters" }, new String[] { "Tin", "41" },
				new String[] { "Gold", "98" })),
				text(table(new String[] { "Metal", "Smelters" }, new String[] { "Tin", "43" },
						new String[] { "Gold", "98" })));
		BlockDiff table = c.blocks().get(0);
		assertEquals(BlockDiff.Kind.CHANGED, table.kind());
		assertEquals(List.of(BlockDiff.Kind.UNCHANGED, BlockDiff.Kind.CHANGED, BlockDiff.Kind.UNCHANGED),
				table.rows().stream().map(RowDiff::kind).toList());
		assertEquals("Tin", marked(table.rows().get(1).cells().get(0)));
		assertEquals("[41]{43}", marked(table.rows().get(1).cells().get(1)));
		assertEquals("Table 1, row 2, cell 2", c.changes().get(0).where());
	}

	@Test
	void aTableRowAdded() {
		TextComparison c = compare(text(table(new String[] { "Metal", "Smelters" }, new String[] { "Tin", "41" })),
				text(table(new String[] { "Metal", "Smelters" }, new String[] { "Tin", "41" },
						new String[] { "Tungsten", "12" })));
		assertEquals(List.of(BlockDiff.Kind.UNCHANGED, BlockDiff.Kind.UNCHANGED, BlockDiff.Kind.INSERTED),
				c.blocks().get(0).rows().stream().map(RowDiff::kind).toList());
		assertEquals(Change.Kind.ROW_INSERTED, c.changes().get(0).kind());
	}

	@Test
	void punctuationAndWhitespaceOnlyChangesCountNoWords() {
		TextComparison c = compare(text(p("Tin, tantalum and gold")), text(p("Tin, tantalum,  and gold.")));
		// the comma with the wider space after it is one change, the period another
		assertEquals(2, c.changes().size());
		assertEquals(0, c.wordsInserted());
		assertEquals(0, c.wordsDeleted());
		assertEquals("Tin, tantalum[ ]{,  }and gold{.}", marked(c.blocks().get(0).segments()));
	}

	@Test
	void nonAsciiText() {
		TextComparison c = compare(text(p("Fonderie de Côte d\u2019Ivoire – São Paulo, Zürich")),
				text(p("Fonderie de Côte d\u2019Ivoire – São José, Zürich")));
		assertEquals("Fonderie de Côte d\u2019Ivoire – São [Paulo]{José}, Zürich", marked(c.blocks().get(0).segments()));
		assertEquals(1, c.wordsInserted());
	}

	@Test
	void aParagraphMadeASubheadingIsAStyleChange() {
		TextComparison c = compare(text(p("Due diligence"), p("We followed the OECD Guidance.")),
				text(heading("Due diligence"), p("We followed the OECD Guidance.")));
		assertEquals(Change.Kind.STYLE_CHANGED, c.changes().get(0).kind());
		assertEquals("paragraph to subheading", c.changes().get(0).detail());
	}

	@Test
	void acceptingSomeAndRejectingOthers() {
		StructuredText old = text(p("We filed the report in May."), p("Our suppliers answered."));
		StructuredText neu = text(p("We submitted the report in June."), p("Our suppliers answered."),
				p("A new closing paragraph."));
		TextComparison c = compare(old, neu);
		assertEquals(3, c.changes().size());
		// accept 1 (filed -> submitted) and 3 (the new paragraph), reject 2 (May -> June)
		StructuredText mixed = c.resolve(n -> n != 2);
		assertEquals("We submitted the report in May.\nOur suppliers answered.\nA new closing paragraph.\n",
				StructuredTexts.plainText(mixed));
	}

	@Test
	void nestedListsResolveExactly() {
		org.sdstudio.model.ListBlock outer = list(ListStyle.DECIMAL, "first", "second");
		outer.getItems().get(1).getBlocks().add(list(ListStyle.LOWER_ALPHA, "second a", "second b"));
		outer.getItems().get(1).getBlocks().add(p("after the nested list"));
		StructuredText old = text(p("Intro"), outer, p("Outro"));
		StructuredText neu = EcoreUtil.copy(old);
		((org.sdstudio.model.ListBlock) neu.getBlocks().get(1)).getItems().get(1).getBlocks().remove(1);
		neu.getBlocks().add(list(ListStyle.BULLET, "new bullet"));
		compare(old, neu);
		compare(neu, old);
	}
}
