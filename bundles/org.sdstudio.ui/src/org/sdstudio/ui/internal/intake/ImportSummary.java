package org.sdstudio.ui.internal.intake;

import java.util.ArrayList;
import java.util.List;

import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.model.validation.FindingCounts;

/** What an import of CMRT workbooks did, file by file, in the words the summary page shows. */
final class ImportSummary {

	/** One file: its outcome, the supplier it went to and its findings, or the reason it was not imported. */
	record FileLine(String file, String outcome, String supplier, String revision, int smelterRows, int errors,
			int warnings, int infos, String reason) {
		boolean failed() {
			return reason != null;
		}
	}

	private final List<FileLine> lines = new ArrayList<>();

	/** {@code applied} holds one entry per readable result, in the order of {@code results} (as the importer gives). */
	ImportSummary(List<CmrtImport.FileResult> results, List<CmrtImport.Applied> applied) {
		for (CmrtImport.FileLine line : CmrtImport.lines(results, applied)) {
			String file = line.file().getFileName().toString();
			if (line.failed()) {
				// the reason names the file and, where known, the sheet and cell
				lines.add(new FileLine(file, "Not imported", "", "", 0, 0, 0, 0, line.failure()));
				continue;
			}
			FindingCounts findings = line.findings();
			lines.add(new FileLine(file, outcome(line.action()), supplier(line),
					line.revision() == null ? "" : line.revision(), line.smelterRows(), findings.errors(),
					findings.warnings(), findings.infos(), null));
		}
	}

	/** The supplier a file went to; a look-alike it was not merged with, or the name it matched when that differs. */
	private static String supplier(CmrtImport.FileLine line) {
		if (line.similar() != null) {
			return line.supplier() + " (not merged with the similar supplier '" + line.similar() + "')";
		}
		if (line.matchedAs() != null) {
			return line.supplier() + " (matched '" + line.matchedAs() + "')";
		}
		return line.supplier();
	}

	static String outcome(CmrtImport.Action action) {
		return switch (action) {
		case NEW_SUPPLIER -> "New supplier";
		case REPLACED -> "Newer response";
		case HISTORY -> "Older response kept in history";
		case UNCHANGED -> "Unchanged (imported before)";
		};
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	List<FileLine> lines() {
		return lines;
	}

	int failed() {
		return (int) lines.stream().filter(FileLine::failed).count();
	}

	/** How many files ended with {@code outcome} (one of the texts of {@link #outcome}). */
	int withOutcome(CmrtImport.Action action) {
		String text = outcome(action);
		return (int) lines.stream().filter(l -> l.outcome().equals(text)).count();
	}

	/** The totals paragraph: files by outcome, findings by severity, and what to do next. */
	String totals() {
		FindingCounts findings = lines.stream().map(l -> new FindingCounts(l.errors(), l.warnings(), l.infos()))
				.reduce(new FindingCounts(0, 0, 0), FindingCounts::plus);
		StringBuilder text = new StringBuilder();
		text.append(count(lines.size(), "file", "files")).append(": ").append(lines.size() - failed())
				.append(" imported (")
				.append(count(withOutcome(CmrtImport.Action.NEW_SUPPLIER), "new supplier", "new suppliers"))
				.append(", ")
				.append(count(withOutcome(CmrtImport.Action.REPLACED), "newer response", "newer responses"))
				.append(", ").append(withOutcome(CmrtImport.Action.HISTORY)).append(" older kept in history, ")
				.append(withOutcome(CmrtImport.Action.UNCHANGED)).append(" unchanged), ")
				.append(failed()).append(" not imported.\n");
		text.append("Findings in the imported responses: ").append(findings).append(".\n");
		if (failed() > 0) {
			text.append("Not imported (correct these files and import them again):\n");
			lines.stream().filter(FileLine::failed).forEach(l -> text.append("  ").append(l.reason()).append('\n'));
		}
		text.append("Annex A is not changed by an import: rebuild it from the Annex A page when the responses are in.")
				.append('\n');
		text.append("Edit > Undo removes this whole import.");
		return text.toString();
	}
}
