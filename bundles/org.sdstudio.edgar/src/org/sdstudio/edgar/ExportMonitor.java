package org.sdstudio.edgar;

/**
 * Progress and cancellation of an export, without any Eclipse runtime (a wizard adapts its progress monitor to it).
 * Called on the exporting thread.
 */
public interface ExportMonitor {

	/** A monitor that reports nothing and never cancels. */
	ExportMonitor NONE = new ExportMonitor() {
		@Override
		public void step(String task, int done, int total) {
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	/** The export starts step {@code done + 1} of {@code total}, described by {@code task}. */
	void step(String task, int done, int total);

	/** Checked between steps; once true, the export stops and leaves nothing behind. */
	boolean isCanceled();
}
