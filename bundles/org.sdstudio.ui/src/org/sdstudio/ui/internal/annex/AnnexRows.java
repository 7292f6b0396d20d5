package org.sdstudio.ui.internal.annex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sdstudio.cmrt.RiskFlags;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.SupplyChain;

/**
 * The rows the Annex A table shows, in plain Java: Annex A's rows filtered by metal, status and text and sorted by
 * a column. The virtual table asks it for the row at an index, so sorting and filtering never touch widgets.
 */
public final class AnnexRows {

	/** Counts of a set of rows by metal and by status. */
	public record Counts(int rows, Map<Metal, Integer> byMetal, Map<ComplianceStatus, Integer> byStatus,
			int withoutStatus, int excluded) {

		static Counts of(List<SmelterEntry> entries) {
			Map<Metal, Integer> byMetal = new EnumMap<>(Metal.class);
			Map<ComplianceStatus, Integer> byStatus = new EnumMap<>(ComplianceStatus.class);
			int withoutStatus = 0;
			int excluded = 0;
			for (SmelterEntry e : entries) {
				if (e.isSetMetal()) {
					byMetal.merge(e.getMetal(), 1, Integer::sum);
				}
				if (e.isSetStatus()) {
					byStatus.merge(e.getStatus(), 1, Integer::sum);
				} else {
					withoutStatus++;
				}
				if (e.isExcluded()) {
					excluded++;
				}
			}
			return new Counts(entries.size(), byMetal, byStatus, withoutStatus, excluded);
		}

		public int metal(Metal metal) {
			return byMetal.getOrDefault(metal, 0);
		}

		public int status(ComplianceStatus status) {
			return byStatus.getOrDefault(status, 0);
		}

		/** "Gold 12, Tin 3 | Conformant 10, Unknown 5 | 1 excluded": metals and statuses without rows left out. */
		public String describe() {
			List<String> metals = new ArrayList<>();
			for (Metal metal : Metal.VALUES) {
				if (metal(metal) > 0) {
					metals.add(metal.getLiteral() + " " + metal(metal));
				}
			}
			List<String> statuses = new ArrayList<>();
			for (ComplianceStatus status : ComplianceStatus.VALUES) {
				if (status(status) > 0) {
					statuses.add(status.getLiteral() + " " + status(status));
				}
			}
			if (withoutStatus > 0) {
				statuses.add("no status " + withoutStatus);
			}
			List<String> parts = new ArrayList<>();
			parts.add(rows == 1 ? "1 row" : rows + " rows");
			if (!metals.isEmpty()) {
				parts.add(String.join(", ", metals));
			}
			if (!statuses.isEmpty()) {
				parts.add(String.join(", ", statuses));
			}
			if (excluded > 0) {
				parts.add(excluded + " excluded");
			}
			return String.join("   |   ", parts);
		}
	}

	private List<SmelterEntry> all = List.of();
	private List<SmelterEntry> shown = List.of();
	private final Map<SmelterEntry, Integer> positions = new IdentityHashMap<>();
	private final Map<SmelterEntry, Set<RiskFlags.Flag>> flags = new IdentityHashMap<>();
	private final Map<SmelterEntry, String> riskTexts = new IdentityHashMap<>();
	private RiskFlags.Batch risk = RiskFlags.batch(null);

	private Metal metalFilter;
	private boolean statusFiltered;
	private ComplianceStatus statusFilter;
	private String textFilter = "";
	private AnnexColumn sortColumn;
	private boolean descending;

	/** Takes Annex A's current rows and the supply chain (for risk flags), then filters and sorts again. */
	public void update(List<SmelterEntry> rows, SupplyChain chain) {
		all = new ArrayList<>(rows);
		flags.clear();
		riskTexts.clear();
		risk = RiskFlags.batch(chain);
		apply();
	}

