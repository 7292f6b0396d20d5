package org.sdstudio.ui.internal.submission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.SelectObservableValue;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.LiveTest;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SubmissionData;
import org.sdstudio.model.validation.FilingFindings;
import org.sdstudio.model.validation.FilingValidator;
import org.sdstudio.ui.internal.Coalesced;
import org.sdstudio.ui.internal.fields.Conversions;
import org.sdstudio.ui.internal.fields.FieldLimits;
import org.sdstudio.ui.internal.fields.FieldBinder;
import org.sdstudio.ui.internal.fields.FieldDecorations;

/**
 * The EDGAR submission data, bound to the filing (one command per typed word). Its fields are marked with the
 * validator's findings, the rules of EDGAR's limits being the validator's alone: the editor's findings for what the
 * filing holds, and for a field being typed in, the validator's verdict on the text as typed, so a mark comes at once.
 */
final class SubmissionDataPart {

	/** The submission data's fields are registered by their path from the filing: submission.contactName, ... */
	private static final String STEM = Literals.FILING__SUBMISSION.getName() + ".";

	private final SubmissionPage page;
	private final FormToolkit toolkit;
	private final FieldBinder fields;
	private final FieldDecorations decorations = new FieldDecorations();
	/** The text fields of the submission's attributes, in the page's order. */
	private final Map<EAttribute, Text> texts = new LinkedHashMap<>();
	private Text notificationEmails;
	/** The notification e-mails as last delivered to or read from the model; other text is still being typed. */
	private List<String> shownEmails = List.of();

	SubmissionDataPart(SubmissionPage page, FormToolkit toolkit, Composite body, DataBindingContext bindings) {
		this.page = page;
		this.toolkit = toolkit;
		this.fields = new FieldBinder(toolkit, decorations, "");
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText("EDGAR Submission Data");
		section.setDescription("The header EDGAR receives with the documents. The filer access code (CCC) is never "
				+ "stored; you enter it when you file.");
		section.setLayoutData(SubmissionPage.narrow());
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);

		Filing filing = page.getFiling();
		if (filing.getSubmission() == null) {
			Label none = toolkit.createLabel(client, "This filing has no EDGAR submission data yet.", SWT.WRAP);
			none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			Button add = toolkit.createButton(client, "Add Submission Data", SWT.PUSH);
			add.setData("name", "submission.add");
			add.addListener(SWT.Selection, event -> page.run(SetCommand.create(page.getEditingDomain(),
					page.getFiling(), Literals.FILING__SUBMISSION, SdStudioFactory.eINSTANCE.createSubmissionData())));
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
		IObservableValue<?> liveTestModel = observe(Literals.SUBMISSION_DATA__LIVE_TEST);
		bindings.bindValue(liveTest, liveTestModel);
		test.addDisposeListener(event -> liveTestModel.dispose());
		decorations.register(path(Literals.SUBMISSION_DATA__LIVE_TEST), test);

		text(client, "Contact name:", Literals.SUBMISSION_DATA__CONTACT_NAME, bindings)
				.setMessage("who EDGAR contacts about this submission");
		text(client, "Contact phone:", Literals.SUBMISSION_DATA__CONTACT_PHONE, bindings)
				.setMessage("(303) 555-0148");
		text(client, "Contact e-mail:", Literals.SUBMISSION_DATA__CONTACT_EMAIL, bindings)
				.setMessage("name@company.com");
		createNotificationEmails(client);
		text(client, "File name prefix:", Literals.SUBMISSION_DATA__FILE_NAME_PREFIX, bindings)
				.setMessage("e.g. acme for acme-sd.htm");
		toolkit.paintBordersFor(client);

		// undo, redo and other pages change the data too: the fields follow through their bindings, and the marks
		// once the command is done (after the bindings updated the fields)
		Coalesced marksLater = new Coalesced(client, 0, this::showMarks);
		CommandStackListener listener = event -> {
			followEmails();
			marksLater.run();
		};
		page.getEditingDomain().getCommandStack().addCommandStackListener(listener);
		client.addDisposeListener(event -> page.getEditingDomain().getCommandStack()
				.removeCommandStackListener(listener));
		showMarks();
	}

	private static String path(EStructuralFeature feature) {
		return STEM + feature.getName();
	}

	private IObservableValue<?> observe(EStructuralFeature feature) {
		return EMFEditProperties.value(page.getEditingDomain(), FeaturePath.fromList(Literals.FILING__SUBMISSION,
				feature)).observe(page.getFiling());
	}

