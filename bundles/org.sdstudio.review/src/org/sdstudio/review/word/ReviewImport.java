package org.sdstudio.review.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ProposalState;
import org.sdstudio.model.ProposedRevision;
import org.sdstudio.model.ProposedRowChange;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.model.Revision;
import org.sdstudio.model.RowChangeKind;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.Proposals;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviewer;
import org.sdstudio.review.Reviews;
import org.sdstudio.review.compare.Change;
import org.sdstudio.review.compare.TextCompare;
import org.sdstudio.review.compare.TextComparison;
import org.sdstudio.review.compare.TextMerge;
import org.sdstudio.review.word.ReturnedDocument.ReturnedPart;
import org.sdstudio.review.word.ReturnedDocument.TrackedRevision;
import org.sdstudio.review.word.ReturnedDocument.WordComment;
import org.sdstudio.review.word.SentRecord.SentPart;

/**
 * Brings a returned review document into the filing, as proposals and comments, never into the text directly.
 * For each part it compares three texts: what was sent (the document's record of it), what counsel returned (every
 * tracked change accepted) and what the filing has now. Counsel's changes against the sent text become one
 * proposal on the part, merged at word level with whatever the filing changed since (a stretch both changed is a
 * conflict, proposed with both versions shown); each proposed change carries the author and date of the tracked
 * revision it comes from, or, when it was made with tracking off (the text with every tracked change rejected
 * differs from the sent one), the document's last author and a warning. Annex A's table edits become row changes.
 * Word comments become review comments with their authors, dates, replies and done state; a comment already in the
 * filing (same author and text) is matched, not duplicated. Importing the same document again proposes nothing.
 */
public final class ReviewImport {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	/**
	 * @param reviewer who imports (recorded on the proposals)
	 * @param intoPart for a document without SD Studio's part ids: the id of the part to compare it with; else null
	 */
	public record Options(Reviewer reviewer, String intoPart) {
	}

