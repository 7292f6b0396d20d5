package org.sdstudio.model.text;

import org.sdstudio.model.Block;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;

/** Reading and building structured text: its plain words, and paragraphs made of runs. */
public final class StructuredTexts {

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

	/** Words as a reader counts them: runs of letters, digits and joining punctuation between blanks. */
	public static int wordCount(String text) {
		int count = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean letter = Character.isLetterOrDigit(text.charAt(i));
			if (letter && !inWord) {
				count++;
			}
			if (letter) {
				inWord = true;
			} else if (Character.isWhitespace(text.charAt(i))) {
				inWord = false;
			}
		}
		return count;
	}

	/** Words of a section's own text (title excluded), without its subsections. */
	public static int wordCount(StructuredText text) {
		return wordCount(plainText(text));
	}

	/** Words of a section's text and all its subsections' titles and texts. */
	public static int totalWordCount(ReportSection section) {
		int words = wordCount(section.getBody());
		for (ReportSection sub : section.getSubsections()) {
			words += wordCount(sub.getTitle() == null ? "" : sub.getTitle()) + totalWordCount(sub);
		}
		return words;
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
