package org.sdstudio.cmrt.tests;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.sdstudio.cmrt.AnnexRebuild;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.CmrtReader;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Defect;
import org.sdstudio.cmrt.tests.CmrtWorkbookBuilder.Flavour;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioFactory;

/**
 * Not a test: prints figures, asserts nothing about time. Runs only with {@code ./mvnw -B verify -Pbenchmark}
 * (under -Xmx512m). For each flavour (as Excel and as LibreOffice save a workbook) it generates 1,000 CMRT workbooks
 * with the bulk of RMI's real template (50-300 smelter rows, every formula of the 2,504 Smelter List rows written out)
 * under target/benchmark, prints their part sizes beside the real template's, then on the same workbooks: the whole
 * import (read, checks, apply, consolidation, Annex A plan) three times after a warm-up (files/s, peak heap, cores
 * busy), the machine's limit (inflate and scan the parts the reader needs, parse nothing) and POI's full XSSFWorkbook
 * model of a sample as the baseline, each the median of three runs, and the ratios to both; wall-clock figures and, since
 * the machine may be shared, the same by CPU time; and the read stage alone on one thread by its CPU time against
 * inflating and scanning the same parts.
 */
class CmrtImportBenchmark {

	static final int FILES = Integer.getInteger("sdstudio.benchmark.files", 1000);
	static final int RUNS = 3;
	static final int BASELINE_SAMPLE = Integer.getInteger("sdstudio.benchmark.baseline", 20);
	static final int WARMUP_FILES = 100;
	static final int WARMUP_BASELINE = 4;
	static final int READ_SAMPLE = 100;

