package org.sdstudio.ui.internal.lastyear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.EditorPart;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.ui.internal.NewFilingWizard;
import org.sdstudio.ui.internal.OpenFilingAction;
import org.sdstudio.ui.internal.editor.RecentFiles;

/**
 * The start page, in the editor area whenever no filing is open (see {@link StartPages}): New Filing, Open the
 * Example, Import Filed Report, Roll Forward, and the recent filings, each one click.
 */
public class StartPage extends EditorPart {

	public static final String ID = "org.sdstudio.ui.editor.start";

	/** The start page's input: nothing to save, nothing to restore. */
	public static final class Input implements IEditorInput {
		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return null;
		}

		@Override
		public String getName() {
			return "Start";
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return "Start a filing, open the example, import last year's or roll one forward";
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Input;
		}

		@Override
		public int hashCode() {
			return Input.class.hashCode();
		}
	}

	private Composite body;

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName("Start");
	}

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		((GridLayout) body.getLayout()).marginWidth = 40;
		((GridLayout) body.getLayout()).marginHeight = 30;
		((GridLayout) body.getLayout()).verticalSpacing = 10;
		Label title = new Label(body, SWT.NONE);
		title.setText("SD Studio");
		title.setFont(JFaceResources.getHeaderFont());
		new Label(body, SWT.WRAP).setText("Form SD and the Conflict Minerals Report: start a filing, or start from last year's.");
		spacer();
		action("newFiling", "<a>New Filing...</a>  a blank filing, or one started from the example",
				() -> wizard(new NewFilingWizard(window())));
		action("openExample", "<a>Open the Example</a>  a fictional registrant's complete filing for 2025", this::openExample);
		action("importFiledReport", "<a>Import Filed Report...</a>  last year's filing from EDGAR (any filing agent's HTML) or Word",
				() -> wizard(new ImportFiledReportWizard(window())));
		action("rollForward", "<a>Roll Forward to Next Year...</a>  next year's filing from a saved one",
				() -> wizard(new RollForwardWizard(window(), null)));
		spacer();
		Label recent = new Label(body, SWT.NONE);
		recent.setText("Recent filings");
		recent.setFont(JFaceResources.getBannerFont());
		if (RecentFiles.list().isEmpty()) {
			new Label(body, SWT.NONE).setText("(none yet)");
		}
		for (Path file : RecentFiles.list()) {
			action("recent", "<a>" + file.getFileName() + "</a>  " + file.getParent(), () -> OpenFilingAction.open(window(), file));
		}
	}

	private void spacer() {
		new Label(body, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	private void action(String name, String text, Runnable run) {
		Link link = new Link(body, SWT.NONE);
		link.setText(text);
		link.setData("name", name);
		link.addListener(SWT.Selection, e -> run.run());
	}

	private IWorkbenchWindow window() {
		return getSite().getWorkbenchWindow();
	}

	private void wizard(IWizard wizard) {
		new WizardDialog(window().getShell(), wizard).open();
	}

	/** The embedded example, copied once into the user's folder "SD Studio Example" and opened from there. */
	private void openExample() {
		Path file = Path.of(System.getProperty("user.home"), "SD Studio Example", "halcyon-2025.sdfiling");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				FilingFiles.save(NewFilingWizard.loadExample(), file);
			}
			OpenFilingAction.open(window(), file);
		} catch (FilingFileException | IOException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(window().getShell(), "Open the Example", e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		if (body != null && body.getChildren().length > 2) {
			body.getChildren()[3].setFocus();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public void doSaveAs() {
		// nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
