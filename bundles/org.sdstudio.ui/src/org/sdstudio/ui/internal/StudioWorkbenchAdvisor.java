package org.sdstudio.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Window size, title and perspective of the studio. */
public class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	/**
	 * When set (to any value), the workbench reports that its window opened and closes again: lets scripts and
	 * tests prove that the studio starts on this machine.
	 */
	public static final String EXIT_AFTER_STARTUP = "sdstudio.exitAfterStartup";

	@Override
	public String getInitialWindowPerspectiveId() {
		return FilingPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				configurer.setInitialSize(new Point(1280, 860));
				configurer.setShowStatusLine(true);
				configurer.setTitle("SD Studio");
			}
		};
	}

	@Override
	public void postStartup() {
		if (System.getProperty(EXIT_AFTER_STARTUP) != null) {
			IWorkbench workbench = PlatformUI.getWorkbench();
			System.out.println("SD Studio window open: " + workbench.getActiveWorkbenchWindow().getShell().getText());
			// close once the startup events have been delivered, not from inside them
			workbench.getDisplay().timerExec(500, workbench::close);
		}
	}
}
