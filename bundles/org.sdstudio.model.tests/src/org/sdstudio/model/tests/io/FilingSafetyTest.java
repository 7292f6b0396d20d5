package org.sdstudio.model.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.io.FilingChangedException;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;
import org.sdstudio.model.templates.FilingTemplates;

/** Issue 16: concurrent writers, special files, stale temporaries, mode, group and symbolic links. */
class FilingSafetyTest {

	@TempDir
	Path dir;

	private Path blank(String name) throws FilingFileException {
		Path file = dir.resolve(name);
		FilingFiles.save(FilingTemplates.blank("Acme", 2025), file);
		return file;
	}

	private static void addRow(Filing filing, String facility) {
		SmelterEntry row = SdStudioFactory.eINSTANCE.createSmelterEntry();
		row.setMetal(Metal.TIN);
		row.setStatus(ComplianceStatus.ACTIVE);
		row.setFacilityName(facility);
		filing.getReport().getAnnexA().getRows().add(row);
	}

	private static Set<String> facilities(Path file) throws FilingFileException {
		Set<String> names = new HashSet<>();
		FilingFiles.load(file).getReport().getAnnexA().getRows().forEach(r -> names.add(r.getFacilityName()));
		return names;
	}

	@Test
	void aSaveOverAFileChangedSinceItWasReadIsRefusedAndWritesNothing() throws Exception {
		Path file = blank("f.sdfiling");
		Filing mine = FilingFiles.load(file);
		Filing theirs = FilingFiles.load(file);
		addRow(theirs, "Theirs");
		FilingFiles.save(theirs, file);
		byte[] after = Files.readAllBytes(file);
		addRow(mine, "Mine");
		FilingFileException e = assertThrows(FilingChangedException.class, () -> FilingFiles.save(mine, file));
		assertTrue(e.getMessage().contains("was changed on disk by another program since it was read; "
				+ "your changes were NOT saved"), e.getMessage());
		assertArrayEquals(after, Files.readAllBytes(file), "the other writer's version stays");
		// the user chose to overwrite (the studio asks): then it is replaced, deliberately
		FilingFiles.overwrite(mine, file);
		assertEquals(Set.of("Mine"), facilities(file));
		// and the next save of the same model is an ordinary one again
		addRow(mine, "Mine 2");
		FilingFiles.save(mine, file);
	}

	@Test
	void writersThatLockAroundReadModifyWriteKeepEveryChange() throws Exception {
		Path file = blank("shared.sdfiling");
		int writers = 4;
		int rounds = 10;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				int writer = w;
				done.add(pool.submit(() -> {
					for (int i = 0; i < rounds; i++) {
						try (FilingLock lock = FilingLock.acquire(file)) {
							Filing filing = FilingFiles.load(file);
							addRow(filing, "w" + writer + "-" + i);
							FilingFiles.save(filing, file); // the lock is reentrant for its holder
						}
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(writers * rounds, facilities(file).size());
		assertTrue(Files.exists(dir.resolve(".shared.sdfiling.lock")), "the lock file sits beside the filing");
	}

	@Test
	void aFifoIsRefusedWithoutHanging() throws Exception {
		Path fifo = dir.resolve("pipe.sdfiling");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		String m = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(FilingFileException.class, () -> FilingFiles.load(fifo)).getMessage());
		assertTrue(m.contains("is not a regular file"), m);
		// nor is a FIFO overwritten by a save
		String s = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(FilingFileException.class,
				() -> FilingFiles.save(FilingTemplates.blank("Acme", 2025), fifo)).getMessage());
		assertTrue(s.contains("not overwritten"), s);
	}

	@Test
	void devicesAndLinksToDevicesAreRefused() throws Exception {
		Path link = Files.createSymbolicLink(dir.resolve("zero.sdfiling"), Path.of("/dev/zero"));
		String m = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(FilingFileException.class, () -> FilingFiles.load(link)).getMessage());
		assertTrue(m.contains("is not a regular file"), m);
	}

	@Test
	void aFileBeyondTheSizeLimitIsRefusedNamingTheLimit() throws Exception {
		Path huge = dir.resolve("huge.sdfiling");
		try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
			f.setLength(3L << 30); // sparse: 3 GB that take no disk
		}
		String m = assertThrows(FilingFileException.class, () -> FilingFiles.load(huge)).getMessage();
		assertEquals(huge + ": is 3.0 GB, larger than the 256.0 MB a filing may have, so it is not read", m);
	}

	@Test
	void staleTemporariesOfAnInterruptedSaveAreRemovedAndReported() throws Exception {
		Path file = blank("f.sdfiling");
		Path tmp = Files.writeString(dir.resolve(".f.sdfiling.8812345678901234567.tmp"), "x".repeat(1000));
		Path bakTmp = Files.writeString(dir.resolve(".f.sdfiling.42.bak.tmp"), "y");
		Path otherFilings = Files.writeString(dir.resolve(".f.sdfiling.copy.sdfiling.17.tmp"), "z");
		Filing filing = FilingFiles.load(file);
		addRow(filing, "A");
		FilingFiles.SaveReport report = FilingFiles.save(filing, file);
		assertFalse(Files.exists(tmp));
		assertFalse(Files.exists(bakTmp));
		assertTrue(Files.exists(otherFilings), "another filing's temporary is not ours to remove");
		assertEquals(1, report.notes().size(), report.notes().toString());
		assertTrue(report.notes().get(0).startsWith("removed 2 temporary file(s) (0.0 MB) left by an earlier save "
				+ "of f.sdfiling that was interrupted"), report.notes().get(0));
		// a save leaves no temporary of its own behind
		try (var files = Files.list(dir)) {
			assertEquals(List.of(".f.sdfiling.copy.sdfiling.17.tmp"),
					files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
		}
	}

	@Test
	void aSaveKeepsModeAndGroup() throws Exception {
		Path file = blank("f.sdfiling");
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		GroupPrincipal other = null;
		try {
			other = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup");
			view.setGroup(other);
		} catch (Exception e) {
			other = view.readAttributes().group(); // no such group here: the mode is still checked
		}
		Filing filing = FilingFiles.load(file);
		addRow(filing, "A");
		FilingFiles.save(filing, file);
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals(other, Files.getFileAttributeView(file, PosixFileAttributeView.class).readAttributes().group());
	}

	@Test
	void aNewFilingGetsTheUsualModeNotPrivateTemporaryOne() throws Exception {
		Path file = blank("new.sdfiling");
		assertTrue(Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
				|| !Files.getPosixFilePermissions(dir).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
				PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void savingThroughASymbolicLinkWritesItsTarget() throws Exception {
		Files.createDirectory(dir.resolve("real"));
		Path target = blank("real/target.sdfiling");
		Path link = Files.createSymbolicLink(dir.resolve("link.sdfiling"), Path.of("real/target.sdfiling"));
		Filing filing = FilingFiles.load(link);
		addRow(filing, "Through the link");
		FilingFiles.save(filing, link);
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals(Set.of("Through the link"), facilities(target));
		assertTrue(Files.exists(dir.resolve("real/target.sdfiling.bak")), "the backup sits beside the target");
	}
}
