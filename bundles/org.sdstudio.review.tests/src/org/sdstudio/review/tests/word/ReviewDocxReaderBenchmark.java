package org.sdstudio.review.tests.word;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.word.ReturnedDocument;
import org.sdstudio.review.word.ReviewDocxReader;

/**
 * Not a test: prints how long reading a large returned review document takes: 16 sections of about 19,000 words in
 * all, one word in twenty deleted or inserted with tracking (Word's manner, runs split), 100 comments each with a
 * reply, and Annex A as a table of 5,000 rows of which 100 inserted and 100 deleted; beside a baseline of inflating
 * document.xml and passing over it with the same StAX parser, doing nothing with it, in the same run. Goal (warm,
 * median): under 1 s. Runs only with {@code ./mvnw -B verify -Pbenchmark}.
 */
class ReviewDocxReaderBenchmark {

	static final int PARTS = 17;
	static final int WORDS = 20_000;
	static final int ROWS = 5_000;
	static final int WARM_UP = 3;
	static final int RUNS = 9;
	private static final String[] VOCABULARY = ("the company conducted a reasonable country of origin inquiry "
			+ "regarding conflict minerals necessary to the functionality or production of products it manufactured "
			+ "during the calendar year and surveyed suppliers using the template").split(" ");

	@TempDir
	Path dir;

	@Test
	void readALargeReturnedDocument() throws Exception {
		WordDocs d = WordDocs.word();
		Instant when = Instant.parse("2026-03-02T14:05:00Z");
		int word = 0;
		int changes = 0;
		int comment = 0;
		for (int part = 1; part < PARTS; part++) {
			d.body(d.heading(1, "Section " + part));
			List<String> paragraphs = new ArrayList<>();
			for (int p = 0; p < WORDS / ((PARTS - 1) * 60); p++) {
				List<String> content = new ArrayList<>();
				if (p == 0) {
					content.add(d.partStart(part));
				}
				if (p % 3 == 0 && comment < 200) {
					d.comment(++comment, "Ann Kowalski", when, "Comment " + comment);
					d.reply(++comment, comment - 1, "Jonathan Morrow", when.plusSeconds(60), "Reply");
					content.add(d.commentStart(comment - 1));
					content.add(d.commentStart(comment));
				}
				StringBuilder plain = new StringBuilder();
				for (int w = 0; w < 60; w++, word++) {
					String text = VOCABULARY[word % VOCABULARY.length] + " ";
					if (word % 20 == 7) {
						content.add(d.r(plain.toString()));
						plain.setLength(0);
						content.add(word % 40 == 7 ? d.del("Ann Kowalski", when, d.r(text))
								: d.ins("Priya Natarajan", when, d.r(text)));
						changes++;
					} else {
						plain.append(text);
					}
				}
				content.add(d.r(plain.toString()));
				if (p % 3 == 0 && comment <= 200 && content.stream().anyMatch(c -> c.contains("commentRangeStart"))) {
					content.add(d.commentEnd(comment - 1));
					content.add(d.commentEnd(comment));
				}
				paragraphs.add(d.p(content.toArray(String[]::new)));
			}
			d.body(paragraphs.toArray(String[]::new));
			d.body(d.para().style("Heading1").with(d.partEnd(part), d.r("Next")));
		}
		List<String> rows = new ArrayList<>();
		rows.add(d.rowWith("<w:tblHeader/>", d.cell(d.p(d.partStart(PARTS), d.r("Metal"))), d.cell(d.p(d.r("Smelter"))),
				d.cell(d.p(d.r("Country")))));
		for (int i = 0; i < ROWS; i++) {
			String[] cells = { "Tin", "Facility " + i, "Country " + (i % 60) };
			rows.add(i % 50 == 1 ? d.insertedRow("Jonathan Morrow", when, cells)
					: i % 50 == 2 ? d.deletedRow("Jonathan Morrow", when, cells) : d.row(cells));
		}
		d.body(d.table(rows.toArray(String[]::new)), d.p(d.partEnd(PARTS)));
		Path file = d.write(dir.resolve("large.docx"));

		ReturnedDocument[] last = new ReturnedDocument[1];
		double read = median(() -> last[0] = ReviewDocxReader.read(file));
		double baseline = median(() -> bareParse(file));
		ReturnedDocument doc = last[0];
		int words = doc.parts().stream().mapToInt(p -> StructuredTexts.wordCount(p.returned())).sum();
		int revisions = doc.parts().stream().mapToInt(p -> p.revisions().size()).sum();
		int comments = doc.parts().stream().mapToInt(p -> p.comments().size()).sum();
		System.out.printf("ReviewDocxReaderBenchmark: %.1f MB .docx (document.xml %.1f MB), %d parts, %,d words "
				+ "returned, %,d tracked word changes, %,d revisions read, %d comments with replies, %,d table rows; "
				+ "%d runs after %d warm-up, medians:%n", Files.size(file) / 1e6, documentXmlSize(file) / 1e6,
				doc.parts().size(), words, changes, revisions, comments, ROWS, RUNS, WARM_UP);
		// the real thing for scale: a filed Form SD with its report (Inogen's for 2020) is about 5,400 words with
		// 290 Annex A rows; this document is several times that, so real ones read faster than these figures
		System.out.printf("  real input for scale: a filed Form SD and report, about 5,400 words and 290 Annex A rows "
				+ "(generated here: %.1fx the words, %.1fx the rows)%n", words / 5_400.0, ROWS / 290.0);
		System.out.printf("  ReviewDocxReader.read (both views, revisions, comments)  %7.1f ms  (goal < 1000 ms)  "
				+ "%5.1fx baseline%n", read, read / baseline);
		System.out.printf("  baseline: inflate document.xml and pass over it (StAX)   %7.1f ms%n", baseline);
	}

	private static Object bareParse(Path file) throws Exception {
		int events = 0;
		try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
			XMLStreamReader r = XMLInputFactory.newDefaultFactory().createXMLStreamReader(in);
			while (r.hasNext()) {
				r.next();
				events++;
			}
			r.close();
		}
		return events;
	}

	private static long documentXmlSize(Path file) throws Exception {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.getEntry("word/document.xml").getSize();
		}
	}

	private static double median(Callable<Object> task) throws Exception {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			long start = System.nanoTime();
			task.call();
			if (i >= WARM_UP) {
				times.add(System.nanoTime() - start);
			}
		}
		times.sort(null);
		return times.get(times.size() / 2) / 1e6;
	}
}
