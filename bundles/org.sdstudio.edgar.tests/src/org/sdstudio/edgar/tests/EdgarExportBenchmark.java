package org.sdstudio.edgar.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SmelterEntry;

/**
 * Not a test: prints how long a whole export (model check, canonical XML and schema, both stylesheets, EDGAR check,
 * submission.xml, writing) takes for the example with 2,000 Annex A rows. Goal: under 1 second. Asserts nothing about
 * time; runs only with {@code ./mvnw -B verify -Pbenchmark} (excluded from the normal build).
 */
class EdgarExportBenchmark {

	static final int ROWS = 2_000;
	static final int WARM_UP = 5;
	static final int RUNS = 15;

	@TempDir
	Path dir;

	@Test
	void exportWith2000AnnexRows() throws Exception {
		Filing filing = Fixtures.example();
		AnnexA annex = filing.getReport().getAnnexA();
		List<SmelterEntry> base = List.copyOf(annex.getRows());
		for (int i = 0; annex.getRows().size() < ROWS; i++) {
			SmelterEntry copy = EcoreUtil.copy(base.get(i % base.size()));
			copy.setFacilityName(copy.getFacilityName() + " (plant " + (i / base.size() + 2) + ")");
			annex.getRows().add(copy);
		}
		EdgarExport export = new EdgarExport();
		List<Long> times = new ArrayList<>();
		ExportResult result = null;
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			long start = System.nanoTime();
			result = export.export(filing, dir.resolve("run" + i), ExportOptions.defaults(), new BasicMonitor());
			long elapsed = System.nanoTime() - start;
			if (i >= WARM_UP) {
				times.add(elapsed);
			}
		}
		if (result == null || !result.isWritten()) {
			throw new IllegalStateException("the benchmark filing did not export: " + result);
		}
		List<Long> sorted = times.stream().sorted().toList();
		double median = (sorted.get(RUNS / 2) + sorted.get((RUNS - 1) / 2)) / 2e6;
		System.out.printf("EdgarExportBenchmark: %d Annex A rows, %d runs after %d warm-up: median %.0f ms "
				+ "(min %.0f ms, max %.0f ms); files: %s%n", annex.getRows().size(), RUNS, WARM_UP, median,
				sorted.get(0) / 1e6, sorted.get(RUNS - 1) / 1e6,
				result.files().stream().map(f -> f.name() + " " + f.size() + " B").toList());
	}
}
