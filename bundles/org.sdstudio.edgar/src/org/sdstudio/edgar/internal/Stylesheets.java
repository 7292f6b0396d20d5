package org.sdstudio.edgar.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;

import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The EDGAR stylesheets ({@code xsl/} in this bundle), compiled once by Saxon-HE and kept: an
 * {@link XsltExecutable} is thread-safe, each transformation gets its own transformer.
 */
public final class Stylesheets {

	/** The stylesheet of the primary document (SD, SD/A). */
	public static final String SD = "sd.xsl";
	/** The stylesheet of Exhibit 1.01. */
	public static final String EX_101 = "ex101.xsl";

	private static final String FOLDER = "/xsl/";

	private static volatile Stylesheets instance;

	private final Processor processor = new Processor(false);
	private final XsltExecutable sd;
	private final XsltExecutable ex101;

	private Stylesheets() throws IOException {
		XsltCompiler compiler = processor.newXsltCompiler();
		// xsl:import/include resolve against the bundle's own xsl/ folder (bundleresource: URLs in OSGi)
		compiler.setURIResolver((href, base) -> resolve(href, base));
		sd = compile(compiler, SD);
		ex101 = compile(compiler, EX_101);
	}

	/** The compiled stylesheets; the first call compiles them. */
	public static Stylesheets get() throws IOException {
		Stylesheets s = instance;
		if (s == null) {
			synchronized (Stylesheets.class) {
				s = instance;
				if (s == null) {
					s = new Stylesheets();
					instance = s;
				}
			}
		}
		return s;
	}

	/** Parses canonical filing XML once, for all the stylesheets. */
	public XdmNode parse(byte[] xml) throws IOException {
		try {
			return processor.newDocumentBuilder().build(new StreamSource(new ByteArrayInputStream(xml)));
		} catch (SaxonApiException e) {
			throw new IOException("the canonical filing XML cannot be read: " + e.getMessage(), e);
		}
	}

	/** Runs one stylesheet over the filing; returns the serialized document (US-ASCII, as the stylesheet says). */
	public byte[] transform(String stylesheet, XdmNode filing) throws IOException {
		XsltExecutable executable = switch (stylesheet) {
			case SD -> sd;
			case EX_101 -> ex101;
			default -> throw new IllegalArgumentException(stylesheet);
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try {
			Xslt30Transformer transformer = executable.load30();
			transformer.setGlobalContextItem(filing);
			transformer.applyTemplates(filing, transformer.newSerializer(out));
		} catch (SaxonApiException e) {
			throw new IOException(stylesheet + " failed: " + e.getMessage(), e);
		}
		return decimalReferences(out.toByteArray());
	}

	/**
	 * Saxon-HE writes characters outside US-ASCII as hexadecimal references ({@code &#x2019;}) and only its commercial
	 * editions can be told otherwise; EDGAR's documentation and HTML 3.2 know the decimal form ({@code &#8217;}). In
	 * the serialized output every {@code &} of the text is already {@code &amp;}, so each {@code &#x} is one of
	 * the serializer's references.
	 */
	static byte[] decimalReferences(byte[] html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(html.length + html.length / 16);
		int i = 0;
		while (i < html.length) {
			if (html[i] == '&' && i + 3 < html.length && html[i + 1] == '#' && html[i + 2] == 'x') {
				int end = i + 3;
				int value = 0;
				while (end < html.length && Character.digit(html[end], 16) >= 0) {
					value = value * 16 + Character.digit(html[end], 16);
					end++;
				}
				if (end < html.length && html[end] == ';' && end > i + 3) {
					byte[] decimal = ("&#" + value + ";").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
					out.write(decimal, 0, decimal.length);
					i = end + 1;
					continue;
				}
			}
			out.write(html[i]);
			i++;
		}
		return out.toByteArray();
	}

	private static XsltExecutable compile(XsltCompiler compiler, String name) throws IOException {
		URL url = Stylesheets.class.getResource(FOLDER + name);
		if (url == null) {
			throw new IOException("xsl/" + name + " is missing from this build of SD Studio");
		}
		try {
			return compiler.compile(new StreamSource(url.openStream(), url.toExternalForm()));
		} catch (SaxonApiException e) {
			throw new IOException("xsl/" + name + " does not compile: " + e.getMessage(), e);
		}
	}

	/** Only files of the stylesheet folder can be imported: nothing is fetched from elsewhere. */
	private static Source resolve(String href, String base) throws TransformerException {
		try {
			URL folder = Stylesheets.class.getResource(FOLDER + SD); // a file: folders need not be entries
			URL url = base == null ? new URL(folder, href) : new URL(new URL(base), href);
			String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
			URL own = Stylesheets.class.getResource(FOLDER + name);
			if (own == null || !own.toExternalForm().equals(url.toExternalForm())) {
				throw new TransformerException("stylesheets may only import files of xsl/: " + href);
			}
			return new StreamSource(url.openStream(), url.toExternalForm());
		} catch (MalformedURLException e) {
			throw new TransformerException("bad stylesheet reference " + href, e);
		} catch (IOException e) {
			throw new TransformerException("cannot read " + href + ": " + e.getMessage(), e);
		}
	}
}
