package org.sdstudio.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Questions and messages the studio puts to the user. Workbench tests install an {@link Answerer} so that a
 * question (reload a file changed on disk? overwrite?) gets a scripted answer instead of blocking on a dialog.
 */
public final class Prompts {

	/** Answers a yes/no question instead of the user; messages are passed to it too (answer ignored). */
	public interface Answerer {
		boolean answer(String title, String message);
	}

	private static volatile Answerer answerer;

	private Prompts() {
	}

	/** For tests: answer questions without dialogs ({@code null} restores the dialogs). */
	public static void setAnswerer(Answerer scripted) {
		answerer = scripted;
	}

	public static boolean confirm(Shell shell, String title, String message) {
		Answerer scripted = answerer;
		return scripted != null ? scripted.answer(title, message) : MessageDialog.openQuestion(shell, title, message);
	}

	public static void error(Shell shell, String title, String message) {
		Answerer scripted = answerer;
		if (scripted != null) {
			scripted.answer(title, message);
		} else {
			MessageDialog.openError(shell, title, message);
		}
	}

	public static void info(Shell shell, String title, String message) {
		Answerer scripted = answerer;
		if (scripted != null) {
			scripted.answer(title, message);
		} else {
			MessageDialog.openInformation(shell, title, message);
		}
	}
}
