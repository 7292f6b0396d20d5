package org.sdstudio.review.compare;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Metal;
import org.sdstudio.model.SmelterEntry;

/**
 * The XML form of a comparison, which the blackline stylesheet turns into HTML: {@code blackline} with a
 * {@code summary}, the cover {@code field}s that changed, each {@code part} with its blocks ({@code p} with
 * {@code eq}, {@code ins}, {@code del} and {@code fmt} runs, {@code table} with {@code row} and {@code cell}) and
 * {@code annex} with counts and row changes. No namespace: it is an intermediate form, never stored.
 */
public final class BlacklineXml {

	private final XMLStreamWriter w;

	private BlacklineXml(XMLStreamWriter w) {
		this.w = w;
	}

	public static void write(FilingComparison c, Instant generated, XMLStreamWriter writer) throws XMLStreamException {
		new BlacklineXml(writer).blackline(c, generated);
	}

	private void blackline(FilingComparison c, Instant generated) throws XMLStreamException {
		w.writeStartDocument();
		w.writeStartElement("blackline");
		w.writeAttribute("old", c.oldLabel());
		w.writeAttribute("new", c.newLabel());
		w.writeAttribute("generated", generated.toString());
		w.writeEmptyElement("summary");
		w.writeAttribute("parts", String.valueOf(c.parts().size()));
		w.writeAttribute("parts-changed", String.valueOf(c.changedParts().size()));
		w.writeAttribute("words-inserted", String.valueOf(c.wordsInserted()));
		w.writeAttribute("words-deleted", String.valueOf(c.wordsDeleted()));
		for (FieldChange f : c.fields()) {
			w.writeEmptyElement("field");
			w.writeAttribute("name", f.field());
			w.writeAttribute("old", f.oldValue());
			w.writeAttribute("new", f.newValue());
		}
		for (PartDiff p : c.parts()) {
			part(p);
		}
		if (c.annex() != null) {
			annex(c.annex());
		}
		w.writeEndElement();
		w.writeEndDocument();
	}

	private void part(PartDiff p) throws XMLStreamException {
		w.writeStartElement("part");
		w.writeAttribute("id", p.id());
		w.writeAttribute("label", p.label());
		w.writeAttribute("status", p.status().name().toLowerCase().replace('_', '-'));
		attribute("old-title", p.oldTitle());
		attribute("new-title", p.newTitle());
		attribute("matched-by", p.matchedBy());
		w.writeAttribute("title-changed", String.valueOf(p.titleChanged()));
		w.writeAttribute("words-inserted", String.valueOf(p.text().wordsInserted()));
		w.writeAttribute("words-deleted", String.valueOf(p.text().wordsDeleted()));
		w.writeAttribute("changes", String.valueOf(p.text().changes().size()));
		int[] counters = new int[2];
		for (BlockDiff b : p.text().blocks()) {
			if (b.isTable()) {
				table(b);
			} else {
				paragraph(b, counters);
			}
		}
		w.writeEndElement();
	}

	private void paragraph(BlockDiff b, int[] counters) throws XMLStreamException {
		w.writeStartElement("p");
		Unit u = b.unit();
		w.writeAttribute("shape", b.shape());
		w.writeAttribute("kind", b.kind().name().toLowerCase());
		if (b.change() != 0) {
			w.writeAttribute("n", String.valueOf(b.change()));
		}
		if (b.kind() == BlockDiff.Kind.CHANGED && b.change() != 0) {
			w.writeAttribute("was", b.oldShape());
		}
		if (u.listStyle != null) {
			int level = Math.min(Math.max(u.level, 0), 1);
			if (u.listStart) {
				counters[level] = u.listStartNumber - 1;
			}
			if (u.itemStart) {
				counters[level]++;
				w.writeAttribute("marker", marker(u.listStyle, counters[level]));
			}
			if (level == 0 && u.itemStart) {
				counters[1] = 0;
			}
			w.writeAttribute("level", String.valueOf(level));
		}
		segments(b.segments());
		w.writeEndElement();
	}

	static String marker(ListStyle style, int n) {
		return switch (style) {
		case BULLET -> "\u2022";
		case DECIMAL -> n + ".";
		case LOWER_ALPHA -> (n >= 1 && n <= 26 ? String.valueOf((char) ('a' + n - 1)) : String.valueOf(n)) + ".";
		case LOWER_ROMAN -> roman(n) + ".";
		};
	}

