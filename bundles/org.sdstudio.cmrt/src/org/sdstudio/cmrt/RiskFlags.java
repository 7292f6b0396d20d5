package org.sdstudio.cmrt;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.sdstudio.cmrt.internal.Countries;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.ReferenceEntry;
import org.sdstudio.model.ReferenceList;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.SupplyChain;

/** Per-facility risk flags, computed on demand (never stored) so that they follow the current data. */
public final class RiskFlags {

	public enum Flag {
		COVERED_COUNTRY("located in a Covered Country"),
		HIGH_RISK_COUNTRY("located in a sanctioned or high-risk country"),
		STATUS_UNKNOWN("status Unknown"),
		NON_CONFORMANT("status Non-Conformant"),
		ID_NOT_ON_LIST("smelter ID not on the imported status lists");

		private final String text;

		Flag(String text) {
			this.text = text;
		}

		public String text() {
			return text;
		}
	}

	private RiskFlags() {
	}

	public static Set<Flag> of(String country, ComplianceStatus status, String smelterId, SupplyChain chain) {
		boolean haveLists = chain != null && !chain.getReferenceLists().isEmpty();
		return of(country, status, smelterId, haveLists ? id -> StatusLists.listed(id, chain) : null);
	}

	/** {@code listed} tells whether an ID is on the status lists; null when there are no lists to ask. */
	private static Set<Flag> of(String country, ComplianceStatus status, String smelterId, Predicate<String> listed) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		if (Countries.covered(country)) {
			flags.add(Flag.COVERED_COUNTRY);
		}
		if (Countries.highRisk(country)) {
			flags.add(Flag.HIGH_RISK_COUNTRY);
		}
		if (status == null || status == ComplianceStatus.UNKNOWN) {
			flags.add(Flag.STATUS_UNKNOWN);
		} else if (status == ComplianceStatus.NON_CONFORMANT) {
			flags.add(Flag.NON_CONFORMANT);
		}
		if (smelterId != null && listed != null && !listed.test(smelterId)) {
			flags.add(Flag.ID_NOT_ON_LIST);
		}
		return flags;
	}

	public static Set<Flag> of(SmelterEntry entry, SupplyChain chain) {
		return of(entry.getCountry(), entry.isSetStatus() ? entry.getStatus() : null, entry.getSmelterId(), chain);
	}

	public static Set<Flag> of(Facility f, SupplyChain chain) {
		return of(f.country(), StatusLists.resolve(f, chain).status(), f.smelterId(), chain);
	}

	/** The flags of many rows against one supply chain, e.g. a whole Annex A table. */
	public static Batch batch(SupplyChain chain) {
		return new Batch(chain);
	}

	/**
	 * The same rule as {@link #of(SmelterEntry, SupplyChain)}, with the status lists' smelter IDs gathered once
	 * instead of scanned for every row.
	 */
	public static final class Batch {
		private final Predicate<String> listed;

		private Batch(SupplyChain chain) {
			if (chain == null || chain.getReferenceLists().isEmpty()) {
				listed = null;
			} else {
				Set<String> ids = new HashSet<>();
				for (ReferenceList list : chain.getReferenceLists()) {
					for (ReferenceEntry entry : list.getEntries()) {
						if (entry.getSmelterId() != null) {
							ids.add(entry.getSmelterId());
						}
					}
				}
				listed = ids::contains;
			}
		}

		public Set<Flag> of(SmelterEntry entry) {
			return RiskFlags.of(entry.getCountry(), entry.isSetStatus() ? entry.getStatus() : null,
					entry.getSmelterId(), listed);
		}
	}
}
