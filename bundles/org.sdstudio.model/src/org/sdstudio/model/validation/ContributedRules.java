package org.sdstudio.model.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/**
 * Rule groups that bundles above the model contribute to {@link FilingValidator} (the review rules, say), so the
 * model need not know them. A group is an ordinary {@link EValidator}; {@link FilingValidator} runs the contributed
 * groups after its own rule groups on every object, so every caller of the validator (EMF's {@code Diagnostician}, the
 * editor's findings, {@code sdstudio validate}, the export's refusal on errors) sees their findings. The groups are
 * held here, not as validators of their own in the global {@link EValidator.Registry}, which holds one validator per
 * package: the filing's.
 * <p>
 * A contributed diagnostic carries a {@link Code} in its data (after the subject and the feature); its finding takes
 * the diagnostic's own severity, so a group may report one rule as an error or a warning depending on the filing.
 */
public final class ContributedRules {

	/** The stable code of a contributed rule (e.g. {@code SD-REVIEW-UNAPPROVED}), put in a diagnostic's data. */
	public record Code(String code) {
		public Code {
			Objects.requireNonNull(code, "code");
		}
	}

	private static final Map<String, EValidator> GROUPS = new LinkedHashMap<>();

	private ContributedRules() {
	}

	/** Adds (or replaces) the rule group of that name. Idempotent: a bundle may call it on every start. */
	public static synchronized void contribute(String group, EValidator validator) {
		GROUPS.put(Objects.requireNonNull(group, "group"), Objects.requireNonNull(validator, "validator"));
	}

	/** Removes the rule group of that name, if it was contributed. */
	public static synchronized void withdraw(String group) {
		GROUPS.remove(group);
	}

	/** The names of the contributed groups, in the order they were first contributed. */
	public static synchronized List<String> groups() {
		return List.copyOf(GROUPS.keySet());
	}

	/** Runs every contributed group on one object, as {@link FilingValidator} does after its own rule groups. */
	static boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<EValidator> validators;
		synchronized (ContributedRules.class) {
			validators = List.copyOf(GROUPS.values());
		}
		boolean valid = true;
		for (EValidator validator : validators) {
			valid &= validator.validate(eClass, object, diagnostics, context);
		}
		return valid;
	}
}
