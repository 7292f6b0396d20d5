package org.sdstudio.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Set;

import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.templates.FilingTemplates;
import org.sdstudio.model.validation.FilingDeadline;

/** {@code sdstudio new FILE --registrant NAME --year YEAR}: a blank filing to fill in. */
public final class NewCommand implements Command {

	@Override
	public String name() {
		return "new";
	}

	@Override
	public String summary() {
		return "create a blank filing for a registrant and reporting year";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio new FILE.sdfiling --registrant NAME [--year YEAR] [--force]

				Creates a blank Form SD under Rule 13p-1: the cover, Items 1.01 and 1.02, Exhibit 1.01,
				the signature block and a Conflict Minerals Report with its usual sections (the five
				OECD due diligence steps included) and an empty Annex A.

				  --registrant NAME  exact name of the registrant, as in its charter
				  --year YEAR        the calendar year reported on (default: last year)
				  --force            replace FILE if it exists (only if it is a readable filing)
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("registrant", "year"), Set.of("force"), usage());
		Path file = context.resolve(parsed.expect(1, "the FILE to create").get(0));
		String registrant = parsed.required("registrant").strip();
		int year = Year.now().getValue() - 1;
		if (parsed.option("year") != null) {
			try {
				year = Integer.parseInt(parsed.option("year").strip());
			} catch (NumberFormatException e) {
				throw new UsageException("--year must be a year such as 2025, not '" + parsed.option("year") + "'",
						usage());
			}
		}
		if (Files.exists(file) && !parsed.flag("force")) {
			throw new FilingFileException(file, "already exists; use --force to replace it");
		}
		Filing filing = FilingTemplates.blank(registrant, year);
		FilingFiles.save(filing, file);
		context.out().printf("Created %s: a blank Form SD of %s for the reporting year %d (due %s).%n", file,
				registrant, year, FilingDeadline.forReportingYear(year).format(FilingSummary.DATE));
		context.out().printf("Next: fill in the cover and the report, then run: sdstudio validate %s%n",
				file.getFileName());
		return ExitCode.OK;
	}
}
