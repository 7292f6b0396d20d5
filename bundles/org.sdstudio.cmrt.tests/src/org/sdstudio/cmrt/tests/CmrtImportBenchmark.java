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
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.sdstudio.cmrt.AnnexRebuild;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.CmrtReader;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Defect;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioFactory;

/**
 * Not a test: prints figures, asserts nothing about time. Runs only with {@code ./mvnw -B verify -Pbenchmark}
 * (under -Xmx512m). Generates 1,000 realistic CMRT workbooks (50-300 smelter rows) under target/benchmark, imports and
 * consolidates them three times after a warm-up and prints the medians (files/s, wall time, peak heap), then reads a
 * sample through POI's full XSSFWorkbook model as the baseline (warmed up, median of three runs) and prints two ratios:
 * the whole import against it, and the read stage alone (CmrtReader.read of the same sample on the same threads).
 */
class CmrtImportBenchmark {

	static final int FILES = Integer.getInteger("sdstudio.benchmark.files", 1000);
	static final int RUNS = 3;
	static final int BASELINE_SAMPLE = Integer.getInteger("sdstudio.benchmark.baseline", 40);
	static final int WARMUP_FILES = 100;
	static final int WARMUP_BASELINE = 8;

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

		int threads = Runtime.getRuntime().availableProcessors();
		// warm-up (not timed): the JIT compiles the reader before the measured runs, as it does for the baseline below
		CmrtImport.read(files.subList(0, Math.min(WARMUP_FILES, files.size())), 2025, LocalDate.of(2026, 4, 1),
				new BasicMonitor(), threads);

		double[] rates = new double[RUNS];
		double[] walls = new double[RUNS];
		double[] heaps = new double[RUNS];
		double[] lives = new double[RUNS];
		int facilities = 0;
		for (int run = 0; run < RUNS; run++) {
			// every run starts with an empty Smelter Look-up cache: its misses are part of the figure
			CmrtReader.clearLookupCache();
			System.gc();
			HeapSampler sampler = new HeapSampler();
			sampler.start();
			long gc0 = gcMillis();
			long t0 = System.nanoTime();
			Filing filing = SdStudioFactory.eINSTANCE.createFiling();
			filing.setReportingYear(2025);
			List<CmrtImport.FileResult> results = CmrtImport.read(files, 2025, LocalDate.of(2026, 4, 1),
					new BasicMonitor(), threads);
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
			long[] cache = CmrtReader.lookupCacheCounts();
			walls[run] = wall;
			rates[run] = FILES / wall;
			heaps[run] = sampler.peak / 1e6;
			System.out.printf("run %d: %d files (%d unreadable), %d facilities, %.2f s, %.1f files/s, peak heap %.0f MB, "
					+ "live after import %.0f MB, GC %.1f s, look-up cache %d hits %d misses (%d replayed)%n", run + 1,
					FILES, failed, facilities, wall, rates[run], heaps[run], lives[run], (gcMillis() - gc0) / 1000.0,
					cache[0], cache[1], cache[2]);
		}
		double streamingPerFile = median(walls) / FILES;

		// the baseline on as many threads as the import: every sheet, cell, style and string in POI's full model;
		// the same sample of files for the read-stage comparison, both warmed up, both the median of RUNS runs
		List<File> sample = new ArrayList<>();
		for (int i = 0; i < BASELINE_SAMPLE; i++) {
			sample.add(files.get(i * (FILES / BASELINE_SAMPLE)).toFile());
		}
		timeOnThreads(sample.subList(0, Math.min(WARMUP_BASELINE, sample.size())), threads,
				CmrtImportBenchmark::fullModel);
		double[] baseline = new double[RUNS];
		double[] streamingRead = new double[RUNS];
		double[] streamingReadCached = new double[RUNS];
		long[] coldCache = new long[2];
		for (int run = 0; run < RUNS; run++) {
			System.gc();
			baseline[run] = timeOnThreads(sample, threads, CmrtImportBenchmark::fullModel) / sample.size();
			// the read stage alone (CmrtReader.read: open, parse, build the response; no checks, no model change),
			// from an empty look-up cache each run
			CmrtReader.clearLookupCache();
			System.gc();
			streamingRead[run] = timeOnThreads(sample, threads, CmrtImportBenchmark::streamingRead) / sample.size();
			coldCache = CmrtReader.lookupCacheCounts();
			// again, with the look-ups of the sample's templates in the cache (as after the first files of an import)
			System.gc();
			streamingReadCached[run] = timeOnThreads(sample, threads, CmrtImportBenchmark::streamingRead)
					/ sample.size();
		}
		double baselinePerFile = median(baseline);
		double readPerFile = median(streamingRead);
		double readCachedPerFile = median(streamingReadCached);
		System.out.println("=== CMRT import benchmark (medians of " + RUNS + " runs after a warm-up, " + threads
				+ " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)");
		System.out.printf("files/s: %.1f%nwall: %.2f s for %d files%npeak heap (sampled used heap): %.0f MB; "
				+ "live after import: %.0f MB%n", median(rates), median(walls), FILES, median(heaps), median(lives));
		System.out.printf("baseline XSSFWorkbook (%d threads): %.1f ms/file (sample of %d files); streaming import "
				+ "(read, check, apply, consolidate, Annex A; all %d files): %.1f ms/file; whole-import ratio %.1fx%n",
				threads, baselinePerFile * 1000, sample.size(), FILES, streamingPerFile * 1000,
				baselinePerFile / streamingPerFile);
		System.out.printf("read stage alone (%d threads, the same %d files): streaming CmrtReader.read %.1f ms/file "
				+ "from an empty look-up cache (%d of %d look-ups not in it, %d of those replayed, not parsed) vs "
				+ "XSSFWorkbook %.1f ms/file; read-only ratio %.1fx; with the look-ups cached %.1f ms/file, ratio "
				+ "%.1fx%n", threads, sample.size(), readPerFile * 1000, coldCache[1], coldCache[0] + coldCache[1],
				coldCache[2], baselinePerFile * 1000,
				baselinePerFile / readPerFile, readCachedPerFile * 1000, baselinePerFile / readCachedPerFile);
	}

	interface FileTask {
		void run(File file) throws Exception;
	}

	private static void fullModel(File file) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(file)) {
			if (book.getSheet("Smelter List").getLastRowNum() < 4) {
				throw new AssertionError("no smelter rows in " + file);
			}
		}
	}

	private static void streamingRead(File file) throws Exception {
		if (CmrtReader.read(file.toPath()).response().getSmelterRows().isEmpty()) {
			throw new AssertionError("no smelter rows in " + file);
		}
	}

	/** Seconds to run the task over the files on a pool of the given size. */
	private static double timeOnThreads(List<File> files, int threads, FileTask task) throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			long t0 = System.nanoTime();
			List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
			for (File file : files) {
				futures.add(pool.submit(() -> {
					task.run(file);
					return null;
				}));
			}
			for (var f : futures) {
				f.get();
			}
			return (System.nanoTime() - t0) / 1e9;
		} finally {
			pool.shutdown();
		}
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
