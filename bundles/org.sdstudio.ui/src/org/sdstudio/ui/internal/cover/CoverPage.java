package org.sdstudio.ui.internal.cover;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.databinding.swt.ISWTObservableValue;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;
import org.sdstudio.model.Address;
import org.sdstudio.model.ContactPerson;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.FormType;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.Registrant;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.Signature;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.model.validation.FilingDeadline;
import org.sdstudio.model.validation.FilingValidator;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;
import org.sdstudio.ui.internal.review.ReviewLabels;
import org.sdstudio.ui.internal.submission.SubmissionPage;

/**
 * The cover page of Form SD: form type, reporting year and deadline, registrant, contact, rule, items, exhibit
 * index and signature, each field bound to the filing through the editor's domain and checked as the user types.
 */
public class CoverPage extends FilingEditorPage {

	public static final String ID = "cover";

	/** Typing pauses this long (ms) before the text becomes a command: a typed word is one undoable step. */
	static final int TYPING_DELAY = 400;

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

	// the state of the current content; createContent sets it all afresh
	private IManagedForm managedForm;
	private FormToolkit toolkit;
	private FieldDecorations fields;
	private final List<IObservableValue<?>> delayedTexts = new ArrayList<>();
	private final List<PartGuard> guards = new ArrayList<>();
	private Label deadline;
	private Text amendment;
	private Composite rulesArea;
	private Composite itemsArea;
	private DataBindingContext rulesBindings;
	private DataBindingContext itemsBindings;
	private String rulesShape;
	private String itemsShape;
	private ExhibitIndex exhibits;
	private boolean checkQueued;
	private List<Finding> lastFindings = List.of();

	public CoverPage(FilingEditor editor) {
		super(editor, ID, "Cover");
	}

	@Override
	protected void createContent(IManagedForm form, Composite body) {
		managedForm = form;
		toolkit = form.getToolkit();
		fields = new FieldDecorations();
		delayedTexts.clear();
		guards.clear();
		rulesShape = null;
		itemsShape = null;
		rulesBindings = null;
		itemsBindings = null;
		body.setLayout(new GridLayout(1, false));

		deadline = toolkit.createLabel(body, "", SWT.WRAP);
		deadline.setFont(JFaceResources.getHeaderFont());
		deadline.setData("name", "cover.deadline");
		deadline.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		// two columns: the cover page's facts on the left, rule, items and exhibits on the right
		Composite columns = toolkit.createComposite(body);
		columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout twoColumns = new GridLayout(2, true);
		twoColumns.horizontalSpacing = 16;
		twoColumns.marginWidth = 0;
		columns.setLayout(twoColumns);
		Composite left = column(columns);
		Composite right = column(columns);

		createFormSection(left);
		createRegistrantSection(left);
		createAddressSection(left);
		createContactSection(left);
		createSignatureSection(left);
		createRulesSection(right);
		createItemsSection(right);
		createExhibitSection(right);
		createSubmissionPointer(right);

		CommandStackListener listener = this::commandStackChanged;
		getEditingDomain().getCommandStack().addCommandStackListener(listener);
		onDispose(() -> getEditingDomain().getCommandStack().removeCommandStackListener(listener));
		onDispose(() -> {
			disposeContext(rulesBindings);
			disposeContext(itemsBindings);
		});
		refresh();
	}

	// --- sections ---------------------------------------------------------------------------------------------

	private void createFormSection(Composite parent) {
		Composite client = section(parent, "Form", "Form SD (Specialized Disclosure Report) or an amendment, "
				+ "and the calendar year it reports on.");
		toolkit.createLabel(client, "Form type:");
		Combo combo = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo);
		combo.setData("name", "cover.formType");
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ComboViewer viewer = new ComboViewer(combo);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(LabelProvider.createTextProvider(
				type -> type == FormType.SD_A ? "SD/A (amendment of a filed Form SD)" : "SD"));
		viewer.setInput(FormType.VALUES);
		bindings().bindValue(ViewerProperties.singleSelection().observe(viewer),
				observe(Literals.FILING__FORM_TYPE));
		fields.register("formType", combo);

		amendment = text(client, "Amendment explanation:", "amendmentExplanation", SWT.MULTI | SWT.WRAP,
				Literals.FILING__AMENDMENT_EXPLANATION);
		((GridData) amendment.getLayoutData()).heightHint = 48;
		amendment.setToolTipText("For an SD/A: what the amendment changes and why (enabled for SD/A)");

