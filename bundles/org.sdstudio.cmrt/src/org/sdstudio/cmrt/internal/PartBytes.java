package org.sdstudio.cmrt.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;

/**
 * A part's inflated bytes, read through POI's guarded stream (its zip-bomb and entry size limits apply) into a
 * buffer: the reader scans parts as bytes ({@link XmlScanner}). Buffers are reused per thread, so a result is valid
 * until the next read into the same buffer on that thread.
 */
record PartBytes(byte[] bytes, int length) {

	/** Buffers above this size are not kept for the next read (a rare huge workbook does not pin its memory). */
	private static final int KEEP_AT_MOST = 32 << 20;

	/** Reads the part into the thread's buffer (grown when needed), or a new array when {@code buffer} is null. */
	static PartBytes read(PackagePart part, ThreadLocal<byte[]> buffer) throws IOException {
		byte[] b = buffer == null ? null : buffer.get();
		long size = -1;
		if (part instanceof ZipPackagePart zip && zip.getZipArchive() != null) {
			ZipArchiveEntry e = zip.getZipArchive();
			size = e.getSize();
		}
		// the size the zip states is a hint only (the stream's limits decide what may be read)
		int hint = size > 0 && size < KEEP_AT_MOST ? (int) size + 1 : 1 << 16;
		if (b == null || b.length < hint) {
			b = new byte[Math.max(hint, b == null ? 0 : b.length)];
		}
		int n = 0;
		try (InputStream in = ReadLimits.bounded(part.getInputStream(), part.getPartName().getName())) {
			for (int r; (r = in.read(b, n, b.length - n)) > 0;) {
				n += r;
				if (n == b.length) {
					b = Arrays.copyOf(b, b.length * 2);
				}
			}
		}
		if (buffer != null && b.length <= KEEP_AT_MOST) {
			buffer.set(b);
		}
		return new PartBytes(b, n);
	}
}
