package org.sdstudio.review.word;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.sdstudio.model.ListStyle;

/**
 * What a returned document's styles and numbering definitions say about its paragraphs and runs: which paragraph
 * styles are headings (or our own furniture: title, subtitle), the numbering a style carries, the bold, italic and
 * underline of character styles, and each list level's format and start.
 */
final class ReturnedStyles {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	/** ISO 29500 strict documents use other namespaces for the same vocabulary. */
	static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

	private static final Pattern HEADING = Pattern.compile("heading\\s*[1-9]");

	/** A style's own settings; inherited ones are looked up through basedOn. */
	private static final class Style {
		String name = "";
		String basedOn;
		String numId;
		Integer ilvl;
		Integer outline;
		Boolean bold;
		Boolean italic;
		Boolean underline;
	}

	/** A list level: its ListStyle (null for a level that shows no number) and first number. */
	record Level(ListStyle style, int start) {
	}

	private final Map<String, Style> styles = new HashMap<>();
	private String defaultParagraphStyle;
	private final Map<String, Map<Integer, Level>> abstractLevels = new HashMap<>();
	private final Map<String, String> numToAbstract = new HashMap<>();
	private final Map<String, Map<Integer, Level>> overrides = new HashMap<>();
	private final Map<String, Map<Integer, Integer>> startOverrides = new HashMap<>();

	static boolean isW(String namespace) {
		return W.equals(namespace) || W_STRICT.equals(namespace);
	}

	/** The w: attribute of the current element (either namespace), or null. */
	static String attr(XMLStreamReader r, String name) {
		String v = r.getAttributeValue(W, name);
		return v != null ? v : r.getAttributeValue(W_STRICT, name);
	}

	/** A toggle (w:b, w:i): on unless its w:val says off. */
	static boolean on(XMLStreamReader r) {
		String v = attr(r, "val");
		return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
	}

	/** w:u: on unless w:val is none (or absent-but-off forms). */
	static boolean underlined(XMLStreamReader r) {
		String v = attr(r, "val");
		return v == null ? true : !(v.equalsIgnoreCase("none") || v.equals("0") || v.equalsIgnoreCase("false"));
	}

