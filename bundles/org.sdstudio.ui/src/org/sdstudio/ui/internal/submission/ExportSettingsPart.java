package org.sdstudio.ui.internal.submission;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.ui.internal.Prompts;

/** Where and how the EDGAR package is written (remembered per filing), and the Export buttons. */
final class ExportSettingsPart {

	private final SubmissionPage page;
	private Text folderText;
	private Button draftButton;
	private Button pageBreaksButton;

	ExportSettingsPart(SubmissionPage page, FormToolkit toolkit, Composite body) {
		this.page = page;
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText("Export");
		section.setDescription("Where the EDGAR package is written; remembered for this filing.");
		section.setLayoutData(SubmissionPage.narrow());
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(3, false));
		section.setClient(client);

		ExportSettings settings = ExportSettings.of(page.getFilingEditor().getFile());
		toolkit.createLabel(client, "Output folder:");
		folderText = toolkit.createText(client, settings.folder().toString(), SWT.SINGLE);
		folderText.setData("name", "export.folder");
		GridData folderData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		folderData.widthHint = 150;
		folderText.setLayoutData(folderData);
		folderText.addListener(SWT.FocusOut, event -> saveSettings());
		Button browse = toolkit.createButton(client, "Browse...", SWT.PUSH);
		browse.setData("name", "export.browse");
		browse.addListener(SWT.Selection, event -> browseFolder());

		draftButton = toolkit.createButton(client, "Draft for review (marked DRAFT, no submission.xml)", SWT.CHECK);
		draftButton.setToolTipText("A review copy: exported even when the filing has errors; not for EDGAR");
		draftButton.setData("name", "export.draft");
		draftButton.setSelection(settings.draft());
		draftButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		draftButton.addListener(SWT.Selection, event -> saveSettings());
		pageBreaksButton = toolkit.createButton(client, "Print page breaks", SWT.CHECK);
		pageBreaksButton.setData("name", "export.pageBreaks");
		pageBreaksButton.setSelection(settings.pageBreaks());
		pageBreaksButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		pageBreaksButton.addListener(SWT.Selection, event -> saveSettings());

		Composite buttons = toolkit.createComposite(client);
		buttons.setLayout(new GridLayout(2, false));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		Button export = toolkit.createButton(buttons, "Export", SWT.PUSH);
		export.setData("name", "export.run");
		export.setToolTipText("Exports with these settings and the file name prefix of the submission data");
		export.addListener(SWT.Selection, event -> exportNow());
		Button wizard = toolkit.createButton(buttons, "Export Wizard...", SWT.PUSH);
		wizard.setData("name", "export.wizard");
		wizard.addListener(SWT.Selection, event -> new WizardDialog(page.getSite().getShell(),
				new ExportWizard(page.getFilingEditor())).open());
		toolkit.paintBordersFor(client);
	}

	private void browseFolder() {
		String chosen = ExportSettings.chooseFolder(page.getSite().getShell(), folderText.getText());
		if (chosen != null) {
			folderText.setText(chosen);
			saveSettings();
		}
	}

	/** The page's export settings; null (with the reason shown) when the folder is not a usable path. */
	private ExportSettings currentSettings() {
		String folder = folderText.getText().strip();
		Path path;
		try {
			path = folder.isEmpty() ? ExportSettings.defaultFolder(page.getFilingEditor().getFile())
					: Path.of(folder).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
		return new ExportSettings(path, draftButton.getSelection(), pageBreaksButton.getSelection());
	}

	private void saveSettings() {
		ExportSettings settings = currentSettings();
		if (settings != null) {
			settings.save(page.getFilingEditor().getFile());
		}
	}

	/** Export with the page's settings and the filing's own prefix, off the UI thread with progress and cancel. */
	ExportRun.Outcome exportNow() {
		page.getFilingEditor().commitPendingEdits();
		ExportSettings settings = currentSettings();
		if (settings == null) {
			Prompts.error(page.getSite().getShell(), "Export Failed", "'"
					+ folderText.getText().strip() + "' is not a folder name this computer accepts. Choose the "
					+ "output folder with Browse... and export again.");
			return ExportRun.Outcome.FAILED;
		}
		settings.save(page.getFilingEditor().getFile());
		ExportRun run = new ExportRun(page.getFiling(), settings.folder(),
				new ExportOptions(null, settings.draft(), settings.pageBreaks()));
		return run.runAndReport(runnable -> PlatformUI.getWorkbench().getProgressService().run(true, true, runnable),
				page.getSite().getShell(), page.getFilingEditor());
	}
}
