package org.sdstudio.edgar;

import java.nio.file.Path;
import java.util.List;

/**
 * One file of an exported package.
 *
 * @param path where it was written
 * @param size its size in bytes
 * @param documentType EDGAR document type ({@code SD}, {@code EX-1.01}) or {@code submission} for
 *            {@code submission.xml}
 * @param description what it is
 * @param violations what the EDGAR checker found in it (always empty for a final package: one with violations is
 *            not written)
 */
public record ExportedFile(Path path, long size, String documentType, String description,
		List<HtmlViolation> violations) {

	public String name() {
		return path.getFileName().toString();
	}
}