		Text year = toolkit.createText(client, "", SWT.SINGLE);
		toolkit.createLabel(client, "Reporting year (calendar):").moveAbove(year);
		year.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		year.setData("name", "cover.reportingYear");
		bind(year, observe(Literals.FILING__REPORTING_YEAR), Conversions.textToYear(), bindings());
		fields.register("reportingYear", year);
	}

	private void createRegistrantSection(Composite parent) {
		Composite client = section(parent, "Registrant", "Exactly as in the registrant's charter.");
		guard(client, "registrant", "Add Registrant", () -> getFiling().getRegistrant() != null, () -> true,
				() -> SetCommand.create(getEditingDomain(), getFiling(), Literals.FILING__REGISTRANT,
						SdStudioFactory.eINSTANCE.createRegistrant()));
		text(client, "Exact name of registrant:", "registrant.name", SWT.SINGLE, Literals.FILING__REGISTRANT,
				Literals.REGISTRANT__NAME);
		text(client, "State of incorporation:", "registrant.stateOfIncorporation", SWT.SINGLE,
				Literals.FILING__REGISTRANT, Literals.REGISTRANT__STATE_OF_INCORPORATION);
		text(client, "Commission File Number:", "registrant.commissionFileNumber", SWT.SINGLE,
				Literals.FILING__REGISTRANT, Literals.REGISTRANT__COMMISSION_FILE_NUMBER).setMessage("001-36309");
		text(client, "IRS Employer Identification No.:", "registrant.irsEmployerNumber", SWT.SINGLE,
				Literals.FILING__REGISTRANT, Literals.REGISTRANT__IRS_EMPLOYER_NUMBER).setMessage("33-0989359");
		text(client, "CIK (10 digits):", "registrant.cik", SWT.SINGLE, Literals.FILING__REGISTRANT,
				Literals.REGISTRANT__CIK).setMessage("0001294133");
		text(client, "Website:", "registrant.website", SWT.SINGLE, Literals.FILING__REGISTRANT,
				Literals.REGISTRANT__WEBSITE);
	}

	private void createAddressSection(Composite parent) {
		Composite client = section(parent, "Address of Principal Executive Offices", null);
		guard(client, "registrant.address", "Add Address", () -> getFiling().getRegistrant() != null
				&& getFiling().getRegistrant().getAddress() != null, () -> getFiling().getRegistrant() != null,
				() -> SetCommand.create(getEditingDomain(), getFiling().getRegistrant(), Literals.REGISTRANT__ADDRESS,
						SdStudioFactory.eINSTANCE.createAddress()));
		String[][] parts = { { "Street:", "street" }, { "City:", "city" }, { "State:", "state" },
				{ "ZIP code:", "zipCode" }, { "Country:", "country" } };
		for (String[] part : parts) {
			text(client, part[0], "registrant.address." + part[1], SWT.SINGLE, Literals.FILING__REGISTRANT,
					Literals.REGISTRANT__ADDRESS, Literals.ADDRESS.getEStructuralFeature(part[1]));
		}
	}

	private void createContactSection(Composite parent) {
		Composite client = section(parent, "Contact Person", "The person to contact in connection with this report.");
		guard(client, "contact", "Add Contact Person", () -> getFiling().getContact() != null, () -> true,
				() -> SetCommand.create(getEditingDomain(), getFiling(), Literals.FILING__CONTACT,
						SdStudioFactory.eINSTANCE.createContactPerson()));
		text(client, "Name:", "contact.name", SWT.SINGLE, Literals.FILING__CONTACT, Literals.CONTACT_PERSON__NAME);
		Text title = text(client, "Title:", "contact.title", SWT.MULTI | SWT.WRAP, Literals.FILING__CONTACT,
				Literals.CONTACT_PERSON__TITLE);
		((GridData) title.getLayoutData()).heightHint = 36;
		text(client, "Telephone (with area code):", "contact.phone", SWT.SINGLE, Literals.FILING__CONTACT,
				Literals.CONTACT_PERSON__PHONE).setMessage("(805) 562-0500");
		text(client, "E-mail:", "contact.email", SWT.SINGLE, Literals.FILING__CONTACT, Literals.CONTACT_PERSON__EMAIL);
	}

	private void createRulesSection(Composite parent) {
		Composite client = section(parent, "Rule", "The rule under which this form is filed.");
		((GridLayout) client.getLayout()).numColumns = 1;
		rulesArea = toolkit.createComposite(client);
		toolkit.paintBordersFor(rulesArea);
		rulesArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		rulesArea.setLayout(new GridLayout(2, false));
		fields.register("rules", rulesArea);
	}

	private void buildRules() {
		disposeContext(rulesBindings);
		rulesBindings = new DataBindingContext();
		for (Control child : rulesArea.getChildren()) {
			child.dispose();
		}
		Filing filing = getFiling();
		RuleSelection p1 = rule(DisclosureRule.RULE_13P_1);
		RuleSelection q1 = rule(DisclosureRule.RULE_13Q_1);

		Button p1Box = toolkit.createButton(rulesArea, "Rule 13p-1 under the Securities Exchange Act of 1934 "
				+ "(17 CFR 240.13p-1), for the reporting period from January 1 to December 31 of the reporting year",
				SWT.CHECK | SWT.WRAP);
		p1Box.setData("name", "cover.rule13p1");
		p1Box.setSelection(p1 != null);
		p1Box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		fields.register("rules", p1Box);
		p1Box.addListener(SWT.Selection, event -> {
			RuleSelection current = rule(DisclosureRule.RULE_13P_1);
			if (p1Box.getSelection() && current == null) {
				RuleSelection added = SdStudioFactory.eINSTANCE.createRuleSelection();
				added.setRule(DisclosureRule.RULE_13P_1);
				added.setPeriodEnd(LocalDate.of(filing.getReportingYear(), 12, 31));
				execute(AddCommand.create(getEditingDomain(), filing, Literals.FILING__RULES, added));
			} else if (!p1Box.getSelection() && current != null) {
				execute(RemoveCommand.create(getEditingDomain(), filing, Literals.FILING__RULES, current));
			}
		});
		if (p1 != null) {
			String path = FilingValidator.pathOf(p1, Literals.RULE_SELECTION__PERIOD_END);
			toolkit.createLabel(rulesArea, "Period end (" + Conversions.DATE_HINT + "):");
			Text periodEnd = toolkit.createText(rulesArea, "", SWT.SINGLE);
			periodEnd.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			periodEnd.setData("name", "cover." + path);
			periodEnd.setMessage(Conversions.DATE_HINT);
			bind(periodEnd, EMFEditProperties.value(getEditingDomain(), Literals.RULE_SELECTION__PERIOD_END)
					.observe(p1), Conversions.textToDate(), rulesBindings);
			fields.register(path, periodEnd);
		}
		Button q1Box = toolkit.createButton(rulesArea, "Rule 13q-1 (resource extraction issuers)", SWT.CHECK);
		q1Box.setData("name", "cover.rule13q1");
		q1Box.setSelection(q1 != null);
		// only a 13q-1 selection read from a file can be taken out here: this studio files 13p-1 reports
		q1Box.setEnabled(q1 != null);
		q1Box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		q1Box.addListener(SWT.Selection, event -> {
			RuleSelection current = rule(DisclosureRule.RULE_13Q_1);
			if (!q1Box.getSelection() && current != null) {
				execute(RemoveCommand.create(getEditingDomain(), filing, Literals.FILING__RULES, current));
			}
		});
		Label note = toolkit.createLabel(rulesArea, "Rule 13q-1 concerns payments by resource extraction issuers "
				+ "(Item 2.01). It is not used for a conflict minerals filing under Rule 13p-1, which is what "
				+ "SD Studio prepares.", SWT.WRAP);
		GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		noteData.widthHint = 300;
		note.setLayoutData(noteData);
		note.setForeground(rulesArea.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		rulesShape = shapeOfRules();
	}

	private void createSignatureSection(Composite parent) {
		Composite client = section(parent, "Signature", "Pursuant to the requirements of the Securities Exchange "
				+ "Act of 1934, the registrant has duly caused this report to be signed on its behalf by the "
				+ "duly authorized undersigned.");
		guard(client, "signature", "Add Signature", () -> getFiling().getSignature() != null, () -> true,
				() -> SetCommand.create(getEditingDomain(), getFiling(), Literals.FILING__SIGNATURE,
						SdStudioFactory.eINSTANCE.createSignature()));
		text(client, "Registrant:", "signature.registrantName", SWT.SINGLE, Literals.FILING__SIGNATURE,
				Literals.SIGNATURE__REGISTRANT_NAME);
		text(client, "Signed by:", "signature.signerName", SWT.SINGLE, Literals.FILING__SIGNATURE,
				Literals.SIGNATURE__SIGNER_NAME);
		text(client, "Title:", "signature.signerTitle", SWT.SINGLE, Literals.FILING__SIGNATURE,
				Literals.SIGNATURE__SIGNER_TITLE);
		Text date = toolkit.createText(client, "", SWT.SINGLE);
		toolkit.createLabel(client, "Date (" + Conversions.DATE_HINT + "):").moveAbove(date);
		date.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		date.setData("name", "cover.signature.date");
		date.setMessage(Conversions.DATE_HINT);
		bind(date, observe(Literals.FILING__SIGNATURE, Literals.SIGNATURE__DATE), Conversions.textToDate(),
				bindings());
		fields.register("signature.date", date);
		guards.get(guards.size() - 1).fields().add(date);
	}

	private void createItemsSection(Composite parent) {
		Composite client = section(parent, "Items",
				"Section 1 (Conflict Minerals Disclosure) and Section 3 (Exhibits) of the form.");
		((GridLayout) client.getLayout()).numColumns = 1;
		itemsArea = toolkit.createComposite(client);
		toolkit.paintBordersFor(itemsArea);
		itemsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		itemsArea.setLayout(new GridLayout(2, false));
	}

	private void buildItems() {
		disposeContext(itemsBindings);
		itemsBindings = new DataBindingContext();
		for (Control child : itemsArea.getChildren()) {
			child.dispose();
		}
		for (FormSection section : getFiling().getFormSections()) {
			Label heading = toolkit.createLabel(itemsArea, "Section " + nonNull(section.getNumber()) + " \u2013 "
					+ nonNull(section.getTitle()));
			heading.setFont(JFaceResources.getBannerFont());
			heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			fields.register(FilingValidator.pathOf(section, null), heading);
			for (FormItem item : section.getItems()) {
				buildItem(item);
			}
		}
		if (getFiling().getFormSections().isEmpty()) {
			toolkit.createLabel(itemsArea, "This filing has no form sections yet.")
					.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		}
		itemsShape = shapeOfItems();
	}

	private void buildItem(FormItem item) {
		String path = FilingValidator.pathOf(item, null);
		toolkit.createLabel(itemsArea, "Item " + nonNull(item.getNumber()) + " caption:");
		Text caption = toolkit.createText(itemsArea, "", SWT.SINGLE);
		caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		caption.setData("name", "cover." + path + ".caption");
		bind(caption, EMFEditProperties.value(getEditingDomain(), Literals.FORM_ITEM__CAPTION).observe(item),
				Conversions.textToModel(), itemsBindings);
		fields.register(path + ".caption", caption);

		toolkit.createLabel(itemsArea, "");
		Button lists = toolkit.createButton(itemsArea, "Lists the exhibits",
				SWT.CHECK);
		lists.setData("name", "cover." + path + ".listsExhibits");
		itemsBindings.bindValue(WidgetProperties.buttonSelection().observe(lists),
				EMFEditProperties.value(getEditingDomain(), Literals.FORM_ITEM__LISTS_EXHIBITS).observe(item));
		fields.register(path + ".listsExhibits", lists);

		toolkit.createLabel(itemsArea, "");
		ReviewLabels.track(toolkit.createLabel(itemsArea, ""), item, getFilingEditor()); // review state of the item

		Label bodyLabel = toolkit.createLabel(itemsArea, "Text:");
		bodyLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Run run = singlePlainRun(item.getBody());
		boolean editable = run != null || StructuredTexts.plainText(item.getBody()).isBlank();
		Text body = toolkit.createText(itemsArea, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL
				| (editable ? SWT.NONE : SWT.READ_ONLY));
		GridData bodyData = new GridData(SWT.FILL, SWT.TOP, true, false);
		bodyData.heightHint = 72;
		bodyData.widthHint = 200;
		body.setLayoutData(bodyData);
		body.setData("name", "cover." + path + ".body");
		fields.register(path + ".body", body);
		if (run != null) {
			// one paragraph of one unformatted run: typing changes that run's text, nothing else
			noLineBreaks(body);
			bind(body, EMFEditProperties.value(getEditingDomain(), Literals.RUN__TEXT).observe(run),
					Conversions.textToModel(), itemsBindings);
		} else if (editable) {
			// no text yet: the first words become the item's single paragraph
			noLineBreaks(body);
			ISWTObservableValue<String> typed = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY, body);
			delayedTexts.add(typed);
			typed.addValueChangeListener(event -> {
				String text = event.diff.getNewValue();
				if (text != null && !text.isBlank() && StructuredTexts.plainText(item.getBody()).isBlank()) {
					execute(SetCommand.create(getEditingDomain(), item, Literals.FORM_ITEM__BODY,
							StructuredTexts.paragraphs(text)));
				}
			});
			onDispose(typed::dispose);
		} else {
			body.setText(StructuredTexts.plainText(item.getBody()).strip());
			body.setBackground(body.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
			toolkit.createLabel(itemsArea, "");
			Label note = toolkit.createLabel(itemsArea, "Shown without its formatting (paragraphs, headings, "
					+ "links): edit this text where formatted text is edited, so none of it is lost.", SWT.WRAP);
			GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false);
			noteData.widthHint = 300;
			note.setLayoutData(noteData);
			note.setData("name", "cover." + path + ".bodyNote");
			note.setForeground(itemsArea.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		}
	}

	private void createExhibitSection(Composite parent) {
		Composite client = section(parent, "Exhibit Index", "The exhibits filed with this form (Item 3.01).");
		((GridLayout) client.getLayout()).numColumns = 1;
		exhibits = new ExhibitIndex(this, toolkit, client);
		fields.register("exhibits", exhibits.table());
	}

	private void createSubmissionPointer(Composite parent) {
		Composite client = section(parent, "EDGAR Submission", "The submission contact, notification e-mail "
				+ "addresses, file name prefix and test or live filing are entered on the Submission page.");
		((GridLayout) client.getLayout()).numColumns = 1;
		Hyperlink link = toolkit.createHyperlink(client, "Open the Submission page", SWT.NONE);
		link.setData("name", "cover.submissionLink");
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				getFilingEditor().showPage(SubmissionPage.ID);
			}
		});
	}

	// --- building blocks --------------------------------------------------------------------------------------

	private Composite column(Composite parent) {
		Composite column = toolkit.createComposite(parent);
		// a small width hint: the columns share the editor's width instead of asking for the longest text's
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200;
		column.setLayoutData(data);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.verticalSpacing = 12;
		column.setLayout(layout);
		return column;
	}

	private Composite section(Composite parent, String title, String description) {
		int style = Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED
				| (description == null ? SWT.NONE : Section.DESCRIPTION);
		Section section = toolkit.createSection(parent, style);
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		section.addExpansionListener(new ExpansionAdapter() {
			@Override
			public void expansionStateChanged(ExpansionEvent event) {
				managedForm.reflow(true);
			}
		});
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(section);
		toolkit.paintBordersFor(client);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 6;
		layout.horizontalSpacing = 10;
		client.setLayout(layout);
		section.setClient(client);
		return client;
	}

	/** A labelled text field bound to the filing at {@code features} and registered under {@code path}. */
	private Text text(Composite parent, String label, String path, int style, EStructuralFeature... features) {
		toolkit.createLabel(parent, label).setLayoutData(new GridData(SWT.LEFT, (style & SWT.MULTI) != 0
				? SWT.TOP : SWT.CENTER, false, false));
		Text text = toolkit.createText(parent, "", style);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setData("name", "cover." + path);
		bind(text, observe(features), Conversions.textToModel(), bindings());
		fields.register(path, text);
		if (!guards.isEmpty() && guards.get(guards.size() - 1).client() == parent) {
			guards.get(guards.size() - 1).fields().add(text);
		}
		return text;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private IObservableValue<Object> observe(EStructuralFeature... features) {
		FeaturePath path = FeaturePath.fromList(features);
		return EMFEditProperties.value(getEditingDomain(), path).observe(getFiling());
	}

	/** Binds {@code text} (committed after a typing pause) to {@code model}; a refused value marks the field. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void bind(Text text, IObservableValue model, UpdateValueStrategy<String, Object> toModel,
			DataBindingContext context) {
		ISWTObservableValue<String> typed = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY, text);
		delayedTexts.add(typed);
		text.addDisposeListener(event -> delayedTexts.remove(typed));
		Binding binding = context.bindValue(typed, model, toModel, Conversions.modelToText());
		IObservableValue<IStatus> status = binding.getValidationStatus();
		status.addValueChangeListener(event -> fields.bindingStatus(text, event.diff.getNewValue()));
	}

	/** A button that creates a missing part of the cover page; its fields are disabled until it exists. */
	private void guard(Composite client, String path, String label, Supplier<Boolean> present,
			Supplier<Boolean> possible, Supplier<Command> create) {
		Button add = toolkit.createButton(client, label, SWT.PUSH);
		add.setData("name", "cover." + path + ".add");
		GridData data = new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1);
		add.setLayoutData(data);
		add.addListener(SWT.Selection, event -> execute(create.get()));
		fields.register(path, add);
		guards.add(new PartGuard(client, add, present, possible, new ArrayList<>()));
	}

	/** A part of the cover page that may be missing, the button that adds it and the fields it holds. */
	private record PartGuard(Composite client, Button add, Supplier<Boolean> present, Supplier<Boolean> possible,
			List<Control> fields) {
	}

	private static void noLineBreaks(Text text) {
		text.addVerifyListener(event -> event.text = event.text.replace("\r\n", " ").replace('\n', ' ')
				.replace('\r', ' '));
	}

	/** The run of a text that is one body paragraph of one unformatted run, or null for anything richer. */
	static Run singlePlainRun(StructuredText text) {
		if (text == null || text.getBlocks().size() != 1 || !(text.getBlocks().get(0) instanceof Paragraph p)) {
			return null;
		}
		if ((p.getStyle() != null && p.getStyle() != ParagraphStyle.BODY) || p.getRuns().size() != 1) {
			return null;
		}
		Run run = p.getRuns().get(0);
		return run.isBold() || run.isItalic() || run.isUnderline() || run.getLink() != null ? null : run;
	}

	// --- keeping up with the model ----------------------------------------------------------------------------

	private void commandStackChanged(EventObject event) {
		if (checkQueued || deadline == null || deadline.isDisposed()) {
			return;
		}
		checkQueued = true;
		// after the command: let the bindings update first, and run one check for a burst of commands
		deadline.getDisplay().asyncExec(() -> {
			checkQueued = false;
			if (!deadline.isDisposed()) {
				refresh();
			}
		});
	}

	/** Rebuilds what depends on the shape of the filing, then checks it and marks the fields. */
	private void refresh() {
		boolean rulesChanged = !shapeOfRules().equals(rulesShape);
		boolean itemsChanged = !shapeOfItems().equals(itemsShape);
		if (rulesChanged || itemsChanged) {
			// a rebuilt field takes the focus back, so typing goes on where it was
			String focused = fields.pathOf(deadline.getDisplay().getFocusControl());
			if (rulesChanged) {
				buildRules();
			}
			if (itemsChanged) {
				buildItems();
			}
			Control again = focused == null ? null : fields.control(focused);
			if (again != null && !again.isDisposed() && !again.isFocusControl()) {
				again.setFocus();
				if (again instanceof Text text) {
					text.setSelection(text.getCharCount());
				}
			}
		}
		for (PartGuard guard : guards) {
			boolean present = guard.present().get();
			guard.add().setVisible(!present);
			guard.add().setEnabled(guard.possible().get());
			((GridData) guard.add().getLayoutData()).exclude = present;
			guard.fields().forEach(field -> field.setEnabled(present));
		}
		amendment.setEnabled(getFiling().getFormType() == FormType.SD_A);
		exhibits.refresh();
		updateDeadline();
		lastFindings = getFilingEditor().getFindings();
		fields.showFindings(lastFindings);
		managedForm.reflow(true);
	}

	private void updateDeadline() {
		int year = getFiling().getReportingYear();
		if (year < FilingValidator.FIRST_REPORTING_YEAR || year > 9998) {
			deadline.setText("Filing deadline: type a reporting year to see it.");
			return;
		}
		LocalDate due = FilingDeadline.forReportingYear(year);
		long days = ChronoUnit.DAYS.between(LocalDate.now(), due);
		String left = days > 1 ? days + " days left" : days == 1 ? "1 day left" : days == 0 ? "due today"
				: "passed " + (-days) + (days == -1 ? " day ago" : " days ago");
		deadline.setText("Filing deadline for " + year + ": " + LONG_DATE.format(due) + " (" + left + ")");
		deadline.setForeground(deadline.getDisplay().getSystemColor(days < 0 ? SWT.COLOR_DARK_RED
				: days <= 30 ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_BLUE));
		deadline.getParent().layout(true);
	}

	private String shapeOfRules() {
		StringBuilder shape = new StringBuilder();
		for (RuleSelection rule : getFiling().getRules()) {
			shape.append(System.identityHashCode(rule)).append(rule.getRule()).append(';');
		}
		return shape.toString();
	}

	private String shapeOfItems() {
		StringBuilder shape = new StringBuilder();
		for (FormSection section : getFiling().getFormSections()) {
			shape.append(System.identityHashCode(section)).append(section.getNumber()).append(section.getTitle())
					.append('{');
			for (FormItem item : section.getItems()) {
				Run run = singlePlainRun(item.getBody());
				shape.append(System.identityHashCode(item)).append(item.getNumber()).append('/')
						.append(System.identityHashCode(item.getBody())).append('/')
						.append(run == null ? StructuredTexts.plainText(item.getBody()).hashCode()
								: System.identityHashCode(run))
						.append(';');
			}
			shape.append('}');
		}
		return shape.toString();
	}

	private RuleSelection rule(DisclosureRule kind) {
		return getFiling().getRules().stream().filter(rule -> rule.getRule() == kind).findFirst().orElse(null);
	}

	private static void disposeContext(DataBindingContext context) {
		if (context != null) {
			context.dispose();
		}
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

	// --- the editor's questions -------------------------------------------------------------------------------

	@Override
	public boolean canReveal(EObject subject) {
		return subject instanceof Filing || subject instanceof Registrant || subject instanceof Address
				|| subject instanceof ContactPerson || subject instanceof RuleSelection
				|| subject instanceof FormSection || subject instanceof FormItem || subject instanceof Exhibit
				|| subject instanceof Signature;
	}

	@Override
	public void reveal(EObject subject, String field) {
		if (fields == null || deadline == null || deadline.isDisposed()) {
			return;
		}
		Control control = fields.controlFor(subject, FieldDecorations.featureNamed(subject, field));
		if (subject instanceof Exhibit exhibit) {
			exhibits.select(exhibit);
		}
		if (control == null || control.isDisposed()) {
			return;
		}
		for (Control up = control; up != null; up = up.getParent()) {
			if (up instanceof Section section && !section.isExpanded()) {
				section.setExpanded(true);
				managedForm.reflow(true);
			}
		}
		managedForm.getForm().showControl(control);
		control.setFocus();
	}

	@Override
	public void commitPendingEdits() {
		// reading a delayed value hands a pending edit to its binding at once
		for (IObservableValue<?> typed : new ArrayList<>(delayedTexts)) {
			if (!typed.isDisposed()) {
				typed.getValue();
			}
		}
	}

	@Override
	public void setFocus() {
		super.setFocus();
		Control name = fields == null ? null : fields.control("registrant.name");
		if (name != null && !name.isDisposed()) {
			name.setFocus();
		}
	}

	/** Runs a command on the editor's stack (for the parts of this page). */
	boolean run(Command command) {
		return execute(command);
	}

	// --- for tests and the findings view -----------------------------------------------------------------------

	/** The control where the field at {@code path} (as {@link FilingValidator#pathOf}) is edited, or null. */
	public Control control(String path) {
		return fields == null ? null : fields.control(path);
	}

	/** The exhibit index table's viewer (its cells are edited in place). */
	public TableViewer exhibitViewer() {
		return exhibits == null ? null : exhibits.viewer();
	}

	/** The mark beside the field at {@code path}, or null when it never had one. */
	public ControlDecoration decoration(String path) {
		return fields == null ? null : fields.decoration(path);
	}

	/** The findings of the last check. */
	public List<Finding> lastFindings() {
		return lastFindings;
	}
}
