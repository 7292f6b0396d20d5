package org.sdstudio.ui.internal.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.edgar.HtmlViolation;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Severity;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.validation.FilingFindings;

/**
 * One line of the Findings view: what was found (severity, source, code, message), where, and the model object
 * and field the editor opens at.
 *
 * @param severity how bad
 * @param source Filing, Supplier or EDGAR
 * @param code the stable code of the check
 * @param message what is wrong, for a filing specialist
 * @param where a field path, file!sheet!cell or file:line:col
 * @param subject the object to reveal (may be null)
 * @param field the feature name to focus (may be null)
 */
public record FindingRow(Severity severity, Source source, String code, String message, String where,
		EObject subject, String field) {

	/** Where a finding comes from. */
	public enum Source {
		FILING("Filing"), SUPPLIER("Supplier"), EDGAR("EDGAR");

		private final String label;

		Source(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * Every finding about the filing: the model's checks ({@code modelFindings}, the validator's findings on it), the
	 * current supplier responses, the last export.
	 */
	public static List<FindingRow> collect(List<Finding> modelFindings, Filing filing, ExportResult lastExport) {
		List<FindingRow> rows = new ArrayList<>();
		for (Finding finding : modelFindings) {
			rows.add(ofModel(finding));
		}
		if (filing.getSupplyChain() != null) {
			for (Supplier supplier : filing.getSupplyChain().getSuppliers()) {
				SupplierResponse response = supplier.getCurrentResponse();
				if (response == null) {
					continue;
				}
				for (Finding finding : response.getFindings()) {
					rows.add(ofSupplier(response, finding));
				}
			}
		}
		if (lastExport != null) {
			for (HtmlViolation violation : lastExport.violations()) {
				rows.add(new FindingRow(Severity.ERROR, Source.EDGAR, violation.rule().code(), violation.message(),
						violation.file() + ":" + violation.line() + ":" + violation.column(), filing.getSubmission(),
						null));
			}
		}
		return rows;
	}

	static FindingRow ofModel(Finding finding) {
		EObject subject = finding.getSubject();
		// the validator's field is already the path from the filing (registrant.cik)
		String where = finding.getField() != null ? finding.getField()
				: subject != null ? FilingFindings.pathOf(subject, null) : "";
		return new FindingRow(severityOf(finding), Source.FILING, text(finding.getCode()),
				text(finding.getMessage()), where, subject, finding.getField());
	}

	static FindingRow ofSupplier(SupplierResponse response, Finding finding) {
		String file = finding.getFile() != null ? finding.getFile() : response.getFileName();
		StringBuilder where = new StringBuilder(text(file));
		if (finding.getSheet() != null) {
			where.append('!').append(finding.getSheet());
		}
		if (finding.getCell() != null) {
			where.append('!').append(finding.getCell());
		}
		return new FindingRow(severityOf(finding), Source.SUPPLIER, text(finding.getCode()),
				text(finding.getMessage()), where.toString(), response, null);
	}

	private static Severity severityOf(Finding finding) {
		return finding.getSeverity() == null ? Severity.INFO : finding.getSeverity();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	/** The severity as a word for the table ("Error"). */
	public String severityLabel() {
		String name = severity.getName().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/** Whether the row contains {@code needle} (lower case) in its code, message or where. */
	boolean matches(String needle) {
		return needle.isEmpty() || code.toLowerCase(Locale.ROOT).contains(needle)
				|| message.toLowerCase(Locale.ROOT).contains(needle) || where.toLowerCase(Locale.ROOT).contains(needle);
	}
}
