package org.sdstudio.ui.internal.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sdstudio.cmrt.CmrtReadException;
import org.sdstudio.cmrt.StatusListOptions;
import org.sdstudio.cmrt.StatusListReader;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReferenceEntry;
import org.sdstudio.model.ReferenceList;

/**
 * The status list wizard's page: the file and an optional as-of date; the list is read as soon as both are valid
 * and what it holds (name, as-of date and where it came from, entries by metal and status, skipped rows) is shown.
 */
final class StatusListPage extends WizardPage {

	private static final ComplianceStatus[] STATUSES = { ComplianceStatus.CONFORMANT, ComplianceStatus.ACTIVE,
			ComplianceStatus.NON_CONFORMANT };

	private Text file;
	private Text asOf;
	private Label about;
	private Table counts;
	private Text warnings;
	private StatusListReader.Result read;
	private Combo wholeListStatus;
	private Button skipBadRows;
	private Combo conflicts;

	/** The choices of the whole-list status combo; index 0 refuses a list without a status column. */
	private static final ComplianceStatus[] STATED = { null, ComplianceStatus.CONFORMANT, ComplianceStatus.ACTIVE,
			ComplianceStatus.NON_CONFORMANT };
	private static final StatusListOptions.Conflicts[] CONFLICTS = StatusListOptions.Conflicts.values();

