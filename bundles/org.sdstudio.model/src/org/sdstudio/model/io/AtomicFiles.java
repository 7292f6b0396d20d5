package org.sdstudio.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Files written whole or not at all: the bytes go to a hidden temporary file beside the target, which replaces the
 * target only once complete and flushed to disk, so a failure leaves the old file (or none) and no stray temporary.
 * The temporary is created with the user's default mode (not the 600 of {@code Files.createTempFile}), so a document
 * written for others to read can be read by them; a replaced file keeps its permissions.
 */
public final class AtomicFiles {

	/** Writes a file's content to the stream it is given (which it need not close). */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private AtomicFiles() {
	}

	/** Writes {@code target} atomically; its folder must exist. */
	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path temp = createTemporary(absolute.getParent(), absolute, ".part");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				// buffered, and left open when a writer closes it (some do), so that it can be forced to disk here
				BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
					@Override
					public void close() throws IOException {
						flush();
					}
				};
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			keepPermissions(absolute, temp);
			move(temp, absolute);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A new hidden file beside {@code file}, created with the default mode (the user's umask), not 600. */
	static Path createTemporary(Path dir, Path file, String suffix) throws IOException {
		while (true) {
			Path temp = dir.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong()) + suffix);
			try {
				Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return temp;
			} catch (FileAlreadyExistsException e) {
				// taken: draw again
			}
		}
	}

	/** Moves atomically where the file system can, else replaces. */
	static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void keepPermissions(Path target, Path temp) throws IOException {
		PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
		PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (old != null && now != null && Files.isRegularFile(target)) {
			now.setPermissions(old.readAttributes().permissions());
		}
	}
}
