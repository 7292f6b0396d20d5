package org.sdstudio.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.sdstudio.edgar.EdgarHtmlChecker;
import org.sdstudio.edgar.HtmlViolation;

/** {@code sdstudio check-html FILE...}: EDGAR's HTML rules on any files. */
public final class CheckHtmlCommand implements Command {

	@Override
	public String name() {
		return "check-html";
	}

	@Override
	public String summary() {
		return "check HTML files against EDGAR's rules (exit 1 on violations)";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio check-html FILE...

				Checks HTML documents, from SD Studio or anywhere else, against EDGAR's rules for official
				documents and prints every violation as FILE:LINE:COLUMN: CODE message. The rules: only
				EDGAR's HTML elements and attributes (no xmlns), no active content (scripts, event
				handlers, javascript: URLs, forms), no external references (except links to
				https://www.sec.gov/Archives/), local links that resolve (anchors in the file, files in
				its folder), no nested tables, ASCII only (other characters as entities), valid entities,
				no byte order mark, EDGAR file names, well-formed XHTML.

				Exit codes: 0 no violations, 1 violations found, 2 usage error or a file that cannot be read.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException {
		Args parsed = Args.parse(args, Set.of(), Set.of(), usage());
		if (parsed.positional().isEmpty()) {
			throw new UsageException("missing the FILE to check", usage());
		}
		EdgarHtmlChecker checker = new EdgarHtmlChecker();
		int exit = ExitCode.OK;
		int total = 0;
		for (String name : parsed.positional()) {
			Path file = context.resolve(name);
			List<HtmlViolation> violations;
			try {
				if (Files.isDirectory(file)) {
					context.err().println("sdstudio: " + file + ": is a folder, not a file");
					exit = ExitCode.USAGE;
					continue;
				}
				violations = checker.check(file);
			} catch (NoSuchFileException e) {
				context.err().println("sdstudio: " + file + ": no such file");
				exit = ExitCode.USAGE;
				continue;
			} catch (AccessDeniedException e) {
				context.err().println("sdstudio: " + file + ": cannot be read (permission denied)");
				exit = ExitCode.USAGE;
				continue;
			} catch (IOException e) {
				context.err().println("sdstudio: " + file + ": cannot be read (" + e.getMessage() + ")");
				exit = ExitCode.USAGE;
				continue;
			}
			for (HtmlViolation violation : violations) {
				context.out().println(violation);
			}
			context.out().printf("%s: %s%n", name, violations.isEmpty() ? "passes EDGAR's rules"
					: violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
			total += violations.size();
			if (!violations.isEmpty() && exit == ExitCode.OK) {
				exit = ExitCode.FINDINGS;
			}
		}
		if (parsed.positional().size() > 1) {
			context.out().printf("%d file%s checked, %d violation%s%n", parsed.positional().size(),
					parsed.positional().size() == 1 ? "" : "s", total, total == 1 ? "" : "s");
		}
		return exit;
	}
}
