package org.sdstudio.edgar.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.sdstudio.edgar.HtmlRule;
import org.sdstudio.edgar.HtmlViolation;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a {@code submission.xml} of a package: EDGAR's SD structure (the schema), the filer's CCC (reported on its
 * own, since SD Studio writes the file without one when none was given), and that each document it carries is the
 * file of the same name in the package.
 */
public final class SubmissionCheck {

	public static final String FILE_NAME = SubmissionXml.FILE_NAME;

	private SubmissionCheck() {
	}

	/**
	 * @param members the package's files by name, to compare the documents carried with
	 */
	public static List<HtmlViolation> check(String fileName, byte[] bytes, Map<String, Path> members)
			throws IOException {
		List<HtmlViolation> violations = new ArrayList<>();
		List<SAXParseException> errors = SubmissionXml.validate(bytes, SubmissionSchema.get());
		boolean cccReported = false;
		for (SAXParseException e : errors) {
			int line = Math.max(1, e.getLineNumber());
			int column = Math.max(1, e.getColumnNumber());
			if (SubmissionXml.isMissingCcc(e.getMessage())) {
				if (!cccReported) {
					violations.add(new HtmlViolation(fileName, line, column, HtmlRule.SUBMISSION,
							"no filerCcc: EDGAR requires the filer's CCC; export again and give it (SD Studio never "
									+ "stores it)"));
					cccReported = true;
				}
			} else {
				violations.add(new HtmlViolation(fileName, line, column, HtmlRule.SUBMISSION,
						"does not match EDGAR's SD submission schema: " + e.getMessage()));
			}
		}
		if (errors.stream().anyMatch(e -> e.getMessage() != null && e.getMessage().contains("not well-formed"))
				|| bytes.length == 0) {
			return violations;
		}
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			NodeList documents = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes))
					.getElementsByTagNameNS(SubmissionXml.COMMON, "document");
			for (int i = 0; i < documents.getLength(); i++) {
				Element document = (Element) documents.item(i);
				String name = text(document, "conformedName");
				String contents = text(document, "contents");
				Path file = name == null ? null : members.get(name);
				if (file == null || contents == null) {
					continue;
				}
				byte[] carried;
				try {
					carried = Base64.getMimeDecoder().decode(contents.strip());
				} catch (IllegalArgumentException e) {
					violations.add(new HtmlViolation(fileName, 1, 1, HtmlRule.SUBMISSION,
							"the contents of " + name + " are not base64"));
					continue;
				}
				if (!Arrays.equals(carried, Files.readAllBytes(file))) {
					violations.add(new HtmlViolation(fileName, 1, 1, HtmlRule.SUBMISSION, "the contents of " + name
							+ " differ from the file " + name + " of the package"));
				}
			}
		} catch (SAXException | ParserConfigurationException e) {
			// already reported by the schema validation
		}
		return violations;
	}

	private static String text(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(SubmissionXml.COMMON, name);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}
}
