package org.sdstudio.edgar.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.sdstudio.edgar.internal.submission.EdgarSubmissionDocument;
import org.sdstudio.edgar.internal.submission.EdgarSubmissionType;
import org.sdstudio.edgar.internal.submission.FilerType;
import org.sdstudio.edgar.internal.submission.LiveTestFlagType;
import org.sdstudio.edgar.internal.submission.Rule13P1ItemPeriodType;
import org.sdstudio.edgar.internal.submission.Rule13P1ItemType;
import org.sdstudio.edgar.internal.submission.Rule13P1Type;
import org.sdstudio.edgar.internal.submission.Rule13Q1ItemType;
import org.sdstudio.edgar.internal.submission.Rule13Q1Type;
import org.sdstudio.edgar.internal.submission.Rule13Type;
import org.sdstudio.edgar.internal.submission.SubmissionTypeType;
import org.sdstudio.edgar.internal.submission.YOrNType;
import org.sdstudio.edgar.internal.submission.common.ConformedDocumentTypeType;
import org.sdstudio.edgar.internal.submission.common.ContactType;
import org.sdstudio.edgar.internal.submission.common.DocumentType;
import org.sdstudio.edgar.internal.submission.common.DocumentsType;
import org.sdstudio.edgar.internal.submission.common.NotificationsType;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.FormType;
import org.sdstudio.model.LiveTest;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.SubmissionData;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * {@code submission.xml} in EDGAR's structure for Form SD ({@code schema/edgar-sd-submission.xsd}: root
 * {@code edgarSubmission} in {@value #SDFILER}, contact, notifications and documents in {@value #COMMON}, dates
 * MM-DD-YYYY), built through the XMLBeans binding generated at build time and validated twice: by XMLBeans before it
 * is written, and by the JDK's schema validator on the bytes written.
 * <p>
 * The CCC is given for one export and lives only in the {@link Header} of that export. Without it the file is
 * written without {@code filerCcc} and says so in a comment at that place: it then does not satisfy EDGAR's schema
 * in exactly that one respect (and {@link SubmissionCheck} reports it); no value is ever made up.
 */
public final class SubmissionXml {

	public static final String FILE_NAME = "submission.xml";
	public static final String SDFILER = "http://www.sec.gov/edgar/sdfiler";
	public static final String COMMON = "http://www.sec.gov/edgar/common";

	/** What the file says where the CCC was not given (an XML comment: no double hyphen in it). */
	public static final String NO_CCC_COMMENT = "filerCcc: NOT GIVEN. EDGAR requires the filer's CCC here. SD Studio "
			+ "never stores it: export again and give it (the studio's export wizard asks for it; sdstudio export "
			+ "reads it with its option ccc-file FILE, or ccc with a dash for standard input).";

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

	/**
	 * A filer or co-registrant: CIK, CCC (null when not given) and Commission File Number (null when none).
	 * {@link #toString()} never shows the CCC.
	 */
	public record Filer(String cik, String ccc, String fileNumber) {
		@Override
		public String toString() {
			return "Filer[cik=" + cik + ", ccc=" + (ccc == null ? "not given" : "(given)") + ", fileNumber="
					+ fileNumber + "]";
		}
	}

	/**
	 * The header data of one submission.
	 *
	 * @param rule13p1Items the Rule 13p-1 items answered (1.01, 1.02), empty when the rule is not chosen
	 * @param rule13q1Period the fiscal year end for Rule 13q-1 (Item 2.01), null when the rule is not chosen
	 */
	public record Header(boolean live, String contactName, String contactPhone, String submissionType,
			String accessionNumber, Filer filer, List<Filer> coregistrants, List<String> rule13p1Items,
			LocalDate rule13p1Period, LocalDate rule13q1Period, List<String> notificationAddresses) {

		/** Does any filer lack its CCC? */
		public boolean lacksCcc() {
			return filer.ccc() == null || coregistrants.stream().anyMatch(c -> c.ccc() == null);
		}
	}

	private SubmissionXml() {
	}

