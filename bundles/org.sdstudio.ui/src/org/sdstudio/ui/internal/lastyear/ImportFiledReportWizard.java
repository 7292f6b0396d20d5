package org.sdstudio.ui.internal.lastyear;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchWindow;
import org.sdstudio.importer.DocxImport;
import org.sdstudio.importer.EdgarImport;
import org.sdstudio.importer.ImportException;
import org.sdstudio.importer.ImportFinding;
import org.sdstudio.importer.ImportResult;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.text.StructuredTexts;

/**
 * Import Filed Report: last year's filing from its EDGAR HTML (the Form SD and its exhibit, the submission text
 * file or a folder) or a report from Word; a preview of what was found; the new filing is saved and opened.
 */
public class ImportFiledReportWizard extends Wizard {

	private final IWorkbenchWindow window;
	private SourcePage source;
	private PreviewPage preview;
	private ImportResult result;

	public ImportFiledReportWizard(IWorkbenchWindow window) {
		this.window = window;
		setWindowTitle("Import Filed Report");
	}

	@Override
	public void addPages() {
		source = new SourcePage();
		preview = new PreviewPage();
		addPage(source);
		addPage(preview);
	}

	@Override
	public boolean canFinish() {
		return result != null && getContainer().getCurrentPage() == preview;
	}

	@Override
	public boolean performFinish() {
		return NewFilingFile.saveAndOpen(window, result.filing(), source.target(), preview);
	}

	/** Runs the import of the chosen files; the preview shows the result or the one-line reason it failed. */
	void runImport() {
		result = null;
		try {
			List<Path> files = source.files();
			boolean word = files.size() == 1 && files.get(0).toString().toLowerCase(Locale.ROOT).endsWith(".docx");
			result = word ? DocxImport.read(files.get(0)) : EdgarImport.read(files);
			preview.setErrorMessage(null);
		} catch (ImportException e) {
			preview.setErrorMessage(e.getMessage());
		}
		preview.show(result);
		getContainer().updateButtons();
	}

	private final class SourcePage extends WizardPage {
		private Text files;
		private Text target;

		SourcePage() {
			super("source", "Import Filed Report", null);
			setDescription("Last year's Form SD and Conflict Minerals Report as filed on EDGAR (any filing agent's HTML,"
					+ " or the submission text file), or a report written in Word.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(3, false));
			new Label(c, SWT.NONE).setText("&Files:");
			files = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
			files.setData("name", "files");
			files.setToolTipText("One file or folder a line: the .htm documents, the submission .txt, a folder, or one .docx");
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.heightHint = 80;
			data.widthHint = 420;
			files.setLayoutData(data);
			Composite buttons = new Composite(c, SWT.NONE);
			buttons.setLayout(new GridLayout(1, true));
			Button addFiles = new Button(buttons, SWT.PUSH);
			addFiles.setText("Add Fi&les...");
			addFiles.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
				dialog.setFilterExtensions(new String[] { "*.htm;*.html;*.txt;*.docx", "*.*" });
				if (dialog.open() != null) {
					for (String name : dialog.getFileNames()) {
						append(Path.of(dialog.getFilterPath(), name).toString());
					}
				}
			});
			Button addFolder = new Button(buttons, SWT.PUSH);
			addFolder.setText("Add F&older...");
			addFolder.addListener(SWT.Selection, e -> {
				String folder = new DirectoryDialog(getShell()).open();
				if (folder != null) {
					append(folder);
				}
			});
			new Label(c, SWT.NONE).setText("&Save as:");
			target = new Text(c, SWT.BORDER);
			target.setData("name", "target");
			target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			files.addListener(SWT.Modify, e -> validate());
			target.addListener(SWT.Modify, e -> validate());
			setControl(c);
			setPageComplete(false);
		}

		private void append(String path) {
			files.setText(files.getText().isBlank() ? path : files.getText().strip() + "\n" + path);
		}

