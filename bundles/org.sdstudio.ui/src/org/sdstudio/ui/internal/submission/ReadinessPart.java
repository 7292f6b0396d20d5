package org.sdstudio.ui.internal.submission;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.model.validation.FindingCounts;
import org.sdstudio.ui.internal.Coalesced;

/** Whether the filing is ready for a final export: the validator's errors and warnings, counted. */
final class ReadinessPart {

	private static final int DELAY = 500;

	private final SubmissionPage page;
	private final Label readiness;
	private final Coalesced refreshLater;

	ReadinessPart(SubmissionPage page, FormToolkit toolkit, Composite body) {
		this.page = page;
		readiness = toolkit.createLabel(body, "", SWT.WRAP);
		readiness.setData("name", "readiness");
		readiness.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		refreshLater = new Coalesced(readiness, DELAY, this::refresh);
	}

	/** Counts again a moment after the last command, not after every one of a burst. */
	void schedule() {
		refreshLater.run();
	}

	void refresh() {
		if (readiness.isDisposed()) {
			return;
		}
		FindingCounts counts = FindingCounts.of(page.getFilingEditor().getFindings());
		int errors = counts.errors();
		int warnings = counts.warnings();
		String text = errors == 0 ? "Ready for a final export: the filing has no errors"
				: "Not ready for a final export: " + SubmissionPage.plural(errors, "error") + " to fix first (a draft for review "
						+ "can still be exported)";
		if (warnings > 0) {
			text += "; " + SubmissionPage.plural(warnings, "warning") + " to review";
		}
		readiness.setText(text + ".");
		readiness.setForeground(readiness.getDisplay().getSystemColor(errors == 0 ? SWT.COLOR_DARK_GREEN
				: SWT.COLOR_DARK_RED));
		readiness.getParent().layout(true);
	}

}
