package org.sdstudio.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.sdstudio.importer.ImportFinding;
import org.sdstudio.importer.RollForward;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.review.Reviewer;

/**
 * {@code sdstudio roll-forward FILE --out NEW.sdfiling [--year Y] [--keep-comments] [--as NAME]}: next year's filing
 * from this year's.
 */
public final class RollForwardCommand implements Command {

	@Override
	public String name() {
		return "roll-forward";
	}

	@Override
	public String summary() {
		return "next year's filing from this year's, with a summary of every change and finding";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio roll-forward FILE.sdfiling --out NEW.sdfiling [--year YYYY] [--keep-comments] [--as NAME]

				Writes next year's filing (default: the year after FILE's) and leaves FILE as it is: the
				reporting year, period and deadline move on, the signature date is cleared, an SD/A becomes
				an SD; phrases that clearly name the reporting period ("January 1, 2025 to December 31,
				2025", "calendar year 2025", "during 2025", the Annex A caption) move on and every other
				mention of the old year is reported with its passage; suppliers stay, last year's responses
				become their history; status lists and Annex A rows stay, marked as last year's.
				Review: every part goes back to Draft (last year's approvals are not carried) and its text
				as filed is kept as a revision named "As filed for 2025", the base for the blackline
				against last year; last year's review comments are dropped, except the open ones with
				--keep-comments (resolved ones always go). --as NAME is recorded on those revisions
				(default: SDSTUDIO_USER, else the user name).
				NEW.sdfiling must not exist yet.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("out", "year", "as"), Set.of("keep-comments"), usage());
		Path file = context.resolve(parsed.expect(1, "the FILE to roll forward").get(0));
		Path out = context.resolve(parsed.required("out"));
		if (Files.exists(out)) {
			context.err().println("sdstudio: " + out + " exists; choose a new file name for next year's filing");
			return ExitCode.USAGE;
		}
		Filing filing = FilingFiles.load(file);
		int year = filing.getReportingYear() + 1;
		if (parsed.option("year") != null) {
			try {
				year = Integer.parseInt(parsed.option("year"));
			} catch (NumberFormatException e) {
				throw new UsageException("--year needs a year such as " + year, usage());
			}
			if (year <= filing.getReportingYear()) {
				throw new UsageException("--year must come after the filing's reporting year " + filing.getReportingYear(), usage());
			}
		}
		RollForward.Result result = RollForward.of(filing, year, parsed.flag("keep-comments"),
				new Reviewer(Reviewer.resolveName(parsed.option("as"))));
		print(result, context.out());
		FilingFiles.save(result.filing(), out);
		context.out().println("Saved " + out);
		return ExitCode.OK;
	}

	/** The demo's part: the example rolled forward to the next year, written to ./out/. */
	static void demo(Filing example, Context context) throws FilingFileException {
		RollForward.Result result = RollForward.of(example, example.getReportingYear() + 1);
		Path out = context.resolve("out").resolve("halcyon-" + result.toYear() + ".sdfiling");
		context.out().println();
		context.out().println("== Roll forward to " + result.toYear());
		print(result, context.out());
		FilingFiles.save(result.filing(), out);
		context.out().println("Wrote " + context.workingDirectory().relativize(out));
	}

	/** The summary: every change, then every finding. */
	public static void print(RollForward.Result result, PrintStream out) {
		out.println("Rolled forward from " + result.fromYear() + " to " + result.toYear() + ":");
		result.changes().forEach(c -> out.println("  " + c));
		out.println(result.findings().isEmpty() ? "No findings." : result.findings().size() + " finding(s) to check:");
		for (ImportFinding finding : result.findings()) {
			out.println("  " + finding);
		}
	}
}
