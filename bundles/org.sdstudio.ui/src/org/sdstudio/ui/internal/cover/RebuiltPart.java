package org.sdstudio.ui.internal.cover;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.ui.internal.fields.FieldBinder;

/**
 * A part of the cover page whose fields depend on the shape of the filing (which rules, which items): it is built
 * again, with bindings of its own, when that shape changes, and left alone while the user types in it.
 */
abstract class RebuiltPart {

	protected final CoverPage page;
	protected final FormToolkit toolkit;
	protected final FieldBinder fields;
	/** Two columns: labels and fields. */
	protected final Composite area;
	/** The bindings of what {@link #fill()} made; new for each build. */
	protected DataBindingContext bindings;
	private String shape;

	RebuiltPart(CoverPage page, FormToolkit toolkit, FieldBinder fields, Composite parent) {
		this.page = page;
		this.toolkit = toolkit;
		this.fields = fields;
		area = toolkit.createComposite(parent);
		toolkit.paintBordersFor(area);
		area.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		area.setLayout(new GridLayout(2, false));
		area.addDisposeListener(event -> disposeBindings());
	}

	/** What the part's fields depend on, as text: when it differs from the last build's, the part is built again. */
	protected abstract String shape();

	/** Makes the part's fields in {@link #area}, bound in {@link #bindings}. */
	protected abstract void fill();

	/** Whether the shape changed since the part was built (then {@link #build()} shows it). */
	final boolean changed() {
		return !shape().equals(shape);
	}

	final void build() {
		disposeBindings();
		bindings = new DataBindingContext();
		for (Control child : area.getChildren()) {
			child.dispose();
		}
		fill();
		shape = shape();
	}

	private void disposeBindings() {
		if (bindings != null) {
			bindings.dispose();
			bindings = null;
		}
	}
}
