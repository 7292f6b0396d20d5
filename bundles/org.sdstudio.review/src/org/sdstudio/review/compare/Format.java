package org.sdstudio.review.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sdstudio.model.Run;

/** The formatting of a stretch of text: bold, italic, underline and a link target (null when none). */
public record Format(boolean bold, boolean italic, boolean underline, String link) {

	public static final Format PLAIN = new Format(false, false, false, null);

	public static Format of(Run run) {
		String link = run.getLink() == null || run.getLink().isBlank() ? null : run.getLink();
		return new Format(run.isBold(), run.isItalic(), run.isUnderline(), link);
	}

	public boolean isPlain() {
		return equals(PLAIN);
	}

	/** Sets this formatting on a run. */
	public void applyTo(Run run) {
		run.setBold(bold);
		run.setItalic(italic);
		run.setUnderline(underline);
		run.setLink(link);
	}

	/** "bold, link to #annex-a", "plain": what a reviewer reads in a formatting change. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (bold) {
			parts.add("bold");
		}
		if (italic) {
			parts.add("italic");
		}
		if (underline) {
			parts.add("underline");
		}
		if (link != null) {
			parts.add("link to " + link);
		}
		return parts.isEmpty() ? "plain" : String.join(", ", parts);
	}

	boolean sameLink(Format other) {
		return Objects.equals(link, other.link);
	}
}
