package org.sdstudio.ui.internal.submission;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.swt.widgets.Shell;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.ExportCanceledException;
import org.sdstudio.edgar.ExportException;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;

/**
 * One export of a filing, run with progress and cancel off the UI thread (by a wizard container or the progress
 * service), and what the studio does with its outcome: the result goes to the editor, a refusal or a failure is
 * said in the user's words. The export API writes nothing when it fails, so neither does this.
 */
public final class ExportRun implements IRunnableWithProgress {

	/** How a run ended. */
	public enum Outcome {
		/** The package (or draft) was written. */
		WRITTEN,
		/** A final export was refused: the filing has errors; nothing was written. */
		REFUSED,
		/** The export failed (folder, prefix, documents); nothing was written. */
		FAILED,
		/** The user canceled; nothing was written. */
		CANCELED
	}

	private static final EdgarExport EXPORT = new EdgarExport();

	private final Filing filing;
	private final Path folder;
	private final ExportOptions options;
	private ExportResult result;
	private String failure;
	private boolean canceled;

	public ExportRun(Filing filing, Path folder, ExportOptions options) {
		this.filing = filing;
		this.folder = folder;
		this.options = options;
	}

	@Override
	public void run(IProgressMonitor progress) {
		try {
			result = EXPORT.export(filing, folder, options, BasicMonitor.toMonitor(progress));
		} catch (ExportCanceledException e) {
			canceled = true;
		} catch (ExportException e) {
			failure = e.getMessage();
		} catch (RuntimeException e) {
			// an unexpected fault of the export: the user gets a sentence, the log gets the details
			failure = "the export stopped unexpectedly (" + (e.getMessage() == null ? "internal error" : e.getMessage())
					+ "); nothing was written";
			ILog.of(ExportRun.class).error("Export failed", e);
		} finally {
			progress.done();
		}
	}

	/** Runs this export through {@code runner} (fork, cancelable) and handles the outcome on the UI thread. */
	public Outcome runAndReport(Runner runner, Shell shell, FilingEditor editor) {
		try {
			runner.run(this);
		} catch (InvocationTargetException e) {
			failure = "the export stopped unexpectedly; nothing was written";
			ILog.of(ExportRun.class).error("Export failed", e.getCause());
		} catch (InterruptedException e) {
			canceled = true;
		}
		return report(shell, editor);
	}

	/** Tells the user how the export went and gives a written or refused result to the editor. */
	Outcome report(Shell shell, FilingEditor editor) {
		if (canceled) {
			Prompts.info(shell, "Export Canceled", "The export was canceled. Nothing was written; the folder "
					+ folder + " is as it was.");
			return Outcome.CANCELED;
		}
		if (failure != null) {
			Prompts.error(shell, "Export Failed", "The EDGAR package could not be exported: " + failure
					+ ".\n\nNothing was written and the filing is unchanged. Fix the problem and export again.");
			return Outcome.FAILED;
		}
		editor.setLastExport(result);
		editor.showPage(SubmissionPage.ID);
		if (!result.isWritten()) {
			Prompts.error(shell, "Export Refused", describeRefusal(result.blockingErrors()));
			return Outcome.REFUSED;
		}
		return Outcome.WRITTEN;
	}

	/** The message for a refused final export: each error with the field it is about. */
	public static String describeRefusal(List<Finding> errors) {
		StringBuilder text = new StringBuilder("The filing was not exported: it has ").append(errors.size())
				.append(errors.size() == 1 ? " error" : " errors")
				.append(" that EDGAR would not accept. Nothing was written.\n\n");
		int shown = 0;
		for (Finding error : errors) {
			if (shown++ == 12) {
				text.append("... and ").append(errors.size() - 12).append(" more (listed on the Submission page)\n");
				break;
			}
			text.append("\u2022 ").append(error.getMessage());
			String field = FindingLabels.fieldOf(error);
			if (!field.isEmpty()) {
				text.append(" (").append(field).append(')');
			}
			text.append('\n');
		}
		text.append("\nFix them (double-click one on the Submission page to go to its field), or export a draft "
				+ "for review.");
		return text.toString();
	}

	/** The result, when the export ran to its end (written or refused); null after a failure or cancel. */
	public ExportResult result() {
		return result;
	}

	/** Why the export failed (one line), or null. */
	public String failure() {
		return failure;
	}

	public boolean canceled() {
		return canceled;
	}

	/** Something that runs a long operation with progress: a wizard container or the progress service. */
	public interface Runner {
		void run(IRunnableWithProgress runnable) throws InvocationTargetException, InterruptedException;
	}
}
