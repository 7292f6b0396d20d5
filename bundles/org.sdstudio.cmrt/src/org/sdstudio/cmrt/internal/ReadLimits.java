package org.sdstudio.cmrt.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds on what reading a workbook may hold in memory, so no file can exhaust it (a zip bomb that stays under POI's
 * ratio check, a shared-strings part of gigabytes): a text of a cell is at most Excel's own limit, and a part of the
 * package at most {@link #maxPartBytes()} once inflated.
 */
public final class ReadLimits {

	/** Excel's limit on the text of one cell; a longer one was not written by Excel. */
	public static final int MAX_CELL_TEXT = 32_767;

	/** A part beyond this, inflated, is refused (the largest part of a real CMRT, its shared strings, is ~2 MB). */
	public static long maxPartBytes() {
		return Long.getLong("sdstudio.cmrt.maxPartBytes", 256L << 20);
	}

	/** A part too large to read. */
	public static final class PartTooLarge extends IOException {
		private static final long serialVersionUID = 1L;

		PartTooLarge(String part, long max) {
			super("the part " + part + " expands to more than " + (max >> 20) + " MB, far more than any CMRT holds; "
					+ "the file was refused");
		}
	}

	private ReadLimits() {
	}

	/** The part's stream, failing with {@link PartTooLarge} once it has given more than {@link #maxPartBytes()}. */
	public static InputStream bounded(InputStream in, String part) {
		long max = maxPartBytes();
		return new FilterInputStream(in) {
			private long total;

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0 && ++total > max) {
					throw new PartTooLarge(part, max);
				}
				return b;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				int n = super.read(b, off, len);
				if (n > 0 && (total += n) > max) {
					throw new PartTooLarge(part, max);
				}
				return n;
			}
		};
	}

	/** Appends at most up to one character beyond Excel's limit: enough to know the text was too long. */
	static void appendBounded(StringBuilder text, char[] ch, int start, int length) {
		int room = MAX_CELL_TEXT + 1 - text.length();
		if (room > 0) {
			text.append(ch, start, Math.min(length, room));
		}
	}
}