	static int intAttr(XMLStreamReader r, String name, int fallback) {
		try {
			String v = attr(r, name);
			return v == null ? fallback : Integer.parseInt(v.trim());
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	/** Moves to the start of the current element's next child element; false at the current element's end. */
	static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
		while (true) {
			int e = r.next();
			if (e == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (e == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
		}
	}

	/** Skips the rest of the current element. */
	static void skip(XMLStreamReader r) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int e = r.next();
			if (e == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (e == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	void readStyles(XMLStreamReader r) throws XMLStreamException {
		Style current = null;
		String currentId = null;
		String type = null;
		boolean inRun = false;
		while (r.hasNext()) {
			int e = r.next();
			if (e == XMLStreamConstants.END_ELEMENT) {
				if (isW(r.getNamespaceURI()) && r.getLocalName().equals("style")) {
					current = null;
				} else if (isW(r.getNamespaceURI()) && r.getLocalName().equals("rPr")) {
					inRun = false;
				}
				continue;
			}
			if (e != XMLStreamConstants.START_ELEMENT || !isW(r.getNamespaceURI())) {
				continue;
			}
			String n = r.getLocalName();
			if (n.equals("style")) {
				current = new Style();
				currentId = attr(r, "styleId");
				type = attr(r, "type");
				if (currentId != null) {
					styles.put(currentId, current);
					if ("paragraph".equals(type) && on(r, "default")) {
						defaultParagraphStyle = currentId;
					}
				}
			} else if (current == null) {
				if (n.equals("docDefaults") || n.equals("latentStyles")) {
					skip(r);
				}
			} else if (n.equals("pPrChange") || n.equals("rPrChange")) {
				skip(r); // a style's earlier settings
			} else if (n.equals("name")) {
				current.name = nullToEmpty(attr(r, "val"));
			} else if (n.equals("basedOn")) {
				current.basedOn = attr(r, "val");
			} else if (n.equals("numId")) {
				current.numId = attr(r, "val");
			} else if (n.equals("ilvl")) {
				current.ilvl = intAttr(r, "val", 0);
			} else if (n.equals("outlineLvl")) {
				current.outline = intAttr(r, "val", 9);
			} else if (n.equals("rPr")) {
				inRun = true;
			} else if (inRun && "character".equals(type)) {
				// paragraph styles' run formatting (a bold heading style) is the style's look, not the text's
				switch (n) {
				case "b" -> current.bold = on(r);
				case "i" -> current.italic = on(r);
				case "u" -> current.underline = underlined(r);
				default -> {
				}
				}
			}
		}
	}

	private static boolean on(XMLStreamReader r, String attribute) {
		String v = attr(r, attribute);
		return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
	}

	void readNumbering(XMLStreamReader r) throws XMLStreamException {
		Map<Integer, Level> levels = null;
		String num = null;
		Integer overrideLevel = null;
		Integer lvl = null;
		String format = null;
		int start = 1;
		while (r.hasNext()) {
			int e = r.next();
			if (e == XMLStreamConstants.END_ELEMENT && isW(r.getNamespaceURI())) {
				switch (r.getLocalName()) {
				case "abstractNum" -> levels = null;
				case "num" -> num = null;
				case "lvlOverride" -> overrideLevel = null;
				case "lvl" -> {
					if (lvl != null) {
						Level level = new Level(listStyle(format), start);
						if (levels != null) {
							levels.put(lvl, level);
						} else if (num != null) {
							overrides.computeIfAbsent(num, k -> new HashMap<>()).put(lvl, level);
						}
					}
					lvl = null;
				}
				default -> {
				}
				}
				continue;
			}
			if (e != XMLStreamConstants.START_ELEMENT || !isW(r.getNamespaceURI())) {
				continue;
			}
			switch (r.getLocalName()) {
			case "abstractNum" -> {
				levels = new HashMap<>();
				abstractLevels.put(attr(r, "abstractNumId"), levels);
			}
			case "num" -> num = attr(r, "numId");
			case "abstractNumId" -> {
				if (num != null) {
					numToAbstract.put(num, attr(r, "val"));
				}
			}
			case "lvlOverride" -> overrideLevel = intAttr(r, "ilvl", 0);
			case "startOverride" -> {
				if (num != null && overrideLevel != null) {
					startOverrides.computeIfAbsent(num, k -> new HashMap<>()).put(overrideLevel, intAttr(r, "val", 1));
				}
			}
			case "lvl" -> {
				lvl = intAttr(r, "ilvl", overrideLevel == null ? 0 : overrideLevel);
				format = "decimal";
				start = 1;
			}
			case "start" -> start = intAttr(r, "val", 1);
			case "numFmt" -> format = nullToEmpty(attr(r, "val"));
			case "lvlText", "pPr", "rPr" -> {
				if (lvl != null) {
					skip(r);
				}
			}
			default -> {
			}
			}
		}
	}

	private static ListStyle listStyle(String format) {
		return switch (format) {
		case "bullet" -> ListStyle.BULLET;
		case "lowerLetter", "upperLetter" -> ListStyle.LOWER_ALPHA;
		case "lowerRoman", "upperRoman" -> ListStyle.LOWER_ROMAN;
		case "none" -> null;
		default -> ListStyle.DECIMAL;
		};
	}

	/** The level's format and start for a numbering instance, or null when the instance is not defined. */
	Level level(String numId, int ilvl) {
		Level override = overrides.getOrDefault(numId, Map.of()).get(ilvl);
		Level level = override;
		if (level == null) {
			String abstractId = numToAbstract.get(numId);
			Map<Integer, Level> levels = abstractId == null ? null : abstractLevels.get(abstractId);
			if (levels == null) {
				return null;
			}
			level = levels.getOrDefault(ilvl, levels.isEmpty() ? null : new Level(ListStyle.DECIMAL, 1));
			if (level == null) {
				return null;
			}
		}
		Integer start = startOverrides.getOrDefault(numId, Map.of()).get(ilvl);
		return start == null ? level : new Level(level.style(), start);
	}

	/** The paragraph style to use for a paragraph naming this one (or none). */
	String paragraphStyle(String styleId) {
		return styleId != null && styles.containsKey(styleId) ? styleId : defaultParagraphStyle;
	}

	/** Whether the paragraph style (or one it is based on) is a heading: by name, id or outline level. */
	boolean heading(String styleId) {
		for (String id : chain(styleId)) {
			Style s = styles.get(id);
			if (HEADING.matcher(s.name.toLowerCase(Locale.ROOT)).matches()
					|| HEADING.matcher(id.toLowerCase(Locale.ROOT)).matches()) {
				return true;
			}
			if (s.outline != null) {
				return s.outline < 9;
			}
		}
		return false;
	}

	/** Headings, the title and the subtitle: text SD Studio itself writes between parts. */
	boolean furniture(String styleId) {
		if (heading(styleId)) {
			return true;
		}
		for (String id : chain(styleId)) {
			String name = styles.get(id).name.toLowerCase(Locale.ROOT);
			String lower = id.toLowerCase(Locale.ROOT);
			if (name.equals("title") || name.equals("subtitle") || lower.equals("title") || lower.equals("subtitle")) {
				return true;
			}
		}
		return false;
	}

	/** The numbering a paragraph style carries: {numId, ilvl}, or null. */
	String[] styleNumbering(String styleId) {
		String numId = null;
		Integer ilvl = null;
		for (String id : chain(styleId)) {
			Style s = styles.get(id);
			if (numId == null && s.numId != null) {
				numId = s.numId;
			}
			if (ilvl == null && s.ilvl != null) {
				ilvl = s.ilvl;
			}
		}
		return numId == null ? null : new String[] { numId, String.valueOf(ilvl == null ? 0 : ilvl) };
	}

	/** A character style's formatting (inherited through basedOn): {bold, italic, underline}, null where unset. */
	Boolean[] characterFormat(String styleId) {
		Boolean[] f = new Boolean[3];
		for (String id : chain(styleId)) {
			Style s = styles.get(id);
			f[0] = f[0] == null ? s.bold : f[0];
			f[1] = f[1] == null ? s.italic : f[1];
			f[2] = f[2] == null ? s.underline : f[2];
		}
		return f;
	}

	/** The style and those it is based on, nearest first (cycles cut). */
	private Iterable<String> chain(String styleId) {
		java.util.List<String> out = new java.util.ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String id = styleId; id != null && styles.containsKey(id) && seen.add(id); id = styles.get(id).basedOn) {
			out.add(id);
		}
		return out;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
