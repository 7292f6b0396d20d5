package org.sdstudio.ui.internal.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.ImportCanceledException;
import org.sdstudio.model.Filing;
import org.sdstudio.model.edit.command.UndoableChange;
import org.sdstudio.ui.internal.editor.FilingEditor;

/**
 * Imports suppliers' CMRT workbooks into the editor's filing. Finish reads the files in a background job (the
 * filing is untouched meanwhile and Cancel Reading stops it); then, on the UI thread, all readable responses are
 * merged by one undoable command and the summary page says what happened to each file.
 */
public final class ImportCmrtWizard extends Wizard {

	private final FilingEditor editor;
	private final CmrtFilesPage filesPage;
	private final CmrtSummaryPage summaryPage = new CmrtSummaryPage();
	private Job job;
	private volatile boolean cancelRequested;
	private ImportSummary summary;

	public ImportCmrtWizard(FilingEditor editor) {
		this.editor = editor;
		this.filesPage = new CmrtFilesPage(this::cancelReading);
		setWindowTitle("Import CMRT Workbooks");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(filesPage);
		addPage(summaryPage);
	}

	@Override
	public boolean canFinish() {
		return summary != null || (job == null && filesPage.isPageComplete());
	}

	@Override
	public boolean performFinish() {
		if (summary != null) {
			return true;
		}
		if (job == null) {
			startImport();
		}
		// the wizard stays open: it shows the progress, then the summary
		return false;
	}

	@Override
	public boolean performCancel() {
		cancelReading();
		return true;
	}

	/** Adds files (or folders, expanded to their workbooks) as the Add buttons would; for the page and tests. */
	public void addFiles(List<Path> paths) {
		for (Path path : paths) {
			if (path.toFile().isDirectory()) {
				filesPage.addFolder(path);
			} else {
				filesPage.addFiles(List.of(path));
			}
		}
	}

	public List<Path> getFiles() {
		return filesPage.files();
	}

	/** Starts reading the chosen files in a background job (what Finish does). */
	public void startImport() {
		List<Path> files = filesPage.files();
		if (files.isEmpty() || job != null) {
			return;
		}
		Filing filing = editor.getFiling();
		int year = filing.getReportingYear();
		Display display = getShell().getDisplay();
		cancelRequested = false;
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		Job reading = Job.create("Reading CMRT workbooks", monitor -> {
			Monitor progress = BasicMonitor.toMonitor(new MonitorProgress(monitor,
					(task, done, total) -> display.asyncExec(() -> {
						if (!filesPage.getControl().isDisposed()) {
							filesPage.progress(task, done, total);
						}
					})));
			try {
				List<CmrtImport.FileResult> results = CmrtImport.read(files, year, LocalDate.now(), progress, threads);
				display.asyncExec(() -> readingDone(filing, results, null));
				return Status.OK_STATUS;
			} catch (ImportCanceledException e) {
				display.asyncExec(() -> readingDone(filing, null, null));
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				// a defect in the reader, not in a file: said on the page, the filing stays as it was
				display.asyncExec(() -> readingDone(filing, null, e));
				return Status.OK_STATUS;
			} finally {
				monitor.done();
			}
		});
		reading.setPriority(Job.LONG);
		reading.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				// a job cancelled before it started never runs its function: end the reading state here too
				if (event.getResult() == Status.CANCEL_STATUS) {
					display.asyncExec(() -> {
						if (job == event.getJob()) {
							readingDone(filing, null, null);
						}
					});
				}
			}
		});
		job = reading;
		filesPage.setReading(true);
		getContainer().updateButtons();
		reading.schedule();
	}

	/** Stops the reading; nothing is applied, even if the job had just finished. */
	public void cancelReading() {
		cancelRequested = true;
		if (job != null) {
			job.cancel();
			if (filesPage.getControl() != null && !filesPage.getControl().isDisposed()) {
				filesPage.stopping();
			}
		}
	}

	/** The job reading the files (null before Finish or once it ended); tests join it. */
	public Job getJob() {
		return job;
	}

	/** Whether the import was applied and the summary is shown. */
	public boolean isImported() {
		return summary != null;
	}

	/** Whether no reading is going on (before Finish, after a cancel or failure, after the import). */
	public boolean isIdle() {
		return job == null;
	}

	String readingStatus() {
		return filesPage.statusText();
	}

	private void readingDone(Filing filing, List<CmrtImport.FileResult> results, RuntimeException failure) {
		if (job == null) {
			return;
		}
		job = null;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		if (cancelRequested || results == null && failure == null) {
			filesPage.stopped("Reading was cancelled. The filing is unchanged.");
		} else if (failure != null) {
			filesPage.stopped("The workbooks could not be read (" + message(failure)
					+ "). The filing is unchanged.");
		} else if (filing != editor.getFiling()) {
			filesPage.stopped("The filing was reloaded while the workbooks were read. Nothing was imported; press "
					+ "Finish to import into the reloaded filing.");
		} else {
			apply(filing, results);
		}
		if (getContainer() != null) {
			getContainer().updateButtons();
		}
	}

	private void apply(Filing filing, List<CmrtImport.FileResult> results) {
		Optional<List<CmrtImport.Applied>> nothingNew = CmrtImport.alreadyImported(filing, results);
		if (nothingNew.isPresent()) {
			// no file brings anything new: no command, so the filing does not become dirty for nothing
			showSummary(new ImportSummary(results, nothingNew.get()));
			return;
		}
		UndoableChange<List<CmrtImport.Applied>> change = new UndoableChange<>(filing, "Import CMRT Workbooks",
				() -> CmrtImport.apply(filing, results));
		editor.getEditingDomain().getCommandStack().execute(change);
		if (change.failure() != null) {
			filesPage.stopped("The responses could not be added to the filing (" + message(change.failure())
					+ "). The filing is unchanged.");
			return;
		}
		showSummary(new ImportSummary(results, change.result()));
	}

	private void showSummary(ImportSummary done) {
		summary = done;
		summaryPage.show(done);
		getContainer().showPage(summaryPage);
	}

	private static String message(RuntimeException e) {
		return e.getMessage() == null || e.getMessage().isBlank() ? "an internal error" : e.getMessage();
	}
}