	/**
	 * The header of a filing's submission, with the CCC given for this export (null: not given). The filing model
	 * holds no co-registrants and no accession number (of the filing an SD/A amends), so neither is written.
	 */
	public static Header header(Filing filing, String ccc) {
		SubmissionData data = filing.getSubmission();
		String fileNumber = strip(filing.getRegistrant().getCommissionFileNumber());
		Filer filer = new Filer(strip(filing.getRegistrant().getCik()), ccc == null || ccc.isEmpty() ? null : ccc,
				fileNumber != null && fileNumber.matches("\\d{1,3}-\\d{1,8}(-[a-zA-Z0-9]{1,4})?") ? fileNumber : null);
		Set<String> items = new LinkedHashSet<>();
		LocalDate p1Period = null;
		LocalDate q1Period = null;
		for (RuleSelection selection : filing.getRules()) {
			if (selection.getRule() == DisclosureRule.RULE_13P_1) {
				p1Period = selection.getPeriodEnd() != null ? selection.getPeriodEnd()
						: LocalDate.of(filing.getReportingYear(), 12, 31);
				for (FormSection section : filing.getFormSections()) {
					for (FormItem item : section.getItems()) {
						String number = strip(item.getNumber());
						if ("1.01".equals(number) || "1.02".equals(number)) {
							items.add(number);
						}
					}
				}
			} else if (selection.getRule() == DisclosureRule.RULE_13Q_1) {
				q1Period = selection.getPeriodEnd() != null ? selection.getPeriodEnd()
						: LocalDate.of(filing.getReportingYear(), 12, 31);
			}
		}
		List<String> notifications = data == null ? List.of()
				: data.getNotificationEmails().stream().map(SubmissionXml::strip).filter(s -> s != null).toList();
		return new Header(data != null && data.getLiveTest() == LiveTest.LIVE,
				data == null ? null : strip(data.getContactName()), data == null ? null : strip(data.getContactPhone()),
				filing.getFormType() == FormType.SD_A ? "SD/A" : "SD", null, filer, List.of(), List.copyOf(items),
				p1Period, q1Period, notifications);
	}

	/**
	 * The submission XML of the header and documents.
	 *
	 * @throws IOException with a one-line message when the result does not match the schema
	 */
	public static byte[] write(Header header, List<Entry> documents, Schema schema) throws IOException {
		// XMLBeans finds type systems through the context class loader: make it this bundle's in OSGi
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(SubmissionXml.class.getClassLoader());
		try {
			EdgarSubmissionDocument document = build(header, documents);
			List<XmlError> errors = new ArrayList<>();
			document.validate(new XmlOptions().setErrorListener(errors));
			List<String> problems = errors.stream().map(XmlError::getMessage).filter(m -> !isMissingCcc(m)).toList();
			if (!problems.isEmpty()) {
				throw new IOException(FILE_NAME + " would not match EDGAR's SD schema: " + describe(problems));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, new XmlOptions().setSavePrettyPrint().setSavePrettyPrintIndent(2)
					.setCharacterEncoding("UTF-8").setUseDefaultNamespace().setSaveAggressiveNamespaces()
					.setSaveSuggestedPrefixes(Map.of(COMMON, "com")));
			byte[] bytes = out.toByteArray();
			List<SAXParseException> invalid = validate(bytes, schema).stream()
					.filter(e -> !isMissingCcc(e.getMessage())).toList();
			if (!invalid.isEmpty()) {
				throw new IOException(FILE_NAME + " does not match EDGAR's SD schema: " + invalid.get(0).getMessage());
			}
			return bytes;
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** Is this schema complaint the one a missing CCC causes? */
	public static boolean isMissingCcc(String message) {
		return message != null && message.contains("filerCcc");
	}

	/** Validates submission XML against the schema: every complaint, in order (none: valid). */
	public static List<SAXParseException> validate(byte[] xml, Schema schema) throws IOException {
		List<SAXParseException> errors = new ArrayList<>();
		Validator validator = schema.newValidator();
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				// not a breach
			}

			@Override
			public void error(SAXParseException e) {
				errors.add(e);
			}

			@Override
			public void fatalError(SAXParseException e) throws SAXException {
				errors.add(e);
				throw e;
			}
		});
		try {
			validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		} catch (SAXParseException e) {
			// recorded by fatalError
		} catch (SAXException e) {
			throw new IOException(FILE_NAME + " cannot be read: " + e.getMessage(), e);
		}
		return errors;
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

