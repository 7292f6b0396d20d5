package org.sdstudio.cmrt;

import java.nio.file.Path;

import org.sdstudio.model.SupplierResponse;

/**
 * One supplier workbook as read: the response (detached, not yet in any filing), its template revision and the
 * reference data of its Smelter Look-up sheet.
 */
public record CmrtFile(Path file, SupplierResponse response, String revision, SmelterLookup lookup) {

	public String fileName() {
		return response.getFileName();
	}
}
