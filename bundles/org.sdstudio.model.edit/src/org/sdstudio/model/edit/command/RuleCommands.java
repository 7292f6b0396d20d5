package org.sdstudio.model.edit.command;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Filing;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.templates.FilingTemplates;

/** The rules a Form SD is filed under (the cover page's check boxes). */
public final class RuleCommands {

	private RuleCommands() {
	}

	/** The filing's selection of {@code rule}, or null when it is not selected. */
	public static RuleSelection selection(Filing filing, DisclosureRule rule) {
		return filing.getRules().stream().filter(selection -> selection.getRule() == rule).findFirst().orElse(null);
	}

	/**
	 * Selects or deselects {@code rule}. Rule 13p-1 is selected with its period ending December 31 of the reporting
	 * year, as in a new filing; this studio prepares 13p-1 reports, so another rule can only be taken out. Null when
	 * there is nothing to do.
	 */
	public static Command select(EditingDomain domain, Filing filing, DisclosureRule rule, boolean selected) {
		RuleSelection current = selection(filing, rule);
		if (selected && current == null && rule == DisclosureRule.RULE_13P_1) {
			return AddCommand.create(domain, filing, Literals.FILING__RULES,
					FilingTemplates.rule13p1(filing.getReportingYear()));
		}
		if (!selected && current != null) {
			return RemoveCommand.create(domain, filing, Literals.FILING__RULES, current);
		}
		return null;
	}
}
