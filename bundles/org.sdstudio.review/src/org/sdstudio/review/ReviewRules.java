package org.sdstudio.review;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.sdstudio.model.Filing;
import org.sdstudio.model.validation.ContributedRules;
import org.sdstudio.model.validation.FilingValidator;

/**
 * The review checks as a rule group of the filing validator, so the Findings view, {@code sdstudio validate} and the
 * export's refusal on errors all see them:
 * <ul>
 * <li>{@value #UNAPPROVED}: a part that is not approved; an error while the filing requires approval for its final
 * export (so the final export is refused, listing the parts; a draft export never is), a warning otherwise;</li>
 * <li>{@value #OPEN_COMMENTS}: a part with unresolved comments (warning);</li>
 * <li>{@value #PROPOSED}: a part with proposed changes (from counsel's returned document) waiting for a decision
 * (warning: they are not in the text, so an export would go without them);</li>
 * <li>{@value #DATA}: review data that does not add up, e.g. an approved revision the part does not have (warning;
 * the part then counts as not approved).</li>
 * </ul>
 * The model does not depend on this bundle: {@link #register()} contributes the group through
 * {@link ContributedRules}. The bundle's activator registers it; the CLI and tests call {@link #register()}
 * themselves (it is idempotent).
 */
public final class ReviewRules implements EValidator {

	public static final String GROUP = "review";
	public static final String UNAPPROVED = "SD-REVIEW-UNAPPROVED";
	public static final String OPEN_COMMENTS = "SD-REVIEW-OPEN-COMMENTS";
	public static final String DATA = "SD-REVIEW-DATA";
	public static final String PROPOSED = "SD-REVIEW-PROPOSED";

	private static final ReviewRules INSTANCE = new ReviewRules();

	private ReviewRules() {
	}

	/** Adds the review rules to every filing validation in this process. */
	public static void register() {
		ContributedRules.contribute(GROUP, INSTANCE);
	}

	public static void unregister() {
		ContributedRules.withdraw(GROUP);
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof Filing filing)) {
			return true;
		}
		boolean valid = true;
		boolean gate = filing.isRequireApproval();
		for (PartStatus status : Reviews.statuses(filing)) {
			ReviewPart part = status.part();
			for (String problem : status.problems()) {
				add(diagnostics, Diagnostic.WARNING, DATA, part, problem);
			}
			if (!status.isApproved()) {
				valid &= !gate;
				add(diagnostics, gate ? Diagnostic.ERROR : Diagnostic.WARNING, UNAPPROVED, part,
						part.label() + " (" + part.id() + ") is not approved: " + status.describe()
								+ (gate ? "; the final export requires approval of every part." : "."));
			}
			if (status.openComments() > 0) {
				add(diagnostics, Diagnostic.WARNING, OPEN_COMMENTS, part, part.label() + " (" + part.id() + ") has "
						+ status.openComments() + " open comment" + (status.openComments() == 1 ? "" : "s") + ".");
			}
			int proposed = Proposals.pending(part).size();
			if (proposed > 0) {
				add(diagnostics, Diagnostic.WARNING, PROPOSED, part, part.label() + " (" + part.id() + ") has " + proposed
						+ " proposed change" + (proposed == 1 ? "" : "s") + " waiting for a decision; they are not in the "
						+ "text until accepted ('sdstudio changes').");
			}
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true;
	}

	private static void add(DiagnosticChain diagnostics, int severity, String code, ReviewPart part, String message) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, FilingValidator.DIAGNOSTIC_SOURCE + ".review", 0, message,
					new Object[] { part.owner(), new ContributedRules.Code(code) }));
		}
	}
}
