package org.sdstudio.ui.internal.intake;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;

/** Opens the intake wizards on a filing editor (from the Filing menu and from the Suppliers page). */
public final class IntakeWizards {

	private IntakeWizards() {
	}

	public static void importCmrt(Shell shell, FilingEditor editor) {
		open(shell, new ImportCmrtWizard(editor), 900, 420);
	}

	public static void importStatusList(Shell shell, FilingEditor editor) {
		ImportStatusWizard wizard = new ImportStatusWizard(editor);
		if (open(shell, wizard, 620, 380) && wizard.getOutcome() != null) {
			Prompts.info(shell, "Status List Imported", wizard.getOutcome()
					+ "\n\nStatuses in Annex A change when Annex A is rebuilt from the Annex A page.");
		}
	}

	private static boolean open(Shell shell, IWizard wizard, int width, int height) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(width, height);
		dialog.setHelpAvailable(false);
		return dialog.open() == WizardDialog.OK;
	}
}
