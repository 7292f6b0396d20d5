package org.sdstudio.ui.internal.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.AtomicFiles;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.word.ReviewDocx;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.review.ReviewerName;

/**
 * Send for Review in Word: the parts to send (every report section, the item texts and Annex A by default), whether
 * the changes since approval go in as tracked changes, then the file. The document is written to a temporary file
 * beside the target and moved into place only when complete, so a failure leaves nothing behind and never spoils a
 * document of the same name; an existing file that is not a Word document (or the filing itself) is never
 * replaced. It names the reviewer from the preferences as its sender.
 */
public final class SendForReviewDialog extends Dialog {

	private static final int SAVE = IDialogConstants.CLIENT_ID + 1;

	/** For tests: where the file dialog is answered instead of the user (null: the real dialog). */
	private static volatile Function<String, Path> chooser;

	private final FilingEditor editor;
	private final Filing filing;
	private final List<ReviewPart> parts;
	private Table table;
	private Button sinceApproval;
	private Label chosen;
	private Path written;

	public SendForReviewDialog(Shell parent, FilingEditor editor) {
		super(parent);
		this.editor = editor;
		this.filing = editor.getFiling();
		this.parts = ReviewParts.of(filing);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Opens the dialog on the editor's filing (Filing > Send for Review in Word..., the Review page). */
	public static void open(Shell shell, FilingEditor editor) {
		editor.commitPendingEdits(); // the document takes the text as typed
		new SendForReviewDialog(shell, editor).open();
	}

	/** For tests: answer the save dialog with a path made from the suggested file name (null restores it). */
	public static void setChooser(Function<String, Path> answer) {
		chooser = answer;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Send for Review in Word");
		shell.setData("name", "sendReview");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("A Word document of the chosen parts for counsel: track changes is switched on, the open review "
				+ "comments are Word comments on their passages, and each part carries its id and the text it was sent "
				+ "with, so Import Review from Word brings every tracked change and comment back as a proposed change "
				+ "or a review comment.");
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
		introData.widthHint = 640;
		intro.setLayoutData(introData);

		new Label(area, SWT.NONE).setText("&Parts to send:");
		table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setData("name", "sendReview.parts");
		table.setHeaderVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 300;
		table.setLayoutData(tableData);
		column("Part", 400);
		column("State", 220);
		Set<ReviewPart> defaults = new HashSet<>(ReviewDocx.defaultParts(filing));
		for (ReviewPart part : parts) {
			TableItem item = new TableItem(table, SWT.NONE);
			PartStatus status = Reviews.status(part);
			item.setText(new String[] { part.label(),
					status.stateName() + (status.changedSinceApproval() ? ", changed since approval" : "") });
			item.setData(part);
			item.setChecked(defaults.contains(part));
		}
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				updateButtons();
			}
		});
		Composite choose = new Composite(area, SWT.NONE);
		choose.setLayout(new GridLayout(2, false));
		Button all = new Button(choose, SWT.PUSH);
		all.setText("Select &All");
		all.addListener(SWT.Selection, e -> checkAll(true));
		Button none = new Button(choose, SWT.PUSH);
		none.setText("Select &None");
		none.addListener(SWT.Selection, e -> checkAll(false));

		sinceApproval = new Button(area, SWT.CHECK);
		sinceApproval.setText("Show changes since &approval as tracked changes");
		sinceApproval.setData("name", "sendReview.sinceApproval");
		sinceApproval.setToolTipText("A part changed since its approved revision shows those changes as tracked "
				+ "insertions and deletions, so counsel sees what is new");
		Label sender = new Label(area, SWT.NONE);
		sender.setText("Sent by " + ReviewerName.current().name() + " (Window > Preferences > Legal Review).");
		chosen = new Label(area, SWT.WRAP);
		chosen.setData("name", "sendReview.outcome");
		chosen.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return area;
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.LEFT);
		c.setText(title);
		c.setWidth(width);
	}

	private void checkAll(boolean checked) {
		for (TableItem item : table.getItems()) {
			item.setChecked(checked);
		}
		updateButtons();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, SAVE, "&Save As...", true).setData("name", "sendReview.save");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateButtons();
	}

	private void updateButtons() {
		Button save = getButton(SAVE);
		if (save != null) {
			save.setEnabled(!selectedParts().isEmpty());
		}
		if (chosen != null && !chosen.isDisposed()) {
			int n = selectedParts().size();
			chosen.setText(n == 0 ? "Choose at least one part." : n + " of " + parts.size() + " parts chosen.");
		}
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == SAVE) {
			Path target = chooseFile();
			if (target != null && save(target)) {
				okPressed();
			}
		} else {
			super.buttonPressed(id);
		}
	}

	private Path chooseFile() {
		String suggested = editor.getFile().getFileName().toString().replaceFirst("\\.sdfiling$", "") + "-review.docx";
		Function<String, Path> answer = chooser;
		if (answer != null) {
			return answer.apply(suggested);
		}
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("Save Review Document");
		dialog.setOverwrite(true);
		dialog.setFilterPath(editor.getFile().toAbsolutePath().getParent().toString());
		dialog.setFileName(suggested);
		dialog.setFilterExtensions(new String[] { "*.docx" });
		String path = dialog.open();
		if (path == null) {
			return null;
		}
		return Path.of(path.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? path : path + ".docx");
	}

	/** The parts checked, in the filing's order. */
	public List<ReviewPart> selectedParts() {
		List<ReviewPart> chosenParts = new ArrayList<>();
		if (table == null || table.isDisposed()) {
			return chosenParts;
		}
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				chosenParts.add((ReviewPart) item.getData());
			}
		}
		return chosenParts;
	}

	/**
	 * Writes the review document of the checked parts to {@code target}; says so, or names the file and the reason
	 * in an error dialog when it cannot (then nothing is left behind and an existing file is unchanged).
	 */
	public boolean save(Path target) {
		List<ReviewPart> chosenParts = selectedParts();
		ReviewDocx.Options options = new ReviewDocx.Options(ReviewerName.current().name(), Instant.now(),
				editor.getFile().getFileName().toString(), sinceApproval.getSelection());
		try {
			if (target.toAbsolutePath().normalize().equals(editor.getFile().toAbsolutePath().normalize())) {
				throw new IOException("it is the filing itself");
			}
			write(filing, chosenParts, options, target);
		} catch (IOException | RuntimeException e) {
			String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
					: e.getMessage();
			Prompts.error(getShell(), "Send for Review Failed",
					target + " could not be written: " + reason + "\n\nNothing was written; the filing is unchanged.");
			return false;
		}
		written = target;
		Prompts.info(getShell(), "Review Document Written", target.getFileName() + " holds " + chosenParts.size()
				+ " part" + (chosenParts.size() == 1 ? "" : "s") + " with track changes on"
				+ (options.sinceApproval() ? " and the changes since approval as tracked changes" : "")
				+ ". Send it to counsel; bring it back with Import Review from Word.");
		return true;
	}

	/**
	 * Writes the document to a temporary file in the target's folder and moves it into place: the target is either
	 * the complete document or as it was.
	 */
	public static void write(Filing filing, List<ReviewPart> parts, ReviewDocx.Options options, Path target)
			throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		if (dir == null || !Files.isDirectory(dir)) {
			throw new IOException("the folder " + dir + " does not exist");
		}
		if (Files.isDirectory(target)) {
			throw new IOException("it is a folder");
		}
		if (Files.exists(target) && !isWordDocument(target)) {
			throw new IOException("it exists and is not a Word document, so it is not replaced");
		}
		AtomicFiles.write(target, out -> ReviewDocx.write(filing, parts, options, out));
	}

	/** Whether the file is a Word package (what may be replaced by a new review document). */
	private static boolean isWordDocument(Path file) {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null;
		} catch (IOException e) {
			return false;
		}
	}

	/** The file written, once saved. */
	public Path written() {
		return written;
	}

	/** Checks exactly the parts with these ids (for tests and callers that know the parts). */
	public void check(Set<String> ids) {
		for (TableItem item : table.getItems()) {
			item.setChecked(ids.contains(((ReviewPart) item.getData()).id()));
		}
		updateButtons();
	}

	public void setSinceApproval(boolean on) {
		sinceApproval.setSelection(on);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(720, 640);
	}
}
