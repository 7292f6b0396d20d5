package org.sdstudio.ui.internal.fields;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Severity;
import org.sdstudio.model.validation.FilingFindings;

/**
 * The fields of a page by model path ({@code registrant.cik}, see {@link FilingFindings#pathOf}) and the marks
 * beside them: the validator's findings and the values a binding refused (a date that is not a date).
 */
public final class FieldDecorations {

	/** What the validator says about each path and what each control's binding refused, shown together. */
	private final Map<String, Control> controls = new LinkedHashMap<>();
	private final Map<Control, ControlDecoration> decorations = new HashMap<>();
	private final Map<Control, String> refused = new HashMap<>();
	private final Map<Control, List<Finding>> found = new HashMap<>();

	/** Registers {@code control} as where the field at {@code path} is edited. */
	public void register(String path, Control control) {
		controls.put(path, control);
		control.addDisposeListener(event -> {
			controls.values().remove(control);
			ControlDecoration decoration = decorations.remove(control);
			if (decoration != null) {
				decoration.dispose();
			}
			refused.remove(control);
			found.remove(control);
		});
	}

	public Control control(String path) {
		return controls.get(path);
	}

	/** The path {@code control} edits, or null when it is none of the registered fields. */
	public String pathOf(Control control) {
		return controls.entrySet().stream().filter(entry -> entry.getValue() == control).map(Map.Entry::getKey)
				.findFirst().orElse(null);
	}

	/** The control of the field at {@code path} or, failing that, the first control inside that part. */
	public Control controlFor(EObject subject, EStructuralFeature feature) {
		String path = FilingFindings.pathOf(subject, feature);
		Control control = shown(controls.get(path));
		String prefix = path;
		while (control == null && !prefix.isEmpty()) {
			String parent = prefix;
			control = controls.entrySet().stream()
					.filter(entry -> entry.getKey().equals(parent) || entry.getKey().startsWith(parent + ".")
							|| entry.getKey().startsWith(parent + "["))
					.map(Map.Entry::getValue).map(FieldDecorations::shown).filter(Objects::nonNull)
					.findFirst().orElse(null);
			int cut = Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf('['));
			prefix = cut < 0 ? "" : prefix.substring(0, cut);
		}
		return control;
	}

	/**
	 * The feature of {@code subject} that {@code field} names: a feature name ({@code cik}) or, as in the
	 * validator's findings, the field's path from the filing ({@code registrant.cik}); null when it names none.
	 */
	public static EStructuralFeature featureNamed(EObject subject, String field) {
		if (field == null || field.isEmpty()) {
			return null;
		}
		String name = field.substring(field.lastIndexOf('.') + 1);
		int index = name.indexOf('[');
		if (index >= 0) {
			name = name.substring(0, index);
		}
		return subject.eClass().getEStructuralFeature(name);
	}

	/** The control unless it is hidden (the button that adds a part that exists) or gone. */
	private static Control shown(Control control) {
		return control == null || control.isDisposed() || !control.getVisible() ? null : control;
	}

	/** The decoration beside {@code path}'s control (for tests and the findings view), or null. */
	public ControlDecoration decoration(String path) {
		Control control = controls.get(path);
		return control == null ? null : decorations.get(control);
	}

	/** Records what the binding of {@code control} refused (null when its value was accepted). */
	public void bindingStatus(Control control, IStatus status) {
		if (control.isDisposed()) {
			return;
		}
		if (status == null || status.isOK()) {
			refused.remove(control);
		} else {
			refused.put(control, status.getMessage());
		}
		update(control);
	}

	/** Shows the validator's findings at their fields; a finding with no field of its own goes to its part. */
	public void showFindings(List<Finding> findings) {
		Map<Control, List<Finding>> byControl = new HashMap<>();
		for (Finding finding : findings) {
			EObject subject = finding.getSubject();
			if (subject == null) {
				continue;
			}
			EStructuralFeature feature = featureNamed(subject, finding.getField());
			Control control = controlFor(subject, feature);
			if (control != null) {
				byControl.computeIfAbsent(control, key -> new ArrayList<>()).add(finding);
			}
		}
		List<Control> touched = new ArrayList<>(found.keySet());
		touched.addAll(byControl.keySet());
		found.clear();
		found.putAll(byControl);
		for (Control control : touched) {
			update(control);
		}
	}

	private void update(Control control) {
		if (control.isDisposed()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		Severity worst = null;
		String refusal = refused.get(control);
		if (refusal != null) {
			text.append(refusal);
			worst = Severity.ERROR;
		}
		for (Finding finding : found.getOrDefault(control, List.of())) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(finding.getMessage());
			if (worst == null || finding.getSeverity().getValue() > worst.getValue()) {
				worst = finding.getSeverity();
			}
		}
		ControlDecoration decoration = decorations.get(control);
		if (worst == null) {
			if (decoration != null) {
				decoration.hide();
				decoration.setDescriptionText(null);
			}
			return;
		}
		if (decoration == null) {
			decoration = decorate(control);
		}
		decoration.setImage(image(worst));
		decoration.setDescriptionText(text.toString());
		decoration.show();
	}

	/**
	 * The decoration beside {@code control}, made now (hidden) rather than at its first mark, for a page that leaves
	 * room for it; it is also the control's data {@code "decoration"}.
	 */
	public ControlDecoration decorate(Control control) {
		ControlDecoration decoration = decorations.get(control);
		if (decoration == null) {
			decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
			decoration.setMarginWidth(2);
			decoration.hide();
			decorations.put(control, decoration);
			control.setData("decoration", decoration);
		}
		return decoration;
	}

	private static Image image(Severity severity) {
		String id = switch (severity) {
			case ERROR -> FieldDecorationRegistry.DEC_ERROR;
			case WARNING -> FieldDecorationRegistry.DEC_WARNING;
			case INFO -> FieldDecorationRegistry.DEC_INFORMATION;
		};
		return FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
	}
}
