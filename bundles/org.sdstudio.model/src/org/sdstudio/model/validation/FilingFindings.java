package org.sdstudio.model.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Severity;

/**
 * The validator's results as the front ends use them: model {@link Finding}s, and for a diagnostic its rule, subject
 * and field, and where that field is in the filing ({@link #pathOf}).
 */
public final class FilingFindings {

	private FilingFindings() {
	}

	/** The problems of the filing as model findings, with today from the system clock. */
	public static List<Finding> findings(Filing filing) {
		return toFindings(FilingValidator.diagnose(filing));
	}

	/** The problems of the filing as model findings, with today from the given clock. */
	public static List<Finding> findings(Filing filing, Clock clock) {
		return toFindings(FilingValidator.diagnose(filing, clock));
	}

	/** The findings for every rule diagnostic in the tree of diagnostics, in order. */
	public static List<Finding> toFindings(Diagnostic diagnostic) {
		List<Finding> findings = new ArrayList<>();
		collectFindings(diagnostic, findings);
		return findings;
	}

	/** The rule a diagnostic of this validator reports, if it is one. */
	public static Optional<FilingRule> ruleOf(Diagnostic diagnostic) {
		return dataOf(diagnostic, FilingRule.class);
	}

	/** The object a diagnostic is about (the first element of its data). */
	public static Optional<EObject> subjectOf(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		// the feature is an EObject too: only the first element is the subject
		return !data.isEmpty() && data.get(0) instanceof EObject subject ? Optional.of(subject) : Optional.empty();
	}

	/** The field a diagnostic is about, if it names one. */
	public static Optional<EStructuralFeature> featureOf(Diagnostic diagnostic) {
		return dataOf(diagnostic, EStructuralFeature.class);
	}

	/**
	 * Where a field is, from the root of its tree: containment feature names joined by dots, list positions counted
	 * from 1 as in the messages, e.g. {@code report.annexA.rows[12].country}. Empty for the root without a feature.
	 */
	public static String pathOf(EObject subject, EStructuralFeature feature) {
		List<String> parts = new ArrayList<>();
		for (EObject object = subject; object != null && object.eContainer() != null; object = object.eContainer()) {
			EStructuralFeature containment = object.eContainmentFeature();
			String part = containment.getName();
			if (containment.isMany()) {
				part += "[" + (((List<?>) object.eContainer().eGet(containment)).indexOf(object) + 1) + "]";
			}
			parts.add(0, part);
		}
		if (feature != null) {
			parts.add(feature.getName());
		}
		return String.join(".", parts);
	}

	private static <T> Optional<T> dataOf(Diagnostic diagnostic, Class<T> type) {
		return diagnostic.getData().stream().filter(type::isInstance).map(type::cast).findFirst();
	}

	private static void collectFindings(Diagnostic diagnostic, List<Finding> findings) {
		Optional<FilingRule> rule = ruleOf(diagnostic);
		Optional<ContributedRules.Code> contributed = rule.isPresent() ? Optional.empty()
				: dataOf(diagnostic, ContributedRules.Code.class);
		if (rule.isPresent() || contributed.isPresent()) {
			Finding finding = SdStudioFactory.eINSTANCE.createFinding();
			// a contributed rule's severity is its diagnostic's own: a group may make one rule an error or a warning
			finding.setSeverity(rule.map(FilingRule::severity).orElseGet(() -> severityOf(diagnostic)));
			finding.setCode(rule.map(FilingRule::code).orElseGet(() -> contributed.get().code()));
			finding.setMessage(diagnostic.getMessage());
			EObject subject = subjectOf(diagnostic).orElse(null);
			finding.setSubject(subject);
			if (subject != null) {
				String path = pathOf(subject, featureOf(diagnostic).orElse(null));
				finding.setField(path.isEmpty() ? null : path);
			}
			findings.add(finding);
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectFindings(child, findings);
		}
	}

	private static Severity severityOf(Diagnostic diagnostic) {
		return diagnostic.getSeverity() == Diagnostic.ERROR ? Severity.ERROR
				: diagnostic.getSeverity() == Diagnostic.WARNING ? Severity.WARNING : Severity.INFO;
	}
}
