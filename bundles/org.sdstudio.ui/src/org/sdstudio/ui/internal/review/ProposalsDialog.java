package org.sdstudio.ui.internal.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.ui.internal.SortableColumns;
import org.sdstudio.ui.internal.editor.FilingEditor;

/**
 * The proposed changes of one part (a report section, an item text or Annex A's row changes), every one numbered
 * P1.. with what it does, who proposed it and when, whether it was made with tracking off or conflicts with an edit
 * of the filing, and how it was decided; Accept, Reject, Accept All and Reject All run as one undoable command each
 * on the filing's command stack (the window does not block the editor, so Edit > Undo works while it is open), and a
 * decision the rules refuse says why and changes nothing.
 */
public final class ProposalsDialog extends Dialog {

	private static final int ACCEPT = IDialogConstants.CLIENT_ID + 1;
	private static final int REJECT = IDialogConstants.CLIENT_ID + 2;
	private static final int ACCEPT_ALL = IDialogConstants.CLIENT_ID + 3;
	private static final int REJECT_ALL = IDialogConstants.CLIENT_ID + 4;

	private final FilingEditor editor;
	private final ReviewPart part;
	private TableViewer viewer;
	private SortableColumns columns;
	private Label header;
	private Label outcome;
	private List<Proposals.Entry> entries = new ArrayList<>();
	private CommandStackListener listener;

