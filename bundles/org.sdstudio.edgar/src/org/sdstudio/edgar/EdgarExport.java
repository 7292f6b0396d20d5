package org.sdstudio.edgar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.sf.saxon.s9api.XdmNode;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.sdstudio.edgar.internal.Stylesheets;
import org.sdstudio.edgar.internal.SubmissionCheck;
import org.sdstudio.edgar.internal.SubmissionSchema;
import org.sdstudio.edgar.internal.SubmissionXml;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.FormType;
import org.sdstudio.model.Severity;
import org.sdstudio.model.validation.FilingFindings;

/**
 * Exports a filing as an EDGAR package: the primary document ({@code PREFIX-sd.htm}, document type SD or SD/A),
 * Exhibit 1.01 ({@code PREFIX-ex101.htm}) and {@code submission.xml}.
 * <p>
 * The steps: refuse when the filing has errors (unless it is a draft); write the canonical filing XML and validate it
 * against its schema; run the XSLT 3.0 stylesheets (Saxon-HE); run the {@link EdgarHtmlChecker} on the documents;
 * build and validate {@code submission.xml} in EDGAR's SD structure, with the CCC given in the options for this one
 * export (without one, the file says it lacks the CCC and carries a {@link HtmlRule#SUBMISSION} finding; no value is
 * made up). Everything is written into a temporary folder beside the output folder
 * and only moved into place when complete and checked. Files of the output folder with other names are left alone;
 * files of an earlier package with the same names are replaced (the previous ones are restored if the replacement
 * fails half-way). When anything fails, no file of the package is left behind.
 * <p>
 * Thread-safe; the stylesheets are compiled on first use and kept.
 */
public final class EdgarExport {

	/** Document type of Exhibit 1.01. */
	public static final String EX_101 = "EX-1.01";

	/** The task an export monitor is given. */
	public static final String TASK = "Exporting the EDGAR package";

	private static final int STEPS = 6;

	private final EdgarHtmlChecker checker = new EdgarHtmlChecker();

	/**
	 * Exports the filing into {@code folder} (created when missing). The monitor (null for none) gets the task
	 * {@value #TASK} with one unit of work per step and the step's name as sub-task; once it is canceled, the export
	 * stops between steps and leaves nothing behind.
	 *
	 * @return the files written, or the filing's errors when they blocked the export (then nothing was written)
	 * @throws ExportException when the export failed or was canceled; nothing of the package was written
	 */
	public ExportResult export(Filing filing, Path folder, ExportOptions options, Monitor progress)
			throws ExportException {
		Monitor monitor = progress == null ? new BasicMonitor() : progress;
		Path out = folder.toAbsolutePath().normalize();
		monitor.beginTask(TASK, STEPS);
		step(monitor, "Checking the filing", 0);
		String prefix = options.prefix() != null ? options.prefix()
				: filing.getSubmission() == null ? null : filing.getSubmission().getFileNamePrefix();
		EdgarFileNames names = EdgarFileNames.of(prefix, options.draft());
		if (!options.draft()) {
			List<Finding> errors = FilingFindings.findings(filing).stream()
					.filter(f -> f.getSeverity() == Severity.ERROR).toList();
			if (!errors.isEmpty()) {
				return ExportResult.blocked(out, errors);
			}
		}
		if (filing.getRegistrant() == null) {
			throw new ExportException("the filing has no registrant; nothing to export");
		}

		step(monitor, "Writing the canonical filing XML", 1);
		String primaryType = filing.getFormType() == FormType.SD_A ? "SD/A" : "SD";
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put(primaryType, names.sd());
		boolean withReport = filing.getReport() != null;
		if (withReport) {
			documents.put(EX_101, names.ex101());
		}
		byte[] canonical = CanonicalXml.write(filing, documents, options.draft(), options.pageBreaks());
		CanonicalXml.validate(canonical);

		step(monitor, "Transforming with the EDGAR stylesheets", 2);
		Map<String, byte[]> html = new LinkedHashMap<>();
		try {
			Stylesheets stylesheets = Stylesheets.get();
			XdmNode input = stylesheets.parse(canonical);
			html.put(names.sd(), stylesheets.transform(Stylesheets.SD, input));
			if (withReport) {
				html.put(names.ex101(), stylesheets.transform(Stylesheets.EX_101, input));
			}
		} catch (IOException e) {
			throw new ExportException("the EDGAR documents could not be made: " + e.getMessage(), e);
		}

		step(monitor, "Checking the documents against EDGAR's rules", 3);
		Map<String, List<HtmlViolation>> violations = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> document : html.entrySet()) {
			violations.put(document.getKey(), checker.check(document.getKey(), document.getValue(), html::containsKey));
		}
		List<HtmlViolation> all = violations.values().stream().flatMap(List::stream).toList();
		if (!options.draft() && !all.isEmpty()) {
			throw new ExportException("the documents break EDGAR's rules (" + all.size() + " violation"
					+ (all.size() == 1 ? "" : "s") + ", first: " + all.get(0) + "); nothing was written");
		}