	/** Filters and sorts {@link #all()} again (after a filter or the sort changed). */
	public void apply() {
		List<SmelterEntry> result = new ArrayList<>(all.size());
		String needle = textFilter.toLowerCase(Locale.ROOT);
		for (SmelterEntry entry : all) {
			if (accepts(entry, needle)) {
				result.add(entry);
			}
		}
		if (sortColumn != null) {
			Comparator<SmelterEntry> order = sortColumn.order(this);
			result.sort(descending ? order.reversed() : order);
		}
		shown = result;
		positions.clear();
		for (int i = 0; i < result.size(); i++) {
			positions.put(result.get(i), i);
		}
	}

	/** Whether the filters let {@code entry} through. */
	public boolean accepts(SmelterEntry entry) {
		return accepts(entry, textFilter.toLowerCase(Locale.ROOT));
	}

	private boolean accepts(SmelterEntry entry, String needle) {
		return matchesMetal(entry) && matchesStatus(entry) && matchesText(entry, needle);
	}

	public boolean matchesMetal(SmelterEntry entry) {
		return metalFilter == null || entry.isSetMetal() && entry.getMetal() == metalFilter;
	}

	public boolean matchesStatus(SmelterEntry entry) {
		if (!statusFiltered) {
			return true;
		}
		return statusFilter == null ? !entry.isSetStatus() : entry.isSetStatus() && entry.getStatus() == statusFilter;
	}

	public boolean matchesText(SmelterEntry entry) {
		return matchesText(entry, textFilter.toLowerCase(Locale.ROOT));
	}

	private static boolean matchesText(SmelterEntry entry, String needle) {
		return needle.isEmpty() || contains(entry.getFacilityName(), needle) || contains(entry.getCountry(), needle)
				|| contains(entry.getSmelterId(), needle);
	}

	private static boolean contains(String text, String needle) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
	}

	/** The risk flags of a row (computed once per update). */
	public Set<RiskFlags.Flag> flags(SmelterEntry entry) {
		return flags.computeIfAbsent(entry, risk::of);
	}

	/** The risk flags of a row as the table shows them (kept, so that sorting by them does not join strings). */
	public String riskText(SmelterEntry entry) {
		return riskTexts.computeIfAbsent(entry, e -> AnnexColumn.riskText(flags(e)));
	}

	public List<SmelterEntry> all() {
		return all;
	}

	/** The rows shown, in the order shown. */
	public List<SmelterEntry> shown() {
		return shown;
	}

	/** Where {@code entry} is shown, or -1 when filtered out or not in Annex A. */
	public int indexOf(SmelterEntry entry) {
		Integer position = positions.get(entry);
		return position == null ? -1 : position;
	}

	public Counts allCounts() {
		return Counts.of(all);
	}

	public Counts shownCounts() {
		return Counts.of(shown);
	}

	public Metal getMetalFilter() {
		return metalFilter;
	}

	/** Only rows of {@code metal}; null for every metal. */
	public void setMetalFilter(Metal metal) {
		metalFilter = metal;
	}

	/** Only rows with {@code status} (null: rows without a status). */
	public void setStatusFilter(ComplianceStatus status) {
		statusFiltered = true;
		statusFilter = status;
	}

	public void clearStatusFilter() {
		statusFiltered = false;
		statusFilter = null;
	}

	public boolean isStatusFiltered() {
		return statusFiltered;
	}

	public ComplianceStatus getStatusFilter() {
		return statusFilter;
	}

	public String getTextFilter() {
		return textFilter;
	}

	/** Rows whose name, country or smelter ID contains {@code text} (any case). */
	public void setTextFilter(String text) {
		textFilter = text == null ? "" : text.trim();
	}

	public AnnexColumn getSortColumn() {
		return sortColumn;
	}

	public boolean isDescending() {
		return descending;
	}

	/** Sorts by {@code column} (null: Annex A's own order). */
	public void sortBy(AnnexColumn column, boolean descendingOrder) {
		sortColumn = column;
		descending = descendingOrder;
	}
}
