package org.sdstudio.ui.internal.annex;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sdstudio.cmrt.AnnexRebuild;
import org.sdstudio.cmrt.AnnexRebuild.Change;
import org.sdstudio.cmrt.AnnexRebuild.Kind;

/**
 * Shows what a rebuild of Annex A from the supply chain would change (counts per kind of change and the rows of
 * each) before anything changes; Apply lets the page run the plan, Cancel leaves the filing as it is.
 */
public final class RebuildDialog extends Dialog {

	public static final String SHELL_NAME = "annex.rebuild";

	private final AnnexRebuild.Plan plan;
	private final boolean haveStatusList;

	/** {@code haveStatusList}: whether the filing has an RMI status list (without one every status is Unknown). */
	public RebuildDialog(Shell parent, AnnexRebuild.Plan plan, boolean haveStatusList) {
		super(parent);
		this.plan = plan;
		this.haveStatusList = haveStatusList;
	}

	public AnnexRebuild.Plan getPlan() {
		return plan;
	}

	/** What the user reads for each kind of change. */
	public static String describe(Kind kind) {
		switch (kind) {
		case ADDED:
			return "Added (new in the supply chain)";
		case REMOVED:
			return "Removed (no longer reported)";
		case STATUS_CHANGED:
			return "Status changed";
		case UPDATED:
			return "Updated (smelter ID, status source or date, suppliers)";
		case UNCHANGED:
			return "Unchanged";
		case KEPT_MANUAL:
			return "Kept as edited by hand";
		case KEPT_EXCLUDED:
			return "Kept excluded";
		default:
			return kind.name();
		}
	}

	/** The kind of change in the list of rows, short. */
	public static String shortLabel(Kind kind) {
		switch (kind) {
		case ADDED:
			return "Added";
		case REMOVED:
			return "Removed";
		case STATUS_CHANGED:
			return "Status changed";
		case UPDATED:
			return "Updated";
		case UNCHANGED:
			return "Unchanged";
		case KEPT_MANUAL:
			return "Kept as edited";
		case KEPT_EXCLUDED:
			return "Kept excluded";
		default:
			return kind.name();
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Rebuild Annex A from Supply Chain");
		shell.setData("name", SHELL_NAME);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		int facilities = plan.consolidation().facilities().size();
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("The supplier responses give " + facilities + (facilities == 1 ? " smelter or refiner"
				: " smelters and refiners") + ". This is what rebuilding Annex A from them would do. Rows you edited "
				+ "by hand or excluded stay as you left them; only their suppliers are refreshed. Nothing changes "
				+ "until you press Apply, and Apply can be undone."
				+ (haveStatusList ? "" : "\n\nNo RMI status list has been imported, so every status would be "
						+ "Unknown: import the current list on the Suppliers page first."));
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(intro);

		// the counts as a read-only grid of labels: nothing to select, nothing to take the focus from Apply
		Composite counts = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(24, 2).margins(8, 4).applyTo(counts);
		for (Kind kind : Kind.values()) {
			new Label(counts, SWT.NONE).setText(describe(kind) + ":");
			Label count = new Label(counts, SWT.RIGHT);
			count.setText(Integer.toString(plan.of(kind).size()));
			count.setData("name", "annex.rebuild.count." + kind.name());
			GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(count);
		}

		Label listLabel = new Label(area, SWT.NONE);
		listLabel.setText(plan.changesAnything() ? "The rows that change (unchanged rows are not listed):"
				: "Annex A already matches the supply chain: there is nothing to apply.");
		listLabel.setData("name", "annex.rebuild.message");

		// virtual: a first rebuild of a large supply chain lists thousands of added rows
		Table changes = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL);
		changes.setData("name", "annex.rebuild.changes");
		changes.setHeaderVisible(true);
		changes.setLinesVisible(true);
		column(changes, "Change", 130);
		column(changes, "Metal | Smelter or refiner | Country | Status", 600);
		List<Kind> kinds = new ArrayList<>();
		List<Change> listed = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			if (kind != Kind.UNCHANGED) {
				for (Change change : plan.of(kind)) {
					kinds.add(kind);
					listed.add(change);
				}
			}
		}
		changes.addListener(SWT.SetData, event -> {
			TableItem item = (TableItem) event.item;
			int index = changes.indexOf(item);
			item.setText(new String[] { shortLabel(kinds.get(index)), listed.get(index).describe() });
			item.setData(listed.get(index));
		});
		changes.setItemCount(listed.size());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 260).applyTo(changes);
		return area;
	}

	private static void column(Table table, String header, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(header);
		column.setWidth(width);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button apply = createButton(parent, IDialogConstants.OK_ID, "&Apply", true);
		apply.setData("name", "annex.rebuild.apply");
		apply.setEnabled(plan.changesAnything());
		Button cancel = createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		cancel.setData("name", "annex.rebuild.cancel");
	}
}
