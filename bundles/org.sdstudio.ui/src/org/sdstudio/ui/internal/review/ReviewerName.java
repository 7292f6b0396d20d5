package org.sdstudio.ui.internal.review;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;
import org.sdstudio.review.Reviewer;

/**
 * The reviewer's name in the studio: set once in the preferences (Legal Review), else {@code SDSTUDIO_USER}, else
 * the operating-system user, as on the command line.
 */
public final class ReviewerName {

	static final String NODE = "org.sdstudio.ui.review";
	static final String KEY = "reviewer";

	private ReviewerName() {
	}

	/** The name set in the preferences, or "" when none is. */
	public static String preference() {
		return node().get(KEY, "");
	}

	public static void setPreference(String name) {
		IEclipsePreferences node = node();
		if (name == null || name.isBlank()) {
			node.remove(KEY);
		} else {
			node.put(KEY, name.strip());
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept for this session; the next start falls back to SDSTUDIO_USER or the user name
		}
	}

	/** Who is reviewing now, with the system clock. */
	public static Reviewer current() {
		return new Reviewer(Reviewer.resolveName(preference()));
	}

	private static IEclipsePreferences node() {
		return (IEclipsePreferences) ConfigurationScope.INSTANCE.getNode(NODE);
	}
}
