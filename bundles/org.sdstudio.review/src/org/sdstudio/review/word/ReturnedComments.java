package org.sdstudio.review.word;

import static org.sdstudio.review.word.ReturnedStyles.attr;
import static org.sdstudio.review.word.ReturnedStyles.isW;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The comments of a returned document as Word keeps them: their text (comments.xml), and, where Word wrote them,
 * the threads and done marks (commentsExtended.xml, matched through the paragraph id of each comment's last
 * paragraph) and the true UTC dates (commentsExtensible.xml through commentsIds.xml; comments.xml's own date is
 * the author's local time marked as UTC).
 */
final class ReturnedComments {

	private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
	private static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
	private static final String W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
	private static final String W16CEX = "http://schemas.microsoft.com/office/word/2018/wordml/cex";

	/** One w:comment as read. */
	static final class Raw {
		final String id;
		final int order;
		String author;
		Instant date;
		final StringBuilder text = new StringBuilder();
		String lastParaId;
		String parentParaId;
		boolean done;

		Raw(String id, int order) {
			this.id = id;
			this.order = order;
		}
	}

	/** By w:id, in the order of comments.xml. */
	final Map<String, Raw> byId = new LinkedHashMap<>();
	final Map<String, Raw> byParaId = new HashMap<>();

	void readComments(XMLStreamReader r) throws XMLStreamException {
		Raw current = null;
		boolean paragraphStarted = false;
		int deleted = 0;
		while (r.hasNext()) {
			int e = r.next();
			if (e == XMLStreamConstants.END_ELEMENT) {
				if (isW(r.getNamespaceURI())) {
					switch (r.getLocalName()) {
					case "comment" -> current = null;
					case "del", "moveFrom" -> deleted = Math.max(0, deleted - 1);
					default -> {
					}
					}
				}
				continue;
			}
			if (e != XMLStreamConstants.START_ELEMENT || !isW(r.getNamespaceURI())) {
				continue;
			}
			String n = r.getLocalName();
			if (n.equals("comment")) {
				current = new Raw(attr(r, "id"), byId.size());
				current.author = attr(r, "author");
				current.date = instant(attr(r, "date"));
				paragraphStarted = false;
				if (current.id != null) {
					byId.putIfAbsent(current.id, current);
				}
				continue;
			}
			if (current == null) {
				continue;
			}
			switch (n) {
			case "p" -> {
				if (paragraphStarted) {
					current.text.append('\n');
				}
				paragraphStarted = true;
				String paraId = r.getAttributeValue(W14, "paraId");
				if (paraId != null) {
					current.lastParaId = paraId;
				}
			}
			case "del", "moveFrom" -> deleted++;
			case "t" -> {
				String t = r.getElementText();
				if (deleted == 0) {
					current.text.append(t);
				}
			}
			case "delText", "instrText", "delInstrText" -> r.getElementText();
			case "tab" -> current.text.append('\t');
			case "br", "cr" -> current.text.append('\n');
			case "rPr", "pPr", "drawing", "pict", "object" -> ReturnedStyles.skip(r);
			default -> {
			}
			}
		}
		for (Raw c : byId.values()) {
			if (c.lastParaId != null) {
				byParaId.putIfAbsent(c.lastParaId.toUpperCase(java.util.Locale.ROOT), c);
			}
		}
	}

	/** Threads and done marks (w15:commentEx). */
	void readExtended(XMLStreamReader r) throws XMLStreamException {
		while (r.hasNext()) {
			if (r.next() == XMLStreamConstants.START_ELEMENT && W15.equals(r.getNamespaceURI())
					&& r.getLocalName().equals("commentEx")) {
				Raw c = byParaId(r.getAttributeValue(W15, "paraId"));
				if (c != null) {
					c.parentParaId = r.getAttributeValue(W15, "paraIdParent");
					String done = r.getAttributeValue(W15, "done");
					c.done = "1".equals(done) || "true".equalsIgnoreCase(done);
				}
			}
		}
	}

	/** paraId to durable id (w16cid:commentId). */
	Map<String, String> readIds(XMLStreamReader r) throws XMLStreamException {
		Map<String, String> durable = new HashMap<>();
		while (r.hasNext()) {
			if (r.next() == XMLStreamConstants.START_ELEMENT && W16CID.equals(r.getNamespaceURI())
					&& r.getLocalName().equals("commentId")) {
				String para = r.getAttributeValue(W16CID, "paraId");
				String id = r.getAttributeValue(W16CID, "durableId");
				if (para != null && id != null) {
					durable.put(id.toUpperCase(java.util.Locale.ROOT), para);
				}
			}
		}
		return durable;
	}

	/** The UTC dates (w16cex:commentExtensible dateUtc) of comments known by durable id. */
	void readExtensible(XMLStreamReader r, Map<String, String> paraByDurableId) throws XMLStreamException {
		while (r.hasNext()) {
			if (r.next() == XMLStreamConstants.START_ELEMENT && W16CEX.equals(r.getNamespaceURI())
					&& r.getLocalName().equals("commentExtensible")) {
				String id = r.getAttributeValue(W16CEX, "durableId");
				Instant utc = instant(r.getAttributeValue(W16CEX, "dateUtc"));
				Raw c = id == null ? null : byParaId(paraByDurableId.get(id.toUpperCase(java.util.Locale.ROOT)));
				if (c != null && utc != null) {
					c.date = utc;
				}
			}
		}
	}

	Raw byParaId(String paraId) {
		return paraId == null ? null : byParaId.get(paraId.toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * A date as Word or LibreOffice writes it: with or without a zone (none means UTC) and fraction; null when
	 * absent or not a date.
	 */
	static Instant instant(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		String t = s.trim();
		try {
			return OffsetDateTime.parse(t).toInstant();
		} catch (DateTimeParseException e) {
			// no zone: below
		}
		try {
			return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
		} catch (DateTimeParseException e) {
			// a date alone: below
		}
		try {
			return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
