package org.sdstudio.cmrt;

import java.util.EnumSet;
import java.util.Set;

import org.sdstudio.cmrt.internal.Countries;
import org.sdstudio.model.ComplianceStatus;
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
		boolean haveLists = chain != null && !chain.getReferenceLists().isEmpty();
		if (smelterId != null && haveLists && !StatusLists.listed(smelterId, chain)) {
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
}
