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
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.Change;
import org.sdstudio.review.compare.PartChanges;
import org.sdstudio.review.compare.TextComparison;

/**
 * {@code sdstudio changes FILE PART [--accept N|PN|all|proposed] [--reject ...] [--as NAME]}: a part's changes
 * since its approved revision, numbered, and the changes proposed to it from outside (counsel's returned Word
 * document), numbered P1, P2, ... Rejecting a change since approval puts the approved text back; accepting keeps
 * it. Accepting a proposed change puts it into the text; rejecting it leaves the text. Saved atomically.
 */
public final class ChangesCommand implements org.sdstudio.cli.internal.Command {

	@Override
	public String name() {
		return "changes";
	}

	@Override
	public String summary() {
		return "a part's changes since approval and its proposed changes, numbered; accept or reject them";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio changes FILE.sdfiling PART [--accept N,PN,...|all|proposed]
				                                          [--reject N,PN,...|all|proposed] [--as NAME]

				Without options: the part's changes since its approved revision, numbered in reading order
				(words inserted, deleted or replaced, formatting, paragraphs and list items inserted or
				deleted, table rows), then the changes proposed to it from a returned review document
				('sdstudio review-import'), numbered P1, P2, ... with who made each and when; they are not in
				the text until accepted.

				Changes since approval: --reject puts the approved text of those changes back into the part
				and saves the file; rejecting all of them gives back the approved text, and the part is
				approved again. --accept keeps those changes as they are (nothing is written); 'all' names
				every one.

				Proposed changes (PN, or 'proposed' for every pending one): --accept puts them into the text,
				--reject leaves the text as it is; either is recorded with the name from --as (else
				SDSTUDIO_USER, else the system user) and saved. A proposed change that meets an edit made to
				the part after it came is refused and says where.

				The numbers are those of the listing; name each change once. PART is an id from
				'sdstudio review FILE'.

				Exit codes: 0 done, 1 refused (the file is unchanged), 2 usage error (an unknown PART lists the
				known ones) or unreadable file.
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("accept", "reject", "as"), Set.of(), usage());
		var positional = parsed.expect(2, "the filing FILE and the PART");
		Path file = context.resolve(positional.get(0));
		String acceptOption = parsed.option("accept");
		String rejectOption = parsed.option("reject");
		boolean writes = rejectOption != null || proposedNamed(acceptOption);
		try (FilingLock lock = writes ? Saving.lock(file, context) : null) {
			Filing filing = FilingFiles.load(file);
			ReviewPart part = ReviewArgs.part(filing, positional.get(1), usage());
			List<Proposals.Entry> proposals = Proposals.all(part);
			var refusal = PartChanges.refusal(part);
			if (refusal.isPresent() && proposals.isEmpty()) {
				context.err().println("sdstudio: " + refusal.get());
				return ExitCode.FINDINGS;
			}
			TextComparison comparison = refusal.isPresent() ? null : PartChanges.sinceApproval(part).orElseThrow();
			int count = comparison == null ? 0 : comparison.changes().size();
			Set<Integer> proposedAccepted = proposed(acceptOption, proposals, "--accept");
			Set<Integer> proposedRejected = proposed(rejectOption, proposals, "--reject");
			Set<Integer> accepted = numbers(withoutProposed(acceptOption), count, "--accept");
			Set<Integer> rejected = numbers(withoutProposed(rejectOption), count, "--reject");
			for (int n : accepted) {
				if (rejected.contains(n)) {
					throw new UsageException("change " + n + " is both accepted and rejected", usage());
				}
			}
			for (int n : proposedAccepted) {
				if (proposedRejected.contains(n)) {
					throw new UsageException("change P" + n + " is both accepted and rejected", usage());
				}
			}
			if ((!accepted.isEmpty() || !rejected.isEmpty()) && comparison == null) {
				context.err().println("sdstudio: " + refusal.get());
				return ExitCode.FINDINGS;
			}
			if (accepted.isEmpty() && rejected.isEmpty() && proposedAccepted.isEmpty() && proposedRejected.isEmpty()) {
				if (comparison != null) {
					list(part, comparison, context);
				}
				listProposed(part, proposals, context);
				return ExitCode.OK;
			}
			if (!proposedAccepted.isEmpty() || !proposedRejected.isEmpty()) {
				Reviewer reviewer = ReviewArgs.reviewer(parsed);
				List<ReviewCommand> decisions = new ArrayList<>();
				if (!proposedAccepted.isEmpty()) {
					decisions.add(Proposals.decide(part, proposedAccepted, true, reviewer));
				}
				if (!proposedRejected.isEmpty()) {
					decisions.add(Proposals.decide(part, proposedRejected, false, reviewer));
				}
				BasicCommandStack stack = new BasicCommandStack();
				for (ReviewCommand d : decisions) {
					if (!d.canExecute()) {
						context.err().println("sdstudio: " + d.refusal().orElse(d.getLabel()) + " " + file.getFileName()
								+ " was not changed.");
						return ExitCode.FINDINGS;
					}
					stack.execute(d);
				}
				if (rejected.isEmpty()) {
					Saving.save(filing, file, context);
				}
				if (!proposedAccepted.isEmpty()) {
					context.out().println("Accepted proposed change" + (proposedAccepted.size() == 1 ? " " : "s ")
							+ joinProposed(proposedAccepted) + " of " + part.id() + ": now in the text.");
				}
				if (!proposedRejected.isEmpty()) {
					context.out().println("Rejected proposed change" + (proposedRejected.size() == 1 ? " " : "s ")
							+ joinProposed(proposedRejected) + " of " + part.id() + ": the text stays as it was.");
				}
				int left = Proposals.pending(part).size();
				context.out().println(part.id() + " has " + (left == 0 ? "no" : String.valueOf(left)) + " proposed change"
						+ (left == 1 ? "" : "s") + " waiting." + (rejected.isEmpty() ? " Saved " + file : ""));
				if (accepted.isEmpty() && rejected.isEmpty()) {
					context.out().println(ReviewTable.line(Reviews.status(part)));
					return ExitCode.OK;
				}
				// a change since approval is counted against the text as it is now
				comparison = PartChanges.sinceApproval(part).orElseThrow();
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

	private static void listProposed(ReviewPart part, List<Proposals.Entry> proposals, Context context) {
		if (proposals.isEmpty()) {
			return;
		}
		long pending = proposals.stream().filter(Proposals.Entry::pending).count();
		context.out().println(part.id() + ": " + proposals.size() + " proposed change" + (proposals.size() == 1 ? "" : "s")
				+ ", " + pending + " waiting (not in the text until accepted)");
		for (Proposals.Entry e : proposals) {
			context.out().println(String.format("  %4s  %s", "P" + e.number(), e.describe()));
		}
	}

	/** Whether the option names proposed changes ("P3", "proposed"). */
	private static boolean proposedNamed(String value) {
		if (value == null) {
			return false;
		}
		for (String s : value.split(",")) {
			String t = s.strip().toLowerCase(java.util.Locale.ROOT);
			if (t.equals("proposed") || t.startsWith("p")) {
				return true;
			}
		}
		return false;
	}

	/** The option's plain numbers and "all" (changes since approval), or null when it has none. */
	private static String withoutProposed(String value) {
		if (value == null) {
			return null;
		}
		List<String> rest = new ArrayList<>();
		for (String s : value.split(",")) {
			String t = s.strip().toLowerCase(java.util.Locale.ROOT);
			if (!t.equals("proposed") && !t.startsWith("p") && !t.isEmpty()) {
				rest.add(s.strip());
			}
		}
		return rest.isEmpty() ? null : String.join(",", rest);
	}

	/** The proposed changes the option names: "P2,P5" or "proposed" (every pending one). */
	private Set<Integer> proposed(String value, List<Proposals.Entry> proposals, String option) throws UsageException {
		Set<Integer> out = new TreeSet<>();
		if (value == null) {
			return out;
		}
		List<String> bad = new ArrayList<>();
		for (String s : value.split(",")) {
			String t = s.strip().toLowerCase(java.util.Locale.ROOT);
			if (t.equals("proposed")) {
				proposals.stream().filter(Proposals.Entry::pending).forEach(e -> out.add(e.number()));
				if (out.isEmpty()) {
					throw new UsageException(option + " proposed: the part has no proposed changes waiting", usage());
				}
			} else if (t.startsWith("p") && !addNumber(t.substring(1), proposals.size(), out)) {
				bad.add(s.strip());
			}
		}
		if (!bad.isEmpty()) {
			throw new UsageException(option + " " + value + ": " + String.join(", ", bad) + " is not a proposed change; "
					+ (proposals.isEmpty() ? "the part has none" : "the part's are P1 to P" + proposals.size()), usage());
		}
		return out;
	}

	/** Adds the number {@code s} names when it is one of 1..count; false when it is not. */
	private static boolean addNumber(String s, int count, Set<Integer> out) {
		try {
			int n = Integer.parseInt(s);
			if (n < 1 || n > count) {
				return false;
			}
			out.add(n);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static String joinProposed(Set<Integer> numbers) {
		return String.join(", ", numbers.stream().map(n -> "P" + n).toList());
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
			if (!addNumber(s.strip(), count, out)) {
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
