package org.sdstudio.model.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The lock every writer of one filing holds around read-modify-write: an operating-system lock on a hidden lock file
 * beside the filing ({@code .NAME.sdfiling.lock}, left in place: deleting it would race with the next writer), so two
 * processes (two CLI runs, the CLI and the studio) take turns. Within one JVM a plain reentrant lock comes first, since
 * the operating-system lock belongs to the whole process (a second {@code FileChannel.lock} there would throw
 * {@code OverlappingFileLockException}); a thread that holds the lock may take it again (a save inside an update).
 */
public final class FilingLock implements AutoCloseable {

	private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

	private static final class Holder {
		final ReentrantLock local = new ReentrantLock();
		FileChannel channel;
		FileLock lock;
	}

	private final Path file;
	private final Holder holder;
	private boolean closed;

	private FilingLock(Path file, Holder holder) {
		this.file = file;
		this.holder = holder;
	}

	/** The lock file of a filing (the filing's real path, after following links). */
	public static Path lockFileOf(Path filing) {
		Path target = FilingFiles.target(filing);
		return target.resolveSibling("." + target.getFileName() + ".lock");
	}

	/** Takes the filing's lock, waiting for other writers. */
	public static FilingLock acquire(Path filing) throws FilingFileException {
		return acquire(filing, null);
	}

	/**
	 * Takes the filing's lock; when another process holds it, {@code waiting} (if given) is told once before this
	 * waits for it.
	 */
	public static FilingLock acquire(Path filing, Consumer<String> waiting) throws FilingFileException {
		Path target = FilingFiles.target(filing);
		Holder holder = HOLDERS.computeIfAbsent(target, k -> new Holder());
		holder.local.lock();
		if (holder.local.getHoldCount() > 1) {
			return new FilingLock(target, holder);
		}
		Path lockFile = lockFileOf(target);
		try {
			holder.channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			holder.lock = holder.channel.tryLock();
			if (holder.lock == null) {
				if (waiting != null) {
					waiting.accept("waiting for another program that is saving " + target.getFileName());
				}
				holder.lock = holder.channel.lock();
			}
			return new FilingLock(target, holder);
		} catch (IOException | RuntimeException e) {
			release(holder);
			holder.local.unlock();
			throw new FilingFileException(filing, "could not be saved (its lock file " + lockFile.getFileName()
					+ " cannot be used: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
					+ "); the previous version is unchanged", e);
		}
	}

	/** The filing this lock is for (its real path). */
	public Path file() {
		return file;
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (holder.local.getHoldCount() == 1) {
			release(holder);
		}
		holder.local.unlock();
	}

	private static void release(Holder holder) {
		try {
			if (holder.lock != null) {
				holder.lock.release();
			}
			if (holder.channel != null) {
				holder.channel.close();
			}
		} catch (IOException ignored) {
			// closing the channel releases the lock in any case
		} finally {
			holder.lock = null;
			holder.channel = null;
		}
	}
}