		step(monitor, "Building submission.xml", 4);
		Map<String, byte[]> files = new LinkedHashMap<>(html);
		if (!options.draft()) {
			List<SubmissionXml.Entry> entries = new ArrayList<>();
			entries.add(new SubmissionXml.Entry(names.sd(), primaryType, "Form " + primaryType, html.get(names.sd())));
			if (withReport) {
				entries.add(new SubmissionXml.Entry(names.ex101(), EX_101, exhibitDescription(filing),
						html.get(names.ex101())));
			}
			try {
				files.put(SubmissionXml.FILE_NAME, SubmissionXml.write(SubmissionXml.header(filing, options.ccc()),
						entries, SubmissionSchema.get()));
			} catch (IOException e) {
				throw new ExportException(e.getMessage(), e);
			}
		}

		// everything that can fail is done before the first byte is written: a failed export leaves nothing behind
		String ex101Description = withReport ? exhibitDescription(filing) : null;
		step(monitor, "Writing the package", 5);
		List<Path> written = writePackage(out, files, violations, monitor);
		List<ExportedFile> result = new ArrayList<>();
		for (Path path : written) {
			String name = path.getFileName().toString();
			String type = name.equals(SubmissionXml.FILE_NAME) ? "submission"
					: name.equals(names.sd()) ? primaryType : EX_101;
			String description = type.equals("submission") ? "EDGAR submission data and documents (base64)"
					: type.equals(EX_101) ? ex101Description : "Form " + primaryType;
			result.add(new ExportedFile(path, files.get(name).length, type, description,
					violations.getOrDefault(name, List.of())));
		}
		return new ExportResult(out, options.draft(), result, List.of());
	}

	private static String exhibitDescription(Filing filing) throws ExportException {
		String description = filing.getExhibits().stream()
				.filter(e -> e.getDocumentType() != null && e.getDocumentType().strip().equals(EX_101))
				.map(e -> e.getDescription() == null ? "" : e.getDescription().strip()).filter(s -> !s.isEmpty())
				.findFirst().orElse("Conflict Minerals Report");
		if (description.length() > 255) {
			throw new ExportException("exhibits: the description of Exhibit 1.01 has " + description.length()
					+ " characters; EDGAR allows at most 255");
		}
		return description;
	}

	private static void step(Monitor monitor, String task, int done) throws ExportCanceledException {
		if (done > 0) {
			monitor.worked(1);
		}
		if (monitor.isCanceled()) {
			throw new ExportCanceledException();
		}
		monitor.subTask(task);
	}

	/**
	 * Writes the files into a temporary folder beside {@code out}, re-checks the documents as written, then moves them
	 * into place. Same-named files of an earlier package are kept aside until all moves succeeded, and put back if one
	 * fails.
	 */
	private List<Path> writePackage(Path out, Map<String, byte[]> files, Map<String, List<HtmlViolation>> violations,
			Monitor monitor) throws ExportException {
		Map<String, List<HtmlViolation>> expected = Map.copyOf(violations);
		prepareFolder(out);
		Path temp;
		try {
			temp = Files.createTempDirectory(out, ".sdstudio-export-");
		} catch (IOException e) {
			throw new ExportException(out + ": cannot write into this folder (" + reason(e) + "); nothing was written", e);
		}
		try {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				try (FileChannel channel = FileChannel.open(temp.resolve(file.getKey()), StandardOpenOption.CREATE_NEW,
						StandardOpenOption.WRITE)) {
					channel.write(ByteBuffer.wrap(file.getValue()));
					channel.force(true);
				}
			}
			// the checker reads what is on disk, in the folder the documents will share
			for (String name : expected.keySet()) {
				List<HtmlViolation> onDisk = checker.check(temp.resolve(name));
				if (!onDisk.equals(expected.get(name))) {
					throw new ExportException(temp.resolve(name) + ": the written document differs from the checked "
							+ "one; nothing was written");
				}
			}
			if (files.containsKey(SubmissionXml.FILE_NAME)) {
				// the package's own check of submission.xml: its structure, its documents, and the CCC if not given
				Map<String, Path> members = new LinkedHashMap<>();
				files.keySet().forEach(name -> members.put(name, temp.resolve(name)));
				List<HtmlViolation> submission = SubmissionCheck.check(SubmissionXml.FILE_NAME,
						files.get(SubmissionXml.FILE_NAME), members);
				if (submission.stream().anyMatch(v -> !v.message().startsWith("no filerCcc"))) {
					throw new ExportException(SubmissionXml.FILE_NAME + " fails the package check (" + submission.get(0)
							+ "); nothing was written");
				}
				violations.put(SubmissionXml.FILE_NAME, submission);
			}
			if (monitor.isCanceled()) {
				throw new ExportCanceledException();
			}
			return moveIntoPlace(temp, out, files.keySet());
		} catch (IOException e) {
			throw new ExportException(out + ": the package could not be written (" + reason(e) + "); nothing was written",
					e);
		} finally {
			deleteTree(temp);
		}
	}

	private static void prepareFolder(Path out) throws ExportException {
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new ExportException(out + ": is a file, not a folder; nothing was written");
		}
		try {
			Files.createDirectories(out);
		} catch (FileAlreadyExistsException | NotDirectoryException e) {
			throw new ExportException(out + ": cannot be created (a part of the path is a file); nothing was written", e);
		} catch (IOException e) {
			throw new ExportException(out + ": cannot be created (" + reason(e) + "); nothing was written", e);
		}
		if (!Files.isWritable(out)) {
			throw new ExportException(out + ": the folder is not writable; nothing was written");
		}
	}

	private static List<Path> moveIntoPlace(Path temp, Path out, Iterable<String> names) throws IOException {
		Path backups = Files.createDirectory(temp.resolve(".previous"));
		List<String> moved = new ArrayList<>();
		List<String> backedUp = new ArrayList<>();
		try {
			for (String name : names) {
				Path target = out.resolve(name);
				if (Files.exists(target)) {
					if (Files.isDirectory(target)) {
						throw new IOException(target + " is a folder");
					}
					move(target, backups.resolve(name));
					backedUp.add(name);
				}
				move(temp.resolve(name), target);
				moved.add(name);
			}
		} catch (IOException e) {
			for (String name : moved) {
				Files.deleteIfExists(out.resolve(name));
			}
			for (String name : backedUp) {
				move(backups.resolve(name), out.resolve(name));
			}
			throw e;
		}
		return moved.stream().map(out::resolve).toList();
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteTree(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (NoSuchFileException e) {
			// already gone
		} catch (IOException e) {
			// a leftover hidden temporary folder holds no package file in the output folder itself
		}
	}

	private static String reason(IOException e) {
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
