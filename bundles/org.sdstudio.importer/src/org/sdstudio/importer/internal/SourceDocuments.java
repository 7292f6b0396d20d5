package org.sdstudio.importer.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sdstudio.importer.ImportException;

/**
 * The documents of a filing as given: {@code .htm} files, a submission text file with its {@code <DOCUMENT>}
 * blocks (as EDGAR serves it), or a folder holding them.
 */
public final class SourceDocuments {

	/** One document: where it came from, its EDGAR type when the submission says it (else null), its HTML. */
	public record Document(String name, String type, String html) {
	}

	/** What a submission text file's header says: the CIK and the conformed period. */
	public record Header(String cik, String period) {
	}

	private static final Pattern DOCUMENT = Pattern.compile("<DOCUMENT>(.*?)</DOCUMENT>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
	private static final Pattern TYPE = Pattern.compile("<TYPE>\\s*([^\\s<]+)", Pattern.CASE_INSENSITIVE);
	private static final Pattern FILENAME = Pattern.compile("<FILENAME>\\s*([^\\s<]+)", Pattern.CASE_INSENSITIVE);
	private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)(</TEXT>|$)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
	private static final Pattern CIK = Pattern.compile("CENTRAL INDEX KEY:\\s*(\\d+)");
	private static final Pattern PERIOD = Pattern.compile("CONFORMED PERIOD OF REPORT:\\s*(\\d{8})");

	private final List<Document> documents = new ArrayList<>();
	private Header header = new Header(null, null);

	public static SourceDocuments read(List<Path> inputs) throws ImportException {
		SourceDocuments sources = new SourceDocuments();
		if (inputs.isEmpty()) {
			throw new ImportException("no files given: name the Form SD and its Exhibit 1.01, a submission text file or a folder");
		}
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> files = Files.list(input)) {
					List<Path> found = files.filter(SourceDocuments::isFilingFile).sorted().toList();
					if (found.isEmpty()) {
						throw new ImportException(input + ": the folder holds no .htm, .html or .txt file");
					}
					for (Path file : found) {
						sources.add(file);
					}
					sources.submissionXml(input.resolve("submission.xml"));
				} catch (IOException e) {
					throw new ImportException(input + ": cannot list the folder (" + e.getMessage() + ")");
				}
			} else {
				sources.add(input);
			}
		}
		return sources;
	}

	private static final Pattern FILER_ID = Pattern.compile("<(?:\\w+:)?filerId>\\s*(\\d{1,10})\\s*</");

	/**
	 * A package's submission.xml (SD Studio's export and EDGAR's XML submissions) names the filer's CIK, which the
	 * HTML documents need not print; used when no submission text header gave one.
	 */
	private void submissionXml(Path file) {
		if (header.cik() != null || !Files.isRegularFile(file)) {
			return;
		}
		try {
			Matcher filer = FILER_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
			if (filer.find()) {
				header = new Header(filer.group(1), header.period());
			}
		} catch (IOException | RuntimeException e) {
			// the CIK is then left for the user to enter; the documents themselves were read
		}
	}

	private static boolean isFilingFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return Files.isRegularFile(file) && (name.endsWith(".htm") || name.endsWith(".html") || name.endsWith(".txt"));
	}

	private void add(Path file) throws ImportException {
		String text;
		try {
			// EDGAR documents are ASCII; a Windows-1252 byte here and there is read as Latin-1 rather than refused
			byte[] bytes = Files.readAllBytes(file);
			text = new String(bytes, StandardCharsets.ISO_8859_1);
			if (isUtf8(bytes)) {
				text = new String(bytes, StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new ImportException(file + ": cannot read the file (" + (e.getMessage() == null ? e : e.getMessage()) + ")");
		}
		String name = file.getFileName().toString();
		boolean textFile = name.toLowerCase(Locale.ROOT).endsWith(".txt");
		if (textFile || text.contains("<SEC-DOCUMENT>") || text.contains("<SEC-HEADER>")) {
			Matcher cik = CIK.matcher(text);
			Matcher period = PERIOD.matcher(text);
			header = new Header(cik.find() ? cik.group(1) : header.cik(), period.find() ? period.group(1) : header.period());
			Matcher doc = DOCUMENT.matcher(text);
			int count = 0;
			while (doc.find()) {
				String block = doc.group(1);
				Matcher type = TYPE.matcher(block);
				Matcher fileName = FILENAME.matcher(block);
				Matcher body = TEXT.matcher(block);
				if (body.find()) {
					documents.add(new Document(name + ": " + (fileName.find() ? fileName.group(1) : "document " + (count + 1)),
							type.find() ? type.group(1).toUpperCase(Locale.ROOT) : null, body.group(1)));
					count++;
				}
			}
			if (count == 0) {
				throw new ImportException(file + ": a submission text file without <DOCUMENT> blocks (nothing to import)");
			}
			return;
		}
		documents.add(new Document(name, null, text));
	}

	private static boolean isUtf8(byte[] bytes) {
		boolean high = false;
		for (byte b : bytes) {
			if (b < 0) {
				high = true;
				break;
			}
		}
		if (!high) {
			return false;
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
			return true;
		} catch (java.nio.charset.CharacterCodingException e) {
			return false;
		}
	}

	public List<Document> documents() {
		return documents;
	}

	public Header header() {
		return header;
	}
}
