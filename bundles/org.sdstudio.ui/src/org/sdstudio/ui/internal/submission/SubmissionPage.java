package org.sdstudio.ui.internal.submission;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.SelectObservableValue;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.databinding.swt.ISWTObservableValue;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.edgar.ExportedFile;
import org.sdstudio.edgar.HtmlViolation;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.LiveTest;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SubmissionData;
import org.sdstudio.model.validation.FilingFormats;
import org.sdstudio.ui.internal.FieldLimits;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;

/**
 * The Submission page: EDGAR submission data (bound to the model, one command per edit, invalid values marked),
 * whether the filing is ready for a final export, the export settings with an Export button, and the last export:
 * its files with their EDGAR check, the rule violations of a draft, or the errors that refused a final export.
 */
public class SubmissionPage extends FilingEditorPage {

	public static final String ID = "submission";

	/** Typing pauses this long before the text becomes one command. */
	static final int TYPING_DELAY = 400;
	private static final int MAX_CONTACT_NAME = 30;
	private static final int MAX_CONTACT_PHONE = 20;
	private static final int MAX_EMAIL = 80;
	private static final int MAX_NOTIFICATION_EMAILS = 3;
	private static final int READINESS_DELAY = 500;

	// widgets of the current content (rebuilt with it)
	private final Map<String, Control> fieldControls = new HashMap<>();
	private final List<IObservableValue<?>> delayedTexts = new ArrayList<>();
	private Label readiness;
	private Text folderText;
	private Button draftButton;
	private Button pageBreaksButton;
	private Label summary;
	private TableViewer filesViewer;
	private TableViewer violationsViewer;
	private TableViewer errorsViewer;
	private Composite lastExportClient;
	private boolean readinessScheduled;

	public SubmissionPage(FilingEditor editor) {
		super(editor, ID, "Submission");
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		fieldControls.clear();
		delayedTexts.clear();
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(2, true));

		readiness = toolkit.createLabel(body, "", SWT.WRAP);
		readiness.setData("name", "readiness");
		readiness.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		createSubmissionSection(toolkit, body);
		createExportSection(toolkit, body);
		createLastExportSection(toolkit, body);

		CommandStackListener stackListener = event -> scheduleRefresh();
		getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		onDispose(() -> getEditingDomain().getCommandStack().removeCommandStackListener(stackListener));
		IPropertyListener exportListener = (source, property) -> {
			if (property == FilingEditor.PROP_LAST_EXPORT) {
				showLastExport();
			}
		};
		getFilingEditor().addPropertyListener(exportListener);
		onDispose(() -> getFilingEditor().removePropertyListener(exportListener));

