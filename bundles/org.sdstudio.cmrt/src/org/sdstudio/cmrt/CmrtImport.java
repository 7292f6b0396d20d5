package org.sdstudio.cmrt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.SupplyChain;
import org.sdstudio.model.validation.FindingCounts;

/**
 * Importing supplier workbooks in two steps: {@link #read} (files only, the filing is not touched; can run in a
 * background job) and {@link #apply} (the model change, which a UI wraps in one command). A file that fails to read
 * is reported and never reaches {@code apply}.
 */
public final class CmrtImport {

	/** The task a reading monitor is given. */
	public static final String TASK = "Reading CMRT workbooks";

	/** What reading one file gave: the checked response, or the reason it could not be read. */
	public record FileResult(Path file, CmrtFile read, CmrtReadException failure) {
		public boolean ok() {
			return read != null;
		}
	}

	/** What {@link #apply} did with one response. */
	public enum Action {
		/** a supplier seen for the first time */
		NEW_SUPPLIER,
		/** a known supplier's newer response: it is now the current one, the earlier stays in the history */
		REPLACED,
		/** a known supplier's older response: kept in the history, the current one stays */
		HISTORY,
		/** the same file (same content hash) was imported before: nothing changed */
		UNCHANGED
	}

	/**
	 * @param matchedAs the name the supplier had when the response was matched to it (null for a new supplier), so
	 *                  the user sees which supplier a response went to
	 * @param similar   for a new supplier, an existing one whose name looks alike (punctuation, accents): a merge to
	 *                  propose, never made without the user's word; else null
	 */
	public record Applied(SupplierResponse response, Supplier supplier, Action action, String matchedAs,
			Supplier similar) {

		public Applied(SupplierResponse response, Supplier supplier, Action action) {
			this(response, supplier, action, supplier == null ? null : supplier.getName(), null);
		}
	}

	/**
	 * One file of an import as its summary shows it: what became of it, the supplier, the CMRT revision (null when the
	 * workbook does not say), the smelter rows and the findings by severity; or, for a file not imported, the reason
	 * (naming the file and, where known, the sheet and cell) and no action. {@code matchedAs} is the supplier a
	 * response went to when the workbook names the company otherwise; {@code similar} a look-alike supplier it was
	 * not merged with (both null when not so).
	 */
	public record FileLine(Path file, Action action, String supplier, String revision, int smelterRows,
			FindingCounts findings, String failure, String matchedAs, String similar) {
		public boolean failed() {
			return failure != null;
		}
	}

	private CmrtImport() {
	}

