package org.sdstudio.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 output with every control character a terminal would act on written as an escape instead: C0 controls other
 * than tab and line feed (ESC, BEL, carriage return ...) as {@code \x1B} and the like, DEL as {@code \x7F}, the C1
 * controls (U+0080 to U+009F, CSI among them) as a backslash, 'u' and four hex digits. A filing or a supplier's
 * workbook may hold any of them; printed raw they would clear the screen, retitle the window or hide text.
 */
public final class TerminalSafeOutputStream extends FilterOutputStream {

	/** The first byte of a two-byte UTF-8 sequence for U+0080 to U+00BF, held until the next byte shows which. */
	private boolean pendingC2;

	public TerminalSafeOutputStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	/** Filters a chunk into one write (the stream below is unbuffered: one system call per chunk, not per byte). */
	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		ByteArrayOutputStream chunk = new ByteArrayOutputStream(len + 16);
		for (int i = off; i < off + len; i++) {
			int c = b[i] & 0xff;
			if (pendingC2) {
				pendingC2 = false;
				if (c >= 0x80 && c <= 0x9f) {
					escape(chunk, "\\u00" + hex(c));
					continue;
				}
				chunk.write(0xc2);
			}
			if (c == 0xc2) {
				pendingC2 = true;
			} else if (c < 0x20 && c != '\t' && c != '\n' || c == 0x7f) {
				escape(chunk, "\\x" + hex(c));
			} else {
				chunk.write(c);
			}
		}
		out.write(chunk.toByteArray());
	}

	@Override
	public void flush() throws IOException {
		// a C2 held back stays until its second byte: flushing half a character would not print anything anyway
		out.flush();
	}

	private static void escape(ByteArrayOutputStream chunk, String text) {
		chunk.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}

	private static String hex(int b) {
		return String.format("%02X", b);
	}
}
