package org.sdstudio.edgar.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;

import org.apache.xmlbeans.XmlDate;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.sdstudio.edgar.internal.submission.Contact;
import org.sdstudio.edgar.internal.submission.Document;
import org.sdstudio.edgar.internal.submission.DocumentType;
import org.sdstudio.edgar.internal.submission.EdgarSubmission;
import org.sdstudio.edgar.internal.submission.EdgarSubmissionDocument;
import org.sdstudio.edgar.internal.submission.FilerInfo;
import org.sdstudio.edgar.internal.submission.HeaderData;
import org.sdstudio.edgar.internal.submission.ItemNumber;
import org.sdstudio.edgar.internal.submission.LiveTestFlag;
import org.sdstudio.edgar.internal.submission.Notifications;
import org.sdstudio.edgar.internal.submission.Rule;
import org.sdstudio.edgar.internal.submission.RuleItem;
import org.sdstudio.edgar.internal.submission.RuleName;
import org.sdstudio.edgar.internal.submission.SubmissionType;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.LiveTest;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.SubmissionData;
import org.xml.sax.SAXException;

/**
 * {@code submission.xml}, built through the XMLBeans binding of {@code schema/edgar-submission.xsd} (generated at
 * build time) and validated twice: by XMLBeans before it is written, and by the JDK's schema validator on the bytes
 * written. The schema is modelled on EDGAR's XML submissions (see its header); the CCC is never part of it.
 */
public final class SubmissionXml {

	public static final String FILE_NAME = "submission.xml";

	static {
		// XMLBeans logs through log4j-api, which without a logging backend prints an error about that on first use:
		// give it log4j-api's own simple logger unless the application chose one
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory",
					"org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
	}

	/** One document of the package. */
	public record Entry(String fileName, String documentType, String description, byte[] contents) {
	}

	private SubmissionXml() {
	}

	/**
	 * The submission XML of the filing and its documents.
	 *
	 * @throws IOException with a one-line message when the result does not match the schema
	 */
	public static byte[] write(Filing filing, List<Entry> documents, Schema schema) throws IOException {
		// XMLBeans finds type systems through the context class loader: make it this bundle's in OSGi
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(SubmissionXml.class.getClassLoader());
		try {
			EdgarSubmissionDocument document = build(filing, documents);
			List<XmlError> errors = new ArrayList<>();
			if (!document.validate(new XmlOptions().setErrorListener(errors))) {
				throw new IOException(FILE_NAME + " would not match its schema: " + describe(errors));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, new XmlOptions().setSavePrettyPrint().setSavePrettyPrintIndent(2)
					.setCharacterEncoding("UTF-8").setUseDefaultNamespace());
			byte[] bytes = out.toByteArray();
			validate(bytes, schema);
			return bytes;
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** Validates written submission XML against the schema. */
	public static void validate(byte[] xml, Schema schema) throws IOException {
		try {
			schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
		} catch (SAXException e) {
			throw new IOException(FILE_NAME + " does not match its schema: " + e.getMessage(), e);
		}
	}

	/** Reads submission XML back through the binding (for checks of a written package). */
	public static EdgarSubmissionDocument parse(byte[] xml) throws IOException {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(SubmissionXml.class.getClassLoader());
		try {
			return EdgarSubmissionDocument.Factory.parse(new ByteArrayInputStream(xml));
		} catch (XmlException e) {
			throw new IOException(FILE_NAME + " cannot be read: " + e.getMessage(), e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static EdgarSubmissionDocument build(Filing filing, List<Entry> documents) {
		EdgarSubmissionDocument document = EdgarSubmissionDocument.Factory.newInstance();
		EdgarSubmission submission = document.addNewEdgarSubmission();
		HeaderData header = submission.addNewHeaderData();
		header.setSubmissionType(SubmissionType.Enum.forString(filing.getFormType().getLiteral()));

		SubmissionData data = filing.getSubmission();
		FilerInfo filer = header.addNewFilerInfo();
		filer.setLiveTestFlag(data != null && data.getLiveTest() == LiveTest.LIVE ? LiveTestFlag.LIVE : LiveTestFlag.TEST);
		filer.addNewFiler().addNewFilerCredentials().setCik(filing.getRegistrant().getCik().strip());
		filer.xsetPeriodOfReport(date(periodOfReport(filing)));
		if (data != null) {
			if (present(data.getContactName()) || present(data.getContactPhone()) || present(data.getContactEmail())) {
				Contact contact = filer.addNewContact();
				if (present(data.getContactName())) {
					contact.setContactName(data.getContactName().strip());
				}
				if (present(data.getContactPhone())) {
					contact.setContactPhoneNumber(data.getContactPhone().strip());
				}
				if (present(data.getContactEmail())) {
					contact.setContactEmailAddress(data.getContactEmail().strip());
				}
			}
			List<String> emails = data.getNotificationEmails().stream().filter(SubmissionXml::present)
					.map(String::strip).toList();
			if (!emails.isEmpty()) {
				Notifications notifications = filer.addNewNotifications();
				emails.forEach(notifications::addNotificationEmailAddress);
			}
		}

		for (RuleSelection selection : filing.getRules()) {
			Rule rule = header.addNewRule();
			rule.setRuleName(RuleName.Enum.forString(selection.getRule().getLiteral()));
			String itemPrefix = selection.getRule() == DisclosureRule.RULE_13P_1 ? "1." : "2.";
			LocalDate period = selection.getPeriodEnd() != null ? selection.getPeriodEnd() : periodOfReport(filing);
			for (FormSection section : filing.getFormSections()) {
				for (FormItem item : section.getItems()) {
					ItemNumber.Enum number = item.getNumber() == null ? null
							: ItemNumber.Enum.forString(item.getNumber().strip());
					if (number != null && item.getNumber().strip().startsWith(itemPrefix)) {
						RuleItem ruleItem = rule.addNewItem();
						ruleItem.setItemNumber(number);
						ruleItem.xsetItemPeriod(date(period));
					}
				}
			}
		}

		for (Entry entry : documents) {
			Document doc = submission.getDocuments() == null ? submission.addNewDocuments().addNewDocument()
					: submission.getDocuments().addNewDocument();
			doc.setConformedName(entry.fileName());
			doc.setConformedDocumentType(DocumentType.Enum.forString(entry.documentType()));
			doc.setDescription(entry.description());
			doc.setContents(entry.contents());
		}
		return document;
	}

	private static LocalDate periodOfReport(Filing filing) {
		return filing.getRules().stream().filter(r -> r.getRule() == DisclosureRule.RULE_13P_1)
				.map(RuleSelection::getPeriodEnd).filter(d -> d != null).findFirst()
				.orElse(LocalDate.of(filing.getReportingYear(), 12, 31));
	}

	private static XmlDate date(LocalDate date) {
		XmlDate value = XmlDate.Factory.newInstance();
		value.setStringValue(date.toString());
		return value;
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}

	private static String describe(List<XmlError> errors) {
		return errors.stream().limit(3).map(XmlError::getMessage).collect(Collectors.joining("; "));
	}
}
