package org.sdstudio.cmrt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.model.Metal;

/**
 * The reference data a CMRT carries on its Smelter Look-up sheet: per smelter ID the metal, the standard name and
 * its aliases, the country. Used to check IDs against names; it carries no conformance status.
 */
public final class SmelterLookup {

	/** One look-up row. */
	public record Entry(String smelterId, Metal metal, String standardName, String alias, String country) {
	}

	public static final SmelterLookup EMPTY = new SmelterLookup().freeze();

	private final Map<String, List<Entry>> byId = new HashMap<>();
	private boolean frozen;

	public void add(Entry entry) {
		if (frozen) {
			throw new IllegalStateException("the look-up is shared by the workbooks that carry it: read-only");
		}
		byId.computeIfAbsent(entry.smelterId(), k -> new ArrayList<>()).add(entry);
	}

	/**
	 * Makes the look-up read-only, so that one instance can serve every workbook with the same Smelter Look-up part
	 * (the reader caches it); must happen before it is shared.
	 */
	SmelterLookup freeze() {
		if (!frozen) {
			byId.replaceAll((id, entries) -> List.copyOf(entries));
			frozen = true;
		}
		return this;
	}

	/** Whether both have the same entries in the same order per smelter ID. */
	public boolean sameAs(SmelterLookup other) {
		return byId.equals(other.byId);
	}

	public boolean isEmpty() {
		return byId.isEmpty();
	}

	public int size() {
		return byId.size();
	}

	public List<Entry> entries(String smelterId) {
		return byId.getOrDefault(smelterId, Collections.emptyList());
	}

	/** Whether a name (standard or alias) belongs to the ID, compared by {@link Names#key}. */
	public boolean nameMatches(String smelterId, String name) {
		String key = Names.key(name);
		return entries(smelterId).stream()
				.anyMatch(e -> Names.key(e.standardName()).equals(key) || Names.key(e.alias()).equals(key));
	}
}
