package org.sdstudio.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.sdstudio.cmrt.AnnexRebuild;
import org.sdstudio.cmrt.ExampleIntake;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;

/**
 * The supplier-intake part of {@code sdstudio demo}: imports the example supplier workbooks and status list
 * ({@link ExampleIntake}) into the demo's in-memory copy of the example filing, shows the per-file lines, the
 * consolidation and the Annex A plan, and writes the result to {@code ./out/halcyon-2025-intake.sdfiling}. The
 * embedded example is only read.
 */
final class DemoIntake {

	static final Path OUTPUT = Path.of("out", "halcyon-2025-intake.sdfiling");

	private DemoIntake() {
	}

	/**
	 * Imports into {@code filing}, the demo's in-memory copy of the example (the demo's last step, so nothing after it
	 * sees the change; the embedded file is only read).
	 */
	static void run(Filing filing, Command.Context context) throws FilingFileException {
		context.out().println();
		context.out().println("== Supplier intake (the example suppliers' CMRT workbooks)");
		ExampleIntake.Result intake;
		try {
			intake = ExampleIntake.importInto(filing, LocalDate.now());
		} catch (IOException e) {
			throw new FilingFileException(Path.of(ExampleIntake.FOLDER), "cannot be read (" + e.getMessage() + ")", e);
		}
		if (!intake.hasWorkbooks()) {
			context.out().println("The example supplier workbooks are missing from this build.");
			return;
		}
		ImportCmrtCommand.print(intake.results(), intake.applied(), context.out());
		if (intake.statusList() != null) {
			context.out().println("Status list " + intake.statusListName() + ": "
					+ intake.statusList().list().getEntries().size() + " facilities, as of "
					+ intake.statusList().list().getAsOfDate());
		} else if (intake.statusListFailure() != null) {
			context.out().println("Status list not read: " + intake.statusListFailure());
		}
		context.out().println();
		AnnexRebuild.Plan plan = AnnexRebuild.plan(filing);
		AnnexCommand.printPlan(plan, context.out());
		plan.apply(filing);
		Path out = context.resolve(OUTPUT.toString());
		try {
			Files.createDirectories(out.getParent());
		} catch (IOException e) {
			throw new FilingFileException(out.getParent(), "cannot be written (" + e.getMessage() + ")", e);
		}
		FilingFiles.save(filing, out);
		context.out().println("Wrote the filing with the imported supply chain and the rebuilt Annex A ("
				+ filing.getReport().getAnnexA().getRows().size() + " rows) to " + out);
	}
}
