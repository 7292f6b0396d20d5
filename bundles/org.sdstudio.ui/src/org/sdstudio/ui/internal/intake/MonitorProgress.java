package org.sdstudio.ui.internal.intake;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * A job's progress monitor that also tells a listener of each file, e.g. to move the progress bar of the wizard
 * page; the importer reaches it through EMF's {@code BasicMonitor.toMonitor}.
 */
final class MonitorProgress extends ProgressMonitorWrapper {

	/** Told of every step (called on the job's thread). */
	interface Listener {
		void worked(String task, int done, int total);
	}

	private final Listener listener;
	private String task = "";
	private int total;
	private int done;

	MonitorProgress(IProgressMonitor monitor, Listener listener) {
		super(monitor);
		this.listener = listener;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		super.beginTask(name, totalWork);
		total = totalWork;
	}

	@Override
	public void subTask(String name) {
		super.subTask(name);
		task = name;
		listener.worked(task, done, total);
	}

	@Override
	public void worked(int work) {
		super.worked(work);
		done += work;
		listener.worked(task, done, total);
	}
}
