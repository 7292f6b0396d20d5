package org.sdstudio.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;

/** {@code sdstudio demo}: validates and shows the example filing embedded in the product. */
public final class DemoCommand implements Command {

	/** The example filing, copied from the repository's examples/ folder into this bundle at build time. */
	public static final String EXAMPLE = "examples/halcyon-2025.sdfiling";

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String summary() {
		return "validate, show, export and roll forward the example filing; import the example suppliers' workbooks";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio demo

				Loads the example filing that comes with SD Studio (a fictional registrant's Form SD for
				2025 with its Conflict Minerals Report and a 291-row Annex A), validates it and shows it,
				then writes its EDGAR package (see sdstudio export) to ./out/, prints its review table
				(see sdstudio review) and shows a final export of a copy refused while the copy
				requires approval.

				It then runs a supplier intake on a copy: the example suppliers' CMRT workbooks and a
				fictional facility status list (see sdstudio import-cmrt, import-status, annex), and
				writes the copy with its supply chain and rebuilt Annex A to
				./out/halcyon-2025-intake.sdfiling. The example itself is never changed.

				Before that it rolls the example forward to 2026 (see sdstudio roll-forward), prints the
				summary of changes and findings, and writes ./out/halcyon-2026.sdfiling.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args.parse(args, Set.of(), Set.of(), usage()).expect(0, "");
		Path name = Path.of(EXAMPLE);
		Filing filing;
		try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
			if (in == null) {
				throw new FilingFileException(name, "the example is missing from this build of SD Studio");
			}
			filing = FilingFiles.load(in, name);
		} catch (IOException e) {
			throw new FilingFileException(name, "cannot be read (" + e.getMessage() + ")", e);
		}
		context.out().println("SD Studio demo: the embedded example filing (" + EXAMPLE + ")");
		context.out().println();
		context.out().println("== Validation");
		int exit = ValidateCommand.report(filing, context);
		context.out().println();
		context.out().println("== Overview");
		FilingSummary.print(filing, EXAMPLE + " (embedded)", context.out());
		exit = Math.max(exit, DemoExport.run(filing, context));
		exit = Math.max(exit, DemoReview.run(filing, context));
		RollForwardCommand.demo(filing, context);
		DemoIntake.run(filing, context); // last: it changes the in-memory filing
		return exit;
	}
}
