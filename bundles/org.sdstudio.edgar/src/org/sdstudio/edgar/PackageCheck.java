package org.sdstudio.edgar;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.sdstudio.edgar.internal.SubmissionCheck;

/**
 * EDGAR's rules on a submission package: the files and folders given are one package, so links between its
 * documents resolve. A folder stands for the {@code .htm} documents in it (and its {@code submission.xml}, when it
 * has one); every file in it counts as a file of the package for links and images. A file named
 * {@code submission.xml} is checked as EDGAR's SD submission (its structure, the CCC, the documents it carries);
 * every other file given is checked as an HTML document. This is what {@code sdstudio check-html} and the studio's
 * Check HTML Files do.
 *
 * @param files every file checked, in order, with its violations
 * @param unreadable the files and folders that could not be read, with the reason
 */
public record PackageCheck(List<CheckedFile> files, List<Unreadable> unreadable) {

	/** A file that was checked. */
	public record CheckedFile(Path path, List<HtmlViolation> violations) {
	}

	/** A file or folder that could not be checked, and why ("no such file", ...). */
	public record Unreadable(Path path, String reason) {
	}

	public PackageCheck {
		files = List.copyOf(files);
		unreadable = List.copyOf(unreadable);
	}

	/** Checks the files and folders given as one package. */
	public static PackageCheck of(List<Path> filesOrFolders) {
		Map<Path, Boolean> toCheck = new LinkedHashMap<>(); // a file, and whether it was named (not from a folder)
		Map<String, Path> members = new LinkedHashMap<>();
		List<Unreadable> unreadable = new ArrayList<>();
		for (Path given : filesOrFolders) {
			Path path = given.toAbsolutePath().normalize();
			if (Files.isDirectory(path)) {
				try (Stream<Path> list = Files.list(path)) {
					for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
						members.putIfAbsent(file.getFileName().toString(), file);
						String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
						if (name.endsWith(".htm") || name.equals(SubmissionCheck.FILE_NAME)) {
							toCheck.putIfAbsent(file, false);
						}
					}
				} catch (AccessDeniedException e) {
					unreadable.add(new Unreadable(path, "cannot be read (permission denied)"));
				} catch (IOException e) {
					unreadable.add(new Unreadable(path, "cannot be read (" + e.getMessage() + ")"));
				}
			} else if (!Files.exists(path)) {
				unreadable.add(new Unreadable(path, "no such file"));
			} else {
				members.putIfAbsent(path.getFileName().toString(), path);
				toCheck.putIfAbsent(path, true);
			}
		}
		EdgarHtmlChecker checker = new EdgarHtmlChecker();
		List<CheckedFile> files = new ArrayList<>();
		for (Path file : toCheck.keySet()) {
			String name = file.getFileName().toString();
			try {
				byte[] bytes = Files.readAllBytes(file);
				List<HtmlViolation> violations = name.equalsIgnoreCase(SubmissionCheck.FILE_NAME)
						? SubmissionCheck.check(name, bytes, members)
						: checker.check(name, bytes, members::containsKey);
				files.add(new CheckedFile(file, violations));
			} catch (NoSuchFileException e) {
				unreadable.add(new Unreadable(file, "no such file"));
			} catch (AccessDeniedException e) {
				unreadable.add(new Unreadable(file, "cannot be read (permission denied)"));
			} catch (IOException e) {
				unreadable.add(new Unreadable(file, "cannot be read (" + e.getMessage() + ")"));
			}
		}
		return new PackageCheck(files, unreadable);
	}

	/** Every violation, file by file. */
	public List<HtmlViolation> violations() {
		return files.stream().flatMap(f -> f.violations().stream()).toList();
	}

	/** Did every file pass and could every one be read? */
	public boolean passed() {
		return unreadable.isEmpty() && violations().isEmpty();
	}

	/** In words: "3 files checked: 2 violations in 1 file; 1 file could not be read." */
	public String summary() {
		long withViolations = files.stream().filter(f -> !f.violations().isEmpty()).count();
		int violations = violations().size();
		StringBuilder text = new StringBuilder();
		text.append(plural(files.size(), "file")).append(" checked: ");
		text.append(violations == 0 ? "no violations of EDGAR's rules"
				: plural(violations, "violation") + " in " + plural(withViolations, "file"));
		if (!unreadable.isEmpty()) {
			text.append("; ").append(plural(unreadable.size(), "file")).append(" could not be read");
		}
		return text.append('.').toString();
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
