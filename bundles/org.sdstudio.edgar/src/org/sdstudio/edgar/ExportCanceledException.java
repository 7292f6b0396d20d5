package org.sdstudio.edgar;

/** The export was canceled through its progress monitor; nothing of the package was written. */
public class ExportCanceledException extends ExportException {

	private static final long serialVersionUID = 1L;

	public ExportCanceledException() {
		super("export canceled; nothing was written");
	}
}
