package org.sdstudio.model.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * The rules of one area of the filing (cover, items, submission, report, Annex A, review). {@link FilingValidator}
 * hands every object of the tree to every group, in that order; a group checks the objects of its area and leaves
 * the others alone. Rules that compare siblings run on the object that holds them.
 */
interface RuleGroup {

	/** Reports the problems of this one object (not of its contents) to {@code issues}. */
	void check(EObject object, Issues issues);
}
