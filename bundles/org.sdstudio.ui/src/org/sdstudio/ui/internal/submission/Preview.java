package org.sdstudio.ui.internal.submission;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.edgar.ExportedFile;
import org.sdstudio.model.SubmissionData;
import org.sdstudio.model.validation.FilingFormats;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;

/**
 * Shows an exported document (Form SD or Exhibit 1.01) as EDGAR would render it: from the last export, or from a
 * draft made into a temporary folder when there is none. An embedded browser when one can be created (WebKitGTK may
 * be missing), otherwise the system web browser, and the user is told which.
 */
public final class Preview {

	/** Which document of the package. */
	public enum Document {
		FORM_SD("Form SD"), EXHIBIT_101("Exhibit 1.01");

		private final String label;

		Document(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		boolean matches(ExportedFile file) {
			return this == EXHIBIT_101 ? EdgarExport.EX_101.equals(file.documentType())
					: file.documentType().startsWith("SD");
		}
	}

	/** How the document was shown. */
	public enum Shown {
		EMBEDDED, SYSTEM_BROWSER, NOT_SHOWN
	}

	private static volatile boolean embeddedAllowed = true;
	private static volatile Predicate<String> systemLauncher;

	private Preview() {
	}

	/** For tests: forbid the embedded browser, as on a computer without WebKitGTK. */
	public static void setEmbeddedBrowserAllowed(boolean allowed) {
		embeddedAllowed = allowed;
	}

	/** For tests: what opens a file in the system browser ({@code null} restores {@link Program#launch}). */
	public static void setSystemLauncher(Predicate<String> launcher) {
		systemLauncher = launcher;
	}

	/** Shows {@code document} of the editor's filing; never throws, says what went wrong instead. */
	public static Shown show(Shell shell, FilingEditor editor, Document document) {
		Optional<Path> file = fromLastExport(editor.getLastExport(), document);
		if (file.isEmpty()) {
			file = draftExport(shell, editor, document);
			if (file.isEmpty()) {
				return Shown.NOT_SHOWN;
			}
		}
		return open(shell, file.get(), document.label() + " \u2013 " + file.get().getFileName());
	}

	/** The document in a written export whose file is still there. */
	static Optional<Path> fromLastExport(ExportResult last, Document document) {
		if (last == null || !last.isWritten()) {
			return Optional.empty();
		}
		return last.files().stream().filter(document::matches).map(ExportedFile::path).filter(Files::isRegularFile)
				.findFirst();
	}

	private static Optional<Path> draftExport(Shell shell, FilingEditor editor, Document document) {
		editor.commitPendingEdits();
		Path folder;
		try {
			folder = previewFolder(editor.getFile());
		} catch (IOException e) {
			Prompts.error(shell, "Preview Not Available", "A temporary folder for the preview could not be made ("
					+ e.getMessage() + "). Export the package and preview it from the Submission page.");
			return Optional.empty();
		}
		ExportSettings settings = ExportSettings.of(editor.getFile());
		ExportRun run = new ExportRun(editor.getFiling(), folder, new ExportOptions(prefixOf(editor), true,
				settings.pageBreaks()));
		try {
			PlatformUI.getWorkbench().getProgressService().run(true, true, run);
		} catch (InvocationTargetException | InterruptedException e) {
			return Optional.empty();
		}
		if (run.canceled()) {
			return Optional.empty();
		}
		if (run.failure() != null || run.result() == null) {
			Prompts.error(shell, "Preview Not Available", "A draft for the preview could not be made: "
					+ run.failure() + ".\n\nFix the problem (often the file name prefix on the Submission page) "
					+ "and try again.");
			return Optional.empty();
		}
		Optional<Path> file = fromLastExport(run.result(), document);
		if (file.isEmpty()) {
			Prompts.info(shell, "Nothing to Preview", "This filing has no " + document.label()
					+ " to show (it has no Conflict Minerals Report).");
		}
		return file;
	}

	private static Path sessionFolder;

	/**
	 * One folder per filing inside one temporary folder of the session: a new preview replaces the previous draft
	 * of the same filing instead of leaving a folder behind each time.
	 */
	private static synchronized Path previewFolder(Path filingFile) throws IOException {
		if (sessionFolder == null || !Files.isDirectory(sessionFolder)) {
			sessionFolder = Files.createTempDirectory("sdstudio-preview-");
		}
		String name = Integer.toHexString(filingFile.toAbsolutePath().normalize().toString().hashCode());
		return Files.createDirectories(sessionFolder.resolve(name));
	}

	/** A prefix the export accepts: the filing's own, or a neutral one when it has none yet. */
	private static String prefixOf(FilingEditor editor) {
		SubmissionData submission = editor.getFiling().getSubmission();
		String prefix = submission == null ? null : submission.getFileNamePrefix();
		return prefix != null && FilingFormats.isFileNamePrefix(prefix) ? prefix
				: "preview";
	}

	/** Opens {@code file} in an embedded browser window, or in the system browser when none can be made. */
	public static Shown open(Shell parent, Path file, String title) {
		if (embeddedAllowed) {
			Shell window = new Shell(parent, SWT.SHELL_TRIM);
			window.setText("Preview: " + title);
			window.setLayout(new FillLayout());
			window.setData("name", "preview");
			try {
				Browser browser = new Browser(window, SWT.NONE);
				browser.setData("name", "preview.browser");
				browser.setUrl(file.toUri().toString());
				window.setSize(900, 700);
				window.open();
				return Shown.EMBEDDED;
			} catch (SWTError e) {
				// no browser engine on this computer (WebKitGTK missing): fall back to the system browser
				window.dispose();
			}
		}
		Predicate<String> launcher = systemLauncher;
		boolean launched;
		try {
			launched = launcher != null ? launcher.test(file.toString()) : Program.launch(file.toString());
		} catch (RuntimeException e) {
			launched = false;
		}
		if (launched) {
			Prompts.info(parent, "Preview", "SD Studio cannot show web pages on this computer, so "
					+ file.getFileName() + " was opened in your web browser.\n\nThe file is " + file + ".");
			return Shown.SYSTEM_BROWSER;
		}
		Prompts.error(parent, "Preview Not Available", "SD Studio cannot show web pages on this computer and could "
				+ "not start a web browser. Open the file in a browser yourself:\n\n" + file);
		return Shown.NOT_SHOWN;
	}
}
