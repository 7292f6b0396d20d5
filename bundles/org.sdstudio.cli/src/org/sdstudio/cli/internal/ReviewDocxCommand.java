package org.sdstudio.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;

import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.io.AtomicFiles;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.TextCompare;
import org.sdstudio.review.compare.TextComparison;
import org.sdstudio.review.word.ReviewDocx;

/**
 * {@code sdstudio review-docx FILE --out REVIEW.docx [--parts PART,...] [--as NAME] [--since-approval]}: the parts
 * as a Word document for counsel to review with track changes, written atomically; one line per part and a summary.
 */
public final class ReviewDocxCommand implements Command {

	@Override
	public String name() {
		return "review-docx";
	}

	@Override
	public String summary() {
		return "send for review: the parts as a Word document with track changes on and the open comments";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio review-docx FILE.sdfiling --out REVIEW.docx [--parts PART[,PART...]] [--as NAME]
				                            [--since-approval]

				Writes the filing's parts as a Word document for counsel to review in Word: each part under its
				heading, its text between bookmarks that name it, lists, tables and Annex A as Word has them;
				track changes switched on; the open review comments as Word comments on their passages, with
				their replies. The document keeps the exact text each part was sent with, so counsel's tracked
				changes and comments can be brought back into the filing even after it has moved on.
				  --out FILE        the .docx to write; written only when complete, never over the filing and
				                    never over an existing file that is not a Word document
				  --parts P,...     only these parts (ids from 'sdstudio review FILE'), in the filing's order;
				                    default: the Form SD items, every report section and subsection, Annex A
				  --as NAME         who sends it (default: $SDSTUDIO_USER, else your user name)
				  --since-approval  a part changed since its approval shows those changes as tracked changes by
				                    "Changes since approval"; accepting them all gives the current text

				Exit codes: 0 written, 2 usage error or unreadable file (nothing is written).
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("out", "parts", "as"), Set.of("since-approval"), usage());
		Path file = context.resolve(parsed.expect(1, "the filing FILE").get(0));
		String out = parsed.required("out");
		if (!out.toLowerCase(Locale.ROOT).endsWith(".docx")) {
			throw new UsageException("--out must end in .docx: " + out, usage());
		}
		Path target = context.resolve(out);
		Filing filing = FilingFiles.load(file);
		List<ReviewPart> parts = parts(filing, parsed.option("parts"));
		String refusal = refusal(target, file);
		if (refusal != null) {
			context.err().println("sdstudio: " + refusal + " Nothing was written.");
			return ExitCode.USAGE;
		}
		String sender = Reviewer.resolveName(parsed.option("as"));
		boolean sinceApproval = parsed.flag("since-approval");
		ReviewDocx.Options options = new ReviewDocx.Options(sender, Instant.now().truncatedTo(ChronoUnit.SECONDS),
				file.getFileName().toString(), sinceApproval);
		try {
			write(target, filing, parts, options);
		} catch (IOException e) {
			context.err().println("sdstudio: " + target + " could not be written: " + e.getMessage()
					+ " Nothing was written.");
			return ExitCode.USAGE;
		}
		summary(parts, sinceApproval, target, sender, context);
		return ExitCode.OK;
	}

	/** The parts named (in the filing's order, each once), or every part; an unknown one is a usage error. */
	private List<ReviewPart> parts(Filing filing, String list) throws UsageException {
		if (list == null) {
			return ReviewDocx.defaultParts(filing);
		}
		Set<ReviewPart> named = new LinkedHashSet<>();
		for (String id : list.split(",")) {
			if (!id.isBlank()) {
				named.add(ReviewArgs.part(filing, id.strip(), usage()));
			}
		}
		if (named.isEmpty()) {
			throw new UsageException("--parts names no part", usage());
		}
		return ReviewParts.of(filing).stream().filter(named::contains).toList();
	}

	/** Why the target must not be written, or null: it is the filing, a folder, or a file that is not a .docx. */
	private static String refusal(Path target, Path filing) {
		try {
			if (Files.exists(target) && Files.isSameFile(target, filing)) {
				return "--out " + target + " is the filing itself.";
			}
		} catch (IOException e) {
			return "--out " + target + " cannot be checked: " + e.getMessage();
		}
		if (Files.isDirectory(target)) {
			return "--out " + target + " is a folder.";
		}
		if (Files.exists(target) && !isWordDocument(target)) {
			return target + " exists and is not a Word document, so it is not replaced.";
		}
		return null;
	}

	private static boolean isWordDocument(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null;
		} catch (IOException e) {
			return false;
		}
	}

	/** Writes to a hidden temporary file beside the target and moves it into place only when complete. */
	private static void write(Path target, Filing filing, List<ReviewPart> parts, ReviewDocx.Options options)
			throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		AtomicFiles.write(target, os -> ReviewDocx.write(filing, parts, options, os));
	}

	private static void summary(List<ReviewPart> parts, boolean sinceApproval, Path target, String sender,
			Context context) {
		int words = 0;
		int threads = 0;
		int comments = 0;
		int tracked = 0;
		for (ReviewPart part : parts) {
			int w = StructuredTexts.wordCount(part.text());
			List<ReviewComment> open = Reviews.threads(part).stream().filter(c -> !c.isResolved()).toList();
			int n = 0;
			for (ReviewComment thread : open) {
				n += 1 + replies(thread);
			}
			String changes = "";
			PartStatus status = Reviews.status(part);
			if (sinceApproval && status.approved() != null && status.changedSinceApproval()) {
				TextComparison c = TextCompare.compare(status.approved().getSnapshot(), part.text());
				if (c.hasChanges()) {
					tracked++;
					changes = ", changes since approval " + status.approved().getId() + " tracked: +"
							+ c.wordsInserted() + " -" + c.wordsDeleted() + " words";
				}
			}
			context.out().println(String.format("  %-34s %6d words%s%s", part.id(), w,
					n == 0 ? "" : ", " + n + (n == 1 ? " comment" : " comments"), changes));
			words += w;
			threads += open.size();
			comments += n;
		}
		List<String> facts = new ArrayList<>();
		facts.add(parts.size() + (parts.size() == 1 ? " part" : " parts"));
		facts.add(words + " words");
		facts.add(comments + " open comments in " + threads + (threads == 1 ? " thread" : " threads"));
		if (sinceApproval) {
			facts.add(tracked + (tracked == 1 ? " part" : " parts") + " with changes since approval tracked");
		}
		context.out().println("Wrote " + target + " for review, sent by " + sender + ": " + String.join(", ", facts)
				+ "; track changes is on.");
	}

	private static int replies(ReviewComment comment) {
		int n = 0;
		for (ReviewComment reply : comment.getReplies()) {
			n += 1 + replies(reply);
		}
		return n;
	}
}
