package org.sdstudio.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.Revision;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;

/**
 * {@code sdstudio review FILE [--submit|--approve|--request-changes|--reopen PART] [--require-approval on|off]}: the
 * review table, or one transition saved atomically. A transition the rules refuse changes nothing and exits 1.
 */
public final class LegalReviewCommand implements Command {

	private static final List<String> ACTIONS = List.of("submit", "approve", "request-changes", "reopen",
			"require-approval");

	@Override
	public String name() {
		return "review";
	}

	@Override
	public String summary() {
		return "legal review: each part's state and approvals; submit, approve, request changes, reopen";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio review FILE.sdfiling
				       sdstudio review FILE.sdfiling --submit PART [--note TEXT] [--as NAME]
				       sdstudio review FILE.sdfiling --approve PART [--note TEXT] [--as NAME]
				       sdstudio review FILE.sdfiling --request-changes PART --comment TEXT [--as NAME]
				       sdstudio review FILE.sdfiling --reopen PART [--note TEXT] [--as NAME]
				       sdstudio review FILE.sdfiling --require-approval on|off

				Without options: a table of the filing's reviewable parts (Items 1.01 and 1.02, the exhibits
				item, every report section and subsection, Annex A) with each part's state (Draft, In review,
				Changes requested, Approved), the approved revision with who approved it and when, whether
				the part changed since its approval, and its open comments. Exit 1 when the filing requires
				approval and a final export would be refused.

				PART is an id from that table, e.g. report/due-diligence/dd-step-3, item-1.01, exhibit,
				annex-a. --submit takes a revision of the part (its title and text) for review; --approve
				approves the revision in review; --request-changes sends it back with a comment; --reopen
				makes the part a draft again. A part edited after its approval is a draft again, "changed
				since approval", until a new revision is approved. --require-approval sets whether a final
				export waits for every part to be approved (drafts never do).

				  --as NAME   who you are (default: $SDSTUDIO_USER, else your user name)
				  --note TEXT a note recorded with the transition

				Exit codes: 0 done, 1 the rules refused the transition (the file is unchanged) or a final
				export would be refused, 2 usage error (an unknown PART lists the known ones) or unreadable
				file.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("submit", "approve", "request-changes", "reopen", "comment", "as",
				"note", "require-approval"), Set.of(), usage());
		Path file = context.resolve(parsed.expect(1, "the filing FILE").get(0));
		List<String> actions = new ArrayList<>();
		for (String action : ACTIONS) {
			if (parsed.option(action) != null) {
				actions.add("--" + action);
			}
		}
		if (actions.size() > 1) {
			throw new UsageException("one change at a time: " + String.join(" and ", actions), usage());
		}
		if (parsed.option("comment") != null && parsed.option("request-changes") == null) {
			throw new UsageException("--comment goes with --request-changes (use 'sdstudio comment' to comment)",
					usage());
		}
		if (actions.isEmpty() && (parsed.option("note") != null || parsed.option("as") != null)) {
			throw new UsageException("--note and --as go with a transition (--submit, --approve, --reopen, ...)",
					usage());
		}
		try (FilingLock lock = actions.isEmpty() ? null : Saving.lock(file, context)) {
			Filing filing = FilingFiles.load(file);
			if (actions.isEmpty()) {
				return ReviewTable.print(filing, file.getFileName().toString(), context.out()).isEmpty() ? ExitCode.OK
						: ExitCode.FINDINGS;
			}
			if (parsed.option("require-approval") != null) {
				return gate(filing, file, parsed.option("require-approval"), context);
			}
			String action = actions.get(0).substring(2);
			ReviewPart part = ReviewArgs.part(filing, parsed.option(action), usage());
			Reviewer reviewer = ReviewArgs.reviewer(parsed);
			String note = parsed.option("note");
			ReviewCommand command = switch (action) {
			case "submit" -> Reviews.submit(part, reviewer, note);
			case "approve" -> Reviews.approve(part, reviewer, note);
			case "request-changes" -> Reviews.requestChanges(part, reviewer, parsed.option("comment"));
			default -> Reviews.reopen(part, reviewer, note);
			};
			if (!Saving.execute(command, filing, file, context)) {
				return ExitCode.FINDINGS;
			}
			context.out().println(done(action, part, reviewer, command.result()) + " Saved " + file);
			context.out().println(ReviewTable.line(Reviews.status(part)));
			return ExitCode.OK;
		}
	}

	private static String done(String action, ReviewPart part, Reviewer reviewer, Object result) {
		return switch (action) {
		case "submit" -> "Submitted " + part.id() + " for review as revision " + ((Revision) result).getId() + " by "
				+ reviewer.name() + ".";
		case "approve" -> "Approved revision " + ((Revision) result).getId() + " of " + part.id() + " by "
				+ reviewer.name() + ".";
		case "request-changes" -> "Requested changes to " + part.id() + " by " + reviewer.name() + " (comment "
				+ ((ReviewComment) result).getId() + ").";
		default -> "Reopened " + part.id() + " as a draft by " + reviewer.name() + ".";
		};
	}

	private int gate(Filing filing, Path file, String value, Context context) throws UsageException,
			FilingFileException {
		boolean on = switch (value) {
		case "on" -> true;
		case "off" -> false;
		default -> throw new UsageException("--require-approval takes on or off, not '" + value + "'", usage());
		};
		if (filing.isRequireApproval() == on) {
			context.out().println("Final export already " + (on ? "requires" : "does not require") + " approval; "
					+ file.getFileName() + " was not written.");
			return ExitCode.OK;
		}
		new BasicCommandStack().execute(Reviews.requireApproval(filing, on));
		Saving.save(filing, file, context);
		context.out().println("Final export " + (on ? "now requires" : "no longer requires") + " approval of every "
				+ "part. Saved " + file);
		int waiting = Reviews.blockingExport(filing).size();
		if (on && waiting > 0) {
			context.out().println(waiting + " part" + (waiting == 1 ? " is" : "s are") + " not approved yet "
					+ "(see sdstudio review " + file.getFileName() + ").");
		}
		return ExitCode.OK;
	}
}
