package org.sdstudio.ui.internal.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.io.FilingChangedException;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.provider.SdStudioItemProviderAdapterFactory;
import org.sdstudio.model.validation.FilingFindings;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.annex.AnnexPage;
import org.sdstudio.ui.internal.cover.CoverPage;
import org.sdstudio.ui.internal.intake.SuppliersPage;
import org.sdstudio.ui.internal.report.ReportPage;
import org.sdstudio.ui.internal.review.ReviewPage;
import org.sdstudio.ui.internal.submission.SubmissionPage;

/**
 * The filing editor: one {@code .sdfiling} file, one editing domain, one command stack. Every page changes the
 * filing through commands on that stack, so undo, redo and the dirty mark work the same everywhere; saving marks
 * the stack's save point. The editor watches its file and offers to reload it when someone else changed it.
 */
public class FilingEditor extends FormEditor implements IEditingDomainProvider {

	public static final String ID = "org.sdstudio.ui.editor.filing";

	/** Property fired when the filing object was replaced (Revert, reload): views showing it must re-read it. */
	public static final int PROP_FILING = 0x301;
	/** Property fired when an export finished (see {@link #getLastExport()}). */
	public static final int PROP_LAST_EXPORT = 0x302;

	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private Filing filing;
	private FileStamp stamp;
	private ExportResult lastExport;
	/** The validator's findings on the filing as it is now; null until asked for after a change. */
	private List<Finding> findings;
	private FilingOutlinePage outline;
	private boolean checkingDisk;

