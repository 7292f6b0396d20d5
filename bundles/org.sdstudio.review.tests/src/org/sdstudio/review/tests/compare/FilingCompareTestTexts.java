package org.sdstudio.review.tests.compare;

import org.sdstudio.model.Filing;
import org.sdstudio.model.templates.FilingTemplates;
import org.sdstudio.model.text.StructuredTexts;

/** Two small filings that differ in one word of Item 1.01. */
final class FilingCompareTestTexts {

	private FilingCompareTestTexts() {
	}

	static Filing before() {
		Filing f = FilingTemplates.blank("Acme Devices, Inc.", 2025);
		f.getFormSections().get(0).getItems().get(0).setBody(StructuredTexts.paragraphs("We filed the report."));
		return f;
	}

	static Filing after() {
		Filing f = FilingTemplates.blank("Acme Devices, Inc.", 2025);
		f.getFormSections().get(0).getItems().get(0).setBody(StructuredTexts.paragraphs("We submitted the report."));
		return f;
	}
}
