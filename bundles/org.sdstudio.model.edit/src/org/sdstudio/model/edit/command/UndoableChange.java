package org.sdstudio.model.edit.command;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * A model change made by an API call (an import, a rebuild), recorded as one undoable command. When the call fails, what it
 * had already changed is rolled back and the command is not put on the stack, so the filing is as it was.
 */
public final class UndoableChange<T> extends ChangeCommand {

	private final Supplier<T> change;
	private T result;
	private RuntimeException failure;

	/** {@code scope}: the part of the filing the change may touch (its changes there are recorded). */
	public UndoableChange(Notifier scope, String label, Supplier<T> change) {
		super(scope);
		this.change = change;
		setLabel(label);
		setDescription(label);
	}

	@Override
	protected void doExecute() {
		result = change.get();
	}

	@Override
	public void execute() {
		try {
			super.execute();
		} catch (AbortExecutionException e) {
			throw e;
		} catch (RuntimeException e) {
			failure = e;
			// the description recorded up to the failure undoes what the call had changed already
			ChangeDescription partial = getChangeDescription();
			if (partial != null) {
				partial.apply();
				setChangeDescription(null);
			}
			throw new AbortExecutionException(e);
		}
	}

	/** What the change returned; null until executed or when it failed. */
	public T result() {
		return result;
	}

	/** Why the change failed (the model was rolled back), or null. */
	public RuntimeException failure() {
		return failure;
	}
}
