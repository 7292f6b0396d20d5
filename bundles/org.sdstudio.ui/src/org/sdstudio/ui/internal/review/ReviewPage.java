package org.sdstudio.ui.internal.review;

import java.util.EventObject;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewRules;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;
import org.sdstudio.ui.internal.annex.AnnexPage;
import org.sdstudio.ui.internal.compare.CompareHandler;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.editor.FilingEditorPage;
import org.sdstudio.ui.internal.word.ImportReviewWizard;
import org.sdstudio.ui.internal.word.SendForReviewDialog;

/**
 * The Review page: every reviewable part with its state, who approved which revision and when, whether it changed
 * since, and its open comments; Submit, Approve, Request Changes and Reopen as undoable commands (a transition the
 * rules refuse is not offered, and the button says why); the gate "final export requires approval"; and the
 * selected part's comment threads; each part's proposed changes waiting for a decision (from counsel's returned Word
 * document) and the dialog that decides them; sending the filing for review in Word and importing it back.
 * Double-click opens the part where it is edited.
 */
public class ReviewPage extends FilingEditorPage {

	public static final String ID = "review";

	private TableViewer parts;
	private Text note;
	private Label outcome;
	private Label reviewerLabel;
	private Button gate;
	private Button submit;
	private Button approve;
	private Button requestChanges;
	private Button reopen;
	private Button proposed;
	private CommentsPane comments;

	public ReviewPage(FilingEditor editor) {
		super(editor, ID, "Review");
		ReviewRules.register(); // the gate and the review findings, whatever loaded the bundle first
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout());

		Composite top = toolkit.createComposite(body);
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		top.setLayout(new GridLayout(2, false));
		reviewerLabel = toolkit.createLabel(top, "");
		reviewerLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		gate = toolkit.createButton(top, "Final export requires approval of every part", SWT.CHECK);
		gate.setData("name", "requireApproval");
		gate.addListener(SWT.Selection, e -> {
			if (gate.getSelection() != getFiling().isRequireApproval()) {
				execute(Reviews.requireApproval(getFiling(), gate.getSelection()));
			}
		});

		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		toolkit.adapt(sash);
		createPartsPane(toolkit, sash);
		comments = new CommentsPane(this, toolkit, sash);
		sash.setWeights(62, 38);

