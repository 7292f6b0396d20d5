package org.sdstudio.ui.internal.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/** The filings opened last (File > Recent Filings), newest first, kept in the studio's state folder (-data). */
public final class RecentFiles {

	static final int LIMIT = 8;
	private static final String KEY = "recentFilings";
	private static final String SEPARATOR = "\n";

	private RecentFiles() {
	}

	public static List<Path> list() {
		List<Path> result = new ArrayList<>();
		for (String entry : preferences().get(KEY, "").split(SEPARATOR)) {
			if (!entry.isBlank()) {
				result.add(Path.of(entry));
			}
		}
		return result;
	}

	public static void add(Path file) {
		List<Path> files = list();
		Path normal = file.toAbsolutePath().normalize();
		files.remove(normal);
		files.add(0, normal);
		while (files.size() > LIMIT) {
			files.remove(files.size() - 1);
		}
		store(files);
	}

	public static void remove(Path file) {
		List<Path> files = list();
		if (files.remove(file.toAbsolutePath().normalize())) {
			store(files);
		}
	}

	private static void store(List<Path> files) {
		StringBuilder value = new StringBuilder();
		for (Path path : files) {
			value.append(path).append(SEPARATOR);
		}
		IEclipsePreferences preferences = preferences();
		preferences.put(KEY, value.toString());
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// the list is a convenience: losing it must not stop opening a filing
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.sdstudio.ui");
	}
}
