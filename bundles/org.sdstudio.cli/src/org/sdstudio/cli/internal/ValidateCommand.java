package org.sdstudio.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.validation.FilingFindings;
import org.sdstudio.model.validation.FindingCounts;

/** {@code sdstudio validate FILE}: the filing's findings as a table. */
public final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "check a filing and list its findings (exit 1 when it has errors)";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio validate FILE.sdfiling

				Checks the filing (required cover fields, number formats, dates and the filing deadline,
				items and exhibits, report sections, Annex A rows) and prints every finding with its
				severity, code, field and message.

				Exit codes: 0 no errors (warnings may be listed), 1 the filing has errors,
				2 usage error or the file cannot be read.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of(), Set.of(), usage());
		Path file = context.resolve(parsed.expect(1, "the filing FILE").get(0));
		Filing filing = FilingFiles.load(file);
		return report(filing, context);
	}

	/** Prints the findings table; the exit code says whether there are errors. */
	static int report(Filing filing, Context context) {
		List<Finding> findings = FilingFindings.findings(filing);
		FindingsTable.print(findings, context.out());
		return FindingCounts.of(findings).errors() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
	}
}
