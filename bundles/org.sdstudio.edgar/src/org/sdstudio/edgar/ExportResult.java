package org.sdstudio.edgar;

import java.nio.file.Path;
import java.util.List;

import org.sdstudio.model.Finding;

/**
 * What an export did: either it wrote a package ({@link #files()}), or the filing's errors blocked it
 * ({@link #blockingErrors()}, nothing written).
 */
public record ExportResult(Path folder, boolean draft, List<ExportedFile> files, List<Finding> blockingErrors) {

	static ExportResult blocked(Path folder, List<Finding> errors) {
		return new ExportResult(folder, false, List.of(), List.copyOf(errors));
	}

	/** True when the package was written. */
	public boolean isWritten() {
		return blockingErrors.isEmpty();
	}

	/**
	 * The EDGAR checks' findings over all written files: a draft's documents may have some; a final export's only
	 * finding can be submission.xml lacking the CCC ({@link #lacksCcc()}).
	 */
	public List<HtmlViolation> violations() {
		return files.stream().flatMap(f -> f.violations().stream()).toList();
	}

	/** Was submission.xml written without the filer's CCC (none was given for this export)? */
	public boolean lacksCcc() {
		return violations().stream().anyMatch(v -> v.rule() == HtmlRule.SUBMISSION);
	}
}
