package org.sdstudio.cli.internal;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;
import org.sdstudio.review.word.ReturnedDocument;
import org.sdstudio.review.word.ReviewDocxException;
import org.sdstudio.review.word.ReviewDocxReader;
import org.sdstudio.review.word.ReviewImport;

/**
 * {@code sdstudio review-import FILE REVIEW.docx [--as NAME] [--part PART] [--dry-run]}: counsel's returned Word
 * document into the filing, as proposed changes and review comments; nothing enters the text until accepted with
 * {@code sdstudio changes}.
 */
public final class ReviewImportCommand implements Command {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

	@Override
	public String name() {
		return "review-import";
	}

	@Override
	public String summary() {
		return "counsel's reviewed Word document back: tracked changes as proposed changes, comments as comments";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio review-import FILE.sdfiling REVIEW.docx [--as NAME] [--part PART] [--dry-run]

				Reads a Word document made by 'sdstudio review-docx' and returned by counsel. Each tracked
				insertion, deletion and formatting change becomes a proposed change of its part, with the
				author and date Word recorded; edits made with tracking off are found by comparing the
				document with the text it was sent with, and proposed as made by the document's last author
				(with a warning). If the part changed in the filing since the document was sent, counsel's
				changes are merged with it word by word; where both changed the same words the proposal is
				marked as a conflict. Edits to the Annex A table become proposed row changes. Word comments
				become review comments with their authors, dates, replies and done state; one already in the
				filing is matched, not added again. Nothing enters the text until accepted: see
				'sdstudio changes FILE PART'. Importing the same document again changes nothing.

				--part PART compares a document SD Studio did not send (it has no part ids) with that part.
				--as NAME is recorded as who imported (else SDSTUDIO_USER, else the system user).
				--dry-run says what would be imported and writes nothing.

				Exit codes: 0 imported (or nothing new), 1 something could not be placed (said on stderr,
				the rest is imported), 2 usage error, or a document or filing that cannot be read (the
				filing is not changed).
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("as", "part"), Set.of("dry-run"), usage());
		var positional = parsed.expect(2, "the filing FILE and the REVIEW.docx");
		Path file = context.resolve(positional.get(0));
		Path docx = context.resolve(positional.get(1));
		boolean dryRun = parsed.flag("dry-run");
		try (FilingLock lock = dryRun ? null : Saving.lock(file, context)) {
			Filing filing = FilingFiles.load(file);
			if (parsed.option("part") != null) {
				ReviewArgs.part(filing, parsed.option("part"), usage());
			}
			ReturnedDocument document;
			try {
				document = ReviewDocxReader.read(docx);
			} catch (ReviewDocxException e) {
				context.err().println("sdstudio: " + e.getMessage());
				return ExitCode.USAGE;
			}
			if (ReviewImport.needsPart(document) && parsed.option("part") == null) {
				throw new UsageException(docx.getFileName() + " has no SD Studio part ids (it was not sent with "
						+ "'sdstudio review-docx', or its record was removed); name the part to compare it with: "
						+ "--part PART", usage());
			}
			ReviewImport.Plan plan = ReviewImport.plan(filing, document,
					new ReviewImport.Options(ReviewArgs.reviewer(parsed), parsed.option("part")));
			context.out().println(describe(document));
			for (ReviewImport.PartResult part : plan.parts()) {
				context.out().println("  " + part.describe());
			}
			for (String finding : plan.findings()) {
				context.err().println("sdstudio: warning: " + finding);
			}
			context.out().println(plan.summary());
			if (plan.nothingNew()) {
				context.out().println(file.getFileName() + " was not changed.");
			} else if (dryRun) {
				context.out().println("Dry run: " + file.getFileName() + " was not changed.");
			} else {
				new BasicCommandStack().execute(plan.command());
				Saving.save(filing, file, context);
				context.out().println("Saved " + file + ". Accept or reject the proposed changes with "
						+ "'sdstudio changes " + file.getFileName() + " PART'.");
			}
			return plan.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
		}
	}

	private static String describe(ReturnedDocument d) {
		StringBuilder sb = new StringBuilder("Read ").append(d.file());
		if (d.sent() != null) {
			sb.append(": sent from ").append(d.sent().filingName());
			if (d.sent().sentBy() != null && !d.sent().sentBy().isBlank()) {
				sb.append(" by ").append(d.sent().sentBy());
			}
			if (d.sent().sentAt() != null) {
				sb.append(" on ").append(WHEN.format(d.sent().sentAt()));
			}
		}
		if (d.lastAuthor() != null && !d.lastAuthor().isBlank()) {
			sb.append(d.sent() != null ? "; " : ": ").append("last saved by ").append(d.lastAuthor());
			if (d.lastSaved() != null) {
				sb.append(" on ").append(WHEN.format(d.lastSaved()));
			}
		}
		return sb.toString();
	}
}
