package org.sdstudio.ui.internal.fields;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.databinding.swt.ISWTObservableValue;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The text fields of a form page bound to the filing: each field is named and registered by its model path (so the
 * validator's findings mark it), its text becomes a command after a typing pause (a typed word is one undoable
 * step), and a value its binding refuses marks it at once.
 */
public final class FieldBinder {

	/** Typing pauses this long (ms) before the text becomes a command. */
	public static final int TYPING_DELAY = 400;

	private final FormToolkit toolkit;
	private final FieldDecorations decorations;
	private final String namePrefix;
	private final List<IObservableValue<?>> delayedTexts = new ArrayList<>();

	/** {@code namePrefix} goes before a field's path in its widget name ({@code cover.} gives cover.registrant.cik). */
	public FieldBinder(FormToolkit toolkit, FieldDecorations decorations, String namePrefix) {
		this.toolkit = toolkit;
		this.decorations = decorations;
		this.namePrefix = namePrefix;
	}

	public FieldDecorations decorations() {
		return decorations;
	}

	/** A label and a text field in a two-column {@code parent}, registered under {@code path}; not yet bound. */
	public Text text(Composite parent, String label, String path, int style) {
		toolkit.createLabel(parent, label).setLayoutData(new GridData(SWT.LEFT, (style & SWT.MULTI) != 0
				? SWT.TOP : SWT.CENTER, false, false));
		Text text = toolkit.createText(parent, "", style);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name(text, path);
		return text;
	}

	/** Names {@code text} after the field at {@code path} and registers it there. */
	public void name(Text text, String path) {
		text.setData("name", namePrefix + path);
		decorations.register(path, text);
	}

	/** Binds {@code text} (committed after a typing pause) to {@code model}; a refused value marks the field. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public void bind(Text text, IObservableValue model, UpdateValueStrategy<String, Object> toModel,
			DataBindingContext context) {
		Binding binding = context.bindValue(typed(text), model, toModel, Conversions.modelToText());
		IObservableValue<IStatus> status = binding.getValidationStatus();
		status.addValueChangeListener(event -> decorations.bindingStatus(text, event.diff.getNewValue()));
	}

	/** What is typed into {@code text}, delivered after a typing pause (for a field the page binds itself). */
	public ISWTObservableValue<String> typed(Text text) {
		ISWTObservableValue<String> typed = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY, text);
		delayedTexts.add(typed);
		text.addDisposeListener(event -> {
			delayedTexts.remove(typed);
			typed.dispose();
		});
		return typed;
	}

	/** Hands what is typed and not yet delivered to the bindings at once (before a save, an export, an undo). */
	public void commitPendingEdits() {
		// reading a delayed value delivers a pending edit
		for (IObservableValue<?> typed : new ArrayList<>(delayedTexts)) {
			if (!typed.isDisposed()) {
				typed.getValue();
			}
		}
	}

	/** Removes line breaks as they are typed or pasted into a field that holds one line of text. */
	public static void noLineBreaks(Text text) {
		text.addVerifyListener(event -> event.text = event.text.replace("\r\n", " ").replace('\n', ' ')
				.replace('\r', ' '));
	}
}