	private final CommandStackListener dirtyTracker = this::commandStackChanged;
	private final IPartListener2 activationWatcher = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == FilingEditor.this) {
				checkFileOnDisk();
			}
		}
	};

	private final Listener windowWatcher = event -> {
		if (getSite().getPage().getActiveEditor() == this) {
			event.display.asyncExec(() -> {
				if (getContainer() != null && !getContainer().isDisposed()) {
					checkFileOnDisk();
				}
			});
		}
	};

	/** Opens (or brings to front) the editor on {@code file}; remembers it among the recent files. */
	public static FilingEditor open(IWorkbenchPage page, Path file) throws PartInitException {
		IEditorPart part = page.openEditor(new FilingEditorInput(file), ID);
		if (part instanceof FilingEditor editor) {
			RecentFiles.add(file);
			return editor;
		}
		// the workbench shows an error part when init failed: close it and say why, in the user's terms
		page.closeEditor(part, false);
		try {
			FilingFiles.load(file);
		} catch (FilingFileException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		throw new PartInitException(file.getFileName() + " could not be opened.");
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof FilingEditorInput)) {
			throw new PartInitException("SD Studio opens filing files (.sdfiling) only.");
		}
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new SdStudioItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack, FilingFiles.newResourceSet());
		Path file = ((FilingEditorInput) input).getFile();
		try {
			filing = FilingFiles.load(file, domain.getResourceSet());
			stamp = FileStamp.of(file);
		} catch (FilingFileException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		super.init(site, input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		stack.addCommandStackListener(dirtyTracker);
		site.getPage().addPartListener(activationWatcher);
		// coming back to the studio from another program (where the file may have been changed) counts too
		site.getShell().addListener(SWT.Activate, windowWatcher);
	}

	@Override
	protected void addPages() {
		try {
			addPage(new CoverPage(this));
			addPage(new ReportPage(this));
			addPage(new AnnexPage(this));
			addPage(new SuppliersPage(this));
			addPage(new SubmissionPage(this));
			addPage(new ReviewPage(this));
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	public Filing getFiling() {
		return filing;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public AdapterFactoryEditingDomain getAdapterFactoryEditingDomain() {
		return domain;
	}

	public ComposedAdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	public Path getFile() {
		return ((FilingEditorInput) getEditorInput()).getFile();
	}

	/** The pages of the filing, in tab order. */
	public List<FilingEditorPage> getFilingPages() {
		List<FilingEditorPage> result = new ArrayList<>();
		for (Object page : pages) {
			if (page instanceof FilingEditorPage filingPage) {
				result.add(filingPage);
			}
		}
		return result;
	}

	/** The page with the given id ({@code CoverPage.ID} ...), activated. */
	public FilingEditorPage showPage(String pageId) {
		return (FilingEditorPage) setActivePage(pageId);
	}

	/**
	 * Shows the page where {@code subject} is edited and puts the focus on {@code field}: where a double-clicked
	 * finding leads. {@code field} is a feature of the subject, by name or as the validator's path ending in it
	 * ({@code registrant.cik}), or null; pages get the feature name. False when no page shows that object.
	 */
	public boolean reveal(EObject subject, String field) {
		if (subject == null) {
			return false;
		}
		String feature = field == null ? null
				: field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
		for (FilingEditorPage page : getFilingPages()) {
			if (page.canReveal(subject)) {
				setActivePage(page.getId());
				page.reveal(subject, feature);
				return true;
			}
		}
		return false;
	}

	/**
	 * What the model's validator finds in the filing now. Computed once per change and shared by the pages and views
	 * that show it (Cover marks, the Submission page's readiness, the Findings view); the list is read-only.
	 */
	public List<Finding> getFindings() {
		if (findings == null) {
			findings = List.copyOf(FilingFindings.findings(filing));
		}
		return findings;
	}

	/** The result of the last export of this filing in this session, or null. */
	public ExportResult getLastExport() {
		return lastExport;
	}

	public void setLastExport(ExportResult result) {
		lastExport = result;
		firePropertyChange(PROP_LAST_EXPORT);
	}

	/** Turns text the pages hold back into commands (before a save, an export or a check). */
	public void commitPendingEdits() {
		for (FilingEditorPage page : getFilingPages()) {
			page.commitPendingEdits();
		}
	}

	// --- dirty state, save, save as, revert -------------------------------------------------------------------

	private void commandStackChanged(EventObject event) {
		findings = null;
		if (Display.getCurrent() != null) {
			firePropertyChange(PROP_DIRTY);
		} else if (getContainer() != null && !getContainer().isDisposed()) {
			getContainer().getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY));
		}
	}

	/** Unsaved commands, or text a page holds back (typed in the last moment): closing then asks to save. */
	@Override
	public boolean isDirty() {
		return domain != null && (((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || super.isDirty());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		commitPendingEdits();
		Path file = getFile();
		boolean changed = stamp != null && stamp.changedOnDisk(file);
		if (changed && !confirmOverwrite(file)) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		if (!saveTo(file, changed) && monitor != null) {
			monitor.setCanceled(true);
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSaveAs() {
		commitPendingEdits();
		Shell shell = getSite().getShell();
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Save Filing As");
		dialog.setFilterExtensions(new String[] { "*.sdfiling" });
		dialog.setFilterNames(new String[] { "Filing files (*.sdfiling)" });
		dialog.setFileName(getFile().getFileName().toString());
		dialog.setFilterPath(getFile().getParent().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveAs(Path.of(chosen.endsWith(".sdfiling") ? chosen : chosen + ".sdfiling"));
		}
	}

	/** Saves to {@code file} and makes it the editor's file from now on; false (with a message) if it failed. */
	public boolean saveAs(Path file) {
		if (!saveTo(file, false)) {
			return false;
		}
		FilingEditorInput input = new FilingEditorInput(file);
		setInputWithNotify(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		RecentFiles.add(file);
		return true;
	}

	private boolean confirmOverwrite(Path file) {
		return Prompts.confirm(getSite().getShell(), "File Changed", file.getFileName()
				+ " was changed on disk since it was opened.\n\nOverwrite it with your version?");
	}

	/**
	 * Saves; a file another program changed since it was read is overwritten only when {@code overwrite} says the
	 * user chose so, otherwise the user is asked (the change may have come between the check and the save).
	 */
	private boolean saveTo(Path file, boolean overwrite) {
		try {
			if (overwrite) {
				FilingFiles.overwrite(filing, file);
			} else {
				try {
					FilingFiles.save(filing, file);
				} catch (FilingChangedException e) {
					if (!confirmOverwrite(file)) {
						return false;
					}
					FilingFiles.overwrite(filing, file);
				}
			}
		} catch (FilingFileException e) {
			Prompts.error(getSite().getShell(), "Could Not Save", e.getMessage()
					+ "\n\nThe file on disk is unchanged and your edits are still here; save again or use Save As.");
			return false;
		}
		stamp = FileStamp.of(file);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
		return true;
	}

	/** Throws away unsaved changes and reads the file again. */
	public void revert() {
		reload();
	}

	/**
	 * Checks whether the file was changed by someone else since it was read or saved, and offers to reload it. Runs
	 * when the editor is activated; returns whether the filing was reloaded.
	 */
	public boolean checkFileOnDisk() {
		Path file = getFile();
		if (checkingDisk || stamp == null || !stamp.changedOnDisk(file)) {
			return false;
		}
		checkingDisk = true;
		try {
			String question = isDirty()
					? file.getFileName() + " was changed on disk by someone else, and you have unsaved changes.\n\n"
							+ "Replace your changes with the version on disk?"
					: file.getFileName() + " was changed on disk by someone else.\n\nReload it?";
			if (Prompts.confirm(getSite().getShell(), "File Changed on Disk", question)) {
				return reload();
			}
			// asked once per change: remember what is on disk now; saving will ask before overwriting it
			stamp = stamp.withDiskState(file);
			return false;
		} finally {
			checkingDisk = false;
		}
	}

	private boolean reload() {
		Path file = getFile();
		Filing reloaded;
		Resource old = filing.eResource();
		try {
			// a fresh resource with the same URI: load beside the old one, drop the old one only when it worked
			reloaded = FilingFiles.load(file, FilingFiles.newResourceSet());
		} catch (FilingFileException e) {
			Prompts.error(getSite().getShell(), "Could Not Reload", e.getMessage() + "\n\nThe editor keeps its content.");
			return false;
		}
		Resource fresh = reloaded.eResource();
		fresh.getResourceSet().getResources().remove(fresh);
		domain.getResourceSet().getResources().remove(old);
		domain.getResourceSet().getResources().add(fresh);
		old.unload();
		filing = reloaded;
		findings = null;
		stamp = FileStamp.of(file);
		domain.getCommandStack().flush();
		for (FilingEditorPage page : getFilingPages()) {
			page.rebuild();
		}
		if (outline != null) {
			outline.setFiling(filing);
		}
		firePropertyChange(PROP_FILING);
		firePropertyChange(PROP_DIRTY);
		return true;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new FilingOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(domain);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(activationWatcher);
		if (!getSite().getShell().isDisposed()) {
			getSite().getShell().removeListener(SWT.Activate, windowWatcher);
		}
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(dirtyTracker);
		}
		super.dispose();
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
	}
}