		refreshReadiness();
		showLastExport();
	}

	// --- EDGAR submission data -----------------------------------------------------------------------------------

	private void createSubmissionSection(FormToolkit toolkit, Composite body) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText("EDGAR Submission Data");
		section.setDescription("The header EDGAR receives with the documents. The filer access code (CCC) is never "
				+ "stored; you enter it when you file.");
		section.setLayoutData(narrow());
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);

		Filing filing = getFiling();
		if (filing.getSubmission() == null) {
			Label none = toolkit.createLabel(client, "This filing has no EDGAR submission data yet.", SWT.WRAP);
			none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			Button add = toolkit.createButton(client, "Add Submission Data", SWT.PUSH);
			add.setData("name", "submission.add");
			add.addListener(SWT.Selection, event -> execute(SetCommand.create(getEditingDomain(), getFiling(),
					Literals.FILING__SUBMISSION, SdStudioFactory.eINSTANCE.createSubmissionData())));
		}

		toolkit.createLabel(client, "Submission type:");
		Composite radios = toolkit.createComposite(client);
		radios.setLayout(new GridLayout(2, false));
		Button test = toolkit.createButton(radios, "Test (EDGAR checks it, does not file it)", SWT.RADIO);
		test.setData("name", "submission.liveTest.test");
		Button live = toolkit.createButton(radios, "Live", SWT.RADIO);
		live.setData("name", "submission.liveTest.live");
		SelectObservableValue<LiveTest> liveTest = new SelectObservableValue<>(LiveTest.class);
		liveTest.addOption(LiveTest.TEST, WidgetProperties.buttonSelection().observe(test));
		liveTest.addOption(LiveTest.LIVE, WidgetProperties.buttonSelection().observe(live));
		IObservableValue<?> liveTestModel = EMFEditProperties.value(getEditingDomain(),
				path(Literals.SUBMISSION_DATA__LIVE_TEST)).observe(filing);
		bindings().bindValue(liveTest, liveTestModel);
		onDispose(liveTestModel::dispose);
		fieldControls.put(Literals.SUBMISSION_DATA__LIVE_TEST.getName(), test);

		Text name = boundText(toolkit, client, "Contact name:", Literals.SUBMISSION_DATA__CONTACT_NAME,
				v -> v.length() <= MAX_CONTACT_NAME, "EDGAR takes at most " + MAX_CONTACT_NAME + " characters.");
		name.setMessage("who EDGAR contacts about this submission");
		Text phone = boundText(toolkit, client, "Contact phone:", Literals.SUBMISSION_DATA__CONTACT_PHONE,
				v -> v.isEmpty() || v.length() <= MAX_CONTACT_PHONE && FilingFormats.isPhoneWithAreaCode(v),
				"Write the number with its area code, e.g. (303) 555-0148, at most " + MAX_CONTACT_PHONE
						+ " characters.");
		phone.setMessage("(303) 555-0148");
		Text email = boundText(toolkit, client, "Contact e-mail:", Literals.SUBMISSION_DATA__CONTACT_EMAIL,
				v -> v.isEmpty() || FilingFormats.isEdgarEmail(v, MAX_EMAIL),
				"An e-mail address has exactly one '@' and at most " + MAX_EMAIL + " characters.");
		email.setMessage("name@company.com");
		createNotificationEmails(toolkit, client);
		Text prefix = boundText(toolkit, client, "File name prefix:", Literals.SUBMISSION_DATA__FILE_NAME_PREFIX,
				FilingFormats::isFileNamePrefix, "The file names need it: at most 20 lower-case letters, digits, '-' or '_', "
						+ "starting with a letter or digit (acme gives acme-sd.htm).");
		prefix.setMessage("e.g. acme for acme-sd.htm");
		toolkit.paintBordersFor(client);
	}

	/** Layout data that lets a column shrink to the window and its texts wrap, instead of widening the form. */
	private static GridData narrow() {
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.widthHint = 300;
		return data;
	}

	private static FeaturePath path(EStructuralFeature feature) {
		return FeaturePath.fromList(Literals.FILING__SUBMISSION, feature);
	}

	/** A text field bound to a submission attribute (delayed: a typed word is one command) with a decoration. */
	private Text boundText(FormToolkit toolkit, Composite client, String label, EStructuralFeature feature,
			Predicate<String> valid, String problem) {
		toolkit.createLabel(client, label);
		Text text = toolkit.createText(client, "", SWT.SINGLE);
		text.setData("name", "submission." + feature.getName());
		FieldLimits.apply(text, feature);
		ControlDecoration decoration = decorate(text);
		ISWTObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY, text);
		@SuppressWarnings("unchecked")
		IObservableValue<String> model = (IObservableValue<String>) EMFEditProperties
				.value(getEditingDomain(), path(feature)).observe(getFiling());
		// an emptied field clears the value instead of storing an empty text
		IConverter<String, String> emptyToNull = IConverter.create(String.class, String.class,
				(String s) -> s == null || s.isEmpty() ? null : s);
		bindings().bindValue(target, model, UpdateValueStrategy.create(emptyToNull), null);
		onDispose(model::dispose);
		delayedTexts.add(target);
		text.addListener(SWT.Modify, event -> check(text, decoration, valid, problem));
		check(text, decoration, valid, problem);
		fieldControls.put(feature.getName(), text);
		return text;
	}

	private static ControlDecoration decorate(Text text) {
		ControlDecoration decoration = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
		Image error = FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
				.getImage();
		decoration.setImage(error);
		decoration.hide();
		text.setData("decoration", decoration);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 150;
		data.horizontalIndent = error.getBounds().width + 2;
		text.setLayoutData(data);
		return decoration;
	}

	/** Marks the field when its text (what the user sees, before the delay) is not a valid value. */
	private static void check(Text text, ControlDecoration decoration, Predicate<String> valid, String problem) {
		String value = text.getText().strip();
		if (valid.test(value)) {
			decoration.hide();
		} else {
			decoration.setDescriptionText(problem);
			decoration.show();
		}
	}

	/**
	 * Notification e-mails: a list in the model, one text here (separated by commas). A pause in typing replaces the
	 * list with one command, when it differs.
	 */
	private void createNotificationEmails(FormToolkit toolkit, Composite client) {
		toolkit.createLabel(client, "Notification e-mails:");
		Text text = toolkit.createText(client, "", SWT.SINGLE);
		text.setData("name", "submission.notificationEmails");
		text.setMessage("up to " + MAX_NOTIFICATION_EMAILS + ", separated by commas");
		ControlDecoration decoration = decorate(text);
		Predicate<String> valid = value -> {
			List<String> emails = split(value);
			return emails.size() <= MAX_NOTIFICATION_EMAILS
					&& emails.stream().allMatch(e -> FilingFormats.isEdgarEmail(e, MAX_EMAIL));
		};
		String problem = "Up to " + MAX_NOTIFICATION_EMAILS + " e-mail addresses, separated by commas, each with "
				+ "exactly one '@'.";
		// the list the field shows as delivered or read from the model; other text is typing not yet delivered
		List<List<String>> shown = new ArrayList<>(List.of(notificationEmails()));
		text.setText(String.join(", ", shown.get(0)));
		ISWTObservableValue<String> delayed = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY, text);
		delayed.addValueChangeListener(event -> {
			SubmissionData submission = getFiling().getSubmission();
			List<String> typed = split(event.diff.getNewValue());
			shown.set(0, typed);
			if (submission != null && !typed.equals(submission.getNotificationEmails())) {
				execute(SetCommand.create(getEditingDomain(), submission, Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS,
						typed));
			}
		});
		onDispose(delayed::dispose);
		delayedTexts.add(delayed);
		// undo, redo and other pages change the list too: show it, unless the user is typing in the field
		CommandStackListener refresh = event -> {
			List<String> model = notificationEmails();
			if (!text.isDisposed() && split(text.getText()).equals(shown.get(0)) && !model.equals(shown.get(0))) {
				shown.set(0, model);
				text.setText(String.join(", ", model));
			}
		};
		getEditingDomain().getCommandStack().addCommandStackListener(refresh);
		onDispose(() -> getEditingDomain().getCommandStack().removeCommandStackListener(refresh));
		text.addListener(SWT.Modify, event -> check(text, decoration, valid, problem));
		check(text, decoration, valid, problem);
		fieldControls.put(Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS.getName(), text);
	}

	private List<String> notificationEmails() {
		SubmissionData submission = getFiling().getSubmission();
		return submission == null ? List.of() : List.copyOf(submission.getNotificationEmails());
	}

	private static List<String> split(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	// --- export settings -----------------------------------------------------------------------------------------

	private void createExportSection(FormToolkit toolkit, Composite body) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText("Export");
		section.setDescription("Where the EDGAR package is written; remembered for this filing.");
		section.setLayoutData(narrow());
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(3, false));
		section.setClient(client);

		ExportSettings settings = ExportSettings.of(getFilingEditor().getFile());
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
		wizard.addListener(SWT.Selection, event -> new WizardDialog(getSite().getShell(),
				new ExportWizard(getFilingEditor())).open());
		toolkit.paintBordersFor(client);
	}

	private void browseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
		dialog.setText("Output Folder");
		dialog.setMessage("The folder the EDGAR package is written into");
		dialog.setFilterPath(folderText.getText());
		String chosen = dialog.open();
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
			path = folder.isEmpty() ? ExportSettings.defaultFolder(getFilingEditor().getFile())
					: Path.of(folder).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
		return new ExportSettings(path, draftButton.getSelection(), pageBreaksButton.getSelection());
	}

	private void saveSettings() {
		ExportSettings settings = currentSettings();
		if (settings != null) {
			settings.save(getFilingEditor().getFile());
		}
	}

	/** Export with the page's settings and the filing's own prefix, off the UI thread with progress and cancel. */
	public ExportRun.Outcome exportNow() {
		getFilingEditor().commitPendingEdits();
		ExportSettings settings = currentSettings();
		if (settings == null) {
			Prompts.error(getSite().getShell(), "Export Failed", "'"
					+ folderText.getText().strip() + "' is not a folder name this computer accepts. Choose the "
					+ "output folder with Browse... and export again.");
			return ExportRun.Outcome.FAILED;
		}
		settings.save(getFilingEditor().getFile());
		ExportRun run = new ExportRun(getFiling(), settings.folder(),
				new ExportOptions(null, settings.draft(), settings.pageBreaks()));
		return run.runAndReport(runnable -> PlatformUI.getWorkbench().getProgressService().run(true, true, runnable),
				getSite().getShell(), getFilingEditor());
	}

	// --- readiness -----------------------------------------------------------------------------------------------

	/** Re-checks the filing a moment after the last command, not after every one of a burst. */
	private void scheduleRefresh() {
		if (readinessScheduled || readiness == null || readiness.isDisposed()) {
			return;
		}
		readinessScheduled = true;
		Display.getDefault().timerExec(READINESS_DELAY, () -> {
			readinessScheduled = false;
			refreshReadiness();
		});
	}

	private void refreshReadiness() {
		if (readiness == null || readiness.isDisposed()) {
			return;
		}
		List<Finding> findings = getFilingEditor().getFindings();
		long errors = findings.stream().filter(f -> f.getSeverity() == Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.getSeverity() == Severity.WARNING).count();
		String text = errors == 0 ? "Ready for a final export: the filing has no errors"
				: "Not ready for a final export: " + plural(errors, "error") + " to fix first (a draft for review "
						+ "can still be exported)";
		if (warnings > 0) {
			text += "; " + plural(warnings, "warning") + " to review";
		}
		readiness.setText(text + ".");
		readiness.setForeground(readiness.getDisplay().getSystemColor(errors == 0 ? SWT.COLOR_DARK_GREEN
				: SWT.COLOR_DARK_RED));
		readiness.getParent().layout(true);
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	// --- last export ---------------------------------------------------------------------------------------------

	private void createLastExportSection(FormToolkit toolkit, Composite body) {
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
		column(filesViewer, "EDGAR check", 260, SubmissionPage::checkResult);

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
		previewSd.addListener(SWT.Selection, event -> Preview.show(getSite().getShell(), getFilingEditor(),
				Preview.Document.FORM_SD));
		Button previewExhibit = toolkit.createButton(buttons, "Preview Exhibit 1.01", SWT.PUSH);
		previewExhibit.setData("name", "preview.ex101");
		previewExhibit.addListener(SWT.Selection, event -> Preview.show(getSite().getShell(), getFilingEditor(),
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
			return "valid against the submission schema";
		}
		int count = file.violations().size();
		return count == 0 ? "passed: 0 violations" : plural(count, "violation") + " of EDGAR's rules";
	}

	private void showLastExport() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		ExportResult result = getFilingEditor().getLastExport();
		List<ExportedFile> files = result == null ? List.of() : result.files();
		List<HtmlViolation> violations = result == null ? List.of() : result.violations();
		List<Finding> errors = result == null ? List.of() : result.blockingErrors();
		if (result == null) {
			summary.setText("Not exported yet in this session. Export writes the Form SD, Exhibit 1.01 and "
					+ "submission.xml; Preview makes a draft when there is no export.");
		} else if (!result.isWritten()) {
			summary.setText("The final export into " + result.folder() + " was refused: the filing has "
					+ plural(errors.size(), "error") + " (below; double-click one to go to its field). Nothing was "
					+ "written.");
		} else {
			summary.setText((result.draft() ? "A DRAFT review copy (not for filing with EDGAR)"
					: "The EDGAR package") + " was written into " + result.folder() + ": " + plural(files.size(),
							"file") + ", " + (violations.isEmpty() ? "no EDGAR rule violations."
									: plural(violations.size(), "EDGAR rule violation") + " (below)."));
		}
		filesViewer.setInput(files);
		violationsViewer.setInput(violations);
		errorsViewer.setInput(errors);
		show(filesViewer, !files.isEmpty());
		show(violationsViewer, !violations.isEmpty());
		show(errorsViewer, !errors.isEmpty());
		lastExportClient.layout(true, true);
		if (getManagedForm() != null) {
			getManagedForm().reflow(true);
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
		boolean shown = subject != null && subject.eResource() != null && getFilingEditor().reveal(subject,
				subject.eClass().getEStructuralFeature(feature) == null ? null : feature);
		if (!shown) {
			Prompts.info(getSite().getShell(), "Where to Fix It", finding.getMessage() + "\n\nThis is edited on "
					+ "another page of the filing" + (field == null ? "." : ": " + FindingLabels.fieldOf(finding) + "."));
		}
	}

	// --- reveal and pending edits ----------------------------------------------------------------------------------

	@Override
	public boolean canReveal(EObject subject) {
		return subject instanceof SubmissionData;
	}

	@Override
	public void reveal(EObject subject, String field) {
		Control control = fieldControls.get(field == null ? Literals.SUBMISSION_DATA__CONTACT_NAME.getName() : field);
		if (control != null && !control.isDisposed()) {
			control.setFocus();
			if (control instanceof Text text) {
				text.selectAll();
			}
		}
	}

	@Override
	public void commitPendingEdits() {
		for (IObservableValue<?> delayed : delayedTexts) {
			if (!delayed.isDisposed()) {
				// reading a delayed value delivers what was typed at once
				delayed.getValue();
			}
		}
	}
}
