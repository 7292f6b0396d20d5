package org.sdstudio.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.sdstudio.edgar.HtmlViolation;
import org.sdstudio.edgar.PackageCheck;

/** {@code sdstudio check-html FILE|FOLDER...}: EDGAR's rules on a package's documents, from any tool. */
public final class CheckHtmlCommand implements Command {

	@Override
	public String name() {
		return "check-html";
	}

	@Override
	public String summary() {
		return "check HTML files or a package folder against EDGAR's rules (exit 1 on violations)";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio check-html FILE|FOLDER...

				Checks HTML documents, from SD Studio or any other tool, against EDGAR's rules for official
				documents and prints every violation as FILE:LINE:COLUMN: CODE message. The files given
				are one submission package: links between them resolve. A FOLDER stands for its .htm
				files (and its submission.xml), and every file in it counts for links and images.

				Documents are read as EDGAR reads them, as HTML: unclosed <br>, <hr>, <img> or <p>,
				unquoted attribute values, upper-case tags, &#146;-style references and a bare & pass.
				The rules: only EDGAR's HTML elements and attributes (no xmlns, http-equiv or
				background), no active content (scripts, event handlers, javascript: URLs, forms), no
				external references (except links to https://www.sec.gov/Archives/), local links that
				resolve within the package, no nested tables, ASCII only (other characters as
				references), valid references, no byte order mark, EDGAR file names. An Inline XBRL
				document (ix: namespace or ix:header) is checked by the Inline XBRL rules instead: it must
				be well-formed XML; namespaces and XHTML elements are allowed, ix:tuple and ix:fraction
				are not. A submission.xml is checked against EDGAR's SD structure, for the filer's CCC
				and for the documents it carries.

				Exit codes: 0 no violations, 1 violations found, 2 usage error or a file that cannot be read.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException {
		Args parsed = Args.parse(args, Set.of(), Set.of(), usage());
		if (parsed.positional().isEmpty()) {
			throw new UsageException("missing the FILE or FOLDER to check", usage());
		}
		List<Path> given = parsed.positional().stream().map(context::resolve).toList();
		PackageCheck check = PackageCheck.of(given);
		for (PackageCheck.Unreadable unreadable : check.unreadable()) {
			context.err().println("sdstudio: " + unreadable.path() + ": " + unreadable.reason());
		}
		int total = 0;
		for (PackageCheck.CheckedFile file : check.files()) {
			for (HtmlViolation violation : file.violations()) {
				context.out().println(violation);
			}
			int count = file.violations().size();
			context.out().printf("%s: %s%n", shown(file.path(), context),
					count == 0 ? "passes EDGAR's rules" : count + " violation" + (count == 1 ? "" : "s"));
			total += count;
		}
		if (check.files().size() > 1) {
			context.out().printf("%d file%s checked, %d violation%s%n", check.files().size(),
					check.files().size() == 1 ? "" : "s", total, total == 1 ? "" : "s");
		}
		return !check.unreadable().isEmpty() ? ExitCode.USAGE : total > 0 ? ExitCode.FINDINGS : ExitCode.OK;
	}

	/** A path as the user would write it: relative to the working folder when inside it. */
	private static String shown(Path path, Context context) {
		Path folder = context.workingDirectory().toAbsolutePath().normalize();
		return path.startsWith(folder) ? folder.relativize(path).toString() : path.toString();
	}
}
