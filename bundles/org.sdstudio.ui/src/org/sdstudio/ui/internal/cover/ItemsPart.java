package org.sdstudio.ui.internal.cover;

import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.model.validation.FilingFindings;
import org.sdstudio.ui.internal.fields.Conversions;
import org.sdstudio.ui.internal.fields.FieldLimits;
import org.sdstudio.ui.internal.fields.FieldBinder;
import org.sdstudio.ui.internal.review.ReviewLabels;

/**
 * The cover page's items, section by section: each item's caption, whether it lists the exhibits, and its text,
 * edited here while it is one plain paragraph (richer text is shown, not edited, so no formatting is lost). Built
 * again when the sections, items or the shape of their text change.
 */
final class ItemsPart extends RebuiltPart {

	ItemsPart(CoverPage page, FormToolkit toolkit, FieldBinder fields, Composite parent) {
		super(page, toolkit, fields, parent);
	}

	@Override
	protected void fill() {
		for (FormSection section : page.getFiling().getFormSections()) {
			Label heading = toolkit.createLabel(area, "Section " + nonNull(section.getNumber()) + " \u2013 "
					+ nonNull(section.getTitle()));
			heading.setFont(JFaceResources.getBannerFont());
			heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			fields.decorations().register(FilingFindings.pathOf(section, null), heading);
			for (FormItem item : section.getItems()) {
				buildItem(item);
			}
		}
		if (page.getFiling().getFormSections().isEmpty()) {
			toolkit.createLabel(area, "This filing has no form sections yet.")
					.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		}
	}

	private void buildItem(FormItem item) {
		String path = FilingFindings.pathOf(item, null);
		toolkit.createLabel(area, "Item " + nonNull(item.getNumber()) + " caption:");
		Text caption = toolkit.createText(area, "", SWT.SINGLE);
		caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		fields.name(caption, path + ".caption");
		FieldLimits.apply(caption, Literals.FORM_ITEM__CAPTION);
		fields.bind(caption, EMFEditProperties.value(page.getEditingDomain(), Literals.FORM_ITEM__CAPTION).observe(item),
				Conversions.textToModel(), bindings);

		toolkit.createLabel(area, "");
		Button lists = toolkit.createButton(area, "Lists the exhibits",
				SWT.CHECK);
		lists.setData("name", "cover." + path + ".listsExhibits");
		bindings.bindValue(WidgetProperties.buttonSelection().observe(lists),
				EMFEditProperties.value(page.getEditingDomain(), Literals.FORM_ITEM__LISTS_EXHIBITS).observe(item));
		fields.decorations().register(path + ".listsExhibits", lists);

		toolkit.createLabel(area, "");
		ReviewLabels.track(toolkit.createLabel(area, ""), item, page.getFilingEditor()); // the item's review state

		Label bodyLabel = toolkit.createLabel(area, "Text:");
		bodyLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Run run = singlePlainRun(item.getBody());
		boolean editable = run != null || StructuredTexts.plainText(item.getBody()).isBlank();
		Text body = toolkit.createText(area, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL
				| (editable ? SWT.NONE : SWT.READ_ONLY));
		GridData bodyData = new GridData(SWT.FILL, SWT.TOP, true, false);
		bodyData.heightHint = 72;
		bodyData.widthHint = 200;
		body.setLayoutData(bodyData);
		fields.name(body, path + ".body");
		FieldLimits.apply(body, Literals.RUN__TEXT);
		if (run != null) {
			// one paragraph of one unformatted run: typing changes that run's text, nothing else
			FieldBinder.noLineBreaks(body);
			fields.bind(body, EMFEditProperties.value(page.getEditingDomain(), Literals.RUN__TEXT).observe(run),
					Conversions.textToModel(), bindings);
		} else if (editable) {
			// no text yet: the first words become the item's single paragraph
			FieldBinder.noLineBreaks(body);
			fields.typed(body).addValueChangeListener(event -> {
				String text = event.diff.getNewValue();
				if (text != null && !text.isBlank() && StructuredTexts.plainText(item.getBody()).isBlank()) {
					page.run(SetCommand.create(page.getEditingDomain(), item, Literals.FORM_ITEM__BODY,
							StructuredTexts.paragraphs(text)));
				}
			});
		} else {
			body.setText(StructuredTexts.plainText(item.getBody()).strip());
			body.setBackground(body.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
			toolkit.createLabel(area, "");
			Label note = toolkit.createLabel(area, "Shown without its formatting (paragraphs, headings, "
					+ "links): edit this text where formatted text is edited, so none of it is lost.", SWT.WRAP);
			GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false);
			noteData.widthHint = 300;
			note.setLayoutData(noteData);
			note.setData("name", "cover." + path + ".bodyNote");
			note.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		}
	}

	@Override
	protected String shape() {
		StringBuilder text = new StringBuilder();
		for (FormSection section : page.getFiling().getFormSections()) {
			text.append(System.identityHashCode(section)).append(section.getNumber()).append(section.getTitle())
					.append('{');
			for (FormItem item : section.getItems()) {
				Run run = singlePlainRun(item.getBody());
				text.append(System.identityHashCode(item)).append(item.getNumber()).append('/')
						.append(System.identityHashCode(item.getBody())).append('/')
						.append(run == null ? StructuredTexts.plainText(item.getBody()).hashCode()
								: System.identityHashCode(run))
						.append(';');
			}
			text.append('}');
		}
		return text.toString();
	}

	/** The run of a text that is one body paragraph of one unformatted run, or null for anything richer. */
	static Run singlePlainRun(StructuredText text) {
		if (text == null || text.getBlocks().size() != 1 || !(text.getBlocks().get(0) instanceof Paragraph p)) {
			return null;
		}
		if ((p.getStyle() != null && p.getStyle() != ParagraphStyle.BODY) || p.getRuns().size() != 1) {
			return null;
		}
		Run run = p.getRuns().get(0);
		return run.isBold() || run.isItalic() || run.isUnderline() || run.getLink() != null ? null : run;
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}
}
