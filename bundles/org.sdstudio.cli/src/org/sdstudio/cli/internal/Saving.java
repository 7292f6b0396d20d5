package org.sdstudio.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;
import org.sdstudio.review.ReviewCommand;

/** How a command changes a filing: under the filing's lock from reading to saving, and saying what the save did. */
final class Saving {

	private Saving() {
	}

	/** Takes the filing's lock (saying on stderr when it waits for another writer). */
	static FilingLock lock(Path file, Command.Context context) throws FilingFileException {
		if (!Files.exists(file)) {
			FilingFiles.load(file); // says why (no such file, not a filing file) without leaving a lock file behind
		}
		return FilingLock.acquire(file, message -> context.err().println("sdstudio: " + message));
	}

	/**
	 * Runs a review command on the filing and saves it, or says on stderr why the review rules refuse it (then
	 * nothing is written); true when saved.
	 */
	static boolean execute(ReviewCommand command, Filing filing, Path file, Command.Context context)
			throws FilingFileException {
		if (!command.canExecute()) {
			context.err().println("sdstudio: " + command.refusal().orElse(command.getLabel() + " is not allowed.")
					+ " " + file.getFileName() + " was not changed.");
			return false;
		}
		new BasicCommandStack().execute(command);
		save(filing, file, context);
		return true;
	}

	/** Saves and prints the save's notes (temporaries cleaned up, ownership not kept) on stderr. */
	static void save(Filing filing, Path file, Command.Context context) throws FilingFileException {
		for (String note : FilingFiles.save(filing, file).notes()) {
			context.err().println("sdstudio: note: " + note);
		}
	}
}
