package org.sdstudio.ui.internal.compare;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ProposalState;
import org.sdstudio.model.ProposedRevision;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Revision;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.Change;
import org.sdstudio.review.compare.FilingCompare;
import org.sdstudio.review.compare.PartChanges;
import org.sdstudio.review.compare.PartDiff;
import org.sdstudio.review.compare.TextCompare;
import org.sdstudio.review.compare.TextComparison;
import org.sdstudio.ui.internal.report.ReportPage;
import org.sdstudio.ui.internal.report.StructuredTextEditor;
import org.sdstudio.ui.internal.review.ProposalTexts;
import org.sdstudio.ui.internal.review.ReviewerName;

/**
 * "Show Changes" in the report editor: the selected section's changes since a base chosen from a list (its approved
 * revision by default, any of its revisions, or the same section of another filing, such as last year's), or the
 * changes proposed to it from a returned Word document ("Proposed changes", chosen by itself when the section has
 * some waiting: each numbered P1.., with its author, date, whether it was made with tracking off or conflicts with
 * an edit of the filing, and how it was decided; Accept puts exactly that change into the text, Reject leaves the
 * text as it is, both as one undoable command, and a refused decision says why), insertions
 * underlined in blue and deletions struck through in red as in the HTML blackline, numbered, beside the list of
 * changes with who made them and when, and with Accept, Reject, Accept All and Reject All (against the approved
 * revision only: that is the text a rejection puts back; other bases are shown read-only). A rejection is one undoable command on the filing's
 * command stack (Edit > Undo puts the change back); accepting keeps the text and ticks the change off for this
 * session. Switching Show Changes off (or closing the window) returns to editing.
 */