	StatusListPage() {
		super("statusList");
		setTitle("Import Status List");
		setDescription("Choose your export of RMI's facility status lists (CSV or XLSX).");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(5, 5).applyTo(page);

		new Label(page, SWT.NONE).setText("Status list file:");
		file = new Text(page, SWT.BORDER);
		file.setData("name", "statusFile");
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.setData("name", "browse");
		browse.addListener(SWT.Selection, e -> browse());

		new Label(page, SWT.NONE).setText("As of (optional):");
		asOf = new Text(page, SWT.BORDER);
		asOf.setData("name", "asOf");
		asOf.setMessage("YYYY-MM-DD; empty: from the file");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(asOf);
		new Label(page, SWT.NONE);

		// what the user decides when the list cannot be read as it is: nothing is assumed (issue 16)
		new Label(page, SWT.NONE).setText("Without a status column:");
		wholeListStatus = new Combo(page, SWT.READ_ONLY);
		wholeListStatus.setData("name", "wholeListStatus");
		wholeListStatus.setItems("Refuse the list", "Every facility is Conformant", "Every facility is Active",
				"Every facility is Non-Conformant");
		wholeListStatus.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(wholeListStatus);
		new Label(page, SWT.NONE).setText("Same smelter ID, different statuses:");
		conflicts = new Combo(page, SWT.READ_ONLY);
		conflicts.setData("name", "conflicts");
		conflicts.setItems("Refuse the list", "Keep the first row", "Keep the last row", "Keep the least conformant");
		conflicts.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(conflicts);
		skipBadRows = new Button(page, SWT.CHECK);
		skipBadRows.setData("name", "skipBadRows");
		skipBadRows.setText("Skip rows that cannot be read (each is listed below)");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(skipBadRows);

		about = new Label(page, SWT.WRAP);
		about.setData("name", "statusAbout");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(500, SWT.DEFAULT).applyTo(about);

		counts = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		counts.setData("name", "statusCounts");
		counts.setHeaderVisible(true);
		counts.setLinesVisible(true);
		for (String title : new String[] { "Metal", "Conformant", "Active", "Non-Conformant", "Total" }) {
			TableColumn column = new TableColumn(counts, SWT.NONE);
			column.setText(title);
			column.setWidth(title.equals("Metal") ? 120 : 105);
		}
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(500, 140).applyTo(counts);

		warnings = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		warnings.setData("name", "statusWarnings");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(500, 70).applyTo(warnings);

		file.addModifyListener(e -> reread());
		asOf.addModifyListener(e -> reread());
		wholeListStatus.addListener(SWT.Selection, e -> reread());
		conflicts.addListener(SWT.Selection, e -> reread());
		skipBadRows.addListener(SWT.Selection, e -> reread());
		setControl(page);
		reread();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Choose a Status List");
		dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
		dialog.setFilterNames(new String[] { "Status lists (*.csv, *.xlsx)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** Sets the file and the as-of text as typing would (for the wizard's callers and tests). */
	void choose(Path list, String asOfText) {
		asOf.setText(asOfText == null ? "" : asOfText);
		file.setText(list == null ? "" : list.toString());
	}

	/** Sets the user's decisions as the controls would (for the wizard's callers and tests). */
	void decide(ComplianceStatus stated, boolean skip, StatusListOptions.Conflicts choice) {
		wholeListStatus.select(java.util.Arrays.asList(STATED).indexOf(stated));
		skipBadRows.setSelection(skip);
		conflicts.select(java.util.Arrays.asList(CONFLICTS).indexOf(choice));
		reread();
	}

	/** What was read, or null when the page shows an error. */
	StatusListReader.Result result() {
		return read;
	}

	private void reread() {
		read = null;
		counts.removeAll();
		warnings.setText("");
		about.setText("");
		String path = file.getText().strip();
		LocalDate date = null;
		if (!asOf.getText().isBlank()) {
			try {
				date = LocalDate.parse(asOf.getText().strip());
			} catch (DateTimeParseException e) {
				fail("The as-of date must be written as YYYY-MM-DD (for example 2026-01-31), or left empty.");
				return;
			}
		}
		if (path.isEmpty()) {
			setErrorMessage(null);
			setMessage("Choose the status list file.");
			setPageComplete(false);
			return;
		}
		Path list = Path.of(path);
		if (!Files.isRegularFile(list)) {
			fail("There is no file " + list + ". Choose the list with Browse.");
			return;
		}
		try {
			read = StatusListReader.read(list, date, new StatusListOptions(STATED[wholeListStatus.getSelectionIndex()],
					skipBadRows.getSelection(), CONFLICTS[conflicts.getSelectionIndex()]));
		} catch (CmrtReadException e) {
			// names the file and, where it helps, the sheet, cell or line
			fail("The list could not be read: " + e.getMessage());
			return;
		}
		show(read, date != null);
		setErrorMessage(null);
		setMessage(read.list().getEntries().isEmpty()
				? "The list holds no facilities; importing it would make every status Unknown."
				: "Press Finish to store this list in the filing.",
				read.list().getEntries().isEmpty() ? WARNING : NONE);
		setPageComplete(true);
		getControl().getParent().layout(true, true);
	}

	private void fail(String message) {
		setErrorMessage(message);
		setPageComplete(false);
	}

	private void show(StatusListReader.Result result, boolean dateGiven) {
		ReferenceList list = result.list();
		about.setText(list.getName() + " from " + list.getSource() + ": " + list.getEntries().size()
				+ " facilities, as of " + list.getAsOfDate() + " ("
				+ (dateGiven ? "the date you gave" : result.asOfSource()) + ").\n"
				+ "Statuses in Annex A change when Annex A is rebuilt from the Annex A page; importing the list "
				+ "does not change Annex A by itself.");
		Map<Metal, int[]> byMetal = new EnumMap<>(Metal.class);
		int[] unassigned = new int[STATUSES.length];
		for (ReferenceEntry entry : list.getEntries()) {
			int[] row = entry.isSetMetal() ? byMetal.computeIfAbsent(entry.getMetal(), m -> new int[STATUSES.length])
					: unassigned;
			for (int i = 0; i < STATUSES.length; i++) {
				if (entry.getStatus() == STATUSES[i]) {
					row[i]++;
				}
			}
		}
		int[] total = new int[STATUSES.length];
		for (Map.Entry<Metal, int[]> entry : byMetal.entrySet()) {
			addRow(entry.getKey().getLiteral(), entry.getValue(), total);
		}
		if (java.util.Arrays.stream(unassigned).sum() > 0) {
			addRow("(no metal given)", unassigned, total);
		}
		addRow("All metals", total, null);
		StringBuilder notes = new StringBuilder();
		if (result.skippedRows() > 0) {
			notes.append(result.skippedRows()).append(" row(s) skipped.\n");
		}
		result.warnings().forEach(w -> notes.append(w).append('\n'));
		warnings.setText(notes.toString().strip());
	}

	private void addRow(String label, int[] values, int[] total) {
		TableItem item = new TableItem(counts, SWT.NONE);
		int sum = 0;
		item.setText(0, label);
		for (int i = 0; i < values.length; i++) {
			item.setText(i + 1, String.valueOf(values[i]));
			sum += values[i];
			if (total != null) {
				total[i] += values[i];
			}
		}
		item.setText(values.length + 1, String.valueOf(sum));
	}
}
