package org.sdstudio.ui.internal.submission;

import java.util.Locale;
import java.util.Set;

import org.sdstudio.model.Finding;

/** Says where a model finding is in words ("registrant › CIK") instead of a model path ("registrant.cik"). */
public final class FindingLabels {

	private static final Set<String> ACRONYMS = Set.of("cik", "irs", "edgar", "id", "url", "cmrt", "rmi");

	private FindingLabels() {
	}

	/** The finding's field in words, or "" when it names none. */
	public static String fieldOf(Finding finding) {
		String path = finding.getField();
		if (path == null || path.isBlank()) {
			return "";
		}
		StringBuilder words = new StringBuilder();
		for (String segment : path.split("\\.")) {
			if (words.length() > 0) {
				words.append(" \u203a ");
			}
			words.append(humanize(segment));
		}
		return words.toString();
	}

	/** {@code annexA} to "annex A", {@code rows[12]} to "rows 12", {@code cik} to "CIK". */
	static String humanize(String segment) {
		String spaced = segment.replace("[", " ").replace("]", "")
				.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder();
		for (String word : spaced.split(" ")) {
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(ACRONYMS.contains(word) ? word.toUpperCase(Locale.ROOT) : word);
		}
		return out.toString();
	}
}
