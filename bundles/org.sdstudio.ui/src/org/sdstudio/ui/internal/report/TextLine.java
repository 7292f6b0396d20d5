package org.sdstudio.ui.internal.report;

import java.util.List;

/** One line of the editor as the mapping sees it: what block it belongs to and its formatted segments. */
public record TextLine(LineInfo info, List<Segment> segments) {

	/** A stretch of text with one formatting. */
	public record Segment(String text, RunFormat format) {
	}

	public TextLine {
		segments = List.copyOf(segments);
	}

	public String text() {
		StringBuilder text = new StringBuilder();
		segments.forEach(segment -> text.append(segment.text()));
		return text.toString();
	}
}
