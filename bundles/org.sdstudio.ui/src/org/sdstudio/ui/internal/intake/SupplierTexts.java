package org.sdstudio.ui.internal.intake;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.sdstudio.model.Declaration;
import org.sdstudio.model.Severity;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.validation.FindingCounts;

/** How the Suppliers page writes a response's facts, in its list and in its details. */
final class SupplierTexts {

	private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private SupplierTexts() {
	}

	static String importedAt(SupplierResponse response) {
		return response.getImportedAt() == null ? "" : IMPORTED.format(response.getImportedAt());
	}

	static boolean isCurrent(SupplierResponse response) {
		return response.eContainer() instanceof Supplier s && s.getCurrentResponse() == response;
	}

	static String effectiveDate(SupplierResponse response) {
		Declaration d = response.getDeclaration();
		if (d == null) {
			return "";
		}
		return d.getEffectiveDate() != null ? d.getEffectiveDate().toString() : nz(d.getEffectiveDateText());
	}

	static int findings(SupplierResponse response, Severity severity) {
		return FindingCounts.of(response.getFindings()).of(severity);
	}

	static String findingCounts(SupplierResponse response) {
		return FindingCounts.of(response.getFindings()).toString();
	}

	static String nz(String text) {
		return text == null ? "" : text;
	}
}
