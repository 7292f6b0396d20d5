package org.sdstudio.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ProposalState;
import org.sdstudio.model.ProposedChange;
import org.sdstudio.model.ProposedRevision;
import org.sdstudio.model.ProposedRowChange;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SectionReview;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.review.compare.Change;
import org.sdstudio.review.compare.TextCompare;
import org.sdstudio.review.compare.TextComparison;
import org.sdstudio.review.compare.TextMerge;
import org.sdstudio.review.internal.PartContent;

/**
 * Changes proposed to a part from outside the studio (counsel's returned Word document), which are in the text only
 * once accepted. Every proposed change of a part has a number that never changes (1, 2, ... over its proposals in
 * the order they came); accepting one puts it into the part's text, rejecting one leaves the text as it is, and both
 * are recorded with who decided and when. A proposal's text changes are those of comparing its base with its
 * proposed text, so the part's text is always the base with the accepted changes; when the part was edited after
 * the proposal came, an accepted change is merged into the edited text at word level, and refused if it meets the
 * edit. Annex A's proposals are row additions, removals (the row is excluded from the printed annex) and edits.
 */
public final class Proposals {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

	private Proposals() {
	}

	/** One proposed change of a part: a text change ({@link #change()}) or an Annex A row change ({@link #row()}). */
	public record Entry(int number, ProposedRevision revision, int index, ProposedChange change,
			ProposedRowChange row) {

		public ProposalState state() {
			return change != null ? change.getState() : row.getState();
		}

		public boolean pending() {
			return state() == ProposalState.PENDING;
		}

		public String author() {
			return change != null ? change.getAuthor() : row.getAuthor();
		}

		public Instant timestamp() {
			return change != null ? change.getTimestamp() : row.getTimestamp();
		}

		public boolean untracked() {
			return change != null ? change.isUntracked() : row.isUntracked();
		}

		public boolean conflict() {
			return change != null && change.isConflict();
		}

		/** What the change does, in one line ("replaced in Paragraph 2: "filed" by "submitted""). */
		public String what() {
			if (change != null) {
				return new Change(number, kind(change.getKind()), change.getWhere(), nz(change.getOldText()),
						nz(change.getNewText()), nz(change.getDetail())).describe();
			}
			String name = rowName(row);
			return switch (row.getKind()) {
			case ADD -> "row added: " + name + ", " + nz(row.getCountry()) + ", " + nz(row.getStatus());
			case REMOVE -> "row removed: " + name;
			case EDIT -> "row " + name + ": " + fieldLabel(row.getField()) + " \"" + nz(row.getOldValue()) + "\" to \""
					+ nz(row.getNewValue()) + "\"";
			};
		}

		/** The whole line: number, what, who and when, and what it needs: "P3 replaced in ... (Ann Lee, ...)". */
		public String describe() {
			StringBuilder sb = new StringBuilder(what());
			sb.append(" (").append(nz(author()));
			if (timestamp() != null) {
				sb.append(", ").append(DAY.format(timestamp()));
			}
			sb.append(untracked() ? "; made with tracking off" : "").append(')');
			if (conflict()) {
				sb.append(" CONFLICT: the filing now has \"").append(shorten(change.getFilingText()))
						.append("\" where the document was sent with \"").append(shorten(change.getSentText()))
						.append('"');
			}
			if (!pending()) {
				sb.append(" [").append(state().getLiteral()).append(" by ").append(nz(decidedBy())).append(']');
			}
			return sb.toString();
		}

		private String decidedBy() {
			return change != null ? change.getDecidedBy() : row.getDecidedBy();
		}
	}

	/** Every proposed change of the part, numbered, decided ones included. */
	public static List<Entry> all(ReviewPart part) {
		List<Entry> entries = new ArrayList<>();
		SectionReview review = part.review();
		if (review == null) {
			return entries;
		}
		int n = 0;
		for (ProposedRevision r : review.getProposals()) {
			int i = 0;
			for (ProposedChange c : r.getChanges()) {
				entries.add(new Entry(++n, r, ++i, c, null));
			}
			for (ProposedRowChange c : r.getRowChanges()) {
				entries.add(new Entry(++n, r, ++i, null, c));
			}
		}
		return entries;
	}

	/** The changes still waiting for a decision. */
	public static List<Entry> pending(ReviewPart part) {
		return all(part).stream().filter(Entry::pending).toList();
	}

	/** How many proposed changes wait for a decision in the whole filing. */
	public static int pendingCount(Filing filing) {
		int n = 0;
		for (ReviewPart part : ReviewParts.of(filing)) {
			n += pending(part).size();
		}
		return n;
	}

