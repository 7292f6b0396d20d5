package org.sdstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * releng/setup's decisions, on a PATH of stand-ins: what it finds missing, what it says, and which apt-get command it
 * runs (the stand-in apt-get and sudo only write down how they were called).
 */
class SetupScriptTest {

	static final Path SETUP = Sdstudio.HOME.resolve("releng/setup");

	@TempDir
	Path dir;
	Path bin;
	Path calls;

	record Run(int exit, String err, List<String> calls) {
	}

	@BeforeEach
	void machineWithEverything() throws IOException {
		bin = Files.createDirectories(dir.resolve("bin"));
		calls = dir.resolve("calls.txt");
		Files.writeString(calls, "");
		Files.copy(Path.of(which("bash")), bin.resolve("bash"));
		for (String tool : new String[] { "sed", "grep", "head", "env", "ls" }) {
			stub(tool, "exec " + which(tool) + " \"$@\"");
		}
		stub("id", "echo ${FAKE_UID:-0}");
		stub("apt-get", "echo \"apt-get $*\" >> " + calls);
		stub("javac", "echo 'javac 17.0.12' >&2");
		stub("java", "echo 'openjdk version \"17.0.12\" 2024-07-16' >&2");
		stub("mvn", "echo 'Apache Maven 3.8.7'");
		stub("xvfb-run", "true");
		stub("xauth", "true");
		stub("ldconfig", "echo '\tlibgtk-3.so.0 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libgtk-3.so.0'");
	}

	@Test
	void nothingMissingSaysNothingAndInstallsNothing() throws Exception {
		Run r = setup("jdk", "java", "maven", "xvfb", "gtk");
		assertEquals(new Run(0, "", List.of()), r);
	}

	@Test
	void asRootInstallsWhatIsMissingAfterOneLine() throws Exception {
		Files.delete(bin.resolve("javac"));
		stub("ldconfig", "echo '\tlibc.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libc.so.6'");
		Run r = setup("jdk", "maven", "gtk");
		assertEquals(0, r.exit(), r.toString());
		assertEquals("setup: installing openjdk-17-jdk-headless libgtk-3-0 with apt-get\n", r.err());
		assertEquals(List.of("apt-get update -qq",
				"apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless libgtk-3-0"), r.calls());
	}

	@Test
	void anOlderJdkCountsAsMissing() throws Exception {
		stub("javac", "echo 'javac 11.0.22' >&2");
		stub("java", "echo 'java version \"1.8.0_402\"' >&2");
		Run r = setup("jdk", "java");
		assertEquals("setup: installing openjdk-17-jdk-headless with apt-get\n", r.err(), "said once for both");
	}

	@Test
	void withoutRootUsesSudoWhenItAsksNoPassword() throws Exception {
		Files.delete(bin.resolve("xvfb-run"));
		Files.delete(bin.resolve("xauth"));
		stub("sudo", "echo \"sudo $*\" >> " + calls + "; [ \"$1\" = -n ] && exit 0; exec \"$@\"");
		Run r = setup(1000, "xvfb");
		assertEquals(0, r.exit(), r.toString());
		assertEquals("setup: installing xvfb xauth with sudo apt-get\n", r.err());
		assertEquals(List.of("sudo -n true", "sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq",
				"apt-get update -qq", "sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "
						+ "--no-install-recommends xvfb xauth",
				"apt-get install -y -qq --no-install-recommends xvfb xauth"),
				r.calls());
	}

	@Test
	void whereItCannotInstallOneLineSaysWhichCommandWould() throws Exception {
		Files.delete(bin.resolve("mvn"));
		stub("sudo", "echo \"sudo $*\" >> " + calls + "; exit 1");
		Run r = setup(1000, "jdk", "maven");
		assertEquals(1, r.exit(), r.toString());
		assertEquals("setup: missing maven; install them with: sudo apt-get install -y maven\n", r.err());
		assertEquals(List.of("sudo -n true"), r.calls(), "apt-get is not run");
	}

	@Test
	void aCachedMavenIsEnoughToBootstrapFrom() throws Exception {
		Files.delete(bin.resolve("mvn"));
		Path cached = Files.createDirectories(dir.resolve("cache/apache-maven-3.9.9/bin"));
		Files.writeString(cached.resolve("mvn"), "");
		Run r = setup("maven");
		assertEquals(new Run(0, "", List.of()), r);
	}

	private Run setup(String... needs) throws Exception {
		return setup(0, needs);
	}

	private Run setup(int uid, String... needs) throws Exception {
		List<String> command = new ArrayList<>(List.of(bin.resolve("bash").toString(), SETUP.toString()));
		command.addAll(List.of(needs));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		builder.environment().clear();
		builder.environment().put("PATH", bin.toString());
		builder.environment().put("HOME", dir.toString());
		builder.environment().put("FAKE_UID", String.valueOf(uid));
		builder.environment().put("SDSTUDIO_MAVEN_CACHE", dir.resolve("cache").toString());
		Path err = dir.resolve("err.txt");
		builder.redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile());
		Process process = builder.start();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("releng/setup did not finish");
		}
		assertEquals("", Files.readString(dir.resolve("out.txt")), "standard output stays clean");
		List<String> lines = Files.readAllLines(calls, StandardCharsets.UTF_8);
		assertFalse(lines.contains(""), lines.toString());
		return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8), lines);
	}

	private void stub(String name, String body) throws IOException {
		Path file = bin.resolve(name);
		Files.deleteIfExists(file);
		Files.writeString(file, "#!" + bin.resolve("bash") + "\n" + body + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private static String which(String tool) {
		for (String d : System.getenv("PATH").split(":")) {
			Path p = Path.of(d, tool);
			if (Files.isExecutable(p)) {
				return p.toString();
			}
		}
		throw new AssertionError(tool + " is not on PATH");
	}
}
