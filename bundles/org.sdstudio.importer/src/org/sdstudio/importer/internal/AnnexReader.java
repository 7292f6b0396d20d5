package org.sdstudio.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;

/**
 * Finds smelter and refiner tables by their header row (metal; smelter or refiner name; country or location;
 * smelter ID; status, in any order and wording) and reads their rows, whether one table carries a metal column or
 * each metal has a table of its own (the metal then comes from a title row or the line above the table).
 */
public final class AnnexReader {

	/** Where each column of a smelter table is; -1 when the table has no such column. */
	public record Columns(int metal, int name, int country, int id, int status) {
	}

	private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("USA", "UNITED STATES OF AMERICA"),
			Map.entry("US", "UNITED STATES OF AMERICA"), Map.entry("U.S.", "UNITED STATES OF AMERICA"),
			Map.entry("U.S.A.", "UNITED STATES OF AMERICA"), Map.entry("UNITED STATES", "UNITED STATES OF AMERICA"),
			Map.entry("SOUTH KOREA", "KOREA, REPUBLIC OF"), Map.entry("KOREA", "KOREA, REPUBLIC OF"),
			Map.entry("REPUBLIC OF KOREA", "KOREA, REPUBLIC OF"), Map.entry("TAIWAN", "TAIWAN, PROVINCE OF CHINA"),
			Map.entry("VIETNAM", "VIET NAM"), Map.entry("RUSSIA", "RUSSIAN FEDERATION"),
			Map.entry("BOLIVIA", "BOLIVIA (PLURINATIONAL STATE OF)"),
			Map.entry("UK", "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"),
			Map.entry("UNITED KINGDOM", "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"),
			Map.entry("CZECH REPUBLIC", "CZECHIA"), Map.entry("TURKIYE", "TURKEY"),
			Map.entry("DRC", "CONGO, DEMOCRATIC REPUBLIC OF THE"), Map.entry("IRAN", "IRAN (ISLAMIC REPUBLIC OF)"),
			Map.entry("LAOS", "LAO PEOPLE'S DEMOCRATIC REPUBLIC"), Map.entry("TANZANIA", "TANZANIA, UNITED REPUBLIC OF"));

	private AnnexReader() {
	}

	/** The columns of a smelter table's header row, or null when the row is not one. */
	public static Columns columns(List<String> header) {
		int metal = -1, name = -1, country = -1, id = -1, status = -1;
		for (int c = 0; c < header.size(); c++) {
			String h = header.get(c).toLowerCase(Locale.ROOT);
			if (h.isBlank()) {
				continue;
			}
			if (id < 0 && (h.matches(".*\\b(id|cid)\\b.*") || h.contains("identification") || h.contains("number"))) {
				id = c;
			} else if (status < 0 && (h.contains("status") || h.contains("conforman") || h.contains("rmap")
					|| h.contains("compliance") || h.contains("audit"))) {
				status = c;
			} else if (metal < 0 && (h.contains("metal") || h.contains("mineral") || h.equals("3tg"))) {
				metal = c;
			} else if (country < 0 && (h.contains("country") || h.contains("location"))) {
				country = c;
			} else if (name < 0 && (h.contains("smelter") || h.contains("refiner") || h.contains("facility")
					|| h.contains("name"))) {
				name = c;
			}
		}
		int others = (metal >= 0 ? 1 : 0) + (country >= 0 ? 1 : 0) + (id >= 0 ? 1 : 0) + (status >= 0 ? 1 : 0);
		return name >= 0 && others >= 2 ? new Columns(metal, name, country, id, status) : null;
	}

	/**
	 * The rows of a smelter table. {@code metalAbove} is the metal a title line above the table names (null when
	 * none); {@code finding} receives what could not be read, quoted.
	 */
	public static List<SmelterEntry> rows(Grid grid, Columns columns, Metal metalAbove, Consumer<String> finding) {
		List<SmelterEntry> rows = new ArrayList<>();
		List<String> header = grid.rows().get(0).texts();
		Metal groupMetal = metalAbove;
		for (int r = 1; r < grid.rows().size(); r++) {
			List<String> cells = grid.rows().get(r).texts();
			if (cells.equals(header) || columns(cells) != null) {
				continue; // the header repeated where the table breaks across pages
			}
			List<String> nonEmpty = cells.stream().filter(s -> !s.isBlank()).toList();
			if (nonEmpty.size() == 1 && metal(nonEmpty.get(0)) != null) {
				groupMetal = metal(nonEmpty.get(0)); // a title row: "Gold", "Tin Smelters"
				continue;
			}
			String name = cell(cells, columns.name());
			if (name.isEmpty()) {
				finding.accept("a smelter table row without a facility name was not read: \"" + String.join(" | ", cells) + "\"");
				continue;
			}
			SmelterEntry entry = SdStudioFactory.eINSTANCE.createSmelterEntry();
			entry.setFacilityName(name);
			Metal metal = columns.metal() >= 0 ? metal(cell(cells, columns.metal())) : groupMetal;
			if (metal == null && columns.metal() >= 0 && groupMetal != null && cell(cells, columns.metal()).isEmpty()) {
				metal = groupMetal;
			}
			if (metal != null) {
				entry.setMetal(metal);
			} else {
				finding.accept("no metal for \"" + name + "\""
						+ (columns.metal() >= 0 ? " (the table says \"" + cell(cells, columns.metal()) + "\")" : ""));
			}
			if (columns.country() >= 0) {
				entry.setCountry(country(cell(cells, columns.country())));
			}
			if (columns.id() >= 0 && !cell(cells, columns.id()).isEmpty()) {
				entry.setSmelterId(cell(cells, columns.id()).toUpperCase(Locale.ROOT).replace(" ", ""));
			}
			if (columns.status() >= 0) {
				String s = cell(cells, columns.status());
				ComplianceStatus status = status(s);
				if (status == null) {
					finding.accept("status \"" + s + "\" of \"" + name + "\" is not one SD Studio knows: read as Unknown");
					status = ComplianceStatus.UNKNOWN;
				}
				entry.setStatus(status);
			} else {
				entry.setStatus(ComplianceStatus.UNKNOWN);
			}
			rows.add(entry);
		}
		return rows;
	}

	private static String cell(List<String> cells, int column) {
		return column >= 0 && column < cells.size() ? Line.clean(cells.get(column)) : "";
	}

	/** The metal a cell or title names ("Gold", "Au", "Tin Smelters"), or null. */
	public static Metal metal(String text) {
		String t = Line.clean(text).toLowerCase(Locale.ROOT).replaceAll("\\b(smelters?|refiners?|and|/|\\(3tg\\))\\b", " ").trim();
		t = t.replaceAll("[^a-z ]", "").trim();
		return switch (t) {
		case "gold", "au" -> Metal.GOLD;
		case "tantalum", "ta" -> Metal.TANTALUM;
		case "tin", "sn" -> Metal.TIN;
		case "tungsten", "w" -> Metal.TUNGSTEN;
		default -> null;
		};
	}

	/** The model's status for a filing's wording, or null when the wording is not recognised. */
	public static ComplianceStatus status(String text) {
		String t = Line.clean(text).toLowerCase(Locale.ROOT);
		if (t.isEmpty() || t.equals("-") || t.equals("n/a") || t.contains("unknown") || t.contains("not enrolled")
				|| t.contains("not listed")) {
			return ComplianceStatus.UNKNOWN;
		}
		if (t.contains("non-conformant") || t.contains("non conformant") || t.contains("not conformant")
				|| t.contains("nonconformant") || t.contains("non-compliant") || t.contains("corrective")) {
			return ComplianceStatus.NON_CONFORMANT;
		}
		if (t.contains("conformant") || t.contains("compliant") || t.contains("conflict free")
				|| t.contains("conflict-free")) {
			return ComplianceStatus.CONFORMANT;
		}
		if (t.contains("active") || t.contains("in progress") || t.contains("in-progress")) {
			return ComplianceStatus.ACTIVE;
		}
		return null;
	}

	/** Countries in the CMRT's upper-case names, the common short forms spelt out. */
	public static String country(String text) {
		String t = Line.clean(text).toUpperCase(Locale.ROOT);
		return COUNTRIES.getOrDefault(t, t);
	}
}