public final class SectionChanges {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);
	private static final String OTHER_FILING = "Same section in another filing...";
	/** The base that shows the section's proposed changes instead of a comparison. */
	private static final Object PROPOSED = new Object() {
		@Override
		public String toString() {
			return "proposed changes";
		}
	};

	private final ReportPage page;
	private final ToolItem toggle;
	private Shell window;
	private Combo baseList;
	private StyledText text;
	private Table table;
	private Label header;
	private final List<Button> decisions = new ArrayList<>();
	private ReviewPart part;
	private TextComparison comparison;
	private final List<Integer> accepted = new ArrayList<>();
	private CommandStackListener listener;
	/** The bases offered in the list, in its order: a Revision, a Path (another filing), or null (approved). */
	private final List<Object> bases = new ArrayList<>();
	/** The chosen base: null for the approved revision, else a Revision of the shown part or a filing's Path. */
	private Object base;
	private Path otherFiling;
	private Filing otherLoaded;
	/** Every proposed change of the part when the proposed changes are shown, else empty. */
	private List<Proposals.Entry> proposals = List.of();

	private SectionChanges(ReportPage page, ToolBar toolBar) {
		this.page = page;
		new ToolItem(toolBar, SWT.SEPARATOR);
		toggle = new ToolItem(toolBar, SWT.CHECK);
		toggle.setText("Show Changes");
		toggle.setToolTipText("Show the section's changes since its approved revision, another revision or last "
				+ "year's filing; accept or reject them");
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

	/** Whether the changes shown can be accepted and rejected (against the approved revision, or proposed ones). */
	public boolean decidable() {
		return base == null && comparison != null || showsProposals() && part != null;
	}

	/** Whether the proposed changes are shown (numbered P1.. in the list). */
	public boolean showsProposals() {
		return base == PROPOSED;
	}

	/** Shows the section's proposed changes (what choosing "Proposed changes" in the list does). */
	public void showProposals() {
		base = PROPOSED;
		refresh();
	}

	/** The proposed changes listed (empty unless they are shown). */
	public List<Proposals.Entry> proposals() {
		return proposals;
	}

	/** Compares the section with the same section of another filing (what choosing one in the file dialog does). */
	public void compareWith(Path filing) {
		otherFiling = filing;
		otherLoaded = null;
		base = filing;
		refresh();
	}

	private void create() {
		Shell parent = page.getSite().getShell();
		window = new Shell(parent, SWT.SHELL_TRIM | SWT.MODELESS);
		window.setData("name", "showChanges.window");
		window.setLayout(new GridLayout(1, false));
		Composite top = new Composite(window, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout topLayout = new GridLayout(2, false);
		topLayout.marginWidth = 0;
		topLayout.marginHeight = 0;
		top.setLayout(topLayout);
		new Label(top, SWT.NONE).setText("Compare &with:");
		baseList = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
		baseList.setData("name", "showChanges.base");
		baseList.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		baseList.addListener(SWT.Selection, e -> chooseBase(baseList.getSelectionIndex()));
		header = new Label(window, SWT.WRAP);
		header.setData("name", "showChanges.header");
		GridData headerData = new GridData(SWT.FILL, SWT.TOP, true, false);
		headerData.widthHint = 760;
		header.setLayoutData(headerData);
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
		column("Change", 330);
		column("By", 300);
		column("", 140);
		// the full story of a change (base and current text, who and when) as the row's tooltip
		table.addListener(SWT.MouseHover, e -> {
			TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
			table.setToolTipText(item == null ? null : (String) item.getData("tooltip"));
		});
		Composite buttons = new Composite(window, SWT.NONE);
		buttons.setLayout(new GridLayout(5, false));
		decisions.add(button(buttons, "&Accept", "showChanges.accept", () -> decide(selected(), true)));
		decisions.add(button(buttons, "&Reject", "showChanges.reject", () -> decide(selected(), false)));
		decisions.add(button(buttons, "Accept A&ll", "showChanges.acceptAll", () -> decide(all(), true)));
		decisions.add(button(buttons, "Reject All", "showChanges.rejectAll", () -> decide(all(), false)));
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
		window.setSize(860, 660);
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.LEFT);
		c.setText(title);
		c.setWidth(width);
	}

	private static Button button(Composite parent, String label, String name, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		b.setData("name", name);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	/** The base at this index of the list chosen; the last entry asks for another filing with a file dialog. */
	private void chooseBase(int index) {
		if (index < 0) {
			return;
		}
		if (index >= bases.size()) {
			FileDialog dialog = new FileDialog(window, SWT.OPEN);
			dialog.setText("Compare With the Same Section of Another Filing");
			dialog.setFilterExtensions(new String[] { "*.sdfiling", "*.*" });
			String chosen = dialog.open();
			if (chosen != null) {
				compareWith(Path.of(chosen));
			} else {
				refresh(); // back to the base shown
			}
			return;
		}
		base = bases.get(index);
		refresh();
	}

	private List<Integer> selected() {
		List<Integer> n = new ArrayList<>();
		for (TableItem item : table.getSelection()) {
			n.add((Integer) item.getData());
		}
		return n;
	}

	private List<Integer> all() {
		if (showsProposals()) {
			return proposals.stream().filter(Proposals.Entry::pending).map(Proposals.Entry::number).toList();
		}
		return comparison == null ? List.of() : comparison.changes().stream().map(Change::number).toList();
	}

	/**
	 * Accepts (ticks off) or rejects (one undoable command) the numbered changes, against the approved revision; for
	 * the proposed changes, accepts or rejects the numbered proposals (P-numbers) as one undoable command.
	 */
	public void decide(List<Integer> numbers, boolean accept) {
		if (showsProposals()) {
			decideProposals(numbers, accept);
			return;
		}
		if (numbers.isEmpty() || comparison == null || part == null || !decidable()) {
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

	/** Accepts or rejects proposed changes by their P-numbers; a refusal is said in the header, nothing changes. */
	private void decideProposals(List<Integer> numbers, boolean accept) {
		if (numbers.isEmpty() || part == null) {
			return;
		}
		page.commitPendingEdits(); // an accepted change is merged into the text as typed
		ReviewCommand command = Proposals.decide(part, numbers, accept, ReviewerName.current());
		if (command.canExecute()) {
			page.getEditingDomain().getCommandStack().execute(command);
		} else {
			header.setText("Not done: " + command.refusal().orElse(command.getLabel()));
			header.getParent().layout(true);
		}
	}

	/** Recompares the selected section with the chosen base and shows the result. */
	public void refresh() {
		ReportSection section = page.getSelectedSection();
		ReviewPart shown = section == null ? null : ReviewParts.forOwner(page.getFiling(), section).orElse(null);
		if (shown == null || part == null || !shown.equals(part)) {
			accepted.clear();
			if (base instanceof Revision) {
				base = null; // a revision of the section shown before
			}
			// a section with proposed changes waiting shows them first
			if (shown != null && !Proposals.pending(shown).isEmpty()) {
				base = PROPOSED;
			} else if (base == PROPOSED) {
				base = null;
			}
		}
		part = shown;
		comparison = null;
		proposals = List.of();
		table.removeAll();
		fillBaseList();
		decisions.forEach(b -> b.setEnabled(false));
		table.getColumn(3).setText(showsProposals() ? "State" : "");
		if (part == null) {
			header.setText("Select a section to see its changes.");
			text.setText("");
			window.setText("Changes");
			return;
		}
		window.setText("Changes: " + part.label());
		if (showsProposals()) {
			showProposed();
			return;
		}
		PartStatus status = Reviews.status(part);
		String against;
		String baseBy;
		if (base == null) {
			comparison = PartChanges.sinceApproval(part).orElse(null);
			if (comparison == null) {
				header.setText(part.label() + " has no approved revision to compare with; choose another base.");
				text.setText("");
				return;
			}
			Revision approved = status.approved();
			against = "its approved revision " + approved.getId() + " (approved by " + status.approvedBy()
					+ (status.approvedAt() == null ? "" : ", " + when(status.approvedAt())) + "; revision by "
					+ approved.getAuthor() + ")";
			baseBy = approved.getId() + " by " + approved.getAuthor() + ", " + when(approved.getTimestamp());
		} else if (base instanceof Revision r) {
			comparison = TextCompare.compare(r.getSnapshot(), part.text());
			against = "its revision " + describe(r);
			baseBy = r.getId() + " by " + r.getAuthor() + ", " + when(r.getTimestamp());
		} else {
			Path file = (Path) base;
			PartDiff matched;
			try {
				matched = sameSection(file);
			} catch (FilingFileException e) {
				header.setText(e.getMessage());
				text.setText("");
				return;
			}
			if (matched == null) {
				header.setText(file.getFileName() + " has no section matching " + part.label()
						+ " (by id, kind, title or text).");
				text.setText("");
				return;
			}
			comparison = matched.text();
			against = "the same section of " + file.getFileName()
					+ (matched.oldTitle() == null ? "" : " (\"" + matched.oldTitle().strip() + "\", matched by "
							+ matched.matchedBy() + ")");
			baseBy = file.getFileName().toString();
		}
		String nowBy = currentBy(status);
		header.setText(part.label() + " against " + against + ": " + comparison.changes().size()
				+ (comparison.changes().size() == 1 ? " change, " : " changes, ") + comparison.wordsInserted()
				+ " words inserted, " + comparison.wordsDeleted() + " deleted. Current text: " + nowBy + "."
				+ (decidable() ? "" : " Read-only: Accept and Reject work against the approved revision."));
		render();
		for (Change c : comparison.changes()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(c.number());
			item.setText(new String[] { String.valueOf(c.number()), c.describe(), by(c, baseBy, nowBy),
					accepted.contains(c.number()) ? "accepted" : "" });
			item.setData("tooltip", c.describe() + "\nWas: " + baseBy + "\nNow: " + nowBy);
		}
		decisions.forEach(b -> b.setEnabled(decidable()));
		window.layout(true, true);
	}

	/** Who wrote what a change concerns: deletions are the base's words; the rest is the current text's. */
	private static String by(Change c, String baseBy, String nowBy) {
		return switch (c.kind()) {
		case DELETED, BLOCK_DELETED, ROW_DELETED -> "was " + baseBy + "; removed " + nowBy;
		default -> nowBy;
		};
	}

	/**
	 * Who the current text is from: "since r3 by Dana Ortiz, 2026-03-02 14:05 UTC" when it is the revision submitted
	 * last; edits made after it are not yet attributed to anyone.
	 */
	private static String currentBy(PartStatus status) {
		Revision latest = status.latest();
		if (latest == null) {
			return "no revision submitted yet";
		}
		String since = latest.getId() + " by " + latest.getAuthor() + ", " + when(latest.getTimestamp());
		return Reviews.digest(latest).equals(status.part().digest()) ? "since " + since
				: "edited after " + since + " (not submitted yet)";
	}

	private PartDiff sameSection(Path file) throws FilingFileException {
		if (otherLoaded == null || !file.equals(otherFiling)) {
			otherLoaded = FilingFiles.load(file);
			otherFiling = file;
		}
		return FilingCompare.filings(otherLoaded, page.getFiling(), file.getFileName().toString(), "current")
				.parts().stream()
				.filter(d -> d.id().equals(part.id()) && d.status() != PartDiff.Status.REMOVED
						&& d.status() != PartDiff.Status.ADDED)
				.findFirst().orElse(null);
	}

	/**
	 * The list: approved revision, the proposed changes (when the section has any), the section's revisions newest
	 * first, the other filing, "another filing...".
	 */
	private void fillBaseList() {
		bases.clear();
		List<String> labels = new ArrayList<>();
		Revision approved = part == null ? null : Reviews.status(part).approved();
		bases.add(null);
		labels.add(approved == null ? "Approved revision (none)" : "Approved revision: " + describe(approved));
		List<Proposals.Entry> any = part == null ? List.of() : Proposals.all(part);
		if (!any.isEmpty()) {
			long pending = any.stream().filter(Proposals.Entry::pending).count();
			bases.add(PROPOSED);
			labels.add("Proposed changes (" + pending + " of " + any.size() + " pending)");
		}
		if (part != null && part.review() != null) {
			List<Revision> revisions = new ArrayList<>(part.review().getRevisions());
			java.util.Collections.reverse(revisions);
			for (Revision r : revisions) {
				bases.add(r);
				labels.add("Revision " + describe(r));
			}
		}
		if (otherFiling != null) {
			bases.add(otherFiling);
			labels.add("Same section in " + otherFiling.getFileName());
		}
		labels.add(OTHER_FILING);
		baseList.setItems(labels.toArray(new String[0]));
		int at = bases.indexOf(base);
		baseList.select(Math.max(at, 0));
		if (at < 0) {
			base = null;
		}
	}

	/** "r2: As filed for 2025 (Dana Ortiz, 2025-05-20 16:00 UTC)". */
	private static String describe(Revision r) {
		String what = r.getNote() != null && !r.getNote().isBlank() ? r.getNote().strip()
				: r.getTitle() == null ? "" : r.getTitle().strip();
		return r.getId() + (what.isEmpty() ? "" : ": " + what) + " (" + r.getAuthor() + ", " + when(r.getTimestamp())
				+ ")";
	}

	private static String when(Instant at) {
		return at == null ? "date unknown" : WHEN.format(at);
	}

	private void render() {
		BlacklineText.show(text, List.of(comparison), null);
	}

	/**
	 * The proposed changes: the text of each proposal with changes still pending, its open changes marked and
	 * numbered P1.. (conflicts highlighted; decided ones shown as decided), and every proposed change in the list.
	 */
	private void showProposed() {
		proposals = Proposals.all(part);
		List<ProposedRevision> open = new ArrayList<>();
		for (Proposals.Entry e : proposals) {
			if (e.pending() && e.change() != null && !open.contains(e.revision())) {
				open.add(e.revision());
			}
		}
		long pending = proposals.stream().filter(Proposals.Entry::pending).count();
		long conflicts = proposals.stream().filter(e -> e.pending() && e.conflict()).count();
		long untracked = proposals.stream().filter(e -> e.pending() && e.untracked()).count();
		StringBuilder line = new StringBuilder(part.label() + ": " + pending + " of " + proposals.size()
				+ " proposed change" + (proposals.size() == 1 ? "" : "s") + " pending");
		if (conflicts > 0) {
			line.append(", ").append(conflicts).append(" in conflict with edits of the filing (highlighted)");
		}
		if (untracked > 0) {
			line.append(", ").append(untracked).append(" made with tracking off");
		}
		line.append('.');
		if (open.isEmpty()) {
			line.append(" Nothing is waiting for a decision; the text is shown as it is.");
			BlacklineText.show(text, List.of(TextCompare.compare(part.text(), part.text())), null);
		} else {
			List<TextComparison> texts = new ArrayList<>();
			List<String> titles = new ArrayList<>();
			List<BlacklineText.Marks> marks = new ArrayList<>();
			for (ProposedRevision r : open) {
				texts.add(Proposals.comparison(r));
				titles.add("Proposed in " + ProposalTexts.source(r));
				marks.add(marks(r));
			}
			boolean edited = open.stream().anyMatch(r -> !sameText(Proposals.comparison(r)
					.resolve(i -> r.getChanges().get(i - 1).getState() == ProposalState.ACCEPTED), part.text()));
			line.append(" Accept puts a change into the text; Reject leaves the text as it is.");
			if (edited) {
				line.append(" The section was edited after the proposal came: the text shown is the proposal's, and"
						+ " an accepted change is merged into the current text.");
			}
			BlacklineText.show(text, texts, open.size() == 1 ? null : titles, marks);
		}
		header.setText(line.toString());
		for (Proposals.Entry e : proposals) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(e.number());
			item.setText(new String[] { ProposalTexts.number(e), e.what(), ProposalTexts.by(e),
					ProposalTexts.stateAndFlags(e) });
			if (e.pending() && e.conflict()) {
				item.setBackground(3, table.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
			}
			item.setData("tooltip", ProposalTexts.tooltip(e));
		}
		decisions.forEach(b -> b.setEnabled(pending > 0));
		window.layout(true, true);
	}

	/** How the changes of a proposal are drawn: open ones marked with their P-number, decided ones as decided. */
	private BlacklineText.Marks marks(ProposedRevision r) {
		return new BlacklineText.Marks() {
			@Override
			public BlacklineText.Shown shown(int change) {
				Proposals.Entry e = entry(r, change);
				if (e == null) {
					return BlacklineText.Shown.MARKED;
				}
				return switch (e.state()) {
				case ACCEPTED -> BlacklineText.Shown.ACCEPTED;
				case REJECTED -> BlacklineText.Shown.REJECTED;
				default -> e.conflict() ? BlacklineText.Shown.CONFLICT : BlacklineText.Shown.MARKED;
				};
			}

			@Override
			public String label(int change) {
				Proposals.Entry e = entry(r, change);
				return e == null ? "?" : ProposalTexts.number(e);
			}
		};
	}

	private Proposals.Entry entry(ProposedRevision r, int index) {
		for (Proposals.Entry e : proposals) {
			if (e.revision() == r && e.index() == index && e.change() != null) {
				return e;
			}
		}
		return null;
	}

	private static boolean sameText(StructuredText a, StructuredText b) {
		return !TextCompare.compare(a, b).hasChanges();
	}

}
