package org.sdstudio.review;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SectionReview;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.internal.PartContent;

/**
 * One part of a filing that counsel reviews on its own: a report section or subsection, a Form SD item text (Items
 * 1.01, 1.02 and the exhibits item) or Annex A as a whole. It has a stable, readable {@link #id()} (the CLI's PART)
 * and holds its review record in the model object it stands for ({@link #owner()}).
 */
public final class ReviewPart {

	/** What kind of model object the part is. */
	public enum Kind {
		SECTION, ITEM, ANNEX
	}

	private final String id;
	private final Kind kind;
	private final EObject owner;

	ReviewPart(String id, Kind kind, EObject owner) {
		this.id = id;
		this.kind = kind;
		this.owner = owner;
	}

	/** E.g. {@code report/due-diligence/dd-step-3}, {@code item-1.01}, {@code exhibit}, {@code annex-a}. */
	public String id() {
		return id;
	}

	public Kind kind() {
		return kind;
	}

	/** The report section, form item or Annex A this part is. */
	public EObject owner() {
		return owner;
	}

	/** Its review record, or null when nothing was ever recorded (a draft). */
	public SectionReview review() {
		return (SectionReview) owner.eGet(reviewFeature());
	}

	/** The containment that holds the review record in the owner. */
	public EReference reviewFeature() {
		return switch (kind) {
		case SECTION -> Literals.REPORT_SECTION__REVIEW;
		case ITEM -> Literals.FORM_ITEM__REVIEW;
		case ANNEX -> Literals.ANNEX_A__REVIEW;
		};
	}

	/** What a reader calls it: "Section Introduction", "Item 1.01 Conflict Minerals Disclosure and Report", ... */
	public String label() {
		return switch (kind) {
		case SECTION -> {
			ReportSection section = (ReportSection) owner;
			String number = section.getNumber() == null || section.getNumber().isBlank() ? ""
					: "Step " + section.getNumber().strip() + ": ";
			yield "Section " + number + nullToEmpty(section.getTitle());
		}
		case ITEM -> {
			FormItem item = (FormItem) owner;
			yield "Item " + nullToEmpty(item.getNumber()) + " " + nullToEmpty(item.getCaption());
		}
		case ANNEX -> "Annex A";
		};
	}

	/** The title a revision records: the section title, the item caption, Annex A's title and caption. */
	public String title() {
		return PartContent.title(this);
	}

	/**
	 * The part's text as structured text: a section's or item's body (the live object, not a copy; empty when it
	 * has none), for Annex A a table of its rows built for the occasion.
	 */
	public StructuredText text() {
		return PartContent.text(this);
	}

	/** The text without formatting, one line per paragraph, list item or table row; what anchors point into. */
	public String plainText() {
		return StructuredTexts.plainText(text());
	}

	/** A digest of the title and the text with its formatting: equal digests, equal content. */
	public String digest() {
		return PartContent.digest(title(), text());
	}

	/** The section, when the part is one. */
	public ReportSection section() {
		return kind == Kind.SECTION ? (ReportSection) owner : null;
	}

	/** The item, when the part is one. */
	public FormItem item() {
		return kind == Kind.ITEM ? (FormItem) owner : null;
	}

	/** Annex A, when the part is it. */
	public AnnexA annex() {
		return kind == Kind.ANNEX ? (AnnexA) owner : null;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s.strip();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReviewPart part && part.owner == owner && part.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id, System.identityHashCode(owner));
	}

	@Override
	public String toString() {
		return id;
	}
}
