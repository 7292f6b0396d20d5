package org.sdstudio.review.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sdstudio.model.Run;

/** A word, a run of white space or one punctuation mark, with the formatting of the run it came from. */
record Token(String text, Format format, boolean word) {

	/** Letters, marks and digits, joined by inner apostrophes or periods (1.01, don't, U.S); else one space run; else one character. */
	private static final Pattern TOKEN = Pattern.compile(
			"[\\p{L}\\p{M}\\p{N}]+(?:['\u2019.][\\p{L}\\p{M}\\p{N}]+)*|\\s+|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|.",
			Pattern.DOTALL);

	static List<Token> of(List<Run> runs) {
		List<Token> tokens = new ArrayList<>();
		for (Run run : runs) {
			String text = run.getText();
			if (text == null || text.isEmpty()) {
				continue;
			}
			Format format = Format.of(run);
			Matcher m = TOKEN.matcher(text);
			while (m.find()) {
				String t = m.group();
				tokens.add(new Token(t, format, Character.isLetterOrDigit(t.codePointAt(0))));
			}
		}
		return tokens;
	}

	static String text(List<Token> tokens) {
		StringBuilder sb = new StringBuilder();
		for (Token t : tokens) {
			sb.append(t.text);
		}
		return sb.toString();
	}

	static int words(List<Token> tokens) {
		int n = 0;
		for (Token t : tokens) {
			if (t.word) {
				n++;
			}
		}
		return n;
	}
}
