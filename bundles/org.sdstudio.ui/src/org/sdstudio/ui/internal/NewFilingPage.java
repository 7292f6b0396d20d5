package org.sdstudio.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.sdstudio.model.templates.FilingTemplates;

/** The one page of New Filing. Field names are set as widget data ("name") so workbench tests can fill them. */
class NewFilingPage extends WizardPage {

	private final int defaultYear;
	private Text registrant;
	private Spinner year;
	private Button blank;
	private Button example;
	private Button exampleWithSuppliers;
	private Text folder;
	private Text fileName;
	private boolean fileNameEdited;

	NewFilingPage(int defaultYear) {
		super("newFiling");
		this.defaultYear = defaultYear;
		setTitle("New Form SD Filing");
		setDescription("The registrant and the calendar year the report covers (filed by May 31 of the next year).");
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));

		label(area, "&Registrant (exact name as in its charter):");
		registrant = new Text(area, SWT.BORDER);
		registrant.setData("name", "registrant");
		registrant.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		label(area, "Reporting &year:");
		year = new Spinner(area, SWT.BORDER);
		year.setData("name", "year");
		year.setValues(defaultYear, 2013, 2100, 0, 1, 1);
		year.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));

		label(area, "Start from:");
		Composite choice = new Composite(area, SWT.NONE);
		choice.setLayout(new GridLayout(1, false));
		choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		blank = new Button(choice, SWT.RADIO);
		blank.setText("A &blank filing: the cover, Items 1.01 and 1.02 and the report's sections, to be written");
		blank.setData("name", "blank");
		blank.setSelection(true);
		example = new Button(choice, SWT.RADIO);
		example.setText("The &example filing: a complete report and Annex A to adapt (its text names a fictional company)");
		example.setData("name", "example");
		exampleWithSuppliers = new Button(choice, SWT.RADIO);
		exampleWithSuppliers.setText("The example with its &suppliers' CMRT responses and a status list imported, "
				+ "to try the supplier intake and the Annex A rebuild");
		exampleWithSuppliers.setData("name", "exampleWithSuppliers");

		label(area, "&Folder:");
		folder = new Text(area, SWT.BORDER);
		folder.setData("name", "folder");
		folder.setText(System.getProperty("user.home"));
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(area, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});

		label(area, "File &name:");
		fileName = new Text(area, SWT.BORDER);
		fileName.setData("name", "fileName");
		fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		registrant.addListener(SWT.Modify, event -> {
			if (!fileNameEdited) {
				fileName.setText(suggestedName());
				fileNameEdited = false;
			}
			validate();
		});
		year.addListener(SWT.Modify, event -> {
			if (!fileNameEdited) {
				fileName.setText(suggestedName());
				fileNameEdited = false;
			}
			validate();
		});
		fileName.addListener(SWT.KeyDown, event -> fileNameEdited = true);
		fileName.addListener(SWT.Modify, event -> validate());
		folder.addListener(SWT.Modify, event -> validate());
		setControl(area);
		setPageComplete(false);
		registrant.setFocus();
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private String suggestedName() {
		String name = registrant.getText().isBlank() ? "filing"
				: FilingTemplates.prefixFor(registrant.getText().trim());
		return name + "-" + year.getSelection() + ".sdfiling";
	}

	private void validate() {
		String problem = null;
		if (registrant.getText().isBlank()) {
			problem = "Enter the registrant's name.";
		} else if (folder.getText().isBlank()) {
			problem = "Choose the folder to keep the filing in.";
		} else if (fileName.getText().isBlank() || fileName.getText().contains("/")) {
			problem = "Enter a file name (without folders).";
		} else if (Files.exists(file())) {
			problem = file().getFileName() + " already exists in that folder.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	String registrant() {
		return registrant.getText().trim();
	}

	int year() {
		return year.getSelection();
	}

	NewFilingWizard.Start start() {
		return exampleWithSuppliers.getSelection() ? NewFilingWizard.Start.EXAMPLE_WITH_SUPPLIERS
				: example.getSelection() ? NewFilingWizard.Start.EXAMPLE : NewFilingWizard.Start.BLANK;
	}

	Path file() {
		String name = fileName.getText().trim();
		return Path.of(folder.getText().trim()).resolve(name.endsWith(".sdfiling") ? name : name + ".sdfiling");
	}
}
