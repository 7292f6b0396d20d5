package org.sdstudio.ui.internal.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.io.AtomicFiles;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.BlacklineDocx;
import org.sdstudio.review.compare.BlacklineHtml;
import org.sdstudio.review.compare.FilingCompare;
import org.sdstudio.review.compare.FilingComparison;
import org.sdstudio.review.compare.PartDiff;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.review.ReviewerName;

/**
 * Filing > Compare...: the whole filing's blackline against its approved revisions or another {@code .sdfiling}
 * (last year's), shown in an embedded browser (or the system browser where none can be embedded), exported as HTML
 * or as a Word document with tracked changes. The comparison is the review bundle's, as {@code sdstudio blackline}.
 */
public final class CompareDialog extends Dialog {

	private static final int EXPORT_HTML = IDialogConstants.CLIENT_ID + 1;
	private static final int EXPORT_WORD = IDialogConstants.CLIENT_ID + 2;

	private final Filing filing;
	private final String name;
	private Button approved;
	private Button other;
	private Text otherFile;
	private Button showUnchanged;
	private Browser browser;
	private StyledText plain;
	private Label summary;
	private FilingComparison comparison;
	private String html;

	public CompareDialog(Shell parent, Filing filing, String name) {
		super(parent);
		this.filing = filing;
		this.name = name;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Compare " + name);
		shell.setData("name", "compare");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite sides = new Composite(area, SWT.NONE);
		sides.setLayout(new GridLayout(4, false));
		sides.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(sides, SWT.NONE).setText("Compare with:");
		approved = new Button(sides, SWT.RADIO);
		approved.setText("&Approved revisions");
		approved.setSelection(true);
		approved.setData("name", "compare.approved");
		approved.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
		new Label(sides, SWT.NONE);
		other = new Button(sides, SWT.RADIO);
		other.setText("Another &filing:");
		other.setData("name", "compare.other");
		otherFile = new Text(sides, SWT.BORDER);
		otherFile.setData("name", "compare.otherFile");
		otherFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		otherFile.addModifyListener(e -> {
			if (!otherFile.getText().isBlank()) {
				other.setSelection(true);
				approved.setSelection(false);
			}
		});
		Button browse = new Button(sides, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(sides, SWT.NONE);
		showUnchanged = new Button(sides, SWT.CHECK);
		showUnchanged.setText("Show &unchanged parts whole");
		showUnchanged.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		Button compare = new Button(sides, SWT.PUSH);
		compare.setText("&Compare");
		compare.setData("name", "compare.run");
		compare.addListener(SWT.Selection, e -> {
			compare();
			if (browser == null && html != null) {
				openInSystemBrowser();
			}
		});
		summary = new Label(area, SWT.WRAP);
		summary.setData("name", "compare.summary");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		try {
			browser = new Browser(area, SWT.BORDER);
			browser.setData("name", "compare.browser");
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.widthHint = 900;
			data.heightHint = 560;
			browser.setLayoutData(data);
		} catch (SWTError e) {
			// no browser engine here (WebKitGTK missing): the blackline drawn as styled text; Compare also opens
			// the HTML in the system browser
			browser = null;
			plain = new StyledText(area, SWT.BORDER | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
			plain.setData("name", "compare.text");
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.widthHint = 900;
			data.heightHint = 520;
			plain.setLayoutData(data);
		}
		compare();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, EXPORT_HTML, "Export &HTML...", false);
		createButton(parent, EXPORT_WORD, "Export &Word...", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == EXPORT_HTML || id == EXPORT_WORD) {
			boolean word = id == EXPORT_WORD;
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setText(word ? "Export Blackline as Word" : "Export Blackline as HTML");
			dialog.setOverwrite(true);
			dialog.setFileName(name.replaceFirst("\\.sdfiling$", "") + "-blackline" + (word ? ".docx" : ".html"));
			dialog.setFilterExtensions(new String[] { word ? "*.docx" : "*.html" });
			String chosen = dialog.open();
			if (chosen != null) {
				export(Path.of(chosen), word);
			}
		} else if (id == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(id);
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Compare With Filing");
		dialog.setFilterExtensions(new String[] { "*.sdfiling", "*.*" });
		String chosen = dialog.open();
		if (chosen != null) {
			otherFile.setText(chosen);
			compare();
		}
	}

	/** Compares with the chosen side and shows the blackline; a filing that cannot be read is said so. */
	public void compare() {
		try {
			if (other.getSelection() && !otherFile.getText().isBlank()) {
				Path path = Path.of(otherFile.getText().strip());
				Filing base = FilingFiles.load(path);
				comparison = FilingCompare.filings(base, filing, path.getFileName().toString(), name);
			} else {
				comparison = FilingCompare.fromApproved(filing, name, p -> true);
			}
			html = new String(BlacklineHtml.html(comparison, showUnchanged.getSelection(), Instant.now()),
					java.nio.charset.StandardCharsets.UTF_8);
		} catch (FilingFileException e) {
			summary.setText(e.getMessage());
			return;
		} catch (IOException e) {
			summary.setText("The blackline could not be made: " + e.getMessage());
			return;
		}
		summary.setText(summaryLine(comparison));
		summary.getParent().layout(true, true);
		if (browser != null) {
			browser.setText(html);
		} else if (plain != null) {
			showAsText();
		}
	}

	/** The parts one after the other, unchanged ones by their title only unless shown whole. */
	private void showAsText() {
		List<org.sdstudio.review.compare.TextComparison> texts = new java.util.ArrayList<>();
		List<String> titles = new java.util.ArrayList<>();
		for (PartDiff p : comparison.parts()) {
			boolean whole = p.changed() || showUnchanged.getSelection();
			titles.add(p.label() + "  (" + p.status().name().toLowerCase().replace('_', ' ')
					+ (p.titleChanged() ? "; title was \u201c" + p.oldTitle() + "\u201d" : "") + ")");
			texts.add(whole ? p.text() : null);
		}
		if (comparison.annex() != null) {
			var a = comparison.annex();
			StringBuilder rows = new StringBuilder("Annex A: ");
			for (var k : org.sdstudio.review.compare.AnnexComparison.Kind.values()) {
				rows.append(a.count(k)).append(' ').append(k.name().toLowerCase().replace('_', ' ')).append(", ");
			}
			titles.add(rows.append(a.unchanged()).append(" unchanged").toString());
			texts.add(null);
		}
		BlacklineText.show(plain, texts, titles);
	}

	@Override
	protected org.eclipse.swt.graphics.Point getInitialSize() {
		return new org.eclipse.swt.graphics.Point(1000, 760);
	}

	static String summaryLine(FilingComparison c) {
		return c.newLabel() + " against " + c.oldLabel() + ": " + c.changedParts().size() + " of " + c.parts().size()
				+ " parts changed, " + c.wordsInserted() + " words inserted, " + c.wordsDeleted() + " deleted"
				+ (c.annex() == null ? "" : "; Annex A: " + c.annex().changes().size() + " rows changed");
	}

	/** Writes the blackline (HTML, or Word with tracked changes) to a temporary file and moves it into place. */
	public boolean export(Path target, boolean word) {
		if (comparison == null) {
			return false;
		}
		try {
			boolean unchanged = showUnchanged.getSelection();
			AtomicFiles.write(target, out -> {
				if (word) {
					BlacklineDocx.write(comparison, ReviewerName.current().name(), Instant.now(), comments(), out);
				} else {
					out.write(BlacklineHtml.html(comparison, unchanged, Instant.now()));
				}
			});
			return true;
		} catch (IOException e) {
			Prompts.error(getShell(), "Export Failed", target + " could not be written: " + e.getMessage());
			return false;
		}
	}

	private Map<String, List<ReviewComment>> comments() {
		Map<String, List<ReviewComment>> map = new HashMap<>();
		for (PartDiff p : comparison.parts()) {
			ReviewParts.find(filing, p.id()).filter(rp -> rp.review() != null)
					.ifPresent(rp -> map.put(p.id(), Reviews.threads(rp)));
		}
		return map;
	}

	/** Where no browser can be embedded: the blackline as a temporary file in the system browser. */
	private void openInSystemBrowser() {
		try {
			Path file = Files.createTempFile("sdstudio-blackline-", ".html");
			Files.writeString(file, html, java.nio.charset.StandardCharsets.UTF_8);
			org.sdstudio.ui.internal.submission.Preview.open(getShell(), file, "Blackline");
		} catch (IOException e) {
			summary.setText("The blackline could not be shown: " + e.getMessage());
		}
	}

	/** The blackline shown (for tests and the system browser). */
	public String html() {
		return html;
	}

	public FilingComparison comparison() {
		return comparison;
	}

	/** For tests: compare with another filing. */
	public void compareWith(Path otherFiling) {
		otherFile.setText(otherFiling.toString());
		compare();
	}

	public boolean hasEmbeddedBrowser() {
		return browser != null;
	}
}
