package org.sdstudio.model.io;

import java.nio.file.Path;

/**
 * A save refused because the file changed on disk since the filing was read from it (another program saved it):
 * writing would drop that program's work. Nothing was written.
 */
public class FilingChangedException extends FilingFileException {

	private static final long serialVersionUID = 1L;

	public FilingChangedException(Path file) {
		super(file, "was changed on disk by another program since it was read; your changes were NOT saved "
				+ "(read the file again and redo them, so neither version is lost)");
	}
}
