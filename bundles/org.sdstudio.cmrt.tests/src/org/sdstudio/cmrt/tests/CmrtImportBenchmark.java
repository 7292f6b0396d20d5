package org.sdstudio.cmrt.tests;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sdstudio.cmrt.AnnexRebuild;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.Progress;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Defect;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioFactory;

/**
 * Not a test: prints figures, asserts nothing about time. Runs only with {@code ./mvnw -B verify -Pbenchmark}
 * (under -Xmx512m). Generates 1,000 realistic CMRT workbooks (50-300 smelter rows) under target/benchmark, imports and
 * consolidates them three times and prints the medians (files/s, wall time, peak heap), then reads a sample through
 * POI's full XSSFWorkbook model as the baseline and prints the ratio.
 */
class CmrtImportBenchmark {

	static final int FILES = Integer.getInteger("sdstudio.benchmark.files", 1000);
	static final int RUNS = 3;
	static final int BASELINE_SAMPLE = Integer.getInteger("sdstudio.benchmark.baseline", 40);

	@Test
	void importThousandWorkbooks() throws Exception {
		Path dir = Path.of(System.getProperty("sdstudio.benchmark.dir", "target/benchmark"));
		Files.createDirectories(dir);
		String[] revisions = { "6.01", "6.1", "6.22", "6.31", "6.4", "6.5" };
		Defect[] defects = Defect.values();
		Random random = new Random(2026);
		List<Path> files = new ArrayList<>();
		long genStart = System.nanoTime();
		long bytes = 0;
		for (int i = 0; i < FILES; i++) {
			Path file = dir.resolve(String.format("supplier-%04d.xlsx", i));
			CmrtWorkbookBuilder b = CmrtWorkbookBuilder.cmrt(revisions[i % revisions.length])
					.company(String.format("Benchmark Supplier %04d Co., Ltd.", i))
					.smelters(50 + random.nextInt(251), i).language(i % 7 == 0 ? "zh" : "en");
			if (i % 3 == 0) {
				b.with(defects[random.nextInt(defects.length)]);
			}
			b.write(file);
			bytes += Files.size(file);
			files.add(file);
		}
		System.out.printf("generated %d workbooks (average %.2f MB) in %.1f s%n", FILES, bytes / 1e6 / FILES,
				(System.nanoTime() - genStart) / 1e9);

		double[] rates = new double[RUNS];
		double[] walls = new double[RUNS];
		double[] heaps = new double[RUNS];
		double[] lives = new double[RUNS];
		int facilities = 0;
		for (int run = 0; run < RUNS; run++) {
			System.gc();
			HeapSampler sampler = new HeapSampler();
			sampler.start();
			long gc0 = gcMillis();
			long t0 = System.nanoTime();
			Filing filing = SdStudioFactory.eINSTANCE.createFiling();
			filing.setReportingYear(2025);
			List<CmrtImport.FileResult> results = CmrtImport.read(files, 2025, LocalDate.of(2026, 4, 1),
					Progress.NONE, Runtime.getRuntime().availableProcessors());
			CmrtImport.apply(filing, results);
			AnnexRebuild.Plan plan = AnnexRebuild.plan(filing);
			plan.apply(filing);
			double wall = (System.nanoTime() - t0) / 1e9;
			sampler.interrupt();
			sampler.join();
			System.gc();
			// what the import keeps: the filing with 1,000 responses, their rows and findings, and Annex A
			double live = used() / 1e6;
			lives[run] = live;
			if (filing.getSupplyChain().getSuppliers().isEmpty()) {
				throw new AssertionError("nothing imported");
			}
			facilities = plan.consolidation().facilities().size();
			long failed = results.stream().filter(r -> !r.ok()).count();
			walls[run] = wall;
			rates[run] = FILES / wall;
			heaps[run] = sampler.peak / 1e6;
			System.out.printf("run %d: %d files (%d unreadable), %d facilities, %.2f s, %.1f files/s, peak heap %.0f MB, "
					+ "live after import %.0f MB, GC %.1f s%n", run + 1, FILES, failed, facilities, wall, rates[run],
					heaps[run], lives[run], (gcMillis() - gc0) / 1000.0);
		}
		double streamingPerFile = median(walls) / FILES;

		// the baseline on as many threads as the import: every sheet, cell, style and string in POI's full model
		System.gc();
		int threads = Runtime.getRuntime().availableProcessors();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		long b0 = System.nanoTime();
		List<java.util.concurrent.Future<Integer>> rows = new ArrayList<>();
		for (int i = 0; i < BASELINE_SAMPLE; i++) {
			File file = files.get(i * (FILES / BASELINE_SAMPLE)).toFile();
			rows.add(pool.submit(() -> {
				try (XSSFWorkbook book = new XSSFWorkbook(file)) {
					return book.getSheet("Smelter List").getLastRowNum();
				}
			}));
		}
		for (var f : rows) {
			f.get();
		}
		pool.shutdown();
		double baselinePerFile = (System.nanoTime() - b0) / 1e9 / BASELINE_SAMPLE;
		System.out.println("=== CMRT import benchmark (medians of " + RUNS + " runs, " + Runtime.getRuntime()
				.availableProcessors() + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)");
		System.out.printf("files/s: %.1f%nwall: %.2f s for %d files%npeak heap (sampled used heap): %.0f MB; "
				+ "live after import: %.0f MB%n", median(rates), median(walls), FILES, median(heaps), median(lives));
		System.out.printf("baseline XSSFWorkbook (%d threads): %.1f ms/file (sample of %d files); streaming import "
				+ "(read, check, apply, consolidate, Annex A): %.1f ms/file; ratio %.1fx%n", threads,
				baselinePerFile * 1000, BASELINE_SAMPLE, streamingPerFile * 1000,
				baselinePerFile / streamingPerFile);
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime()))
				.sum();
	}

	private static long used() {
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}

	/** The highest used heap seen while importing, sampled every few milliseconds. */
	private static final class HeapSampler extends Thread {
		volatile long peak;

		HeapSampler() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!isInterrupted()) {
				peak = Math.max(peak, used());
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					return;
				}
			}
		}
	}

	private static double median(double[] values) {
		double[] v = values.clone();
		Arrays.sort(v);
		return v[v.length / 2];
	}
}
