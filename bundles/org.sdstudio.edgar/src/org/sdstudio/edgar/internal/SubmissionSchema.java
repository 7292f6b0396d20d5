package org.sdstudio.edgar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * EDGAR's SD submission schema ({@code schema/edgar-sd-submission.xsd} and the {@code edgar-common.xsd} it imports),
 * loaded once from the bundle. The import is resolved from the bundle itself, never from the network.
 */
public final class SubmissionSchema {

	private static final String FOLDER = "/schema/";
	private static volatile Schema schema;

	private SubmissionSchema() {
	}

	public static Schema get() throws IOException {
		Schema s = schema;
		if (s == null) {
			s = load();
			schema = s;
		}
		return s;
	}

	private static Schema load() throws IOException {
		URL main = SubmissionSchema.class.getResource(FOLDER + "edgar-sd-submission.xsd");
		if (main == null) {
			throw new IOException("schema/edgar-sd-submission.xsd is missing from this build of SD Studio");
		}
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setResourceResolver(new BundleSchemas());
			try (InputStream in = main.openStream()) {
				return factory.newSchema(new StreamSource(in, main.toExternalForm()));
			}
		} catch (SAXException e) {
			throw new IOException("schema/edgar-sd-submission.xsd could not be loaded: " + e.getMessage(), e);
		}
	}

	/** Resolves the schema's import (edgar-common.xsd) to the bundle's copy. */
	private static final class BundleSchemas implements LSResourceResolver {
		@Override
		public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String base) {
			if (systemId == null) {
				return null;
			}
			String name = systemId.substring(systemId.lastIndexOf('/') + 1);
			InputStream in = SubmissionSchema.class.getResourceAsStream(FOLDER + name);
			if (in == null) {
				return null;
			}
			return new Input(in, systemId, publicId, base);
		}
	}

	private record Input(InputStream byteStream, String systemId, String publicId, String baseURI) implements LSInput {
		// @formatter:off
		@Override public InputStream getByteStream() { return byteStream; }
		@Override public String getSystemId() { return systemId; }
		@Override public String getPublicId() { return publicId; }
		@Override public String getBaseURI() { return baseURI; }
		@Override public java.io.Reader getCharacterStream() { return null; }
		@Override public String getStringData() { return null; }
		@Override public String getEncoding() { return null; }
		@Override public boolean getCertifiedText() { return false; }
		@Override public void setCharacterStream(java.io.Reader characterStream) { }
		@Override public void setByteStream(InputStream stream) { }
		@Override public void setStringData(String stringData) { }
		@Override public void setSystemId(String id) { }
		@Override public void setPublicId(String id) { }
		@Override public void setBaseURI(String uri) { }
		@Override public void setEncoding(String encoding) { }
		@Override public void setCertifiedText(boolean certifiedText) { }
		// @formatter:on
	}
}
