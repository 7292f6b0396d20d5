package org.sdstudio.ui.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Word documents edited the way Word writes its edits, for the workbench tests: tracked deletions and insertions
 * ({@code w:del}/{@code w:ins} with author, date and id, the deleted words in {@code w:delText}), an edit made with
 * tracking off (the text simply changed), comments anchored with {@code commentRangeStart}/{@code End} and a
 * reference run, in {@code word/comments.xml}; and the smallest Word package that is not from SD Studio.
 */
final class WordEdits {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private final Map<String, byte[]> entries;
	private int nextId = 9000;

	private WordEdits(Map<String, byte[]> entries) {
		this.entries = entries;
	}

	/** The document's parts, to edit them. */
	static WordEdits open(Path docx) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return new WordEdits(entries);
	}

	/** Writes the edited document (as Word saves it: a new package). */
	void save(Path docx) throws IOException {
		try (OutputStream file = Files.newOutputStream(docx); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
	}

	String part(String name) {
		byte[] bytes = entries.get(name);
		if (bytes == null) {
			throw new IllegalStateException("the document has no part " + name + ": " + entries.keySet());
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	boolean has(String name) {
		return entries.containsKey(name);
	}

	void put(String name, String xml) {
		entries.put(name, xml.getBytes(StandardCharsets.UTF_8));
	}

	WordEdits edit(String name, UnaryOperator<String> change) {
		put(name, change.apply(part(name)));
		return this;
	}

	/**
	 * Replaces {@code old} by {@code replacement} as a tracked change: the run holding the words (the first run at
	 * or after {@code after}) is split, the words go into a {@code w:del} and the replacement into a {@code w:ins},
	 * both by {@code author} at {@code date}, each keeping the run's formatting.
	 */
	WordEdits trackedReplace(String after, String old, String replacement, String author, String date) {
		return edit("word/document.xml", xml -> {
			Run run = run(xml, after, old);
			String del = old.isEmpty() ? "" : "<w:del w:id=\"" + (nextId++) + "\" w:author=\"" + author + "\" w:date=\"" + date
					+ "\"><w:r>" + run.props + "<w:delText xml:space=\"preserve\">" + escape(old) + "</w:delText></w:r></w:del>";
			String ins = replacement.isEmpty() ? "" : "<w:ins w:id=\"" + (nextId++) + "\" w:author=\"" + author
					+ "\" w:date=\"" + date + "\"><w:r>" + run.props + "<w:t xml:space=\"preserve\">" + escape(replacement)
					+ "</w:t></w:r></w:ins>";
			return xml.substring(0, run.start) + run.before() + del + ins + run.after() + xml.substring(run.end);
		});
	}

	/** Changes the words with tracking off: the text is simply different. */
	WordEdits untrackedReplace(String after, String old, String replacement) {
		return edit("word/document.xml", xml -> {
			Run run = run(xml, after, old);
			return xml.substring(0, run.start) + run.before() + run.piece(replacement) + run.after() + xml.substring(run.end);
		});
	}

	/** Puts a Word comment on {@code quoted} (in the first run at or after {@code after} that holds it). */
	WordEdits comment(String after, String quoted, String author, String date, String text) {
		int id = nextId++;
		edit("word/document.xml", xml -> {
			Run run = run(xml, after, quoted);
			return xml.substring(0, run.start) + run.before() + "<w:commentRangeStart w:id=\"" + id + "\"/>"
					+ run.piece(quoted) + "<w:commentRangeEnd w:id=\"" + id + "\"/><w:r><w:commentReference w:id=\"" + id
					+ "\"/></w:r>" + run.after() + xml.substring(run.end);
		});
		String comment = "<w:comment w:id=\"" + id + "\" w:author=\"" + author + "\" w:date=\"" + date
				+ "\" w:initials=\"JM\"><w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p></w:comment>";
		if (has("word/comments.xml")) {
			edit("word/comments.xml", xml -> xml.replace("</w:comments>", comment + "</w:comments>"));
		} else {
			put("word/comments.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:comments xmlns:w=\""
					+ W + "\">" + comment + "</w:comments>");
			edit("[Content_Types].xml", xml -> xml.replace("</Types>", "<Override PartName=\"/word/comments.xml\" "
					+ "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/></Types>"));
			edit("word/_rels/document.xml.rels", xml -> xml.replace("</Relationships>", "<Relationship Id=\"rIdEdits"
					+ id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" "
					+ "Target=\"comments.xml\"/></Relationships>"));
		}
		return this;
	}

	/** Sets who saved the document last, as Word does on every save. */
	WordEdits lastModifiedBy(String author) {
		String before = part("docProps/core.xml");
		edit("docProps/core.xml", xml -> xml.contains("lastModifiedBy>")
				? xml.replaceAll("<cp:lastModifiedBy>[^<]*</cp:lastModifiedBy>",
						"<cp:lastModifiedBy>" + escape(author) + "</cp:lastModifiedBy>")
				: xml.replace("</cp:coreProperties>", "<cp:lastModifiedBy>" + escape(author)
						+ "</cp:lastModifiedBy></cp:coreProperties>"));
		if (before.equals(part("docProps/core.xml")) && !before.contains(">" + escape(author) + "<")) {
			throw new IllegalStateException("the core properties were not changed: " + before);
		}
		return this;
	}

	/** One {@code w:r} holding {@code words} in its single {@code w:t}, where it is in the XML. */
	private record Run(int start, int end, String props, String text, int at, String words) {
		String piece(String s) {
			return s.isEmpty() ? "" : "<w:r>" + props + "<w:t xml:space=\"preserve\">" + escape(s) + "</w:t></w:r>";
		}

		String before() {
			return piece(text.substring(0, at));
		}

		String after() {
			return piece(text.substring(at + words.length()));
		}
	}

	private static Run run(String xml, String after, String words) {
		int from = after == null ? 0 : xml.indexOf(escape(after));
		if (from < 0) {
			throw new IllegalStateException("the document does not have \"" + after + "\"");
		}
		String escaped = escape(words);
		int hit = xml.indexOf(escaped, from);
		while (hit >= 0) {
			int tStart = xml.lastIndexOf("<w:t", hit);
			int tOpenEnd = xml.indexOf('>', tStart) + 1;
			int tEnd = xml.indexOf("</w:t>", tStart);
			boolean insideText = xml.startsWith("<w:t>", tStart) || xml.startsWith("<w:t ", tStart);
			if (insideText && tOpenEnd <= hit && hit + escaped.length() <= tEnd) {
				int rStart = Math.max(xml.lastIndexOf("<w:r>", tStart), xml.lastIndexOf("<w:r ", tStart));
				int rEnd = xml.indexOf("</w:r>", tEnd) + "</w:r>".length();
				String inner = xml.substring(rStart, tStart);
				int p = inner.indexOf("<w:rPr>");
				String props = p < 0 ? "" : inner.substring(p, inner.indexOf("</w:rPr>") + "</w:rPr>".length());
				String text = unescape(xml.substring(tOpenEnd, tEnd));
				return new Run(rStart, rEnd, props, text, unescape(xml.substring(tOpenEnd, hit)).length(), words);
			}
			hit = xml.indexOf(escaped, hit + 1);
		}
		throw new IllegalStateException("no single run holds \"" + words + "\"");
	}

	static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String unescape(String s) {
		return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
				.replace("&amp;", "&");
	}

	/**
	 * The smallest Word package another tool might send back: the paragraphs given (each a string of run XML, or
	 * plain text), no SD Studio part ids.
	 */
	static void plainDocument(Path docx, List<String> paragraphs) throws IOException {
		StringBuilder body = new StringBuilder();
		for (String p : paragraphs) {
			body.append("<w:p>").append(p.startsWith("<") ? p : "<w:r><w:t xml:space=\"preserve\">" + escape(p)
					+ "</w:t></w:r>").append("</w:p>");
		}
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
				+ "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
		entries.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
				+ "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
		entries.put("word/_rels/document.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>")
				.getBytes(StandardCharsets.UTF_8));
		entries.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>")
				.getBytes(StandardCharsets.UTF_8));
		new WordEdits(entries).save(docx);
	}

	/** The bytes of a part, for tests that look inside. */
	static String read(Path docx, String name) throws IOException {
		try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals(name)) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					zip.transferTo(out);
					return out.toString(StandardCharsets.UTF_8);
				}
			}
		}
		return null;
	}
}
