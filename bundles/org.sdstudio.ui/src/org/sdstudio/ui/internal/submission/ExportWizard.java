package org.sdstudio.ui.internal.submission;

import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.model.SubmissionData;
import org.sdstudio.ui.internal.editor.FilingEditor;

/**
 * Export EDGAR Package: where to, which file name prefix, draft or final, page breaks, the CCC (for this export
 * only: it goes into the export options and nowhere else). Finish runs the export off
 * the UI thread in the wizard's progress part (cancelable); the result goes to the editor's Submission page.
 */
public class ExportWizard extends Wizard {

	private final FilingEditor editor;
	private final ExportWizardPage page;
	private ExportRun.Outcome outcome;

	public ExportWizard(FilingEditor editor) {
		this.editor = editor;
		setWindowTitle("Export EDGAR Package");
		setNeedsProgressMonitor(true);
		SubmissionData submission = editor.getFiling().getSubmission();
		page = new ExportWizardPage(ExportSettings.of(editor.getFile()),
				submission == null ? null : submission.getFileNamePrefix());
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	public ExportWizardPage getExportPage() {
		return page;
	}

	/** How the last Finish went (null before the first). */
	public ExportRun.Outcome getOutcome() {
		return outcome;
	}

	@Override
	public boolean performFinish() {
		editor.commitPendingEdits();
		ExportSettings settings = page.settings();
		settings.save(editor.getFile());
		Path folder = settings.folder();
		ExportRun run = new ExportRun(editor.getFiling(), folder,
				new ExportOptions(page.prefix(), settings.draft(), settings.pageBreaks(), page.ccc()));
		outcome = run.runAndReport(runnable -> getContainer().run(true, true, runnable), getShell(), editor);
		// a failed or canceled export keeps the wizard open so the user can change the folder or prefix
		return outcome == ExportRun.Outcome.WRITTEN || outcome == ExportRun.Outcome.REFUSED;
	}
}
