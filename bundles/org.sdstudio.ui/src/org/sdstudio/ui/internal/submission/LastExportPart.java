package org.sdstudio.ui.internal.submission;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.edgar.ExportedFile;
import org.sdstudio.edgar.HtmlViolation;
import org.sdstudio.model.Finding;
import org.sdstudio.ui.internal.Prompts;

/**
 * The last export of this session: its files with their EDGAR check, the rule violations of a draft, or the errors
 * that refused a final export (double-click one to go to its field); and the previews.
 */
final class LastExportPart {

	private final SubmissionPage page;
	private Label summary;
	private TableViewer filesViewer;
	private TableViewer violationsViewer;
	private TableViewer errorsViewer;
	private Composite lastExportClient;

	LastExportPart(SubmissionPage page, FormToolkit toolkit, Composite body) {
		this.page = page;
		Section section = toolkit.createSection(body, Section.TITLE_BAR);
		section.setText("Last Export");
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		lastExportClient = toolkit.createComposite(section);
		lastExportClient.setLayout(new GridLayout(1, false));
		section.setClient(lastExportClient);

		summary = toolkit.createLabel(lastExportClient, "", SWT.WRAP);
		summary.setData("name", "lastExport.summary");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		filesViewer = table(lastExportClient, "lastExport.files", 6);
		column(filesViewer, "File", 220, (ExportedFile f) -> f.name());
		column(filesViewer, "Size", 120, (ExportedFile f) -> String.format("%,d bytes", f.size()));
		column(filesViewer, "Document type", 130, ExportedFile::documentType);
		column(filesViewer, "EDGAR check", 260, LastExportPart::checkResult);

		violationsViewer = table(lastExportClient, "lastExport.violations", 8);
		column(violationsViewer, "File", 200, HtmlViolation::file);
		column(violationsViewer, "Line", 50, (HtmlViolation v) -> Integer.toString(v.line()));
		column(violationsViewer, "Column", 60, (HtmlViolation v) -> Integer.toString(v.column()));
		column(violationsViewer, "Rule", 150, (HtmlViolation v) -> v.rule().code());
		column(violationsViewer, "Problem", 420, HtmlViolation::message);

		errorsViewer = table(lastExportClient, "lastExport.errors", 8);
		column(errorsViewer, "Field", 240, FindingLabels::fieldOf);
		column(errorsViewer, "Problem", 560, Finding::getMessage);
		errorsViewer.addDoubleClickListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof Finding finding) {
				revealFinding(finding);
			}
		});

		Composite buttons = toolkit.createComposite(lastExportClient);
		buttons.setLayout(new GridLayout(2, false));
		Button previewSd = toolkit.createButton(buttons, "Preview Form SD", SWT.PUSH);
		previewSd.setData("name", "preview.sd");
		previewSd.addListener(SWT.Selection, event -> Preview.show(page.getSite().getShell(), page.getFilingEditor(),
				Preview.Document.FORM_SD));
		Button previewExhibit = toolkit.createButton(buttons, "Preview Exhibit 1.01", SWT.PUSH);
		previewExhibit.setData("name", "preview.ex101");
		previewExhibit.addListener(SWT.Selection, event -> Preview.show(page.getSite().getShell(), page.getFilingEditor(),
				Preview.Document.EXHIBIT_101));
	}

	private static TableViewer table(Composite parent, String name, int rows) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setData("name", name);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = viewer.getTable().getItemHeight() * rows + viewer.getTable().getHeaderHeight();
		viewer.getTable().setLayoutData(data);
		return viewer;
	}

	private static <T> void column(TableViewer viewer, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				String value = text.apply((T) element);
				return value == null ? "" : value;
			}
		});
	}

	static String checkResult(ExportedFile file) {
		if ("submission".equals(file.documentType())) {
			// a written package's submission.xml can only fall short by lacking the CCC (the export refuses the rest)
			return file.violations().isEmpty() ? "valid against the submission schema" : "lacks the CCC";
		}
		int count = file.violations().size();
		return count == 0 ? "passed: 0 violations" : SubmissionPage.plural(count, "violation") + " of EDGAR's rules";
	}

	void show() {
		if (summary.isDisposed()) {
			return;
		}
		ExportResult result = page.getFilingEditor().getLastExport();
		List<ExportedFile> files = result == null ? List.of() : result.files();
		List<HtmlViolation> violations = result == null ? List.of() : result.violations();
		List<Finding> errors = result == null ? List.of() : result.blockingErrors();
		if (result == null) {
			summary.setText("Not exported yet in this session. Export writes the Form SD, Exhibit 1.01 and "
					+ "submission.xml; Preview makes a draft when there is no export.");
		} else if (!result.isWritten()) {
			summary.setText("The final export into " + result.folder() + " was refused: the filing has "
					+ SubmissionPage.plural(errors.size(), "error") + " (below; double-click one to go to its field). Nothing was "
					+ "written.");
		} else {
			summary.setText((result.draft() ? "A DRAFT review copy (not for filing with EDGAR)"
					: "The EDGAR package") + " was written into " + result.folder() + ": " + SubmissionPage.plural(files.size(),
							"file") + ", " + (violations.isEmpty() ? "no EDGAR rule violations."
									: SubmissionPage.plural(violations.size(), "EDGAR rule violation") + " (below)."));
		}
		filesViewer.setInput(files);
		violationsViewer.setInput(violations);
		errorsViewer.setInput(errors);
		show(filesViewer, !files.isEmpty());
		show(violationsViewer, !violations.isEmpty());
		show(errorsViewer, !errors.isEmpty());
		lastExportClient.layout(true, true);
		if (page.getManagedForm() != null) {
			page.getManagedForm().reflow(true);
		}
	}

	private static void show(TableViewer viewer, boolean visible) {
		viewer.getTable().setVisible(visible);
		((GridData) viewer.getTable().getLayoutData()).exclude = !visible;
	}

	private void revealFinding(Finding finding) {
		EObject subject = finding.getSubject();
		String field = finding.getField();
		String feature = field == null ? null : field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
		boolean shown = subject != null && subject.eResource() != null && page.getFilingEditor().reveal(subject,
				subject.eClass().getEStructuralFeature(feature) == null ? null : feature);
		if (!shown) {
			Prompts.info(page.getSite().getShell(), "Where to Fix It", finding.getMessage() + "\n\nThis is edited on "
					+ "another page of the filing" + (field == null ? "." : ": " + FindingLabels.fieldOf(finding) + "."));
		}
	}
}
