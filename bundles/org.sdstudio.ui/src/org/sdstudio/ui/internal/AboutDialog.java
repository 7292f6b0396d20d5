package org.sdstudio.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What is installed: SD Studio's version, the libraries that shape its output, the Java and platform it runs on. */
public class AboutDialog extends TitleAreaDialog {

	/** Bundle symbolic name (or its last part: libraries from Maven are wrapped as "wrapped.<group>.<name>"). */
	private static final String[][] COMPONENTS = {
			{ "org.sdstudio.ui", "SD Studio" },
			{ "org.eclipse.ui.workbench", "Eclipse Platform (workbench)" },
			{ "org.eclipse.emf.ecore", "EMF" },
			{ "poi-ooxml", "Apache POI (CMRT workbooks)" },
			{ "Saxon-HE", "Saxon-HE (XSLT 3.0)" },
			{ "xmlbeans", "Apache XMLBeans (submission.xml)" } };

	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	public void create() {
		super.create();
		getShell().setText("About SD Studio");
		setTitle("SD Studio " + version("org.sdstudio.ui"));
		setMessage("Authoring the SEC's Form SD and its Conflict Minerals Report (Exhibit 1.01).");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setData("name", "versions");
		table.setHeaderVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new TableColumn(table, SWT.LEFT).setText("Component");
		new TableColumn(table, SWT.LEFT).setText("Version");
		for (String[] row : rows()) {
			new TableItem(table, SWT.NONE).setText(row);
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		return area;
	}

	/** Component and version rows, as shown. */
	public static List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		for (String[] component : COMPONENTS) {
			rows.add(new String[] { component[1], version(component[0]) });
		}
		rows.add(new String[] { "Java", System.getProperty("java.vendor") + " " + System.getProperty("java.version") });
		rows.add(new String[] { "Operating system", System.getProperty("os.name") + " " + System.getProperty("os.version")
				+ " (" + System.getProperty("os.arch") + ")" });
		return rows;
	}

	private static String version(String symbolicName) {
		Bundle self = FrameworkUtil.getBundle(AboutDialog.class);
		if (self == null) {
			return "unknown";
		}
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (symbolicName.equals(name) || name != null && name.endsWith("." + symbolicName)) {
				return bundle.getVersion().toString();
			}
		}
		return "not installed";
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
