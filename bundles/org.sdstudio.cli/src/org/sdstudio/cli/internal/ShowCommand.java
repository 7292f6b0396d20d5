package org.sdstudio.cli.internal;

import java.nio.file.Path;
import java.util.Set;

import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;

/** {@code sdstudio show FILE}: an overview of the filing. */
public final class ShowCommand implements Command {

	@Override
	public String name() {
		return "show";
	}

	@Override
	public String summary() {
		return "registrant, period, deadline, report sections and Annex A counts";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio show FILE.sdfiling

				Prints the registrant, the reporting period and the filing deadline, each report section
				with its word count and review state, and Annex A's facilities counted by metal and
				compliance status.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of(), Set.of(), usage());
		Path file = context.resolve(parsed.expect(1, "the filing FILE").get(0));
		Filing filing = FilingFiles.load(file);
		FilingSummary.print(filing, file.toString(), context.out());
		return ExitCode.OK;
	}
}
