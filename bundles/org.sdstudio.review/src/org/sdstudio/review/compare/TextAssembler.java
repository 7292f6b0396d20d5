package org.sdstudio.review.compare;

import org.sdstudio.model.Block;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;

/**
 * Puts blocks back into a structured text, into lists and items from the structure each block had (its list's
 * style and start, its nesting level, whether it opened its list or its item): the inverse of flattening a text
 * to {@link Unit}s.
 */
final class TextAssembler {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	private final StructuredText text = F.createStructuredText();
	private final ListBlock[] lists = new ListBlock[2];
	private final ListItem[] items = new ListItem[2];

	StructuredText text() {
		return text;
	}

	void place(Unit unit, Block block) {
		place(unit.level, unit.listStyle, unit.listStartNumber, unit.listStart, unit.itemStart, block);
	}

	/** Places a block; {@code level} -1 is outside any list. */
	void place(int unitLevel, ListStyle listStyle, int listStartNumber, boolean listStart, boolean itemStart,
			Block block) {
		if (unitLevel < 0) {
			lists[0] = lists[1] = null;
			items[0] = items[1] = null;
			text.getBlocks().add(block);
			return;
		}
		int level = Math.min(unitLevel, 1);
		if (level == 1 && items[0] == null) {
			level = 0;
		}
		if (listStart || lists[level] == null || lists[level].getStyle() != listStyle) {
			ListBlock list = F.createListBlock();
			list.setStyle(listStyle);
			list.setStart(listStartNumber);
			if (level == 0) {
				text.getBlocks().add(list);
			} else {
				items[0].getBlocks().add(list);
			}
			lists[level] = list;
			items[level] = null;
			if (level == 0) {
				lists[1] = null;
				items[1] = null;
			}
		}
		if (itemStart || items[level] == null) {
			ListItem item = F.createListItem();
			lists[level].getItems().add(item);
			items[level] = item;
			if (level == 0) {
				lists[1] = null;
				items[1] = null;
			}
		}
		items[level].getBlocks().add(block);
		if (level == 0) {
			// a paragraph after a nested list continues the item; a later nested list is a new one
			lists[1] = null;
			items[1] = null;
		}
	}
}
