package org.sdstudio.ui.internal.report;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SectionKind;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.TitleStyle;
import org.sdstudio.model.edit.command.SectionCommands;
import org.sdstudio.model.edit.label.FilingLabels;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;
import org.sdstudio.ui.internal.compare.SectionChanges;
import org.sdstudio.ui.internal.review.ReportComments;
import org.sdstudio.ui.internal.review.ReviewMarks;

/**
 * The Report page: the Conflict Minerals Report's sections as a tree (add, remove, move, rename; number, title,
 * kind, title style and page break bound to the selected section) and the selected section's text in a
 * {@link StructuredTextEditor}. Typing becomes one command after a pause, on focus loss, when another section is
 * selected and before save, export and undo; a change that comes from the model (undo, revert) is shown again.
 */
public class ReportPage extends FilingEditorPage implements StructuredTextEditor.Host {

	public static final String ID = "report";
	/** Idle time after typing before the text becomes a command. */
	static final int COMMIT_DELAY_MILLIS = 500;

	// the widgets of the current content (rebuilt with the content on Revert or reload)
	private TreeViewer tree;
	private StructuredTextEditor textEditor;
	private Label header;
	private Label status;
	private Text numberField;
	private Text titleField;
	private IObservableValue<String> numberTarget;
	private IObservableValue<String> titleTarget;
	private final List<Control> detailControls = new ArrayList<>();
	private final List<Control> selectionButtons = new ArrayList<>();
	private Button addSubsectionButton;
	private Button moveUpButton;
	private Button moveDownButton;

	// the section whose text the editor shows, and that text as last read from or written to the model
	private ReportSection shownSection;
	private StructuredText shownText;
	private boolean textPending;
	private final Runnable idleCommit = () -> commitText(null);

	public ReportPage(FilingEditor editor) {
		super(editor, ID, "Report");
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		detailControls.clear();
		selectionButtons.clear();
		shownSection = null;
		shownText = null;
		textPending = false;
		body.setLayout(new GridLayout());
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		toolkit.adapt(sash);
		createSectionsPane(toolkit, sash);
		createTextPane(toolkit, sash);
		sash.setWeights(36, 64);

		CommandStackListener stackListener = this::modelChanged;
		getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		onDispose(() -> {
			getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
			if (!body.isDisposed()) {
				body.getDisplay().timerExec(-1, idleCommit);
			}
		});
		ConflictMineralsReport report = getFiling().getReport();
		if (report != null && !report.getSections().isEmpty()) {
			tree.setSelection(new StructuredSelection(report.getSections().get(0)), true);
		} else {
			showSection(null);
		}
	}

	// --- the sections tree and its fields ------------------------------------------------------------------------

