package org.sdstudio.review.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SmelterEntry;

/**
 * Compares two Annex A tables row by row. Rows are the same facility when both have a smelter ID and the IDs agree;
 * rows without one (on either side) are matched by metal, normalised name and country. Matched rows whose status
 * differs are "status changed"; other differences (name, country, smelter ID, exclusion) are "changed".
 */
public final class AnnexCompare {

	/** Legal-form words that differ between lists of the same facility ("Co., Ltd." and "Company Limited"). */
	private static final Set<String> LEGAL_FORMS = Set.of("co", "company", "ltd", "limited", "inc", "incorporated",
			"corp", "corporation", "llc", "sa", "s", "a", "ag", "gmbh", "plc", "pte", "pvt", "bv", "nv", "spa", "srl",
			"the", "de", "cv");
	private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private AnnexCompare() {
	}

	public static AnnexComparison compare(AnnexA oldAnnex, AnnexA newAnnex) {
		List<SmelterEntry> olds = oldAnnex == null ? List.of() : oldAnnex.getRows();
		List<SmelterEntry> news = newAnnex == null ? List.of() : newAnnex.getRows();
		Map<SmelterEntry, SmelterEntry> matched = new IdentityHashMap<>();
		Map<SmelterEntry, String> how = new IdentityHashMap<>();
		Map<SmelterEntry, Boolean> taken = new IdentityHashMap<>();

		Map<String, List<SmelterEntry>> byId = new HashMap<>();
		for (SmelterEntry n : news) {
			String id = id(n);
			if (id != null) {
				byId.computeIfAbsent(id, k -> new ArrayList<>()).add(n);
			}
		}
		for (SmelterEntry o : olds) {
			String id = id(o);
			List<SmelterEntry> candidates = id == null ? null : byId.get(id);
			if (candidates != null) {
				SmelterEntry n = candidates.stream().filter(c -> !taken.containsKey(c) && c.getMetal() == o.getMetal())
						.findFirst().orElse(candidates.stream().filter(c -> !taken.containsKey(c)).findFirst().orElse(null));
				if (n != null) {
					matched.put(o, n);
					how.put(o, "smelter ID");
					taken.put(n, true);
				}
			}
		}
		Map<String, List<SmelterEntry>> byName = new HashMap<>();
		for (SmelterEntry n : news) {
			if (!taken.containsKey(n)) {
				byName.computeIfAbsent(nameKey(n), k -> new ArrayList<>()).add(n);
			}
		}
		for (SmelterEntry o : olds) {
			if (matched.containsKey(o)) {
				continue;
			}
			List<SmelterEntry> candidates = byName.get(nameKey(o));
			if (candidates == null) {
				continue;
			}
			for (SmelterEntry n : candidates) {
				// two rows that both carry an ID that differs are different facilities, whatever their names
				if (!taken.containsKey(n) && (id(o) == null || id(n) == null || id(o).equals(id(n)))) {
					matched.put(o, n);
					how.put(o, "name and country");
					taken.put(n, true);
					break;
				}
			}
		}

		List<AnnexComparison.RowChange> changes = new ArrayList<>();
		int unchanged = 0;
		for (SmelterEntry o : olds) {
			SmelterEntry n = matched.get(o);
			if (n == null) {
				changes.add(new AnnexComparison.RowChange(AnnexComparison.Kind.REMOVED, o, null, "", List.of()));
				continue;
			}
			List<String> fields = new ArrayList<>();
			field(fields, "Status", literal(o.getStatus()), literal(n.getStatus()));
			field(fields, "Facility", o.getFacilityName(), n.getFacilityName());
			field(fields, "Country", o.getCountry(), n.getCountry());
			field(fields, "Smelter ID", o.getSmelterId(), n.getSmelterId());
			field(fields, "Metal", literal(o.getMetal()), literal(n.getMetal()));
			field(fields, "Excluded", excluded(o), excluded(n));
			if (fields.isEmpty()) {
				unchanged++;
			} else {
				AnnexComparison.Kind kind = o.getStatus() != n.getStatus() ? AnnexComparison.Kind.STATUS_CHANGED
						: AnnexComparison.Kind.CHANGED;
				changes.add(new AnnexComparison.RowChange(kind, o, n, how.get(o), List.copyOf(fields)));
			}
		}
		for (SmelterEntry n : news) {
			if (!taken.containsKey(n)) {
				changes.add(new AnnexComparison.RowChange(AnnexComparison.Kind.ADDED, null, n, "", List.of()));
			}
		}
		return new AnnexComparison(List.copyOf(changes), counts(olds), counts(news), unchanged);
	}

	/** Listed (not excluded) facilities by metal and status, every metal and status present (zero when none). */
	public static Map<Metal, Map<ComplianceStatus, Integer>> counts(List<SmelterEntry> rows) {
		Map<Metal, Map<ComplianceStatus, Integer>> counts = new EnumMap<>(Metal.class);
		for (Metal m : Metal.VALUES) {
			Map<ComplianceStatus, Integer> byStatus = new LinkedHashMap<>();
			for (ComplianceStatus s : ComplianceStatus.VALUES) {
				byStatus.put(s, 0);
			}
			counts.put(m, byStatus);
		}
		for (SmelterEntry e : rows) {
			if (!e.isExcluded() && e.getMetal() != null && e.getStatus() != null) {
				counts.get(e.getMetal()).merge(e.getStatus(), 1, Integer::sum);
			}
		}
		return counts;
	}

	static String id(SmelterEntry e) {
		String id = e.getSmelterId();
		return id == null || id.isBlank() ? null : id.strip().toUpperCase(Locale.ROOT);
	}

	static String nameKey(SmelterEntry e) {
		return literal(e.getMetal()) + "|" + normalise(e.getFacilityName()) + "|" + normalise(e.getCountry());
	}

	/** Lower case, accents off, punctuation and legal-form words dropped: "Sociedad Minera S.A." -> "sociedad minera". */
	static String normalise(String s) {
		if (s == null) {
			return "";
		}
		String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
		StringBuilder out = new StringBuilder();
		for (String word : NOT_ALNUM.split(plain.toLowerCase(Locale.ROOT))) {
			if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
				out.append(out.length() == 0 ? "" : " ").append(word);
			}
		}
		return out.toString();
	}

	private static void field(List<String> fields, String name, String a, String b) {
		String x = a == null ? "" : a.strip();
		String y = b == null ? "" : b.strip();
		if (!Objects.equals(x, y)) {
			fields.add(name + ": " + (x.isEmpty() ? "(none)" : x) + " to " + (y.isEmpty() ? "(none)" : y));
		}
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator e) {
		return e == null ? "" : e.getLiteral();
	}

	private static String excluded(SmelterEntry e) {
		return e.isExcluded() ? "excluded" + (e.getExclusionReason() == null || e.getExclusionReason().isBlank() ? ""
				: " (" + e.getExclusionReason().strip() + ")") : "";
	}
}
