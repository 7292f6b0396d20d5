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

	/** The EDGAR checker's findings over all written documents (only a draft can have any). */
	public List<HtmlViolation> violations() {
		return files.stream().flatMap(f -> f.violations().stream()).toList();
	}
}
