package org.sdstudio.importer;

import java.util.List;

import org.sdstudio.model.Filing;

/** An imported filing, the findings of its import and what was dropped as page furniture (page numbers, footers). */
public record ImportResult(Filing filing, List<ImportFinding> findings, List<String> sources, int droppedLines) {
}
