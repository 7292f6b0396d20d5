package org.sdstudio.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

/**
 * {@code sdstudio export FILE --out DIR [--prefix P] [--draft] [--ccc-file FILE | --ccc -]}: the filing's EDGAR
 * package. The CCC is read for this one export, from a file or standard input (never from the command line, where
 * other users and the shell history would see it), and never printed or stored.
 */
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
				                      [--ccc-file FILE | --ccc -]

				Writes the filing's EDGAR package into DIR: P-sd.htm (the Form SD), P-ex101.htm (Exhibit
				1.01, the Conflict Minerals Report) and submission.xml (EDGAR's XML submission for SD: the
				submission data with the filer's CCC, and both documents in base64). The CCC is used for
				this one submission.xml and never stored in the filing; without it, submission.xml is
				written without filerCcc and says so, and the export reports it. The
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
				  --ccc-file FILE   read the filer's CCC (8 characters) from FILE (its first line)
				  --ccc -           read the filer's CCC from standard input (its first line)

				Exit codes: 0 written, 1 the filing has errors (nothing written), 2 usage error,
				unreadable filing or a package that could not be written.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("out", "prefix", "ccc", "ccc-file"), Set.of("draft", "no-page-breaks"),
				usage());
		Path file = context.resolve(parsed.expect(1, "the filing FILE").get(0));
		Path out = context.resolve(parsed.required("out"));
		String prefix = parsed.option("prefix");
		if (prefix != null && !FilingFormats.isFileNamePrefix(prefix)) {
			throw new UsageException("--prefix '" + prefix + "' is not a valid file name prefix: at most 20 "
					+ "lower-case letters, digits, '-' or '_', starting with a letter or digit", usage());
		}
		String ccc = ccc(parsed, context);
		if (ccc != null && parsed.flag("draft")) {
			throw new UsageException("a draft has no submission.xml: give the CCC only for a final export", usage());
		}
		Filing filing = FilingFiles.load(file);
		ExportOptions options = ExportOptions.defaults().withPrefix(prefix).withDraft(parsed.flag("draft"))
				.withPageBreaks(!parsed.flag("no-page-breaks")).withCcc(ccc);
		return export(filing, file.toString(), out, options, context);
	}

	/** The CCC from --ccc-file FILE or --ccc - (standard input); null when neither was given. Never echoed. */
	private String ccc(Args parsed, Context context) throws UsageException {
		String fromStdin = parsed.option("ccc");
		String fromFile = parsed.option("ccc-file");
		if (fromStdin != null && fromFile != null) {
			throw new UsageException("give the CCC once: --ccc-file FILE or --ccc -", usage());
		}
		if (fromStdin != null && !fromStdin.equals("-")) {
			throw new UsageException("--ccc takes only '-' (read the CCC from standard input); never put the CCC "
					+ "itself on the command line, where others can see it", usage());
		}
		String text;
		String source;
		try {
			if (fromFile != null) {
				Path path = context.resolve(fromFile);
				source = "--ccc-file " + path;
				text = Files.readString(path, StandardCharsets.US_ASCII);
			} else if (fromStdin != null) {
				source = "standard input";
				text = firstLine(context.in());
			} else {
				return null;
			}
		} catch (NoSuchFileException e) {
			throw new UsageException("--ccc-file " + context.resolve(fromFile) + ": no such file", usage());
		} catch (AccessDeniedException e) {
			throw new UsageException("--ccc-file " + context.resolve(fromFile) + ": cannot be read (permission denied)",
					usage());
		} catch (IOException e) {
			throw new UsageException("the CCC cannot be read (" + e.getMessage() + ")", usage());
		}
		String ccc = text.lines().findFirst().orElse("").strip();
		if (ccc.length() != 8 || !ccc.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
			throw new UsageException("the CCC from " + source + " must be 8 characters on the first line (it has "
					+ ccc.length() + "); nothing was written", usage());
		}
		return ccc;
	}

	/** Up to the first line break, so a CCC typed at a terminal ends with Enter. */
	private static String firstLine(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int b; (b = in.read()) >= 0 && b != '\n' && bytes.size() < 256;) {
			bytes.write(b);
		}
		return bytes.toString(StandardCharsets.US_ASCII);
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
			String check = file.documentType().equals("submission")
					? file.violations().isEmpty() ? "schema valid" : "lacks the CCC"
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
		if (result.lacksCcc()) {
			out.println("submission.xml has no CCC: give it with --ccc-file FILE or --ccc - (standard input) and "
					+ "export again before filing");
		}
	}
}
