package org.sdstudio.cli.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.Registrant;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.Signature;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.model.validation.FilingDeadline;

/** The overview {@code sdstudio show} prints: who, which period, by when, the report's sections, Annex A's counts. */
final class FilingSummary {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

	private FilingSummary() {
	}

	static void print(Filing filing, String source, PrintStream out) {
		Registrant registrant = filing.getRegistrant();
		int year = filing.getReportingYear();
		out.printf("%-12s %s%n", "Filing", source);
		out.printf("%-12s %s%s%n", "Registrant", registrant == null ? "(none)" : or(registrant.getName(), "(no name)"),
				registrant == null || blank(registrant.getCik()) ? "" : " (CIK " + registrant.getCik() + ")");
		String rules = filing.getRules().stream().map(RuleSelection::getRule).map(r -> "Rule " + r.getLiteral())
				.collect(Collectors.joining(", "));
		out.printf("%-12s %s%s%n", "Form", filing.getFormType().getLiteral(), rules.isEmpty() ? "" : ", " + rules);
		out.printf("%-12s January 1, %d to December 31, %d%n", "Period", year, year);
		LocalDate deadline = FilingDeadline.forReportingYear(year);
		LocalDate nominal = LocalDate.of(year + 1, 5, 31);
		out.printf("%-12s %s%s%n", "Deadline", deadline.format(DAY), deadline.equals(nominal) ? ""
				: " (May 31, " + (year + 1) + " is a " + (nominal.getDayOfWeek().getValue() >= 6
						? nominal.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US) : "federal holiday") + ")");
		Signature signature = filing.getSignature();
		if (signature != null && signature.getDate() != null) {
			out.printf("%-12s %s by %s, %s%n", "Signed", signature.getDate().format(DATE),
					or(signature.getSignerName(), "(no signer)"), or(signature.getSignerTitle(), "(no title)"));
		}
		out.println();
		printSections(filing, out);
		out.println();
		printAnnex(filing.getReport() == null ? null : filing.getReport().getAnnexA(), out);
	}

	private static void printSections(Filing filing, PrintStream out) {
		if (filing.getReport() == null || filing.getReport().getSections().isEmpty()) {
			out.println("Conflict Minerals Report: no sections");
			return;
		}
		out.printf("%-70s %6s  %s%n", "Conflict Minerals Report sections", "Words", "Review");
		int total = 0;
		for (ReportSection section : filing.getReport().getSections()) {
			total += printSection(section, "  ", out);
		}
		out.printf("%-70s %6d%n", "  Total", total);
	}

	private static int printSection(ReportSection section, String indent, PrintStream out) {
		String title = (blank(section.getNumber()) ? "" : section.getNumber() + ". ") + or(section.getTitle(), "(untitled)");
		String label = indent + title;
		if (label.length() > 70) {
			label = label.substring(0, 67) + "...";
		}
		int words = StructuredTexts.wordCount(section.getBody());
		String state = section.getReview() == null ? "draft" : section.getReview().getState().getLiteral();
		out.printf("%-70s %6d  %s%n", label, words, state);
		for (ReportSection sub : section.getSubsections()) {
			words += printSection(sub, indent + "  ", out);
		}
		return words;
	}

	private static void printAnnex(AnnexA annex, PrintStream out) {
		if (annex == null) {
			out.println("Annex A: none");
			return;
		}
		Map<Metal, Map<ComplianceStatus, Integer>> counts = new EnumMap<>(Metal.class);
		int included = 0;
		int excluded = 0;
		for (SmelterEntry row : annex.getRows()) {
			if (row.isExcluded()) {
				excluded++;
				continue;
			}
			included++;
			counts.computeIfAbsent(row.getMetal(), m -> new EnumMap<>(ComplianceStatus.class))
					.merge(row.getStatus(), 1, Integer::sum);
		}
		out.printf("Annex A: %d smelters and refiners%s%s%n", included,
				blank(annex.getCaption()) ? "" : " (" + annex.getCaption() + ")",
				annex.getRmiListDate() == null ? "" : ", RMI lists as of " + annex.getRmiListDate().format(DATE));
		ComplianceStatus[] statuses = { ComplianceStatus.CONFORMANT, ComplianceStatus.ACTIVE,
				ComplianceStatus.NON_CONFORMANT, ComplianceStatus.UNKNOWN };
		StringBuilder header = new StringBuilder(String.format("  %-10s", "Metal"));
		for (ComplianceStatus status : statuses) {
			header.append(String.format(" %14s", status.getLiteral()));
		}
		out.println(header.append(String.format(" %8s", "Total")));
		int[] columnTotals = new int[statuses.length];
		for (Metal metal : Metal.values()) {
			Map<ComplianceStatus, Integer> row = counts.getOrDefault(metal, Map.of());
			StringBuilder line = new StringBuilder(String.format("  %-10s", metal.getLiteral()));
			int rowTotal = 0;
			for (int i = 0; i < statuses.length; i++) {
				int n = row.getOrDefault(statuses[i], 0);
				columnTotals[i] += n;
				rowTotal += n;
				line.append(String.format(" %14d", n));
			}
			out.println(line.append(String.format(" %8d", rowTotal)));
		}
		StringBuilder totals = new StringBuilder(String.format("  %-10s", "Total"));
		for (int n : columnTotals) {
			totals.append(String.format(" %14d", n));
		}
		out.println(totals.append(String.format(" %8d", included)));
		if (excluded > 0) {
			out.printf("  %d excluded row%s not counted%n", excluded, excluded == 1 ? "" : "s");
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String or(String s, String fallback) {
		return blank(s) ? fallback : s;
	}
}
