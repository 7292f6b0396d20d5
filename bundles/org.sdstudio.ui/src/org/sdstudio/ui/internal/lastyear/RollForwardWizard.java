package org.sdstudio.ui.internal.lastyear;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchWindow;
import org.sdstudio.importer.ImportFinding;
import org.sdstudio.importer.RollForward;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.ui.internal.review.ReviewerName;

/**
 * Roll Forward to Next Year: a saved filing, the year to roll to and where to save; a summary of every change made
 * and every finding raised; the new filing is saved and opened. The filing rolled forward is left as it is.
 */
public class RollForwardWizard extends Wizard {

	private final IWorkbenchWindow window;
	private final Path initial;
	private ChoicePage choice;
	private SummaryPage summary;
	private RollForward.Result result;

	/** @param initial the filing to start from (the active editor's), or null */
	public RollForwardWizard(IWorkbenchWindow window, Path initial) {
		this.window = window;
		this.initial = initial;
		setWindowTitle("Roll Forward to Next Year");
	}

	@Override
	public void addPages() {
		choice = new ChoicePage();
		summary = new SummaryPage();
		addPage(choice);
		addPage(summary);
	}

	@Override
	public boolean canFinish() {
		return result != null && getContainer().getCurrentPage() == summary;
	}

	@Override
	public boolean performFinish() {
		return NewFilingFile.saveAndOpen(window, result.filing(), choice.target(), summary);
	}

	private final class ChoicePage extends WizardPage {
		private Text source;
		private Spinner year;
		private Text target;
		private Button keepComments;
		private Filing loaded;
		private boolean targetEdited;

		ChoicePage() {
			super("choice", "Roll Forward to Next Year", null);
			setDescription("Next year's filing from a saved one: year, period and deadline move on; suppliers, status lists"
					+ " and Annex A stay, marked as last year's; every part's review starts again from its filed text.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(3, false));
			new Label(c, SWT.NONE).setText("&Filing:");
			source = new Text(c, SWT.BORDER);
			source.setData("name", "source");
			source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(c, SWT.PUSH);
			browse.setText("&Browse...");
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.sdfiling" });
				String file = dialog.open();
				if (file != null) {
					source.setText(file);
				}
			});
			new Label(c, SWT.NONE).setText("&Year:");
			year = new Spinner(c, SWT.BORDER);
			year.setData("name", "year");
			year.setValues(2026, 2014, 2100, 0, 1, 1);
			year.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
			new Label(c, SWT.NONE).setText("&Save as:");
			target = new Text(c, SWT.BORDER);
			target.setData("name", "target");
			target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			new Label(c, SWT.NONE).setText("Review:");
			keepComments = new Button(c, SWT.CHECK);
			keepComments.setData("name", "keepComments");
			keepComments.setText("&Keep open review comments");
			keepComments.setToolTipText("Every part goes back to Draft with its filed text kept as a revision \"As filed\";"
					+ " last year's comments are dropped unless the open ones are kept here (resolved ones always go).");
			keepComments.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
			source.addListener(SWT.Modify, e -> load());
			year.addListener(SWT.Modify, e -> {
				proposeTarget();
				validate();
			});
			target.addListener(SWT.Modify, e -> {
				if (target.isFocusControl()) {
					targetEdited = true;
				}
				validate();
			});
			setControl(c);
			if (initial != null) {
				source.setText(initial.toString());
			} else {
				setPageComplete(false);
			}
		}

		private void load() {
			loaded = null;
			try {
				Path file = Path.of(source.getText().strip());
				if (Files.isRegularFile(file)) {
					loaded = FilingFiles.load(file);
					year.setMinimum(loaded.getReportingYear() + 1);
					year.setSelection(loaded.getReportingYear() + 1);
				}
			} catch (FilingFileException | RuntimeException e) {
				setErrorMessage(e.getMessage());
			}
			proposeTarget();
			validate();
		}

		private void proposeTarget() {
			if (targetEdited || loaded == null) {
				return;
			}
			Path file = Path.of(source.getText().strip());
			String prefix = loaded.getSubmission() != null && loaded.getSubmission().getFileNamePrefix() != null
					? loaded.getSubmission().getFileNamePrefix() : "filing";
			target.setText(file.resolveSibling(prefix + "-" + year.getSelection() + ".sdfiling").toString());
		}

		private void validate() {
			String message = null;
			if (loaded == null) {
				message = source.getText().isBlank() ? null : "Choose a readable .sdfiling file.";
			} else if (!target.getText().strip().endsWith(".sdfiling")) {
				message = "Name the new filing file (.sdfiling).";
			} else if (Files.exists(target())) {
				message = target().getFileName() + " already exists: choose another name.";
			}
			setErrorMessage(message);
			setPageComplete(loaded != null && message == null);
		}

		Path target() {
			return Path.of(target.getText().strip());
		}

		@Override
		public IWizardPage getNextPage() {
			return isPageComplete() ? summary : null;
		}
	}

	private final class SummaryPage extends WizardPage {
		private Tree tree;

		SummaryPage() {
			super("summary", "Summary", null);
			setDescription("Every change made and every finding raised; Finish saves the new filing and opens it.");
		}

		@Override
		public void createControl(Composite parent) {
			tree = PreviewTree.create(parent, "summary");
			setControl(tree.getParent());
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				result = RollForward.of(choice.loaded, choice.year.getSelection(), choice.keepComments.getSelection(),
						ReviewerName.current());
				PreviewTree.clear(tree);
				var changes = PreviewTree.item(tree, "Changes from " + result.fromYear() + " to " + result.toYear());
				result.changes().forEach(c -> PreviewTree.child(changes, c));
				var findings = PreviewTree.item(tree, "Findings to check: " + result.findings().size());
				for (ImportFinding f : result.findings()) {
					PreviewTree.child(findings, f.where() + ": " + f.message());
				}
				PreviewTree.expand(tree);
				getContainer().updateButtons();
			}
		}
	}
}
