package org.sdstudio.ui.internal.cover;

import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.edit.command.RuleCommands;
import org.sdstudio.model.validation.FilingFindings;
import org.sdstudio.ui.internal.fields.Conversions;
import org.sdstudio.ui.internal.fields.FieldBinder;

/**
 * The cover page's rule: Rule 13p-1 with its period end, and Rule 13q-1 only to take it out. Built again when the
 * filing's rules change (a period field exists only while 13p-1 is selected).
 */
final class RulesPart extends RebuiltPart {

	RulesPart(CoverPage page, FormToolkit toolkit, FieldBinder fields, Composite parent) {
		super(page, toolkit, fields, parent);
		fields.decorations().register("rules", area);
	}

	@Override
	protected void fill() {
		RuleSelection p1 = RuleCommands.selection(page.getFiling(), DisclosureRule.RULE_13P_1);
		RuleSelection q1 = RuleCommands.selection(page.getFiling(), DisclosureRule.RULE_13Q_1);

		Button p1Box = toolkit.createButton(area, "Rule 13p-1 under the Securities Exchange Act of 1934 "
				+ "(17 CFR 240.13p-1), for the reporting period from January 1 to December 31 of the reporting year",
				SWT.CHECK | SWT.WRAP);
		p1Box.setData("name", "cover.rule13p1");
		p1Box.setSelection(p1 != null);
		p1Box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		fields.decorations().register("rules", p1Box);
		p1Box.addListener(SWT.Selection, event -> select(DisclosureRule.RULE_13P_1, p1Box.getSelection()));
		if (p1 != null) {
			String path = FilingFindings.pathOf(p1, Literals.RULE_SELECTION__PERIOD_END);
			toolkit.createLabel(area, "Period end (" + Conversions.DATE_HINT + "):");
			Text periodEnd = toolkit.createText(area, "", SWT.SINGLE);
			periodEnd.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			periodEnd.setMessage(Conversions.DATE_HINT);
			fields.name(periodEnd, path);
			fields.bind(periodEnd, EMFEditProperties.value(page.getEditingDomain(), Literals.RULE_SELECTION__PERIOD_END)
					.observe(p1), Conversions.textToDate(), bindings);
		}
		Button q1Box = toolkit.createButton(area, "Rule 13q-1 (resource extraction issuers)", SWT.CHECK);
		q1Box.setData("name", "cover.rule13q1");
		q1Box.setSelection(q1 != null);
		// only a 13q-1 selection read from a file can be taken out here: this studio files 13p-1 reports
		q1Box.setEnabled(q1 != null);
		q1Box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		q1Box.addListener(SWT.Selection, event -> select(DisclosureRule.RULE_13Q_1, q1Box.getSelection()));
		Label note = toolkit.createLabel(area, "Rule 13q-1 concerns payments by resource extraction issuers "
				+ "(Item 2.01). It is not used for a conflict minerals filing under Rule 13p-1, which is what "
				+ "SD Studio prepares.", SWT.WRAP);
		GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		noteData.widthHint = 300;
		note.setLayoutData(noteData);
		note.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
	}

	private void select(DisclosureRule rule, boolean selected) {
		page.run(RuleCommands.select(page.getEditingDomain(), page.getFiling(), rule, selected));
	}

	@Override
	protected String shape() {
		StringBuilder text = new StringBuilder();
		for (RuleSelection rule : page.getFiling().getRules()) {
			text.append(System.identityHashCode(rule)).append(rule.getRule()).append(';');
		}
		return text.toString();
	}
}
