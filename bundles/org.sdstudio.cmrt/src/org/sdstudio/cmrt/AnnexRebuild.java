package org.sdstudio.cmrt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.AnnexSortOrder;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.SupplyChain;

/**
 * Annex A from the supply chain, in two steps: {@link #plan} computes what would change against the current Annex A
 * (nothing is changed, so a UI can show it), {@link Plan#apply} makes the change. Rows the user marked
 * {@code manuallyEdited} or {@code excluded} stay as the user left them (only their "reported by" is refreshed).
 */
public final class AnnexRebuild {

	public enum Kind {
		ADDED, REMOVED, STATUS_CHANGED, UPDATED, UNCHANGED, KEPT_MANUAL, KEPT_EXCLUDED
	}

	/** One row of the plan: the existing row (null when added) and the facility (null when removed). */
	public record Change(Kind kind, SmelterEntry existing, Facility facility, StatusLists.Resolution status) {
		public String describe() {
			String metal = facility != null ? Names.metalName(facility.metal())
					: existing.isSetMetal() ? Names.metalName(existing.getMetal()) : "?";
			String name = facility != null ? facility.name() : existing.getFacilityName();
			String country = facility != null ? facility.country() : existing.getCountry();
			String text = metal + " | " + name + " | " + country;
			if (kind == Kind.STATUS_CHANGED) {
				text += " | " + (existing.isSetStatus() ? existing.getStatus().getLiteral() : "none") + " -> "
						+ status.status().getLiteral();
			} else if (status != null) {
				text += " | " + status.status().getLiteral();
			}
			return text;
		}
	}

	/** What a rebuild would do; {@link #apply} does it (once). */
	public static final class Plan {
		private final List<Change> changes;
		private final Consolidation.Result consolidation;

		Plan(List<Change> changes, Consolidation.Result consolidation) {
			this.changes = changes;
			this.consolidation = consolidation;
		}

		public List<Change> changes() {
			return changes;
		}

		public List<Change> of(Kind kind) {
			return changes.stream().filter(c -> c.kind() == kind).toList();
		}

		public Consolidation.Result consolidation() {
			return consolidation;
		}

		public boolean changesAnything() {
			return changes.stream().anyMatch(c -> c.kind() != Kind.UNCHANGED && c.kind() != Kind.KEPT_MANUAL
					&& c.kind() != Kind.KEPT_EXCLUDED) || reportedByChanges;
		}

		private boolean reportedByChanges;

		/** Writes the planned rows into the filing's Annex A (created when missing). */
		public void apply(Filing filing) {
			ConflictMineralsReport report = filing.getReport();
			if (report == null) {
				report = SdStudioFactory.eINSTANCE.createConflictMineralsReport();
				filing.setReport(report);
			}
			AnnexA annex = report.getAnnexA();
			if (annex == null) {
				annex = SdStudioFactory.eINSTANCE.createAnnexA();
				report.setAnnexA(annex);
			}
			List<SmelterEntry> kept = new ArrayList<>();
			List<SmelterEntry> added = new ArrayList<>();
			for (Change c : changes) {
				switch (c.kind()) {
				case REMOVED:
					break;
				case ADDED: {
					SmelterEntry e = SdStudioFactory.eINSTANCE.createSmelterEntry();
					fill(e, c.facility(), c.status());
					added.add(e);
					break;
				}
				case KEPT_MANUAL:
				case KEPT_EXCLUDED:
					if (c.facility() != null) {
						setReportedBy(c.existing(), c.facility());
					}
					kept.add(c.existing());
					break;
				default:
					fill(c.existing(), c.facility(), c.status());
					kept.add(c.existing());
				}
			}
			List<SmelterEntry> rows = new ArrayList<>();
			if (annex.getSortOrder() == AnnexSortOrder.MANUAL) {
				// existing rows keep the user's order; new rows go at the end, sorted
				List<SmelterEntry> existing = new ArrayList<>(annex.getRows());
				existing.retainAll(kept);
				rows.addAll(existing);
				added.sort(ENTRY_ORDER);
				rows.addAll(added);
			} else {
				rows.addAll(kept);
				rows.addAll(added);
				rows.sort(ENTRY_ORDER);
			}
			annex.getRows().clear();
			annex.getRows().addAll(rows);
			LocalDate newest = filing.getSupplyChain() == null ? null
					: filing.getSupplyChain().getReferenceLists().stream().map(l -> l.getAsOfDate())
							.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
			if (newest != null) {
				annex.setRmiListDate(newest);
			}
		}
	}

