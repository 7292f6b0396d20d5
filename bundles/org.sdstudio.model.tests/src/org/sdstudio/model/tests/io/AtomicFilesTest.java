package org.sdstudio.model.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.io.AtomicFiles;

/** Documents written for others (review documents, blacklines, follow-up lists): whole or not at all, and readable. */
class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void aNewFileGetsTheModeAnyNewFileGetsNotTheSixHundredOfATemporaryFile() throws Exception {
		Path plain = dir.resolve("plain.txt");
		Files.writeString(plain, "x"); // the user's umask at work
		Path written = dir.resolve("review.docx");
		AtomicFiles.write(written, out -> out.write("content".getBytes(StandardCharsets.UTF_8)));
		assertEquals("content", Files.readString(written));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
		assertEquals(List.of("plain.txt", "review.docx"), names(), "no temporary left");
	}

	@Test
	void aReplacedFileKeepsItsPermissionsAndAWriterThatClosesTheStreamIsFine() throws Exception {
		Path target = dir.resolve("blackline.html");
		Files.writeString(target, "old");
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
		AtomicFiles.write(target, out -> {
			out.write("new".getBytes(StandardCharsets.UTF_8));
			out.close(); // as some writers do
		});
		assertEquals("new", Files.readString(target));
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
	}

	@Test
	void aFailedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
		Path target = dir.resolve("follow-up.csv");
		byte[] old = "Supplier,Contact\r\n".getBytes(StandardCharsets.UTF_8);
		Files.write(target, old);
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
			out.write("half a file".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", e.getMessage());
		assertArrayEquals(old, Files.readAllBytes(target));
		assertEquals(List.of("follow-up.csv"), names());
	}

	private List<String> names() throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