	private static String roman(int n) {
		String[] units = { "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix" };
		String[] tens = { "", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc" };
		return n <= 0 || n >= 100 ? String.valueOf(n) : tens[n / 10] + units[n % 10];
	}

	private void table(BlockDiff b) throws XMLStreamException {
		w.writeStartElement("table");
		w.writeAttribute("kind", b.kind().name().toLowerCase());
		if (b.change() != 0) {
			w.writeAttribute("n", String.valueOf(b.change()));
		}
		for (RowDiff r : b.rows()) {
			w.writeStartElement("row");
			w.writeAttribute("kind", r.kind().name().toLowerCase());
			w.writeAttribute("header", String.valueOf(r.header()));
			if (r.change() != 0) {
				w.writeAttribute("n", String.valueOf(r.change()));
			}
			for (List<Segment> cell : r.cells()) {
				w.writeStartElement("cell");
				segments(cell);
				w.writeEndElement();
			}
			w.writeEndElement();
		}
		w.writeEndElement();
	}

	private void segments(List<Segment> segments) throws XMLStreamException {
		for (Segment s : segments) {
			String name = switch (s.op()) {
			case EQUAL -> "eq";
			case INSERT -> "ins";
			case DELETE -> "del";
			case FORMAT -> "fmt";
			};
			w.writeStartElement(name);
			if (s.change() != 0) {
				w.writeAttribute("n", String.valueOf(s.change()));
			}
			format(s.format());
			if (s.op() == Segment.Op.FORMAT) {
				w.writeAttribute("was", s.oldFormat().describe());
				w.writeAttribute("now", s.newFormat().describe());
			}
			w.writeCharacters(s.text());
			w.writeEndElement();
		}
	}

	private void format(Format f) throws XMLStreamException {
		if (f.bold()) {
			w.writeAttribute("b", "true");
		}
		if (f.italic()) {
			w.writeAttribute("i", "true");
		}
		if (f.underline()) {
			w.writeAttribute("u", "true");
		}
		if (f.link() != null) {
			w.writeAttribute("link", f.link());
		}
	}

	private void annex(AnnexComparison a) throws XMLStreamException {
		w.writeStartElement("annex");
		for (AnnexComparison.Kind k : AnnexComparison.Kind.values()) {
			w.writeAttribute(k.name().toLowerCase().replace('_', '-'), String.valueOf(a.count(k)));
		}
		w.writeAttribute("unchanged", String.valueOf(a.unchanged()));
		for (Map.Entry<Metal, Map<ComplianceStatus, Integer>> m : a.after().entrySet()) {
			for (ComplianceStatus s : ComplianceStatus.VALUES) {
				int before = a.before().get(m.getKey()).get(s);
				int after = m.getValue().get(s);
				if (before != 0 || after != 0) {
					w.writeEmptyElement("count");
					w.writeAttribute("metal", m.getKey().getLiteral());
					w.writeAttribute("status", s.getLiteral());
					w.writeAttribute("before", String.valueOf(before));
					w.writeAttribute("after", String.valueOf(after));
				}
			}
		}
		for (AnnexComparison.RowChange r : a.changes()) {
			SmelterEntry e = r.row();
			w.writeStartElement("row");
			w.writeAttribute("kind", r.kind().name().toLowerCase().replace('_', '-'));
			w.writeAttribute("metal", e.getMetal() == null ? "" : e.getMetal().getLiteral());
			attribute("facility", e.getFacilityName());
			attribute("country", e.getCountry());
			attribute("smelter-id", e.getSmelterId());
			w.writeAttribute("status", e.getStatus() == null ? "" : e.getStatus().getLiteral());
			attribute("matched-by", r.matchedBy());
			for (String f : r.fields()) {
				w.writeStartElement("field");
				w.writeCharacters(f);
				w.writeEndElement();
			}
			w.writeEndElement();
		}
		w.writeEndElement();
	}

	private void attribute(String name, String value) throws XMLStreamException {
		if (value != null && !value.isEmpty()) {
			w.writeAttribute(name, value);
		}
	}
}