	/** The .xlsx/.xls files of a folder (sorted by name) or the file itself; folders are not recursed. */
	public static List<Path> expand(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path p : paths) {
			if (Files.isDirectory(p)) {
				try (Stream<Path> s = Files.list(p)) {
					s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase()
							.matches("[^~.].*\\.xls[xm]?")).sorted().forEach(files::add);
				}
			} else {
				files.add(p);
			}
		}
		return files;
	}

	/**
	 * Reads and checks every file; no model change. The monitor gets one unit of work per file and the sub-task
	 * "reading NAME" before each; cancelling it stops between or inside files with an {@link ImportCanceledException}.
	 */
	public static List<FileResult> read(List<Path> files, int reportingYear, LocalDate today, Monitor progress) {
		ResponseChecks checks = new ResponseChecks(reportingYear, today);
		List<FileResult> results = new ArrayList<>();
		progress.beginTask(TASK, files.size());
		for (int i = 0; i < files.size(); i++) {
			if (progress.isCanceled()) {
				throw new ImportCanceledException();
			}
			Path file = files.get(i);
			progress.subTask("reading " + file.getFileName());
			results.add(readOne(file, checks, progress));
			progress.worked(1);
		}
		progress.done();
		return results;
	}

	/**
	 * Reads and checks one file. Whatever goes wrong is this file's failure, never the batch's: an unexpected error (a
	 * defect, or memory running out despite the reader's bounds) is reported for the file and the others are read.
	 */
	private static FileResult readOne(Path file, ResponseChecks checks, Monitor progress) {
		try {
			CmrtFile read = CmrtReader.read(file, progress);
			checks.check(read);
			return new FileResult(file, read, null);
		} catch (CmrtReadException e) {
			return new FileResult(file, null, e);
		} catch (ImportCanceledException e) {
			throw e;
		} catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
			String what = e instanceof OutOfMemoryError ? "it needs more memory than is available"
					: e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
			return new FileResult(file, null, new CmrtReadException(file.getFileName().toString(), null, null,
					"could not be read (" + what + "); the other files were still read", e));
		}
	}

	/**
	 * As {@link #read(List, int, LocalDate, Monitor)} on several threads (files are independent); results stay in the
	 * order of {@code files}, and {@code progress} is only called from the calling thread.
	 */
	public static List<FileResult> read(List<Path> files, int reportingYear, LocalDate today, Monitor progress,
			int threads) {
		if (threads <= 1 || files.size() < 2) {
			return read(files, reportingYear, today, progress);
		}
		ResponseChecks checks = new ResponseChecks(reportingYear, today);
		java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
		Monitor worker = new BasicMonitor() {
			@Override
			public boolean isCanceled() {
				return cancel.get();
			}
		};
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "cmrt-reader");
			t.setDaemon(true);
			return t;
		});
		try {
			List<java.util.concurrent.Future<FileResult>> futures = new ArrayList<>();
			for (Path file : files) {
				futures.add(pool.submit(() -> {
					if (cancel.get()) {
						return null;
					}
					return readOne(file, checks, worker);
				}));
			}
			List<FileResult> results = new ArrayList<>();
			progress.beginTask(TASK, files.size());
			for (int i = 0; i < futures.size(); i++) {
				if (progress.isCanceled()) {
					cancel.set(true);
					throw new ImportCanceledException();
				}
				progress.subTask("reading " + files.get(i).getFileName());
				try {
					results.add(futures.get(i).get());
					progress.worked(1);
				} catch (java.util.concurrent.ExecutionException e) {
					if (e.getCause() instanceof RuntimeException re) {
						throw re;
					}
					throw new IllegalStateException(e.getCause());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					cancel.set(true);
					throw new ImportCanceledException();
				}
			}
			progress.done();
			return results;
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The summary line of every file, in the order of {@code results}; {@code applied} holds one entry per readable
	 * result, in that order (as {@link #apply(Filing, List)} and {@link #alreadyImported} give).
	 */
	public static List<FileLine> lines(List<FileResult> results, List<Applied> applied) {
		List<FileLine> lines = new ArrayList<>();
		int next = 0;
		for (FileResult result : results) {
			if (!result.ok()) {
				lines.add(new FileLine(result.file(), null, null, null, 0, new FindingCounts(0, 0, 0),
						result.failure().getMessage(), null, null));
				continue;
			}
			Applied done = applied.get(next++);
			SupplierResponse response = result.read().response();
			String named = response.getDeclaration() == null ? null : response.getDeclaration().getCompanyName();
			lines.add(new FileLine(result.file(), done.action(), done.supplier().getName(),
					response.getTemplateRevision(), response.getSmelterRows().size(),
					FindingCounts.of(response.getFindings()), null,
					done.matchedAs() != null && named != null && !named.equals(done.matchedAs()) ? done.matchedAs() : null,
					done.similar() == null ? null : done.similar().getName()));
		}
		return lines;
	}

	/**
	 * When every readable file was imported before (same content) or none was readable: what {@link #apply} would
	 * report for them (all {@link Action#UNCHANGED}), found without changing the filing, so a front end need not
	 * change it for nothing. Empty when some file brings something new.
	 */
	public static Optional<List<Applied>> alreadyImported(Filing filing, List<FileResult> results) {
		Index index = filing.getSupplyChain() == null ? null : new Index(filing.getSupplyChain());
		List<Applied> applied = new ArrayList<>();
		for (FileResult result : results) {
			if (result.ok()) {
				Applied before = index == null ? null : index.unchanged(result.read().response().getContentHash());
				if (before == null) {
					return Optional.empty();
				}
				applied.add(before);
			}
		}
		return Optional.of(applied);
	}

	/**
	 * Merges the readable results into the filing's supply chain (created when missing). A response goes to the
	 * supplier of the same name (case, spacing and legal forms aside); a name that only looks alike makes a new
	 * supplier, with the look-alike as {@link Applied#similar()}.
	 */
	public static List<Applied> apply(Filing filing, List<FileResult> results) {
		return apply(filing, results, false);
	}

	/**
	 * As {@link #apply(Filing, List)}; with {@code mergeSimilar} (the user's confirmation) a response whose supplier
	 * name only looks like an existing one's goes to that supplier.
	 */
	public static List<Applied> apply(Filing filing, List<FileResult> results, boolean mergeSimilar) {
		List<Applied> applied = new ArrayList<>();
		Index index = null;
		for (FileResult r : results) {
			if (r.ok()) {
				if (index == null) {
					index = new Index(chain(filing));
				}
				applied.add(apply(chain(filing), r.read().response(), index, mergeSimilar));
			}
		}
		return applied;
	}

	/** Adds one detached response to its supplier (by normalised company name). */
	public static Applied apply(Filing filing, SupplierResponse response) {
		SupplyChain chain = chain(filing);
		return apply(chain, response, new Index(chain), false);
	}

	/**
	 * Moves every response of {@code from} to {@code into} and removes {@code from}: the user confirmed that two
	 * names are one company. The current response is the newest of all.
	 */
	public static void merge(Supplier from, Supplier into) {
		if (from == into) {
			return;
		}
		into.getResponses().addAll(List.copyOf(from.getResponses()));
		into.setCurrentResponse(into.getResponses().stream().max(NEWEST).orElse(null));
		((SupplyChain) from.eContainer()).getSuppliers().remove(from);
	}

	private static SupplyChain chain(Filing filing) {
		SupplyChain chain = filing.getSupplyChain();
		if (chain == null) {
			chain = SdStudioFactory.eINSTANCE.createSupplyChain();
			filing.setSupplyChain(chain);
		}
		return chain;
	}

	/**
	 * The supply chain's responses by content hash and suppliers by company key, built once per batch so that
	 * applying n responses is linear, not a scan of every supplier per response. It answers as the scans did: the
	 * first supplier in the chain's order with a key, the first response in order with a hash.
	 */
	private static final class Index {
		private final SupplyChain chain;
		private final Map<String, Applied> byHash = new HashMap<>();
		private final Map<String, Supplier> byKey = new HashMap<>();
		private final Map<String, Supplier> bySimilarKey = new HashMap<>();
		private final Map<Supplier, String> keys = new IdentityHashMap<>();

		Index(SupplyChain chain) {
			this.chain = chain;
			for (Supplier s : chain.getSuppliers()) {
				for (SupplierResponse old : s.getResponses()) {
					if (old.getContentHash() != null) {
						byHash.putIfAbsent(old.getContentHash(), new Applied(old, s, Action.UNCHANGED));
					}
				}
			}
			keys();
		}

		private void keys() {
			byKey.clear();
			bySimilarKey.clear();
			keys.clear();
			for (Supplier s : chain.getSuppliers()) {
				String key = Names.supplierKey(s.getName());
				keys.put(s, key);
				byKey.putIfAbsent(key, s);
				bySimilarKey.putIfAbsent(Names.companyKey(s.getName()), s);
			}
		}

		Applied unchanged(String hash) {
			return hash == null ? null : byHash.get(hash);
		}

		Supplier supplier(String key) {
			return byKey.get(key);
		}

		Supplier similar(String name) {
			return bySimilarKey.get(Names.companyKey(name));
		}

		boolean idTaken(String id) {
			return chain.getSuppliers().stream().anyMatch(s -> id.equals(s.getId()));
		}

		void added(Supplier supplier, SupplierResponse response, boolean isNew) {
			if (response.getContentHash() != null) {
				byHash.putIfAbsent(response.getContentHash(), new Applied(response, supplier, Action.UNCHANGED));
			}
			String key = Names.supplierKey(supplier.getName());
			if (isNew) {
				keys.put(supplier, key);
				byKey.putIfAbsent(key, supplier);
				bySimilarKey.putIfAbsent(Names.companyKey(supplier.getName()), supplier);
			} else if (!key.equals(keys.get(supplier))) {
				// renamed to a name with another key (rare): the order of first matches may change, so start over
				keys();
			}
		}
	}

	private static Applied apply(SupplyChain chain, SupplierResponse response, Index index, boolean mergeSimilar) {
		Applied unchanged = index.unchanged(response.getContentHash());
		if (unchanged != null) {
			return unchanged;
		}
		String name = response.getDeclaration() == null ? null : response.getDeclaration().getCompanyName();
		String shownName = name == null || name.isBlank() ? stripExtension(response.getFileName()) : name;
		Supplier supplier = index.supplier(Names.supplierKey(shownName));
		Supplier similar = supplier == null ? index.similar(shownName) : null;
		if (similar != null && mergeSimilar) {
			supplier = similar;
			similar = null;
		}
		String matchedAs = supplier == null ? null : supplier.getName();
		boolean isNew = supplier == null;
		if (isNew) {
			supplier = SdStudioFactory.eINSTANCE.createSupplier();
			String id = "s-" + Names.companyKey(shownName).replace(' ', '-');
			for (int n = 2; index.idTaken(id); n++) {
				id = "s-" + Names.companyKey(shownName).replace(' ', '-') + "-" + n;
			}
			supplier.setId(id);
			supplier.setName(shownName);
			chain.getSuppliers().add(supplier);
		}
		supplier.getResponses().add(response);
		SupplierResponse newest = supplier.getResponses().stream().max(NEWEST).orElseThrow();
		supplier.setCurrentResponse(newest);
		if (newest == response && response.getDeclaration() != null
				&& response.getDeclaration().getCompanyName() != null) {
			supplier.setName(response.getDeclaration().getCompanyName());
		}
		index.added(supplier, response, isNew);
		Action action = isNew ? Action.NEW_SUPPLIER : newest == response ? Action.REPLACED : Action.HISTORY;
		return new Applied(response, supplier, action, matchedAs, similar);
	}

	/** Newest by effective date, then by import time. */
	public static final Comparator<SupplierResponse> NEWEST = Comparator
			.comparing((SupplierResponse r) -> r.getDeclaration() == null ? null : r.getDeclaration().getEffectiveDate(),
					Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(SupplierResponse::getImportedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));

	private static String stripExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}
}
