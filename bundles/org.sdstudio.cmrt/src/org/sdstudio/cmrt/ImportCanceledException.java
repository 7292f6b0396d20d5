package org.sdstudio.cmrt;

/** The import was cancelled through its progress monitor; nothing has been changed. */
public final class ImportCanceledException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public ImportCanceledException() {
		super("cancelled");
	}
}
