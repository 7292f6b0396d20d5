package org.sdstudio.review.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Revision;
import org.sdstudio.model.SectionKind;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.PartStatus;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviews;

/**
 * The comparisons a reviewer asks for: a filing against another (last year's), a filing's parts against their
 * approved revisions, and two revisions of one part.
 */
public final class FilingCompare {

	/** Below this word similarity two sections of two filings are not the same section. */
	static final double SECTION_SIMILARITY = 0.5;

	private FilingCompare() {
	}

	// ------------------------------------------------------------------ two filings

	/**
	 * Compares a filing with another one (usually last year's): Form SD items by their number, report sections by
	 * id, then kind (where one section of that kind is left on each side), then title, then text similarity; the
	 * cover fields; Annex A row by row.
	 */
	public static FilingComparison filings(Filing oldFiling, Filing newFiling, String oldLabel, String newLabel) {
		List<ReviewPart> olds = ReviewParts.of(oldFiling).stream().filter(p -> p.kind() != ReviewPart.Kind.ANNEX)
				.toList();
		List<ReviewPart> news = ReviewParts.of(newFiling).stream().filter(p -> p.kind() != ReviewPart.Kind.ANNEX)
				.toList();
		Map<ReviewPart, ReviewPart> match = new IdentityHashMap<>();
		Map<ReviewPart, String> how = new IdentityHashMap<>();
		matchParts(olds, news, match, how);

		Map<ReviewPart, ReviewPart> partnerOfNew = new IdentityHashMap<>();
		match.forEach((o, n) -> partnerOfNew.put(n, o));
		// removed parts go after the new partner of the old part before them
		Map<ReviewPart, List<ReviewPart>> removedAfter = new IdentityHashMap<>();
		List<ReviewPart> removedFirst = new ArrayList<>();
		ReviewPart previousMatched = null;
		for (ReviewPart o : olds) {
			if (match.containsKey(o)) {
				previousMatched = match.get(o);
			} else if (previousMatched == null) {
				removedFirst.add(o);
			} else {
				removedAfter.computeIfAbsent(previousMatched, k -> new ArrayList<>()).add(o);
			}
		}
		List<PartDiff> parts = new ArrayList<>();
		removedFirst.forEach(o -> parts.add(removed(o)));
		for (ReviewPart n : news) {
			ReviewPart o = partnerOfNew.get(n);
			if (o == null) {
				parts.add(new PartDiff(n.id(), n.label(), PartDiff.Status.ADDED, null, n.title(), "",
						TextCompare.compare(null, n.text())));
			} else {
				parts.add(part(n.id(), n.label(), o.title(), n.title(), how.get(o), o.text(), n.text()));
			}
			removedAfter.getOrDefault(n, List.of()).forEach(r -> parts.add(removed(r)));
		}
		List<FieldChange> fields = new ArrayList<>();
		coverFields(oldFiling, newFiling, fields);
		AnnexA oldAnnex = oldFiling.getReport() == null ? null : oldFiling.getReport().getAnnexA();
		AnnexA newAnnex = newFiling.getReport() == null ? null : newFiling.getReport().getAnnexA();
		if (oldAnnex != null || newAnnex != null) {
			field(fields, "Annex A / Title", oldAnnex == null ? null : oldAnnex.getTitle(),
					newAnnex == null ? null : newAnnex.getTitle());
			field(fields, "Annex A / Caption", oldAnnex == null ? null : oldAnnex.getCaption(),
					newAnnex == null ? null : newAnnex.getCaption());
		}
		return new FilingComparison(oldLabel, newLabel, List.copyOf(parts), List.copyOf(fields),
				AnnexCompare.compare(oldAnnex, newAnnex));
	}

	private static PartDiff removed(ReviewPart o) {
		return new PartDiff(o.id(), o.label(), PartDiff.Status.REMOVED, o.title(), null, "",
				TextCompare.compare(o.text(), null));
	}

