package org.sdstudio.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;
import org.sdstudio.review.CommentAnchor;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;

/**
 * {@code sdstudio comment FILE PART [--text TEXT [--quote PASSAGE | --reply-to ID] | --resolve ID | --reopen ID]}:
 * lists a part's comment threads, or adds, answers, resolves or reopens one, saved atomically.
 */
public final class CommentCommand implements Command {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

	@Override
	public String name() {
		return "comment";
	}

	@Override
	public String summary() {
		return "a part's review comments: list, comment (on a passage), reply, resolve, reopen";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio comment FILE.sdfiling PART
				       sdstudio comment FILE.sdfiling PART --text TEXT [--quote PASSAGE] [--as NAME]
				       sdstudio comment FILE.sdfiling PART --reply-to ID --text TEXT [--as NAME]
				       sdstudio comment FILE.sdfiling PART --resolve ID|--reopen ID [--as NAME]

				Without options: the part's comment threads with author, time, state and the passage each is
				about (and whether that passage is still there). --text adds a comment on the part, or with
				--quote on a passage of its text (the passage must be in the text; it stays attached when
				text around it changes). --reply-to answers a comment; --resolve and --reopen close and
				reopen a thread. PART is an id from 'sdstudio review FILE'; ID is a comment id listed here.

				  --as NAME   who you are (default: $SDSTUDIO_USER, else your user name)

				Exit codes: 0 done, 1 refused (the file is unchanged), 2 usage error (an unknown PART or ID
				lists the known ones) or unreadable file.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("text", "quote", "reply-to", "resolve", "reopen", "as"), Set.of(),
				usage());
		var positional = parsed.expect(2, "the filing FILE and the PART");
		Path file = context.resolve(positional.get(0));
		String text = parsed.option("text");
		String replyTo = parsed.option("reply-to");
		String resolve = parsed.option("resolve");
		String reopen = parsed.option("reopen");
		int actions = (text != null ? 1 : 0) + (resolve != null ? 1 : 0) + (reopen != null ? 1 : 0);
		if (actions > 1) {
			throw new UsageException("one of --text, --resolve and --reopen at a time", usage());
		}
		if (replyTo != null && text == null) {
			throw new UsageException("--reply-to needs --text", usage());
		}
		if (parsed.option("quote") != null && (text == null || replyTo != null)) {
			throw new UsageException("--quote goes with --text on a new comment (a reply has its thread's passage)",
					usage());
		}
		if (text != null && text.isBlank()) {
			throw new UsageException("--text is empty", usage());
		}
		try (FilingLock lock = actions == 0 ? null : Saving.lock(file, context)) {
			Filing filing = FilingFiles.load(file);
			ReviewPart part = ReviewArgs.part(filing, positional.get(1), usage());
			if (actions == 0) {
				if (parsed.option("as") != null) {
					throw new UsageException("--as goes with --text, --resolve or --reopen", usage());
				}
				list(part, context.out());
				return ExitCode.OK;
			}
			String target = replyTo != null ? replyTo : resolve != null ? resolve : reopen;
			if (target != null) {
				ReviewArgs.comment(part, target, usage());
			}
			Reviewer reviewer = ReviewArgs.reviewer(parsed);
			ReviewCommand command = resolve != null ? Reviews.resolve(part, resolve, reviewer)
					: reopen != null ? Reviews.reopenComment(part, reopen, reviewer)
							: replyTo != null ? Reviews.reply(part, replyTo, reviewer, text)
									: Reviews.comment(part, reviewer, text, parsed.option("quote"), -1);
			if (!Saving.execute(command, filing, file, context)) {
				return ExitCode.FINDINGS;
			}
			ReviewComment c = (ReviewComment) command.result();
			String what = resolve != null ? "Resolved comment " + c.getId()
					: reopen != null ? "Reopened comment " + c.getId()
							: replyTo != null ? "Added reply " + c.getId() + " to " + replyTo
									: "Added comment " + c.getId() + (c.getQuotedText() == null ? "" : " on \""
											+ c.getQuotedText() + "\"");
			context.out().println(what + " on " + part.id() + " by " + reviewer.name() + ". Saved " + file);
			context.out().println(ReviewTable.line(Reviews.status(part)));
			return ExitCode.OK;
		}
	}

	static void list(ReviewPart part, PrintStream out) {
		var threads = Reviews.threads(part);
		out.println(part.id() + " (" + part.label() + "): " + threads.size() + " thread"
				+ (threads.size() == 1 ? "" : "s") + ", " + Reviews.status(part).openComments() + " open");
		for (ReviewComment thread : threads) {
			CommentAnchor anchor = Reviews.anchor(part, thread);
			out.println("  " + thread.getId() + "  " + (thread.isResolved() ? "resolved"
					+ (thread.getResolvedBy() == null ? "" : " by " + thread.getResolvedBy()) : "open"));
			if (anchor.status() != CommentAnchor.Status.NONE) {
				out.println("    on \"" + anchor.quote() + "\"" + (anchor.describe().isEmpty() ? ""
						: " (" + anchor.describe() + ")"));
			}
			print(thread, "    ", out);
		}
	}

	private static void print(ReviewComment comment, String indent, PrintStream out) {
		out.println(indent + comment.getAuthor() + ", " + (comment.getTimestamp() == null ? "undated"
				: WHEN.format(comment.getTimestamp())) + " [" + comment.getId() + "]: " + comment.getText());
		for (ReviewComment reply : comment.getReplies()) {
			print(reply, indent + "  ", out);
		}
	}
}
