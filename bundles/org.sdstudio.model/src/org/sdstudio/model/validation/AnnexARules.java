package org.sdstudio.model.validation;

import static org.sdstudio.model.validation.RuleSupport.*;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SmelterEntry;

/** Annex A: every row complete and well-formed, each facility once per metal, and a caption of this year. */
final class AnnexARules implements RuleGroup {

	@Override
	public void check(EObject object, Issues issues) {
		if (object instanceof AnnexA annex) {
			ReportRules.checkYearMentions(annex, Literals.ANNEX_A__CAPTION, "Annex A caption", issues);
			checkAnnexDuplicates(annex, issues);
		} else if (object instanceof SmelterEntry row) {
			checkAnnexRow(row, issues);
		}
	}

	private void checkAnnexRow(SmelterEntry row, Issues issues) {
		String label = rowLabel(row);
		if (isMissing(row, Literals.SMELTER_ENTRY__METAL)) {
			issues.add(FilingRule.ANNEX_METAL, row, Literals.SMELTER_ENTRY__METAL, label + ": the metal is missing.");
		}
		if (isBlank(row.getFacilityName())) {
			issues.add(FilingRule.ANNEX_FACILITY, row, Literals.SMELTER_ENTRY__FACILITY_NAME,
					label + ": the facility name is missing.");
		}
		if (isBlank(row.getCountry())) {
			issues.add(FilingRule.ANNEX_COUNTRY, row, Literals.SMELTER_ENTRY__COUNTRY,
					label + ": the country is missing.");
		}
		if (isMissing(row, Literals.SMELTER_ENTRY__STATUS)) {
			issues.add(FilingRule.ANNEX_STATUS, row, Literals.SMELTER_ENTRY__STATUS,
					label + ": the compliance status is missing.");
		}
		String smelterId = row.getSmelterId();
		if (!isBlank(smelterId) && !FilingFormats.isSmelterId(smelterId)) {
			issues.add(FilingRule.ANNEX_SMELTER_ID, row, Literals.SMELTER_ENTRY__SMELTER_ID,
					label + ": smelter ID '" + smelterId + "' is not CID followed by 6 digits (e.g. CID001898).");
		}
		if (row.isExcluded() && isBlank(row.getExclusionReason())) {
			issues.add(FilingRule.ANNEX_EXCLUSION_REASON, row, Literals.SMELTER_ENTRY__EXCLUSION_REASON,
					label + " is excluded from the report, but no reason is given.");
		}
	}

	/** Rows are compared by metal and smelter ID; rows without an ID cannot be compared and are left alone. */
	private void checkAnnexDuplicates(AnnexA annex, Issues issues) {
		Map<String, SmelterEntry> seen = new HashMap<>();
		for (SmelterEntry row : annex.getRows()) {
			if (row.isExcluded() || isBlank(row.getSmelterId())) {
				continue;
			}
			String key = row.getMetal() + "|" + row.getSmelterId().strip().toUpperCase(Locale.ROOT);
			SmelterEntry first = seen.putIfAbsent(key, row);
			if (first != null) {
				issues.add(FilingRule.ANNEX_DUPLICATE, row, Literals.SMELTER_ENTRY__SMELTER_ID,
						"Annex A rows " + rowNumber(first) + " and " + rowNumber(row) + " both list "
								+ metalName(row) + " smelter " + row.getSmelterId().strip() + " ('"
								+ nullToEmpty(first.getFacilityName()) + "' and '" + nullToEmpty(row.getFacilityName())
								+ "'); a facility is listed once per metal.");
			}
		}
	}
}
