package org.sdstudio.ui.internal.cover;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
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
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.FormType;
import org.sdstudio.model.Registrant;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.Signature;
import org.sdstudio.model.validation.FilingDeadline;
import org.sdstudio.model.validation.FilingValidator;
import org.sdstudio.ui.internal.Coalesced;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;
import org.sdstudio.ui.internal.fields.Conversions;
import org.sdstudio.ui.internal.fields.FieldLimits;
import org.sdstudio.ui.internal.fields.FieldBinder;
import org.sdstudio.ui.internal.fields.FieldDecorations;
import org.sdstudio.ui.internal.submission.SubmissionPage;

/**
 * The cover page of Form SD: form type, reporting year and deadline, registrant, contact, rule, items, exhibit
 * index and signature, each field bound to the filing through the editor's domain and checked as the user types.
 */
public class CoverPage extends FilingEditorPage {

	public static final String ID = "cover";

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

	// the state of the current content; createContent sets it all afresh
	private IManagedForm managedForm;
	private FormToolkit toolkit;
	private FieldDecorations fields;
	private FieldBinder binder;
	private final List<PartGuard> guards = new ArrayList<>();
	private Label deadline;
	private Text amendment;
	private RulesPart rules;
	private ItemsPart items;
	private ExhibitIndex exhibits;
	private List<Finding> lastFindings = List.of();

	public CoverPage(FilingEditor editor) {
		super(editor, ID, "Cover");
	}

	@Override
	protected void createContent(IManagedForm form, Composite body) {
		managedForm = form;
		toolkit = form.getToolkit();
		fields = new FieldDecorations();
		binder = new FieldBinder(toolkit, fields, "cover.");
		guards.clear();
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

		// after the command: let the bindings update first, and run one check for a burst of commands
		Coalesced check = new Coalesced(deadline, 0, this::refresh);
		CommandStackListener listener = event -> check.run();
		getEditingDomain().getCommandStack().addCommandStackListener(listener);
		onDispose(() -> getEditingDomain().getCommandStack().removeCommandStackListener(listener));
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
		binder.name(year, "reportingYear");
		binder.bind(year, observe(Literals.FILING__REPORTING_YEAR), Conversions.textToYear(), bindings());
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
		rules = new RulesPart(this, toolkit, binder, client);
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
		date.setMessage(Conversions.DATE_HINT);
		binder.name(date, "signature.date");
		binder.bind(date, observe(Literals.FILING__SIGNATURE, Literals.SIGNATURE__DATE), Conversions.textToDate(),
				bindings());
		guards.get(guards.size() - 1).fields().add(date);
	}

	private void createItemsSection(Composite parent) {
		Composite client = section(parent, "Items",
				"Section 1 (Conflict Minerals Disclosure) and Section 3 (Exhibits) of the form.");
		((GridLayout) client.getLayout()).numColumns = 1;
		items = new ItemsPart(this, toolkit, binder, client);
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
		Text text = binder.text(parent, label, path, style);
		FieldLimits.apply(text, features[features.length - 1]);
		binder.bind(text, observe(features), Conversions.textToModel(), bindings());
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

	// --- keeping up with the model ----------------------------------------------------------------------------

	/** Rebuilds what depends on the shape of the filing, then checks it and marks the fields. */
	private void refresh() {
		boolean rulesChanged = rules.changed();
		boolean itemsChanged = items.changed();
		if (rulesChanged || itemsChanged) {
			// a rebuilt field takes the focus back, so typing goes on where it was
			String focused = fields.pathOf(deadline.getDisplay().getFocusControl());
			if (rulesChanged) {
				rules.build();
			}
			if (itemsChanged) {
				items.build();
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
		if (binder != null) {
			binder.commitPendingEdits();
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

	/** The control where the field at {@code path} (as {@link FilingFindings#pathOf}) is edited, or null. */
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