	/** The comparison a proposal's text changes are numbered by: its base against its proposed text. */
	public static TextComparison comparison(ProposedRevision revision) {
		return TextCompare.compare(revision.getBase(), revision.getProposed());
	}

	/**
	 * The part's text with its pending text changes accepted too (what accepting all would give, when the part was
	 * not edited since); the part's text itself when it has none.
	 */
	public static StructuredText withPendingAccepted(ReviewPart part) {
		StructuredText text = part.text();
		SectionReview review = part.review();
		if (review == null || part.kind() == ReviewPart.Kind.ANNEX) {
			return text;
		}
		for (ProposedRevision r : review.getProposals()) {
			if (r.getChanges().stream().noneMatch(c -> c.getState() == ProposalState.PENDING)) {
				continue;
			}
			TextComparison c = comparison(r);
			StructuredText expected = c.resolve(states(r, Set.of(), false));
			StructuredText all = c.resolve(states(r, allNumbers(r), true));
			text = same(expected, text) ? all : TextMerge.merge(expected, text, all).merged();
		}
		return text;
	}

	/** Who made a proposed change and when; untracked when it was found by comparison, not recorded by Word. */
	public record Attribution(String author, Instant date, boolean untracked) {
	}

	/**
	 * Records a proposal: {@code proposed} as a change of the part's current text, each change of the comparison
	 * attributed by {@code attribution}; changes that meet a conflict of a merge are marked with what the filing and
	 * the sent text have there. Refused when the proposed text is the part's text (nothing to propose) or the part
	 * is Annex A (see {@link #proposeRows}).
	 *
	 * @param source the document's file name
	 * @param sourceDigest its SHA-256, so importing it again can be recognised
	 */
	public static ReviewCommand propose(ReviewPart part, StructuredText proposed, String source, String sourceDigest,
			Reviewer importer, java.util.function.Function<Change, Attribution> attribution,
			List<TextMerge.Conflict> conflicts) {
		String label = "Proposed Changes to " + part.label() + " from " + source;
		if (part.kind() == ReviewPart.Kind.ANNEX) {
			return ReviewCommand.refused(label, "Annex A's proposals are row changes.");
		}
		StructuredText base = EcoreUtil.copy(part.text());
		StructuredText next = EcoreUtil.copy(proposed);
		TextComparison c = TextCompare.compare(base, next);
		if (!c.hasChanges()) {
			return ReviewCommand.refused(label, source + " proposes nothing new for " + part.label() + ".");
		}
		List<ProposedChange> changes = new ArrayList<>();
		for (Change change : c.changes()) {
			ProposedChange p = F.createProposedChange();
			p.setKind(kindLiteral(change.kind()));
			p.setWhere(change.where());
			p.setOldText(change.oldText());
			p.setNewText(change.newText());
			p.setDetail(change.detail());
			p.setState(ProposalState.PENDING);
			Attribution a = attribution.apply(change);
			p.setAuthor(a.author());
			p.setTimestamp(a.date());
			p.setUntracked(a.untracked());
			for (TextMerge.Conflict k : conflicts) {
				if (meets(change, k)) {
					p.setConflict(true);
					p.setFilingText(k.ours());
					p.setSentText(k.base());
					break;
				}
			}
			changes.add(p);
		}
		return new ReviewCommand(label, part, review -> {
			ProposedRevision r = newRevision(part, review, source, sourceDigest, importer);
			r.setBase(base);
			r.setProposed(next);
			r.getChanges().addAll(changes);
			review.getProposals().add(r);
			return r;
		});
	}

	/** A new proposal's record: its id, where it came from, who imported it and when. */
	private static ProposedRevision newRevision(ReviewPart part, SectionReview review, String source,
			String sourceDigest, Reviewer importer) {
		ProposedRevision r = F.createProposedRevision();
		r.setId(Reviews.nextId(part, review, "p"));
		r.setSource(source);
		r.setSourceDigest(sourceDigest);
		r.setImportedBy(importer.name());
		r.setImportedAt(importer.now());
		return r;
	}

	/** Records Annex A row changes as one proposal. Refused when there are none. */
	public static ReviewCommand proposeRows(ReviewPart part, List<ProposedRowChange> rows, String source,
			String sourceDigest, Reviewer importer) {
		String label = "Proposed Changes to " + part.label() + " from " + source;
		if (part.kind() != ReviewPart.Kind.ANNEX) {
			return ReviewCommand.refused(label, "Only Annex A has row changes.");
		}
		if (rows.isEmpty()) {
			return ReviewCommand.refused(label, source + " proposes nothing new for " + part.label() + ".");
		}
		return new ReviewCommand(label, part, review -> {
			ProposedRevision r = newRevision(part, review, source, sourceDigest, importer);
			for (ProposedRowChange row : rows) {
				row.setState(ProposalState.PENDING);
				r.getRowChanges().add(row);
			}
			review.getProposals().add(r);
			return r;
		});
	}

