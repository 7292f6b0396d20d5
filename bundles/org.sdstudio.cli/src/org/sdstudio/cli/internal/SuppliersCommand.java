package org.sdstudio.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.FollowUpExport;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;
import org.sdstudio.model.validation.FindingCounts;

/** {@code sdstudio suppliers FILING [--follow-up OUT]}: the responses and their findings; the follow-up list. */
public final class SuppliersCommand implements Command {

	@Override
	public String name() {
		return "suppliers";
	}

	@Override
	public String summary() {
		return "suppliers' responses and findings; --follow-up writes the list to send back";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio suppliers FILING.sdfiling [--follow-up OUT.xlsx|OUT.csv]
				       sdstudio suppliers FILING.sdfiling --merge NAME --into NAME

				Lists each supplier with its current response (file, CMRT revision, effective date, smelter
				rows, findings by severity) and the number of earlier responses, then the findings of the
				current responses. --follow-up writes one row per finding (supplier, contact name and
				e-mail, file, cell, severity, code, message) as CSV or XLSX, to send back to suppliers;
				cells that a spreadsheet would take for a formula are written as text.
				--merge moves every response of one supplier to another and removes the first: for two
				names of one company that import-cmrt kept apart (it proposes such merges).
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("follow-up", "merge", "into"), Set.of(), usage());
		Path file = context.resolve(parsed.expect(1, "the filing FILE").get(0));
		if (parsed.option("merge") != null || parsed.option("into") != null) {
			return merge(file, parsed.required("merge"), parsed.required("into"), context);
		}
		Filing filing = FilingFiles.load(file);
		PrintStream out = context.out();
		List<Supplier> suppliers = filing.getSupplyChain() == null ? List.of()
				: new ArrayList<>(filing.getSupplyChain().getSuppliers());
		suppliers.sort(Comparator.comparing(s -> s.getName() == null ? "" : s.getName().toLowerCase(Locale.ROOT)));
		if (suppliers.isEmpty()) {
			out.println("No supplier responses imported yet (sdstudio import-cmrt).");
		}
		for (Supplier s : suppliers) {
			SupplierResponse r = s.getCurrentResponse();
			if (r == null) {
				continue;
			}
			out.printf("%s: %s, CMRT %s, effective %s, %d smelter rows, %s%s%n", s.getName(), r.getFileName(),
					r.getTemplateRevision(), r.getDeclaration() == null ? "-" : r.getDeclaration().getEffectiveDate(),
					r.getSmelterRows().size(), FindingCounts.of(r.getFindings()),
					s.getResponses().size() > 1 ? ", " + (s.getResponses().size() - 1) + " earlier response(s)" : "");
		}
		for (Supplier s : suppliers) {
			SupplierResponse r = s.getCurrentResponse();
			if (r != null && !r.getFindings().isEmpty()) {
				out.println();
				out.println("== " + s.getName() + " (" + r.getFileName() + ")");
				FindingsTable.print(r.getFindings(), out);
			}
		}
		String followUp = parsed.option("follow-up");
		if (followUp != null) {
			Path target = context.resolve(followUp);
			String lower = target.getFileName().toString().toLowerCase(Locale.ROOT);
			if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
				throw new UsageException("--follow-up needs a file ending in .csv or .xlsx", usage());
			}
			try {
				int rows = FollowUpExport.write(filing.getSupplyChain(), target);
				out.println("Wrote " + rows + " follow-up row(s) to " + target);
			} catch (IOException e) {
				context.err().println("sdstudio: " + target + ": cannot be written (" + e.getMessage() + ")");
				return ExitCode.USAGE;
			}
		}
		return ExitCode.OK;
	}

	/** The user's confirmation that two suppliers are one company: under the filing's lock, then saved. */
	private int merge(Path file, String from, String into, Context context) throws FilingFileException {
		try (FilingLock lock = Saving.lock(file, context)) {
			Filing filing = FilingFiles.load(file);
			Supplier source = find(filing, from);
			Supplier target = find(filing, into);
			if (source == null || target == null) {
				context.err().println("sdstudio: " + file.getFileName() + " has no supplier named '"
						+ (source == null ? from : into) + "' (names as 'sdstudio suppliers' lists them); nothing "
						+ "was changed");
				return ExitCode.USAGE;
			}
			int responses = source.getResponses().size();
			CmrtImport.merge(source, target);
			Saving.save(filing, file, context);
			context.out().println("Merged '" + from + "' into '" + target.getName() + "' (" + responses
					+ " response(s) moved). Saved " + file);
			return ExitCode.OK;
		}
	}

	private static Supplier find(Filing filing, String name) {
		return filing.getSupplyChain() == null ? null : filing.getSupplyChain().getSuppliers().stream()
				.filter(s -> name.equals(s.getName()) || name.equals(s.getId())).findFirst().orElse(null);
	}
}
