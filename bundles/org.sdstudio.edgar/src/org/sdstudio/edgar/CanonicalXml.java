package org.sdstudio.edgar;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.sdstudio.model.Address;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.Block;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.ContactPerson;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.FormType;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.Registrant;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.Signature;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.TitleStyle;
import org.sdstudio.model.validation.FilingFormats;
import org.sdstudio.model.validation.FilingFindings;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The canonical filing XML ({@code schema/canonical-filing.xsd}): the filing as the EDGAR stylesheets read it. Written
 * from the model with StAX, validated against its schema before any stylesheet sees it.
 */
public final class CanonicalXml {

	public static final String NAMESPACE = "http://sdstudio.org/schema/canonical-filing/1.0";

	/** The id of Annex A in the documents: links in the text ({@code #annex-a}) point to it. */
	public static final String ANNEX_A_ID = "annex-a";

	private static final Pattern ANCHOR = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");

	private static volatile Schema schema;

	private CanonicalXml() {
	}

	/**
	 * Writes the filing's canonical XML.
	 *
	 * @param documents EDGAR document type to file name of each document of the package, in order
	 * @throws ExportException when a value cannot be written as XML (a control character, say), naming the field
	 */
	public static byte[] write(Filing filing, Map<String, String> documents, boolean draft, boolean pageBreaks)
			throws ExportException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
			new Writer(xml).filing(filing, documents, draft, pageBreaks);
			xml.close();
		} catch (XMLStreamException e) {
			throw new ExportException("the filing could not be written as XML (" + e.getMessage() + ")", e);
		}
		return bytes.toByteArray();
	}

	/** Validates canonical XML against its schema; the message gives line, column and the schema's complaint. */
	public static void validate(byte[] xml) throws ExportException {
		try {
			Validator validator = schema().newValidator();
			validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		} catch (SAXParseException e) {
			throw new ExportException("the canonical filing XML does not match its schema at line " + e.getLineNumber()
					+ ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
		} catch (SAXException | IOException e) {
			throw new ExportException("the canonical filing XML could not be validated: " + e.getMessage(), e);
		}
	}

	/** The compiled schema, once (a {@link Schema} is thread-safe). */
	static Schema schema() throws ExportException {
		Schema s = schema;
		if (s == null) {
			s = loadSchema("/schema/canonical-filing.xsd");
			schema = s;
		}
		return s;
	}

	static Schema loadSchema(String resource) throws ExportException {
		URL url = CanonicalXml.class.getResource(resource);
		if (url == null) {
			throw new ExportException(resource + " is missing from this build of SD Studio");
		}
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return factory.newSchema(url);
		} catch (SAXException e) {
			throw new ExportException(resource + " could not be loaded: " + e.getMessage(), e);
		}
	}

	/** The walk over the model; every value goes through {@link #attribute} or {@link #text}, which check it. */
	private static final class Writer {
		private final XMLStreamWriter xml;

		Writer(XMLStreamWriter xml) {
			this.xml = xml;
		}

		void filing(Filing filing, Map<String, String> documents, boolean draft, boolean pageBreaks)
				throws XMLStreamException, ExportException {
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "filing");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("formType", filing.getFormType().getLiteral());
			xml.writeAttribute("amendment", String.valueOf(filing.getFormType() == FormType.SD_A));
			if (filing.getFormType() == FormType.SD_A) {
				attribute(filing, Literals.FILING__AMENDMENT_EXPLANATION, "amendmentExplanation");
			}
			xml.writeAttribute("reportingYear", String.format("%04d", filing.getReportingYear()));
			xml.writeAttribute("draft", String.valueOf(draft));
			xml.writeAttribute("pageBreaks", String.valueOf(pageBreaks));

			start("documents");
			for (Map.Entry<String, String> document : documents.entrySet()) {
				start("document");
				xml.writeAttribute("type", document.getKey());
				xml.writeAttribute("fileName", document.getValue());
				xml.writeEndElement();
			}
			xml.writeEndElement();

			registrant(filing.getRegistrant());
			contact(filing.getContact());
			for (RuleSelection rule : filing.getRules()) {
				start("rule");
				xml.writeAttribute("name", rule.getRule().getLiteral());
				date("periodEnd", rule.getPeriodEnd());
				xml.writeEndElement();
			}
			for (FormSection section : filing.getFormSections()) {
				start("formSection");
				attribute(section, Literals.FORM_SECTION__NUMBER, "number");
				attribute(section, Literals.FORM_SECTION__TITLE, "title");
				for (FormItem item : section.getItems()) {
					start("item");
					attribute(item, Literals.FORM_ITEM__NUMBER, "number");
					attribute(item, Literals.FORM_ITEM__CAPTION, "caption");
					xml.writeAttribute("listsExhibits", String.valueOf(item.isListsExhibits()));
					body(item.getBody());
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			for (Exhibit exhibit : filing.getExhibits()) {
				start("exhibit");
				attribute(exhibit, Literals.EXHIBIT__NUMBER, "number");
				attribute(exhibit, Literals.EXHIBIT__DOCUMENT_TYPE, "documentType");
				attribute(exhibit, Literals.EXHIBIT__DESCRIPTION, "description");
				String fileName = exhibit.getDocumentType() == null ? null
						: documents.get(exhibit.getDocumentType().strip());
				if (fileName != null && filing.getReport() != null) {
					xml.writeAttribute("fileName", fileName);
				}
				xml.writeEndElement();
			}
			signature(filing.getSignature());
			report(filing.getReport());
			xml.writeEndElement();
			xml.writeEndDocument();
		}

		private void registrant(Registrant registrant) throws XMLStreamException, ExportException {
			start("registrant");
			if (registrant != null) {
				attribute(registrant, Literals.REGISTRANT__NAME, "name");
				attribute(registrant, Literals.REGISTRANT__CIK, "cik");
				attribute(registrant, Literals.REGISTRANT__STATE_OF_INCORPORATION, "stateOfIncorporation");
				attribute(registrant, Literals.REGISTRANT__COMMISSION_FILE_NUMBER, "commissionFileNumber");
				attribute(registrant, Literals.REGISTRANT__IRS_EMPLOYER_NUMBER, "irsEmployerNumber");
				Address address = registrant.getAddress();
				if (address != null) {
					start("address");
					attribute(address, Literals.ADDRESS__STREET, "street");
					attribute(address, Literals.ADDRESS__CITY, "city");
					attribute(address, Literals.ADDRESS__STATE, "state");
					attribute(address, Literals.ADDRESS__ZIP_CODE, "zipCode");
					if (!FilingFormats.isUnitedStates(address.getCountry())) {
						attribute(address, Literals.ADDRESS__COUNTRY, "country");
					}
					xml.writeEndElement();
				}
			}
			xml.writeEndElement();
		}

		private void contact(ContactPerson contact) throws XMLStreamException, ExportException {
			if (contact == null) {
				return;
			}
			start("contact");
			attribute(contact, Literals.CONTACT_PERSON__NAME, "name");
			attribute(contact, Literals.CONTACT_PERSON__TITLE, "title");
			attribute(contact, Literals.CONTACT_PERSON__PHONE, "phone");
			xml.writeEndElement();
		}

		private void signature(Signature signature) throws XMLStreamException, ExportException {
			if (signature == null) {
				return;
			}
			start("signature");
			attribute(signature, Literals.SIGNATURE__REGISTRANT_NAME, "registrantName");
			attribute(signature, Literals.SIGNATURE__SIGNER_NAME, "signerName");
			attribute(signature, Literals.SIGNATURE__SIGNER_TITLE, "signerTitle");
			date("date", signature.getDate());
			xml.writeEndElement();
		}

		private void report(ConflictMineralsReport report) throws XMLStreamException, ExportException {
			if (report == null) {
				return;
			}
			start("report");
			attribute(report, Literals.CONFLICT_MINERALS_REPORT__TITLE, "title");
			attribute(report, Literals.CONFLICT_MINERALS_REPORT__SUBTITLE, "subtitle");
			for (ReportSection section : report.getSections()) {
				section(section, 1);
			}
			AnnexA annex = report.getAnnexA();
			if (annex != null) {
				start("annexA");
				xml.writeAttribute("id", ANNEX_A_ID);
				attribute(annex, Literals.ANNEX_A__TITLE, "title");
				attribute(annex, Literals.ANNEX_A__CAPTION, "caption");
				date("rmiListDate", annex.getRmiListDate());
				for (SmelterEntry row : annex.getRows()) {
					if (row.isExcluded()) {
						continue; // excluded rows stay in the model with their reason, not in the report
					}
					start("row");
					if (row.isSetMetal()) {
						xml.writeAttribute("metal", row.getMetal().getLiteral());
					}
					attribute(row, Literals.SMELTER_ENTRY__FACILITY_NAME, "facility");
					attribute(row, Literals.SMELTER_ENTRY__COUNTRY, "country");
					if (row.isSetStatus()) {
						xml.writeAttribute("status", row.getStatus().getLiteral());
					}
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}

		private void section(ReportSection section, int level) throws XMLStreamException, ExportException {
			start("section");
			String id = section.getId() == null ? "" : section.getId().strip();
			if (!ANCHOR.matcher(id).matches() || id.equals(ANNEX_A_ID)) {
				throw new ExportException(field(section, Literals.REPORT_SECTION__ID) + ": section id '" + id
						+ "' cannot be an anchor in the documents; use a letter followed by letters, digits, '-', '_' "
						+ "or '.'" + (id.equals(ANNEX_A_ID) ? ", other than " + ANNEX_A_ID : ""));
			}
			xml.writeAttribute("id", id);
			xml.writeAttribute("kind", section.getKind().getLiteral());
			attribute(section, Literals.REPORT_SECTION__NUMBER, "number");
			attribute(section, Literals.REPORT_SECTION__TITLE, "title");
			xml.writeAttribute("titleStyle", section.getTitleStyle() == TitleStyle.RUN_IN ? "run-in" : "heading");
			xml.writeAttribute("pageBreakBefore", String.valueOf(section.isPageBreakBefore()));
			xml.writeAttribute("level", String.valueOf(level));
			body(section.getBody());
			for (ReportSection sub : section.getSubsections()) {
				section(sub, level + 1);
			}
			xml.writeEndElement();
		}

		private void body(StructuredText text) throws XMLStreamException, ExportException {
			start("body");
			if (text != null) {
				blocks(text.getBlocks());
			}
			xml.writeEndElement();
		}

		private void blocks(List<Block> blocks) throws XMLStreamException, ExportException {
			for (Block block : blocks) {
				if (block instanceof Paragraph paragraph) {
					start("p");
					xml.writeAttribute("style", paragraph.getStyle() == ParagraphStyle.SUBHEADING ? "subheading" : "body");
					runs(paragraph.getRuns());
					xml.writeEndElement();
				} else if (block instanceof ListBlock list) {
					start("list");
					xml.writeAttribute("style", list.getStyle().getLiteral());
					xml.writeAttribute("start", String.valueOf(list.getStart()));
					for (ListItem item : list.getItems()) {
						start("item");
						blocks(item.getBlocks());
						xml.writeEndElement();
					}
					xml.writeEndElement();
				} else if (block instanceof Table table) {
					start("table");
					attribute(table, Literals.TABLE__CAPTION, "caption");
					for (TableRow row : table.getRows()) {
						start("row");
						xml.writeAttribute("header", String.valueOf(row.isHeader()));
						for (TableCell cell : row.getCells()) {
							start("cell");
							runs(cell.getRuns());
							xml.writeEndElement();
						}
						xml.writeEndElement();
					}
					xml.writeEndElement();
				}
			}
		}

		private void runs(List<Run> runs) throws XMLStreamException, ExportException {
			for (Run run : runs) {
				if (run.getText() == null || run.getText().isEmpty()) {
					continue;
				}
				start("run");
				if (run.isBold()) {
					xml.writeAttribute("bold", "true");
				}
				if (run.isItalic()) {
					xml.writeAttribute("italic", "true");
				}
				if (run.isUnderline()) {
					xml.writeAttribute("underline", "true");
				}
				String link = run.getLink() == null ? "" : run.getLink().strip();
				if (link.startsWith("#") && ANCHOR.matcher(link.substring(1)).matches()) {
					xml.writeAttribute("target", link.substring(1));
				} else if (!link.isEmpty()) {
					xml.writeAttribute("address", checked(run, Literals.RUN__LINK, link));
				}
				xml.writeCharacters(checked(run, Literals.RUN__TEXT, run.getText()));
				xml.writeEndElement();
			}
		}

		private void start(String name) throws XMLStreamException {
			xml.writeStartElement(NAMESPACE, name);
		}

		/** The feature's value as an attribute, left out when empty (the schema wants no empty values). */
		private void attribute(EObject object, EStructuralFeature feature, String name)
				throws XMLStreamException, ExportException {
			Object value = object.eGet(feature);
			if (value == null) {
				return;
			}
			String text = value.toString().strip();
			if (!text.isEmpty()) {
				xml.writeAttribute(name, checked(object, feature, text.replace("\r\n", "\n")));
			}
		}

		private void date(String name, LocalDate date) throws XMLStreamException {
			if (date != null) {
				xml.writeAttribute(name, date.toString());
			}
		}

		/** XML 1.0 cannot carry most control characters: say which field has one instead of writing bad XML. */
		private static String checked(EObject object, EStructuralFeature feature, String text) throws ExportException {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				boolean ok = c >= 0x20 ? c != 0xfffe && c != 0xffff : c == '\t' || c == '\n' || c == '\r';
				if (ok && Character.isHighSurrogate(c)) {
					ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
					i++;
				} else if (ok && Character.isLowSurrogate(c)) {
					ok = false;
				}
				if (!ok) {
					throw new ExportException(field(object, feature) + ": contains the control character U+"
							+ String.format("%04X", (int) c) + " at position " + (i + 1)
							+ ", which no document can hold; remove it");
				}
			}
			return text;
		}

		private static String field(EObject object, EStructuralFeature feature) {
			String path = FilingFindings.pathOf(object, feature);
			return path.isEmpty() ? feature.getName() : path;
		}
	}
}
