package org.sdstudio.model.text;

import org.sdstudio.model.Block;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;

/** Reading and building structured text: its plain words, and paragraphs made of runs. */
public final class StructuredTexts {

	/** Characters that hold a word together when letters or digits stand on both sides. */
	private static final String JOINERS = "'\u2019-.,";

	private StructuredTexts() {
	}

	/** The text without formatting, one line per paragraph, list item or table row. */
	public static String plainText(StructuredText text) {
		StringBuilder out = new StringBuilder();
		if (text != null) {
			for (Block block : text.getBlocks()) {
				append(block, out);
			}
		}
		return out.toString();
	}

	private static void append(Block block, StringBuilder out) {
		if (block instanceof Paragraph paragraph) {
			for (Run run : paragraph.getRuns()) {
				out.append(run.getText() == null ? "" : run.getText());
			}
			out.append('\n');
		} else if (block instanceof ListBlock list) {
			for (ListItem item : list.getItems()) {
				for (Block inner : item.getBlocks()) {
					append(inner, out);
				}
			}
		} else if (block instanceof Table table) {
			for (TableRow row : table.getRows()) {
				for (TableCell cell : row.getCells()) {
					cell.getRuns().forEach(run -> out.append(run.getText() == null ? "" : run.getText()));
					out.append('\t');
				}
				out.append('\n');
			}
		}
	}

	/**
	 * Words as a reader counts them: letters and digits, held together by an apostrophe, hyphen, period or comma
	 * between them ("company's", "U.S.-listed", "1,000"); any other character separates words ("tin;gold" is two).
	 */
	public static int wordCount(String text) {
		int count = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (!inWord) {
					count++;
				}
				inWord = true;
			} else {
				int next = i;
				while (next < text.length() && JOINERS.indexOf(text.charAt(next)) >= 0) {
					next++; // "U.S.-listed": joiners may follow one another
				}
				inWord = inWord && next > i && next < text.length() && Character.isLetterOrDigit(text.charAt(next));
			}
		}
		return count;
	}

	/** Words of a structured text (a section's own text, say, without its title or subsections). */
	public static int wordCount(StructuredText text) {
		return wordCount(plainText(text));
	}

	/** A structured text of one plain paragraph per string. */
	public static StructuredText paragraphs(String... paragraphs) {
		StructuredText text = SdStudioFactory.eINSTANCE.createStructuredText();
		for (String p : paragraphs) {
			text.getBlocks().add(paragraph(p));
		}
		return text;
	}

	/** One paragraph holding one unformatted run. */
	public static Paragraph paragraph(String text) {
		Paragraph paragraph = SdStudioFactory.eINSTANCE.createParagraph();
		Run run = SdStudioFactory.eINSTANCE.createRun();
		run.setText(text);
		paragraph.getRuns().add(run);
		return paragraph;
	}
}
