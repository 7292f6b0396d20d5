package org.sdstudio.review.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.time.Instant;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.BuildingStreamWriter;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The HTML blackline: the comparison written as XML ({@link BlacklineXml}, built straight into a Saxon tree) and
 * turned into one self-contained HTML file by {@code xsl/blackline.xsl} (XSLT 3.0, Saxon-HE, compiled once).
 */
public final class BlacklineHtml {

	private static final Processor PROCESSOR = new Processor(false);
	private static volatile XsltExecutable stylesheet;

	private BlacklineHtml() {
	}

	/** The blackline as UTF-8 HTML; {@code showUnchanged} shows unchanged parts whole, not only their titles. */
	public static byte[] html(FilingComparison comparison, boolean showUnchanged, Instant generated)
			throws IOException {
		try {
			BuildingStreamWriter writer = PROCESSOR.newDocumentBuilder().newBuildingStreamWriter();
			BlacklineXml.write(comparison, generated, writer);
			XdmNode document = writer.getDocumentNode();
			Xslt30Transformer transformer = stylesheet().load30();
			transformer.setStylesheetParameters(
					java.util.Map.of(new QName("show-unchanged"), new XdmAtomicValue(showUnchanged)));
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			transformer.applyTemplates(document, transformer.newSerializer(out));
			return out.toByteArray();
		} catch (SaxonApiException | XMLStreamException e) {
			throw new IOException("The blackline could not be made: " + e.getMessage(), e);
		}
	}

	/** The XML form as text (for tests and for reading what the stylesheet gets). */
	public static String xml(FilingComparison comparison, Instant generated) {
		try {
			StringWriter text = new StringWriter();
			XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
			BlacklineXml.write(comparison, generated, writer);
			writer.close();
			return text.toString();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	private static XsltExecutable stylesheet() throws IOException {
		XsltExecutable s = stylesheet;
		if (s == null) {
			synchronized (BlacklineHtml.class) {
				s = stylesheet;
				if (s == null) {
					URL url = BlacklineHtml.class.getResource("/xsl/blackline.xsl");
					if (url == null) {
						throw new IOException("xsl/blackline.xsl is missing from the review bundle");
					}
					try (InputStream in = url.openStream()) {
						s = PROCESSOR.newXsltCompiler().compile(new StreamSource(in, url.toExternalForm()));
					} catch (SaxonApiException e) {
						throw new IOException("xsl/blackline.xsl does not compile: " + e.getMessage(), e);
					}
					stylesheet = s;
				}
			}
		}
		return s;
	}
}
