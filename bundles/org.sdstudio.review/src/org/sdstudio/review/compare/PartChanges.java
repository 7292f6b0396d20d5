package org.sdstudio.review.compare;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.sdstudio.model.Revision;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.StructuredText;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.Reviews;

/**
 * A part's changes since its approved revision, accepted or rejected as in a word processor's tracked changes:
 * rejecting a change puts the approved text of that change back into the part; accepting keeps the text as it is.
 * Each rejection is one undoable command that replaces the part's text with the resolved one; rejecting every
 * change gives back exactly the approved text (and the part is approved again).
 */
public final class PartChanges {

	private PartChanges() {
	}

	/** The comparison of the part's approved revision with its current text; empty when it has no approved one. */
	public static Optional<TextComparison> sinceApproval(ReviewPart part) {
		Revision approved = Reviews.status(part).approved();
		return approved == null ? Optional.empty()
				: Optional.of(TextCompare.compare(approved.getSnapshot(), part.text()));
	}

	/** Why changes of this part cannot be rejected here, if they cannot. */
	public static Optional<String> refusal(ReviewPart part) {
		if (part.kind() == ReviewPart.Kind.ANNEX) {
			return Optional.of("Annex A's changes are rows of the facility table; edit them on the Annex A page "
					+ "(or with 'sdstudio annex').");
		}
		if (Reviews.status(part).approved() == null) {
			return Optional.of(part.label() + " has no approved revision to compare with.");
		}
		return Optional.empty();
	}

	/**
	 * Rejects the numbered changes of the comparison (the others stay as they are): a command that sets the part's
	 * text to the resolved one. Numbers not in the comparison are refused with the known range.
	 */
	public static Command reject(ReviewPart part, TextComparison comparison, Collection<Integer> numbers) {
		Set<Integer> rejected = new TreeSet<>(numbers);
		String label = rejected.size() == comparison.changes().size() && !rejected.isEmpty()
				? "Reject All Changes in " + part.label()
				: "Reject Change" + (rejected.size() == 1 ? " " : "s ") + join(rejected) + " in " + part.label();
		Optional<String> refused = refusal(part);
		if (refused.isPresent()) {
			return new Unexecutable(label, refused.get());
		}
		for (int n : rejected) {
			if (n < 1 || n > comparison.changes().size()) {
				return new Unexecutable(label, part.label() + " has " + (comparison.changes().isEmpty()
						? "no changes since approval" : "changes 1 to " + comparison.changes().size())
						+ "; there is no change " + n + ".");
			}
		}
		if (rejected.isEmpty()) {
			return new Unexecutable(label, "No change was named.");
		}
		IntPredicate accepted = n -> !rejected.contains(n);
		StructuredText resolved = comparison.resolve(accepted);
		return new SetText(label, part.owner(), bodyFeature(part), resolved);
	}

	/** Rejects every change since approval: the approved text back. */
	public static Command rejectAll(ReviewPart part) {
		Optional<TextComparison> c = sinceApproval(part);
		if (c.isEmpty()) {
			return new Unexecutable("Reject All Changes in " + part.label(), refusal(part).orElse(""));
		}
		return reject(part, c.get(), c.get().changes().stream().map(Change::number).toList());
	}

	private static EReference bodyFeature(ReviewPart part) {
		return part.kind() == ReviewPart.Kind.SECTION ? Literals.REPORT_SECTION__BODY : Literals.FORM_ITEM__BODY;
	}

	private static String join(Set<Integer> numbers) {
		return String.join(", ", numbers.stream().map(String::valueOf).toList());
	}

	/** Replaces a section's or item's text; undo puts the very same text object back. */
	private static final class SetText extends AbstractCommand {
		private final EObject owner;
		private final EReference feature;
		private final StructuredText next;
		private StructuredText previous;

		SetText(String label, EObject owner, EReference feature, StructuredText next) {
			super(label, label);
			this.owner = owner;
			this.feature = feature;
			this.next = next;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			previous = (StructuredText) owner.eGet(feature);
			owner.eSet(feature, next);
		}

		@Override
		public void undo() {
			owner.eSet(feature, previous);
		}

		@Override
		public void redo() {
			owner.eSet(feature, next);
		}

		@Override
		public Collection<?> getAffectedObjects() {
			return List.of(owner);
		}
	}

	/** A command the rules refuse; its description says why. */
	public static final class Unexecutable extends AbstractCommand {
		private final String reason;

		Unexecutable(String label, String reason) {
			super(label, reason);
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}

		@Override
		protected boolean prepare() {
			return false;
		}

		@Override
		public void execute() {
			throw new IllegalStateException(reason);
		}

		@Override
		public void redo() {
			throw new IllegalStateException(reason);
		}
	}
}