	/** EDGAR's date form: MM-DD-YYYY. */
	public static String date(LocalDate date) {
		return String.format("%02d-%02d-%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
	}

	/** A telephone number as EDGAR takes it: letters, digits and hyphens ({@code (858) 555-0100} -> 858-555-0100). */
	public static String phone(String phone) {
		return phone.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	private static EdgarSubmissionDocument build(Header header, List<Entry> entries) throws IOException {
		List<Filer> filers = new ArrayList<>(header.coregistrants());
		filers.add(0, header.filer());
		for (Filer filer : filers) {
			// checked here so that no schema message ever quotes the CCC
			if (filer.ccc() != null && filer.ccc().length() != 8) {
				throw new IOException("the CCC of filer " + filer.cik() + " must have 8 characters (it has "
						+ filer.ccc().length() + ")");
			}
		}
		EdgarSubmissionDocument document = EdgarSubmissionDocument.Factory.newInstance();
		EdgarSubmissionType submission = document.addNewEdgarSubmission();
		submission.setLiveTestFlag(header.live() ? LiveTestFlagType.LIVE : LiveTestFlagType.TEST);
		if (header.contactName() != null || header.contactPhone() != null) {
			ContactType contact = submission.addNewContact();
			if (header.contactName() != null) {
				contact.setName(header.contactName());
			}
			if (header.contactPhone() != null) {
				String phone = phone(header.contactPhone());
				if (phone.isEmpty() || phone.length() > 20) {
					throw new IOException("submission data: the contact phone '" + header.contactPhone()
							+ "' must come to 1 to 20 letters, digits and hyphens for EDGAR (it gives '" + phone + "')");
				}
				contact.setPhoneNumber(phone);
			}
		}
		submission.setSubmissionType(SubmissionTypeType.Enum.forString(header.submissionType()));
		if (header.accessionNumber() != null) {
			submission.setAccessionNumber(header.accessionNumber());
		}
		filer(submission.addNewFiler(), header.filer());
		if (!header.coregistrants().isEmpty()) {
			var coregs = submission.addNewCoregs();
			for (Filer coregistrant : header.coregistrants()) {
				filer(coregs.addNewFiler(), coregistrant);
			}
		}
		Rule13Type rule13 = submission.addNewRule13();
		if (!header.rule13p1Items().isEmpty()) {
			Rule13P1Type p1 = rule13.addNewRule13P1();
			for (String item : header.rule13p1Items()) {
				Rule13P1ItemPeriodType itemPeriod = p1.addNewRule13P1ItemPeriod();
				itemPeriod.setRule13P1Item(Rule13P1ItemType.Enum.forString(item));
				itemPeriod.setPeriod(date(header.rule13p1Period()));
			}
		}
		if (header.rule13q1Period() != null) {
			Rule13Q1Type q1 = rule13.addNewRule13Q1();
			q1.setRule13Q1Item(Rule13Q1ItemType.X_2_01);
			q1.setPeriod(date(header.rule13q1Period()));
			// filing under Rule 13q-1 (Item 2.01) is what a resource extraction issuer does
			q1.setResourceExtIssuer(YOrNType.Y);
		}
		if (!header.notificationAddresses().isEmpty()) {
			NotificationsType notifications = submission.addNewNotifications();
			header.notificationAddresses().forEach(notifications::addInternetNotificationAddress);
		}
		DocumentsType documents = submission.addNewDocuments();
		for (Entry entry : entries) {
			DocumentType doc = documents.addNewDocument();
			doc.setConformedName(entry.fileName());
			doc.setConformedDocumentType(ConformedDocumentTypeType.Enum.forString(entry.documentType()));
			if (entry.description() != null && !entry.description().isBlank()) {
				doc.setDescription(entry.description());
			}
			doc.setContents(entry.contents());
		}
		return document;
	}

	private static void filer(FilerType element, Filer filer) {
		element.setFilerId(filer.cik());
		if (filer.ccc() != null) {
			element.setFilerCcc(filer.ccc());
		}
		if (filer.fileNumber() != null) {
			element.setFileNumber(filer.fileNumber());
		}
		if (filer.ccc() == null) {
			// where filerCcc belongs (after filerId), the file says that it lacks it
			try (XmlCursor cursor = element.newCursor()) {
				cursor.toChild(SDFILER, "filerId");
				cursor.toEndToken();
				cursor.toNextToken();
				cursor.insertComment(NO_CCC_COMMENT);
			}
		}
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String describe(List<String> problems) {
		return problems.stream().limit(3).collect(Collectors.joining("; "));
	}
}
