package org.sdstudio.review.compare;

import java.util.List;

/**
 * A whole comparison as a blackline shows it: what was compared with what, the parts in the new side's reading
 * order (removed parts where they stood), the cover fields that differ and Annex A row by row (when two filings
 * were compared).
 *
 * @param oldLabel e.g. "halcyon-2024.sdfiling" or "approved revisions"
 * @param newLabel e.g. "halcyon-2025.sdfiling (current text)"
 * @param annex null when Annex A was compared as a part's text (against a revision)
 */
public record FilingComparison(String oldLabel, String newLabel, List<PartDiff> parts, List<FieldChange> fields,
		AnnexComparison annex) {

	public List<PartDiff> changedParts() {
		return parts.stream().filter(PartDiff::changed).toList();
	}

	public int wordsInserted() {
		return parts.stream().mapToInt(p -> p.text().wordsInserted()).sum();
	}

	public int wordsDeleted() {
		return parts.stream().mapToInt(p -> p.text().wordsDeleted()).sum();
	}

	public boolean hasChanges() {
		return !changedParts().isEmpty() || !fields.isEmpty() || (annex != null && annex.hasChanges());
	}
}
