package org.sdstudio.ui.internal.intake;

import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.sdstudio.cmrt.StatusListReader;
import org.sdstudio.cmrt.StatusLists;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReferenceList;
import org.sdstudio.model.edit.command.UndoableChange;
import org.sdstudio.ui.internal.Prompts;
import org.sdstudio.ui.internal.editor.FilingEditor;

/**
 * Stores an RMI facility status list in the editor's filing, as one undoable command; an earlier import of the
 * same file is replaced. The page shows what the list holds before Finish.
 */
public final class ImportStatusWizard extends Wizard {

	private final FilingEditor editor;
	private final StatusListPage page = new StatusListPage();
	private String outcome;

	public ImportStatusWizard(FilingEditor editor) {
		this.editor = editor;
		setWindowTitle("Import Status List");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** Sets the list file and the as-of date text (empty for the file's own) as the user would type them. */
	public void choose(Path list, String asOf) {
		page.choose(list, asOf);
	}

	/** What the page shows as read (null when the file could not be read). */
	public StatusListReader.Result getRead() {
		return page.result();
	}

	/** Sets the user's decisions about a list that cannot be read as it is, as the page's controls would. */
	public void decide(org.sdstudio.model.ComplianceStatus stated, boolean skipBadRows,
			org.sdstudio.cmrt.StatusListOptions.Conflicts conflicts) {
		page.decide(stated, skipBadRows, conflicts);
	}

	/** What Finish did, in a sentence (null before). */
	public String getOutcome() {
		return outcome;
	}

	@Override
	public boolean performFinish() {
		StatusListReader.Result read = page.result();
		if (read == null) {
			return false;
		}
		Filing filing = editor.getFiling();
		ReferenceList list = read.list();
		if (StatusLists.shrinksFarFewer(filing, list) && !Prompts.confirm(getShell(), "Replace With a Shorter List?",
				list.getSource() + " holds " + list.getEntries().size() + " facilities, far fewer than the "
						+ StatusLists.replaced(filing, list).getEntries().size() + " of the earlier import it replaces."
						+ "\n\nReplace the earlier list with this one?")) {
			return false;
		}
		UndoableChange<ReferenceList> change = new UndoableChange<>(filing, "Import Status List",
				() -> StatusLists.apply(filing, list));
		editor.getEditingDomain().getCommandStack().execute(change);
		if (change.failure() != null) {
			Prompts.error(getShell(), "Status List Not Imported", "The list could not be stored in the filing ("
					+ change.failure().getMessage() + "). The filing is unchanged.");
			return false;
		}
		outcome = (change.result() != null ? "Replaced the earlier import of " : "Imported ") + list.getSource()
				+ ": " + list.getEntries().size() + " facilities as of " + list.getAsOfDate() + ".";
		return true;
	}
}
