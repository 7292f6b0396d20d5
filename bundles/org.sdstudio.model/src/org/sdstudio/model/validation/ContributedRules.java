package org.sdstudio.model.validation;

import java.util.ArrayList;
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
 * model need not know them. A group is an ordinary {@link EValidator}; {@link FilingValidator#diagnoseTree} composes
 * the registered groups with its own rules for the filing package in the diagnostician's registry, so every caller of
 * the validator (the editor's findings, {@code sdstudio validate}, the export's refusal on errors) sees their
 * findings. The groups live here, not in the global {@link EValidator.Registry}, so the result never depends on what
 * else a process registered there.
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

	/** The validator itself when nothing is contributed, else one that runs it and then every group. */
	static synchronized EValidator composedWith(EValidator base) {
		if (GROUPS.isEmpty()) {
			return base;
		}
		List<EValidator> all = new ArrayList<>();
		all.add(base);
		all.addAll(GROUPS.values());
		return new Composed(List.copyOf(all));
	}

	private record Composed(List<EValidator> validators) implements EValidator {

		@Override
		public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return validate(object.eClass(), object, diagnostics, context);
		}

		@Override
		public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			boolean valid = true;
			for (EValidator validator : validators) {
				valid &= validator.validate(eClass, object, diagnostics, context);
			}
			return valid;
		}

		@Override
		public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			boolean valid = true;
			for (EValidator validator : validators) {
				valid &= validator.validate(dataType, value, diagnostics, context);
			}
			return valid;
		}
	}
}
