package org.sdstudio.ui.internal.submission;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sdstudio.model.validation.FilingFormats;

/**
 * The one page of the export wizard: folder, prefix, draft or final, page breaks, and for a final export the filer's
 * CCC (a password field: used for this export's submission.xml only, never stored or remembered).
 */
public class ExportWizardPage extends WizardPage {

	private final ExportSettings initial;
	private final String initialPrefix;
	private Text folderText;
	private Text prefixText;
	private Button draftButton;
	private Button pageBreaksButton;
	private Text cccText;

	ExportWizardPage(ExportSettings initial, String initialPrefix) {
		super("export");
		this.initial = initial;
		this.initialPrefix = initialPrefix == null ? "" : initialPrefix;
		setTitle("Export EDGAR Package");
		setDescription("Writes the Form SD, Exhibit 1.01 and submission.xml into a folder, checked against "
				+ "EDGAR's rules.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));

		new Label(body, SWT.NONE).setText("Output &folder:");
		folderText = new Text(body, SWT.BORDER);
		folderText.setData("name", "export.folder");
		folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folderText.setText(initial.folder().toString());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> browse());

		new Label(body, SWT.NONE).setText("File name &prefix:");
		prefixText = new Text(body, SWT.BORDER);
		prefixText.setData("name", "export.prefix");
		prefixText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		prefixText.setText(initialPrefix);
		prefixText.setMessage("e.g. acme for acme-sd.htm");

		draftButton = new Button(body, SWT.CHECK);
		draftButton.setData("name", "export.draft");
		draftButton.setText("&Draft for review: exported even with errors, marked DRAFT, no submission.xml");
		draftButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		draftButton.setSelection(initial.draft());

		pageBreaksButton = new Button(body, SWT.CHECK);
		pageBreaksButton.setData("name", "export.pageBreaks");
		pageBreaksButton.setText("Print page &breaks (before the signatures, Annex A and marked sections)");
		pageBreaksButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		pageBreaksButton.setSelection(initial.pageBreaks());

		new Label(body, SWT.NONE).setText("Filer's &CCC:");
		cccText = new Text(body, SWT.BORDER | SWT.PASSWORD);
		cccText.setData("name", "export.ccc");
		cccText.setTextLimit(8);
		cccText.setMessage("8 characters, for submission.xml; never stored");
		cccText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		draftButton.addListener(SWT.Selection, event -> validate());

		Label note = new Label(body, SWT.WRAP);
		note.setText("Files of an earlier package with the same names are replaced; other files in the folder are "
				+ "left alone. If the export fails, nothing is written.");
		GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		noteData.widthHint = 480;
		note.setLayoutData(noteData);

		folderText.addListener(SWT.Modify, event -> validate());
		prefixText.addListener(SWT.Modify, event -> validate());
		cccText.addListener(SWT.Modify, event -> validate());
		setControl(body);
		validate();
	}

	private void browse() {
		String chosen = ExportSettings.chooseFolder(getShell(), folderText.getText());
		if (chosen != null) {
			folderText.setText(chosen);
		}
	}

	private void validate() {
		String problem = null;
		String folder = folderText.getText().strip();
		String prefix = prefixText.getText().strip();
		boolean draft = draftButton.getSelection();
		cccText.setEnabled(!draft);
		String ccc = cccText.getText();
		if (folder.isEmpty()) {
			problem = "Choose the folder the package is written into.";
		} else if (toPath(folder) == null) {
			problem = "'" + folder + "' is not a folder name this computer accepts.";
		} else if (prefix.isEmpty()) {
			problem = "Enter the file name prefix (e.g. acme for acme-sd.htm).";
		} else if (!FilingFormats.isFileNamePrefix(prefix)) {
			problem = "The prefix may have at most 20 lower-case letters, digits, '-' or '_', starting with a "
					+ "letter or digit.";
		} else if (!draft && !ccc.isEmpty() && ccc.length() != 8) {
			problem = "The CCC has 8 characters.";
		}
		if (!draft && ccc.isEmpty()) {
			setMessage("Without the CCC, submission.xml is written without it and says so; give it to make the "
					+ "package ready to file.", IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private static Path toPath(String text) {
		try {
			return Path.of(text).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The choices made on the page. */
	public ExportSettings settings() {
		return new ExportSettings(toPath(folderText.getText().strip()), draftButton.getSelection(),
				pageBreaksButton.getSelection());
	}

	public String prefix() {
		return prefixText.getText().strip();
	}

	/** The CCC typed for this export (null for a draft or when none was typed). */
	public String ccc() {
		return draftButton.getSelection() || cccText.getText().isEmpty() ? null : cccText.getText();
	}
}
