package org.sdstudio.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicMonitor;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.ExportException;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.edgar.ExportedFile;
import org.sdstudio.edgar.HtmlViolation;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.validation.FilingFormats;

/** {@code sdstudio export FILE --out DIR [--prefix P] [--draft]}: the filing's EDGAR package. */
public final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "write the EDGAR package: Form SD, Exhibit 1.01 and submission.xml";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio export FILE.sdfiling --out DIR [--prefix P] [--draft] [--no-page-breaks]

				Writes the filing's EDGAR package into DIR: P-sd.htm (the Form SD), P-ex101.htm (Exhibit
				1.01, the Conflict Minerals Report) and submission.xml (the submission data and both
				documents in base64; modelled on EDGAR's XML submissions, never holding the CCC). The
				documents are checked against EDGAR's rules (as check-html does) before anything is
				written, and the package is moved into DIR only when complete: files of an earlier package
				with the same names are replaced, other files in DIR are left alone, and a failed export
				leaves nothing behind. A filing with errors is refused (they are listed).

				  --out DIR         the folder to write into (created when missing)
				  --prefix P        file name prefix, e.g. acme for acme-sd.htm (default: the filing's own)
				  --draft           a review copy, even of a filing with errors: titles and file names say
				                    DRAFT (P-draft-sd.htm), no submission.xml; not for filing with EDGAR
				  --no-page-breaks  no print page breaks (before the signatures, Annex A and sections
				                    marked to start a page)

				Exit codes: 0 written, 1 the filing has errors (nothing written), 2 usage error,
				unreadable filing or a package that could not be written.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("out", "prefix"), Set.of("draft", "no-page-breaks"), usage());
		Path file = context.resolve(parsed.expect(1, "the filing FILE").get(0));
		Path out = context.resolve(parsed.required("out"));
		String prefix = parsed.option("prefix");
		if (prefix != null && !FilingFormats.isFileNamePrefix(prefix)) {
			throw new UsageException("--prefix '" + prefix + "' is not a valid file name prefix: at most 20 "
					+ "lower-case letters, digits, '-' or '_', starting with a letter or digit", usage());
		}
		Filing filing = FilingFiles.load(file);
		ExportOptions options = ExportOptions.defaults().withPrefix(prefix).withDraft(parsed.flag("draft"))
				.withPageBreaks(!parsed.flag("no-page-breaks"));
		return export(filing, file.toString(), out, options, context);
	}

	/** Exports and prints the outcome; the exit code says how it went. */
	static int export(Filing filing, String source, Path out, ExportOptions options, Context context) {
		ExportResult result;
		try {
			result = new EdgarExport().export(filing, out, options, new BasicMonitor());
		} catch (ExportException e) {
			context.err().println("sdstudio: " + source + ": " + e.getMessage());
			return ExitCode.USAGE;
		}
		if (!result.isWritten()) {
			context.err().println("sdstudio: " + source + ": not exported, the filing has "
					+ result.blockingErrors().size() + " error" + (result.blockingErrors().size() == 1 ? "" : "s")
					+ " (fix them, or use --draft for a review copy):");
			FindingsTable.print(result.blockingErrors(), context.err());
			return ExitCode.FINDINGS;
		}
		print(result, context.out());
		return ExitCode.OK;
	}

	static void print(ExportResult result, PrintStream out) {
		out.printf("%s into %s%n", result.draft() ? "Wrote a DRAFT review copy (not EDGAR-ready)" : "Wrote the EDGAR package",
				result.folder());
		int width = result.files().stream().mapToInt(f -> f.name().length()).max().orElse(4);
		for (ExportedFile file : result.files()) {
			String check = file.documentType().equals("submission") ? "schema valid"
					: file.violations().isEmpty() ? "EDGAR check passed"
							: "EDGAR check: " + file.violations().size() + " violation"
									+ (file.violations().size() == 1 ? "" : "s");
			out.printf("  %-" + width + "s  %9s  %-10s  %s%n", file.name(), String.format("%,d B", file.size()),
					file.documentType(), check);
		}
		List<HtmlViolation> violations = result.violations();
		for (HtmlViolation violation : violations) {
			out.println("    " + violation);
		}
	}
}
