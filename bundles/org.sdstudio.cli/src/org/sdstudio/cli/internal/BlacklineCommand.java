package org.sdstudio.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sdstudio.model.Filing;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.Revision;
import org.sdstudio.model.io.AtomicFiles;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.AnnexComparison;
import org.sdstudio.review.compare.BlacklineDocx;
import org.sdstudio.review.compare.BlacklineHtml;
import org.sdstudio.review.compare.FilingCompare;
import org.sdstudio.review.compare.FilingComparison;
import org.sdstudio.review.compare.PartDiff;

/**
 * {@code sdstudio blackline FILE [--against OTHER | --from-approved | --from REV --to REV] [--part PART] [--all]
 * --out OUT.html|OUT.docx [--as NAME]}: the comparison as an HTML blackline or a Word document with tracked
 * changes, written atomically; prints the summary.
 */
public final class BlacklineCommand implements Command {

	@Override
	public String name() {
		return "blackline";
	}

	@Override
	public String summary() {
		return "what changed: against another filing, the approved text or a revision, as HTML or Word";
	}

	@Override
	public String usage() {
		return """
				Usage: sdstudio blackline FILE.sdfiling [--against OTHER.sdfiling | --from-approved |
				                          --from REV [--to REV]] [--part PART] [--all]
				                          --out OUT.html|OUT.docx [--as NAME]

				Compares and writes a blackline: insertions underlined and deletions struck through (HTML), or
				a Word document whose changes are tracked revisions (accept all gives the new text, reject all
				the old) with the parts' review comments as Word comments.
				  --against OTHER   the whole filing against another one (last year's): sections matched by
				                    id, kind, title, then text; Form SD items; cover fields; Annex A row by row
				  --from-approved   each part's current text against its approved revision (the default)
				  --from REV        a revision of --part PART against --to REV (default: its current text);
				                    REV is an id or a name, e.g. "As filed for 2025" after a roll-forward
				  --part PART       only that part (an id from 'sdstudio review FILE')
				  --all             unchanged parts in full in the HTML (else only their titles)
				  --out FILE        .html or .docx; written only when complete
				  --as NAME         the author of the Word revisions (default: $SDSTUDIO_USER, else your user name)

				Exit codes: 0 written, 2 usage error or unreadable file (nothing is written).
				""";
	}

	@Override
	public int run(String[] args, Context context) throws UsageException, FilingFileException {
		Args parsed = Args.parse(args, Set.of("against", "from", "to", "part", "out", "as"),
				Set.of("from-approved", "all"), usage());
		var positional = parsed.expect(1, "the filing FILE");
		Path file = context.resolve(positional.get(0));
		String out = parsed.required("out");
		String lower = out.toLowerCase(Locale.ROOT);
		boolean docx = lower.endsWith(".docx");
		if (!docx && !lower.endsWith(".html") && !lower.endsWith(".htm")) {
			throw new UsageException("--out must end in .html or .docx: " + out, usage());
		}
		String against = parsed.option("against");
		String from = parsed.option("from");
		boolean fromApproved = parsed.flag("from-approved");
		int forms = (against != null ? 1 : 0) + (from != null ? 1 : 0) + (fromApproved ? 1 : 0);
		if (forms > 1) {
			throw new UsageException("one of --against, --from-approved and --from at a time", usage());
		}
		if (parsed.option("to") != null && from == null) {
			throw new UsageException("--to goes with --from", usage());
		}
		if (from != null && parsed.option("part") == null) {
			throw new UsageException("--from names a revision of one part: give --part PART", usage());
		}
		Filing filing = FilingFiles.load(file);
		String partId = parsed.option("part");
		ReviewPart part = partId == null ? null : ReviewArgs.part(filing, partId, usage());
		String name = file.getFileName().toString();
		FilingComparison comparison;
		if (against != null) {
			Path other = context.resolve(against);
			Filing base = FilingFiles.load(other);
			comparison = FilingCompare.filings(base, filing, other.getFileName().toString(), name);
			if (part != null) {
				comparison = new FilingComparison(comparison.oldLabel(), comparison.newLabel(),
						comparison.parts().stream().filter(p -> p.id().equals(partId)).toList(), List.of(),
						part.kind() == ReviewPart.Kind.ANNEX ? comparison.annex() : null);
			}
		} else if (from != null) {
			Revision base = revision(part, from);
			String to = parsed.option("to");
			if (to == null) {
				PartDiff diff = FilingCompare.currentAgainst(part, base);
				comparison = new FilingComparison(part.label() + " revision " + base.getId(),
						name + " (current text)", List.of(diff), List.of(), null);
			} else {
				comparison = FilingCompare.revisions(part, base, revision(part, to));
			}
		} else {
			comparison = FilingCompare.fromApproved(filing, name, p -> part == null || p.equals(part));
		}
		Path target = context.resolve(out);
		try {
			write(target, comparison, docx, parsed.flag("all"), Reviewer.resolveName(parsed.option("as")),
					comments(filing, comparison));
		} catch (IOException e) {
			context.err().println("sdstudio: " + target + " could not be written: " + e.getMessage()
					+ " Nothing was written.");
			return ExitCode.USAGE;
		}
		summary(comparison, context);
		context.out().println("Wrote " + target);
		return ExitCode.OK;
	}