	@Test
	void importThousandWorkbooks() throws Exception {
		Path root = Path.of(System.getProperty("sdstudio.benchmark.dir", "target/benchmark"));
		int threads = Runtime.getRuntime().availableProcessors();
		List<String> summary = new ArrayList<>();
		// -Dsdstudio.benchmark.flavours=LIBREOFFICE runs one flavour only
		for (String name : System.getProperty("sdstudio.benchmark.flavours", "EXCEL,LIBREOFFICE").split(",")) {
			Flavour flavour = Flavour.valueOf(name.trim());
			summary.add(flavour(root.resolve(flavour.name().toLowerCase(java.util.Locale.ROOT)), flavour, threads));
		}
		System.out.println("=== CMRT import benchmark: real-size workbooks, medians of " + RUNS + " runs after a warm-up, "
				+ threads + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
		summary.forEach(System.out::println);
	}

	/** Generates (or reuses) the flavour's workbooks, measures, prints the details; returns the summary line. */
	private static String flavour(Path dir, Flavour flavour, int threads) throws Exception {
		List<Path> files = generate(dir, flavour, threads);
		System.out.println("--- " + flavour + ": sizes (MB of XML, uncompressed): RMI's template as issue 17 gives them"
				+ " / a generated workbook");
		Map<String, Double> generated = RealParts.sizes(files.get(0));
		int column = flavour == Flavour.EXCEL ? 0 : 1;
		for (Map.Entry<String, double[]> real : RealParts.REAL_SIZES.entrySet()) {
			System.out.printf("  %-16s %6.2f / %6.2f%n", real.getKey(), real.getValue()[column],
					generated.getOrDefault(real.getKey(), Double.NaN));
		}
		System.out.printf("  zipped: %.2f MB per workbook%n", Files.size(files.get(0)) / 1e6);

		// warm-up (not timed): the JIT compiles the reader before the measured runs, as it does for the others
		CmrtImport.read(files.subList(0, Math.min(WARMUP_FILES, files.size())), 2025, LocalDate.of(2026, 4, 1),
				new BasicMonitor(), threads);
		double[] rates = new double[RUNS];
		double[] cpuRates = new double[RUNS];
		double[] heaps = new double[RUNS];
		double[] cores = new double[RUNS];
		double[] loads = new double[RUNS];
		for (int run = 0; run < RUNS; run++) {
			CmrtReader.clearLookupCache();
			System.gc();
			HeapSampler sampler = new HeapSampler();
			sampler.start();
			long cpu0 = processCpuNanos();
			long t0 = System.nanoTime();
			Filing filing = SdStudioFactory.eINSTANCE.createFiling();
			filing.setReportingYear(2025);
			List<CmrtImport.FileResult> results = CmrtImport.read(files, 2025, LocalDate.of(2026, 4, 1),
					new BasicMonitor(), threads);
			CmrtImport.apply(filing, results);
			AnnexRebuild.Plan plan = AnnexRebuild.plan(filing);
			plan.apply(filing);
			double wall = (System.nanoTime() - t0) / 1e9;
			double cpu = (processCpuNanos() - cpu0) / 1e9;
			cores[run] = cpu / wall;
			cpuRates[run] = files.size() * threads / cpu;
			loads[run] = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			sampler.interrupt();
			sampler.join();
			if (filing.getSupplyChain().getSuppliers().isEmpty()) {
				throw new AssertionError("nothing imported");
			}
			long failed = results.stream().filter(r -> !r.ok()).count();
			long rows = results.stream().filter(CmrtImport.FileResult::ok)
					.mapToLong(r -> r.read().response().getSmelterRows().size()).sum();
			long[] cache = CmrtReader.lookupCacheCounts();
			rates[run] = files.size() / wall;
			heaps[run] = sampler.peak / 1e6;
			System.out.printf("  import run %d: %d files (%d unreadable, %d smelter rows), %d facilities, %.2f s, "
					+ "%.1f files/s (%.1f by CPU time), peak heap %.0f MB, %.2f cores busy (system load %.1f), look-up "
					+ "cache %d hits %d misses (%d replayed)%n", run + 1, files.size(), failed, rows,
					plan.consolidation().facilities().size(), wall, rates[run], cpuRates[run], heaps[run], cores[run],
					loads[run], cache[0], cache[1], cache[2]);
		}

		// the machine's limit: inflate the parts the reader needs and look at every byte, parse nothing
		double[] limit = new double[RUNS];
		double[] limitCpu = new double[RUNS];
		List<File> all = files.stream().map(Path::toFile).toList();
		timeOnThreads(all.subList(0, Math.min(WARMUP_FILES, all.size())), threads, CmrtImportBenchmark::inflateAndScan);
		for (int run = 0; run < RUNS; run++) {
			double[] t = timeOnThreads(all, threads, CmrtImportBenchmark::inflateAndScan);
			limit[run] = all.size() / t[0];
			limitCpu[run] = all.size() * threads / t[1];
		}
		System.out.printf("  limit (inflate and scan the six parts read, parse nothing): %s files/s (by CPU time %s)%n",
				rounded(limit), rounded(limitCpu));

		// the read stage alone on one thread, by that thread's CPU time (what other load on the machine barely
		// changes): CmrtReader.read against inflating and scanning the same parts, on a sample
		java.lang.management.ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
		List<File> readSample = new ArrayList<>();
		for (int i = 0; i < READ_SAMPLE; i++) {
			readSample.add(all.get(i * (all.size() / READ_SAMPLE)));
		}
		double[] readMs = new double[RUNS];
		double[] scanMs = new double[RUNS];
		for (int run = 0; run < RUNS; run++) {
			CmrtReader.clearLookupCache();
			long c0 = cpuClock.getCurrentThreadCpuTime();
			for (File f : readSample) {
				CmrtReader.read(f.toPath());
			}
			long c1 = cpuClock.getCurrentThreadCpuTime();
			for (File f : readSample) {
				inflateAndScan(f);
			}
			long c2 = cpuClock.getCurrentThreadCpuTime();
			readMs[run] = (c1 - c0) / 1e6 / readSample.size();
			scanMs[run] = (c2 - c1) / 1e6 / readSample.size();
		}
		System.out.printf("  read stage alone (one thread, CPU ms per file, sample of %d): CmrtReader.read %s, inflate and "
				+ "scan %s%n", readSample.size(), rounded(readMs), rounded(scanMs));

		// the baseline: POI's full XSSFWorkbook model of a sample (every sheet, cell, style and string)
		List<File> sample = new ArrayList<>();
		for (int i = 0; i < BASELINE_SAMPLE; i++) {
			sample.add(all.get(i * (all.size() / BASELINE_SAMPLE)));
		}
		timeOnThreads(sample.subList(0, Math.min(WARMUP_BASELINE, sample.size())), threads,
				CmrtImportBenchmark::fullModel);
		double[] baseline = new double[RUNS];
		double[] baselineCpu = new double[RUNS];
		for (int run = 0; run < RUNS; run++) {
			System.gc();
			double[] t = timeOnThreads(sample, threads, CmrtImportBenchmark::fullModel);
			baseline[run] = sample.size() / t[0];
			baselineCpu[run] = sample.size() * threads / t[1];
		}
		System.out.printf("  baseline XSSFWorkbook (sample of %d): %s files/s (by CPU time %s)%n", sample.size(),
				rounded(baseline), rounded(baselineCpu));
		double rate = median(rates);
		double cpuRate = median(cpuRates);
		return String.format(java.util.Locale.ROOT, "%-11s whole import %.1f files/s (peak heap %.0f MB, %.2f of %d "
				+ "cores busy, system load %.1f); XSSFWorkbook %.2f files/s: %.0fx; limit %.1f files/s: %.0f%% of it%n"
				+ "%-11s by CPU time (files/s the %d cores give when nothing else runs): import %.1f; XSSFWorkbook "
				+ "%.2f: %.0fx; limit %.1f: %.0f%% of it%n%-11s read stage alone, CPU per file on one thread: %.1f ms; "
				+ "inflate and scan %.1f ms (%.0f%% of the read)", flavour, rate, median(heaps), median(cores), threads,
				median(loads), median(baseline), rate / median(baseline), median(limit), 100 * rate / median(limit),
				"", threads, cpuRate, median(baselineCpu), cpuRate / median(baselineCpu), median(limitCpu),
				100 * cpuRate / median(limitCpu), "", median(readMs), median(scanMs),
				100 * median(scanMs) / median(readMs));
	}

	private static String rounded(double[] values) {
		StringBuilder b = new StringBuilder("[");
		for (double v : values) {
			b.append(b.length() > 1 ? ", " : "").append(String.format(java.util.Locale.ROOT, "%.2f", v));
		}
		return b.append(']').toString();
	}

	/** The flavour's workbooks, generated on all cores once (kept while the generator's output stays the same). */
	private static List<Path> generate(Path dir, Flavour flavour, int threads) throws Exception {
		Files.createDirectories(dir);
		String[] revisions = { "6.01", "6.1", "6.22", "6.31", "6.4", "6.5" };
		Defect[] defects = Defect.values();
		Random random = new Random(2026);
		// a workbook is written to a temporary name and moved: one that exists is whole, and an interrupted
		// generation resumes; the stamp names the generator's version the workbooks were made by
		Path stamp = dir.resolve("generated.txt");
		if (!Files.exists(stamp) || !Files.readString(stamp).equals(GENERATOR_VERSION)) {
			try (var old = Files.list(dir)) {
				for (Path f : old.toList()) {
					Files.delete(f);
				}
			}
			Files.writeString(stamp, GENERATOR_VERSION);
		}
		List<Path> files = new ArrayList<>();
		List<java.util.concurrent.Callable<Void>> writes = new ArrayList<>();
		long genStart = System.nanoTime();
		for (int i = 0; i < FILES; i++) {
			Path file = dir.resolve(String.format("supplier-%04d.xlsx", i));
			CmrtWorkbookBuilder b = CmrtWorkbookBuilder.cmrt(revisions[i % revisions.length])
					.company(String.format("Benchmark Supplier %04d Co., Ltd.", i))
					.smelters(50 + random.nextInt(251), i).language(i % 7 == 0 ? "zh" : "en").realSize(flavour);
			if (i % 3 == 0) {
				b.with(defects[random.nextInt(defects.length)]);
			}
			if (!Files.exists(file)) {
				writes.add(() -> {
					Path part = b.write(dir.resolve(file.getFileName() + ".part"));
					Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
					return null;
				});
			}
			files.add(file);
		}
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			for (var done : pool.invokeAll(writes)) {
				done.get();
			}
		} finally {
			pool.shutdown();
		}
		System.out.printf("%s %d workbooks (%s; %d written) in %.1f s%n", writes.isEmpty() ? "reused" : "generated",
				FILES, flavour, writes.size(), (System.nanoTime() - genStart) / 1e9);
		return files;
	}

