package org.sdstudio.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What the editor's file looked like when it was read or saved. A change of size or time alone does not count as a
 * change (a copy tool may touch a file without changing it): only different content does.
 */
record FileStamp(long size, long modified, byte[] digest) {

	static FileStamp of(Path file) {
		try {
			return new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis(), digest(file));
		} catch (IOException e) {
			return new FileStamp(-1, -1, new byte[0]);
		}
	}

	/** The current state on disk, to stop asking about a change the user decided to ignore. */
	FileStamp withDiskState(Path file) {
		return of(file);
	}

	boolean changedOnDisk(Path file) {
		try {
			if (!Files.isRegularFile(file)) {
				return false; // deleted or moved away: saving will write it again, nothing to reload
			}
			if (Files.size(file) == size && Files.getLastModifiedTime(file).toMillis() == modified) {
				return false;
			}
			return !Arrays.equals(digest(file), digest);
		} catch (IOException e) {
			return false;
		}
	}

	private static byte[] digest(Path file) throws IOException {
		try {
			return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
