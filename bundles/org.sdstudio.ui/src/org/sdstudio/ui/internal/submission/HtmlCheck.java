package org.sdstudio.ui.internal.submission;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sdstudio.edgar.EdgarHtmlChecker;
import org.sdstudio.edgar.HtmlViolation;

/**
 * EDGAR's HTML rules on any files, from SD Studio or from another tool (what {@code sdstudio check-html} does):
 * every violation with its line and column, and the files that could not be read, with the reason.
 */
public final class HtmlCheck {

	/** One line of the result: a violation, or a file that could not be checked ({@code rule} "unreadable"). */
	public record Row(String file, int line, int column, String rule, String message) {
	}

	private final List<Row> rows = new ArrayList<>();
	private int filesChecked;
	private int filesWithViolations;
	private int unreadable;

	private HtmlCheck() {
	}

	public static HtmlCheck of(List<Path> files) {
		HtmlCheck result = new HtmlCheck();
		EdgarHtmlChecker checker = new EdgarHtmlChecker();
		for (Path file : files) {
			String name = file.getFileName().toString();
			try {
				if (Files.isDirectory(file)) {
					result.unreadable(name, "is a folder, not a file");
					continue;
				}
				List<HtmlViolation> violations = checker.check(file);
				result.filesChecked++;
				if (!violations.isEmpty()) {
					result.filesWithViolations++;
				}
				for (HtmlViolation violation : violations) {
					result.rows.add(new Row(violation.file(), violation.line(), violation.column(),
							violation.rule().code(), violation.message()));
				}
			} catch (NoSuchFileException e) {
				result.unreadable(name, "no such file");
			} catch (AccessDeniedException e) {
				result.unreadable(name, "cannot be read (permission denied)");
			} catch (IOException e) {
				result.unreadable(name, "cannot be read (" + e.getMessage() + ")");
			}
		}
		return result;
	}

	private void unreadable(String file, String reason) {
		unreadable++;
		rows.add(new Row(file, 0, 0, "unreadable", file + " " + reason));
	}

	public List<Row> rows() {
		return rows;
	}

	public int violations() {
		return rows.size() - unreadable;
	}

	/** In words: "3 files checked: 2 violations in 1 file; 1 file could not be read." */
	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append(plural(filesChecked, "file")).append(" checked: ");
		text.append(violations() == 0 ? "no violations of EDGAR's rules"
				: plural(violations(), "violation") + " in " + plural(filesWithViolations, "file"));
		if (unreadable > 0) {
			text.append("; ").append(plural(unreadable, "file")).append(" could not be read");
		}
		return text.append('.').toString();
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
