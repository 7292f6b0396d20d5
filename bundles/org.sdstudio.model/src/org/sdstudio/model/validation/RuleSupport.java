package org.sdstudio.model.validation;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;

/** What the rule groups share: blank and missing values, dates as the messages write them, labels of parts. */
final class RuleSupport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

	private RuleSupport() {
	}

	static void required(EObject object, EStructuralFeature feature, FilingRule rule, String message,
			Issues issues) {
		if (isBlank((String) object.eGet(feature))) {
			issues.add(rule, object, feature, message);
		}
	}

	/**
	 * An enum attribute is never null in EMF (it falls back to its first literal), so "missing" can only be told
	 * when the model declares the attribute unsettable.
	 */
	static boolean isMissing(EObject object, EStructuralFeature feature) {
		return feature.isUnsettable() ? !object.eIsSet(feature) : object.eGet(feature) == null;
	}

	static LocalDate endOfYear(int year) {
		return LocalDate.of(year, Month.DECEMBER, 31);
	}

	static Optional<FormItem> findItem(Filing filing, String number) {
		for (FormSection section : filing.getFormSections()) {
			for (FormItem item : section.getItems()) {
				if (number.equals(normalizeNumber(item.getNumber(), "Item"))) {
					return Optional.of(item);
				}
			}
		}
		return Optional.empty();
	}

	/** "Item 1.01" and " 1.01 " both mean 1.01. */
	static String normalizeNumber(String number, String word) {
		if (number == null) {
			return "";
		}
		String stripped = number.strip();
		if (stripped.regionMatches(true, 0, word, 0, word.length())) {
			stripped = stripped.substring(word.length()).strip();
		}
		return stripped;
	}

	/** Any words in the body: a paragraph, list item or table cell with text, or a table caption. */
	static boolean hasText(StructuredText body) {
		if (body == null) {
			return false;
		}
		for (TreeIterator<EObject> it = body.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof Run run && !isBlank(run.getText())
					|| object instanceof Table table && !isBlank(table.getCaption())) {
				return true;
			}
		}
		return false;
	}

	/** 'Title', or the id, or the position in the tree when the section has neither. */
	static String sectionLabel(ReportSection section) {
		if (!isBlank(section.getTitle())) {
			return "'" + section.getTitle().strip() + "'";
		}
		if (!isBlank(section.getId())) {
			return "with id '" + section.getId().strip() + "'";
		}
		return "at position " + sectionPosition(section);
	}

	static String sectionPosition(ReportSection section) {
		List<?> siblings = (List<?>) section.eContainer().eGet(section.eContainmentFeature());
		String position = String.valueOf(siblings.indexOf(section) + 1);
		return section.eContainer() instanceof ReportSection parent ? sectionPosition(parent) + "." + position
				: position;
	}

	/** "Annex A row 12 (Tin, 'Thaisarco')": the row number counts from 1, as printed. */
	static String rowLabel(SmelterEntry row) {
		List<String> parts = new ArrayList<>();
		if (!isMissing(row, Literals.SMELTER_ENTRY__METAL)) { // an unset metal reads as Gold, its default
			parts.add(metalName(row));
		}
		if (!isBlank(row.getFacilityName())) {
			parts.add("'" + row.getFacilityName().strip() + "'");
		}
		String label = "Annex A row " + rowNumber(row);
		return parts.isEmpty() ? label : label + " (" + String.join(", ", parts) + ")";
	}

	static int rowNumber(SmelterEntry row) {
		return row.eContainer() instanceof AnnexA annex ? annex.getRows().indexOf(row) + 1 : 1;
	}

	static String metalName(SmelterEntry row) {
		return row.getMetal() == null ? "" : row.getMetal().getLiteral();
	}

	static String format(LocalDate date) {
		return DATE.format(date);
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	static String nullToEmpty(String value) {
		return value == null ? "" : value.strip();
	}
}
