package org.sdstudio.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.sdstudio.model.ListStyle;

/**
 * Turns a filing agent's HTML (parsed by jsoup as a browser would) into a flat sequence of lines and grids: every
 * block element, {@code <br>} and table cell ends a line; styles from {@code <b>}, {@code <font style=...>},
 * {@code font-weight:700} and the like are resolved into spans. Layout tables (one column, or a marker column
 * beside the text, as agents lay out bullets) become lines; other tables become grids. Hidden elements and rules
 * are skipped.
 */
public final class HtmlFlattener {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
			"dl", "dt", "dd", "blockquote", "center", "pre", "address", "body", "html", "table", "tr", "td", "th",
			"caption", "hr", "page", "menu", "dir", "section", "article", "header", "footer");
	private static final Pattern FONT_SIZE = Pattern.compile("font-size\\s*:\\s*([0-9.]+)\\s*(pt|px|em|%)?");
	private static final Pattern FONT_WEIGHT = Pattern.compile("font-weight\\s*:\\s*(bold(er)?|[6-9]00)");
	private static final Pattern ITALIC = Pattern.compile("font-style\\s*:\\s*(italic|oblique)");
	private static final Pattern UNDERLINE = Pattern.compile("text-decoration(-line)?\\s*:[^;]*underline");
	private static final Pattern ALIGN = Pattern.compile("text-align\\s*:\\s*(center|right|left|justify)");
	private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none");
	private static final Pattern MARKER = Pattern.compile(
			"[\u2022\u00b7\u25cf\u25aa\u25a0\u2023\u2043\u2219o\u00a7\u00fc\u2013-]|\\(?[a-z]{1,4}[.)]|\\(?[0-9]{1,2}[.)]");

	/** The style in force at a point of the tree. */
	record Style(boolean bold, boolean italic, boolean underline, String link, double size, String align) {
		Style with(boolean b, boolean i, boolean u, String l, double s, String a) {
			return new Style(b, i, u, l, s, a);
		}
	}

	private final List<Piece> pieces = new ArrayList<>();
	private Line current;
	private final List<Line.ListFrame> lists = new ArrayList<>();
	private int nextListId;
	private final Set<Integer> markerLists = new java.util.HashSet<>();
	private int headingLevel;
	private String anchorId;

	public static List<Piece> flatten(Element body) {
		HtmlFlattener flattener = new HtmlFlattener();
		flattener.walk(body, new Style(false, false, false, null, 0, null));
		flattener.endLine();
		return flattener.pieces;
	}

	private void walk(Node node, Style style) {
		if (node instanceof TextNode text) {
			String s = text.getWholeText();
			if (!s.isEmpty()) {
				line(style).append(s, style);
			}
			return;
		}
		if (!(node instanceof Element element)) {
			return;
		}
		String tag = element.normalName();
		String css = element.attr("style").toLowerCase(Locale.ROOT);
		if (HIDDEN.matcher(css).find() || tag.equals("head") || tag.equals("script") || tag.equals("style")
				|| tag.equals("title")) {
			return;
		}
		if (tag.equals("br")) {
			endLine();
			return;
		}
		if (tag.equals("hr")) {
			endLine(); // a rule or a page break: nothing to keep
			return;
		}
		Style inner = styleOf(element, tag, css, style);
		if (tag.equals("table")) {
			endLine();
			table(element, inner);
			return;
		}
		if (tag.equals("ul") || tag.equals("ol")) {
			endLine();
			ListStyle listStyle = tag.equals("ul") ? ListStyle.BULLET : listStyle(element, css);
			int start = parseInt(element.attr("start"), 1);
			lists.add(new Line.ListFrame(nextListId++, listStyle, start, -1));
			for (Node child : element.childNodes()) {
				walk(child, inner);
			}
			endLine();
			lists.remove(lists.size() - 1);
			return;
		}
		if (tag.equals("li") && !lists.isEmpty()) {
			endLine();
			Line.ListFrame frame = lists.remove(lists.size() - 1);
			lists.add(new Line.ListFrame(frame.listId(), frame.style(), frame.start(), nextListId++));
			for (Node child : element.childNodes()) {
				walk(child, inner);
			}
			endLine();
			return;
		}
		boolean block = BLOCKS.contains(tag);
		int heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))
				? tag.charAt(1) - '0' : 0;
		if (block) {
			endLine();
		}
		int savedHeading = headingLevel;
		if (heading > 0) {
			headingLevel = heading;
		}
		if (block && !element.id().isEmpty()) {
			anchorId = element.id();
		}
		for (Node child : element.childNodes()) {
			walk(child, inner);
		}
		if (block) {
			endLine();
		}
		headingLevel = savedHeading;
	}

	private Line line(Style style) {
		if (current == null) {
			current = new Line(List.copyOf(lists), headingLevel, style.align(), anchorId);
			anchorId = null;
		}
		return current;
	}

	private void endLine() {
		if (current != null) {
			current.finish();
			if (!current.text().isEmpty()) {
				pieces.add(current);
			}
			current = null;
		}
	}

	private static Style styleOf(Element element, String tag, String css, Style outer) {
		boolean bold = outer.bold() || tag.equals("b") || tag.equals("strong") || tag.equals("th")
				|| FONT_WEIGHT.matcher(css).find();
		if (css.contains("font-weight") && css.matches(".*font-weight\\s*:\\s*(normal|[1-5]00).*")) {
			bold = false;
		}
		boolean italic = outer.italic() || tag.equals("i") || tag.equals("em") || ITALIC.matcher(css).find();
		boolean underline = outer.underline() || tag.equals("u") || UNDERLINE.matcher(css).find();
		String link = outer.link();
		if (tag.equals("a") && element.hasAttr("href")) {
			link = element.attr("href").trim();
		}
		double size = outer.size();
		Matcher m = FONT_SIZE.matcher(css);
		if (m.find()) {
			double value = Double.parseDouble(m.group(1));
			String unit = m.group(2) == null ? "pt" : m.group(2);
			size = switch (unit) {
			case "px" -> value * 0.75;
			case "em" -> (outer.size() == 0 ? 10 : outer.size()) * value;
			case "%" -> (outer.size() == 0 ? 10 : outer.size()) * value / 100;
			default -> value;
			};
		} else if (tag.equals("font") && element.hasAttr("size")) {
			size = switch (element.attr("size").trim()) {
			case "1" -> 7.5;
			case "2" -> 10;
			case "3" -> 12;
			case "4" -> 13.5;
			case "5" -> 18;
			case "6" -> 24;
			case "7" -> 36;
			default -> size;
			};
		}
		String align = outer.align();
		Matcher a = ALIGN.matcher(css);
		if (a.find()) {
			align = a.group(1);
		} else if (element.hasAttr("align") && BLOCKS.contains(tag)) {
			align = element.attr("align").toLowerCase(Locale.ROOT);
		} else if (tag.equals("center")) {
			align = "center";
		} else if (tag.equals("td") || tag.equals("th")) {
			align = null;
		}
		return outer.with(bold, italic, underline, link, size, align);
	}

	private static ListStyle listStyle(Element ol, String css) {
		String type = ol.attr("type");
		if (type.equals("a") || type.equals("A") || css.contains("alpha") || css.contains("latin")) {
			return ListStyle.LOWER_ALPHA;
		}
		if (type.equals("i") || type.equals("I") || css.contains("roman")) {
			return ListStyle.LOWER_ROMAN;
		}
		return ListStyle.DECIMAL;
	}

	private void table(Element table, Style style) {
		List<List<Element>> rows = new ArrayList<>();
		for (Element tr : table.select("tr")) {
			if (tr.closest("table") != table) {
				continue; // a nested table's row: read as the text of its cell
			}
			List<Element> cells = new ArrayList<>();
			for (Element cell : tr.children()) {
				if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
					cells.add(cell);
				}
			}
			if (cells.stream().anyMatch(c -> !Line.clean(c.text()).isEmpty())) {
				rows.add(cells);
			}
		}
		// columns that are empty in every row are spacers
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		boolean[] used = new boolean[width];
		for (List<Element> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				used[c] |= !Line.clean(row.get(c).text()).isEmpty();
			}
		}
		List<List<Element>> kept = new ArrayList<>();
		for (List<Element> row : rows) {
			List<Element> cells = new ArrayList<>();
			for (int c = 0; c < row.size(); c++) {
				if (used[c]) {
					cells.add(row.get(c));
				}
			}
			kept.add(cells);
		}
		int columns = 0;
		for (boolean u : used) {
			columns += u ? 1 : 0;
		}
		if (columns <= 1) {
			for (List<Element> row : kept) {
				for (Element cell : row) {
					walk(cell, style);
					endLine();
				}
			}
			return;
		}
		if (columns == 2 && kept.stream().allMatch(r -> r.size() == 2 && isMarker(r.get(0).text()))) {
			ListStyle listStyle = markerStyle(Line.clean(kept.get(0).get(0).text()));
			int listId = nextListId++;
			// agents often give each item a table of its own: items of neighbouring marker tables are one list
			if (!pieces.isEmpty() && pieces.get(pieces.size() - 1) instanceof Line previous
					&& previous.lists().size() == 1 && markerLists.contains(previous.lists().get(0).listId())
					&& previous.lists().get(0).style() == listStyle && lists.isEmpty()) {
				listId = previous.lists().get(0).listId();
			}
			markerLists.add(listId);
			for (List<Element> row : kept) {
				lists.add(new Line.ListFrame(listId, listStyle, 1, nextListId++));
				walk(row.get(1), style);
				endLine();
				lists.remove(lists.size() - 1);
			}
			return;
		}
		Grid grid = new Grid();
		for (List<Element> row : kept) {
			List<Grid.Cell> cells = new ArrayList<>();
			boolean header = !row.isEmpty() && row.stream().allMatch(c -> c.normalName().equals("th"));
			for (Element cell : row) {
				HtmlFlattener inner = new HtmlFlattener();
				inner.walk(cell, styleOf(cell, cell.normalName(), cell.attr("style").toLowerCase(Locale.ROOT), style));
				inner.endLine();
				List<Line> lines = new ArrayList<>();
				for (Piece piece : inner.pieces) {
					if (piece instanceof Line l) {
						lines.add(l);
					} else if (piece instanceof Grid g) {
						lines.addAll(g.asLines());
					}
				}
				cells.add(new Grid.Cell(lines));
			}
			grid.rows().add(new Grid.Row(header, cells));
		}
		pieces.add(grid);
	}

	static boolean isMarker(String text) {
		String t = Line.clean(text);
		return !t.isEmpty() && t.length() <= 5 && MARKER.matcher(t).matches();
	}

	static ListStyle markerStyle(String marker) {
		String m = marker.replaceAll("[().]", "");
		if (m.matches("[0-9]+")) {
			return ListStyle.DECIMAL;
		}
		if (m.matches("[ivx]{2,}")) {
			return ListStyle.LOWER_ROMAN;
		}
		if (m.matches("[a-z]+")) {
			return m.equals("o") ? ListStyle.BULLET : ListStyle.LOWER_ALPHA;
		}
		return ListStyle.BULLET;
	}

	private static int parseInt(String s, int fallback) {
		try {
			return Integer.parseInt(s.trim());
		} catch (NumberFormatException e) {
			return fallback;
		}
	}
}
