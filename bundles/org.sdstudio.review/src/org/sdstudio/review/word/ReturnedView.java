package org.sdstudio.review.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.sdstudio.review.word.ReturnedBody.CellEnd;
import org.sdstudio.review.word.ReturnedBody.CellStart;
import org.sdstudio.review.word.ReturnedBody.Format;
import org.sdstudio.review.word.ReturnedBody.ParaEnd;
import org.sdstudio.review.word.ReturnedBody.ParaProps;
import org.sdstudio.review.word.ReturnedBody.ParaStart;
import org.sdstudio.review.word.ReturnedBody.RowEnd;
import org.sdstudio.review.word.ReturnedBody.RowStart;
import org.sdstudio.review.word.ReturnedBody.TableEnd;
import org.sdstudio.review.word.ReturnedBody.TableStart;
import org.sdstudio.review.word.ReturnedBody.Text;
import org.sdstudio.review.word.ReturnedBody.Token;

/**
 * One view of a stretch of the body (every tracked change accepted, or every one rejected) as structured text.
 * <p>
 * A paragraph whose mark is not in the view (deleted, when accepted; inserted, when rejected) runs on into the next
 * one, as Word joins them, and takes the properties of the paragraph whose mark ends it. Paragraphs with no text in
 * the view are left out. List paragraphs become list items (level 1 and deeper as one nested level); headings become
 * subheadings; a table cell's paragraphs are joined with a space. While building, the plain text is kept exactly as
 * {@code StructuredTexts.plainText} gives it, so markers (comment ranges) get their offsets in it.
 * <p>
 * The stretch may start or end inside a paragraph or a table: building starts at the top-level block that holds the
 * start, but only what comes from the start on is kept (a container is kept when it closes inside the stretch).
 */
final class ReturnedView {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	private final ReturnedStyles styles;
	private final boolean returned;

	final StructuredText text = F.createStructuredText();
	final StringBuilder plain = new StringBuilder();
	/** Offsets in {@link #plain} of the tokens marked (by index), as they were reached. */
	final Map<Integer, Integer> offsets = new HashMap<>();

	private boolean capturing;

	// the paragraph being built (it may span several Word paragraphs whose marks are not in the view)
	private List<Run> runs;
	private ParaProps firstProps;
	private ParaProps props;

	// tables (nested tables are read into the outer table's cell)
	private int tableDepth;
	private Table table;
	private TableRow row;
	private boolean skippingRow;
	private TableCell cell;
	private boolean cellNeedsSpace;

	// lists
	private ListBlock list;
	private String listNumId;
	private ListBlock nested;
	private final Map<String, int[]> counters = new HashMap<>();

	ReturnedView(ReturnedStyles styles, boolean returned) {
		this.styles = styles;
		this.returned = returned;
	}

	/** Builds the view of tokens [from, to), reading from {@code blockStart} (the top-level block holding from). */
	ReturnedView build(List<Token> tokens, int blockStart, int from, int to, java.util.Set<Integer> marked) {
		for (int i = blockStart; i < to; i++) {
			if (i == from) {
				capturing = true;
			}
			if (capturing && marked.contains(i)) {
				offsets.putIfAbsent(i, plain.length());
			}
			token(tokens.get(i));
		}
		capturing = true;
		if (to < tokens.size() && marked.contains(to)) {
			offsets.putIfAbsent(to, plain.length());
		}
		closeAll();
		return this;
	}

	private void token(Token t) {
		if (t instanceof Text x) {
			if (skippingRow || !x.in(returned)) {
				return;
			}
			if (cell != null) {
				if (capturing) {
					String s = x.text().replace('\n', ' ').replace('\t', ' ');
					if (cellNeedsSpace) {
						add(cell.getRuns(), " ", Format.PLAIN, null);
						cellNeedsSpace = false;
					}
					add(cell.getRuns(), s, x.format(returned), x.link());
				}
				return;
			}
			if (runs == null) {
				runs = new ArrayList<>();
				firstProps = props == null ? ParaProps.BODY : props;
			}
			if (capturing) {
				add(runs, x.text(), x.format(returned), x.link());
			}
		} else if (t instanceof ParaStart p) {
			props = returned ? p.returned() : p.original();
		} else if (t instanceof ParaEnd m) {
			boolean markShown = returned ? m.deleted() == null : m.inserted() == null;
			if (cell != null) {
				if (markShown && !cell.getRuns().isEmpty()) {
					cellNeedsSpace = true;
				}
				return;
			}
			if (markShown) {
				endParagraph(props);
			}
		} else if (t instanceof TableStart) {
			tableDepth++;
			if (tableDepth == 1) {
				endParagraph(props);
				endList();
				table = F.createTable();
			}
		} else if (t instanceof TableEnd) {
			if (tableDepth == 1) {
				endTable();
			}
			tableDepth = Math.max(0, tableDepth - 1);
		} else if (t instanceof RowStart r) {
			if (tableDepth == 1) {
				skippingRow = !r.in(returned);
				row = skippingRow ? null : F.createTableRow();
				if (row != null) {
					row.setHeader(r.header());
				}
			} else if (cell != null && !cell.getRuns().isEmpty()) {
				cellNeedsSpace = true;
			}
		} else if (t instanceof RowEnd) {
			if (tableDepth == 1) {
				if (row != null && capturing && table != null && !row.getCells().isEmpty()) {
					table.getRows().add(row);
					plain.append('\n');
				}
				row = null;
				skippingRow = false;
			}
		} else if (t instanceof CellStart) {
			if (tableDepth == 1 && row != null) {
				cell = F.createTableCell();
				cellNeedsSpace = false;
			}
		} else if (t instanceof CellEnd) {
			if (tableDepth == 1) {
				if (cell != null && row != null && capturing) {
					row.getCells().add(cell);
					plain.append('\t');
				}
				cell = null;
			} else if (cell != null && !cell.getRuns().isEmpty()) {
				cellNeedsSpace = true;
			}
		}
	}

