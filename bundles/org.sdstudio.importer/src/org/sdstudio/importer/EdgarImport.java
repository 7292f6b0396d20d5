package org.sdstudio.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sdstudio.importer.internal.FormSdReader;
import org.sdstudio.importer.internal.HtmlFlattener;
import org.sdstudio.importer.internal.PageFurniture;
import org.sdstudio.importer.internal.Piece;
import org.sdstudio.importer.internal.ReportReader;
import org.sdstudio.importer.internal.SourceDocuments;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Severity;
import org.sdstudio.model.templates.FilingTemplates;

/**
 * Last year's filing from its EDGAR HTML, as any filing agent wrote it: the Form SD document and its Exhibit 1.01
 * ({@code .htm}), the submission text file EDGAR serves (its {@code <DOCUMENT>} blocks), or a folder holding them.
 * Parsed with jsoup, as a browser reads HTML 3.2/4.01 (unclosed elements, unquoted attributes, upper-case tags).
 * Reads files only; the caller saves the filing.
 */
public final class EdgarImport {

	private EdgarImport() {
	}

	/** Reads the filing in these files or folders. */
	public static ImportResult read(List<Path> inputs) throws ImportException {
		SourceDocuments sources = SourceDocuments.read(inputs);
		SourceDocuments.Document formSd = null;
		SourceDocuments.Document exhibit = null;
		Document formSdHtml = null;
		Document exhibitHtml = null;
		List<ImportFinding> findings = new ArrayList<>();
		for (SourceDocuments.Document doc : sources.documents()) {
			Document html = Jsoup.parse(doc.html());
			String type = doc.type() != null ? doc.type() : classify(html);
			if (type == null) {
				continue;
			}
			if ((type.equals("SD") || type.equals("SD/A")) && formSd == null) {
				formSd = doc;
				formSdHtml = html;
			} else if (type.equals("EX-1.01") && exhibit == null) {
				exhibit = doc;
				exhibitHtml = html;
			} else {
				findings.add(new ImportFinding(Severity.INFO, doc.name(), "not imported (" + type + ")"));
			}
		}
		String given = inputs.size() == 1 ? inputs.get(0).toString() : inputs.toString();
		if (formSd == null) {
			if (exhibit != null) {
				throw new ImportException(exhibit.name() + ": an Exhibit 1.01 without its Form SD; give the Form SD"
						+ " document too (or the submission text file, or the folder holding both)");
			}
			throw new ImportException(given + ": not a Form SD (no \"FORM SD\" cover page and no Conflict Minerals Report found)");
		}
		Filing filing = FilingTemplates.blank("", LocalDate.now().getYear() - 1);
		filing.getRules().clear();
		filing.getRegistrant().setName(null);
		filing.getSignature().setRegistrantName(null);
		if (formSd.type() != null && formSd.type().equals("SD/A")) {
			filing.setFormType(org.sdstudio.model.FormType.SD_A);
		}
		Element facts = formSdHtml.getElementById("dei-entity-cik");
		if (facts != null) {
			filing.getRegistrant().setCik(facts.text().trim());
		} else if (sources.header().cik() != null) {
			filing.getRegistrant().setCik(sources.header().cik());
		}
		List<Piece> formSdPieces = HtmlFlattener.flatten(formSdHtml.body());
		List<Piece> exhibitPieces = exhibit != null ? HtmlFlattener.flatten(exhibitHtml.body()) : List.of();
		PageFurniture furniture = new PageFurniture(formSdPieces, exhibitPieces);
		new FormSdReader(filing, formSd.name(), findings).read(furniture.strip(formSdPieces));
		if (exhibit != null) {
			new ReportReader(filing.getReport(), exhibit.name(), findings).read(furniture.strip(exhibitPieces));
		} else {
			findings.add(new ImportFinding(Severity.WARNING, formSd.name(),
					"no Exhibit 1.01 (Conflict Minerals Report) among the files: the report keeps the blank template's sections"));
		}
		String name = filing.getRegistrant().getName();
		if (name != null && filing.getSubmission() != null) {
			filing.getSubmission().setFileNamePrefix(FilingTemplates.prefixFor(name));
		}
		if (filing.getFormType() == org.sdstudio.model.FormType.SD_A && filing.getAmendmentExplanation() == null) {
			findings.add(new ImportFinding(Severity.INFO, formSd.name(), "an amendment (SD/A): give its explanation on the Cover page"));
		}
		List<String> names = new ArrayList<>();
		names.add(formSd.name());
		if (exhibit != null) {
			names.add(exhibit.name());
		}
		return new ImportResult(filing, findings, names, furniture.dropped());
	}

	/** "SD" for a Form SD document, "EX-1.01" for a Conflict Minerals Report, null for anything else. */
	static String classify(Document html) {
		String text = html.body() == null ? "" : html.body().text().toUpperCase(Locale.ROOT).replace('\u00a0', ' ');
		String head = text.length() > 4000 ? text.substring(0, 4000) : text;
		int sdr = head.indexOf("SPECIALIZED DISCLOSURE REPORT");
		int cmr = head.indexOf("CONFLICT MINERALS REPORT");
		if (cmr >= 0 && (sdr < 0 || cmr < sdr)) {
			return "EX-1.01"; // the exhibit names the Form SD only after its own title
		}
		if (sdr >= 0 && head.substring(0, sdr).matches("(?s).*\\bFORM\\s+SD(/A)?\\b.*")) {
			return head.substring(0, sdr).matches("(?s).*\\bFORM\\s+SD/A\\b.*") ? "SD/A" : "SD";
		}
		return null;
	}
}