	private void createSectionsPane(FormToolkit toolkit, Composite parent) {
		Composite pane = toolkit.createComposite(parent);
		pane.setLayout(new GridLayout(1, false));
		Label title = toolkit.createLabel(pane, "Sections of the report");
		title.setFont(JFaceResources.getBannerFont());

		tree = new TreeViewer(pane, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.getTree().setData("name", "sections");
		tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.setContentProvider(new SectionContent());
		ReviewStateImages images = new ReviewStateImages(tree.getControl());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ReportSection section
						? FilingLabels.heading(section) + "   [" + ReviewMarks.sectionMark(section) + "]" : "";
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof ReportSection section ? images.of(ReviewMarks.state(section)) : null;
			}
		});
		tree.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		// before the field bindings' own listener: finish the old section's edits while it is still selected
		tree.addSelectionChangedListener(event -> sectionSelected());
		tree.setInput(getFiling());

		Composite buttons = toolkit.createComposite(pane);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		buttons.setLayout(new GridLayout(3, false));
		button(toolkit, buttons, "addSection", "Add Section", "Add a section after the selected one", false,
				this::addSection);
		addSubsectionButton = button(toolkit, buttons, "addSubsection", "Add Subsection",
				"Add a subsection at the end of the selected section", true, this::addSubsection);
		button(toolkit, buttons, "renameSection", "Rename", "Edit the title of the selected section", true,
				this::rename);
		moveUpButton = button(toolkit, buttons, "moveSectionUp", "Move Up", "Move the section before the one above",
				true, () -> move(-1));
		moveDownButton = button(toolkit, buttons, "moveSectionDown", "Move Down",
				"Move the section after the one below", true, () -> move(1));
		button(toolkit, buttons, "removeSection", "Remove", "Remove the selected section and its subsections", true,
				this::removeSection);
		createContextMenu();
		tree.getTree().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F2) {
				rename();
			} else if (event.keyCode == SWT.DEL) {
				removeSection();
			}
		});
		createDetails(toolkit, pane);
	}

	private Button button(FormToolkit toolkit, Composite parent, String name, String label, String tip,
			boolean needsSelection, Runnable run) {
		Button button = toolkit.createButton(parent, label, SWT.PUSH);
		button.setData("name", name);
		button.setToolTipText(tip);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, event -> run.run());
		if (needsSelection) {
			selectionButtons.add(button);
		}
		return button;
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(menuAction("Add Section", this::addSection));
		menu.add(menuAction("Add Subsection", this::addSubsection));
		menu.add(new Separator());
		menu.add(menuAction("Rename", this::rename));
		menu.add(menuAction("Move Up", () -> move(-1)));
		menu.add(menuAction("Move Down", () -> move(1)));
		menu.add(new Separator());
		menu.add(menuAction("Remove", this::removeSection));
		tree.getTree().setMenu(menu.createContextMenu(tree.getTree()));
		tree.getTree().addDisposeListener(event -> menu.dispose());
	}

	private static Action menuAction(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void createDetails(FormToolkit toolkit, Composite pane) {
		Composite details = toolkit.createComposite(pane);
		details.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		details.setLayout(new GridLayout(2, false));
		IObservableValue selected = ViewerProperties.singleSelection().observe(tree);

		numberField = detailText(toolkit, details, "Number:", "sectionNumber",
				"Printed number of a numbered subsection (1 for the first OECD step); empty when unnumbered");
		numberTarget = WidgetProperties.text(SWT.Modify).observeDelayed(400, numberField);
		bindings().bindValue(numberTarget, detail(Literals.REPORT_SECTION__NUMBER, selected));

		titleField = detailText(toolkit, details, "Title:", "sectionTitle", "The section's title as printed");
		titleTarget = WidgetProperties.text(SWT.Modify).observeDelayed(400, titleField);
		bindings().bindValue(titleTarget, detail(Literals.REPORT_SECTION__TITLE, selected));

		ComboViewer kind = detailCombo(toolkit, details, "Kind:", "sectionKind", SectionKind.VALUES.toArray(),
				"What the section is about (used by checks and the roll-forward to next year)");
		bindings().bindValue((IObservableValue) ViewerProperties.singleSelection().observe(kind),
				detail(Literals.REPORT_SECTION__KIND, selected));

		ComboViewer titleStyle = detailCombo(toolkit, details, "Title style:", "sectionTitleStyle",
				TitleStyle.VALUES.toArray(), "Heading: on a line of its own; run-in: in bold at the start of the text");
		bindings().bindValue((IObservableValue) ViewerProperties.singleSelection().observe(titleStyle),
				detail(Literals.REPORT_SECTION__TITLE_STYLE, selected));

		toolkit.createLabel(details, "");
		Button pageBreak = toolkit.createButton(details, "Start on a new page", SWT.CHECK);
		pageBreak.setData("name", "sectionPageBreak");
		pageBreak.setToolTipText("Page break before the section in the exported report");
		detailControls.add(pageBreak);
		bindings().bindValue(WidgetProperties.buttonSelection().observe(pageBreak),
				detail(Literals.REPORT_SECTION__PAGE_BREAK_BEFORE, selected));
		// Enter in a field writes it at once instead of after the pause
		numberField.addListener(SWT.DefaultSelection, event -> flushFields());
		titleField.addListener(SWT.DefaultSelection, event -> flushFields());
		toolkit.paintBordersFor(details);
	}

	@SuppressWarnings("rawtypes")
	private IObservableValue detail(EStructuralFeature feature, IObservableValue selected) {
		return EMFEditProperties.value(getEditingDomain(), feature).observeDetail(selected);
	}

	private Text detailText(FormToolkit toolkit, Composite parent, String label, String name, String tip) {
		toolkit.createLabel(parent, label);
		Text field = toolkit.createText(parent, "", SWT.SINGLE);
		field.setData("name", name);
		field.setToolTipText(tip);
		field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		detailControls.add(field);
		return field;
	}

	private ComboViewer detailCombo(FormToolkit toolkit, Composite parent, String label, String name,
			Object[] values, String tip) {
		toolkit.createLabel(parent, label);
		ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.getCombo().setData("name", name);
		combo.getCombo().setToolTipText(tip);
		combo.getCombo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.setContentProvider(ArrayContentProvider.getInstance());
		combo.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Enumerator literal ? displayName(literal.getName()) : String.valueOf(element);
			}
		});
		combo.setInput(values);
		toolkit.adapt(combo.getCombo());
		detailControls.add(combo.getCombo());
		return combo;
	}

	/** "DUE_DILIGENCE_STEP" as "Due diligence step", "RCOI" as it is. */
	static String displayName(String literal) {
		if (literal.equals("RCOI")) {
			return "RCOI";
		}
		String words = literal.replace('_', ' ').toLowerCase();
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	// --- the text pane --------------------------------------------------------------------------------------------

	private void createTextPane(FormToolkit toolkit, Composite parent) {
		Composite pane = toolkit.createComposite(parent);
		pane.setLayout(new GridLayout(1, false));
		header = toolkit.createLabel(pane, "", SWT.NONE);
		header.setData("name", "sectionHeader");
		header.setFont(JFaceResources.getHeaderFont());
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status = toolkit.createLabel(pane, "", SWT.NONE);
		status.setData("name", "sectionStatus");
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		textEditor = new StructuredTextEditor(pane, SWT.NONE);
		textEditor.setData("name", "sectionEditor");
		textEditor.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		toolkit.adapt(textEditor);
		textEditor.setHost(this);
		textEditor.getStyledText().addListener(SWT.FocusOut, event -> commitText(null));
		ReportComments.attach(this, textEditor); // review: highlighted passages, Comment on the selection
		SectionChanges.attach(this, textEditor); // blacklines: Show Changes since approval, accept or reject them
	}

	// --- selection, showing and committing text ---------------------------------------------------------------

	/** The section selected in the tree, or null. */
	public ReportSection getSelectedSection() {
		if (tree == null || tree.getControl().isDisposed()) {
			return null;
		}
		Object first = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		return first instanceof ReportSection section ? section : null;
	}

	private void sectionSelected() {
		flushFields();
		commitText(null);
		showSection(getSelectedSection());
	}

	/** Typed titles and numbers wait for a pause: write them to the model now. */
	private void flushFields() {
		if (titleTarget != null && !titleTarget.isDisposed()) {
			titleTarget.getValue();
			numberTarget.getValue();
		}
	}

	private void showSection(ReportSection section) {
		shownSection = section;
		textPending = false;
		StructuredText body = section == null ? null : section.getBody();
		shownText = body == null ? SdStudioFactory.eINSTANCE.createStructuredText() : EcoreUtil.copy(body);
		textEditor.setLines(StructuredTextMapping.toLines(body));
		textEditor.setEnabled(section != null);
		detailControls.forEach(control -> control.setEnabled(section != null));
		updateHeaderAndButtons();
	}

	private void updateHeaderAndButtons() {
		ReportSection section = getSelectedSection();
		if (header == null || header.isDisposed()) {
			return;
		}
		header.setText(section == null ? "Select a section to edit its text, or add one."
				: FilingLabels.heading(section));
		status.setText(section == null ? ""
				: "Review: " + ReviewMarks.sectionMark(section) + "   \u00b7   "
						+ words(StructuredTexts.wordCount(section.getBody())));
		header.getParent().layout();
		selectionButtons.forEach(button -> button.setEnabled(section != null));
		if (section != null) {
			List<ReportSection> siblings = SectionCommands.siblings(section);
			moveUpButton.setEnabled(siblings.indexOf(section) > 0);
			moveDownButton.setEnabled(siblings.indexOf(section) < siblings.size() - 1);
		}
		addSubsectionButton.setEnabled(section != null);
	}

	private static String words(int count) {
		return count == 1 ? "1 word" : count + " words";
	}

	@Override
	public void edited() {
		textPending = true;
		textEditor.getDisplay().timerExec(COMMIT_DELAY_MILLIS, idleCommit);
	}

	/** A link to a place in the filing: #annex-a shows Annex A, #id the section with that id. */
	@Override
	public void openLink(String link) {
		if (!link.startsWith("#")) {
			return; // web addresses are exported as text; the studio does not open a browser
		}
		String id = link.substring(1);
		if (id.equals("annex-a")) {
			getFilingEditor().showPage("annex");
			return;
		}
		for (var all = getFiling().eAllContents(); all.hasNext();) {
			if (all.next() instanceof ReportSection section && id.equals(section.getId())) {
				reveal(section, null);
				return;
			}
		}
		Prompts.info(getSite().getShell(), "Link", "No section of this filing has the id \u201c" + id
				+ "\u201d. Select the link's words and press Ctrl+K to correct it.");
	}

	@Override
	public void beforeAction() {
		commitText(null);
	}

	@Override
	public void actionDone(String label) {
		textPending = true;
		commitText(label);
	}

	/** Turns the editor's text into one command replacing the section's body, when it differs from the model. */
	private void commitText(String label) {
		if (textEditor == null || textEditor.isDisposed()) {
			return;
		}
		textEditor.getDisplay().timerExec(-1, idleCommit);
		ReportSection section = shownSection;
		if (!textPending || section == null || section.eResource() == null) {
			textPending = false;
			return;
		}
		textPending = false;
		StructuredText edited = StructuredTextMapping.toModel(textEditor.getLines());
		if (sameText(section.getBody(), edited)) {
			return;
		}
		shownText = EcoreUtil.copy(edited);
		Command set = SetCommand.create(getEditingDomain(), section, Literals.REPORT_SECTION__BODY, edited);
		String name = section.getTitle() == null || section.getTitle().isBlank() ? "Section" : section.getTitle();
		execute(new CompoundCommand(label != null ? label + " in " + name : "Typing in " + name, List.of(set)));
	}

	private static boolean sameText(StructuredText model, StructuredText other) {
		StructuredText left = model == null ? SdStudioFactory.eINSTANCE.createStructuredText() : model;
		StructuredText right = other == null ? SdStudioFactory.eINSTANCE.createStructuredText() : other;
		return EcoreUtil.equals(left, right);
	}

	/** After any command (undo and redo too): refresh the tree and show the model's text if it changed. */
	private void modelChanged(EventObject event) {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		tree.refresh(true);
		updateHeaderAndButtons();
		if (shownSection != null && shownSection == getSelectedSection() && !textPending
				&& !sameText(shownSection.getBody(), shownText)) {
			showSection(shownSection);
		}
	}

	/** Text typed in the last half second is not a command yet, but it is an unsaved change. */
	@Override
	public boolean isDirty() {
		return textPending || super.isDirty();
	}

	@Override
	public void commitPendingEdits() {
		flushFields();
		commitText(null);
	}

	// --- section commands ---------------------------------------------------------------------------------------

	private void addSection() {
		commitPendingEdits();
		ReportSection section = SectionCommands.newSection(getFiling(), "New Section");
		if (execute(SectionCommands.add(getEditingDomain(), getFiling(), getSelectedSection(), section))) {
			selectForRenaming(section);
		}
	}

	private void addSubsection() {
		ReportSection parent = getSelectedSection();
		if (parent == null) {
			return;
		}
		commitPendingEdits();
		ReportSection section = SectionCommands.newSection(getFiling(), "New Subsection");
		if (execute(SectionCommands.addSubsection(getEditingDomain(), parent, section))) {
			selectForRenaming(section);
		}
	}

	private void selectForRenaming(ReportSection section) {
		tree.refresh();
		tree.setSelection(new StructuredSelection(section), true);
		rename();
	}

	private void rename() {
		if (getSelectedSection() != null) {
			titleField.setFocus();
			titleField.selectAll();
		}
	}

	private void move(int direction) {
		ReportSection section = getSelectedSection();
		if (section == null) {
			return;
		}
		commitPendingEdits();
		execute(SectionCommands.move(getEditingDomain(), section, direction));
		tree.setSelection(new StructuredSelection(section), true);
		updateHeaderAndButtons();
	}

	private void removeSection() {
		ReportSection section = getSelectedSection();
		if (section == null) {
			return;
		}
		commitPendingEdits();
		if (SectionCommands.hasText(section) && !Prompts.confirm(getSite().getShell(), "Remove Section",
				"Remove the section \u201c" + FilingLabels.heading(section) + "\u201d"
						+ (section.getSubsections().isEmpty() ? " and its text?" : ", its text and its subsections?")
						+ "\n\nEdit > Undo brings it back.")) {
			return;
		}
		List<ReportSection> siblings = SectionCommands.siblings(section);
		int index = siblings.indexOf(section);
		EObject parent = section.eContainer();
		if (execute(SectionCommands.remove(getEditingDomain(), section))) {
			Object next = !siblings.isEmpty() ? siblings.get(Math.min(index, siblings.size() - 1))
					: parent instanceof ReportSection ? parent : null;
			tree.setSelection(next == null ? StructuredSelection.EMPTY : new StructuredSelection(next), true);
		}
	}

	// --- reveal ---------------------------------------------------------------------------------------------

	@Override
	public boolean canReveal(EObject subject) {
		return sectionOf(subject) != null;
	}

	/** The section that {@code subject} is, or whose body holds it; null for anything else. */
	static ReportSection sectionOf(EObject subject) {
		if (subject instanceof ReportSection section) {
			return section;
		}
		for (EObject object = subject; object != null; object = object.eContainer()) {
			if (object.eContainer() instanceof ReportSection section
					&& object.eContainingFeature() == Literals.REPORT_SECTION__BODY) {
				return section;
			}
		}
		return null;
	}

	@Override
	public void reveal(EObject subject, String field) {
		ReportSection section = sectionOf(subject);
		if (section == null || tree == null || tree.getControl().isDisposed()) {
			return;
		}
		tree.setSelection(new StructuredSelection(section), true);
		if ("title".equals(field)) {
			rename();
		} else if ("number".equals(field)) {
			numberField.setFocus();
		} else {
			textEditor.setFocus();
			if (section.getBody() != null && subject != section) {
				textEditor.showLine(StructuredTextMapping.lineOf(section.getBody(), subject));
			}
		}
	}

	/** For tests: the text editor of the current content. */
	public StructuredTextEditor getTextEditor() {
		return textEditor;
	}

	public TreeViewer getTreeViewer() {
		return tree;
	}

	/** Sections and their subsections, in order. */
	private static final class SectionContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			if (input instanceof Filing filing && filing.getReport() != null) {
				return filing.getReport().getSections().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ReportSection section ? section.getSubsections().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof ReportSection section && section.eContainer() instanceof ReportSection parent
					? parent : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ReportSection section && !section.getSubsections().isEmpty();
		}
	}
}