	/** Whether a change of the proposal lies in a conflicting stretch (by the words they share). */
	private static boolean meets(Change change, TextMerge.Conflict k) {
		String theirs = squash(k.theirs());
		String ours = squash(k.ours());
		String added = squash(change.newText());
		String removed = squash(change.oldText());
		return (!added.isEmpty() && theirs.contains(added)) || (!removed.isEmpty() && ours.contains(removed));
	}

	private static String squash(String s) {
		return nz(s).replaceAll("\\s+", " ").strip();
	}

	/** Accepts or rejects every pending change of the part. */
	public static ReviewCommand decideAll(ReviewPart part, boolean accept, Reviewer reviewer) {
		return decide(part, pending(part).stream().map(Entry::number).toList(), accept, reviewer);
	}

	/**
	 * Accepts or rejects the numbered proposed changes of the part, as one command. Refused (changing nothing) when a
	 * number is unknown or already decided, when a proposal no longer lines up with its text, when an accepted
	 * change meets an edit made to the part since it came, or when an Annex A row change no longer fits the row.
	 */
	public static ReviewCommand decide(ReviewPart part, Collection<Integer> numbers, boolean accept,
			Reviewer reviewer) {
		Set<Integer> chosen = new TreeSet<>(numbers);
		String label = (accept ? "Accept" : "Reject") + " Proposed Change" + (chosen.size() == 1 ? " " : "s ")
				+ String.join(", ", chosen.stream().map(n -> "P" + n).toList()) + " in " + part.label();
		List<Entry> all = all(part);
		if (chosen.isEmpty()) {
			return ReviewCommand.refused(label, "No proposed change was named.");
		}
		Map<ProposedRevision, Set<Integer>> byRevision = new LinkedHashMap<>();
		List<Entry> decided = new ArrayList<>();
		for (int n : chosen) {
			if (n < 1 || n > all.size()) {
				return ReviewCommand.refused(label, part.label() + " has " + (all.isEmpty() ? "no proposed changes"
						: "proposed changes P1 to P" + all.size()) + "; there is no P" + n + ".");
			}
			Entry e = all.get(n - 1);
			if (!e.pending()) {
				return ReviewCommand.refused(label, "P" + n + " of " + part.label() + " was already "
						+ e.state().getLiteral() + " by " + nz(e.decidedBy()) + ".");
			}
			decided.add(e);
			if (e.change() != null) {
				byRevision.computeIfAbsent(e.revision(), r -> new TreeSet<>()).add(e.index());
			}
		}
		StructuredText text = null;
		if (accept) {
			StructuredText current = part.text();
			boolean changed = false;
			for (Map.Entry<ProposedRevision, Set<Integer>> r : byRevision.entrySet()) {
				Optional<String> out = linesUp(r.getKey());
				if (out.isPresent()) {
					return ReviewCommand.refused(label, out.get());
				}
				TextComparison c = comparison(r.getKey());
				StructuredText before = c.resolve(states(r.getKey(), Set.of(), false));
				StructuredText after = c.resolve(states(r.getKey(), r.getValue(), true));
				if (same(before, current)) {
					current = after;
				} else {
					TextMerge.Result merged = TextMerge.merge(before, current, after);
					if (!merged.clean()) {
						TextMerge.Conflict k = merged.conflicts().get(0);
						return ReviewCommand.refused(label, part.label() + " was edited after the proposal came, "
								+ "and the edit meets the change: the text now has \"" + shorten(k.ours())
								+ "\" where the proposal changes \"" + shorten(k.base()) + "\" to \""
								+ shorten(k.theirs()) + "\". Edit the text by hand, or reject the change.");
					}
					current = merged.merged();
				}
				changed = true;
			}
			for (Entry e : decided) {
				if (e.row() != null) {
					Optional<String> refused = rowRefusal(part.annex(), e.row());
					if (refused.isPresent()) {
						return ReviewCommand.refused(label, "P" + e.number() + ": " + refused.get());
					}
				}
			}
			text = changed ? current : null;
		}
		StructuredText newText = text;
		return new ReviewCommand(label, part, review -> {
			if (newText != null) {
				setText(part, EcoreUtil.copy(newText));
			}
			for (Entry e : decided) {
				ProposalState state = accept ? ProposalState.ACCEPTED : ProposalState.REJECTED;
				if (e.change() != null) {
					e.change().setState(state);
					e.change().setDecidedBy(reviewer.name());
					e.change().setDecidedAt(reviewer.now());
				} else {
					if (accept) {
						applyRow(part.annex(), e.row(), e.revision());
					}
					e.row().setState(state);
					e.row().setDecidedBy(reviewer.name());
					e.row().setDecidedAt(reviewer.now());
				}
			}
			return review;
		}, accept);
	}

