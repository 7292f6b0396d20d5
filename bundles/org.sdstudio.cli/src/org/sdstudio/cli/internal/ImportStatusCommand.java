package org.sdstudio.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.sdstudio.cmrt.CmrtReadException;
import org.sdstudio.cmrt.StatusListOptions;
import org.sdstudio.cmrt.StatusListReader;
import org.sdstudio.cmrt.StatusListRefusedException;
import org.sdstudio.cmrt.StatusLists;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReferenceList;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;

/** {@code sdstudio import-status FILING LIST}: stores the user's export of RMI's facility lists in the filing. */
public final class ImportStatusCommand implements Command {

	@Override
	public String name() {
		return "import-status";
	}

	@Override
	public String summary() {
		return "import an export of RMI's Active and Conformant facility lists (CSV or XLSX)";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio import-status FILING.sdfiling LIST.csv|LIST.xlsx [--as-of YYYY-MM-DD]
				         [--status conformant|active|non-conformant] [--skip-bad-rows]
				         [--conflicts first|last|least-conformant] [--replace]

				Reads the facility status list you exported (columns are found by their header names in
				any order: smelter ID, facility name, metal, country, status, audit date) and stores it in
				the filing, replacing an earlier import of the same file. The as-of date is taken from
				--as-of, else from an "As of" line in the file, else from a date in the file name, else
				from the file's modification date; the command says which.

				Nothing is stored (exit 1) until you decide: a list without a status column needs
				--status (the status the whole list stands for, recorded with the list; never taken
				from the file name); rows that cannot be read need --skip-bad-rows; a smelter ID listed
				with different statuses needs --conflicts (keep the first, the last or the least
				conformant); replacing an earlier import of the same file with fewer than half its
				facilities needs --replace. CSV files may be UTF-8, UTF-16 or Windows-1252.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("as-of", "status", "conflicts"), Set.of("skip-bad-rows", "replace"),
				usage());
		StatusListOptions options = options(parsed);
		var pos = parsed.expect(2, "the FILING and the LIST");
		Path filingFile = context.resolve(pos.get(0));
		Path listFile = context.resolve(pos.get(1));
		LocalDate asOf = null;
		if (parsed.option("as-of") != null) {
			try {
				asOf = LocalDate.parse(parsed.option("as-of"));
			} catch (DateTimeParseException e) {
				throw new UsageException("--as-of needs a date as YYYY-MM-DD", usage());
			}
		}
		try (FilingLock lock = Saving.lock(filingFile, context)) {
			Filing filing = FilingFiles.load(filingFile);
			StatusListReader.Result result;
			try {
				result = StatusListReader.read(listFile, asOf, options);
			} catch (StatusListRefusedException e) {
				context.err().println("sdstudio: " + e.getMessage());
				return ExitCode.FINDINGS;
			} catch (CmrtReadException e) {
				context.err().println("sdstudio: " + e.getMessage());
				return ExitCode.USAGE;
			}
			ReferenceList list = result.list();
			if (StatusLists.shrinksFarFewer(filing, list) && !parsed.flag("replace")) {
				context.err().println("sdstudio: " + listFile.getFileName() + ": holds " + list.getEntries().size()
						+ " facilities, far fewer than the " + StatusLists.replaced(filing, list).getEntries().size()
						+ " of the earlier import it would replace, so nothing was stored; if the smaller list is "
						+ "right, run again with --replace");
				return ExitCode.FINDINGS;
			}
			ReferenceList replaced = StatusLists.apply(filing, list);
			Saving.save(filing, filingFile, context);
			long conformant = list.getEntries().stream().filter(e -> e.getStatus() == ComplianceStatus.CONFORMANT).count();
			long active = list.getEntries().stream().filter(e -> e.getStatus() == ComplianceStatus.ACTIVE).count();
			long non = list.getEntries().stream().filter(e -> e.getStatus() == ComplianceStatus.NON_CONFORMANT).count();
			context.out().printf("%s: %d facilities (%d Conformant, %d Active, %d Non-Conformant)%n",
					listFile.getFileName(), list.getEntries().size(), conformant, active, non);
			context.out().println("As of " + list.getAsOfDate() + " (" + result.asOfSource() + ")");
			if (result.skippedRows() > 0) {
				context.out().println(result.skippedRows() + " row(s) skipped, as you chose:");
			}
			result.warnings().forEach(w -> context.out().println("  " + w));
			context.out().println((replaced != null ? "Replaced the earlier import of this list. " : "") + "Saved "
					+ filingFile);
			return ExitCode.OK;
		}
	
	}

	private StatusListOptions options(Args parsed) throws UsageException {
		StatusListOptions options = StatusListOptions.DEFAULTS.withSkipBadRows(parsed.flag("skip-bad-rows"));
		String status = parsed.option("status");
		if (status != null) {
			ComplianceStatus stated = switch (status.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "conformant" -> ComplianceStatus.CONFORMANT;
			case "active" -> ComplianceStatus.ACTIVE;
			case "non-conformant" -> ComplianceStatus.NON_CONFORMANT;
			default -> throw new UsageException("--status is conformant, active or non-conformant, not '" + status
					+ "'", usage());
			};
			options = options.withWholeListStatus(stated);
		}
		String conflicts = parsed.option("conflicts");
		if (conflicts != null) {
			options = options.withConflicts(switch (conflicts.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "first" -> StatusListOptions.Conflicts.FIRST;
			case "last" -> StatusListOptions.Conflicts.LAST;
			case "least-conformant" -> StatusListOptions.Conflicts.LEAST_CONFORMANT;
			default -> throw new UsageException("--conflicts is first, last or least-conformant, not '" + conflicts
					+ "'", usage());
			});
		}
		return options;
	}
}
