package org.sdstudio.cmrt.internal;

import java.util.Set;

/**
 * Country lists for the per-facility risk flags, matched on {@link Names#key} of the names CMRTs use
 * ("CONGO, DEMOCRATIC REPUBLIC OF THE") and common short forms.
 */
public final class Countries {

	private Countries() {
	}

	/** Rule 13p-1's Covered Countries: the DRC and the nine countries that share a border with it. */
	private static final Set<String> COVERED = Set.of("congo democratic republic of the", "democratic republic of the "
			+ "congo", "drc", "dr congo", "congo kinshasa", "angola", "burundi", "central african republic",
			"congo", "republic of the congo", "congo republic of the", "congo brazzaville", "rwanda", "south sudan",
			"tanzania", "tanzania united republic of", "united republic of tanzania", "uganda", "zambia");

	/**
	 * Sanctioned or high-risk locations for a smelter: countries under broad US sanctions programs (Iran, North Korea,
	 * Syria, Cuba), Russia (Executive Order 14068 and the refiners delisted by the LBMA in 2022), Belarus (sanctioned
	 * with it), and conflict-affected sourcing hubs the OECD guidance and EU CAHRA list name repeatedly (Sudan,
	 * Myanmar, Venezuela, Afghanistan). A facility there needs a closer look; it is a flag, not a verdict.
	 */
	private static final Set<String> HIGH_RISK = Set.of("sudan", "myanmar", "burma", "iran",
			"iran islamic republic of", "korea democratic people s republic of", "north korea", "dprk", "syria",
			"syrian arab republic", "cuba", "russia", "russian federation", "belarus", "venezuela",
			"venezuela bolivarian republic of", "afghanistan");

	public static boolean covered(String country) {
		return COVERED.contains(Names.key(country));
	}

	public static boolean highRisk(String country) {
		return HIGH_RISK.contains(Names.key(country));
	}
}
