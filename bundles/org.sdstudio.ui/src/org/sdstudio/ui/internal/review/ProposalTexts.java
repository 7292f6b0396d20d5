package org.sdstudio.ui.internal.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sdstudio.model.ProposedRevision;
import org.sdstudio.review.Proposals;

/**
 * What the studio shows of a proposed change in its lists (Show Changes, the Proposed Changes dialog): its number,
 * what it does, who made it and when, what it needs (made with tracking off, in conflict) and how it was decided.
 */
public final class ProposalTexts {

	private ProposalTexts() {
	}

	/** "P3". */
	public static String number(Proposals.Entry e) {
		return "P" + e.number();
	}

	/** The author and date: "Jonathan Morrow, 2026-04-20 10:15 UTC". */
	public static String by(Proposals.Entry e) {
		String author = e.author() == null || e.author().isBlank() ? "author unknown" : e.author().strip();
		return author + (e.timestamp() == null ? "" : ", " + ReviewFormat.when(e.timestamp()));
	}

	/** What it needs: "tracking off", "conflict", both, or nothing. */
	public static String flags(Proposals.Entry e) {
		List<String> flags = new ArrayList<>();
		if (e.untracked()) {
			flags.add("tracking off");
		}
		if (e.conflict()) {
			flags.add("conflict");
		}
		return String.join(", ", flags);
	}

	/** "pending", "accepted by Dana Whitfield, 2026-04-21 09:00 UTC", ... */
	public static String state(Proposals.Entry e) {
		if (e.pending()) {
			return "pending";
		}
		String by = e.change() != null ? e.change().getDecidedBy() : e.row().getDecidedBy();
		Instant at = e.change() != null ? e.change().getDecidedAt() : e.row().getDecidedAt();
		return e.state().getLiteral() + (by == null || by.isBlank() ? "" : " by " + by.strip())
				+ (at == null ? "" : ", " + ReviewFormat.when(at));
	}

	/** The flags and the state in one cell: "pending; tracking off, conflict". */
	public static String stateAndFlags(Proposals.Entry e) {
		String flags = flags(e);
		return state(e) + (flags.isEmpty() ? "" : "; " + flags);
	}

	/** Where a proposal came from: "review.docx, imported by Dana Whitfield, 2026-04-21 09:00 UTC". */
	public static String source(ProposedRevision r) {
		return (r.getSource() == null ? "a returned document" : r.getSource()) + ", imported"
				+ (r.getImportedBy() == null || r.getImportedBy().isBlank() ? "" : " by " + r.getImportedBy())
				+ (r.getImportedAt() == null ? "" : ", " + ReviewFormat.when(r.getImportedAt()));
	}

	/** The tooltip: the whole line of {@link Proposals.Entry#describe()} and the proposal it came with. */
	public static String tooltip(Proposals.Entry e) {
		return number(e) + " " + e.describe() + "\nFrom " + source(e.revision());
	}
}
