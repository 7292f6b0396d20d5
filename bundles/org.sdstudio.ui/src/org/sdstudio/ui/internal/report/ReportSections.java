package org.sdstudio.ui.internal.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SectionKind;
import org.sdstudio.model.SectionReview;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.TitleStyle;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.PartStatus;
import org.sdstudio.ui.internal.review.ReviewMarks;

/** The report's sections as the Report page shows and changes them: labels, and the commands of its buttons. */
public final class ReportSections {

	private ReportSections() {
	}

	/**
	 * The review state of a section as the review rules see it: a section nobody reviewed yet is a draft, and so is
	 * an approved one edited since its approval.
	 */
	public static ReviewState state(ReportSection section) {
		return ReviewMarks.status(section).map(PartStatus::state).orElseGet(() -> {
			SectionReview review = section.getReview();
			return review == null ? ReviewState.DRAFT : review.getState();
		});
	}

	/** The state with the changed-since-approval mark and open comments, e.g. "Draft, changed since approval". */
	public static String reviewMark(ReportSection section) {
		String mark = ReviewMarks.mark(section);
		return mark.isEmpty() ? stateName(state(section)) : mark;
	}

	public static String stateName(ReviewState state) {
		return switch (state) {
		case IN_REVIEW -> "In review";
		case CHANGES_REQUESTED -> "Changes requested";
		case APPROVED -> "Approved";
		default -> "Draft";
		};
	}

	/** "1  Establishing ..." or the title alone; "(untitled)" when there is none. */
	public static String heading(ReportSection section) {
		String title = section.getTitle() == null || section.getTitle().isBlank() ? "(untitled)" : section.getTitle();
		String number = section.getNumber();
		return number == null || number.isBlank() ? title : number + "  " + title;
	}

	/** What the tree shows: number, title and review state. */
	public static String label(ReportSection section) {
		return heading(section) + "   [" + reviewMark(section) + "]";
	}

	/** Whether removing the section loses writing: text in its body or subsections. */
	public static boolean hasText(ReportSection section) {
		return !section.getSubsections().isEmpty() || !StructuredTexts.plainText(section.getBody()).isBlank();
	}

	/** The list the section is in: the report's sections or its parent's subsections. */
	@SuppressWarnings("unchecked")
	public static EList<ReportSection> siblings(ReportSection section) {
		return (EList<ReportSection>) section.eContainer().eGet(section.eContainmentFeature());
	}

	/** A new, empty draft section with an id unique in the filing. */
	public static ReportSection newSection(Filing filing, String title) {
		ReportSection section = SdStudioFactory.eINSTANCE.createReportSection();
		section.setId(uniqueId(filing));
		section.setTitle(title);
		section.setKind(SectionKind.OTHER);
		section.setTitleStyle(TitleStyle.HEADING);
		StructuredText body = SdStudioFactory.eINSTANCE.createStructuredText();
		section.setBody(body);
		SectionReview review = SdStudioFactory.eINSTANCE.createSectionReview();
		review.setState(ReviewState.DRAFT);
		section.setReview(review);
		return section;
	}

	private static String uniqueId(Filing filing) {
		Set<String> ids = new HashSet<>();
		for (TreeIterator<EObject> all = filing.eAllContents(); all.hasNext();) {
			if (all.next() instanceof ReportSection section && section.getId() != null) {
				ids.add(section.getId());
			}
		}
		int n = 1;
		while (ids.contains("section-" + n)) {
			n++;
		}
		return "section-" + n;
	}

	/** Adds {@code section} after {@code after} (or at the end of the report when null). */
	public static Command add(EditingDomain domain, Filing filing, ReportSection after, ReportSection section) {
		if (after != null) {
			return AddCommand.create(domain, after.eContainer(), after.eContainmentFeature(), section,
					siblings(after).indexOf(after) + 1);
		}
		ConflictMineralsReport report = filing.getReport();
		if (report == null) {
			report = SdStudioFactory.eINSTANCE.createConflictMineralsReport();
			report.getSections().add(section);
			return SetCommand.create(domain, filing, Literals.FILING__REPORT, report);
		}
		return AddCommand.create(domain, report, Literals.CONFLICT_MINERALS_REPORT__SECTIONS, section);
	}

	/** Adds {@code section} as the last subsection of {@code parent}. */
	public static Command addSubsection(EditingDomain domain, ReportSection parent, ReportSection section) {
		return AddCommand.create(domain, parent, Literals.REPORT_SECTION__SUBSECTIONS, section);
	}

	public static Command remove(EditingDomain domain, ReportSection section) {
		return RemoveCommand.create(domain, section.eContainer(), section.eContainmentFeature(), List.of(section));
	}

	/** Moves the section one place up ({@code -1}) or down ({@code +1}) among its siblings; null at the edge. */
	public static Command move(EditingDomain domain, ReportSection section, int direction) {
		List<ReportSection> siblings = siblings(section);
		int target = siblings.indexOf(section) + direction;
		if (target < 0 || target >= siblings.size()) {
			return null;
		}
		EReference feature = section.eContainmentFeature();
		return MoveCommand.create(domain, section.eContainer(), feature, section, target);
	}
}
