package org.sdstudio.review.word;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A returned .docx as a zip package, opened defensively: anything that is not a Word package (empty, a .doc, a
 * password-protected document, which Word stores as an OLE2 file, RTF, PDF, a damaged zip) is refused with a
 * one-line message naming the file; parts are inflated through a counting stream (a part over
 * {@link #PART_LIMIT} is refused, whatever its header claims) and parsed without DTDs or external entities.
 */
final class ReturnedPackage implements AutoCloseable {

	/** The most a part may inflate to: far above any real review document, far below a zip bomb's aim. */
	static final long PART_LIMIT = 256L << 20;

	/** The most entries a package may have (a Word document has a few dozen). */
	static final int ENTRY_LIMIT = 10_000;

	static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
	private static final String OFFICE_DOCUMENT = "/officeDocument";

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private final String file;
	private final ZipFile zip;
	private final Map<String, ZipEntry> entries = new HashMap<>();
	final String digest;

	private ReturnedPackage(String file, ZipFile zip, String digest) {
		this.file = file;
		this.zip = zip;
		this.digest = digest;
	}

	/** Opens the document, or says in one line why it is not a Word document we can read. */
	static ReturnedPackage open(Path docx) throws ReviewDocxException {
		String file = docx.getFileName() == null ? docx.toString() : docx.getFileName().toString();
		if (!Files.isRegularFile(docx)) {
			throw new ReviewDocxException(file + ": " + (Files.exists(docx) ? "not a regular file" : "no such file"));
		}
		byte[] head = new byte[8];
		String digest;
		long size;
		try (InputStream in = Files.newInputStream(docx)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			size = 0;
			for (int n; (n = in.read(buffer)) > 0;) {
				if (size < head.length) {
					System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, head.length - size));
				}
				sha.update(buffer, 0, n);
				size += n;
			}
			digest = HexFormat.of().formatHex(sha.digest());
		} catch (IOException e) {
			throw new ReviewDocxException(file + ": cannot be read (" + e.getMessage() + ")", e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
		if (size == 0) {
			throw new ReviewDocxException(file + ": the file is empty, not a Word document");
		}
		if (startsWith(head, OLE2)) {
			throw new ReviewDocxException(file + ": " + (mentions(docx, "EncryptedPackage")
					? "the document is password-protected (encrypted); save it without a password in Word and import it again"
					: "a Word 97-2003 document (.doc) or another OLE2 file, not a .docx; save it as .docx in Word and import it again"));
		}
		if (startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
			throw new ReviewDocxException(file + ": an RTF document, not a .docx; save it as .docx and import it again");
		}
		if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
			throw new ReviewDocxException(file + ": a PDF, not a Word document");
		}
		if (!startsWith(head, new byte[] { 'P', 'K' })) {
			throw new ReviewDocxException(file + ": not a Word document (a .docx is a zip package; this file is not one)");
		}
		ZipFile zip;
		try {
			zip = new ZipFile(docx.toFile(), StandardCharsets.UTF_8);
		} catch (ZipException e) {
			throw new ReviewDocxException(file + ": damaged (its zip package is incomplete or corrupt: " + e.getMessage()
					+ ")", e);
		} catch (IOException e) {
			throw new ReviewDocxException(file + ": cannot be read (" + e.getMessage() + ")", e);
		}
		ReturnedPackage p = new ReturnedPackage(file, zip, digest);
		try {
			if (zip.size() > ENTRY_LIMIT) {
				throw p.refused("has " + zip.size() + " zip entries, more than the " + ENTRY_LIMIT
						+ " a Word document could have; refused");
			}
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				p.entries.putIfAbsent(normal(entry.getName()), entry);
			}
		} catch (ReviewDocxException | RuntimeException e) {
			p.close();
			throw e;
		}
		return p;
	}

	/** A ReviewDocxException for this file. */
	ReviewDocxException refused(String what) {
		return new ReviewDocxException(file + ": " + what);
	}

	ReviewDocxException refused(String what, Throwable cause) {
		return new ReviewDocxException(file + ": " + what.replaceAll("\\s+", " "), cause);
	}

	String file() {
		return file;
	}

	boolean has(String part) {
		return entries.containsKey(normal(part));
	}

	List<String> names() {
		return new ArrayList<>(entries.keySet());
	}

	/** The part's inflated content, bounded; null when the package has no such part. */
	InputStream stream(String part) throws ReviewDocxException {
		ZipEntry entry = entries.get(normal(part));
		if (entry == null) {
			return null;
		}
		try {
			return new Bounded(zip.getInputStream(entry), part);
		} catch (IOException e) {
			throw damaged(part, e);
		}
	}

	/** A parser over the part (namespace-aware, no DTD, no external entities); null when there is no such part. */
	XMLStreamReader xml(String part) throws ReviewDocxException {
		InputStream in = stream(part);
		if (in == null) {
			return null;
		}
		try {
			return new Guarded(XML.createXMLStreamReader(in), in, part);
		} catch (XMLStreamException e) {
			closeQuietly(in);
			throw damaged(part, e);
		}
	}

	ReviewDocxException damaged(String part, Exception e) {
		if (e instanceof XMLStreamException x && x.getNestedException() instanceof PartTooLarge) {
			e = (PartTooLarge) x.getNestedException();
		}
		if (e.getCause() instanceof PartTooLarge big) {
			e = big;
		}
		if (e instanceof TooMuch) {
			return new ReviewDocxException(file + ": its part " + part + " " + e.getMessage() + "; refused", e);
		}
		if (e instanceof PartTooLarge) {
			return new ReviewDocxException(file + ": its part " + part + " inflates to more than " + (PART_LIMIT >> 20)
					+ " MB; refused (a damaged file or a zip bomb)", e);
		}
		String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
		return new ReviewDocxException(file + ": damaged (its part " + part + " cannot be read: " + why + ")", e);
	}

	/**
	 * The targets of a part's relationships by type (the type's last path segment, e.g. "comments"), resolved to
	 * part names; external targets (hyperlinks) by id under "#external". Empty when the part has no relationships.
	 */
	Relationships relationships(String part) throws ReviewDocxException {
		int slash = part.lastIndexOf('/');
		String folder = slash < 0 ? "" : part.substring(0, slash + 1);
		String relsPart = folder + "_rels/" + part.substring(slash + 1) + ".rels";
		Relationships rels = new Relationships();
		XMLStreamReader r = xml(relsPart);
		if (r == null) {
			return rels;
		}
		try {
			while (r.hasNext()) {
				if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
					String type = r.getAttributeValue(null, "Type");
					String target = r.getAttributeValue(null, "Target");
					String id = r.getAttributeValue(null, "Id");
					if (type == null || target == null) {
						continue;
					}
					boolean external = "External".equalsIgnoreCase(r.getAttributeValue(null, "TargetMode"));
					if (external) {
						rels.external.put(id, target);
					} else {
						String name = target.startsWith("/") ? target.substring(1) : resolve(folder, target);
						rels.byType.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), name);
						rels.internal.put(id, name);
					}
				}
			}
		} catch (XMLStreamException e) {
			throw damaged(relsPart, e);
		} finally {
			closeQuietly(r);
		}
		return rels;
	}

	/** The main document part: the package's officeDocument relationship, else word/document.xml. */
	String mainPart() throws ReviewDocxException {
		Relationships root = relationships("");
		String main = root.byType.get(OFFICE_DOCUMENT.substring(1));
		if (main != null && has(main)) {
			return main;
		}
		if (has("word/document.xml")) {
			return "word/document.xml";
		}
		if (has("xl/workbook.xml")) {
			throw refused("an Excel workbook, not a Word document");
		}
		if (has("ppt/presentation.xml")) {
			throw refused("a PowerPoint presentation, not a Word document");
		}
		throw refused("not a Word document (the package has no word/document.xml)");
	}

	@Override
	public void close() {
		try {
			zip.close();
		} catch (IOException e) {
			// nothing was written; the file stays as it was
		}
	}

	static final class Relationships {
		final Map<String, String> byType = new HashMap<>();
		final Map<String, String> internal = new HashMap<>();
		final Map<String, String> external = new HashMap<>();

		/** A part related by type (last segment of the type URI), or the fallback name. */
		String part(String type, String fallback) {
			return byType.getOrDefault(type, fallback);
		}
	}

	private static final XMLInputFactory XML = xmlFactory();

	private static XMLInputFactory xmlFactory() {
		XMLInputFactory f = XMLInputFactory.newDefaultFactory();
		f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		f.setProperty(XMLInputFactory.IS_COALESCING, true);
		return f;
	}

	static void closeQuietly(AutoCloseable c) {
		if (c != null) {
			try {
				c.close();
			} catch (Exception e) {
				// reading is over either way
			}
		}
	}

	static void closeQuietly(XMLStreamReader r) {
		if (r != null) {
			try {
				r.close(); // a Guarded reader closes its stream too
			} catch (XMLStreamException e) {
				// reading is over either way
			}
		}
	}

	private static String resolve(String folder, String target) {
		List<String> segments = new ArrayList<>(List.of((folder + target).split("/")));
		List<String> out = new ArrayList<>();
		for (String s : segments) {
			if (s.equals("..")) {
				if (!out.isEmpty()) {
					out.remove(out.size() - 1);
				}
			} else if (!s.isEmpty() && !s.equals(".")) {
				out.add(s);
			}
		}
		return String.join("/", out);
	}

	/** Zip names compare case-insensitively in OPC. */
	private static String normal(String name) {
		return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** Whether an OLE2 file names a stream (directory entries hold names in UTF-16LE). */
	private static boolean mentions(Path file, String stream) {
		byte[] name = stream.getBytes(StandardCharsets.UTF_16LE);
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			byte[] carry = new byte[0];
			for (int n; (n = in.read(buffer)) > 0;) {
				byte[] window = new byte[carry.length + n];
				System.arraycopy(carry, 0, window, 0, carry.length);
				System.arraycopy(buffer, 0, window, carry.length, n);
				if (indexOf(window, name) >= 0) {
					return true;
				}
				int keep = Math.min(window.length, name.length - 1);
				carry = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
			}
		} catch (IOException e) {
			return false;
		}
		return false;
	}

	private static int indexOf(byte[] data, byte[] what) {
		outer: for (int i = 0; i + what.length <= data.length; i++) {
			for (int j = 0; j < what.length; j++) {
				if (data[i + j] != what[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** Thrown by the counting stream; an IOException so parsers pass it on. */
	static final class PartTooLarge extends IOException {
		private static final long serialVersionUID = 1L;

		PartTooLarge(String part) {
			super(part + " inflates to more than " + (PART_LIMIT >> 20) + " MB");
		}
	}

	/** A part that holds more than any real document would (said in its message); not a damaged one. */
	static final class TooMuch extends XMLStreamException {
		private static final long serialVersionUID = 1L;

		TooMuch(String what) {
			super(what);
		}
	}

	/** Counts what is inflated and stops at the limit, whatever the zip header said. */
	private static final class Bounded extends FilterInputStream {
		private final String part;
		private long count;

		Bounded(InputStream in, String part) {
			super(in);
			this.part = part;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws PartTooLarge {
			count += n;
			if (count > PART_LIMIT) {
				throw new PartTooLarge(part);
			}
		}
	}

	/** A parser that refuses a DTD (no entity tricks) and closes its stream with it. */
	private static final class Guarded extends javax.xml.stream.util.StreamReaderDelegate {
		private final InputStream in;
		private final String part;

		Guarded(XMLStreamReader reader, InputStream in, String part) {
			super(reader);
			this.in = in;
			this.part = part;
		}

		@Override
		public int next() throws XMLStreamException {
			int event = super.next();
			if (event == XMLStreamConstants.DTD) {
				throw new XMLStreamException(part + " declares a DTD, which a Word document never does");
			}
			return event;
		}

		@Override
		public void close() throws XMLStreamException {
			try {
				super.close();
			} finally {
				closeQuietly(in);
			}
		}
	}
}