	public ProposalsDialog(Shell parent, FilingEditor editor, ReviewPart part) {
		super(parent);
		this.editor = editor;
		this.part = part;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MAX | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Proposed Changes: " + part.label());
		shell.setData("name", "proposals");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		header = new Label(area, SWT.WRAP);
		header.setData("name", "proposals.header");
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(area, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setData("name", "proposals.list");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 320;
		viewer.getTable().setLayoutData(data);
		columns = new SortableColumns(viewer, this::sortBy);
		add("No.", 50, ProposalTexts::number, Comparator.comparingInt(Proposals.Entry::number));
		add("Change", 400, Proposals.Entry::what, Comparator.comparing(Proposals.Entry::what));
		add("By", 300, ProposalTexts::by, Comparator.comparing(ProposalTexts::by));
		add("Needs", 110, ProposalTexts::flags, Comparator.comparing(ProposalTexts::flags));
		add("State", 230, ProposalTexts::state, Comparator.comparing(ProposalTexts::state));
		viewer.getTable().addListener(SWT.MouseHover, e -> {
			var item = viewer.getTable().getItem(new Point(e.x, e.y));
			viewer.getTable().setToolTipText(item == null ? null : ProposalTexts.tooltip((Proposals.Entry) item.getData()));
		});
		viewer.addSelectionChangedListener(e -> updateButtons());
		outcome = new Label(area, SWT.WRAP);
		outcome.setData("name", "proposals.outcome");
		outcome.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		listener = e -> area.getDisplay().asyncExec(() -> {
			if (!area.isDisposed()) {
				refresh();
			}
		});
		stack.addCommandStackListener(listener);
		// the filing reloaded from disk: this part is gone with the old one
		org.eclipse.ui.IPropertyListener reloaded = (source, property) -> {
			if (property == FilingEditor.PROP_FILING && getShell() != null && !getShell().isDisposed()) {
				close();
			}
		};
		editor.addPropertyListener(reloaded);
		area.addListener(SWT.Dispose, e -> {
			stack.removeCommandStackListener(listener);
			editor.removePropertyListener(reloaded);
		});
		return area;
	}

	private void add(String title, int width, Function<Proposals.Entry, String> text,
			Comparator<Proposals.Entry> order) {
		columns.add(title, width, Proposals.Entry.class, text).getColumn().setData("order", order);
	}

	@SuppressWarnings("unchecked")
	private void sortBy(int column, boolean descending) {
		Comparator<Proposals.Entry> order = column < 0 ? Comparator.comparingInt(Proposals.Entry::number)
				: (Comparator<Proposals.Entry>) viewer.getTable().getColumn(column).getData("order");
		entries.sort(descending ? order.reversed() : order);
		viewer.setInput(entries);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ACCEPT, "&Accept", false).setData("name", "proposals.accept");
		createButton(parent, REJECT, "&Reject", false).setData("name", "proposals.reject");
		createButton(parent, ACCEPT_ALL, "Accept A&ll", false).setData("name", "proposals.acceptAll");
		createButton(parent, REJECT_ALL, "Reject All", false).setData("name", "proposals.rejectAll");
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true)
				.setData("name", "proposals.close");
		refresh();
	}

	@Override
	protected void buttonPressed(int id) {
		switch (id) {
		case ACCEPT -> decide(selected(), true);
		case REJECT -> decide(selected(), false);
		case ACCEPT_ALL -> decide(pending(), true);
		case REJECT_ALL -> decide(pending(), false);
		case IDialogConstants.CLOSE_ID -> close();
		default -> super.buttonPressed(id);
		}
	}

	/** Accepts or rejects the numbered proposed changes as one undoable command; a refusal is said, nothing done. */
	public void decide(List<Integer> numbers, boolean accept) {
		if (numbers.isEmpty()) {
			outcome.setText("Select the proposed changes to " + (accept ? "accept." : "reject."));
			return;
		}
		editor.commitPendingEdits(); // an accepted change is merged into the text as typed
		ReviewCommand command = Proposals.decide(part, numbers, accept, ReviewerName.current());
		if (!command.canExecute()) {
			outcome.setText("Not done: " + command.refusal().orElse(command.getLabel()));
		} else {
			editor.getEditingDomain().getCommandStack().execute(command);
			outcome.setText(command.getLabel() + ": done by " + ReviewerName.current().name()
					+ " (Edit > Undo takes it back).");
		}
		outcome.getParent().layout(true);
	}

	private List<Integer> selected() {
		List<Integer> numbers = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection().toList()) {
			numbers.add(((Proposals.Entry) o).number());
		}
		return numbers;
	}

	private List<Integer> pending() {
		return entries.stream().filter(Proposals.Entry::pending).map(Proposals.Entry::number).sorted().toList();
	}

	/** Reads the part's proposed changes again (after any command: an undo, a decision elsewhere). */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		entries = new ArrayList<>(Proposals.all(part));
		sortBy(columns.column(), columns.descending());
		long pending = entries.stream().filter(Proposals.Entry::pending).count();
		long conflicts = entries.stream().filter(e -> e.pending() && e.conflict()).count();
		long untracked = entries.stream().filter(e -> e.pending() && e.untracked()).count();
		header.setText(part.label() + ": " + entries.size() + " proposed change" + (entries.size() == 1 ? "" : "s")
				+ ", " + pending + " pending" + (conflicts == 0 ? "" : ", " + conflicts + " in conflict")
				+ (untracked == 0 ? "" : ", " + untracked + " made with tracking off") + ". "
				+ (part.kind() == ReviewPart.Kind.ANNEX ? "Accepting a row change edits, adds or excludes the row."
						: "Accepting a change puts it into the text; rejecting it leaves the text as it is."));
		header.getParent().layout(true);
		updateButtons();
	}

	private void updateButtons() {
		boolean anyPending = entries.stream().anyMatch(Proposals.Entry::pending);
		boolean selectedPending = viewer.getStructuredSelection().toList().stream()
				.anyMatch(o -> ((Proposals.Entry) o).pending());
		enable(ACCEPT, selectedPending);
		enable(REJECT, selectedPending);
		enable(ACCEPT_ALL, anyPending);
		enable(REJECT_ALL, anyPending);
	}

	private void enable(int id, boolean enabled) {
		Button b = getButton(id);
		if (b != null) {
			b.setEnabled(enabled);
		}
	}

	/** The entries listed, in the table's order. */
	public List<Proposals.Entry> entries() {
		return List.copyOf(entries);
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1120, 520);
	}
}
