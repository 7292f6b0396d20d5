package org.sdstudio.ui.internal.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.ui.internal.Prompts;

/** First page of the CMRT import: the workbooks to read (files or whole folders), then the reading's progress. */
final class CmrtFilesPage extends WizardPage {

	private final Set<Path> files = new LinkedHashSet<>();
	private TableViewer list;
	private Label status;
	private ProgressBar progress;
	private Button cancelReading;
	private Button addFiles;
	private Button addFolder;
	private Button remove;
	private final Runnable onCancelReading;

	CmrtFilesPage(Runnable onCancelReading) {
		super("files");
		this.onCancelReading = onCancelReading;
		setTitle("Import CMRT Workbooks");
		setDescription("Choose suppliers' CMRT workbooks (.xlsx), or a folder to import all workbooks in it.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(5, 5).applyTo(page);

		list = new TableViewer(page, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
		list.getTable().setData("name", "files");
		list.getTable().setHeaderVisible(true);
		list.setContentProvider(ArrayContentProvider.getInstance());
		column("File", 260, file -> file.getFileName().toString());
		column("Folder", 300, file -> file.getParent() == null ? "" : file.getParent().toString());
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 240).applyTo(list.getControl());

		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		addFiles = button(buttons, "Add Files...", "addFiles");
		addFiles.addListener(SWT.Selection, e -> chooseFiles());
		addFolder = button(buttons, "Add Folder...", "addFolder");
		addFolder.addListener(SWT.Selection, e -> chooseFolder());
		remove = button(buttons, "Remove", "remove");
		remove.addListener(SWT.Selection, e -> {
			for (Object selected : list.getStructuredSelection().toList()) {
				files.remove(selected);
			}
			filesChanged();
		});
		list.addSelectionChangedListener(e -> remove.setEnabled(!e.getStructuredSelection().isEmpty()));

		status = new Label(page, SWT.WRAP);
		status.setData("name", "readingStatus");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
		progress = new ProgressBar(page, SWT.HORIZONTAL | SWT.SMOOTH);
		progress.setData("name", "readingProgress");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		cancelReading = new Button(page, SWT.PUSH);
		cancelReading.setText("Cancel Reading");
		cancelReading.setData("name", "cancelReading");
		cancelReading.addListener(SWT.Selection, e -> onCancelReading.run());
		setReading(false);
		filesChanged();
		setControl(page);
	}

	private void column(String title, int width, java.util.function.Function<Path, String> text) {
		TableViewerColumn column = new TableViewerColumn(list, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Path) element);
			}
		});
	}

	private static Button button(Composite parent, String text, String name) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData("name", name);
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Add CMRT Workbooks");
		dialog.setFilterExtensions(new String[] { "*.xlsx;*.xlsm;*.xls", "*.*" });
		dialog.setFilterNames(new String[] { "CMRT workbooks (*.xlsx, *.xlsm, *.xls)", "All files" });
		if (dialog.open() == null) {
			return;
		}
		List<Path> chosen = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			chosen.add(Path.of(dialog.getFilterPath(), name));
		}
		addFiles(chosen);
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Add a Folder of CMRT Workbooks");
		dialog.setMessage("All .xlsx workbooks in the folder are imported (subfolders are not searched).");
		String chosen = dialog.open();
		if (chosen != null) {
			addFolder(Path.of(chosen));
		}
	}

	/** Adds the workbooks of {@code folder} (what Add Folder does after its dialog). */
	void addFolder(Path folder) {
		try {
			List<Path> found = CmrtImport.expand(List.of(folder));
			if (found.isEmpty()) {
				Prompts.info(getShell(), "No Workbooks Found",
						"The folder " + folder + " holds no .xlsx workbooks. Choose another folder or add files.");
			}
			addFiles(found);
		} catch (IOException e) {
			Prompts.error(getShell(), "Folder Not Readable", "The folder " + folder + " could not be listed ("
					+ e.getMessage() + "). Check that it exists and that you may read it.");
		}
	}

	/** Adds files to the list (what Add Files does after its dialog). */
	void addFiles(List<Path> chosen) {
		for (Path file : chosen) {
			files.add(file.toAbsolutePath().normalize());
		}
		filesChanged();
	}

	List<Path> files() {
		return List.copyOf(files);
	}

	private void filesChanged() {
		list.setInput(files.toArray());
		remove.setEnabled(!((IStructuredSelection) list.getSelection()).isEmpty());
		long missing = files.stream().filter(f -> !Files.isRegularFile(f)).count();
		if (files.isEmpty()) {
			setMessage(null);
			setErrorMessage(null);
		} else if (missing > 0) {
			setMessage(missing + " of the files no longer exist; they will be reported as not imported.", WARNING);
		} else {
			setMessage(files.size() + (files.size() == 1 ? " workbook" : " workbooks")
					+ " to import. Press Finish to read them.");
		}
		setPageComplete(!files.isEmpty());
		if (getContainer() != null && getContainer().getCurrentPage() != null) {
			getContainer().updateButtons();
		}
	}

	/** Switches between choosing files and reading them (the list is locked while the job runs). */
	void setReading(boolean reading) {
		addFiles.setEnabled(!reading);
		addFolder.setEnabled(!reading);
		remove.setEnabled(!reading && !list.getStructuredSelection().isEmpty());
		progress.setVisible(reading);
		cancelReading.setVisible(reading);
		cancelReading.setEnabled(reading);
		if (reading) {
			progress.setSelection(0);
			status.setText("Reading the workbooks... The filing changes only when all are read.");
		}
		status.getParent().layout(true, true);
	}

	/** Moves the progress bar (on the UI thread). */
	void progress(String task, int done, int total) {
		if (progress.isDisposed()) {
			return;
		}
		progress.setMaximum(Math.max(1, total));
		progress.setSelection(done);
		String file = task.replaceFirst("^reading ", "");
		status.setText("Reading " + Math.min(done + 1, total) + " of " + total + ": " + file);
	}

	/** Reading was asked to stop: the workbook being read is finished first, then nothing is applied. */
	void stopping() {
		cancelReading.setEnabled(false);
		status.setText("Stopping the reading... Nothing will be imported.");
	}

	/** Says why reading stopped (cancelled, failed); the files stay in the list. */
	void stopped(String message) {
		setReading(false);
		status.setText(message);
		status.getParent().layout(true, true);
	}

	String statusText() {
		return status.getText();
	}

	@Override
	public boolean canFlipToNextPage() {
		// the summary page is reached by Finish only
		return false;
	}
}
