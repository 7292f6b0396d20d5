package org.sdstudio.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioPackage;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reading and writing {@code .sdfiling} files. Reading never changes the file; writing is atomic (temporary file,
 * then rename), keeps the previous version as {@code NAME.sdfiling.bak}, and refuses to replace a file that is not a
 * readable filing. Every problem is a {@link FilingFileException} whose message names the file.
 */
public final class FilingFiles {

	public static final String EXTENSION = "sdfiling";

	/** Namespaces of all format versions share this stem; the version follows it. */
	public static final String NAMESPACE_STEM = "http://sdstudio.org/schema/filing/";

	public static final String FORMAT_VERSION = SdStudioPackage.eNS_URI.substring(NAMESPACE_STEM.length());

	private FilingFiles() {
	}

	/** A resource set that reads and writes filings, without any global registration (plain Java or OSGi). */
	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(SdStudioPackage.eNS_URI, SdStudioPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new FilingResourceFactory());
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new FilingResourceFactory());
		return set;
	}

	/** Loads a filing from a file, into a fresh resource set. */
	public static Filing load(Path file) throws FilingFileException {
		return load(file, newResourceSet());
	}

	/** Loads a filing from a file into the given resource set (an editor's editing domain, say). */
	public static Filing load(Path file, ResourceSet set) throws FilingFileException {
		checkExtension(file);
		byte[] bytes = readBounded(file);
		Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			Filing filing = parse(file, bytes, resource);
			if (resource instanceof FilingResource r) {
				r.recordDiskState(target(file), digest(bytes));
			}
			return filing;
		} catch (FilingFileException e) {
			set.getResources().remove(resource);
			throw e;
		}
	}

	/**
	 * The largest filing read, in bytes: far above any real filing (1,000 supplier responses with 59,000 smelter rows
	 * are 16 MB), far below what would exhaust memory. The system property {@code sdstudio.maxFilingBytes} changes it.
	 */
	public static long maxBytes() {
		return Long.getLong("sdstudio.maxFilingBytes", 256L << 20);
	}

	/**
	 * The bytes of a filing file: only a regular file (a device, FIFO or socket is refused before it is opened, so
	 * nothing hangs), only up to {@link #maxBytes()} even when the file grows while it is read.
	 */
	private static byte[] readBounded(Path file) throws FilingFileException {
		if (Files.isDirectory(file)) {
			throw new FilingFileException(file, "is a folder, not a filing file");
		}
		if (!Files.exists(file)) {
			throw new FilingFileException(file, "no such file");
		}
		if (!Files.isRegularFile(file)) {
			throw new FilingFileException(file, "is not a regular file (a device, pipe or socket), so it is not read");
		}
		long max = maxBytes();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size > max) {
				throw tooLarge(file, size, max);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
			java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64 * 1024);
			long total = 0;
			int n;
			while ((n = channel.read(buffer)) >= 0) {
				total += n;
				if (total > max) {
					throw tooLarge(file, total, max);
				}
				out.write(buffer.array(), 0, n);
				buffer.clear();
			}
			return out.toByteArray();
		} catch (NoSuchFileException e) {
			throw new FilingFileException(file, "no such file");
		} catch (AccessDeniedException e) {
			throw new FilingFileException(file, "cannot be read (permission denied)");
		} catch (IOException e) {
			throw new FilingFileException(file, "cannot be read (" + e.getMessage() + ")", e);
		}
	}

	private static FilingFileException tooLarge(Path file, long size, long max) {
		return new FilingFileException(file, "is " + megabytes(size) + (size > max ? "" : " or more")
				+ ", larger than the " + megabytes(max) + " a filing may have, so it is not read");
	}

	static String megabytes(long bytes) {
		return bytes >= 1L << 30 ? String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
				: String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
	}

	/** Loads a filing from a stream (an embedded example, say); {@code name} is used in messages. */
	public static Filing load(InputStream in, Path name) throws FilingFileException {
		byte[] bytes;
		try {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes() + 1));
			if (bytes.length > maxBytes()) {
				throw tooLarge(name, bytes.length, maxBytes());
			}
		} catch (IOException e) {
			throw new FilingFileException(name, "cannot be read (" + e.getMessage() + ")", e);
		}
		Resource resource = newResourceSet().createResource(URI.createFileURI(name.toAbsolutePath().toString()));
		return parse(name, bytes, resource);
	}

	private static Filing parse(Path file, byte[] bytes, Resource resource) throws FilingFileException {
		if (bytes.length == 0) {
			throw new FilingFileException(file, "the file is empty");
		}
		// check the root first: a foreign or newer file gets a message about that, not about its first element
		probe(file, bytes);
		try {
			resource.load(new ByteArrayInputStream(bytes), loadOptions());
		} catch (IOException | RuntimeException e) {
			throw new FilingFileException(file, describe(e), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new FilingFileException(file, describe(resource.getErrors().get(0)));
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Filing)) {
			throw new FilingFileException(file, "does not hold exactly one filing");
		}
		return (Filing) resource.getContents().get(0);
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		Map<String, Boolean> features = new HashMap<>();
		// a filing never needs a DTD; refusing one also rules out external entities
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	/** What a save did besides writing the filing, in sentences for the user (stale temporaries removed, say). */
	public record SaveReport(Path file, List<String> notes) {
	}

	/**
	 * Saves the filing atomically to {@code file}. The filing's resource is re-pointed at {@code file} (Save As).
	 * A file that exists but is not a readable filing is never replaced. When the filing was read from (or last saved
	 * to) this file and the file changed on disk since, nothing is written: {@link FilingChangedException}. The save
	 * holds the filing's {@link FilingLock}; hold it yourself around load, change and save so no other writer comes
	 * between them.
	 */
	public static SaveReport save(Filing filing, Path file) throws FilingFileException {
		return save(filing, file, false);
	}

	/**
	 * Saves like {@link #save(Filing, Path)}, but replaces a version another program saved since the filing was read:
	 * only after the user chose to overwrite it.
	 */
	public static SaveReport overwrite(Filing filing, Path file) throws FilingFileException {
		return save(filing, file, true);
	}

	private static SaveReport save(Filing filing, Path file, boolean overwriteChanged) throws FilingFileException {
		checkExtension(file);
		Resource resource = filing.eResource();
		if (!(resource instanceof FilingResource)) {
			resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
			resource.getContents().add(filing);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, null); // serialize first: a model that cannot be written leaves the disk untouched
		} catch (IOException | RuntimeException e) {
			throw new FilingFileException(file, "could not be saved (" + describe(e) + "); nothing was written", e);
		}
		byte[] bytes = out.toByteArray();
		Path target = target(file);
		List<String> notes = new ArrayList<>();
		try (FilingLock lock = FilingLock.acquire(file)) {
			if (Files.exists(target) || Files.isSymbolicLink(target)) {
				byte[] onDisk = guardOverwrite(target);
				FilingResource filingResource = (FilingResource) resource;
				if (!overwriteChanged && target.equals(filingResource.getDiskFile())
						&& !Arrays.equals(digest(onDisk), filingResource.getDiskDigest())) {
					throw new FilingChangedException(file);
				}
			}
			removeStaleTemporaries(target, notes);
			writeAtomically(target, bytes, notes);
		}
		resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
		((FilingResource) resource).recordDiskState(target, digest(bytes));
		resource.setModified(false);
		return new SaveReport(file, List.copyOf(notes));
	}

	/**
	 * Where a save writes and a lock is taken: the file a symbolic link points to (so saving through a link keeps the
	 * link and changes its target), as an absolute path.
	 */
	static Path target(Path file) {
		Path current = file.toAbsolutePath().normalize();
		for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
			try {
				current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
			} catch (IOException e) {
				break;
			}
		}
		return current;
	}

	/** Refuses to replace anything we could not read back: a damaged or foreign file may be someone's only copy. */
	private static byte[] guardOverwrite(Path file) throws FilingFileException {
		if (Files.isDirectory(file)) {
			throw new FilingFileException(file, "is a folder; nothing was written");
		}
		try {
			byte[] bytes = readBounded(file);
			probe(file, bytes);
			return bytes;
		} catch (FilingFileException e) {
			String problem = e.getMessage().substring(file.toString().length() + 2);
			throw new FilingFileException(file, "exists and is not a readable SD Studio filing (" + problem
					+ "), so it was not overwritten");
		}
	}

	/**
	 * Temporaries a save of this filing left behind when it was killed (power cut, kill -9): under the lock no other
	 * save of the file is running, so each one matching this filing's temporary names is stale.
	 */
	private static void removeStaleTemporaries(Path file, List<String> notes) {
		Pattern stale = Pattern.compile(Pattern.quote("." + file.getFileName() + ".") + "\\d+(\\.bak)?\\.tmp");
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(),
				p -> stale.matcher(p.getFileName().toString()).matches())) {
			entries.forEach(found::add);
		} catch (IOException e) {
			return; // an unreadable folder: the save itself will say what is wrong
		}
		long bytes = 0;
		int removed = 0;
		for (Path p : found) {
			try {
				long size = Files.size(p);
				if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(p)) {
					bytes += size;
					removed++;
				}
			} catch (IOException ignored) {
				// one we cannot remove stays; it is named again by the next save
			}
		}
		if (removed > 0) {
			notes.add("removed " + removed + " temporary file(s) (" + megabytes(bytes)
					+ ") left by an earlier save of " + file.getFileName() + " that was interrupted");
		}
	}

	private static void writeAtomically(Path file, byte[] bytes, List<String> notes) throws FilingFileException {
		Path dir = file.getParent();
		Path temp = null;
		Path backupTemp = null;
		try {
			temp = AtomicFiles.createTemporary(dir, file, ".tmp");
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.write(java.nio.ByteBuffer.wrap(bytes));
				channel.force(true);
			}
			if (Files.exists(file)) {
				keepModeAndOwnership(file, temp, notes);
				Path backup = dir.resolve(file.getFileName() + ".bak");
				backupTemp = AtomicFiles.createTemporary(dir, file, ".bak.tmp");
				Files.copy(file, backupTemp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
				AtomicFiles.move(backupTemp, backup);
			}
			AtomicFiles.move(temp, file);
		} catch (IOException e) {
			throw new FilingFileException(file, "could not be saved (" + e + "); the previous version is unchanged", e);
		} finally {
			for (Path left : new Path[] { temp, backupTemp }) {
				if (left != null) {
					try {
						Files.deleteIfExists(left);
					} catch (IOException ignored) {
						// a stray temporary is removed by the next save
					}
				}
			}
		}
	}

	/** The new version keeps the old one's permissions, group and (where allowed) owner. */
	private static void keepModeAndOwnership(Path file, Path temp, List<String> notes) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		PosixFileAttributeView tempView = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (view == null || tempView == null) {
			return; // not a POSIX file system: the folder's defaults apply
		}
		PosixFileAttributes old = view.readAttributes();
		PosixFileAttributes now = tempView.readAttributes();
		if (!old.group().equals(now.group())) {
			try {
				tempView.setGroup(old.group());
			} catch (IOException e) {
				notes.add("could not keep the group " + old.group().getName() + " of " + file.getFileName()
						+ " (" + e.getMessage() + ")");
			}
		}
		if (!old.owner().equals(now.owner())) {
			try {
				tempView.setOwner(old.owner());
			} catch (IOException e) {
				notes.add("the file now belongs to " + now.owner().getName() + ", not " + old.owner().getName());
			}
		}
		tempView.setPermissions(old.permissions()); // after chown, which may clear set-id bits
	}

	static byte[] digest(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void checkExtension(Path file) throws FilingFileException {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		if (!name.endsWith("." + EXTENSION)) {
			throw new FilingFileException(file, "not a filing file (SD Studio filings end in ." + EXTENSION + ")");
		}
	}

	/** Checks that the bytes are well-formed XML whose root is a filing of the format this version reads. */
	private static void probe(Path file, byte[] bytes) throws FilingFileException {
		String[] root = new String[2];
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if (root[1] == null) {
						root[0] = uri;
						root[1] = localName;
					}
				}
			});
		} catch (SAXParseException e) {
			throw new FilingFileException(file, "damaged XML at line " + e.getLineNumber() + ", column "
					+ e.getColumnNumber() + ": " + e.getMessage());
		} catch (SAXException | ParserConfigurationException | IOException e) {
			throw new FilingFileException(file, "damaged XML: " + e.getMessage(), e);
		}
		String namespace = root[0] == null ? "" : root[0];
		if (namespace.startsWith(NAMESPACE_STEM) && !namespace.equals(SdStudioPackage.eNS_URI)) {
			throw new FilingFileException(file, "written in filing format " + namespace.substring(NAMESPACE_STEM.length())
					+ ", but this version of SD Studio reads format " + FORMAT_VERSION);
		}
		if (!namespace.equals(SdStudioPackage.eNS_URI) || !"Filing".equals(root[1])) {
			throw new FilingFileException(file, "not an SD Studio filing (its root element is <" + root[1] + ">"
					+ (namespace.isEmpty() ? " without a namespace" : " in namespace " + namespace) + ")");
		}
	}

	private static String describe(Object problem) {
		Throwable t = problem instanceof Throwable ? (Throwable) problem : null;
		while (t instanceof Resource.IOWrappedException && t.getCause() != null) {
			t = t.getCause();
		}
		Object p = t != null ? t : problem;
		String where = p instanceof Resource.Diagnostic d ? "line " + d.getLine() + ", column " + d.getColumn() + ": " : "";
		if (p instanceof PackageNotFoundException e) {
			return where + "unknown namespace " + e.uri();
		}
		if (p instanceof FeatureNotFoundException e) {
			return where + "unknown element or attribute '" + e.getName() + "'";
		}
		if (p instanceof ClassNotFoundException e) {
			return where + "unknown type '" + e.getName() + "'";
		}
		if (p instanceof IllegalValueException e) {
			return where + "invalid value '" + e.getValue() + "' for " + e.getFeature().getName();
		}
		if (p instanceof Resource.Diagnostic d) {
			return where + d.getMessage();
		}
		String message = t == null ? String.valueOf(problem) : t.getMessage();
		return message == null ? t.getClass().getSimpleName() : message;
	}
}