	/** What the import does to one part. */
	public record PartResult(String partId, String label, int changes, int conflicts, int untracked, int rowChanges,
			int newComments, int matchedComments, int replies, int resolved, boolean alreadyImported) {

		public boolean nothing() {
			return changes + rowChanges + newComments + replies + resolved == 0;
		}

		/** "report/introduction: 3 proposed changes (1 conflict, 1 made with tracking off), 2 new comments, ...". */
		public String describe() {
			List<String> what = new ArrayList<>();
			if (alreadyImported && changes + rowChanges == 0) {
				what.add("changes already imported");
			}
			if (changes > 0) {
				List<String> notes = new ArrayList<>();
				if (conflicts > 0) {
					notes.add(count(conflicts, "conflict"));
				}
				if (untracked > 0) {
					notes.add(untracked + " made with tracking off");
				}
				what.add(count(changes, "proposed change") + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")"));
			}
			if (rowChanges > 0) {
				what.add(count(rowChanges, "proposed row change")
						+ (conflicts > 0 && changes == 0 ? " (" + count(conflicts, "conflict") + ")" : ""));
			}
			if (newComments > 0) {
				what.add(count(newComments, "new comment"));
			}
			if (matchedComments > 0) {
				what.add(matchedComments + " already in the filing");
			}
			if (replies > 0) {
				what.add(count(replies, "new reply", "new replies"));
			}
			if (resolved > 0) {
				what.add(resolved + " marked done");
			}
			return partId + ": " + (what.isEmpty() ? "nothing new" : String.join(", ", what));
		}
	}

	/**
	 * The import worked out: what it does per part, what it could not place (each finding quotes the text), and the
	 * command that does it, all or nothing (null when there is nothing new).
	 */
	public record Plan(ReturnedDocument document, List<PartResult> parts, List<String> findings, Command command) {

		public boolean nothingNew() {
			return command == null;
		}

		/** One line: "counsel.docx: 5 proposed changes in 3 parts (1 conflict), 2 new comments; 1 finding". */
		public String summary() {
			int changes = 0;
			int conflicts = 0;
			int rows = 0;
			int comments = 0;
			int replies = 0;
			int resolved = 0;
			int matched = 0;
			int partsChanged = 0;
			for (PartResult p : parts) {
				changes += p.changes();
				conflicts += p.conflicts();
				rows += p.rowChanges();
				comments += p.newComments();
				replies += p.replies();
				resolved += p.resolved();
				matched += p.matchedComments();
				partsChanged += p.changes() + p.rowChanges() > 0 ? 1 : 0;
			}
			List<String> what = new ArrayList<>();
			if (changes + rows > 0) {
				what.add(count(changes + rows, "proposed change") + " in " + count(partsChanged, "part")
						+ (conflicts > 0 ? " (" + count(conflicts, "conflict") + ")" : ""));
			}
			if (comments > 0) {
				what.add(count(comments, "new comment"));
			}
			if (replies > 0) {
				what.add(count(replies, "new reply", "new replies"));
			}
			if (resolved > 0) {
				what.add(resolved + " comment(s) marked done");
			}
			String s = document.file() + ": " + (what.isEmpty() ? "nothing new to import" : String.join(", ", what));
			if (matched > 0) {
				s += " (" + count(matched, "comment was", "comments were") + " already in the filing)";
			}
			return findings.isEmpty() ? s : s + "; " + count(findings.size(), "finding");
		}
	}

	private final Filing filing;
	private final ReturnedDocument doc;
	private final Options options;
	private final List<String> findings = new ArrayList<>();
	private final List<PartResult> results = new ArrayList<>();
	private final CompoundCommand command;

	private ReviewImport(Filing filing, ReturnedDocument doc, Options options) {
		this.filing = filing;
		this.doc = doc;
		this.options = options;
		this.command = new CompoundCommand("Import Review from " + doc.file());
	}

	/**
	 * Whether the document lacks SD Studio's part ids (no record of what was sent, or no part bookmark left in it),
	 * so the part to import into must be chosen.
	 */
	public static boolean needsPart(ReturnedDocument document) {
		return document.sent() == null || document.parts().stream().allMatch(p -> p.bookmark() == null);
	}

	/** Works out the import; nothing changes until the plan's command is executed. */
	public static Plan plan(Filing filing, ReturnedDocument document, Options options) {
		ReviewImport i = new ReviewImport(filing, document, options);
		i.run();
		return new Plan(document, List.copyOf(i.results), List.copyOf(i.findings),
				i.command.isEmpty() ? null : i.command);
	}

	private void run() {
		findings.addAll(doc.problems());
		if (needsPart(doc)) {
			intoChosenPart();
		} else {
			List<Placed> placed = new ArrayList<>();
			for (ReturnedPart returned : doc.parts()) {
				SentPart sent = returned.bookmark() == null ? null : doc.sent().byBookmark(returned.bookmark()).orElse(null);
				if (sent == null) {
					continue; // the reader reported a bookmark it could not place
				}
				Optional<ReviewPart> part = ReviewParts.find(filing, sent.id());
				if (part.isEmpty()) {
					findings.add(sent.label() + " (" + sent.id() + ") is not in this filing; counsel's text of it is not "
							+ "imported: \"" + quote(StructuredTexts.plainText(returned.returned())) + "\"");
					continue;
				}
				placed.add(new Placed(part.get(), sent.text(), returned));
			}
			movedParagraphs(placed);
			for (Placed p : placed) {
				part(p.part, p.sent, p.returned);
			}
		}
	}

	private record Placed(ReviewPart part, StructuredText sent, ReturnedPart returned) {
	}

	/** A document SD Studio did not send: its whole text compared with the chosen part's text. */
	private void intoChosenPart() {
		if (options.intoPart() == null || options.intoPart().isBlank()) {
			findings.add(doc.file() + " has no SD Studio part ids (it was not sent by SD Studio, or its record was "
					+ "removed); choose the part to compare it with.");
			return;
		}
		Optional<ReviewPart> part = ReviewParts.find(filing, options.intoPart());
		if (part.isEmpty()) {
			findings.add("There is no part " + options.intoPart() + " in this filing.");
			return;
		}
		StructuredText original = F.createStructuredText();
		StructuredText returned = F.createStructuredText();
		List<TrackedRevision> revisions = new ArrayList<>();
		List<WordComment> comments = new ArrayList<>();
		for (ReturnedPart p : doc.parts()) {
			original.getBlocks().addAll(EcoreUtil.copyAll(p.original().getBlocks()));
			returned.getBlocks().addAll(EcoreUtil.copyAll(p.returned().getBlocks()));
			revisions.addAll(p.revisions());
			comments.addAll(p.comments());
		}
		// compared with the part as it is: there is no record of what was sent
		part(part.get(), EcoreUtil.copy(part.get().text()), new ReturnedPart(null, original, returned, revisions, comments));
	}

	private void part(ReviewPart part, StructuredText sent, ReturnedPart returned) {
		boolean already = part.review() != null && part.review().getProposals().stream()
				.anyMatch(r -> doc.digest() != null && doc.digest().equals(r.getSourceDigest()));
		int[] text = already ? new int[3] : part.kind() == ReviewPart.Kind.ANNEX ? rows(part, sent, returned)
				: text(part, sent, returned);
		int[] comments = comments(part, returned.comments());
		results.add(new PartResult(part.id(), part.label(), part.kind() == ReviewPart.Kind.ANNEX ? 0 : text[0],
				text[1], text[2], part.kind() == ReviewPart.Kind.ANNEX ? text[0] : 0, comments[0], comments[1],
				comments[2], comments[3], already));
	}

	// ------------------------------------------------------------------ text

	/** Proposes counsel's text changes; returns {changes, conflicts, untracked}. */
	private int[] text(ReviewPart part, StructuredText sent, ReturnedPart returned) {
		StructuredText now = part.text();
		StructuredText theirs = returned.returned();
		List<Change> untrackedEdits = List.of();
		// a document sent with its changes since approval tracked: rejecting everything gives the approved text
		boolean seeded = returned.revisions().stream().anyMatch(ReviewImport::ours);
		Revision approved = Reviews.status(part).approved();
		StructuredText expectedOriginal = seeded && approved != null ? approved.getSnapshot() : sent;
		if (!same(expectedOriginal, returned.original())) {
			untrackedEdits = TextCompare.compare(expectedOriginal, returned.original()).changes();
			boolean one = untrackedEdits.size() == 1;
			findings.add(count(untrackedEdits.size(), "edit") + " in " + part.label() + (one ? " was" : " were")
					+ " made with tracking off; " + (one ? "it is" : "they are") + " proposed as made by " + lastAuthor() + ": " + String.join("; ",
							untrackedEdits.stream().limit(5).map(Change::describe).toList())
					+ (untrackedEdits.size() > 5 ? "; ..." : ""));
		}
		StructuredText proposed;
		List<TextMerge.Conflict> conflicts = List.of();
		if (same(sent, now)) {
			proposed = theirs;
		} else {
			TextMerge.Result merged = TextMerge.merge(sent, now, theirs);
			proposed = merged.merged();
			conflicts = merged.conflicts();
			for (TextMerge.Conflict k : conflicts) {
				findings.add(part.label() + " changed in the filing after the document was sent, where counsel also "
						+ "changed it: the filing has \"" + quote(k.ours()) + "\", counsel has \"" + quote(k.theirs())
						+ "\" (sent: \"" + quote(k.base()) + "\"); proposed as a conflict.");
			}
		}
		if (same(proposed, now) || pendingAlready(part, proposed)) {
			return new int[3];
		}
		List<Change> untracked = untrackedEdits;
		List<TrackedRevision> revisions = returned.revisions();
		ReviewCommand c = Proposals.propose(part, proposed, doc.file(), doc.digest(), options.reviewer(),
				change -> attribute(change, revisions, untracked), conflicts);
		if (c.refusal().isPresent()) {
			return new int[3];
		}
		command.append(c);
		TextComparison shown = TextCompare.compare(now, proposed);
		int conflicting = 0;
		int untrackedCount = 0;
		for (Change change : shown.changes()) {
			Proposals.Attribution a = attribute(change, revisions, untracked);
			untrackedCount += a.untracked() ? 1 : 0;
			for (TextMerge.Conflict k : conflicts) {
				if (contains(k.theirs(), change.newText()) || contains(k.ours(), change.oldText())) {
					conflicting++;
					break;
				}
			}
		}
		return new int[] { shown.changes().size(), conflicting, untrackedCount };
	}

	private static boolean pendingAlready(ReviewPart part, StructuredText proposed) {
		if (part.review() == null) {
			return false;
		}
		for (ProposedRevision r : part.review().getProposals()) {
			if (r.getChanges().stream().anyMatch(c -> c.getState() == ProposalState.PENDING) && r.getProposed() != null
					&& same(r.getProposed(), proposed)) {
				return true;
			}
		}
		return false;
	}

	/** Who made a change: the tracked revision whose text it is, else the last author (made with tracking off). */
	private Proposals.Attribution attribute(Change change, List<TrackedRevision> all, List<Change> untracked) {
		List<TrackedRevision> revisions = all.stream().filter(r -> !ours(r)).toList();
		Optional<TrackedRevision> found = switch (change.kind()) {
		case INSERTED, BLOCK_INSERTED, ROW_INSERTED -> revision(revisions, change.newText(), true);
		case DELETED, BLOCK_DELETED, ROW_DELETED -> revision(revisions, change.oldText(), false);
		case REPLACED -> revision(revisions, change.newText(), true).or(() -> revision(revisions, change.oldText(), false));
		case FORMATTED, STYLE_CHANGED -> revisions.stream()
				.filter(r -> r.kind() == TrackedRevision.Kind.FORMATTED && (contains(r.text(), change.newText())
						|| contains(change.newText(), r.text())))
				.findFirst().or(() -> revision(revisions, change.newText(), true));
		};
		if (found.isPresent()) {
			boolean alsoUntracked = untracked.stream().anyMatch(u -> sameChange(u, change));
			return new Proposals.Attribution(found.get().author(), found.get().date(), alsoUntracked);
		}
		List<TrackedRevision> seeded = all.stream().filter(ReviewImport::ours).toList();
		if (!seeded.isEmpty() && (revision(seeded, change.oldText(), true).isPresent()
				|| revision(seeded, change.newText(), false).isPresent())) {
			// counsel rejected one of the changes since approval the document was sent with; Word keeps no name for that
			return new Proposals.Attribution(lastAuthor(), doc.lastSaved(), false);
		}
		return new Proposals.Attribution(lastAuthor(), doc.lastSaved(), true);
	}

	/** A revision SD Studio wrote itself: a change since approval shown as tracked. */
	private static boolean ours(TrackedRevision r) {
		return ReviewDocx.SINCE_APPROVAL_AUTHOR.equals(r.author());
	}

	private static boolean sameChange(Change a, Change b) {
		return squash(a.oldText()).equals(squash(b.oldText())) && squash(a.newText()).equals(squash(b.newText()));
	}

	private static Optional<TrackedRevision> revision(List<TrackedRevision> revisions, String text, boolean inserted) {
		if (squash(text).isEmpty()) {
			// only spaces or a paragraph mark: the revision of a paragraph mark, else any of the kind
			return revisions.stream().filter(r -> inserted ? isInsertion(r) : !isInsertion(r)).filter(
					r -> r.kind() == TrackedRevision.Kind.PARAGRAPH_INSERTED || r.kind() == TrackedRevision.Kind.PARAGRAPH_DELETED
							|| squash(r.text()).isEmpty())
					.findFirst();
		}
		Optional<TrackedRevision> exact = revisions.stream()
				.filter(r -> (inserted ? isInsertion(r) : !isInsertion(r)) && r.kind() != TrackedRevision.Kind.FORMATTED)
				.filter(r -> contains(r.text(), text)).findFirst();
		return exact.or(() -> revisions.stream()
				.filter(r -> (inserted ? isInsertion(r) : !isInsertion(r)) && r.kind() != TrackedRevision.Kind.FORMATTED)
				.filter(r -> !squash(r.text()).isEmpty() && contains(text, r.text())).findFirst());
	}

	private static boolean isInsertion(TrackedRevision r) {
		return switch (r.kind()) {
		case INSERTED, PARAGRAPH_INSERTED, ROW_INSERTED -> true;
		default -> false;
		};
	}

	/** A paragraph deleted from one part and inserted, as it was, into another: said, and proposed as both. */
	private void movedParagraphs(List<Placed> placed) {
		Map<String, String> deletedFrom = new HashMap<>();
		for (Placed p : placed) {
			for (Change c : TextCompare.compare(p.sent, p.returned.returned()).changes()) {
				if (c.kind() == Change.Kind.BLOCK_DELETED && !squash(c.oldText()).isEmpty()) {
					deletedFrom.put(squash(c.oldText()), p.part.label());
				}
			}
		}
		for (Placed p : placed) {
			for (Change c : TextCompare.compare(p.sent, p.returned.returned()).changes()) {
				String from = c.kind() == Change.Kind.BLOCK_INSERTED ? deletedFrom.get(squash(c.newText())) : null;
				if (from != null && !from.equals(p.part.label())) {
					findings.add("A paragraph was moved from " + from + " to " + p.part.label() + ": \""
							+ quote(c.newText()) + "\"; it is proposed as deleted from the one and inserted into the other.");
				}
			}
		}
	}

	// ------------------------------------------------------------------ Annex A

	private static final String[] FIELDS = { "metal", "facilityName", "country", "status", "smelterId" };
	private static final String[] HEADINGS = { "Metal", "Facility", "Country", "Status", "Smelter ID" };

	/** Proposes counsel's edits of the Annex A table as row changes; returns {row changes, conflicts, untracked}. */
	private int[] rows(ReviewPart part, StructuredText sent, ReturnedPart returned) {
		List<List<String>> before = table(sent, part);
		List<List<String>> after = table(returned.returned(), part);
		String beside = besideTable(returned.returned());
		if (!squash(beside).isEmpty() && !squash(beside).equals(squash(besideTable(sent)))) {
			findings.add("Annex A holds only its table; text counsel wrote beside it is not imported (put it in a "
					+ "report section if it belongs in the filing): \"" + quote(beside) + "\"");
		}
		if (before == null || after == null) {
			return new int[3];
		}
		List<ProposedRowChange> changes = new ArrayList<>();
		Map<String, List<String>> sentByKey = new LinkedHashMap<>();
		for (List<String> row : before) {
			sentByKey.putIfAbsent(key(row), row);
		}
		Map<String, List<String>> returnedByKey = new LinkedHashMap<>();
		for (List<String> row : after) {
			returnedByKey.putIfAbsent(key(row), row);
		}
		List<List<String>> removed = new ArrayList<>();
		List<List<String>> added = new ArrayList<>();
		for (List<String> row : before) {
			if (!returnedByKey.containsKey(key(row))) {
				removed.add(row);
			}
		}
		for (List<String> row : after) {
			List<String> old = sentByKey.get(key(row));
			if (old == null) {
				added.add(row);
			} else {
				edits(old, row, changes, returned.revisions());
			}
		}
		// a row whose smelter id or name was edited: paired with a removed row of the same place in the table
		for (int i = 0; i < Math.min(removed.size(), added.size()); i++) {
			List<String> old = removed.get(i);
			List<String> neu = added.get(i);
			if (before.indexOf(old) == after.indexOf(neu) && similar(old, neu)) {
				edits(old, neu, changes, returned.revisions());
				removed.set(i, null);
				added.set(i, null);
			}
		}
		for (List<String> row : removed) {
			if (row != null) {
				changes.add(rowChange(RowChangeKind.REMOVE, row, null, null, null,
						rowAuthor(returned.revisions(), row, false)));
			}
		}
		for (List<String> row : added) {
			if (row != null) {
				changes.add(rowChange(RowChangeKind.ADD, row, null, null, null, rowAuthor(returned.revisions(), row, true)));
			}
		}
		if (part.review() != null) {
			changes.removeIf(c -> part.review().getProposals().stream().flatMap(r -> r.getRowChanges().stream())
					.anyMatch(o -> o.getState() == ProposalState.PENDING && sameRowChange(o, c)));
		}
		int conflicts = 0;
		int untracked = 0;
		for (ProposedRowChange c : changes) {
			untracked += c.isUntracked() ? 1 : 0;
			if (c.getKind() == RowChangeKind.EDIT) {
				String now = Proposals.row(part.annex(), c.getSmelterId(), c.getMetal(), c.getFacilityName())
						.map(e -> Proposals.field(e, c.getField())).orElse(null);
				if (now != null && !now.strip().equalsIgnoreCase(c.getOldValue().strip())) {
					conflicts++;
					findings.add("Annex A row " + c.getMetal() + " " + c.getFacilityName() + ": its " + c.getField()
							+ " changed in the filing after the document was sent (now \"" + now + "\", sent \""
							+ c.getOldValue() + "\"); counsel proposes \"" + c.getNewValue() + "\": a conflict.");
				}
			}
		}
		ReviewCommand c = Proposals.proposeRows(part, changes, doc.file(), doc.digest(), options.reviewer());
		if (c.refusal().isPresent()) {
			return new int[3];
		}
		command.append(c);
		return new int[] { changes.size(), conflicts, untracked };
	}

	private void edits(List<String> old, List<String> neu, List<ProposedRowChange> changes,
			List<TrackedRevision> revisions) {
		for (int f = 0; f < FIELDS.length; f++) {
			if (!old.get(f).strip().equals(neu.get(f).strip())) {
				String oldValue = old.get(f);
				Proposals.Attribution who = revision(revisions, neu.get(f), true)
						.or(() -> revision(revisions, oldValue, false))
						.map(r -> new Proposals.Attribution(r.author(), r.date(), false))
						.orElse(new Proposals.Attribution(lastAuthor(), doc.lastSaved(), true));
				changes.add(rowChange(RowChangeKind.EDIT, old, FIELDS[f], old.get(f).strip(), neu.get(f).strip(), who));
			}
		}
		if (!old.get(5).strip().equals(neu.get(5).strip())) {
			findings.add("Annex A row " + old.get(0) + " " + old.get(1) + ": the Excluded column was edited (\""
					+ quote(old.get(5)) + "\" to \"" + quote(neu.get(5)) + "\"); exclusions are not imported, "
					+ "change them on the Annex A page.");
		}
	}

	private Proposals.Attribution rowAuthor(List<TrackedRevision> revisions, List<String> row, boolean inserted) {
		String name = row.get(1);
		return revisions.stream()
				.filter(r -> r.kind() == (inserted ? TrackedRevision.Kind.ROW_INSERTED : TrackedRevision.Kind.ROW_DELETED)
						|| (inserted ? isInsertion(r) : !isInsertion(r)))
				.filter(r -> contains(r.text(), name)).findFirst()
				.map(r -> new Proposals.Attribution(r.author(), r.date(), false))
				.orElse(new Proposals.Attribution(lastAuthor(), doc.lastSaved(), true));
	}

	private static ProposedRowChange rowChange(RowChangeKind kind, List<String> row, String field, String oldValue,
			String newValue, Proposals.Attribution who) {
		ProposedRowChange c = F.createProposedRowChange();
		c.setKind(kind);
		c.setMetal(row.get(0).strip());
		c.setFacilityName(row.get(1).strip());
		c.setCountry(row.get(2).strip());
		c.setStatus(row.get(3).strip());
		c.setSmelterId(row.get(4).strip());
		c.setField(field);
		c.setOldValue(oldValue);
		c.setNewValue(newValue);
		c.setAuthor(who.author());
		c.setTimestamp(who.date());
		c.setUntracked(who.untracked());
		c.setState(ProposalState.PENDING);
		return c;
	}

	private static boolean sameRowChange(ProposedRowChange a, ProposedRowChange b) {
		return a.getKind() == b.getKind() && eq(a.getSmelterId(), b.getSmelterId()) && eq(a.getMetal(), b.getMetal())
				&& eq(a.getFacilityName(), b.getFacilityName()) && eq(a.getField(), b.getField())
				&& eq(a.getNewValue(), b.getNewValue());
	}

	private static boolean eq(String a, String b) {
		return squash(a).equalsIgnoreCase(squash(b));
	}

	/** Two rows are one row edited when most of their cells agree. */
	private static boolean similar(List<String> a, List<String> b) {
		int same = 0;
		for (int f = 0; f < FIELDS.length; f++) {
			same += a.get(f).strip().equalsIgnoreCase(b.get(f).strip()) ? 1 : 0;
		}
		return same >= 3;
	}

	/** A row's identity: its smelter id, else its metal and name. */
	private static String key(List<String> row) {
		String id = row.get(4).strip().toUpperCase(Locale.ROOT);
		return id.isEmpty() ? (row.get(0) + "|" + row.get(1)).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
				: id;
	}

	/** The text of every block that is not a table: what a paragraph before or after Annex A's table says. */
	private static String besideTable(StructuredText text) {
		StructuredText others = SdStudioFactory.eINSTANCE.createStructuredText();
		if (text != null) {
			text.getBlocks().stream().filter(b -> !(b instanceof Table)).map(EcoreUtil::copy)
					.forEach(others.getBlocks()::add);
		}
		return StructuredTexts.plainText(others);
	}

	/** The Annex A table's body rows as cell texts in the order Metal, Facility, Country, Status, Smelter ID, Excluded. */
	private List<List<String>> table(StructuredText text, ReviewPart part) {
		Table table = text == null ? null : text.getBlocks().stream().filter(Table.class::isInstance)
				.map(Table.class::cast).findFirst().orElse(null);
		if (table == null) {
			findings.add("Annex A's table is not in the document any more; its rows are not imported.");
			return null;
		}
		int[] column = new int[6];
		java.util.Arrays.fill(column, -1);
		List<TableRow> rows = table.getRows();
		int first = 0;
		if (!rows.isEmpty()) {
			List<String> head = cells(rows.get(0));
			for (int f = 0; f < HEADINGS.length; f++) {
				column[f] = indexOf(head, HEADINGS[f]);
			}
			column[5] = indexOf(head, "Excluded");
			first = rows.get(0).isHeader() || column[0] >= 0 ? 1 : 0;
		}
		for (int f = 0; f < 5; f++) {
			if (column[f] < 0) {
				findings.add("Annex A's table has no \"" + HEADINGS[f] + "\" column any more; its rows are not imported.");
				return null;
			}
		}
		List<List<String>> out = new ArrayList<>();
		for (TableRow row : rows.subList(first, rows.size())) {
			List<String> cells = cells(row);
			List<String> values = new ArrayList<>();
			for (int f = 0; f < 6; f++) {
				values.add(column[f] >= 0 && column[f] < cells.size() ? cells.get(column[f]) : "");
			}
			if (values.stream().allMatch(String::isBlank)) {
				continue;
			}
			out.add(values);
		}
		return out;
	}

	private static int indexOf(List<String> head, String heading) {
		for (int i = 0; i < head.size(); i++) {
			if (head.get(i).strip().equalsIgnoreCase(heading)) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> cells(TableRow row) {
		List<String> cells = new ArrayList<>();
		for (TableCell cell : row.getCells()) {
			StringBuilder sb = new StringBuilder();
			cell.getRuns().forEach(r -> sb.append(r.getText() == null ? "" : r.getText()));
			cells.add(sb.toString());
		}
		return cells;
	}

	// ------------------------------------------------------------------ comments

	/** Imports the part's Word comments; returns {new threads, matched threads, new replies, resolved}. */
	private int[] comments(ReviewPart part, List<WordComment> comments) {
		List<ReviewComment> threads = new ArrayList<>();
		Map<String, List<ReviewComment>> replies = new LinkedHashMap<>();
		Map<String, String> resolved = new LinkedHashMap<>();
		int matched = 0;
		int replyCount = 0;
		String plain = part.plainText();
		for (WordComment w : comments) {
			// a thread already in the filing, or one of its replies (LibreOffice sends a reply back as a comment of
			// its own on the same passage)
			Optional<ReviewComment> existing = Reviews.allComments(part).stream().filter(c -> sameComment(c, w))
					.map(Reviews::threadOf).findFirst();
			if (existing.isPresent()) {
				matched++;
				ReviewComment thread = existing.get();
				List<ReviewComment> known = Reviews.allComments(part);
				for (WordComment r : w.replies()) {
					if (known.stream().noneMatch(c -> sameComment(c, r))) {
						replies.computeIfAbsent(thread.getId(), k -> new ArrayList<>()).add(comment(r, plain, false));
						replyCount++;
					}
				}
				if (w.done() && !thread.isResolved()) {
					resolved.put(thread.getId(), doneBy(w));
				}
				continue;
			}
			ReviewComment thread = comment(w, plain, true);
			for (WordComment r : w.replies()) {
				thread.getReplies().add(comment(r, plain, false));
			}
			if (w.done()) {
				thread.setResolved(true);
				thread.setResolvedBy(doneBy(w));
			}
			threads.add(thread);
		}
		if (!threads.isEmpty() || !replies.isEmpty() || !resolved.isEmpty()) {
			command.append(Reviews.importComments(part, doc.file(), threads, replies, resolved));
		}
		return new int[] { threads.size(), matched, replyCount + threads.stream().mapToInt(t -> t.getReplies().size()).sum(),
				resolved.size() };
	}

	/** Word does not record who marked a comment done: the last to answer it, else the document's last author. */
	private String doneBy(WordComment w) {
		return w.replies().isEmpty() ? lastAuthor() : w.replies().get(w.replies().size() - 1).author();
	}

	private ReviewComment comment(WordComment w, String plain, boolean anchored) {
		ReviewComment c = F.createReviewComment();
		c.setAuthor(w.author() == null || w.author().isBlank() ? lastAuthor() : w.author().strip());
		c.setTimestamp(w.date() == null ? doc.lastSaved() : w.date());
		c.setText(w.text() == null ? "" : w.text().strip());
		if (anchored && w.quoted() != null && !w.quoted().isBlank()) {
			c.setQuotedText(w.quoted());
			int at = w.offset() >= 0 && plain.startsWith(w.quoted(), w.offset()) ? w.offset() : plain.indexOf(w.quoted());
			// a passage only in counsel's text (their own insertion) is kept as quoted, found once accepted
			c.setAnchorOffset(at >= 0 ? at : Math.max(w.offset(), 0));
		}
		return c;
	}

	private static boolean sameComment(ReviewComment c, WordComment w) {
		return squash(c.getAuthor()).equalsIgnoreCase(squash(w.author())) && squash(c.getText()).equals(squash(w.text()));
	}

	// ------------------------------------------------------------------ helpers

	private String lastAuthor() {
		return doc.lastAuthor() == null || doc.lastAuthor().isBlank() ? "the document's last author"
				: doc.lastAuthor().strip();
	}

	private static boolean same(StructuredText a, StructuredText b) {
		return !TextCompare.compare(a, b).hasChanges();
	}

	private static boolean contains(String haystack, String needle) {
		String n = squash(needle);
		return !n.isEmpty() && squash(haystack).contains(n);
	}

	private static String squash(String s) {
		return s == null ? "" : s.replaceAll("\\s+", " ").strip();
	}

	private static String quote(String s) {
		String t = squash(s);
		return t.length() <= 120 ? t : t.substring(0, 117) + "...";
	}

	private static String count(int n, String what) {
		return count(n, what, what + "s");
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}
}
