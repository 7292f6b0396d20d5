package org.sdstudio.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.sdstudio.ui.internal.editor.FilingEditor;
import org.sdstudio.ui.internal.lastyear.StartPages;

/** Window size, title, menus and perspective of the studio; opens the filings named on the command line. */
public class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	/**
	 * When set (to any value), the workbench reports that its window opened and closes again: lets scripts and
	 * tests prove that the studio starts on this machine.
	 */
	public static final String EXIT_AFTER_STARTUP = "sdstudio.exitAfterStartup";

	private final String[] filesToOpen;

	public StudioWorkbenchAdvisor() {
		this(new String[0]);
	}

	/** {@code filesToOpen}: the {@code .sdfiling} files given as arguments to {@code ./sdstudio}. */
	public StudioWorkbenchAdvisor(String[] filesToOpen) {
		this.filesToOpen = filesToOpen.clone();
	}

	/** Posted by the workbench once start-up is complete, after {@link #postStartup()}. */
	private static final String STARTUP_COMPLETE = "org/eclipse/e4/ui/LifeCycle/appStartupComplete";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		// reopen the filings and views of the last session
		configurer.setSaveAndRestore(System.getProperty(EXIT_AFTER_STARTUP) == null);
		if (System.getProperty(EXIT_AFTER_STARTUP) != null) {
			// close only after start-up complete has reached every listener: closing earlier (on a loaded machine)
			// disposes the display under listeners still waiting for that event
			IEventBroker events = configurer.getWorkbench().getService(IEventBroker.class);
			events.subscribe(STARTUP_COMPLETE, event -> {
				Display display = configurer.getWorkbench().getDisplay();
				display.asyncExec(() -> display.timerExec(500, () -> configurer.getWorkbench().close()));
			});
		}
	}

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
				configurer.setShowCoolBar(true);
				configurer.setShowProgressIndicator(true);
				configurer.setTitle("SD Studio");
			}

			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
				return new StudioActionBarAdvisor(actionBars);
			}

			@Override
			public void postWindowOpen() {
				for (String argument : filesToOpen) {
					Path file = Path.of(argument);
					if (argument.endsWith(".sdfiling") && Files.isRegularFile(file)) {
						OpenFilingAction.open(configurer.getWindow(), file);
					}
				}
				StartPages.install(configurer.getWindow());
			}
		};
	}

	@Override
	public void postStartup() {
		if (System.getProperty(EXIT_AFTER_STARTUP) != null) {
			IWorkbench workbench = PlatformUI.getWorkbench();
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			StringBuilder filings = new StringBuilder();
			for (IEditorReference editor : window.getActivePage().getEditorReferences()) {
				if (!FilingEditor.ID.equals(editor.getId())) {
					continue; // the start page
				}
				filings.append(filings.isEmpty() ? "; filings open: " : ", ").append(editor.getPartName());
			}
			System.out.println("SD Studio window open: " + window.getShell().getText() + filings);
		}
	}
}
