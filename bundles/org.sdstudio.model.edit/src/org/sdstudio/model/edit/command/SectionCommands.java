package org.sdstudio.model.edit.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
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
import org.sdstudio.model.TitleStyle;
import org.sdstudio.model.templates.FilingTemplates;
import org.sdstudio.model.text.StructuredTexts;

/** The report's sections: new ones, and adding, moving and removing them, each as one command. */
public final class SectionCommands {

	private SectionCommands() {
	}

	/** The review state of a section; a section nobody reviewed yet is a draft. */
	public static ReviewState state(ReportSection section) {
		SectionReview review = section.getReview();
		return review == null ? ReviewState.DRAFT : review.getState();
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

	/** A new, empty draft section (as a new filing's are) with an id unique in the filing. */
	public static ReportSection newSection(Filing filing, String title) {
		ReportSection section = FilingTemplates.section(uniqueId(filing), SectionKind.OTHER, title);
		section.setTitleStyle(TitleStyle.HEADING);
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

	/**
	 * Adds {@code section} after {@code after} (or at the end of the report when null); creates the report in the
	 * same command when the filing has none yet.
	 */
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

	/** Removes the section with its subsections. */
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
		return MoveCommand.create(domain, section.eContainer(), section.eContainmentFeature(), section, target);
	}
}
