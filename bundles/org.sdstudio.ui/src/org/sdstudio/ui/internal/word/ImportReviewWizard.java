package org.sdstudio.ui.internal.word;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.word.ReturnedDocument;
import org.sdstudio.review.word.ReviewDocxException;
import org.sdstudio.review.word.ReviewDocxReader;
import org.sdstudio.review.word.ReviewImport;
import org.sdstudio.ui.internal.SortableColumns;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.review.ReviewFormat;
import org.sdstudio.ui.internal.review.ReviewerName;

/**
 * Import Review from Word: counsel's returned document is read (a damaged or password-protected file is said in one
 * line on the first page and goes no further; a document SD Studio did not send asks which part it is), then the
 * summary says per part how many proposed changes it brings (conflicts, edits made with tracking off, Annex A row
 * changes), comments new and already in the filing, replies and comments marked done, and every finding quoting the
 * text it concerns. Finish applies it all as one undoable command: the proposed changes wait for a decision in Show
 * Changes or the Review page, the text is unchanged. A document imported before brings nothing new: the summary says
 * so and Finish just closes.
 */
public final class ImportReviewWizard extends Wizard {

	private final FilingEditor editor;
	private final FilePage filePage = new FilePage();
	private final SummaryPage summaryPage = new SummaryPage();
	private ReturnedDocument document;
	private ReviewImport.Plan plan;
	private boolean applied;

	public ImportReviewWizard(FilingEditor editor) {
		this.editor = editor;
		setWindowTitle("Import Review from Word");
		setNeedsProgressMonitor(false);
	}

	/** Opens the wizard on the editor's filing (Filing > Import Review from Word..., the Review page). */
	public static void open(Shell shell, FilingEditor editor) {
		dialog(shell, new ImportReviewWizard(editor)).open();
	}