	private Revision revision(ReviewPart part, String id) throws UsageException {
		List<Revision> revisions = part.review() == null ? List.of() : part.review().getRevisions();
		// by id, else by name (its note), the latest of that name: e.g. "As filed for 2025" after a roll-forward
		return revisions.stream().filter(r -> id.equals(r.getId())).findFirst()
				.or(() -> revisions.stream().filter(r -> id.equals(r.getNote())).reduce((first, later) -> later))
				.orElseThrow(() -> new UsageException("unknown revision '" + id + "' of " + part.id()
						+ (revisions.isEmpty() ? "; it has no revisions"
								: "; its revisions are: " + String.join(", ",
										revisions.stream().map(Revision::getId).toList())),
						usage()));
	}

	/** The review comments of the compared parts (on the new side), by part id. */
	private static Map<String, List<ReviewComment>> comments(Filing filing, FilingComparison c) {
		Map<String, List<ReviewComment>> map = new HashMap<>();
		for (PartDiff p : c.parts()) {
			ReviewParts.find(filing, p.id()).filter(rp -> rp.review() != null)
					.ifPresent(rp -> map.put(p.id(), Reviews.threads(rp)));
		}
		return map;
	}

	/** Writes to a hidden temporary file beside the target and moves it into place only when complete. */
	private static void write(Path target, FilingComparison c, boolean docx, boolean all, String author,
			Map<String, List<ReviewComment>> comments) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		AtomicFiles.write(target, os -> {
			if (docx) {
				BlacklineDocx.write(c, author, Instant.now(), comments, os);
			} else {
				os.write(BlacklineHtml.html(c, all, Instant.now()));
			}
		});
	}

	private static void summary(FilingComparison c, Context context) {
		context.out().println("Blackline of " + c.newLabel() + " against " + c.oldLabel() + ": "
				+ c.changedParts().size() + " of " + c.parts().size() + " parts changed, " + c.wordsInserted()
				+ " words inserted, " + c.wordsDeleted() + " deleted");
		for (PartDiff p : c.changedParts()) {
			context.out().println(String.format("  %-45s %-9s +%d -%d words%s", p.id(),
					p.status().name().toLowerCase(Locale.ROOT), p.text().wordsInserted(), p.text().wordsDeleted(),
					p.titleChanged() ? ", title changed" : ""));
		}
		c.fields().forEach(f -> context.out().println("  cover: " + f.field() + ": " + blank(f.oldValue()) + " -> "
				+ blank(f.newValue())));
		AnnexComparison a = c.annex();
		if (a != null) {
			context.out().println("  Annex A: " + a.count(AnnexComparison.Kind.ADDED) + " rows added, "
					+ a.count(AnnexComparison.Kind.REMOVED) + " removed, "
					+ a.count(AnnexComparison.Kind.STATUS_CHANGED) + " status changed, "
					+ a.count(AnnexComparison.Kind.CHANGED) + " otherwise changed, " + a.unchanged() + " unchanged");
		}
	}

	private static String blank(String s) {
		return s.isEmpty() ? "(none)" : s;
	}
}
