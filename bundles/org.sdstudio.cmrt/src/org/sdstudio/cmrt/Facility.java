package org.sdstudio.cmrt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.SupplierResponse;

/** One smelter or refiner for one metal, as the current supplier responses reported it. */
public final class Facility {

	private final String key;
	private final Metal metal;
	private final String smelterId;
	private String name;
	private String country;
	private final Set<SupplierResponse> reportedBy = new LinkedHashSet<>();
	private final List<SmelterRow> rows = new ArrayList<>();

	Facility(String key, Metal metal, String smelterId, String name, String country) {
		this.key = key;
		this.metal = metal;
		this.smelterId = smelterId;
		this.name = name;
		this.country = country;
	}

	/** "GOLD|CID002763" or, without an ID, "GOLD|n:normalised name|normalised country". */
	public String key() {
		return key;
	}

	public Metal metal() {
		return metal;
	}

	/** The valid smelter ID, or null. */
	public String smelterId() {
		return smelterId;
	}

	public String name() {
		return name;
	}

	public String country() {
		return country;
	}

	public Set<SupplierResponse> reportedBy() {
		return reportedBy;
	}

	/** Every Smelter List row that named this facility. */
	public List<SmelterRow> rows() {
		return rows;
	}

	void add(SupplierResponse response, SmelterRow row, String rowName, String rowCountry) {
		reportedBy.add(response);
		rows.add(row);
		if (Names.isBlank(name)) {
			name = rowName;
		}
		if (Names.isBlank(country)) {
			country = rowCountry;
		}
	}

	@Override
	public String toString() {
		return Names.metalName(metal) + " " + name + " (" + country + (smelterId == null ? "" : ", " + smelterId)
				+ ")";
	}
}
