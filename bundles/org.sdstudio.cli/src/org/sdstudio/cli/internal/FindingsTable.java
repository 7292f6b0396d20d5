package org.sdstudio.cli.internal;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

import org.sdstudio.model.Finding;
import org.sdstudio.model.validation.FindingCounts;

/** Prints findings as an aligned table, most severe first, and a count line. */
final class FindingsTable {

	private FindingsTable() {
	}

	static void print(List<Finding> findings, PrintStream out) {
		if (findings.isEmpty()) {
			out.println("No findings: " + FindingCounts.of(findings) + ".");
			return;
		}
		List<Finding> sorted = findings.stream()
				.sorted(Comparator.comparing((Finding f) -> -f.getSeverity().getValue())).toList();
		int codeWidth = Math.max(4, sorted.stream().mapToInt(f -> text(f.getCode()).length()).max().orElse(0));
		int whereWidth = Math.max(5, sorted.stream().mapToInt(f -> where(f).length()).max().orElse(0));
		String format = "%-8s  %-" + codeWidth + "s  %-" + whereWidth + "s  %s%n";
		out.printf(format, "SEVERITY", "CODE", "WHERE", "MESSAGE");
		for (Finding finding : sorted) {
			out.printf(format, finding.getSeverity().getLiteral(), text(finding.getCode()), where(finding),
					text(finding.getMessage()));
		}
		out.println(FindingCounts.of(findings));
	}

	private static String where(Finding finding) {
		return finding.getField() == null || finding.getField().isEmpty() ? "-" : finding.getField();
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}
}
