package org.sdstudio.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.ReportSection;

/**
 * The reviewable parts of a filing, in reading order: Item 1.01, Item 1.02, the exhibits item, every report section
 * and subsection, Annex A. Ids are stable and readable: {@code item-1.01}, {@code item-1.02}, {@code exhibit},
 * {@code report/<id>/<id>} from the section ids (a section without an id is named by its title in lower case with
 * dashes), {@code annex-a}.
 */
public final class ReviewParts {

	public static final String EXHIBIT = "exhibit";
	public static final String ANNEX_A = "annex-a";
	public static final String REPORT = "report/";

	private ReviewParts() {
	}

	public static List<ReviewPart> of(Filing filing) {
		List<ReviewPart> parts = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (FormSection formSection : filing.getFormSections()) {
			for (FormItem item : formSection.getItems()) {
				String id = item.isListsExhibits() ? EXHIBIT : "item-" + slug(item.getNumber(), "item");
				add(parts, taken, id, ReviewPart.Kind.ITEM, item);
			}
		}
		if (filing.getReport() != null) {
			addSections(parts, taken, REPORT, filing.getReport().getSections());
			AnnexA annex = filing.getReport().getAnnexA();
			if (annex != null) {
				add(parts, taken, ANNEX_A, ReviewPart.Kind.ANNEX, annex);
			}
		}
		return parts;
	}

	private static void addSections(List<ReviewPart> parts, Set<String> taken, String prefix,
			List<ReportSection> sections) {
		for (ReportSection section : sections) {
			String name = section.getId() != null && !section.getId().isBlank() ? slug(section.getId(), "section")
					: slug(section.getTitle(), "section");
			String id = add(parts, taken, prefix + name, ReviewPart.Kind.SECTION, section);
			addSections(parts, taken, id + "/", section.getSubsections());
		}
	}

	/** Adds the part; a clash (two sections named alike) gets -2, -3, ... so every id stays unique. */
	private static String add(List<ReviewPart> parts, Set<String> taken, String id, ReviewPart.Kind kind,
			EObject owner) {
		String unique = id;
		for (int n = 2; !taken.add(unique); n++) {
			unique = id + "-" + n;
		}
		parts.add(new ReviewPart(unique, kind, owner));
		return unique;
	}

	/** The part with that id. */
	public static Optional<ReviewPart> find(Filing filing, String id) {
		return of(filing).stream().filter(p -> p.id().equals(id)).findFirst();
	}

	/** The part that is this object or holds it (a run in a section's text belongs to the section). */
	public static Optional<ReviewPart> containing(Filing filing, EObject object) {
		List<ReviewPart> parts = of(filing);
		for (EObject o = object; o != null; o = o.eContainer()) {
			for (ReviewPart part : parts) {
				if (part.owner() == o) {
					return Optional.of(part);
				}
			}
		}
		return Optional.empty();
	}

	/** The part for exactly this owner (a section, an item, Annex A). */
	public static Optional<ReviewPart> forOwner(Filing filing, EObject owner) {
		return of(filing).stream().filter(p -> p.owner() == owner).findFirst();
	}

	/** Lower case, letters, digits, dots and dashes; anything else becomes one dash. */
	static String slug(String text, String fallback) {
		String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
				.replace('\u2019', '-').replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
		return s.isEmpty() ? fallback : s;
	}
}
