package org.sdstudio.importer.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sdstudio.importer.EdgarImport;
import org.sdstudio.importer.ImportResult;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SmelterEntry;

/**
 * Not a test (runs only with -Pbenchmark): imports a 400 KB Exhibit 1.01 with a 300-row Annex A (the example in the
 * div-and-font shape, its sections repeated) and its Form SD, warm, and prints the median beside the baseline of
 * parsing the same two files with jsoup alone (what any import costs at least).
 */
class EdgarImportBenchmark {

	@Test
	void importFourHundredKilobytes() throws Exception {
		Filing filing = FilingFacts.example();
		List<ReportSection> sections = new ArrayList<>(filing.getReport().getSections());
		int copy = 0;
		Path dir = Files.createTempDirectory("import-benchmark");
		Path sd = dir.resolve("formsd.htm");
		Path ex = dir.resolve("ex101.htm");
		Files.writeString(sd, AgentShapes.formSd(filing, AgentShapes.Shape.DIV_FONT, "ex101.htm"), StandardCharsets.US_ASCII);
		for (int i = 0; filing.getReport().getAnnexA().getRows().size() < 300; i++) {
			SmelterEntry row = EcoreUtil.copy(filing.getReport().getAnnexA().getRows().get(i));
			row.setFacilityName(row.getFacilityName() + " (second site)");
			row.setMetal(Metal.TIN);
			filing.getReport().getAnnexA().getRows().add(row);
		}
		String html = AgentShapes.exhibit(filing, AgentShapes.Shape.DIV_FONT);
		while (html.length() < 400_000) {
			ReportSection extra = EcoreUtil.copy(sections.get(1 + copy % (sections.size() - 1)));
			extra.setId("extra-" + copy);
			extra.setTitle(extra.getTitle() + " (continued " + ++copy + ")");
			filing.getReport().getSections().add(filing.getReport().getSections().size(), extra);
			html = AgentShapes.exhibit(filing, AgentShapes.Shape.DIV_FONT);
		}
		Files.writeString(ex, html, StandardCharsets.US_ASCII);

		for (int i = 0; i < 5; i++) {
			EdgarImport.read(List.of(sd, ex));
			Jsoup.parse(Files.readString(ex));
		}
		int runs = 15;
		long[] imports = new long[runs];
		long[] parses = new long[runs];
		ImportResult result = null;
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			result = EdgarImport.read(List.of(sd, ex));
			imports[i] = System.nanoTime() - t0;
			t0 = System.nanoTime();
			Jsoup.parse(Files.readString(sd, StandardCharsets.ISO_8859_1));
			Jsoup.parse(Files.readString(ex, StandardCharsets.ISO_8859_1));
			parses[i] = System.nanoTime() - t0;
		}
		double importMs = median(imports) / 1e6;
		double parseMs = median(parses) / 1e6;
		System.out.printf("EdgarImportBenchmark: EX-1.01 of %,d bytes, %d Annex A rows, %d sections; import median %.1f ms"
				+ " (goal: under 1000 ms), jsoup parse alone (baseline) %.1f ms, ratio %.2fx; %d runs after 5 warm-up%n",
				Files.size(ex), result.filing().getReport().getAnnexA().getRows().size(),
				result.filing().getReport().getSections().size(), importMs, parseMs, importMs / parseMs, runs);
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
