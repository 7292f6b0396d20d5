package org.sdstudio.model.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * The legal review's rules: the place for checks of the review records of the report's sections. It has none yet:
 * the review states are shown by the studio and the CLI but no rule depends on them so far.
 */
final class ReviewRules implements RuleGroup {

	@Override
	public void check(EObject object, Issues issues) {
		// no review rule yet
	}
}
