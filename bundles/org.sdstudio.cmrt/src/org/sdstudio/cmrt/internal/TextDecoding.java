package org.sdstudio.cmrt.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file as spreadsheet programs write them: UTF-8 or UTF-16 with a byte order mark, UTF-16 without
 * one (every other byte zero), UTF-8 without one, or else Windows-1252 (Excel's "CSV" on Windows in the West). Never
 * fails: a byte no encoding takes is a replacement character, and the note says what was chosen when it was not
 * plain UTF-8.
 */
public final class TextDecoding {

	/** The text and, when it matters to the user, how it was read (else null). */
	public record Decoded(String text, String note) {
	}

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextDecoding() {
	}

	public static Decoded decode(byte[] bytes) {
		int n = bytes.length;
		if (n >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			return strictOr(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (with a byte order mark)", null);
		}
		if (n >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
			return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), "read as UTF-16 (little-endian, "
					+ "from its byte order mark)");
		}
		if (n >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
			return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), "read as UTF-16 (big-endian, "
					+ "from its byte order mark)");
		}
		Charset utf16 = utf16WithoutBom(bytes);
		if (utf16 != null) {
			return new Decoded(new String(bytes, utf16), "read as UTF-16 (" + (utf16 == StandardCharsets.UTF_16LE
					? "little" : "big") + "-endian; the file has no byte order mark)");
		}
		return strictOr(bytes, 0, StandardCharsets.UTF_8, null, "not UTF-8: read as Windows-1252, as spreadsheet "
				+ "programs on Windows write CSV files; check accented names");
	}

	private static Decoded strictOr(byte[] bytes, int offset, Charset charset, String note, String fallbackNote) {
		try {
			String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
			return new Decoded(text, note);
		} catch (CharacterCodingException e) {
			return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252),
					fallbackNote != null ? fallbackNote : "marked UTF-8 but not valid UTF-8: read as Windows-1252");
		}
	}

	/** UTF-16 without a byte order mark: ASCII text has a zero in every other byte; which one gives the order. */
	private static Charset utf16WithoutBom(byte[] bytes) {
		int sample = Math.min(bytes.length, 4096) & ~1;
		if (sample < 4) {
			return null;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < sample; i += 2) {
			evenZeros += bytes[i] == 0 ? 1 : 0;
			oddZeros += bytes[i + 1] == 0 ? 1 : 0;
		}
		int pairs = sample / 2;
		if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}
}
