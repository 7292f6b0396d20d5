package org.sdstudio.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sdstudio.importer.EdgarImport;
import org.sdstudio.importer.ImportException;
import org.sdstudio.importer.ImportFinding;
import org.sdstudio.importer.ImportResult;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.text.StructuredTexts;

/** {@code sdstudio import-edgar FILE... --out NEW.sdfiling}: last year's filing from its EDGAR HTML. */
public final class ImportEdgarCommand implements Command {

	@Override
	public String name() {
		return "import-edgar";
	}

	@Override
	public String summary() {
		return "a filed Form SD and Conflict Minerals Report from EDGAR HTML as a new filing";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio import-edgar FILE... --out NEW.sdfiling

				FILE is the Form SD document and its Exhibit 1.01 (.htm), the submission text file EDGAR
				serves (.txt with its <DOCUMENT> blocks), or a folder holding them, as any filing agent
				wrote them. Reads the cover, the items, the exhibit list and the signature, the report's
				sections with their text, lists and tables, and Annex A from the smelter tables; prints
				what it found and every finding (text it could not map is kept in the nearest section).
				Page numbers, running footers and page-break rules are dropped. NEW.sdfiling must not
				exist yet; nothing is written when the files cannot be imported (exit 2).
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("out"), Set.of(), usage());
		if (parsed.positional().isEmpty()) {
			throw new UsageException("missing the FILE(s) to import", usage());
		}
		Path out = context.resolve(parsed.required("out"));
		if (Files.exists(out)) {
			context.err().println("sdstudio: " + out + " exists; choose a new file name for the imported filing");
			return ExitCode.USAGE;
		}
		List<Path> inputs = new ArrayList<>();
		parsed.positional().forEach(p -> inputs.add(context.resolve(p)));
		ImportResult result;
		try {
			result = EdgarImport.read(inputs);
		} catch (ImportException e) {
			context.err().println("sdstudio: " + e.getMessage());
			return ExitCode.USAGE;
		}
		print(result, context);
		FilingFiles.save(result.filing(), out);
		context.out().println("Saved " + out);
		return ExitCode.OK;
	}

	/** What was found: the cover, the sections with their words, Annex A by metal, the findings. */
	static void print(ImportResult result, Context context) {
		Filing f = result.filing();
		var out = context.out();
		out.println("Imported " + String.join(" and ", result.sources()));
		out.printf("  %s %s for %d: %s (%s), Commission File Number %s%n", "Form", f.getFormType().getLiteral(),
				f.getReportingYear(), f.getRegistrant().getName(), f.getRegistrant().getStateOfIncorporation(),
				f.getRegistrant().getCommissionFileNumber());
		out.printf("  items: %d, exhibits: %d, signed by %s on %s%n",
				f.getFormSections().stream().mapToInt(s -> s.getItems().size()).sum(), f.getExhibits().size(),
				f.getSignature().getSignerName(), f.getSignature().getDate());
		out.println("  report sections:");
		for (ReportSection s : f.getReport().getSections()) {
			out.printf("    %-60s %5d words%n", s.getTitle(), StructuredTexts.wordCount(s.getBody()));
			for (ReportSection sub : s.getSubsections()) {
				out.printf("      %-58s %5d words%n", (sub.getNumber() != null ? sub.getNumber() + ". " : "") + sub.getTitle(),
						StructuredTexts.wordCount(sub.getBody()));
			}
		}
		StringBuilder byMetal = new StringBuilder();
		for (Metal metal : Metal.VALUES) {
			long n = f.getReport().getAnnexA().getRows().stream().filter(r -> r.getMetal() == metal).count();
			byMetal.append(byMetal.length() == 0 ? "" : ", ").append(metal.getLiteral()).append(' ').append(n);
		}
		out.printf("  Annex A: %d rows (%s)%n", f.getReport().getAnnexA().getRows().size(), byMetal);
		if (result.droppedLines() > 0) {
			out.println("  " + result.droppedLines() + " line(s) dropped as page numbers or running headers and footers");
		}
		out.println(result.findings().isEmpty() ? "No findings." : result.findings().size() + " finding(s):");
		for (ImportFinding finding : result.findings()) {
			out.println("  " + finding);
		}
	}
}