	/** The wizard's dialog, sized for the summary (not yet open). */
	public static WizardDialog dialog(Shell shell, ImportReviewWizard wizard) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setHelpAvailable(false);
		dialog.setPageSize(940, 440);
		return dialog;
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(summaryPage);
	}

	@Override
	public boolean canFinish() {
		return plan != null && getContainer().getCurrentPage() == summaryPage;
	}

	@Override
	public boolean performFinish() {
		if (plan == null) {
			return false;
		}
		if (plan.nothingNew()) {
			return true; // nothing to apply: the filing stays as it is, and not dirty
		}
		Command command = plan.command();
		if (!command.canExecute()) {
			summaryPage.setErrorMessage("The import cannot be applied to the filing as it is now: " + command.getLabel()
					+ ". Go back and read the document again.");
			return false;
		}
		editor.getEditingDomain().getCommandStack().execute(command);
		applied = true;
		return true;
	}

	/** The document read on the first page, or null. */
	public ReturnedDocument document() {
		return document;
	}

	/** The import worked out for the summary, or null. */
	public ReviewImport.Plan plan() {
		return plan;
	}

	/** Whether Finish applied the import. */
	public boolean applied() {
		return applied;
	}

	/** Works out the import of the document read into the editor's filing; the summary page shows it. */
	void makePlan() {
		plan = null;
		summaryPage.setErrorMessage(null);
		if (document == null) {
			return;
		}
		editor.commitPendingEdits(); // counsel's changes are merged with the text as typed
		String into = ReviewImport.needsPart(document) ? filePage.chosenPart() : null;
		try {
			plan = ReviewImport.plan(editor.getFiling(), document,
					new ReviewImport.Options(ReviewerName.current(), into));
		} catch (RuntimeException e) {
			summaryPage.setErrorMessage(document.file() + " could not be compared with the filing: "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		}
		summaryPage.show(plan);
	}

	// ------------------------------------------------------------------ page 1: the document

	final class FilePage extends WizardPage {
		private Text file;
		private Label about;
		private Label partLabel;
		private Combo part;
		private List<ReviewPart> parts = List.of();
		private Path read;

		FilePage() {
			super("file", "Returned Review Document", null);
			setDescription("The Word document counsel returned, with their tracked changes and comments.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(3, false));
			new Label(c, SWT.NONE).setText("&Document:");
			file = new Text(c, SWT.BORDER);
			file.setData("name", "reviewFile");
			file.setMessage("counsel's .docx");
			file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(c, SWT.PUSH);
			browse.setText("&Browse...");
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setText("Returned Review Document");
				dialog.setFilterExtensions(new String[] { "*.docx", "*.*" });
				dialog.setFilterPath(editor.getFile().toAbsolutePath().getParent().toString());
				String chosen = dialog.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			about = new Label(c, SWT.WRAP);
			about.setData("name", "reviewDocument");
			GridData aboutData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
			aboutData.widthHint = 700;
			about.setLayoutData(aboutData);
			partLabel = new Label(c, SWT.NONE);
			partLabel.setText("Import &into:");
			part = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
			part.setData("name", "reviewPart");
			part.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			part.addListener(SWT.Selection, e -> validate());
			showPartChooser(false);
			file.addListener(SWT.Modify, e -> validate());
			setControl(c);
			setPageComplete(false);
		}

		private void showPartChooser(boolean shown) {
			for (var control : new org.eclipse.swt.widgets.Control[] { partLabel, part }) {
				control.setVisible(shown);
				((GridData) (control.getLayoutData() == null ? newData(control) : control.getLayoutData())).exclude = !shown;
			}
			partLabel.getParent().layout(true);
		}

		private GridData newData(org.eclipse.swt.widgets.Control control) {
			GridData data = new GridData();
			control.setLayoutData(data);
			return data;
		}

		/** Reads the document named (once per file) and says what it is, or in one line why it cannot be read. */
		private void validate() {
			String name = file.getText().strip();
			Path path = name.isEmpty() ? null : Path.of(name);
			if (path == null) {
				setDocument(null, null);
				setErrorMessage(null);
				setPageComplete(false);
				return;
			}
			if (!path.equals(read)) {
				if (!Files.isRegularFile(path)) {
					setDocument(null, null);
					setErrorMessage(Files.isDirectory(path) ? path + " is a folder, not a Word document."
							: path + " does not exist.");
					setPageComplete(false);
					return;
				}
				try {
					setDocument(ReviewDocxReader.read(path), path);
				} catch (ReviewDocxException e) {
					setDocument(null, path);
					setErrorMessage(e.getMessage());
					setPageComplete(false);
					return;
				} catch (RuntimeException e) {
					setDocument(null, path);
					setErrorMessage(path.getFileName() + " cannot be read: "
							+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
					setPageComplete(false);
					return;
				}
			}
			if (document == null) {
				setPageComplete(false); // the error said already stays
				return;
			}
			setErrorMessage(null);
			if (ReviewImport.needsPart(document) && chosenPart() == null) {
				setMessage(document.file() + " was not sent by SD Studio (it has no part ids): choose the part to "
						+ "compare it with.", INFORMATION);
				setPageComplete(false);
				return;
			}
			setMessage(null);
			setPageComplete(true);
		}

		private void setDocument(ReturnedDocument doc, Path path) {
			document = doc;
			read = path;
			plan = null;
			boolean needsPart = doc != null && ReviewImport.needsPart(doc);
			if (needsPart && part.getItemCount() == 0) {
				parts = ReviewParts.of(editor.getFiling()).stream()
						.filter(p -> p.kind() != ReviewPart.Kind.ANNEX).toList();
				part.setItems(parts.stream().map(ReviewPart::label).toArray(String[]::new));
			}
			showPartChooser(needsPart);
			about.setText(doc == null ? "" : describe(doc));
			about.getParent().layout(true);
		}

		/** The id of the part chosen for a document without part ids, or null. */
		String chosenPart() {
			int i = part.getSelectionIndex();
			return i < 0 || i >= parts.size() ? null : parts.get(i).id();
		}

		/** Chooses the part with that id (what choosing it in the list does; for tests). */
		void choosePart(String id) {
			for (int i = 0; i < parts.size(); i++) {
				if (parts.get(i).id().equals(id)) {
					part.select(i);
				}
			}
			validate();
		}

		@Override
		public IWizardPage getNextPage() {
			return isPageComplete() ? summaryPage : null;
		}
	}

	/** "Sent by Dana Whitfield on ... from halcyon-2025.sdfiling with 17 parts; last saved by ...". */
	static String describe(ReturnedDocument doc) {
		StringBuilder sb = new StringBuilder(doc.file());
		if (doc.sent() != null) {
			sb.append(": sent by ").append(blankOr(doc.sent().sentBy(), "someone"));
			if (doc.sent().sentAt() != null) {
				sb.append(" on ").append(ReviewFormat.when(doc.sent().sentAt()));
			}
			if (doc.sent().filingName() != null && !doc.sent().filingName().isBlank()) {
				sb.append(" from ").append(doc.sent().filingName());
			}
			sb.append(" with ").append(doc.sent().parts().size()).append(doc.sent().parts().size() == 1 ? " part" : " parts");
		} else {
			sb.append(": not sent by SD Studio");
		}
		int revisions = doc.parts().stream().mapToInt(p -> p.revisions().size()).sum();
		int comments = doc.parts().stream().mapToInt(p -> p.comments().size()).sum();
		sb.append("; ").append(revisions).append(revisions == 1 ? " tracked revision, " : " tracked revisions, ")
				.append(comments).append(comments == 1 ? " comment" : " comments");
		if (doc.lastAuthor() != null && !doc.lastAuthor().isBlank()) {
			sb.append("; last saved by ").append(doc.lastAuthor().strip());
			if (doc.lastSaved() != null) {
				sb.append(" on ").append(ReviewFormat.when(doc.lastSaved()));
			}
		}
		return sb.append('.').toString();
	}

	private static String blankOr(String s, String otherwise) {
		return s == null || s.isBlank() ? otherwise : s.strip();
	}

	// ------------------------------------------------------------------ page 2: the summary

	final class SummaryPage extends WizardPage {
		private Label line;
		private TableViewer table;
		private SortableColumns columns;
		private Label findingsTitle;
		private Label partsNote;
		private org.eclipse.swt.widgets.List findings;
		private List<ReviewImport.PartResult> rows = new ArrayList<>();

		SummaryPage() {
			super("summary", "What the Review Brings", null);
			setDescription("Proposed changes wait for Accept or Reject (Show Changes, Review page); the text is unchanged "
					+ "until then. Finish imports it all as one command (Edit > Undo takes it back).");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(1, false));
			line = new Label(c, SWT.WRAP);
			line.setData("name", "importSummary");
			line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			table = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			table.getTable().setData("name", "importParts");
			table.getTable().setHeaderVisible(true);
			table.getTable().setLinesVisible(true);
			table.setContentProvider(ArrayContentProvider.getInstance());
			GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
			tableData.heightHint = 200;
			table.getTable().setLayoutData(tableData);
			columns = new SortableColumns(table, this::sortBy, index -> index > 0);
			columns.add("Part", 300, ReviewImport.PartResult.class, ReviewImport.PartResult::label);
			count("Changes", ReviewImport.PartResult::changes);
			count("Conflicts", ReviewImport.PartResult::conflicts);
			count("Tracking off", ReviewImport.PartResult::untracked);
			count("Row changes", ReviewImport.PartResult::rowChanges);
			count("New comments", ReviewImport.PartResult::newComments);
			count("Matched", ReviewImport.PartResult::matchedComments);
			count("Replies", ReviewImport.PartResult::replies);
			count("Resolved", ReviewImport.PartResult::resolved);
			// the figures as wide as their headers, the part's name takes the rest
			int figures = 0;
			for (int i = 1; i < table.getTable().getColumnCount(); i++) {
				table.getTable().getColumn(i).pack();
				figures += table.getTable().getColumn(i).getWidth();
			}
			table.getTable().getColumn(0).setWidth(Math.max(240, 900 - figures));
			table.getTable().addListener(SWT.MouseHover, e -> {
				var item = table.getTable().getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
				table.getTable().setToolTipText(item == null ? null
						: ((ReviewImport.PartResult) item.getData()).describe());
			});
			partsNote = new Label(c, SWT.NONE);
			partsNote.setData("name", "importPartsNote");
			partsNote.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			findingsTitle = new Label(c, SWT.NONE);
			findingsTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			findings = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
			findings.setData("name", "importFindings");
			// a finding quotes text: the whole of it on hover
			findings.addListener(SWT.MouseHover, e -> {
				int index = findings.getTopIndex() + e.y / Math.max(1, findings.getItemHeight());
				findings.setToolTipText(index >= 0 && index < findings.getItemCount() ? findings.getItem(index) : null);
			});
			GridData findingsData = new GridData(SWT.FILL, SWT.FILL, true, false);
			findingsData.heightHint = 90;
			findings.setLayoutData(findingsData);
			setControl(c);
		}

		private void count(String title, ToIntFunction<ReviewImport.PartResult> value) {
			columns.add(title, 88, ReviewImport.PartResult.class, r -> {
				int n = value.applyAsInt(r);
				return n == 0 ? "" : String.valueOf(n);
			}).getColumn().setData("value", value);
		}

		@SuppressWarnings("unchecked")
		private void sortBy(int column, boolean descending) {
			Comparator<ReviewImport.PartResult> order;
			if (column <= 0) {
				List<ReviewImport.PartResult> original = plan == null ? List.of() : plan.parts();
				order = column < 0 ? Comparator.comparingInt(original::indexOf)
						: Comparator.comparing(ReviewImport.PartResult::label);
			} else {
				order = Comparator.comparingInt((ToIntFunction<ReviewImport.PartResult>) table.getTable()
						.getColumn(column).getData("value"));
			}
			rows.sort(descending ? order.reversed() : order);
			table.setInput(rows);
		}

		@Override
		public void setVisible(boolean visible) {
			if (visible) {
				makePlan();
			}
			super.setVisible(visible);
		}

		void show(ReviewImport.Plan shown) {
			// the parts the document brings something to (or had brought before); the others are counted
			rows = shown == null ? new ArrayList<>() : new ArrayList<>(shown.parts().stream().filter(p -> !p.nothing()
					|| p.matchedComments() > 0 || p.alreadyImported()).toList());
			int quiet = shown == null ? 0 : shown.parts().size() - rows.size();
			sortBy(columns.column(), columns.descending());
			findings.removeAll();
			if (shown == null) {
				line.setText("");
				partsNote.setText("");
				findingsTitle.setText("");
				setMessage(null);
				return;
			}
			line.setText(shown.summary());
			partsNote.setText(shown.parts().size() + (shown.parts().size() == 1 ? " part" : " parts") + " read"
					+ (quiet == 0 ? "." : "; " + quiet + (quiet == 1 ? " brings" : " bring") + " nothing new and "
							+ (quiet == 1 ? "is" : "are") + " not listed."));
			findingsTitle.setText(shown.findings().isEmpty() ? "No findings: every change and comment was placed."
					: "Findings (" + shown.findings().size() + "): what could not be placed as it was, quoted");
			for (String finding : shown.findings()) {
				findings.add(finding);
			}
			if (shown.nothingNew()) {
				setMessage("Nothing new: everything in " + shown.document().file() + " is in the filing already (it was "
						+ "imported before). Finish closes without changing the filing.", INFORMATION);
			} else if (!shown.findings().isEmpty()) {
				setMessage("Read the findings: they name text that was not imported as it was.", WARNING);
			} else {
				setMessage(null);
			}
			line.getParent().layout(true, true);
		}

		/** The table of parts (for tests). */
		TableViewer parts() {
			return table;
		}
	}

	/** The first page, for tests: chooses the part of a document without part ids. */
	public void choosePart(String id) {
		filePage.choosePart(id);
	}
}
