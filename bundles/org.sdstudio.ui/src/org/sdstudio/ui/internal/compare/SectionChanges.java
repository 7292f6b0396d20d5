package org.sdstudio.ui.internal.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.sdstudio.model.ReportSection;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.Change;
import org.sdstudio.review.compare.PartChanges;
import org.sdstudio.review.compare.TextComparison;
import org.sdstudio.ui.internal.report.ReportPage;
import org.sdstudio.ui.internal.report.StructuredTextEditor;

/**
 * "Show Changes" in the report editor: the selected section's changes since its approved revision, insertions
 * underlined in blue and deletions struck through in red as in the HTML blackline, numbered, beside the list of
 * changes with Accept, Reject, Accept All and Reject All. A rejection is one undoable command on the filing's
 * command stack (Edit > Undo puts the change back); accepting keeps the text and ticks the change off for this
 * session. Switching Show Changes off (or closing the window) returns to editing.
 */
public final class SectionChanges {

	private final ReportPage page;
	private final ToolItem toggle;
	private Shell window;
	private StyledText text;
	private Table table;
	private Label header;
	private ReviewPart part;
	private TextComparison comparison;
	private final List<Integer> accepted = new ArrayList<>();
	private CommandStackListener listener;

	private SectionChanges(ReportPage page, ToolBar toolBar) {
		this.page = page;
		new ToolItem(toolBar, SWT.SEPARATOR);
		toggle = new ToolItem(toolBar, SWT.CHECK);
		toggle.setText("Show Changes");
		toggle.setToolTipText("Show the section's changes since its approved revision; accept or reject them");
		toggle.setData("name", "showChanges");
		toggle.addListener(SWT.Selection, e -> {
			if (toggle.getSelection()) {
				open();
			} else {
				close();
			}
		});
	}

	/** Adds Show Changes to the Report page's text editor toolbar. */
	public static SectionChanges attach(ReportPage page, StructuredTextEditor editor) {
		SectionChanges changes = new SectionChanges(page, editor.getToolBar());
		editor.getStyledText().setData(SectionChanges.class.getName(), changes);
		return changes;
	}

	/** The Show Changes support installed on a report text widget, or null. */
	public static SectionChanges of(StyledText editorText) {
		return (SectionChanges) editorText.getData(SectionChanges.class.getName());
	}

	/** Shows the selected section's changes (a window beside the editor). */
	public void open() {
		toggle.setSelection(true);
		if (window == null || window.isDisposed()) {
			create();
		}
		refresh();
		window.open();
	}

	public void close() {
		toggle.setSelection(false);
		if (window != null && !window.isDisposed()) {
			window.dispose();
		}
	}

	public Shell window() {
		return window;
	}

	public TextComparison comparison() {
		return comparison;
	}

	private void create() {
		Shell parent = page.getSite().getShell();
		window = new Shell(parent, SWT.SHELL_TRIM | SWT.MODELESS);
		window.setData("name", "showChanges.window");
		window.setLayout(new GridLayout(1, false));
		header = new Label(window, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		text = new StyledText(window, SWT.BORDER | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		text.setData("name", "showChanges.text");
		GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true);
		textData.heightHint = 300;
		textData.widthHint = 760;
		text.setLayoutData(textData);
		table = new Table(window, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.setData("name", "showChanges.list");
		table.setHeaderVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false);
		tableData.heightHint = 140;
		table.setLayoutData(tableData);
		column("No.", 44);
		column("Change", 560);
		column("", 90);
		Composite buttons = new Composite(window, SWT.NONE);
		buttons.setLayout(new GridLayout(5, false));
		button(buttons, "&Accept", "showChanges.accept", () -> decide(selected(), true));
		button(buttons, "&Reject", "showChanges.reject", () -> decide(selected(), false));
		button(buttons, "Accept A&ll", "showChanges.acceptAll", () -> decide(all(), true));
		button(buttons, "Reject All", "showChanges.rejectAll", () -> decide(all(), false));
		button(buttons, "&Close", "showChanges.close", this::close);
		window.addListener(SWT.Dispose, e -> {
			if (listener != null) {
				page.getEditingDomain().getCommandStack().removeCommandStackListener(listener);
			}
			if (!toggle.isDisposed()) {
				toggle.setSelection(false);
			}
		});
		listener = e -> window.getDisplay().asyncExec(() -> {
			if (!window.isDisposed()) {
				refresh();
			}
		});
		page.getEditingDomain().getCommandStack().addCommandStackListener(listener);
		// another section selected in the report tree meanwhile: show its changes when the window is activated
		window.addListener(SWT.Activate, e -> {
			ReportSection shown = part == null ? null : part.section();
			if (shown != page.getSelectedSection()) {
				refresh();
			}
		});
		window.setSize(820, 620);
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.LEFT);
		c.setText(title);
		c.setWidth(width);
	}

	private static void button(Composite parent, String label, String name, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		b.setData("name", name);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private List<Integer> selected() {
		List<Integer> n = new ArrayList<>();
		for (TableItem item : table.getSelection()) {
			n.add((Integer) item.getData());
		}
		return n;
	}

	private List<Integer> all() {
		return comparison == null ? List.of() : comparison.changes().stream().map(Change::number).toList();
	}

	/** Accepts (ticks off) or rejects (one undoable command) the numbered changes. */
	public void decide(List<Integer> numbers, boolean accept) {
		if (numbers.isEmpty() || comparison == null || part == null) {
			return;
		}
		if (accept) {
			numbers.stream().filter(n -> !accepted.contains(n)).forEach(accepted::add);
			refresh();
			return;
		}
		page.commitPendingEdits();
		Command reject = PartChanges.reject(part, comparison, numbers);
		if (reject.canExecute()) {
			accepted.clear(); // the numbers change with the text
			page.getEditingDomain().getCommandStack().execute(reject);
		} else {
			header.setText(reject.getDescription());
		}
	}

	/** Recompares the selected section with its approved revision and shows the result. */
	public void refresh() {
		ReportSection section = page.getSelectedSection();
		part = section == null ? null : ReviewParts.forOwner(page.getFiling(), section).orElse(null);
		comparison = part == null ? null : PartChanges.sinceApproval(part).orElse(null);
		table.removeAll();
		if (part == null) {
			header.setText("Select a section to see its changes since approval.");
			text.setText("");
			return;
		}
		if (comparison == null) {
			header.setText(part.label() + " has no approved revision to compare with.");
			text.setText("");
			window.setText("Changes: " + part.label());
			return;
		}
		PartStatus status = Reviews.status(part);
		window.setText("Changes: " + part.label());
		header.setText(part.label() + " against its approved revision " + status.approved().getId() + " (approved by "
				+ status.approvedBy() + (status.approvedAt() == null ? "" : ", " + status.approvedAt()) + "; revision by "
				+ status.approved().getAuthor() + "): " + comparison.changes().size() + (comparison.changes().size() == 1 ? " change, " : " changes, ")
				+ comparison.wordsInserted() + " words inserted, " + comparison.wordsDeleted() + " deleted.");
		render();
		for (Change c : comparison.changes()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(c.number());
			item.setText(new String[] { String.valueOf(c.number()), c.describe(),
					accepted.contains(c.number()) ? "accepted" : "" });
		}
		window.layout(true, true);
	}

	private void render() {
		BlacklineText.show(text, List.of(comparison), null);
	}

}
