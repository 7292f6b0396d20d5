package org.sdstudio.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Who is reviewing, and the clock that stamps what they do. The name is recorded on every revision, transition and
 * comment.
 */
public record Reviewer(String name, Clock clock) {

	/** The environment variable naming the reviewer when no name is given. */
	public static final String ENVIRONMENT_VARIABLE = "SDSTUDIO_USER";

	public Reviewer {
		Objects.requireNonNull(clock, "clock");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a reviewer has a name");
		}
		name = name.strip();
	}

	public Reviewer(String name) {
		this(name, Clock.systemUTC());
	}

	public Instant now() {
		return clock.instant();
	}

	/**
	 * The reviewer's name: the one given (the studio's preference, {@code --as NAME}) when there is one, else
	 * {@value #ENVIRONMENT_VARIABLE}, else the operating-system user, else "unknown reviewer".
	 */
	public static String resolveName(String given, Map<String, String> environment, String osUser) {
		for (String candidate : new String[] { given, environment.get(ENVIRONMENT_VARIABLE), osUser }) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return "unknown reviewer";
	}

	/** The name from this process's environment and user ({@code user.name}) when none is given. */
	public static String resolveName(String given) {
		return resolveName(given, System.getenv(), System.getProperty("user.name"));
	}
}
