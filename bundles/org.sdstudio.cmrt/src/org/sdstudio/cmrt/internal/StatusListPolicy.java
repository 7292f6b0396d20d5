package org.sdstudio.cmrt.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sdstudio.cmrt.StatusListOptions;
import org.sdstudio.cmrt.StatusListRefusedException;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.ReferenceEntry;
import org.sdstudio.model.ReferenceList;

/**
 * What a status list must be before it is stored, and what the user's {@link StatusListOptions} allow: a status from
 * a column or from the user (never from a file name), every row readable or skipping accepted, each smelter ID with one
 * status or a chosen way to settle it, at least one facility. The reader hands it every row; it keeps the entries.
 */
public final class StatusListPolicy {

	private record Candidate(ReferenceEntry entry, String where) {
	}

	private final String file;
	private final StatusListOptions options;
	private final List<String> badRows = new ArrayList<>();
	private final List<Object> order = new ArrayList<>(); // entries without an ID, and ID keys at their first row
	private final Map<String, List<Candidate>> byId = new LinkedHashMap<>();

	public StatusListPolicy(String file, StatusListOptions options) {
		this.file = file;
		this.options = options == null ? StatusListOptions.DEFAULTS : options;
	}

	/** The status of every row of a list without a status column: the user's, or a refusal naming the columns. */
	public ComplianceStatus statusWithoutColumn(List<String> columnsFound) throws StatusListRefusedException {
		if (options.wholeListStatus() == null) {
			throw new StatusListRefusedException(file, "has no status column (columns found: "
					+ columnsFound.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
					+ "), so nothing was stored; a status never comes from a file name. If the whole list stands for one "
					+ "status, say which (--status conformant, active or non-conformant; in the studio, the wizard's "
					+ "choice)");
		}
		return options.wholeListStatus();
	}

	/** How the list's name records a status the user gave for the whole list (null when the file had a column). */
	public String statedStatusNote() {
		return options.wholeListStatus() == null ? null
				: "every facility " + options.wholeListStatus().getLiteral() + " as stated by the user";
	}

	/** A row that cannot be read; {@code where} is the line or cell. */
	public void badRow(String where, String problem) {
		badRows.add(where + ": " + problem);
	}

	/** A row that was read. */
	public void accept(ReferenceEntry entry, String where) {
		if (entry.getSmelterId() == null) {
			order.add(entry);
			return;
		}
		String key = entry.getSmelterId() + "/" + (entry.isSetMetal() ? entry.getMetal().getLiteral() : "");
		List<Candidate> same = byId.get(key);
		if (same == null) {
			same = new ArrayList<>();
			byId.put(key, same);
			order.add(key);
		}
		same.add(new Candidate(entry, where));
	}

	/**
	 * Stores the entries in {@code list} (in file order) once everything is settled; notes for the user go to
	 * {@code warnings}. Returns how many rows were skipped.
	 *
	 * @throws StatusListRefusedException when the user's options do not settle what was found; nothing is stored
	 */
	public int finish(ReferenceList list, List<String> warnings) throws StatusListRefusedException {
		if (!badRows.isEmpty() && !options.skipBadRows()) {
			throw new StatusListRefusedException(file, badRows.size() + " row(s) cannot be read, so nothing was stored: "
					+ String.join("; ", badRows.subList(0, Math.min(5, badRows.size())))
					+ (badRows.size() > 5 ? "; ..." : "") + ". Correct the file, or accept skipping these rows "
					+ "(--skip-bad-rows; in the studio, the wizard's choice)");
		}
		List<String> conflicts = new ArrayList<>();
		for (Map.Entry<String, List<Candidate>> e : byId.entrySet()) {
			List<Candidate> rows = e.getValue();
			if (rows.stream().map(c -> c.entry().getStatus()).distinct().count() > 1) {
				conflicts.add(rows.get(0).entry().getSmelterId() + " ("
						+ rows.stream().map(c -> c.where() + " " + c.entry().getStatus().getLiteral())
								.collect(Collectors.joining(", ")) + ")");
			}
		}
		if (!conflicts.isEmpty() && options.conflicts() == StatusListOptions.Conflicts.REFUSE) {
			throw new StatusListRefusedException(file, conflicts.size() + " smelter ID(s) listed with different "
					+ "statuses, so nothing was stored: " + String.join("; ", conflicts.subList(0,
							Math.min(10, conflicts.size()))) + (conflicts.size() > 10 ? "; ..." : "")
					+ ". Choose how to settle them (--conflicts first, last or least-conformant; in the studio, the "
					+ "wizard's choice), or correct the file");
		}
		for (String bad : badRows.subList(0, Math.min(20, badRows.size()))) {
			warnings.add(bad + "; row skipped");
		}
		if (badRows.size() > 20) {
			warnings.add((badRows.size() - 20) + " more row(s) skipped");
		}
		for (String conflict : conflicts) {
			warnings.add("listed with different statuses: " + conflict + "; kept the " + switch (options.conflicts()) {
			case FIRST -> "first";
			case LAST -> "last";
			default -> "least conformant";
			} + ", as you chose");
		}
		for (Object item : order) {
			if (item instanceof ReferenceEntry entry) {
				list.getEntries().add(entry);
			} else {
				list.getEntries().add(winner(byId.get(item)).entry());
			}
		}
		if (list.getEntries().isEmpty()) {
			throw new StatusListRefusedException(file, "holds no facility rows below its header, so nothing was stored "
					+ "(an empty list would make every status Unknown)");
		}
		return badRows.size();
	}

	private Candidate winner(List<Candidate> rows) {
		return switch (options.conflicts()) {
		case LAST -> rows.get(rows.size() - 1);
		case LEAST_CONFORMANT -> rows.stream().min((a, b) -> rank(a) - rank(b)).orElseThrow();
		default -> rows.get(0);
		};
	}

	private static int rank(Candidate c) {
		return switch (c.entry().getStatus()) {
		case NON_CONFORMANT -> 0;
		case ACTIVE -> 1;
		case CONFORMANT -> 2;
		default -> 3;
		};
	}
}
