package org.sdstudio.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.io.FilingLock;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.Change;
import org.sdstudio.review.compare.PartChanges;
import org.sdstudio.review.compare.TextComparison;

/**
 * {@code sdstudio changes FILE PART [--accept N|all] [--reject N|all]}: a part's changes since its approved
 * revision, numbered; rejecting puts the approved text of those changes back (saved atomically), accepting keeps
 * the text as it is.
 */
public final class ChangesCommand implements org.sdstudio.cli.internal.Command {

	@Override
	public String name() {
		return "changes";
	}

	@Override
	public String summary() {
		return "a part's changes since approval, numbered; accept or reject them";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio changes FILE.sdfiling PART [--accept N[,N...]|all] [--reject N[,N...]|all]

				Without options: the part's changes since its approved revision, numbered in reading order
				(words inserted, deleted or replaced, formatting, paragraphs and list items inserted or
				deleted, table rows). --reject puts the approved text of those changes back into the part and
				saves the file; rejecting all of them gives back the approved text, and the part is approved
				again. --accept keeps those changes as they are (nothing is written). The numbers are those of
				the listing; name each change once. PART is an id from 'sdstudio review FILE'.

				Exit codes: 0 done, 1 refused (the file is unchanged), 2 usage error (an unknown PART lists the
				known ones) or unreadable file.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("accept", "reject"), Set.of(), usage());
		var positional = parsed.expect(2, "the filing FILE and the PART");
		Path file = context.resolve(positional.get(0));
		try (FilingLock lock = parsed.option("reject") == null ? null : Saving.lock(file, context)) {
			Filing filing = FilingFiles.load(file);
			ReviewPart part = ReviewArgs.part(filing, positional.get(1), usage());
			var refusal = PartChanges.refusal(part);
			if (refusal.isPresent()) {
				context.err().println("sdstudio: " + refusal.get());
				return ExitCode.FINDINGS;
			}
			TextComparison comparison = PartChanges.sinceApproval(part).orElseThrow();
			int count = comparison.changes().size();
			Set<Integer> accepted = numbers(parsed.option("accept"), count, "--accept");
			Set<Integer> rejected = numbers(parsed.option("reject"), count, "--reject");
			for (int n : accepted) {
				if (rejected.contains(n)) {
					throw new UsageException("change " + n + " is both accepted and rejected", usage());
				}
			}
			if (accepted.isEmpty() && rejected.isEmpty()) {
				list(part, comparison, context);
				return ExitCode.OK;
			}
			if (!accepted.isEmpty()) {
				context.out().println("Accepted change" + (accepted.size() == 1 ? " " : "s ") + join(accepted)
						+ " of " + part.id() + ": the text keeps " + (accepted.size() == 1 ? "it." : "them."));
			}
			if (!rejected.isEmpty()) {
				Command command = PartChanges.reject(part, comparison, rejected);
				if (!command.canExecute()) {
					context.err().println("sdstudio: " + command.getDescription() + " " + file.getFileName()
							+ " was not changed.");
					return ExitCode.FINDINGS;
				}
				new BasicCommandStack().execute(command);
				Saving.save(filing, file, context);
				context.out().println("Rejected change" + (rejected.size() == 1 ? " " : "s ") + join(rejected) + " of "
						+ part.id() + ": the approved text is back there. Saved " + file);
				int left = PartChanges.sinceApproval(part).map(c -> c.changes().size()).orElse(0);
				context.out().println(left == 0 ? part.id() + " is its approved text again."
						: part.id() + " has " + left + " change" + (left == 1 ? "" : "s") + " since approval left.");
			}
			context.out().println(ReviewTable.line(Reviews.status(part)));
			return ExitCode.OK;
		}
	}

	private static void list(ReviewPart part, TextComparison c, Context context) {
		var status = Reviews.status(part);
		context.out().println(part.id() + " (" + part.label() + ") against its approved revision "
				+ status.approved().getId() + ": " + c.changes().size() + " change" + (c.changes().size() == 1 ? "" : "s")
				+ ", " + c.wordsInserted() + " words inserted, " + c.wordsDeleted() + " deleted");
		for (Change change : c.changes()) {
			context.out().println(String.format("  %3d  %s", change.number(), change.describe()));
		}
	}

	/** "all", or numbers separated by commas, each within 1..count. */
	private Set<Integer> numbers(String value, int count, String option) throws UsageException {
		Set<Integer> out = new TreeSet<>();
		if (value == null) {
			return out;
		}
		if (value.strip().equalsIgnoreCase("all")) {
			for (int n = 1; n <= count; n++) {
				out.add(n);
			}
			if (count == 0) {
				throw new UsageException(option + " all: the part has no changes since approval", usage());
			}
			return out;
		}
		List<String> bad = new ArrayList<>();
		for (String s : value.split(",")) {
			try {
				int n = Integer.parseInt(s.strip());
				if (n < 1 || n > count) {
					bad.add(s.strip());
				} else {
					out.add(n);
				}
			} catch (NumberFormatException e) {
				bad.add(s.strip());
			}
		}
		if (!bad.isEmpty()) {
			throw new UsageException(option + " " + value + ": " + String.join(", ", bad) + " is not a change "
					+ "number; " + (count == 0 ? "the part has no changes since approval"
							: "the part's changes are 1 to " + count), usage());
		}
		return out;
	}

	private static String join(Set<Integer> numbers) {
		return String.join(", ", numbers.stream().map(String::valueOf).toList());
	}
}
