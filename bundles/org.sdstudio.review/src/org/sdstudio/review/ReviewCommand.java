package org.sdstudio.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SectionReview;

/**
 * One review operation on one part as an EMF command: undoable on the studio's command stack, all or nothing from
 * the CLI. A command the rules refuse cannot execute and says why in {@link #refusal()}; executing it changes
 * nothing. The change is recorded on the part's review record only (created when the part had none), so even Annex
 * A's thousands of rows are not watched.
 */
public final class ReviewCommand extends AbstractCommand {

	private final EObject owner;
	private final EReference reviewFeature;
	private final Function<SectionReview, Object> change;
	private final String refusal;
	/** Whether the change reaches beyond the review record into the part's own content (an accepted proposal). */
	private final boolean content;
	private ChangeDescription recorded;
	private SectionReview created;
	private Object result;

	ReviewCommand(String label, ReviewPart part, Function<SectionReview, Object> change) {
		this(label, part, change, false);
	}

	/**
	 * A command whose change may also edit the part's content (its text, Annex A's rows), not only its review
	 * record; then the whole part is recorded for undo.
	 */
	ReviewCommand(String label, ReviewPart part, Function<SectionReview, Object> change, boolean content) {
		super(label, label);
		this.owner = part.owner();
		this.reviewFeature = part.reviewFeature();
		this.change = change;
		this.refusal = null;
		this.content = content;
	}

	private ReviewCommand(String label, String refusal) {
		super(label, refusal);
		this.owner = null;
		this.reviewFeature = null;
		this.change = null;
		this.refusal = refusal;
		this.content = false;
	}

	/** A command that cannot execute, for the reason given (a sentence). */
	static ReviewCommand refused(String label, String refusal) {
		return new ReviewCommand(label, refusal);
	}

	/** Why the rules refuse this operation, when they do. */
	public Optional<String> refusal() {
		return Optional.ofNullable(refusal);
	}

	@Override
	protected boolean prepare() {
		return refusal == null;
	}

	@Override
	public void execute() {
		if (refusal != null) {
			throw new IllegalStateException(refusal);
		}
		SectionReview review = (SectionReview) owner.eGet(reviewFeature);
		if (review == null) {
			created = SdStudioFactory.eINSTANCE.createSectionReview();
			created.setState(ReviewState.DRAFT);
			owner.eSet(reviewFeature, created);
			review = created;
		}
		ChangeRecorder recorder = new ChangeRecorder(content ? owner : review);
		try {
			result = change.apply(review);
		} catch (RuntimeException e) {
			ChangeDescription partial = recorder.endRecording();
			partial.apply();
			if (created != null) {
				owner.eSet(reviewFeature, null);
			}
			throw e;
		} finally {
			if (recorder.isRecording()) {
				recorded = recorder.endRecording();
			}
			recorder.dispose();
		}
	}

	@Override
	public void undo() {
		recorded.applyAndReverse();
		if (created != null) {
			owner.eSet(reviewFeature, null);
		}
	}

	@Override
	public void redo() {
		if (created != null) {
			owner.eSet(reviewFeature, created);
		}
		recorded.applyAndReverse();
	}

	/** What the operation made (the new revision or comment), once executed. */
	public Object result() {
		return result;
	}

	@Override
	public Collection<?> getResult() {
		return result == null ? List.of() : List.of(result);
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return owner == null ? List.of() : List.of(owner);
	}
}
