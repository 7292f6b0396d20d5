package org.sdstudio.cli.internal;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.sdstudio.model.Filing;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.Reviews;

/** The review table {@code sdstudio review} and the demo print: one line per part. */
final class ReviewTable {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private ReviewTable() {
	}

	/** Prints the table; returns the parts a final export would wait for (none when the gate is off). */
	static List<PartStatus> print(Filing filing, String source, PrintStream out) {
		List<PartStatus> statuses = Reviews.statuses(filing);
		long approved = statuses.stream().filter(PartStatus::isApproved).count();
		int open = statuses.stream().mapToInt(PartStatus::openComments).sum();
		out.printf("Review of %s: %d parts, %d approved, %d open comment%s; final export requires approval: %s%n",
				source, statuses.size(), approved, open, open == 1 ? "" : "s", filing.isRequireApproval() ? "on" : "off");
		String[] header = { "PART", "STATE", "APPROVED", "BY", "ON", "CHANGED", "OPEN" };
		List<String[]> rows = new java.util.ArrayList<>();
		rows.add(header);
		for (PartStatus s : statuses) {
			rows.add(new String[] { s.part().id(), s.stateName(), s.approved() == null ? "-" : s.approved().getId(),
					s.approvedBy() == null ? "-" : s.approvedBy(),
					s.approvedAt() == null ? "-" : DAY.format(s.approvedAt()), s.changedSinceApproval() ? "yes" : "-",
					String.valueOf(s.openComments()) });
		}
		int[] widths = new int[header.length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder(" ");
			for (int i = 0; i < row.length; i++) {
				line.append(' ').append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s ", row[i]));
			}
			out.println(line.toString().stripTrailing());
		}
		for (PartStatus s : statuses) {
			for (String problem : s.problems()) {
				out.println("  ! " + problem);
			}
		}
		for (PartStatus s : statuses) {
			int proposed = Proposals.pending(s.part()).size();
			if (proposed > 0) {
				out.println("  " + s.part().id() + ": " + proposed + " proposed change" + (proposed == 1 ? "" : "s")
						+ " waiting ('sdstudio changes " + source + " " + s.part().id() + "')");
			}
		}
		List<PartStatus> blocking = Reviews.blockingExport(filing);
		if (!blocking.isEmpty()) {
			out.println("A final export would be refused: " + blocking.size() + " part"
					+ (blocking.size() == 1 ? " is" : "s are") + " not approved.");
		}
		return blocking;
	}

	/** One line about a part after a change. */
	static String line(PartStatus s) {
		return s.part().id() + ": " + s.describe() + (s.approved() == null ? "" : ", approved revision "
				+ s.approved().getId() + (s.approvedBy() == null ? "" : " by " + s.approvedBy())) + ", "
				+ s.openComments() + " open comment" + (s.openComments() == 1 ? "" : "s");
	}
}
