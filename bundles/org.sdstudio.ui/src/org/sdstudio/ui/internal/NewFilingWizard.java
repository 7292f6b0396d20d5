package org.sdstudio.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.framework.FrameworkUtil;
import org.sdstudio.cmrt.ExampleIntake;
import org.sdstudio.model.Filing;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.templates.FilingTemplates;

/**
 * New Filing: registrant and reporting year, a blank filing or one started from the example (its report text and
 * Annex A as a model to adapt), with or without the example suppliers' responses imported, and where to save it.
 * The file is written first, then opened in the editor.
 */
public class NewFilingWizard extends Wizard {

	/** What a new filing starts from. */
	public enum Start {
		BLANK,
		EXAMPLE,
		/** the example with the example suppliers' CMRT workbooks and status list imported ({@link ExampleIntake}) */
		EXAMPLE_WITH_SUPPLIERS
	}

	/** The example filing embedded in this bundle (copied from the project's examples/ by the build). */
	public static final String EXAMPLE = "examples/halcyon-2025.sdfiling";

	private final IWorkbenchWindow window;
	private NewFilingPage page;

	public NewFilingWizard(IWorkbenchWindow window) {
		this.window = window;
		setWindowTitle("New Filing");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new NewFilingPage(LocalDate.now().getYear() - 1);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		try {
			Filing filing = create(page.registrant(), page.year(), page.start());
			if (Files.exists(file)) {
				page.setErrorMessage(file.getFileName() + " already exists: choose another name.");
				return false;
			}
			Files.createDirectories(file.getParent());
			FilingFiles.save(filing, file);
		} catch (FilingFileException | IOException e) {
			page.setErrorMessage(e instanceof FilingFileException ? e.getMessage()
					: "Cannot create the folder " + file.getParent() + ": " + e.getMessage());
			return false;
		}
		return OpenFilingAction.open(window, file) != null;
	}

	/** A new filing for {@code registrant} and {@code year}, blank or from the embedded example. */
	public static Filing create(String registrant, int year, Start start) throws FilingFileException {
		if (start == Start.BLANK) {
			return FilingTemplates.blank(registrant, year);
		}
		Filing filing = loadExample();
		filing.setReportingYear(year);
		filing.getRegistrant().setName(registrant);
		if (filing.getSignature() != null) {
			filing.getSignature().setRegistrantName(registrant.toUpperCase(Locale.ROOT));
			filing.getSignature().setDate(null);
		}
		for (RuleSelection rule : filing.getRules()) {
			rule.setPeriodEnd(LocalDate.of(year, 12, 31));
		}
		if (start == Start.EXAMPLE_WITH_SUPPLIERS) {
			try {
				ExampleIntake.importInto(filing, LocalDate.now());
			} catch (IOException e) {
				throw new FilingFileException(Path.of(ExampleIntake.FOLDER),
						"cannot be read from the studio's installation (" + e.getMessage() + ")", e);
			}
		}
		return filing;
	}

	/** The example filing, read from this bundle. */
	public static Filing loadExample() throws FilingFileException {
		URL url = FileLocator.find(FrameworkUtil.getBundle(NewFilingWizard.class),
				new org.eclipse.core.runtime.Path(EXAMPLE));
		if (url == null) {
			throw new FilingFileException(Path.of(EXAMPLE), "is missing from the studio's installation");
		}
		try (InputStream in = url.openStream()) {
			return FilingFiles.load(in, Path.of("halcyon-2025.sdfiling"));
		} catch (IOException e) {
			throw new FilingFileException(Path.of(EXAMPLE), "cannot be read (" + e.getMessage() + ")", e);
		}
	}
}
