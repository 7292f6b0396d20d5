package org.sdstudio.cmrt;

/**
 * Progress and cancellation for long imports, plain Java so that a UI job or the command line can pass its own.
 * Implementations are called from the importing thread.
 */
public interface Progress {

	/** A progress that reports nothing and is never cancelled. */
	Progress NONE = new Progress() {
		@Override
		public void worked(String task, int done, int total) {
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	/** {@code done} of {@code total} units are finished; {@code task} says what is being done now. */
	void worked(String task, int done, int total);

	/** Checked between files and every few hundred rows; when true the import stops with a {@link Canceled}. */
	boolean isCanceled();

	/** Thrown when the user cancelled; nothing has been changed. */
	final class Canceled extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public Canceled() {
			super("cancelled");
		}
	}
}
