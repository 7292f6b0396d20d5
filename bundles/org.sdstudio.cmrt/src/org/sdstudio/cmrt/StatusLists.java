package org.sdstudio.cmrt;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReferenceEntry;
import org.sdstudio.model.ReferenceList;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SupplyChain;

/** Storing status lists in the supply chain and resolving a facility's status from them. */
public final class StatusLists {

	/** A facility's status, where it came from and its date (null when there is none). */
	public record Resolution(ComplianceStatus status, String source, LocalDate date) {
	}

	private StatusLists() {
	}

	/**
	 * Adds the list to the filing's supply chain, replacing an older list of the same name and source file; returns
	 * the list it replaced, or null.
	 */
	public static ReferenceList apply(Filing filing, ReferenceList list) {
		SupplyChain chain = filing.getSupplyChain();
		if (chain == null) {
			chain = SdStudioFactory.eINSTANCE.createSupplyChain();
			filing.setSupplyChain(chain);
		}
		ReferenceList old = chain.getReferenceLists().stream()
				.filter(l -> same(l.getName(), list.getName()) && same(l.getSource(), list.getSource())).findFirst()
				.orElse(null);
		if (old != null) {
			chain.getReferenceLists().set(chain.getReferenceLists().indexOf(old), list);
		} else {
			chain.getReferenceLists().add(list);
		}
		return old;
	}

	/** The list {@link #apply} would replace (an earlier import of the same file), or null. */
	public static ReferenceList replaced(Filing filing, ReferenceList list) {
		SupplyChain chain = filing.getSupplyChain();
		return chain == null ? null : chain.getReferenceLists().stream()
				.filter(l -> same(l.getName(), list.getName()) && same(l.getSource(), list.getSource())).findFirst()
				.orElse(null);
	}

	/**
	 * Whether storing {@code list} would replace an earlier import of the same file with far fewer entries (less than
	 * half): a truncated export or a wrong file, which the user confirms before it replaces a good list.
	 */
	public static boolean shrinksFarFewer(Filing filing, ReferenceList list) {
		ReferenceList old = replaced(filing, list);
		return old != null && list.getEntries().size() * 2 < old.getEntries().size();
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equals(b);
	}

	/**
	 * The status of a facility: by smelter ID and metal, then by ID alone, then (without an ID) by metal, name and
	 * country; the newest list that knows the facility wins. Unknown when no list has it.
	 */
	public static Resolution resolve(Facility f, SupplyChain chain) {
		return resolve(f.smelterId(), f.metal(), f.name(), f.country(), chain);
	}

	public static Resolution resolve(String smelterId, org.sdstudio.model.Metal metal, String name, String country,
			SupplyChain chain) {
		List<ReferenceList> lists = chain == null ? List.of()
				: chain.getReferenceLists().stream().sorted(Comparator.comparing(ReferenceList::getAsOfDate,
						Comparator.nullsLast(Comparator.reverseOrder()))).toList();
		if (lists.isEmpty()) {
			return new Resolution(ComplianceStatus.UNKNOWN, "no status list imported", null);
		}
		for (ReferenceList list : lists) {
			ReferenceEntry hit = null;
			for (ReferenceEntry e : list.getEntries()) {
				if (smelterId != null && smelterId.equals(e.getSmelterId())) {
					if (!e.isSetMetal() || e.getMetal() == metal) {
						hit = e;
						break;
					}
				} else if (smelterId == null && e.isSetMetal() && e.getMetal() == metal
						&& Names.key(name).equals(Names.key(e.getFacilityName()))
						&& (Names.isBlank(country) || Names.key(country).equals(Names.key(e.getCountry())))) {
					hit = e;
					break;
				}
			}
			if (hit != null) {
				return new Resolution(hit.getStatus(), source(list), hit.getStatusDate() != null
						? hit.getStatusDate() : list.getAsOfDate());
			}
		}
		ReferenceList newest = lists.get(0);
		return new Resolution(ComplianceStatus.UNKNOWN, "not on " + source(newest), newest.getAsOfDate());
	}

	private static String source(ReferenceList list) {
		return list.getName() + " (" + list.getSource() + (list.getAsOfDate() == null ? ""
				: ", as of " + list.getAsOfDate()) + ")";
	}

	/** Whether any imported list names the ID (for the "ID not on the reference list" flag). */
	public static boolean listed(String smelterId, SupplyChain chain) {
		return smelterId != null && chain != null && chain.getReferenceLists().stream()
				.flatMap(l -> l.getEntries().stream()).anyMatch(e -> smelterId.equals(e.getSmelterId()));
	}
}
