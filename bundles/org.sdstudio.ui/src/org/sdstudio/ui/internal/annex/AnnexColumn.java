package org.sdstudio.ui.internal.annex;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.sdstudio.cmrt.RiskFlags;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.edit.label.FilingLabels;

/** The columns of the Annex A table: header, width, the text shown, the sort order and the edited attribute. */
public enum AnnexColumn {
	METAL("Metal", 80, Literals.SMELTER_ENTRY__METAL),
	FACILITY("Smelter or refiner", 280, Literals.SMELTER_ENTRY__FACILITY_NAME),
	COUNTRY("Country", 180, Literals.SMELTER_ENTRY__COUNTRY),
	STATUS("Compliance status", 140, Literals.SMELTER_ENTRY__STATUS),
	SMELTER_ID("Smelter ID", 100, Literals.SMELTER_ENTRY__SMELTER_ID),
	SUPPLIERS("Suppliers", 80, null),
	RISK("Risk flags", 260, null),
	EXCLUSION("Exclusion", 200, null);

	private final String header;
	private final int width;
	private final EAttribute attribute;

	AnnexColumn(String header, int width, EAttribute attribute) {
		this.header = header;
		this.width = width;
		this.attribute = attribute;
	}

	public String header() {
		return header;
	}

	public int width() {
		return width;
	}

	/** The attribute edited in place in this column, or null when the column is computed. */
	public EAttribute attribute() {
		return attribute;
	}

	/** The column that edits {@code featureName}, or null. */
	public static AnnexColumn editing(String featureName) {
		for (AnnexColumn column : values()) {
			if (column.attribute != null && column.attribute.getName().equals(featureName)) {
				return column;
			}
		}
		return null;
	}

	/** What the cell shows for {@code entry}; {@code rows} knows the risk flags. */
	public String text(SmelterEntry entry, AnnexRows rows) {
		switch (this) {
		case METAL:
			return entry.isSetMetal() ? FilingLabels.metal(entry.getMetal()) : "";
		case FACILITY:
			return nonNull(entry.getFacilityName());
		case COUNTRY:
			return nonNull(entry.getCountry());
		case STATUS:
			return entry.isSetStatus() ? FilingLabels.status(entry.getStatus()) : "";
		case SMELTER_ID:
			return nonNull(entry.getSmelterId());
		case SUPPLIERS:
			return Integer.toString(entry.getReportedBy().size());
		case RISK:
			return rows.riskText(entry);
		case EXCLUSION:
			return entry.isExcluded() ? "Excluded: " + nonNull(entry.getExclusionReason()) : "";
		default:
			throw new IllegalStateException(name());
		}
	}

	/** The ascending order of this column; ties keep the order of Annex A (the sort is stable). */
	public Comparator<SmelterEntry> order(AnnexRows rows) {
		switch (this) {
		case METAL:
			return Comparator.comparingInt(e -> e.isSetMetal() ? e.getMetal().getValue() : Integer.MAX_VALUE);
		case STATUS:
			return Comparator.comparingInt(AnnexColumn::statusRank);
		case SUPPLIERS:
			return Comparator.comparingInt(e -> e.getReportedBy().size());
		case RISK:
			// the riskiest rows come first in descending order: by number of flags, then by their text
			return Comparator.comparingInt((SmelterEntry e) -> rows.flags(e).size())
					.thenComparing(rows::riskText);
		case EXCLUSION:
			return Comparator.comparing((SmelterEntry e) -> e.isExcluded())
					.thenComparing(e -> nonNull(e.getExclusionReason()), String.CASE_INSENSITIVE_ORDER);
		default:
			return Comparator.comparing((SmelterEntry e) -> text(e, rows), String.CASE_INSENSITIVE_ORDER);
		}
	}

	/** Status from best to worst, rows without a status last: the order a reviewer reads them in. */
	public static int statusRank(SmelterEntry entry) {
		if (!entry.isSetStatus()) {
			return 4;
		}
		ComplianceStatus status = entry.getStatus();
		switch (status) {
		case CONFORMANT:
			return 0;
		case ACTIVE:
			return 1;
		case NON_CONFORMANT:
			return 2;
		default:
			return 3;
		}
	}

	static String riskText(Set<RiskFlags.Flag> flags) {
		return flags.stream().map(RiskFlags.Flag::text).collect(Collectors.joining("; "));
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
