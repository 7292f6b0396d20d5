package org.sdstudio.ui.internal.lastyear;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Import Filed Report...: the wizard; the new filing opens in its editor. */
public class ImportFiledReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		new WizardDialog(window.getShell(), new ImportFiledReportWizard(window)).open();
		return null;
	}
}
