package org.sdstudio.model.validation;

import static org.sdstudio.model.validation.RuleSupport.*;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SdStudioPackage.Literals;

/**
 * The Conflict Minerals Report: its sections (id, title, text), ids unique across the tree, and years in the subtitle
 * that look left over from an earlier report. {@link AnnexARules} uses the year check for the Annex A caption.
 */
final class ReportRules implements RuleGroup {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

	@Override
	public void check(EObject object, Issues issues) {
		if (object instanceof ConflictMineralsReport report) {
			checkYearMentions(report, Literals.CONFLICT_MINERALS_REPORT__SUBTITLE, "report subtitle", issues);
			checkSectionIdsUnique(report, issues);
		} else if (object instanceof ReportSection section) {
			checkSection(section, issues);
		}
	}

	private void checkSection(ReportSection section, Issues issues) {
		if (isBlank(section.getId())) {
			issues.add(FilingRule.REPORT_SECTION_ID, section, Literals.REPORT_SECTION__ID,
					"Report section " + sectionLabel(section) + " has no id; the id anchors links and review records.");
		}
		if (isBlank(section.getTitle())) {
			issues.add(FilingRule.REPORT_SECTION_TITLE, section, Literals.REPORT_SECTION__TITLE,
					"Report section " + sectionLabel(section) + " has no title.");
		}
		if (section.getSubsections().isEmpty() && !hasText(section.getBody())) {
			issues.add(FilingRule.REPORT_SECTION_EMPTY, section, Literals.REPORT_SECTION__BODY,
					"Report section " + sectionLabel(section) + " is empty: it has no text and no subsections.");
		}
	}

	/** Ids are unique across the whole tree of sections, not only among siblings: they are link anchors. */
	private void checkSectionIdsUnique(ConflictMineralsReport report, Issues issues) {
		checkSectionIdsUnique(report.getSections(), new HashMap<>(), issues);
	}

	private void checkSectionIdsUnique(List<ReportSection> sections, Map<String, ReportSection> seen, Issues issues) {
		for (ReportSection section : sections) {
			if (!isBlank(section.getId())) {
				String id = section.getId().strip();
				ReportSection first = seen.putIfAbsent(id, section);
				if (first != null) {
					issues.add(FilingRule.REPORT_SECTION_ID_DUPLICATE, section, Literals.REPORT_SECTION__ID,
							"Section id '" + id + "' is used by both section " + sectionLabel(first) + " and section "
									+ sectionLabel(section) + "; section ids must be unique.");
				}
			}
			checkSectionIdsUnique(section.getSubsections(), seen, issues);
		}
	}

	/** A year other than the reporting year (or the next, when the report is filed) is usually left from last year. */
	static void checkYearMentions(EObject object, EStructuralFeature feature, String what, Issues issues) {
		String text = (String) object.eGet(feature);
		OptionalInt year = issues.reportingYearOf(object);
		if (isBlank(text) || year.isEmpty()) {
			return;
		}
		Set<String> stale = new LinkedHashSet<>();
		Matcher matcher = YEAR.matcher(text);
		while (matcher.find()) {
			int mentioned = Integer.parseInt(matcher.group());
			if (mentioned != year.getAsInt() && mentioned != year.getAsInt() + 1) {
				stale.add(matcher.group());
			}
		}
		if (!stale.isEmpty()) {
			String capitalized = Character.toUpperCase(what.charAt(0)) + what.substring(1);
			issues.add(FilingRule.REPORT_STALE_YEAR, object, feature,
					capitalized + " '" + text + "' mentions " + String.join(", ", stale)
							+ ", but the reporting year is " + year.getAsInt()
							+ "; is it left over from an earlier report?");
		}
	}
}
