package org.sdstudio.model.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Severity;

/**
 * Collects the diagnostics of one validate call, and knows "today"; the object is invalid once an ERROR is reported.
 */
final class Issues {
	private final DiagnosticChain chain;
	private final Clock clock;
	private boolean valid = true;

	Issues(DiagnosticChain chain, Clock clock) {
		this.chain = chain;
		this.clock = clock;
	}

	void add(FilingRule rule, EObject subject, EStructuralFeature feature, String message) {
		if (rule.severity() == Severity.ERROR) {
			valid = false;
		}
		if (chain != null) {
			Object[] data = feature == null ? new Object[] { subject, rule }
					: new Object[] { subject, feature, rule };
			chain.add(new BasicDiagnostic(diagnosticSeverity(rule.severity()), FilingValidator.DIAGNOSTIC_SOURCE,
					rule.ordinal(), message, data));
		}
	}

	boolean valid() {
		return valid;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	boolean isPossibleYear(int year) {
		return year >= FilingValidator.FIRST_REPORTING_YEAR && year <= today().getYear() + 1;
	}

	/** The reporting year of the filing an object belongs to, when it is one that year-based checks can use. */
	OptionalInt reportingYearOf(EObject object) {
		if (EcoreUtil.getRootContainer(object) instanceof Filing filing && isPossibleYear(filing.getReportingYear())) {
			return OptionalInt.of(filing.getReportingYear());
		}
		return OptionalInt.empty();
	}

	private static int diagnosticSeverity(Severity severity) {
		return switch (severity) {
			case ERROR -> Diagnostic.ERROR;
			case WARNING -> Diagnostic.WARNING;
			case INFO -> Diagnostic.INFO;
		};
	}
}