	public static final Comparator<SmelterEntry> ENTRY_ORDER = Comparator
			.comparing((SmelterEntry e) -> e.isSetMetal() ? e.getMetal().getValue() : 99)
			.thenComparing(e -> e.getFacilityName() == null ? "" : e.getFacilityName().toLowerCase(Locale.ROOT));

	private AnnexRebuild() {
	}

	public static Plan plan(Filing filing) {
		SupplyChain chain = filing.getSupplyChain();
		Consolidation.Result consolidation = Consolidation.of(chain);
		List<SmelterEntry> existing = filing.getReport() == null || filing.getReport().getAnnexA() == null
				? List.of()
				: filing.getReport().getAnnexA().getRows();
		Map<String, SmelterEntry> byId = new HashMap<>();
		Map<String, SmelterEntry> byName = new HashMap<>();
		for (SmelterEntry e : existing) {
			if (!e.isSetMetal()) {
				continue;
			}
			String id = Names.smelterId(e.getSmelterId());
			if (id != null) {
				byId.putIfAbsent(Consolidation.key(e.getMetal(), id, null, null), e);
			}
			byName.putIfAbsent(Consolidation.key(e.getMetal(), null, e.getFacilityName(), e.getCountry()), e);
		}
		List<Change> changes = new ArrayList<>();
		Set<SmelterEntry> matched = new HashSet<>();
		boolean reportedByChanges = false;
		for (Facility f : consolidation.facilities()) {
			SmelterEntry e = null;
			if (f.smelterId() != null) {
				e = byId.get(f.key());
			}
			if (e == null) {
				e = byName.get(Consolidation.key(f.metal(), null, f.name(), f.country()));
			}
			if (e != null && !matched.add(e)) {
				e = null;
			}
			StatusLists.Resolution status = StatusLists.resolve(f, chain);
			if (e == null) {
				changes.add(new Change(Kind.ADDED, null, f, status));
			} else if (e.isExcluded()) {
				changes.add(new Change(Kind.KEPT_EXCLUDED, e, f, status));
				reportedByChanges |= !new HashSet<>(e.getReportedBy()).equals(f.reportedBy());
			} else if (e.isManuallyEdited()) {
				changes.add(new Change(Kind.KEPT_MANUAL, e, f, status));
				reportedByChanges |= !new HashSet<>(e.getReportedBy()).equals(f.reportedBy());
			} else if (!e.isSetStatus() || e.getStatus() != status.status()) {
				changes.add(new Change(Kind.STATUS_CHANGED, e, f, status));
			} else if (!Objects.equals(e.getSmelterId(), f.smelterId()) || !Objects.equals(e.getStatusSource(),
					status.source()) || !Objects.equals(e.getStatusDate(), status.date())
					|| !new HashSet<>(e.getReportedBy()).equals(f.reportedBy())) {
				changes.add(new Change(Kind.UPDATED, e, f, status));
			} else {
				changes.add(new Change(Kind.UNCHANGED, e, f, status));
			}
		}
		for (SmelterEntry e : existing) {
			if (matched.contains(e)) {
				continue;
			}
			changes.add(new Change(e.isExcluded() ? Kind.KEPT_EXCLUDED : e.isManuallyEdited() ? Kind.KEPT_MANUAL
					: Kind.REMOVED, e, null, null));
		}
		Plan plan = new Plan(changes, consolidation);
		plan.reportedByChanges = reportedByChanges;
		return plan;
	}

	private static void fill(SmelterEntry e, Facility f, StatusLists.Resolution status) {
		e.setMetal(f.metal());
		e.setFacilityName(f.name());
		e.setCountry(f.country());
		if (f.smelterId() != null) {
			e.setSmelterId(f.smelterId());
		}
		e.setStatus(status.status());
		e.setStatusSource(status.source());
		e.setStatusDate(status.date());
		setReportedBy(e, f);
	}

	private static void setReportedBy(SmelterEntry e, Facility f) {
		e.getReportedBy().clear();
		e.getReportedBy().addAll(f.reportedBy());
	}
}
