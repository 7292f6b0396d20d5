package org.sdstudio.ui.internal.report;

import org.sdstudio.model.Run;

/** The formatting of a stretch of text in the editor: what a model {@link Run} carries besides its text. */
public record RunFormat(boolean bold, boolean italic, boolean underline, String link) {

	public static final RunFormat PLAIN = new RunFormat(false, false, false, null);

	public static RunFormat of(Run run) {
		String link = run.getLink() == null || run.getLink().isEmpty() ? null : run.getLink();
		return new RunFormat(run.isBold(), run.isItalic(), run.isUnderline(), link);
	}

	public RunFormat withBold(boolean value) {
		return new RunFormat(value, italic, underline, link);
	}

	public RunFormat withItalic(boolean value) {
		return new RunFormat(bold, value, underline, link);
	}

	public RunFormat withUnderline(boolean value) {
		return new RunFormat(bold, italic, value, link);
	}

	public RunFormat withLink(String value) {
		return new RunFormat(bold, italic, underline, value == null || value.isEmpty() ? null : value);
	}
}
