package org.sdstudio.model.tests.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.text.StructuredTexts;

/** Plain text and word counts of structured text, as `sdstudio show` reports them. */
class StructuredTextsTest {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	@Test
	void wordsAreCountedAsAReaderCountsThem() {
		assertEquals(0, StructuredTexts.wordCount(""));
		assertEquals(0, StructuredTexts.wordCount(" - ; "));
		assertEquals(4, StructuredTexts.wordCount("Tin, tantalum - tungsten;gold"));
		assertEquals(5, StructuredTexts.wordCount("the 3TG (i.e. U.S.-listed) company\u2019s"));
		assertEquals(2, StructuredTexts.wordCount("1,000 smelters"));
		assertEquals(3, StructuredTexts.wordCount("Metalúrgica Met-Mex Peñoles"));
	}

	@Test
	void runsJoinIntoTheirParagraphAndListItemsIntoLines() {
		StructuredText text = F.createStructuredText();
		Paragraph intro = F.createParagraph();
		intro.getRuns().add(run("Conflict Minerals Policy.", true));
		intro.getRuns().add(run(" We adopted a policy.", false));
		text.getBlocks().add(intro);
		ListBlock list = F.createListBlock();
		for (String s : new String[] { "first item", "second item" }) {
			ListItem item = F.createListItem();
			item.getBlocks().add(StructuredTexts.paragraph(s));
			list.getItems().add(item);
		}
		text.getBlocks().add(list);
		assertEquals("Conflict Minerals Policy. We adopted a policy.\nfirst item\nsecond item\n",
				StructuredTexts.plainText(text));
		assertEquals(11, StructuredTexts.wordCount(text));
		assertEquals(0, StructuredTexts.wordCount((StructuredText) null));
	}

	private static Run run(String text, boolean italic) {
		Run run = F.createRun();
		run.setText(text);
		run.setItalic(italic);
		return run;
	}
}
