package org.sdstudio.review.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.io.FilingResource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What SD Studio sent for review in a Word document, kept inside the document as a custom XML part: for each part
 * its id, the bookmark around it in the document and the exact text it was sent with (as filing XML), so the
 * returned document can be compared with what counsel received even when the filing has moved on since.
 */
public record SentRecord(String filingName, String sentBy, Instant sentAt, List<SentPart> parts) {

	/** The namespace of the custom XML part's root element. */
	public static final String NAMESPACE = "urn:sdstudio:review-docx:1";

	/**
	 * One part as sent.
	 *
	 * @param id the part id ({@code report/...}, {@code item-1.01}, {@code annex-a})
	 * @param bookmark the Word bookmark around the part's text
	 * @param label what a reader calls the part
	 * @param text the text it was sent with (for Annex A the table of its rows)
	 */
	public record SentPart(String id, String bookmark, String label, StructuredText text) {
	}

	public Optional<SentPart> part(String id) {
		return parts.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	public Optional<SentPart> byBookmark(String bookmark) {
		return parts.stream().filter(p -> p.bookmark().equals(bookmark)).findFirst();
	}

	/** The bookmark name for the n-th part sent (1-based): a valid Word bookmark name. */
	public static String bookmark(int n) {
		return "SDStudio_part_" + n;
	}

	/** The custom XML part's bytes. */
	public byte[] toXml() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			w.writeStartDocument("UTF-8", "1.0");
			w.writeStartElement("sdstudio-review");
			w.writeDefaultNamespace(NAMESPACE);
			w.writeAttribute("filing", nullToEmpty(filingName));
			w.writeAttribute("sent-by", nullToEmpty(sentBy));
			w.writeAttribute("sent-at", sentAt == null ? "" : sentAt.toString());
			for (SentPart p : parts) {
				w.writeStartElement("part");
				w.writeAttribute("id", p.id());
				w.writeAttribute("bookmark", p.bookmark());
				w.writeAttribute("label", nullToEmpty(p.label()));
				w.writeCharacters(textXml(p.text()));
				w.writeEndElement();
			}
			w.writeEndElement();
			w.writeEndDocument();
			w.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("writing the review record", e);
		}
		return out.toByteArray();
	}

	/**
	 * Reads a custom XML part; empty when its root is not SD Studio's review record (documents carry other custom
	 * XML parts too). A damaged record is an {@link IOException} naming what is wrong.
	 */
	public static Optional<SentRecord> parse(InputStream in) throws IOException {
		Element root;
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder b = f.newDocumentBuilder();
			root = b.parse(in).getDocumentElement();
		} catch (ParserConfigurationException | SAXException e) {
			return Optional.empty();
		}
		if (!NAMESPACE.equals(root.getNamespaceURI()) || !"sdstudio-review".equals(root.getLocalName())) {
			return Optional.empty();
		}
		Instant sentAt = null;
		try {
			String at = root.getAttribute("sent-at");
			sentAt = at.isBlank() ? null : Instant.parse(at);
		} catch (DateTimeParseException e) {
			throw new IOException("the review record's sent-at is not a date: " + root.getAttribute("sent-at"));
		}
		List<SentPart> parts = new ArrayList<>();
		NodeList children = root.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node n = children.item(i);
			if (n instanceof Element e && "part".equals(e.getLocalName())) {
				parts.add(new SentPart(e.getAttribute("id"), e.getAttribute("bookmark"), e.getAttribute("label"),
						readText(e.getTextContent(), e.getAttribute("id"))));
			}
		}
		return Optional.of(new SentRecord(root.getAttribute("filing"), root.getAttribute("sent-by"), sentAt,
				List.copyOf(parts)));
	}

	/** A structured text as filing XML (a copy is written; the text stays where it is). */
	static String textXml(StructuredText text) {
		FilingResource r = new FilingResource(URI.createURI("sent.xml"));
		r.getContents().add(text == null ? org.sdstudio.model.SdStudioFactory.eINSTANCE.createStructuredText()
				: EcoreUtil.copy(text));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			r.save(out, null);
		} catch (IOException e) {
			throw new IllegalStateException("writing a text to memory", e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static StructuredText readText(String xml, String part) throws IOException {
		FilingResource r = new FilingResource(URI.createURI("sent.xml"));
		try {
			r.load(new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException | RuntimeException e) {
			throw new IOException("the review record's text of " + part + " cannot be read: " + e.getMessage());
		}
		if (r.getContents().size() != 1 || !(r.getContents().get(0) instanceof StructuredText text)) {
			throw new IOException("the review record's text of " + part + " is not a text");
		}
		return text;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
