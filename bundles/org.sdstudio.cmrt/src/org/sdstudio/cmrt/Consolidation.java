package org.sdstudio.cmrt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.SupplyChain;

/**
 * The facility list of a supply chain: one facility per smelter ID and metal; rows without a valid ID grouped by
 * metal, normalised name and country; "Smelter not yet identified" rows counted per supplier, never facilities.
 * Only each supplier's current response counts.
 */
public final class Consolidation {

	/**
	 * The facilities (sorted by metal, then name), rows not yet identified per supplier, rows skipped because they
	 * name no metal (or neither an ID nor a name), and how many current responses were consolidated.
	 */
	public record Result(List<Facility> facilities, Map<Supplier, Integer> notYetIdentified, int rowsSkipped,
			int responses) {
	}

	private Consolidation() {
	}

	public static Result of(SupplyChain chain) {
		Map<String, Facility> facilities = new LinkedHashMap<>();
		Map<Supplier, Integer> notYet = new LinkedHashMap<>();
		int skipped = 0;
		int responses = 0;
		if (chain != null) {
			for (Supplier supplier : chain.getSuppliers()) {
				SupplierResponse response = supplier.getCurrentResponse();
				if (response == null) {
					continue;
				}
				responses++;
				for (SmelterRow row : response.getSmelterRows()) {
					if (ResponseChecks.notYetIdentified(row)) {
						notYet.merge(supplier, 1, Integer::sum);
						continue;
					}
					Metal metal = Names.metal(row.getMetal());
					if (metal == null) {
						skipped++;
						continue;
					}
					String name = name(row);
					String country = row.getCountry();
					String id = Names.smelterId(row.getSmelterId() != null ? row.getSmelterId() : row.getSmelterIdInput());
					if (id == null && Names.isBlank(name)) {
						skipped++;
						continue;
					}
					String key = key(metal, id, name, country);
					Facility f = facilities.computeIfAbsent(key, k -> new Facility(k, metal, id, name, country));
					f.add(response, row, name, country);
				}
			}
		}
		List<Facility> list = new ArrayList<>(facilities.values());
		list.sort(ORDER);
		return new Result(list, notYet, skipped, responses);
	}

	/** Metal (Gold, Tantalum, Tin, Tungsten), then name ignoring case. */
	public static final Comparator<Facility> ORDER = Comparator.comparing(Facility::metal)
			.thenComparing(f -> f.name() == null ? "" : f.name().toLowerCase(Locale.ROOT));

	public static String key(Metal metal, String id, String name, String country) {
		return id != null ? metal.getName() + "|" + id
				: metal.getName() + "|n:" + Names.key(name) + "|" + Names.key(country);
	}

	/** The look-up name unless it is one of the "Smelter not listed" choices, else the typed or standard name. */
	static String name(SmelterRow row) {
		String lookup = row.getLookupName();
		if (!Names.isBlank(lookup) && !Names.key(lookup).startsWith("smelter not")) {
			return lookup;
		}
		if (!Names.isBlank(row.getSmelterName())) {
			return row.getSmelterName();
		}
		return row.getStandardName();
	}
}
