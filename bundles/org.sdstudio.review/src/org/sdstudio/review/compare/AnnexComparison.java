package org.sdstudio.review.compare;

import java.util.List;
import java.util.Map;

import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SmelterEntry;

/**
 * Annex A compared as rows: added, removed, status changed, other fields changed; and the counts of listed (not
 * excluded) facilities by metal and status before and after.
 */
public record AnnexComparison(List<RowChange> changes, Map<Metal, Map<ComplianceStatus, Integer>> before,
		Map<Metal, Map<ComplianceStatus, Integer>> after, int unchanged) {

	/** What happened to one facility row. */
	public enum Kind {
		ADDED, REMOVED, STATUS_CHANGED, CHANGED
	}

	/**
	 * One row's change.
	 *
	 * @param matchedBy "smelter ID" or "name and country" for a matched row, else empty
	 * @param fields for a changed row, each field that changed as "Country: China to Malaysia"
	 */
	public record RowChange(Kind kind, SmelterEntry oldRow, SmelterEntry newRow, String matchedBy, List<String> fields) {

		/** The row as it is now, or as it was when removed. */
		public SmelterEntry row() {
			return newRow != null ? newRow : oldRow;
		}
	}

	public long count(Kind kind) {
		return changes.stream().filter(c -> c.kind() == kind).count();
	}

	public boolean hasChanges() {
		return !changes.isEmpty() || !before.equals(after);
	}
}
