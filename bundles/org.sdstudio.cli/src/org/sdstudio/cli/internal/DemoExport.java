package org.sdstudio.cli.internal;

import java.nio.file.Path;

import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.model.Filing;

/** The demo's EDGAR step: the example's package, written to {@code ./out/} of the working folder. */
final class DemoExport {

	static final String FOLDER = "out";

	private DemoExport() {
	}

	/** Exports the example and prints what was written; returns the exit code. */
	static int run(Filing filing, Command.Context context) {
		Path out = context.resolve(FOLDER);
		context.out().println();
		context.out().println("== EDGAR package (" + FOLDER + "/)");
		return ExportCommand.export(filing, DemoCommand.EXAMPLE + " (embedded)", out, ExportOptions.defaults(), context);
	}
}