	/** Why a proposal's recorded changes do not match the comparison of its texts, if they do not. */
	private static Optional<String> linesUp(ProposedRevision r) {
		int count = comparison(r).changes().size();
		if (count != r.getChanges().size()) {
			return Optional.of("The proposal " + r.getId() + " from " + nz(r.getSource()) + " records "
					+ r.getChanges().size() + " changes but its texts differ in " + count + "; import the document again.");
		}
		return Optional.empty();
	}

	/** Accepted by number within the revision: those already accepted, plus {@code more} when {@code with}. */
	private static IntPredicate states(ProposedRevision r, Set<Integer> more, boolean with) {
		return i -> (with && more.contains(i))
				|| (i >= 1 && i <= r.getChanges().size() && r.getChanges().get(i - 1).getState() == ProposalState.ACCEPTED);
	}

	private static Set<Integer> allNumbers(ProposedRevision r) {
		Set<Integer> all = new TreeSet<>();
		for (int i = 1; i <= r.getChanges().size(); i++) {
			if (r.getChanges().get(i - 1).getState() == ProposalState.PENDING) {
				all.add(i);
			}
		}
		return all;
	}

	static boolean same(StructuredText a, StructuredText b) {
		return PartContent.digest("", a).equals(PartContent.digest("", b));
	}

	private static void setText(ReviewPart part, StructuredText text) {
		switch (part.kind()) {
		case SECTION -> ((ReportSection) part.owner()).setBody(text);
		case ITEM -> ((FormItem) part.owner()).setBody(text);
		case ANNEX -> throw new IllegalStateException("Annex A has no text of its own");
		}
	}

	// ------------------------------------------------------------------ Annex A rows