	/** A text field bound to a submission attribute, with room for its mark. */
	private Text text(Composite client, String label, EAttribute attribute,
			DataBindingContext bindings) {
		toolkit.createLabel(client, label);
		Text text = toolkit.createText(client, "", SWT.SINGLE);
		layOut(text);
		FieldLimits.apply(text, attribute);
		fields.name(text, path(attribute));
		IObservableValue<?> model = observe(attribute);
		fields.bind(text, model, Conversions.textToModel(), bindings);
		text.addDisposeListener(event -> model.dispose());
		texts.put(attribute, text);
		text.addListener(SWT.Modify, event -> showMarks());
		return text;
	}

	private void layOut(Text text) {
		ControlDecoration decoration = decorations.decorate(text);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 150;
		// room for the mark, which stands left of the field
		data.horizontalIndent = FieldDecorationRegistry.getDefault()
				.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage().getBounds().width
				+ decoration.getMarginWidth();
		text.setLayoutData(data);
	}

	/**
	 * Notification e-mails: a list in the model, one text here (separated by commas). A pause in typing replaces the
	 * list with one command, when it differs.
	 */
	private void createNotificationEmails(Composite client) {
		toolkit.createLabel(client, "Notification e-mails:");
		Text text = toolkit.createText(client, "", SWT.SINGLE);
		layOut(text);
		FieldLimits.apply(text, Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS);
		fields.name(text, path(Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS));
		text.setMessage("up to 3, separated by commas");
		notificationEmails = text;
		shownEmails = modelEmails();
		text.setText(String.join(", ", shownEmails));
		fields.typed(text).addValueChangeListener(event -> {
			SubmissionData submission = page.getFiling().getSubmission();
			List<String> typed = split(event.diff.getNewValue());
			shownEmails = typed;
			if (submission != null && !typed.equals(submission.getNotificationEmails())) {
				page.run(SetCommand.create(page.getEditingDomain(), submission,
						Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS, typed));
			}
		});
		text.addListener(SWT.Modify, event -> showMarks());
	}

	private List<String> modelEmails() {
		SubmissionData submission = page.getFiling().getSubmission();
		return submission == null ? List.of() : List.copyOf(submission.getNotificationEmails());
	}

	static List<String> split(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** Shows the model's e-mails in the field, unless the user is typing there. */
	private void followEmails() {
		if (notificationEmails.isDisposed()) {
			return;
		}
		List<String> model = modelEmails();
		if (split(notificationEmails.getText()).equals(shownEmails) && !model.equals(shownEmails)) {
			shownEmails = model;
			notificationEmails.setText(String.join(", ", model));
		}
	}

	/** Marks each field with what the validator finds in the submission data as the fields show it. */
	void showMarks() {
		if (notificationEmails == null || notificationEmails.isDisposed()) {
			return;
		}
		SubmissionData submission = page.getFiling().getSubmission();
		if (submission == null) {
			decorations.showFindings(List.of());
			return;
		}
		SubmissionData typed = EcoreUtil.copy(submission);
		List<EStructuralFeature> pending = new ArrayList<>();
		texts.forEach((attribute, text) -> {
			String value = text.getText().isEmpty() ? null : text.getText();
			if (!Objects.equals(value, submission.eGet(attribute))) {
				typed.eSet(attribute, value);
				pending.add(attribute);
			}
		});
		List<String> emails = split(notificationEmails.getText());
		if (!emails.equals(submission.getNotificationEmails())) {
			typed.getNotificationEmails().clear();
			typed.getNotificationEmails().addAll(emails);
			pending.add(Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS);
		}
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : page.getFilingEditor().getFindings()) {
			if (finding.getSubject() == submission
					&& !pending.contains(FieldDecorations.featureNamed(submission, finding.getField()))) {
				findings.add(finding);
			}
		}
		if (!pending.isEmpty()) {
			for (Finding finding : FilingFindings.toFindings(new FilingValidator().diagnoseTree(typed))) {
				EStructuralFeature feature = FieldDecorations.featureNamed(typed, finding.getField());
				if (pending.contains(feature)) {
					// the verdict on the typed text, shown where the submission's field is
					finding.setSubject(submission);
					finding.setField(FilingFindings.pathOf(submission, feature));
					findings.add(finding);
				}
			}
		}
		decorations.showFindings(findings);
	}

	/** The control of the submission field named {@code feature} (its name), or null. */
	Control control(String feature) {
		return decorations.control(STEM + feature);
	}

	void commitPendingEdits() {
		fields.commitPendingEdits();
	}
}
