package org.sdstudio.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sdstudio.importer.DocxImport;
import org.sdstudio.importer.ImportException;
import org.sdstudio.importer.ImportFinding;
import org.sdstudio.importer.ImportResult;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;

/** {@code sdstudio import-docx REPORT.docx --out NEW.sdfiling | --into FILE.sdfiling}: a report from Word. */
public final class ImportDocxCommand implements Command {

	@Override
	public String name() {
		return "import-docx";
	}

	@Override
	public String summary() {
		return "a Conflict Minerals Report from Word (.docx) as a new filing or into an existing one";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio import-docx REPORT.docx --out NEW.sdfiling
				       sdstudio import-docx REPORT.docx --into FILE.sdfiling

				Reads the report's sections from Word's heading styles (or bold heading paragraphs), runs
				with their formatting and links, lists from Word's numbering definitions, tables, and Annex A
				from the smelter table. --out makes a new filing (NEW.sdfiling must not exist); --into
				replaces the report of an existing filing and keeps its cover, supply chain and, when the
				document has no smelter table, its Annex A. Nothing is written when the document cannot be
				read (exit 2).
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("out", "into"), Set.of(), usage());
		Path docx = context.resolve(parsed.expect(1, "the REPORT.docx").get(0));
		String out = parsed.option("out");
		String into = parsed.option("into");
		if ((out == null) == (into == null)) {
			throw new UsageException("give either --out NEW.sdfiling or --into FILE.sdfiling", usage());
		}
		if (out != null) {
			Path target = context.resolve(out);
			if (Files.exists(target)) {
				context.err().println("sdstudio: " + target + " exists; choose a new file name, or use --into to replace its report");
				return ExitCode.USAGE;
			}
			ImportResult result;
			try {
				result = DocxImport.read(docx);
			} catch (ImportException e) {
				context.err().println("sdstudio: " + e.getMessage());
				return ExitCode.USAGE;
			}
			ImportEdgarCommand.print(result, context);
			FilingFiles.save(result.filing(), target);
			context.out().println("Saved " + target);
			return ExitCode.OK;
		}
		Path target = context.resolve(into);
		try (FilingLock lock = Saving.lock(target, context)) { // another writer waits, and both changes survive
			Filing filing = FilingFiles.load(target);
			List<ImportFinding> findings = new ArrayList<>();
			ConflictMineralsReport report;
			try {
				report = DocxImport.replaceReport(docx, findings);
			} catch (ImportException e) {
				context.err().println("sdstudio: " + e.getMessage());
				return ExitCode.USAGE;
			}
			if (report.getAnnexA().getRows().isEmpty() && filing.getReport() != null && filing.getReport().getAnnexA() != null) {
				report.setAnnexA(filing.getReport().getAnnexA());
				findings.removeIf(f -> f.where().endsWith("(Annex A)"));
			}
			filing.setReport(report);
			ImportEdgarCommand.print(new ImportResult(filing, findings, List.of(docx.getFileName().toString()), 0), context);
			Saving.save(filing, target, context);
			context.out().println("Replaced the report of " + target);
			return ExitCode.OK;
		}
	}
}