	/** Adds text to runs, joining it to the last run when the formatting and link are the same. */
	private void add(List<Run> to, String s, Format f, String link) {
		if (s.isEmpty()) {
			return;
		}
		plain.append(s);
		if (!to.isEmpty()) {
			Run last = to.get(to.size() - 1);
			if (last.isBold() == f.bold() && last.isItalic() == f.italic() && last.isUnderline() == f.underline()
					&& java.util.Objects.equals(last.getLink(), link)) {
				last.setText(last.getText() + s);
				return;
			}
		}
		Run run = F.createRun();
		run.setText(s);
		run.setBold(f.bold());
		run.setItalic(f.italic());
		run.setUnderline(f.underline());
		run.setLink(link);
		to.add(run);
	}

	/** Ends the paragraph being built, placing it by the properties of the paragraph whose mark ends it. */
	private void endParagraph(ParaProps by) {
		List<Run> done = runs;
		runs = null;
		firstProps = null;
		if (done == null || done.isEmpty() || !capturing) {
			return;
		}
		Paragraph p = F.createParagraph();
		p.getRuns().addAll(done);
		plain.append('\n');
		ParaProps at = by == null ? ParaProps.BODY : by;
		ReturnedStyles.Level level = at.numId() == null ? null : styles.level(at.numId(), at.ilvl());
		if (level != null && level.style() != null) {
			listItem(p, at, level);
			return;
		}
		endList();
		p.setStyle(at.heading() ? ParagraphStyle.SUBHEADING : ParagraphStyle.BODY);
		text.getBlocks().add(p);
	}

	/** Places a list paragraph: level 0 items in a list, deeper ones in a list nested in the last item. */
	private void listItem(Paragraph p, ParaProps at, ReturnedStyles.Level level) {
		int number = count(at.numId(), at.ilvl(), level.start());
		ListStyle style = level.style();
		int start = style == ListStyle.BULLET ? 1 : number;
		ListItem item = F.createListItem();
		item.getBlocks().add(p);
		if (at.ilvl() == 0) {
			if (list == null || !at.numId().equals(listNumId) || list.getStyle() != style) {
				list = list(style, start);
				listNumId = at.numId();
				text.getBlocks().add(list);
			}
			list.getItems().add(item);
			nested = null;
			return;
		}
		if (list == null || !at.numId().equals(listNumId)) {
			// a list that starts below its first level: an item holding only the nested list
			ReturnedStyles.Level top = styles.level(at.numId(), 0);
			list = list(top == null || top.style() == null ? style : top.style(), 1);
			listNumId = at.numId();
			text.getBlocks().add(list);
			nested = null;
		}
		if (list.getItems().isEmpty()) {
			list.getItems().add(F.createListItem());
		}
		ListItem last = list.getItems().get(list.getItems().size() - 1);
		if (nested == null || !last.getBlocks().contains(nested) || nested.getStyle() != style) {
			nested = list(style, start);
			last.getBlocks().add(nested);
		}
		nested.getItems().add(item);
	}

	private static ListBlock list(ListStyle style, int start) {
		ListBlock l = F.createListBlock();
		l.setStyle(style);
		l.setStart(start);
		return l;
	}

	/** Word's numbering: each instance counts on across interruptions; a level restarts after a higher one. */
	private int count(String numId, int ilvl, int start) {
		int[] c = counters.computeIfAbsent(numId, k -> new int[9]);
		int l = Math.min(ilvl, 8);
		c[l] = c[l] == 0 ? start : c[l] + 1;
		for (int deeper = l + 1; deeper < c.length; deeper++) {
			c[deeper] = 0;
		}
		return c[l];
	}

	private void endList() {
		list = null;
		listNumId = null;
		nested = null;
	}

	private void endTable() {
		cell = null;
		row = null;
		skippingRow = false;
		if (table != null && capturing && !table.getRows().isEmpty()) {
			text.getBlocks().add(table);
		}
		table = null;
	}

	private void closeAll() {
		if (tableDepth > 0) {
			if (cell != null && row != null) {
				row.getCells().add(cell);
				plain.append('\t');
			}
			if (row != null && table != null && !row.getCells().isEmpty()) {
				table.getRows().add(row);
				plain.append('\n');
			}
			tableDepth = 0;
			endTable();
		}
		endParagraph(firstProps);
	}
}