		CommandStackListener listener = this::modelChanged;
		getEditingDomain().getCommandStack().addCommandStackListener(listener);
		onDispose(() -> getEditingDomain().getCommandStack().removeCommandStackListener(listener));
		refresh();
		List<PartStatus> all = statuses();
		if (!all.isEmpty()) {
			parts.setSelection(new StructuredSelection(all.get(0)), true);
		}
	}

	private void createPartsPane(FormToolkit toolkit, Composite parent) {
		Composite pane = toolkit.createComposite(parent);
		pane.setLayout(new GridLayout(1, false));
		Label title = toolkit.createLabel(pane, "Parts of the filing");
		title.setFont(JFaceResources.getBannerFont());

		Composite noteRow = toolkit.createComposite(pane);
		noteRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		noteRow.setLayout(new GridLayout(2, false));
		toolkit.createLabel(noteRow, "Note or comment:");
		note = toolkit.createText(noteRow, "", SWT.SINGLE);
		note.setData("name", "reviewNote");
		note.setMessage("recorded with the transition; Request Changes needs one");
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		note.addListener(SWT.Modify, e -> updateButtons());
		toolkit.paintBordersFor(noteRow);

		Composite buttons = toolkit.createComposite(pane);
		buttons.setLayout(new GridLayout(6, false));
		submit = button(toolkit, buttons, "submitPart", "Submit for Review",
				part -> Reviews.submit(part, reviewer(), note.getText()));
		approve = button(toolkit, buttons, "approvePart", "Approve",
				part -> Reviews.approve(part, reviewer(), note.getText()));
		requestChanges = button(toolkit, buttons, "requestChanges", "Request Changes",
				part -> Reviews.requestChanges(part, reviewer(), note.getText()));
		reopen = button(toolkit, buttons, "reopenPart", "Reopen",
				part -> Reviews.reopen(part, reviewer(), note.getText()));
		Button open = toolkit.createButton(buttons, "Open Part", SWT.PUSH);
		open.setData("name", "openPart");
		open.addListener(SWT.Selection, e -> openSelected());
		// the blackline of what changed since approval (or since last year's filing), as Filing > Compare... opens it
		Button compare = toolkit.createButton(buttons, "Compare...", SWT.PUSH);
		compare.setData("name", "reviewCompare");
		compare.setToolTipText("The blackline of the filing against its approved revisions or another filing");
		compare.addListener(SWT.Selection, e -> CompareHandler.open(getSite().getShell(), getFilingEditor()));

		// review in Word: counsel's tracked changes come back as proposed changes, decided here or in Show Changes
		Composite word = toolkit.createComposite(pane);
		word.setLayout(new GridLayout(3, false));
		proposed = toolkit.createButton(word, "Proposed Changes...", SWT.PUSH);
		proposed.setData("name", "proposedChanges");
		proposed.addListener(SWT.Selection, e -> openProposals());
		Button send = toolkit.createButton(word, "Send for Review in Word...", SWT.PUSH);
		send.setData("name", "sendReviewDocx");
		send.setToolTipText("A Word document of the parts, with track changes on and the open comments, for counsel");
		send.addListener(SWT.Selection, e -> SendForReviewDialog.open(getSite().getShell(), getFilingEditor()));
		Button bring = toolkit.createButton(word, "Import Review from Word...", SWT.PUSH);
		bring.setData("name", "importReviewDocx");
		bring.setToolTipText("Counsel's tracked changes and comments from the returned Word document, as proposed "
				+ "changes and review comments");
		bring.addListener(SWT.Selection, e -> ImportReviewWizard.open(getSite().getShell(), getFilingEditor()));

		outcome = toolkit.createLabel(pane, "", SWT.WRAP);
		outcome.setData("name", "reviewOutcome");
		outcome.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Composite tableArea = toolkit.createComposite(pane);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		parts = new TableViewer(tableArea, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		parts.getTable().setData("name", "reviewParts");
		parts.getTable().setHeaderVisible(true);
		parts.getTable().setLinesVisible(true);
		parts.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Part", 34, s -> s.part().label());
		column(layout, "State", 14, PartStatus::stateName);
		column(layout, "Approved", 12, s -> s.approved() == null ? "" : s.approved().getId());
		column(layout, "By", 16, s -> s.approvedBy() == null ? "" : s.approvedBy());
		column(layout, "On", 12, s -> ReviewFormat.when(s.approvedAt()));
		column(layout, "Changed since approval", 7, s -> s.changedSinceApproval() ? "changed" : "");
		column(layout, "Open comments", 5, s -> s.openComments() == 0 ? "" : String.valueOf(s.openComments()));
		column(layout, "Proposed changes", 6, s -> {
			int pending = Proposals.pending(s.part()).size();
			return pending == 0 ? "" : String.valueOf(pending);
		});
		parts.addSelectionChangedListener(e -> selectionChanged());
		parts.addDoubleClickListener(e -> openSelected());
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<PartStatus, String> text) {
		TableViewerColumn column = new TableViewerColumn(parts, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PartStatus) element);
			}
		});
	}

	private Button button(FormToolkit toolkit, Composite parent, String name, String label,
			Function<ReviewPart, ReviewCommand> operation) {
		Button button = toolkit.createButton(parent, label, SWT.PUSH);
		button.setData("name", name);
		button.setData("operation", operation);
		button.addListener(SWT.Selection, e -> run(operation));
		return button;
	}

	private void run(Function<ReviewPart, ReviewCommand> operation) {
		ReviewPart part = getSelectedPart();
		if (part == null) {
			return;
		}
		getFilingEditor().commitPendingEdits(); // the revision takes the text as typed
		ReviewCommand command = operation.apply(part);
		if (!command.canExecute()) {
			outcome.setText(command.refusal().orElse(""));
			return;
		}
		execute(command);
		note.setText("");
		outcome.setText(command.getLabel() + ": done by " + reviewer().name() + ".");
		outcome.getParent().layout(true);
	}

	/** The reviewer from the preferences (or the environment), read each time: the preference may change. */
	Reviewer reviewer() {
		return ReviewerName.current();
	}

	List<PartStatus> statuses() {
		return Reviews.statuses(getFiling());
	}

	/** The part selected in the table, or null. */
	public ReviewPart getSelectedPart() {
		if (parts == null || parts.getControl().isDisposed()) {
			return null;
		}
		Object selected = parts.getStructuredSelection().getFirstElement();
		return selected instanceof PartStatus status ? status.part() : null;
	}

	/** Selects the part with that id (for the report's Comment action and tests). */
	public void selectPart(String id) {
		statuses().stream().filter(s -> s.part().id().equals(id)).findFirst()
				.ifPresent(s -> parts.setSelection(new StructuredSelection(s), true));
	}

	public TableViewer getPartsViewer() {
		return parts;
	}

	public CommentsPane getCommentsPane() {
		return comments;
	}

	/**
	 * Opens the selected part's proposed changes (modeless, so Edit > Undo works meanwhile); the dialog shown, or
	 * null when no part is selected.
	 */
	public ProposalsDialog openProposals() {
		ReviewPart part = getSelectedPart();
		if (part == null) {
			return null;
		}
		ProposalsDialog dialog = new ProposalsDialog(getSite().getShell(), getFilingEditor(), part);
		dialog.open();
		// closed with the editor: its decisions go to this editor's command stack
		onDispose(() -> {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		});
		return dialog;
	}

	private void openSelected() {
		ReviewPart part = getSelectedPart();
		if (part != null && !getFilingEditor().reveal(part.owner(), null)) {
			getFilingEditor().showPage(AnnexPage.ID);
		}
	}

	private void selectionChanged() {
		updateButtons();
		comments.show(getSelectedPart());
	}

	private void modelChanged(EventObject event) {
		if (parts == null || parts.getControl().isDisposed()) {
			return;
		}
		parts.getControl().getDisplay().asyncExec(() -> {
			if (!parts.getControl().isDisposed()) {
				refresh();
			}
		});
	}

	/** Reads every part's status again (after any command: an edit elsewhere may have changed an approved part). */
	void refresh() {
		String selected = getSelectedPart() == null ? null : getSelectedPart().id();
		List<PartStatus> all = statuses();
		parts.setInput(all);
		if (selected != null) {
			all.stream().filter(s -> s.part().id().equals(selected)).findFirst()
					.ifPresent(s -> parts.setSelection(new StructuredSelection(s)));
		}
		long approved = all.stream().filter(PartStatus::isApproved).count();
		int open = all.stream().mapToInt(PartStatus::openComments).sum();
		int pending = Proposals.pendingCount(getFiling());
		reviewerLabel.setText("Reviewing as " + reviewer().name() + " (Window > Preferences > Legal Review).   "
				+ approved + " of " + all.size() + " parts approved, " + open + " open comment" + (open == 1 ? "" : "s")
				+ (pending == 0 ? "" : ", " + pending + " proposed change" + (pending == 1 ? "" : "s") + " to decide")
				+ ".");
		reviewerLabel.getParent().layout(true);
		gate.setSelection(getFiling().isRequireApproval());
		updateButtons();
		comments.show(getSelectedPart());
	}

	@SuppressWarnings("unchecked")
	private void updateButtons() {
		ReviewPart part = getSelectedPart();
		if (proposed != null && !proposed.isDisposed()) {
			int count = part == null ? 0 : Proposals.all(part).size();
			proposed.setEnabled(count > 0);
			proposed.setToolTipText(part == null ? null : count == 0 ? part.label() + " has no proposed changes."
					: part.label() + ": " + Proposals.pending(part).size() + " of " + count + " pending");
		}
		for (Button button : new Button[] { submit, approve, requestChanges, reopen }) {
			if (button == null || button.isDisposed()) {
				continue;
			}
			if (part == null) {
				button.setEnabled(false);
				button.setToolTipText(null);
				continue;
			}
			Command command = ((Function<ReviewPart, ReviewCommand>) button.getData("operation")).apply(part);
			boolean can = command.canExecute() || command instanceof ReviewCommand rc && rc.refusal().isPresent()
					&& button == requestChanges && note.getText().isBlank() && Reviews.status(part).state()
							== org.sdstudio.model.ReviewState.IN_REVIEW;
			button.setEnabled(can);
			button.setToolTipText(command instanceof ReviewCommand rc ? rc.refusal().orElse(command.getLabel()) : null);
		}
	}
}
