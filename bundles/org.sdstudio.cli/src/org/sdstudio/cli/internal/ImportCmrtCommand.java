package org.sdstudio.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sdstudio.cli.Cli;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.Progress;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;

/** {@code sdstudio import-cmrt FILING FILE|DIR...}: reads suppliers' CMRT workbooks into the filing's supply chain. */
public final class ImportCmrtCommand implements Command {

	@Override
	public String name() {
		return "import-cmrt";
	}

	@Override
	public String summary() {
		return "import suppliers' CMRT 6.x workbooks (files or folders) into a filing";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio import-cmrt FILING.sdfiling FILE.xlsx|FOLDER... [--merge-similar]

				Reads each supplier's CMRT (revisions 6.01 to 6.5), checks the response and adds it to its
				supplier in the filing's supply chain: a newer response becomes the supplier's current one,
				earlier ones stay in its history, and a file imported before (same content) changes nothing.
				Prints one line per file: supplier, revision, smelter rows and findings by severity. A file
				that cannot be read is listed with the reason and the others are still imported.
				A response goes to the supplier of the same name (case, spaces and legal forms such as
				"Co., Ltd." aside; the line names the supplier it went to). A name that only looks like
				a known one ("A+B Metals" and "A.B. Metals") makes a new supplier and the line proposes
				the merge; --merge-similar confirms such merges for this run.

				Exit codes: 0 every file imported, 1 some file could not be read,
				2 usage error or the filing cannot be read or written.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of(), Set.of("merge-similar"), usage());
		if (parsed.positional().size() < 2) {
			throw new UsageException("missing " + (parsed.positional().isEmpty() ? "the FILING and " : "")
					+ "the CMRT FILE or FOLDER", usage());
		}
		Path filingFile = context.resolve(parsed.positional().get(0));
		// another import into the same filing waits here: both keep their changes
		try (FilingLock lock = Saving.lock(filingFile, context)) {
			Filing filing = FilingFiles.load(filingFile);
			List<Path> inputs = new ArrayList<>();
			for (String p : parsed.positional().subList(1, parsed.positional().size())) {
				inputs.add(context.resolve(p));
			}
			List<Path> files;
			try {
				files = CmrtImport.expand(inputs);
			} catch (IOException e) {
				throw new FilingFileException(inputs.get(0), "cannot be listed (" + e.getMessage() + ")", e);
			}
			List<CmrtImport.FileResult> results = CmrtImport.read(files, filing.getReportingYear(), LocalDate.now(),
					progress(context.err()));
			List<CmrtImport.Applied> applied = CmrtImport.apply(filing, results, parsed.flag("merge-similar"));
			int failed = print(results, applied, context.out());
			if (applied.stream().anyMatch(a -> a.action() != CmrtImport.Action.UNCHANGED)) {
				Saving.save(filing, filingFile, context);
				context.out().println("Saved " + filingFile);
			} else {
				context.out().println("Nothing changed; " + filingFile + " was not written.");
			}
			return failed > 0 ? Cli.FINDINGS : Cli.OK;
		}
	}

	/** One progress line per file on stderr (the output stays clean for scripts). */
	static Progress progress(PrintStream err) {
		return new Progress() {
			@Override
			public void worked(String task, int done, int total) {
				if (done < total) {
					err.println("[" + (done + 1) + "/" + total + "] " + task);
				}
			}

			@Override
			public boolean isCanceled() {
				return false;
			}
		};
	}

	/** The per-file lines; returns how many files could not be read. */
	static int print(List<CmrtImport.FileResult> results, List<CmrtImport.Applied> applied, PrintStream out) {
		int failed = 0;
		int next = 0;
		for (CmrtImport.FileResult r : results) {
			if (!r.ok()) {
				failed++;
				out.println("NOT IMPORTED  " + r.failure().getMessage());
				continue;
			}
			CmrtImport.Applied a = applied.get(next++);
			SupplierResponse resp = r.read().response();
			out.printf("%-12s  %s  %s  CMRT %s  %d smelter rows  %s%s%n", label(a.action()), r.file().getFileName(),
					a.supplier().getName(), resp.getTemplateRevision(), resp.getSmelterRows().size(),
					counts(resp.getFindings()), matched(a, resp));
		}
		out.printf("%d file(s): %d imported, %d not readable%n", results.size(), results.size() - failed, failed);
		return failed;
	}

	/** Which supplier a response went to when its name differs, and a look-alike the user may merge it with. */
	private static String matched(CmrtImport.Applied a, SupplierResponse response) {
		String name = response.getDeclaration() == null ? null : response.getDeclaration().getCompanyName();
		if (a.similar() != null) {
			return "\n              not merged with the existing supplier '" + a.similar().getName()
					+ "' (a similar name): if they are one company, run 'sdstudio suppliers FILING --merge \""
					+ a.supplier().getName() + "\" --into \"" + a.similar().getName() + "\"'";
		}
		if (a.matchedAs() != null && name != null && !name.equals(a.matchedAs())) {
			return "  (matched the supplier '" + a.matchedAs() + "')";
		}
		return "";
	}

	private static String label(CmrtImport.Action action) {
		return switch (action) {
		case NEW_SUPPLIER -> "NEW SUPPLIER";
		case REPLACED -> "NEWER";
		case HISTORY -> "OLDER";
		case UNCHANGED -> "UNCHANGED";
		};
	}

	static String counts(List<Finding> findings) {
		return count(findings, Severity.ERROR, "error") + ", " + count(findings, Severity.WARNING, "warning") + ", "
				+ findings.stream().filter(f -> f.getSeverity() == Severity.INFO).count() + " info";
	}

	private static String count(List<Finding> findings, Severity severity, String noun) {
		long n = findings.stream().filter(f -> f.getSeverity() == severity).count();
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
