package org.sdstudio.cmrt;

import org.sdstudio.model.ComplianceStatus;

/**
 * What the user decided about a status list that cannot be read as it is. The defaults refuse: a list without a status
 * column, a row that cannot be read, a smelter ID listed twice with different statuses; nothing is stored then.
 *
 * @param wholeListStatus the status every facility of a list without a status column stands for, as the user said
 *                        (recorded as the list's source); null to refuse such a list
 * @param skipBadRows     skip rows that cannot be read (each is reported) instead of refusing the list
 * @param conflicts       how to settle a smelter ID listed with different statuses
 */
public record StatusListOptions(ComplianceStatus wholeListStatus, boolean skipBadRows, Conflicts conflicts) {

	/** How a smelter ID (of one metal) listed more than once with different statuses is settled. */
	public enum Conflicts {
		/** Refuse the list, naming every conflict. */
		REFUSE,
		/** The row that comes first in the file. */
		FIRST,
		/** The row that comes last in the file (a list appended to over time). */
		LAST,
		/** The least conformant of the statuses (Non-Conformant before Active before Conformant): the cautious one. */
		LEAST_CONFORMANT
	}

	/** Refuse whatever cannot be read as it is. */
	public static final StatusListOptions DEFAULTS = new StatusListOptions(null, false, Conflicts.REFUSE);

	public StatusListOptions {
		conflicts = conflicts == null ? Conflicts.REFUSE : conflicts;
	}

	public StatusListOptions withWholeListStatus(ComplianceStatus status) {
		return new StatusListOptions(status, skipBadRows, conflicts);
	}

	public StatusListOptions withSkipBadRows(boolean skip) {
		return new StatusListOptions(wholeListStatus, skip, conflicts);
	}

	public StatusListOptions withConflicts(Conflicts choice) {
		return new StatusListOptions(wholeListStatus, skipBadRows, choice);
	}
}
