package org.sdstudio.edgar.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The example filing and helpers to read exported documents as XML (they are well-formed XHTML). */
final class Fixtures {

	static final Path HALCYON_2025 = Path.of(System.getProperty("sdstudio.examples", "../../examples"),
			"halcyon-2025.sdfiling");

	private Fixtures() {
	}

	static Filing example() throws FilingFileException {
		return FilingFiles.load(HALCYON_2025);
	}

	/** Parses a document as XML, which it must be; character references come back as characters. */
	static Document xml(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	static Document xml(Path file) throws Exception {
		return xml(Files.readAllBytes(file));
	}

	/** Parses XML with its namespaces (submission.xml). */
	static Document xmlNs(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(file.toFile());
	}

	/** The element children of an element, in order. */
	static List<Element> children(Element parent) {
		List<Element> result = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				result.add(e);
			}
		}
		return result;
	}

	/** The first child element with this local name (null when none). */
	static Element child(Element parent, String localName) {
		return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).findFirst().orElse(null);
	}

	static List<Element> elementsNs(Document document, String namespace, String localName) {
		NodeList list = document.getElementsByTagNameNS(namespace, localName);
		List<Element> result = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			result.add((Element) list.item(i));
		}
		return result;
	}

	static Element byId(Document document, String id) {
		NodeList all = document.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			if (id.equals(e.getAttribute("id"))) {
				return e;
			}
		}
		return null;
	}

	/** The text of every element with this tag name, in document order. */
	static List<Element> elements(Node root, String tag) {
		NodeList list = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root).getElementsByTagName(tag);
		List<Element> result = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			result.add((Element) list.item(i));
		}
		return result;
	}

	/** The text as read: line breaks and blocks separate words; runs of whitespace become single spaces. */
	static String text(Node node) {
		StringBuilder out = new StringBuilder();
		append(node, out);
		return out.toString().replaceAll("\\s+", " ").strip();
	}

	private static final java.util.Set<String> BLOCKS = java.util.Set.of("br", "p", "div", "td", "th", "tr", "li",
			"table", "hr");

	private static void append(Node node, StringBuilder out) {
		if (node.getNodeType() == Node.TEXT_NODE) {
			out.append(node.getNodeValue());
			return;
		}
		NodeList children = node.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			append(children.item(i), out);
		}
		if (node.getNodeType() == Node.ELEMENT_NODE && BLOCKS.contains(node.getNodeName())) {
			out.append(' ');
		}
	}

	static List<String> files(Path folder) throws IOException {
		try (var stream = Files.list(folder)) {
			return stream.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
