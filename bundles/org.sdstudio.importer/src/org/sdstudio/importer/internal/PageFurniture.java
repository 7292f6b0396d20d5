package org.sdstudio.importer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a printed page leaves in the HTML: page numbers ("7", "- 7 -", "Page 7 of 12") and running headers or
 * footers (a short line repeated three times or more across the filing's documents). Both are dropped; list items
 * and table cells never are.
 */
public final class PageFurniture {

	private final Map<String, Integer> counts = new HashMap<>();
	private int dropped;

	@SafeVarargs
	public PageFurniture(List<Piece>... documents) {
		for (List<Piece> pieces : documents) {
			for (Piece p : pieces) {
				if (p instanceof Line l && l.lists().isEmpty() && l.text().length() < 100) {
					counts.merge(l.text(), 1, Integer::sum);
				}
			}
		}
	}

	public List<Piece> strip(List<Piece> pieces) {
		List<Piece> out = new ArrayList<>();
		for (Piece p : pieces) {
			if (p instanceof Line l && l.lists().isEmpty() && (Line.isPageNumber(l.text())
					|| counts.getOrDefault(l.text(), 0) >= 3 && AnnexReader.metal(l.text()) == null)) {
				dropped++;
				continue;
			}
			out.add(p);
		}
		return out;
	}

	/** How many lines were dropped so far. */
	public int dropped() {
		return dropped;
	}
}
