package org.sdstudio.ui.internal.submission;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where and how a filing was last exported (output folder, draft, page breaks), remembered per filing file in the
 * studio's configuration preferences so that the next export of the same filing starts from the same choices.
 */
public record ExportSettings(Path folder, boolean draft, boolean pageBreaks) {

	private static final String NODE = "org.sdstudio.ui/export";

	/** The settings remembered for {@code filingFile}, or the defaults: an {@code edgar} folder beside it, final. */
	public static ExportSettings of(Path filingFile) {
		Path defaultFolder = defaultFolder(filingFile);
		IEclipsePreferences node = node();
		String key = keyOf(filingFile);
		String folder = node.get(key + ".folder", null);
		return new ExportSettings(folder == null || folder.isBlank() ? defaultFolder : Path.of(folder),
				node.getBoolean(key + ".draft", false), node.getBoolean(key + ".pageBreaks", true));
	}

	/** The folder an export goes to when none was chosen yet: {@code edgar} beside the filing. */
	public static Path defaultFolder(Path filingFile) {
		Path parent = filingFile.toAbsolutePath().getParent();
		return parent == null ? Path.of("edgar").toAbsolutePath() : parent.resolve("edgar");
	}

	/** Remembers these settings for {@code filingFile}. */
	public void save(Path filingFile) {
		IEclipsePreferences node = node();
		String key = keyOf(filingFile);
		node.put(key + ".folder", folder.toAbsolutePath().toString());
		node.putBoolean(key + ".draft", draft);
		node.putBoolean(key + ".pageBreaks", pageBreaks);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// the choice still holds for this session; only its memory across restarts is lost
		}
	}

	public ExportSettings withFolder(Path newFolder) {
		return new ExportSettings(newFolder, draft, pageBreaks);
	}

	public ExportSettings withDraft(boolean newDraft) {
		return new ExportSettings(folder, newDraft, pageBreaks);
	}

	public ExportSettings withPageBreaks(boolean newPageBreaks) {
		return new ExportSettings(folder, draft, newPageBreaks);
	}

	/** Asks for the output folder, starting at {@code folder}: the chosen folder, or null when canceled. */
	static String chooseFolder(Shell shell, String folder) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Output Folder");
		dialog.setMessage("The folder the EDGAR package is written into");
		dialog.setFilterPath(folder);
		return dialog.open();
	}

	private static IEclipsePreferences node() {
		return (IEclipsePreferences) ConfigurationScope.INSTANCE.getNode(NODE);
	}

	/** A key without '/' (the preference store reads '/' in a key as a child node). */
	private static String keyOf(Path filingFile) {
		String path = filingFile.toAbsolutePath().normalize().toString();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.UTF_8));
	}
}