	/** Changed whenever the generator's output changes, so that the benchmark regenerates its workbooks. */
	static final String GENERATOR_VERSION = "issue17-1";

	/** The parts CmrtReader reads in a generated workbook. */
	static final List<String> READ_PARTS = List.of("xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml",
			"xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml", "xl/sharedStrings.xml", "xl/styles.xml");

	/** Inflates the read parts and looks at every byte (counts tags), as any reader of them must at least. */
	private static void inflateAndScan(File file) throws Exception {
		long tags = 0;
		byte[] buffer = SCAN_BUFFERS.get();
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file)) {
			for (String part : READ_PARTS) {
				try (java.io.InputStream in = zip.getInputStream(zip.getEntry(part))) {
					for (int n; (n = in.read(buffer)) > 0;) {
						for (int i = 0; i < n; i++) {
							if (buffer[i] == '<') {
								tags++;
							}
						}
					}
				}
			}
		}
		if (tags == 0) {
			throw new AssertionError("nothing in " + file);
		}
	}

	private static final ThreadLocal<byte[]> SCAN_BUFFERS = ThreadLocal.withInitial(() -> new byte[65536]);

	/** CPU time of the whole process (every thread), from the platform's MBean; 0 when it does not say. */
	private static long processCpuNanos() {
		try {
			Object v = ManagementFactory.getPlatformMBeanServer().getAttribute(
					new javax.management.ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
			return ((Number) v).longValue();
		} catch (Exception e) {
			return 0;
		}
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

	/** Wall and CPU seconds to run the task over the files on a pool of the given size. */
	private static double[] timeOnThreads(List<File> files, int threads, FileTask task) throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			long cpu0 = processCpuNanos();
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
			return new double[] { (System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e9 };
		} finally {
			pool.shutdown();
		}
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
