package org.sdstudio.model.validation;

import static org.sdstudio.model.validation.RuleSupport.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.SdStudioPackage.Literals;

/** The form's items and exhibits: Items 1.01 and 1.02 and Exhibit 1.01 as the rule and the report require them. */
final class ItemRules implements RuleGroup {

	@Override
	public void check(EObject object, Issues issues) {
		if (object instanceof Filing filing) {
			checkItemsAndExhibits(filing, issues);
		} else if (object instanceof FormItem item) {
			checkItemText(item, issues);
		} else if (object instanceof Exhibit exhibit) {
			checkExhibitDocumentType(exhibit, issues);
		}
	}

	private void checkItemsAndExhibits(Filing filing, Issues issues) {
		boolean rule13p1 = filing.getRules().stream().anyMatch(r -> r.getRule() == DisclosureRule.RULE_13P_1);
		Optional<FormItem> item101 = findItem(filing, "1.01");
		Optional<FormItem> item102 = findItem(filing, "1.02");
		Optional<Exhibit> exhibit101 = filing.getExhibits().stream()
				.filter(e -> "1.01".equals(normalizeNumber(e.getNumber(), "Exhibit"))).findFirst();
		boolean hasReport = filing.getReport() != null && !filing.getReport().getSections().isEmpty();

		if (rule13p1 && item101.isEmpty()) {
			issues.add(FilingRule.ITEM_101_MISSING, filing, Literals.FILING__FORM_SECTIONS,
					"Rule 13p-1 is checked, but the form has no Item 1.01 (Conflict Minerals Disclosure and Report).");
		}
		if (hasReport) {
			if (item102.isEmpty()) {
				issues.add(FilingRule.ITEM_102_MISSING, filing, Literals.FILING__FORM_SECTIONS,
						"The filing has a Conflict Minerals Report, but the form has no Item 1.02 (Exhibit) "
								+ "that files it.");
			}
			if (exhibit101.isEmpty()) {
				issues.add(FilingRule.EXHIBIT_101_MISSING, filing, Literals.FILING__EXHIBITS,
						"The filing has a Conflict Minerals Report, but no Exhibit 1.01 to file it as.");
			}
		} else {
			item102.ifPresent(item -> issues.add(FilingRule.ITEM_102_WITHOUT_REPORT, item, Literals.FORM_ITEM__NUMBER,
					"Item 1.02 (Exhibit) files a Conflict Minerals Report, but the filing has no report sections."));
			// with a report, a missing Item 1.02 is already reported above
			if (item102.isEmpty()) {
				exhibit101.ifPresent(exhibit -> issues.add(FilingRule.EXHIBIT_101_WITHOUT_ITEM_102, exhibit,
						Literals.EXHIBIT__NUMBER,
						"Exhibit 1.01 is listed, but the form has no Item 1.02 (Exhibit) that files it."));
			}
		}
		checkExhibitNumbersUnique(filing, issues);
	}

	/** An item printed with its number and caption but no words under it is almost always a draft left unfinished. */
	private void checkItemText(FormItem item, Issues issues) {
		if (!hasText(item.getBody())) {
			issues.add(FilingRule.ITEM_TEXT_EMPTY, item, Literals.FORM_ITEM__BODY, "Item "
					+ (isBlank(item.getNumber()) ? "" : item.getNumber().strip() + " ")
					+ (isBlank(item.getCaption()) ? "" : "(" + item.getCaption().strip() + ") ") + "has no text.");
		}
	}

	private void checkExhibitNumbersUnique(Filing filing, Issues issues) {
		Map<String, Integer> firstPosition = new HashMap<>();
		List<Exhibit> exhibits = filing.getExhibits();
		for (int i = 0; i < exhibits.size(); i++) {
			String number = normalizeNumber(exhibits.get(i).getNumber(), "Exhibit");
			if (number.isEmpty()) {
				continue;
			}
			Integer first = firstPosition.putIfAbsent(number, i + 1);
			if (first != null) {
				issues.add(FilingRule.EXHIBIT_DUPLICATE, exhibits.get(i), Literals.EXHIBIT__NUMBER,
						"Exhibit number " + number + " is used more than once (exhibits " + first + " and " + (i + 1)
								+ " in the list); each exhibit needs its own number.");
			}
		}
	}

	private void checkExhibitDocumentType(Exhibit exhibit, Issues issues) {
		String number = normalizeNumber(exhibit.getNumber(), "Exhibit");
		String type = exhibit.getDocumentType();
		if (isBlank(type) || number.isEmpty()) {
			return;
		}
		String expected = "EX-" + number;
		// EDGAR document types are upper case: ex-1.01 would be rejected too
		if (!type.strip().equals(expected)) {
			issues.add(FilingRule.EXHIBIT_DOCUMENT_TYPE, exhibit, Literals.EXHIBIT__DOCUMENT_TYPE,
					"Exhibit " + number + " has EDGAR document type '" + type + "'; it must be " + expected + ".");
		}
	}
}
