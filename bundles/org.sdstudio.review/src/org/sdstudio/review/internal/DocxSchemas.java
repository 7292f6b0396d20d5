package org.sdstudio.review.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks a written .docx: the document, styles, numbering, settings and comments parts against the OOXML schemas
 * (XMLBeans), after markup-compatibility processing as a consumer does it (what a part declares ignorable, such as
 * Word 2010's paragraph ids, is set aside); and what the schemas cannot say: every bookmark and comment range
 * closed, every comment referenced, the extended comments part (replies and done state, which no schema of ours
 * covers) pointing at comment paragraphs that exist, and each custom XML part's properties.
 */
public final class DocxSchemas {

	private static final String W = WordWriter.W;
	public static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
	public static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
	public static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
	public static final String DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
	public static final String COMMENTS_EXTENDED_RELATION =
			"http://schemas.microsoft.com/office/2011/relationships/commentsExtended";
	public static final String CUSTOM_XML_RELATION =
			"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
	public static final String CUSTOM_XML_PROPS_RELATION =
			"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
	private static final String RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
	private static final Pattern PARA_ID = Pattern.compile("[0-7][0-9A-Fa-f]{7}");
	private static final Pattern GUID = Pattern
			.compile("\\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}");

	private DocxSchemas() {
	}

	/** The errors found, each naming its part; empty when the document is valid. */
	public static List<String> errors(InputStream docx) throws IOException {
		List<String> errors = new ArrayList<>();
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(docx);
			PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
					.getRelationship(0);
			if (main == null) {
				errors.add("[Content_Types].xml: no main document part");
				return errors;
			}
			PackagePart document = pkg.getPart(main);
			Document documentXml = validate(document, DocumentDocument.Factory::parse, errors);
			Document comments = null;
			Document extended = null;
			for (PackageRelationship r : document.getRelationships()) {
				if (r.getTargetMode() == org.apache.poi.openxml4j.opc.TargetMode.EXTERNAL) {
					continue;
				}
				PackagePart part = related(document, r);
				if (part == null) {
					errors.add(name(document) + ": relationship " + r.getId() + " points at a missing part "
							+ r.getTargetURI());
					continue;
				}
				switch (r.getRelationshipType()) {
				case RELATIONS + "styles" -> validate(part, StylesDocument.Factory::parse, errors);
				case RELATIONS + "numbering" -> validate(part, NumberingDocument.Factory::parse, errors);
				case RELATIONS + "settings" -> validate(part, SettingsDocument.Factory::parse, errors);
				case RELATIONS + "comments" -> comments = validate(part, CommentsDocument.Factory::parse, errors);
				case COMMENTS_EXTENDED_RELATION -> extended = read(part, errors);
				case CUSTOM_XML_RELATION -> customXml(pkg, part, errors);
				default -> {
				}
				}
			}
			if (documentXml != null) {
				ranges(documentXml, comments, errors);
			}
			if (extended != null) {
				commentsExtended(extended, comments, errors);
			}
		} catch (InvalidFormatException e) {
			errors.add("the file is not a Word package: " + e.getMessage());
		} finally {
			if (pkg != null) {
				pkg.revert(); // read only: nothing is saved back
			}
		}
		return errors;
	}

	private interface Parser {
		XmlObject parse(Node node, XmlOptions options) throws XmlException;
	}

	/** Validates a part against its schema; returns its XML as read (before compatibility processing). */
	private static Document validate(PackagePart part, Parser parser, List<String> errors) throws IOException {
		Document xml = read(part, errors);
		if (xml == null) {
			return null;
		}
		Document processed = (Document) xml.cloneNode(true);
		setAsideIgnorable(processed.getDocumentElement());
		List<XmlError> found = new ArrayList<>();
		XmlOptions options = new XmlOptions();
		options.setErrorListener(found);
		try {
			XmlObject object = parser.parse(processed, new XmlOptions());
			if (!object.validate(options) && found.isEmpty()) {
				errors.add(name(part) + ": not valid");
			}
		} catch (XmlException e) {
			errors.add(name(part) + ": " + e.getMessage());
		}
		for (XmlError e : found) {
			errors.add(name(part) + ": " + e.getMessage());
		}
		return xml;
	}

	private static Document read(PackagePart part, List<String> errors) throws IOException {
		try (InputStream in = part.getInputStream()) {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return f.newDocumentBuilder().parse(in);
		} catch (SAXException e) {
			errors.add(name(part) + ": not well-formed XML: " + e.getMessage());
			return null;
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String name(PackagePart part) {
		return part.getPartName().getName().substring(1);
	}

	/**
	 * Markup compatibility as a consumer that knows only the base schemas applies it: elements and attributes of
	 * the namespaces a part declares ignorable go, and so do the compatibility attributes themselves.
	 */
	private static void setAsideIgnorable(Element root) {
		Set<String> ignorable = new HashSet<>();
		String prefixes = root.getAttributeNS(MC, "Ignorable");
		for (String prefix : prefixes.split("\\s+")) {
			if (!prefix.isEmpty()) {
				String uri = root.lookupNamespaceURI(prefix);
				if (uri != null) {
					ignorable.add(uri);
				}
			}
		}
		ignorable.add(MC);
		strip(root, ignorable);
	}

	private static void strip(Element e, Set<String> ignorable) {
		NamedNodeMap attributes = e.getAttributes();
		for (int i = attributes.getLength() - 1; i >= 0; i--) {
			Attr a = (Attr) attributes.item(i);
			if (a.getNamespaceURI() != null && ignorable.contains(a.getNamespaceURI())) {
				e.removeAttributeNode(a);
			}
		}
		for (Node c = e.getFirstChild(); c != null;) {
			Node next = c.getNextSibling();
			if (c instanceof Element child) {
				if (child.getNamespaceURI() != null && ignorable.contains(child.getNamespaceURI())) {
					e.removeChild(child);
				} else {
					strip(child, ignorable);
				}
			}
			c = next;
		}
	}

	/** Bookmarks and comment ranges closed, comments referenced, names unique. */
	private static void ranges(Document document, Document comments, List<String> errors) {
		Map<String, String> bookmarkNames = new HashMap<>();
		Set<String> names = new HashSet<>();
		for (Element e : elements(document, W, "bookmarkStart")) {
			String id = e.getAttributeNS(W, "id");
			if (bookmarkNames.put(id, e.getAttributeNS(W, "name")) != null) {
				errors.add("word/document.xml: two bookmarks have the id " + id);
			}
			if (!names.add(e.getAttributeNS(W, "name"))) {
				errors.add("word/document.xml: two bookmarks are named " + e.getAttributeNS(W, "name"));
			}
		}
		Set<String> ended = new HashSet<>();
		for (Element e : elements(document, W, "bookmarkEnd")) {
			String id = e.getAttributeNS(W, "id");
			if (!bookmarkNames.containsKey(id)) {
				errors.add("word/document.xml: a bookmark end with id " + id + " has no start");
			}
			ended.add(id);
		}
		bookmarkNames.keySet().stream().filter(id -> !ended.contains(id)).forEach(id -> errors
				.add("word/document.xml: bookmark " + bookmarkNames.get(id) + " (id " + id + ") is not closed"));
		Set<String> commentIds = new HashSet<>();
		if (comments != null) {
			for (Element c : elements(comments, W, "comment")) {
				commentIds.add(c.getAttributeNS(W, "id"));
			}
		}
		for (String kind : new String[] { "commentRangeStart", "commentRangeEnd", "commentReference" }) {
			Set<String> seen = new HashSet<>();
			for (Element e : elements(document, W, kind)) {
				String id = e.getAttributeNS(W, "id");
				seen.add(id);
				if (!commentIds.contains(id)) {
					errors.add("word/document.xml: " + kind + " " + id + " names no comment");
				}
			}
			if (kind.equals("commentReference")) {
				commentIds.stream().filter(id -> !seen.contains(id)).forEach(
						id -> errors.add("word/comments.xml: comment " + id + " is not referenced in the document"));
			}
		}
	}

	/** Each entry names the last paragraph of a comment, and a reply's parent is an entry that is no reply. */
	private static void commentsExtended(Document extended, Document comments, List<String> errors) {
		String part = "word/commentsExtended.xml: ";
		Element root = extended.getDocumentElement();
		if (!W15.equals(root.getNamespaceURI()) || !"commentsEx".equals(root.getLocalName())) {
			errors.add(part + "the root is not w15:commentsEx");
			return;
		}
		Set<String> lastParagraphs = new HashSet<>();
		if (comments != null) {
			for (Element c : elements(comments, W, "comment")) {
				List<Element> ps = elements(c, W, "p");
				if (!ps.isEmpty()) {
					lastParagraphs.add(ps.get(ps.size() - 1).getAttributeNS(W14, "paraId"));
				}
			}
		}
		Map<String, String> parents = new HashMap<>();
		for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (!(n instanceof Element e)) {
				continue;
			}
			if (!W15.equals(e.getNamespaceURI()) || !"commentEx".equals(e.getLocalName())) {
				errors.add(part + "unexpected element " + e.getTagName());
				continue;
			}
			String id = e.getAttributeNS(W15, "paraId");
			if (!PARA_ID.matcher(id).matches()) {
				errors.add(part + "paraId '" + id + "' is not 8 hex digits below 80000000");
			} else if (!lastParagraphs.contains(id)) {
				errors.add(part + "paraId " + id + " is not the last paragraph of a comment");
			}
			String done = e.getAttributeNS(W15, "done");
			if (!done.isEmpty() && !Set.of("0", "1", "true", "false").contains(done)) {
				errors.add(part + "done '" + done + "' is not a boolean");
			}
			if (parents.put(id, e.getAttributeNS(W15, "paraIdParent")) != null) {
				errors.add(part + "paraId " + id + " is listed twice");
			}
		}
		parents.forEach((id, parent) -> {
			if (!parent.isEmpty() && !parents.containsKey(parent)) {
				errors.add(part + "the parent " + parent + " of " + id + " is no comment");
			} else if (!parent.isEmpty() && !parents.get(parent).isEmpty()) {
				errors.add(part + "the parent " + parent + " of " + id + " is itself a reply");
			}
		});
	}

	/** A custom XML part: well-formed, with a properties part whose item id is a GUID. */
	private static void customXml(OPCPackage pkg, PackagePart item, List<String> errors) throws IOException {
		if (read(item, errors) == null) {
			return;
		}
		try {
			int props = 0;
			for (PackageRelationship r : item.getRelationshipsByType(CUSTOM_XML_PROPS_RELATION)) {
				props++;
				PackagePart part = related(item, r);
				Document xml = part == null ? null : read(part, errors);
				if (xml == null) {
					errors.add(name(item) + ": its properties part is missing or unreadable");
					continue;
				}
				Element root = xml.getDocumentElement();
				if (!DS.equals(root.getNamespaceURI()) || !"datastoreItem".equals(root.getLocalName())) {
					errors.add(name(part) + ": the root is not ds:datastoreItem");
				} else if (!GUID.matcher(root.getAttributeNS(DS, "itemID")).matches()) {
					errors.add(name(part) + ": itemID '" + root.getAttributeNS(DS, "itemID") + "' is not a GUID");
				}
			}
			if (props != 1) {
				errors.add(name(item) + ": " + props + " properties parts (one expected)");
			}
		} catch (InvalidFormatException e) {
			errors.add(name(item) + ": " + e.getMessage());
		}
	}

	/** The part a relationship points at (its target is relative to the part it is from), or null. */
	private static PackagePart related(PackagePart from, PackageRelationship r) {
		try {
			return from.getRelatedPart(r);
		} catch (InvalidFormatException | IllegalArgumentException e) {
			return null;
		}
	}

	private static List<Element> elements(Node under, String ns, String local) {
		NodeList list = under instanceof Document d ? d.getElementsByTagNameNS(ns, local)
				: ((Element) under).getElementsByTagNameNS(ns, local);
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			out.add((Element) list.item(i));
		}
		return out;
	}
}