	/** The Annex A row a row change is about: by smelter id when it has one, else by metal and facility name. */
	public static Optional<SmelterEntry> row(AnnexA annex, String smelterId, String metal, String facilityName) {
		if (annex == null) {
			return Optional.empty();
		}
		for (SmelterEntry e : annex.getRows()) {
			if (smelterId != null && !smelterId.isBlank()) {
				if (smelterId.strip().equalsIgnoreCase(nz(e.getSmelterId()).strip())) {
					return Optional.of(e);
				}
			} else if (e.getMetal() != null && e.getMetal().getLiteral().equalsIgnoreCase(nz(metal).strip())
					&& nz(e.getFacilityName()).strip().equalsIgnoreCase(nz(facilityName).strip())) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	private static Optional<String> rowRefusal(AnnexA annex, ProposedRowChange c) {
		Optional<SmelterEntry> target = row(annex, c.getSmelterId(), c.getMetal(), c.getFacilityName());
		switch (c.getKind()) {
		case ADD -> {
			if (target.isPresent()) {
				return Optional.of("Annex A already has a row for " + rowName(c) + ".");
			}
			if (metal(c.getMetal()) == null) {
				return Optional.of("\"" + nz(c.getMetal()) + "\" is not a metal of Annex A (Gold, Tantalum, Tin, Tungsten).");
			}
			if (!nz(c.getStatus()).isBlank() && status(c.getStatus()) == null) {
				return Optional.of(statusRefusal(c.getStatus()));
			}
		}
		case REMOVE -> {
			if (target.isEmpty()) {
				return Optional.of("Annex A has no row for " + rowName(c) + " any more.");
			}
		}
		case EDIT -> {
			if (target.isEmpty()) {
				return Optional.of("Annex A has no row for " + rowName(c) + " any more.");
			}
			String now = field(target.get(), c.getField());
			if (!now.strip().equalsIgnoreCase(nz(c.getOldValue()).strip())) {
				return Optional.of("the " + fieldLabel(c.getField()) + " of " + rowName(c) + " is now \"" + now
						+ "\", not \"" + nz(c.getOldValue()) + "\" as sent; edit the row by hand, or reject the change.");
			}
			if ("status".equals(c.getField()) && status(c.getNewValue()) == null) {
				return Optional.of(statusRefusal(c.getNewValue()));
			}
			if ("metal".equals(c.getField()) && metal(c.getNewValue()) == null) {
				return Optional.of("\"" + nz(c.getNewValue()) + "\" is not a metal of Annex A (Gold, Tantalum, Tin, Tungsten).");
			}
		}
		}
		return Optional.empty();
	}

	private static void applyRow(AnnexA annex, ProposedRowChange c, ProposedRevision from) {
		switch (c.getKind()) {
		case ADD -> {
			SmelterEntry e = F.createSmelterEntry();
			e.setMetal(metal(c.getMetal()));
			e.setFacilityName(nz(c.getFacilityName()).strip());
			e.setCountry(nz(c.getCountry()).strip());
			e.setSmelterId(blankToNull(c.getSmelterId()));
			ComplianceStatus status = status(c.getStatus());
			e.setStatus(status == null ? ComplianceStatus.UNKNOWN : status);
			e.setManuallyEdited(true);
			e.setNote("Added in review by " + nz(c.getAuthor()) + " (" + nz(from.getSource()) + ")");
			annex.getRows().add(e);
		}
		case REMOVE -> {
			SmelterEntry e = row(annex, c.getSmelterId(), c.getMetal(), c.getFacilityName()).orElseThrow();
			e.setExcluded(true);
			e.setExclusionReason("Removed in review by " + nz(c.getAuthor()) + " (" + nz(from.getSource()) + ")");
			e.setManuallyEdited(true);
		}
		case EDIT -> {
			SmelterEntry e = row(annex, c.getSmelterId(), c.getMetal(), c.getFacilityName()).orElseThrow();
			String v = nz(c.getNewValue()).strip();
			switch (c.getField()) {
			case "facilityName" -> e.setFacilityName(v);
			case "country" -> e.setCountry(v);
			case "smelterId" -> e.setSmelterId(blankToNull(v));
			case "status" -> e.setStatus(status(v));
			case "metal" -> e.setMetal(metal(v));
			default -> throw new IllegalStateException("unknown Annex A field " + c.getField());
			}
			e.setManuallyEdited(true);
		}
		}
	}

	/** The value of a row's field as the review document shows it. */
	public static String field(SmelterEntry e, String field) {
		return switch (nz(field)) {
		case "facilityName" -> nz(e.getFacilityName());
		case "country" -> nz(e.getCountry());
		case "smelterId" -> nz(e.getSmelterId());
		case "status" -> e.getStatus() == null ? "" : e.getStatus().getLiteral();
		case "metal" -> e.getMetal() == null ? "" : e.getMetal().getLiteral();
		default -> "";
		};
	}

	static String fieldLabel(String field) {
		return switch (nz(field)) {
		case "facilityName" -> "facility name";
		case "smelterId" -> "smelter id";
		default -> nz(field);
		};
	}

	/** A status by its name as written in Annex A, case and spacing aside; null when it is none. */
	public static ComplianceStatus status(String text) {
		String t = nz(text).strip().replaceAll("[\\s_]+", "-");
		for (ComplianceStatus s : ComplianceStatus.VALUES) {
			if (s.getLiteral().equalsIgnoreCase(t) || s.getName().equalsIgnoreCase(t.replace('-', '_'))) {
				return s;
			}
		}
		return null;
	}

	public static Metal metal(String text) {
		String t = nz(text).strip();
		for (Metal m : Metal.VALUES) {
			if (m.getLiteral().equalsIgnoreCase(t)) {
				return m;
			}
		}
		return null;
	}

	private static String statusRefusal(String value) {
		return "\"" + nz(value) + "\" is not an Annex A status (" + String.join(", ",
				ComplianceStatus.VALUES.stream().map(ComplianceStatus::getLiteral).toList()) + ").";
	}

	static String rowName(ProposedRowChange c) {
		String id = nz(c.getSmelterId()).strip();
		return nz(c.getMetal()) + " " + nz(c.getFacilityName()).strip() + (id.isEmpty() ? "" : " (" + id + ")");
	}

	private static Change.Kind kind(String literal) {
		try {
			return Change.Kind.valueOf(nz(literal).toUpperCase(Locale.ROOT).replace('-', '_'));
		} catch (IllegalArgumentException e) {
			return Change.Kind.REPLACED;
		}
	}

	private static String shorten(String s) {
		String t = nz(s).strip().replaceAll("\\s+", " ");
		return t.length() <= 80 ? t : t.substring(0, 77) + "...";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String nz(String s) {
		return s == null ? "" : s;
	}

	/** The literal a comparison's change kind is recorded with ("block-inserted"). */
	public static String kindLiteral(Change.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}


}
