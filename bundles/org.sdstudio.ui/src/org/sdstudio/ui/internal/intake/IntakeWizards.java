package org.sdstudio.ui.internal.intake;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Opens the intake wizards on a filing editor (from the Filing menu and from the Suppliers page). */
public final class IntakeWizards {

	private IntakeWizards() {
	}

	public static void importCmrt(Shell shell, FilingEditor editor) {
		cmrtDialog(shell, new ImportCmrtWizard(editor)).open();
	}

	public static void importStatusList(Shell shell, FilingEditor editor) {
		ImportStatusWizard wizard = new ImportStatusWizard(editor);
		if (statusDialog(shell, wizard).open() == WizardDialog.OK && wizard.getOutcome() != null) {
			Prompts.info(shell, "Status List Imported", wizard.getOutcome()
					+ "\n\nStatuses in Annex A change when Annex A is rebuilt from the Annex A page.");
		}
	}

	/** The dialog of the CMRT import, sized for its summary table (not yet open). */
	public static WizardDialog cmrtDialog(Shell shell, ImportCmrtWizard wizard) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setHelpAvailable(false);
		dialog.setPageSize(900, 420);
		return dialog;
	}

	/** The dialog of the status list import (not yet open). */
	public static WizardDialog statusDialog(Shell shell, ImportStatusWizard wizard) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setHelpAvailable(false);
		dialog.setPageSize(620, 380);
		return dialog;
	}
}