		private void validate() {
			String message = null;
			if (files().isEmpty()) {
				message = "Name the files to import.";
			} else if (!target.getText().strip().endsWith(".sdfiling")) {
				message = "Name the new filing file (.sdfiling).";
			} else if (Files.exists(target())) {
				message = target().getFileName() + " already exists: choose another name.";
			}
			setErrorMessage(files().isEmpty() ? null : message);
			setPageComplete(message == null);
		}

		List<Path> files() {
			List<Path> paths = new ArrayList<>();
			files.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> paths.add(Path.of(s)));
			return paths;
		}

		Path target() {
			return Path.of(target.getText().strip());
		}

		@Override
		public org.eclipse.jface.wizard.IWizardPage getNextPage() {
			return isPageComplete() ? preview : null;
		}
	}

	private final class PreviewPage extends WizardPage {
		private Tree tree;

		PreviewPage() {
			super("preview", "What Was Found", null);
			setDescription("The cover fields, the report's sections with their words, Annex A by metal and the findings.");
		}

		@Override
		public void createControl(Composite parent) {
			tree = PreviewTree.create(parent, "preview");
			setControl(tree.getParent());
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				runImport();
			}
		}

		void show(ImportResult r) {
			PreviewTree.clear(tree);
			if (r == null) {
				return;
			}
			Filing f = r.filing();
			var cover = PreviewTree.item(tree, "Cover: " + f.getRegistrant().getName() + ", Form " + f.getFormType().getLiteral()
					+ " for " + f.getReportingYear());
			PreviewTree.child(cover, "State of incorporation: " + f.getRegistrant().getStateOfIncorporation());
			PreviewTree.child(cover, "Commission File Number: " + f.getRegistrant().getCommissionFileNumber());
			PreviewTree.child(cover, "IRS Employer Identification No.: " + f.getRegistrant().getIrsEmployerNumber());
			var a = f.getRegistrant().getAddress();
			PreviewTree.child(cover, "Address: " + a.getStreet() + ", " + a.getCity() + ", " + a.getState() + " " + a.getZipCode());
			PreviewTree.child(cover, "Contact: " + f.getContact().getName() + ", " + f.getContact().getPhone());
			PreviewTree.child(cover, "Items: " + f.getFormSections().stream().flatMap(s -> s.getItems().stream())
					.map(i -> i.getNumber()).toList() + "; exhibits: " + f.getExhibits().size());
			PreviewTree.child(cover, "Signed by " + f.getSignature().getSignerName() + " on " + f.getSignature().getDate());
			var sections = PreviewTree.item(tree, "Report: " + f.getReport().getSections().size() + " sections");
			for (ReportSection s : f.getReport().getSections()) {
				var item = PreviewTree.child(sections, s.getTitle() + " (" + StructuredTexts.wordCount(s.getBody()) + " words)");
				for (ReportSection sub : s.getSubsections()) {
					PreviewTree.child(item, (sub.getNumber() != null ? sub.getNumber() + ". " : "") + sub.getTitle() + " ("
							+ StructuredTexts.wordCount(sub.getBody()) + " words)");
				}
			}
			var annex = PreviewTree.item(tree, "Annex A: " + f.getReport().getAnnexA().getRows().size() + " smelters and refiners");
			for (Metal metal : Metal.VALUES) {
				PreviewTree.child(annex, metal.getLiteral() + ": "
						+ f.getReport().getAnnexA().getRows().stream().filter(row -> row.getMetal() == metal).count());
			}
			var findings = PreviewTree.item(tree, "Findings: " + r.findings().size()
					+ (r.droppedLines() > 0 ? " (" + r.droppedLines() + " page numbers or footers dropped)" : ""));
			for (ImportFinding finding : r.findings()) {
				PreviewTree.child(findings, finding.toString());
			}
			PreviewTree.expand(tree);
		}
	}
}
