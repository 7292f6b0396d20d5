package org.sdstudio.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.sdstudio.cli.Cli;
import org.sdstudio.cmrt.CmrtReadException;
import org.sdstudio.cmrt.StatusListReader;
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

				Reads the facility status list you exported (columns are found by their header names in
				any order: smelter ID, facility name, metal, country, status, audit date) and stores it in
				the filing, replacing an earlier import of the same file. The as-of date is taken from
				--as-of, else from an "As of" line in the file, else from a date in the file name, else
				from the file's modification date; the command says which.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("as-of"), Set.of(), usage());
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
				result = StatusListReader.read(listFile, asOf);
			} catch (CmrtReadException e) {
				context.err().println("sdstudio: " + e.getMessage());
				return Cli.USAGE;
			}
			ReferenceList list = result.list();
			ReferenceList replaced = StatusLists.apply(filing, list);
			Saving.save(filing, filingFile, context);
			long conformant = list.getEntries().stream().filter(e -> e.getStatus() == ComplianceStatus.CONFORMANT).count();
			long active = list.getEntries().stream().filter(e -> e.getStatus() == ComplianceStatus.ACTIVE).count();
			long non = list.getEntries().stream().filter(e -> e.getStatus() == ComplianceStatus.NON_CONFORMANT).count();
			context.out().printf("%s: %d facilities (%d Conformant, %d Active, %d Non-Conformant)%n",
					listFile.getFileName(), list.getEntries().size(), conformant, active, non);
			context.out().println("As of " + list.getAsOfDate() + " (" + result.asOfSource() + ")");
			if (result.skippedRows() > 0) {
				context.out().println(result.skippedRows() + " row(s) skipped:");
			}
			result.warnings().forEach(w -> context.out().println("  " + w));
			context.out().println((replaced != null ? "Replaced the earlier import of this list. " : "") + "Saved "
					+ filingFile);
			return Cli.OK;
		}
	}
}
