package org.sdstudio.ui.internal.intake;

import org.eclipse.core.runtime.IProgressMonitor;
import org.sdstudio.cmrt.Progress;

/** The cmrt importer's {@link Progress} reported to an Eclipse progress monitor (a job's), with its Cancel. */
final class MonitorProgress implements Progress {

	/** Told of every step too, e.g. to move a progress bar in a wizard page (called on the job's thread). */
	interface Listener {
		void worked(String task, int done, int total);
	}

	private final IProgressMonitor monitor;
	private final Listener listener;
	private int reported;
	private boolean started;

	MonitorProgress(IProgressMonitor monitor, Listener listener) {
		this.monitor = monitor;
		this.listener = listener;
	}

	@Override
	public void worked(String task, int done, int total) {
		if (!started) {
			monitor.beginTask("Reading CMRT workbooks", total);
			started = true;
		}
		monitor.subTask(task);
		if (done > reported) {
			monitor.worked(done - reported);
			reported = done;
		}
		if (listener != null) {
			listener.worked(task, done, total);
		}
	}

	@Override
	public boolean isCanceled() {
		return monitor.isCanceled();
	}
}
