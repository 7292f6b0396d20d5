package org.sdstudio.review.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.review.tests.compare.Texts.bold;
import static org.sdstudio.review.tests.compare.Texts.list;
import static org.sdstudio.review.tests.compare.Texts.p;
import static org.sdstudio.review.tests.compare.Texts.run;
import static org.sdstudio.review.tests.compare.Texts.table;
import static org.sdstudio.review.tests.compare.Texts.text;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.compare.TextMerge;

/** The word-level three-way merge: both sides' changes kept, a stretch both changed differently a conflict. */
class TextMergeTest {

	private static StructuredText base() {
		return text(p("We surveyed our suppliers in 2025 using the CMRT."),
				p("Suppliers that did not answer were contacted twice."),
				list(ListStyle.BULLET, "tin", "tantalum"),
				table(new String[] { "Metal", "Count" }, new String[] { "Tin", "12" }));
	}

	@Test
	void changesToDifferentWordsAreBothKept() {
		StructuredText ours = text(p("We surveyed all our suppliers in 2025 using the CMRT."),
				p("Suppliers that did not answer were contacted twice."),
				list(ListStyle.BULLET, "tin", "tantalum"),
				table(new String[] { "Metal", "Count" }, new String[] { "Tin", "12" }));
		StructuredText theirs = text(p("We surveyed our suppliers in 2025 using the CMRT."),
				p("Suppliers that did not answer were contacted three times."),
				list(ListStyle.BULLET, "tin", "tantalum", "tungsten"),
				table(new String[] { "Metal", "Count" }, new String[] { "Tin", "14" }));
		TextMerge.Result r = TextMerge.merge(base(), ours, theirs);
		assertTrue(r.clean(), r.conflicts().toString());
		StructuredText expected = text(p("We surveyed all our suppliers in 2025 using the CMRT."),
				p("Suppliers that did not answer were contacted three times."),
				list(ListStyle.BULLET, "tin", "tantalum", "tungsten"),
				table(new String[] { "Metal", "Count" }, new String[] { "Tin", "14" }));
		assertTrue(EcoreUtil.equals(expected, r.merged()), StructuredTexts.plainText(r.merged()));
	}

	@Test
	void theSameWordsChangedDifferentlyAreAConflictAndTheirsIsTaken() {
		StructuredText ours = text(p("We surveyed our suppliers in 2026 using the CMRT."),
				p("Suppliers that did not answer were contacted twice."),
				list(ListStyle.BULLET, "tin", "tantalum"),
				table(new String[] { "Metal", "Count" }, new String[] { "Tin", "12" }));
		StructuredText theirs = text(p("We surveyed our suppliers in calendar year 2025 using the CMRT."),
				p("Suppliers that did not answer were contacted twice."),
				list(ListStyle.BULLET, "tin", "tantalum"),
				table(new String[] { "Metal", "Count" }, new String[] { "Tin", "12" }));
		TextMerge.Result r = TextMerge.merge(base(), ours, theirs);
		assertEquals(1, r.conflicts().size());
		TextMerge.Conflict k = r.conflicts().get(0);
		assertTrue(k.base().contains("2025") && k.ours().contains("2026") && k.theirs().contains("calendar year"), k.toString());
		assertTrue(StructuredTexts.plainText(r.merged()).contains("in calendar year 2025 using"));
	}

	@Test
	void theSameChangeOnBothSidesIsNoConflict() {
		StructuredText edited = text(p("We surveyed our direct suppliers in 2025 using the CMRT."),
				p("Suppliers that did not answer were contacted twice."),
				list(ListStyle.BULLET, "tin", "tantalum"),
				table(new String[] { "Metal", "Count" }, new String[] { "Tin", "12" }));
		TextMerge.Result r = TextMerge.merge(base(), edited, EcoreUtil.copy(edited));
		assertTrue(r.clean());
		assertTrue(EcoreUtil.equals(edited, r.merged()));
	}

	@Test
	void formattingAndStructureSurviveAMergeWithoutChanges() {
		StructuredText b = text(p(run("Conflict minerals are "), bold("3TG"), run(".")), base().getBlocks().get(2));
		TextMerge.Result r = TextMerge.merge(b, EcoreUtil.copy(b), EcoreUtil.copy(b));
		assertTrue(r.clean());
		assertTrue(EcoreUtil.equals(b, r.merged()));
	}

	@Test
	void aParagraphDeletedOnOneSideAndEditedOnTheOtherIsAConflict() {
		StructuredText ours = text(p("We surveyed our suppliers in 2025 using the CMRT."),
				list(ListStyle.BULLET, "tin", "tantalum"),
				table(new String[] { "Metal", "Count" }, new String[] { "Tin", "12" }));
		StructuredText theirs = text(p("We surveyed our suppliers in 2025 using the CMRT."),
				p("Suppliers that did not answer were contacted twice by e-mail."),
				list(ListStyle.BULLET, "tin", "tantalum"),
				table(new String[] { "Metal", "Count" }, new String[] { "Tin", "12" }));
		TextMerge.Result r = TextMerge.merge(base(), ours, theirs);
		assertEquals(1, r.conflicts().size(), r.conflicts().toString());
		assertTrue(r.conflicts().get(0).ours().isEmpty() || !r.conflicts().get(0).ours().contains("contacted"));
		assertTrue(StructuredTexts.plainText(r.merged()).contains("twice by e-mail"));
	}
}
