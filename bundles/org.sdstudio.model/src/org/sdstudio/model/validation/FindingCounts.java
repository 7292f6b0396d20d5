package org.sdstudio.model.validation;

import java.util.Collection;

import org.sdstudio.model.Finding;
import org.sdstudio.model.Severity;

/**
 * How many findings there are of each severity, and the one way the studio and the command line say it:
 * {@code 1 error, 5 warnings, 0 info}.
 */
public record FindingCounts(int errors, int warnings, int infos) {

	/** The counts of these findings (one without a severity counts as info). */
	public static FindingCounts of(Collection<? extends Finding> findings) {
		FindingCounts counts = new FindingCounts(0, 0, 0);
		for (Finding finding : findings) {
			counts = counts.plus(finding.getSeverity());
		}
		return counts;
	}

	/** These counts and one more of {@code severity} (null counts as info). */
	public FindingCounts plus(Severity severity) {
		if (severity == Severity.ERROR) {
			return new FindingCounts(errors + 1, warnings, infos);
		}
		if (severity == Severity.WARNING) {
			return new FindingCounts(errors, warnings + 1, infos);
		}
		return new FindingCounts(errors, warnings, infos + 1);
	}

	/** The sum of both. */
	public FindingCounts plus(FindingCounts other) {
		return new FindingCounts(errors + other.errors, warnings + other.warnings, infos + other.infos);
	}

	/** The count of one severity. */
	public int of(Severity severity) {
		return switch (severity) {
			case ERROR -> errors;
			case WARNING -> warnings;
			case INFO -> infos;
		};
	}

	public int total() {
		return errors + warnings + infos;
	}

	/** {@code 1 error, 5 warnings, 0 info}. */
	@Override
	public String toString() {
		return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
				+ infos + " info";
	}
}