	private static PartDiff part(String id, String label, String oldTitle, String newTitle, String matchedBy,
			StructuredText oldText, StructuredText newText) {
		TextComparison text = TextCompare.compare(oldText, newText);
		boolean changed = text.hasChanges() || !Objects.equals(strip(oldTitle), strip(newTitle));
		return new PartDiff(id, label, changed ? PartDiff.Status.CHANGED : PartDiff.Status.UNCHANGED, oldTitle,
				newTitle, matchedBy, text);
	}

	/** Items by id; sections by id, kind, title, then text. */
	static void matchParts(List<ReviewPart> olds, List<ReviewPart> news, Map<ReviewPart, ReviewPart> match,
			Map<ReviewPart, String> how) {
		Set<ReviewPart> taken = new HashSet<>();
		// Form SD items and sections by their id (section ids are the filing's comparison keys)
		Map<String, ReviewPart> newById = new HashMap<>();
		for (ReviewPart n : news) {
			newById.put(n.id(), n);
		}
		for (ReviewPart o : olds) {
			ReviewPart n = newById.get(o.id());
			if (n != null && n.kind() == o.kind() && (o.kind() == ReviewPart.Kind.ITEM || hasId(o) && hasId(n))) {
				pair(o, n, "id", match, how, taken);
			}
		}
		List<ReviewPart> oldSections = open(olds, match.keySet());
		List<ReviewPart> newSections = open(news, taken);
		// kind, where it is unambiguous: one section of that kind left on each side
		Map<SectionKind, List<ReviewPart>> oldKinds = byKind(oldSections);
		Map<SectionKind, List<ReviewPart>> newKinds = byKind(newSections);
		oldKinds.forEach((kind, os) -> {
			List<ReviewPart> ns = newKinds.get(kind);
			if (kind != SectionKind.OTHER && os.size() == 1 && ns != null && ns.size() == 1) {
				pair(os.get(0), ns.get(0), "kind", match, how, taken);
			}
		});
		// title
		for (ReviewPart o : open(olds, match.keySet())) {
			for (ReviewPart n : open(news, taken)) {
				if (!normalTitle(o).isEmpty() && normalTitle(o).equals(normalTitle(n))) {
					pair(o, n, "title", match, how, taken);
					break;
				}
			}
		}
		// text similarity, best pairs first
		record Candidate(ReviewPart o, ReviewPart n, double similarity) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (ReviewPart o : open(olds, match.keySet())) {
			for (ReviewPart n : open(news, taken)) {
				double s = similarity(o, n);
				if (s >= SECTION_SIMILARITY) {
					candidates.add(new Candidate(o, n, s));
				}
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
		for (Candidate c : candidates) {
			if (!match.containsKey(c.o()) && !taken.contains(c.n())) {
				pair(c.o(), c.n(), "text", match, how, taken);
			}
		}
	}

	private static boolean hasId(ReviewPart p) {
		ReportSection s = p.section();
		return s != null && s.getId() != null && !s.getId().isBlank();
	}

	private static List<ReviewPart> open(List<ReviewPart> parts, Set<ReviewPart> used) {
		return parts.stream().filter(p -> p.kind() == ReviewPart.Kind.SECTION && !used.contains(p)).toList();
	}

	private static Map<SectionKind, List<ReviewPart>> byKind(List<ReviewPart> sections) {
		Map<SectionKind, List<ReviewPart>> map = new LinkedHashMap<>();
		for (ReviewPart p : sections) {
			SectionKind kind = p.section().getKind() == null ? SectionKind.OTHER : p.section().getKind();
			map.computeIfAbsent(kind, k -> new ArrayList<>()).add(p);
		}
		return map;
	}

	private static void pair(ReviewPart o, ReviewPart n, String by, Map<ReviewPart, ReviewPart> match,
			Map<ReviewPart, String> how, Set<ReviewPart> taken) {
		match.put(o, n);
		how.put(o, by);
		taken.add(n);
	}

	private static String normalTitle(ReviewPart p) {
		return p.title() == null ? "" : p.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** Dice coefficient of the two sections' words (title and text). */
	static double similarity(ReviewPart a, ReviewPart b) {
		Map<String, Integer> counts = new HashMap<>();
		List<String> wa = words(a.title() + "\n" + StructuredTexts.plainText(a.text()));
		List<String> wb = words(b.title() + "\n" + StructuredTexts.plainText(b.text()));
		wa.forEach(w -> counts.merge(w, 1, Integer::sum));
		int common = 0;
		for (String w : wb) {
			Integer n = counts.get(w);
			if (n != null && n > 0) {
				common++;
				counts.put(w, n - 1);
			}
		}
		return wa.size() + wb.size() == 0 ? 0 : 2.0 * common / (wa.size() + wb.size());
	}

	private static List<String> words(String s) {
		List<String> out = new ArrayList<>();
		for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!w.isEmpty()) {
				out.add(w);
			}
		}
		return out;
	}

	// ------------------------------------------------------------------ cover fields

	/** Form type, year, amendment explanation, registrant with its address, contact, signature: field by field. */
	static void coverFields(Filing a, Filing b, List<FieldChange> out) {
		for (String name : List.of("formType", "reportingYear", "amendmentExplanation", "registrant", "contact",
				"signature")) {
			EStructuralFeature f = a.eClass().getEStructuralFeature(name);
			compareFeature(label(f), f, a, b, out);
		}
	}

	private static void compareFeature(String path, EStructuralFeature f, EObject a, EObject b,
			List<FieldChange> out) {
		if (f instanceof EAttribute && !f.isMany()) {
			field(out, path, a == null ? null : value(a, f), b == null ? null : value(b, f));
		} else if (f instanceof EReference r && r.isContainment() && !r.isMany()) {
			EObject ca = a == null ? null : (EObject) a.eGet(r);
			EObject cb = b == null ? null : (EObject) b.eGet(r);
			if (ca == null && cb == null) {
				return;
			}
			for (EStructuralFeature inner : r.getEReferenceType().getEAllStructuralFeatures()) {
				compareFeature(path + " / " + label(inner), inner, ca, cb, out);
			}
		}
	}

	private static String value(EObject o, EStructuralFeature f) {
		if (!o.eIsSet(f)) {
			return null;
		}
		Object v = o.eGet(f);
		return v instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral() : String.valueOf(v);
	}

	/** "reportingYear" -> "Reporting year". */
	private static String label(EStructuralFeature f) {
		String spaced = f.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static void field(List<FieldChange> out, String name, String a, String b) {
		String x = a == null ? "" : a.strip();
		String y = b == null ? "" : b.strip();
		if (!x.equals(y)) {
			out.add(new FieldChange(name, x, y));
		}
	}

	private static String strip(String s) {
		return s == null ? "" : s.strip();
	}

	// ------------------------------------------------------------------ revisions

	/**
	 * Each chosen part's current text against its approved revision; a part without one is listed as having no
	 * base. Annex A is compared as its printed table.
	 */
	public static FilingComparison fromApproved(Filing filing, String label, Predicate<ReviewPart> which) {
		List<PartDiff> parts = new ArrayList<>();
		for (ReviewPart part : ReviewParts.of(filing)) {
			if (!which.test(part)) {
				continue;
			}
			PartStatus status = Reviews.status(part);
			Revision approved = status.approved();
			if (approved == null) {
				parts.add(new PartDiff(part.id(), part.label(), PartDiff.Status.NO_BASE, null, part.title(), "",
						TextCompare.compare(part.text(), part.text())));
			} else {
				parts.add(currentAgainst(part, approved));
			}
		}
		return new FilingComparison(label + " (approved revisions)", label + " (current text)", List.copyOf(parts),
				List.of(), null);
	}

	/** A part's current text against one of its revisions. */
	public static PartDiff currentAgainst(ReviewPart part, Revision base) {
		return part(part.id(), part.label(), base.getTitle(), part.title(), "id", base.getSnapshot(), part.text());
	}

	/** Two revisions of one part. */
	public static FilingComparison revisions(ReviewPart part, Revision from, Revision to) {
		PartDiff diff = part(part.id(), part.label(), from.getTitle(), to.getTitle(), "id", from.getSnapshot(),
				to.getSnapshot());
		return new FilingComparison(part.label() + " revision " + from.getId(),
				part.label() + " revision " + to.getId(), List.of(diff), List.of(), null);
	}
}
