package org.sdstudio.ui.internal;

import org.eclipse.swt.widgets.Control;

/**
 * An action run once for a burst of requests, on the UI thread after the current event (a command and those that
 * follow it at once), or after a pause; never once its control is gone. Pages use it to refresh after commands:
 * the bindings update first, and a burst of commands costs one refresh.
 */
public final class Coalesced implements Runnable {

	private final Control owner;
	private final int delay;
	private final Runnable action;
	private boolean queued;

	/** {@code delay}: milliseconds to wait (0: as soon as the current event is handled). */
	public Coalesced(Control owner, int delay, Runnable action) {
		this.owner = owner;
		this.delay = delay;
		this.action = action;
	}

	/** Asks for the action; a request while one is waiting is part of it. */
	@Override
	public void run() {
		if (queued || owner.isDisposed()) {
			return;
		}
		queued = true;
		Runnable once = () -> {
			queued = false;
			if (!owner.isDisposed()) {
				action.run();
			}
		};
		if (delay <= 0) {
			owner.getDisplay().asyncExec(once);
		} else {
			owner.getDisplay().timerExec(delay, once);
		}
	}
}
