package org.sdstudio.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.model.Filing;
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
			return failed > 0 ? ExitCode.FINDINGS : ExitCode.OK;
		}
	}

	/** One progress line per file on stderr (the output stays clean for scripts). */
	static Monitor progress(PrintStream err) {
		return new BasicMonitor() {
			private int total;
			private int done;

			@Override
			public void beginTask(String name, int totalWork) {
				total = totalWork;
			}

			@Override
			public void worked(int work) {
				done += work;
			}

			@Override
			public void subTask(String task) {
				err.println("[" + (done + 1) + "/" + total + "] " + task);
			}
		};
	}

	/** The per-file lines; returns how many files could not be read. */
	static int print(List<CmrtImport.FileResult> results, List<CmrtImport.Applied> applied, PrintStream out) {
		int failed = 0;
		for (CmrtImport.FileLine line : CmrtImport.lines(results, applied)) {
			if (line.failed()) {
				failed++;
				out.println("NOT IMPORTED  " + line.failure());
				continue;
			}
			out.printf("%-12s  %s  %s  CMRT %s  %d smelter rows  %s%s%n", label(line.action()), line.file().getFileName(),
					line.supplier(), line.revision(), line.smelterRows(), line.findings(), matched(line));
		}
		out.printf("%d file(s): %d imported, %d not readable%n", results.size(), results.size() - failed, failed);
		return failed;
	}

	/** Which supplier a response went to when its name differs, and a look-alike the user may merge it with. */
	private static String matched(CmrtImport.FileLine line) {
		if (line.similar() != null) {
			return "\n              not merged with the existing supplier '" + line.similar()
					+ "' (a similar name): if they are one company, run 'sdstudio suppliers FILING --merge \""
					+ line.supplier() + "\" --into \"" + line.similar() + "\"'";
		}
		if (line.matchedAs() != null) {
			return "  (matched the supplier '" + line.matchedAs() + "')";
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
}
