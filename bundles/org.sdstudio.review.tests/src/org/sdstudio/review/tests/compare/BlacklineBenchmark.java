package org.sdstudio.review.tests.compare;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.compare.BlacklineDocx;
import org.sdstudio.review.compare.BlacklineHtml;
import org.sdstudio.review.compare.FilingCompare;
import org.sdstudio.review.compare.FilingComparison;

import com.github.difflib.DiffUtils;

/**
 * Not a test: prints how long a blackline takes for a 20,000-word filing with 5% of its words changed across its
 * sections and 5,000 Annex A rows with 200 changed, against its base: the comparison, the HTML and the DOCX, beside
 * a baseline of a plain line-level diff (java-diff-utils on the parts' lines and the rows as lines) of the same
 * texts, in the same run. Goals (warm, medians): comparison under 300 ms, HTML under 500 ms, DOCX under 1.5 s.
 * Runs only with {@code ./mvnw -B verify -Pbenchmark}.
 */
class BlacklineBenchmark {

	static final int WORDS = 20_000;
	static final int ROWS = 5_000;
	static final int WARM_UP = 3;
	static final int RUNS = 9;
	private static final String[] ORDINALS = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth", "tenth", "eleventh", "twelfth" };

	@Test
	void blacklineOfALargeFiling() throws Exception {
		Filing base = FilingFiles.load(FilingCompareTest.EXAMPLE);
		grow(base);
		Filing edited = EcoreUtil.copy(base);
		int edits = Edits.words(edited, 0.05, 42);
		Edits.annexRows(edited, 200, 42);
		int words = 0;
		for (ReviewPart p : ReviewParts.of(base)) {
			if (p.kind() != ReviewPart.Kind.ANNEX) {
				words += StructuredTexts.wordCount(p.text());
			}
		}
		List<String> oldLines = lines(base);
		List<String> newLines = lines(edited);

		FilingComparison[] last = new FilingComparison[1];
		double compare = median(() -> last[0] = FilingCompare.filings(base, edited, "base", "edited"));
		FilingComparison c = last[0];
		double html = median(() -> BlacklineHtml.html(c, false, Instant.now()));
		double docx = median(() -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			BlacklineDocx.write(c, "Benchmark", Instant.now(), Map.of(), out);
			return out;
		});
		double baseline = median(() -> DiffUtils.diff(oldLines, newLines));
		System.out.printf("BlacklineBenchmark: %,d words in %d parts, %,d word edits; %,d Annex A rows, 200 changed "
				+ "(%d added, %d removed, %d status changed, %d otherwise); %d runs after %d warm-up, medians:%n",
				words, c.parts().size(), edits, base.getReport().getAnnexA().getRows().size(),
				c.annex().count(org.sdstudio.review.compare.AnnexComparison.Kind.ADDED),
				c.annex().count(org.sdstudio.review.compare.AnnexComparison.Kind.REMOVED),
				c.annex().count(org.sdstudio.review.compare.AnnexComparison.Kind.STATUS_CHANGED),
				c.annex().count(org.sdstudio.review.compare.AnnexComparison.Kind.CHANGED), RUNS, WARM_UP);
		System.out.printf("  comparison (word level, structure, Annex A by row)  %7.1f ms  (goal < 300 ms)  %5.1fx baseline%n",
				compare, compare / baseline);
		System.out.printf("  HTML blackline (XML form + XSLT 3.0)                 %7.1f ms  (goal < 500 ms)%n", html);
		System.out.printf("  DOCX with tracked changes                            %7.1f ms  (goal < 1500 ms)%n", docx);
		System.out.printf("  baseline: line-level diff of the same texts          %7.1f ms  (%,d and %,d lines)%n",
				baseline, oldLines.size(), newLines.size());
		System.out.println("  blocks: " + c.parts().stream().flatMap(p -> p.text().blocks().stream())
				.collect(java.util.stream.Collectors.groupingBy(b -> b.kind() + "/" + b.shape(),
						java.util.stream.Collectors.counting())));
		System.out.printf("  %,d changes, %,d words inserted, %,d deleted%n",
				c.parts().stream().mapToInt(p -> p.text().changes().size()).sum(), c.wordsInserted(),
				c.wordsDeleted());
	}

	/** Repeats the example's section texts until the report holds about 20,000 words; 5,000 Annex A rows. */
	private static void grow(Filing filing) {
		List<ReportSection> sections = new ArrayList<>();
		filing.getReport().getSections().forEach(s -> collect(s, sections));
		int words = sections.stream().mapToInt(s -> StructuredTexts.wordCount(s.getBody())).sum();
		for (int round = 0; words < WORDS; round++) {
			for (ReportSection s : sections) {
				if (s.getBody() == null || s.getBody().getBlocks().isEmpty() || words >= WORDS) {
					continue;
				}
				StructuredText copy = EcoreUtil.copy(s.getBody());
				// each copy its own words, as a real report's paragraphs are (no block repeated verbatim)
				int r = round;
				copy.eAllContents().forEachRemaining(o -> {
					if (o instanceof org.sdstudio.model.Paragraph p && !p.getRuns().isEmpty()) {
						org.sdstudio.model.Run first = p.getRuns().get(0);
						first.setText("In the " + ORDINALS[r % ORDINALS.length] + " place, " + first.getText());
					}
				});
				words += StructuredTexts.wordCount(copy);
				s.getBody().getBlocks().addAll(copy.getBlocks());
			}
		}
		List<SmelterEntry> rows = filing.getReport().getAnnexA().getRows();
		Metal[] metals = Metal.VALUES.toArray(new Metal[0]);
		for (int i = rows.size(); i < ROWS; i++) {
			SmelterEntry e = SdStudioFactory.eINSTANCE.createSmelterEntry();
			e.setMetal(metals[i % metals.length]);
			e.setFacilityName("Facility " + i);
			e.setCountry("Country " + (i % 60));
			e.setSmelterId(String.format("CID%06d", 100_000 + i));
			e.setStatus(ComplianceStatus.VALUES.get(i % ComplianceStatus.VALUES.size()));
			rows.add(e);
		}
	}

	private static void collect(ReportSection s, List<ReportSection> out) {
		out.add(s);
		s.getSubsections().forEach(sub -> collect(sub, out));
	}

	private static List<String> lines(Filing f) {
		List<String> lines = new ArrayList<>();
		for (ReviewPart p : ReviewParts.of(f)) {
			if (p.kind() != ReviewPart.Kind.ANNEX) {
				lines.addAll(List.of(p.plainText().split("\n")));
			}
		}
		for (SmelterEntry e : f.getReport().getAnnexA().getRows()) {
			lines.add(e.getMetal() + "\t" + e.getFacilityName() + "\t" + e.getCountry() + "\t" + e.getSmelterId()
					+ "\t" + e.getStatus());
		}
		return lines;
	}

	private static double median(Callable<Object> task) throws Exception {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			long start = System.nanoTime();
			Object result = task.call();
			long elapsed = System.nanoTime() - start;
			if (result == null) {
				throw new IllegalStateException("no result");
			}
			if (i >= WARM_UP) {
				times.add(elapsed);
			}
		}
		List<Long> sorted = times.stream().sorted().toList();
		return (sorted.get(RUNS / 2) + sorted.get((RUNS - 1) / 2)) / 2e6;
	}
}
