package org.sdstudio.ui.internal.lastyear;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.ui.internal.OpenFilingAction;

/** The filing a wizard made, saved as a new file and opened in its editor; an existing file is never replaced. */
final class NewFilingFile {

	private NewFilingFile() {
	}

	/** False, with the reason on {@code page}, when the file exists or cannot be written. */
	static boolean saveAndOpen(IWorkbenchWindow window, Filing filing, Path target, WizardPage page) {
		try {
			if (Files.exists(target)) {
				page.setErrorMessage(target.getFileName() + " already exists: choose another name.");
				return false;
			}
			FilingFiles.save(filing, target);
		} catch (FilingFileException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		return OpenFilingAction.open(window, target) != null;
	}
}
