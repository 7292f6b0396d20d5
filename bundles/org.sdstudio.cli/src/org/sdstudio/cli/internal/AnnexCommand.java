package org.sdstudio.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.sdstudio.cmrt.AnnexRebuild;
import org.sdstudio.cmrt.Consolidation;
import org.sdstudio.cmrt.RiskFlags;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;

/** {@code sdstudio annex FILING [--rebuild [--dry-run]]}: Annex A risk flags, or Annex A rebuilt from the suppliers. */
public final class AnnexCommand implements Command {

	@Override
	public String name() {
		return "annex";
	}

	@Override
	public String summary() {
		return "Annex A risk flags; --rebuild makes Annex A from the imported supply chain";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio annex FILING.sdfiling [--rebuild] [--dry-run]

				Without options: lists the Annex A rows with risk flags (Covered Country, sanctioned or
				high-risk country, status Unknown or Non-Conformant, ID not on the imported status lists).
				--rebuild: consolidates the suppliers' current responses (one facility per smelter ID and
				metal), resolves each facility's status from the imported status lists, and rebuilds
				Annex A, keeping rows you excluded or edited by hand. Prints what changed (added, removed,
				status changed) and saves. --dry-run prints the plan without saving.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of(), Set.of("rebuild", "dry-run"), usage());
		Path file = context.resolve(parsed.expect(1, "the filing FILE").get(0));
		if (parsed.flag("dry-run") && !parsed.flag("rebuild")) {
			throw new UsageException("--dry-run goes with --rebuild", usage());
		}
		PrintStream out = context.out();
		if (!parsed.flag("rebuild")) {
			return flags(FilingFiles.load(file), out);
		}
		try (FilingLock lock = Saving.lock(file, context)) {
			return rebuild(FilingFiles.load(file), file, parsed.flag("dry-run"), context);
		}
	}

	private static int rebuild(Filing filing, Path file, boolean dryRun, Context context) throws FilingFileException {
		PrintStream out = context.out();
		if (filing.getSupplyChain() == null || filing.getSupplyChain().getSuppliers().isEmpty()) {
			context.err().println("sdstudio: " + file.getFileName() + " has no imported supplier responses; "
					+ "run 'sdstudio import-cmrt' first (Annex A was not changed)");
			return ExitCode.USAGE;
		}
		AnnexRebuild.Plan plan = AnnexRebuild.plan(filing);
		printPlan(plan, out);
		if (dryRun) {
			out.println("Dry run: " + file + " was not changed.");
		} else if (plan.changesAnything()) {
			plan.apply(filing);
			Saving.save(filing, file, context);
			out.println("Annex A now has " + filing.getReport().getAnnexA().getRows().size() + " rows. Saved " + file);
		} else {
			out.println("Annex A is up to date; " + file + " was not written.");
		}
		return ExitCode.OK;
	}

	/** The consolidation summary and the plan, as the demo shows it too. */
	static void printPlan(AnnexRebuild.Plan plan, PrintStream out) {
		Consolidation.Result c = plan.consolidation();
		out.printf("Consolidated %d current response(s) into %d facilities%n", c.responses(), c.facilities().size());
		int notYet = c.notYetIdentified().values().stream().mapToInt(Integer::intValue).sum();
		if (notYet > 0) {
			out.println("  'Smelter not yet identified' rows: " + c.notYetIdentified().entrySet().stream()
					.map(e -> supplierName(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")));
		}
		out.printf("Annex A plan: %d added, %d removed, %d status changed, %d updated, %d unchanged, "
				+ "%d kept as edited, %d kept excluded%n", plan.of(AnnexRebuild.Kind.ADDED).size(),
				plan.of(AnnexRebuild.Kind.REMOVED).size(), plan.of(AnnexRebuild.Kind.STATUS_CHANGED).size(),
				plan.of(AnnexRebuild.Kind.UPDATED).size(), plan.of(AnnexRebuild.Kind.UNCHANGED).size(),
				plan.of(AnnexRebuild.Kind.KEPT_MANUAL).size(), plan.of(AnnexRebuild.Kind.KEPT_EXCLUDED).size());
		for (AnnexRebuild.Kind kind : new AnnexRebuild.Kind[] { AnnexRebuild.Kind.ADDED, AnnexRebuild.Kind.REMOVED,
				AnnexRebuild.Kind.STATUS_CHANGED }) {
			var changes = plan.of(kind);
			int shown = Math.min(changes.size(), 15);
			for (int i = 0; i < shown; i++) {
				out.println("  " + sign(kind) + " " + changes.get(i).describe());
			}
			if (changes.size() > shown) {
				out.println("  " + sign(kind) + " ... and " + (changes.size() - shown) + " more");
			}
		}
	}

	private static String sign(AnnexRebuild.Kind kind) {
		return switch (kind) {
		case ADDED -> "+";
		case REMOVED -> "-";
		default -> "~";
		};
	}

	private static String supplierName(Supplier s) {
		return s.getName();
	}

	private static int flags(Filing filing, PrintStream out) {
		if (filing.getReport() == null || filing.getReport().getAnnexA() == null) {
			out.println("The filing has no Annex A.");
			return ExitCode.OK;
		}
		int flagged = 0;
		int n = filing.getReport().getAnnexA().getRows().size();
		for (SmelterEntry e : filing.getReport().getAnnexA().getRows()) {
			var flags = RiskFlags.of(e, filing.getSupplyChain());
			if (!flags.isEmpty()) {
				flagged++;
				out.printf("%-8s  %-50s  %-28s  %s%n", e.isSetMetal() ? e.getMetal().getLiteral() : "?",
						e.getFacilityName(), e.getCountry(), flags.stream().map(RiskFlags.Flag::text)
								.collect(Collectors.joining("; ")) + (e.isExcluded() ? " (excluded)" : ""));
			}
		}
		out.println(flagged + " of " + n + " Annex A rows flagged");
		return ExitCode.OK;
	}
}
