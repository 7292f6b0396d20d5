package org.sdstudio.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
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
		if (Files.isDirectory(file)) {
			throw new FilingFileException(file, "is a folder, not a filing file");
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new FilingFileException(file, "no such file");
		} catch (AccessDeniedException e) {
			throw new FilingFileException(file, "cannot be read (permission denied)");
		} catch (IOException e) {
			throw new FilingFileException(file, "cannot be read (" + e.getMessage() + ")", e);
		}
		Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			return parse(file, bytes, resource);
		} catch (FilingFileException e) {
			set.getResources().remove(resource);
			throw e;
		}
	}

	/** Loads a filing from a stream (an embedded example, say); {@code name} is used in messages. */
	public static Filing load(InputStream in, Path name) throws FilingFileException {
		byte[] bytes;
		try {
			bytes = in.readAllBytes();
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

	/**
	 * Saves the filing atomically to {@code file}. The filing's resource is re-pointed at {@code file} (Save As).
	 * A file that exists but is not a readable filing is never replaced.
	 */
	public static void save(Filing filing, Path file) throws FilingFileException {
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
		if (Files.exists(file)) {
			guardOverwrite(file);
		}
		writeAtomically(file, out.toByteArray());
		resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.setModified(false);
	}

	/** Refuses to replace anything we could not read back: a damaged or foreign file may be someone's only copy. */
	private static void guardOverwrite(Path file) throws FilingFileException {
		if (Files.isDirectory(file)) {
			throw new FilingFileException(file, "is a folder; nothing was written");
		}
		try {
			probe(file, Files.readAllBytes(file));
		} catch (IOException e) {
			throw new FilingFileException(file, "exists and cannot be read, so it was not overwritten", e);
		} catch (FilingFileException e) {
			String problem = e.getMessage().substring(file.toString().length() + 2);
			throw new FilingFileException(file, "exists and is not a readable SD Studio filing (" + problem
					+ "), so it was not overwritten");
		}
	}

	private static void writeAtomically(Path file, byte[] bytes) throws FilingFileException {
		Path dir = file.toAbsolutePath().getParent();
		Path temp = null;
		try {
			temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.write(java.nio.ByteBuffer.wrap(bytes));
				channel.force(true);
			}
			if (Files.exists(file)) {
				Path backup = dir.resolve(file.getFileName() + ".bak");
				Path backupTemp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".bak.tmp");
				Files.copy(file, backupTemp, StandardCopyOption.REPLACE_EXISTING);
				move(backupTemp, backup);
			}
			move(temp, file);
		} catch (IOException e) {
			throw new FilingFileException(file, "could not be saved (" + e + "); the previous version is unchanged", e);
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException ignored) {
					// a stray hidden temporary file is harmless
				}
			}
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
