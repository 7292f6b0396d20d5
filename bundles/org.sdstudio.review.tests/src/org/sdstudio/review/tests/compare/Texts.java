package org.sdstudio.review.tests.compare;

import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.Block;

/** Small builders of structured text for the comparison tests. */
final class Texts {

	static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	private Texts() {
	}

	static StructuredText text(Block... blocks) {
		StructuredText t = F.createStructuredText();
		for (Block b : blocks) {
			t.getBlocks().add(b);
		}
		return t;
	}

	static Paragraph p(Run... runs) {
		Paragraph p = F.createParagraph();
		for (Run r : runs) {
			p.getRuns().add(r);
		}
		return p;
	}

	static Paragraph p(String text) {
		return p(run(text));
	}

	static Paragraph heading(String text) {
		Paragraph p = p(text);
		p.setStyle(ParagraphStyle.SUBHEADING);
		return p;
	}

	static Run run(String text) {
		Run r = F.createRun();
		r.setText(text);
		return r;
	}

	static Run bold(String text) {
		Run r = run(text);
		r.setBold(true);
		return r;
	}

	static Run link(String text, String target) {
		Run r = run(text);
		r.setLink(target);
		return r;
	}

	static ListBlock list(ListStyle style, String... items) {
		ListBlock l = F.createListBlock();
		l.setStyle(style);
		for (String s : items) {
			ListItem item = F.createListItem();
			item.getBlocks().add(p(s));
			l.getItems().add(item);
		}
		return l;
	}

	static Table table(String[]... rows) {
		Table t = F.createTable();
		boolean first = true;
		for (String[] cells : rows) {
			TableRow row = F.createTableRow();
			row.setHeader(first);
			first = false;
			for (String c : cells) {
				TableCell cell = F.createTableCell();
				cell.getRuns().add(run(c));
				row.getCells().add(cell);
			}
			t.getRows().add(row);
		}
		return t;
	}
}
