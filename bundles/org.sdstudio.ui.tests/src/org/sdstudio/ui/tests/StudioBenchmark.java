package org.sdstudio.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Declaration;
import org.sdstudio.model.DeclarationScope;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReferenceEntry;
import org.sdstudio.model.ReferenceList;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.SupplyChain;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.templates.FilingTemplates;
import org.sdstudio.ui.internal.annex.AnnexColumn;
import org.sdstudio.ui.internal.annex.AnnexPage;
import org.sdstudio.ui.internal.annex.AnnexRows;
import org.sdstudio.ui.internal.editor.FilingEditor;

/**
 * Not a test: times the studio on a large filing (1,000 supplier responses, 5,000 Annex A rows) and prints the
 * figures, with a plain non-virtual JFace table sorting and filtering the same rows side by side as the baseline.
 * Run with {@code ./mvnw -B verify -Pbenchmark}; it asserts nothing.
 */
class StudioBenchmark {

	private static final int RESPONSES = Integer.getInteger("sdstudio.benchmark.responses", 1000);
	private static final int ANNEX_ROWS = Integer.getInteger("sdstudio.benchmark.annexRows", 5000);
	private static final int REPEATS = Integer.getInteger("sdstudio.benchmark.repeats", 5);
	/**
	 * Whether Annex A rows name the responses that reported them ({@code reportedBy}), as an imported filing's do.
	 * On by default; each is an ID reference resolved at load (see {@link #measureLinkedLoads}).
	 */
	private static final boolean LINK_REPORTED_BY = Boolean
			.parseBoolean(System.getProperty("sdstudio.benchmark.linkReportedBy", "true"));
	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;
	private static final String[] COUNTRIES = { "CHINA", "JAPAN", "UNITED STATES OF AMERICA", "GERMANY", "BRAZIL",
			"PERU", "INDONESIA", "RWANDA", "CONGO, DEMOCRATIC REPUBLIC OF THE", "KOREA, REPUBLIC OF", "BOLIVIA",
			"MALAYSIA", "THAILAND", "BELGIUM", "SWITZERLAND", "RUSSIAN FEDERATION", "MEXICO", "CANADA" };
	private static final String[] WORDS = { "Aurora", "Basalt", "Cedar", "Delta", "Ember", "Fjord", "Granite",
			"Harbor", "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Pioneer", "Quarry",
			"Ridge", "Summit", "Tundra" };
	private static final String[] KINDS = { "Refining", "Smelting", "Metals", "Mining & Refining", "Materials" };

	@TempDir
	Path dir;

	/** The figures, by what was measured: every repetition's milliseconds. */
	private final Map<String, List<Double>> figures = new LinkedHashMap<>();

	@Test
	void measure() throws Exception {
		measureLinkedLoads();
		long generateStart = System.nanoTime();
		Filing filing = generate(new Random(20251231), RESPONSES, LINK_REPORTED_BY);
		Path file = dir.resolve("benchmark-5000.sdfiling");
		FilingFiles.save(filing, file);
		double generated = millis(generateStart);
		int smelterRows = filing.getSupplyChain().getSuppliers().stream()
				.mapToInt(s -> s.getCurrentResponse().getSmelterRows().size()).sum();

		for (int round = 0; round < REPEATS; round++) {
			long start = System.nanoTime();
			FilingFiles.load(file);
			record("load the file alone (FilingFiles.load, no UI)", start);
		}
		for (int round = 0; round < REPEATS; round++) {
			Studio.closeAll();
			System.gc();
			long start = System.nanoTime();
			FilingEditor editor = FilingEditor.open(Studio.page(), file);
			Studio.settle();
			record("open editor until the first page is shown", start);

			start = System.nanoTime();
			AnnexPage page = (AnnexPage) editor.showPage(AnnexPage.ID);
			Studio.settle();
			record("switch to Annex A (first time: builds the page)", start);

			start = System.nanoTime();
			editor.showPage("suppliers");
			Studio.settle();
			record("switch to Suppliers (first time)", start);

			start = System.nanoTime();
			editor.showPage(AnnexPage.ID);
			Studio.settle();
			record("switch back to Annex A", start);

			measureSortsAndFilters(page);
			System.out.printf(Locale.ROOT, "StudioBenchmark: round %d of %d done%n", round + 1, REPEATS);
		}
		Studio.closeAll();
		measureBaseline(filing);
		print(file, generated, smelterRows);
	}

	/**
	 * Loading time of filings whose Annex A rows reference their responses, at growing sizes, against the baseline
	 * of a resource without an ID map (as FilingResource was before it kept one): EMF then resolves each ID by a
	 * walk of the whole resource, so the baseline grows with responses times references and is not run at full size.
	 */
	private void measureLinkedLoads() throws Exception {
		for (int responses : new int[] { 50, 100, 200 }) {
			Filing linked = generate(new Random(responses), responses, true);
			Path file = dir.resolve("linked-" + responses + ".sdfiling");
			FilingFiles.save(linked, file);
			long references = linked.getReport().getAnnexA().getRows().stream()
					.mapToLong(e -> e.getReportedBy().size()).sum();
			long start = System.nanoTime();
			FilingFiles.load(file);
			record(String.format(Locale.ROOT, "load with reportedBy: %d responses, %d references", responses,
					references), start);
			start = System.nanoTime();
			loadWithoutIdMap(file);
			record(String.format(Locale.ROOT, "  baseline: the same without an ID map, %d responses", responses),
					start);
		}
	}

	/** Loads as FilingFiles does, but without the resource's ID map: each ID reference walks the whole filing. */
	private static void loadWithoutIdMap(Path file) throws Exception {
		Resource resource = FilingFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
		((ResourceImpl) resource).setIntrinsicIDToEObjectMap(null);
		resource.load(Map.of());
		if (!(resource.getContents().get(0) instanceof Filing)) {
			throw new IllegalStateException("not a filing: " + file);
		}
	}

	private void measureSortsAndFilters(AnnexPage page) {
		Table table = page.getViewer().getTable();
		Composite body = page.getManagedForm().getForm().getBody();
		for (AnnexColumn column : AnnexColumn.values()) {
			long start = System.nanoTime();
			table.getColumn(column.ordinal()).notifyListeners(SWT.Selection, new Event());
			Studio.settle();
			record("sort " + column.header() + " (virtual)", start);
			start = System.nanoTime();
			table.getColumn(column.ordinal()).notifyListeners(SWT.Selection, new Event());
			Studio.settle();
			record("sort " + column.header() + " reversed (virtual)", start);
		}
		// the plain-Java part alone (index sorted and filtered, no widget): what the table adds is the rest
		AnnexRows rows = page.getRows();
		for (AnnexColumn column : AnnexColumn.values()) {
			long start = System.nanoTime();
			rows.sortBy(column, false);
			rows.apply();
			record("  index alone: sort " + column.header(), start);
		}
		rows.sortBy(null, false);
		rows.apply();
		Combo metal = Studio.find(body, Combo.class, "annex.metalFilter");
		Combo status = Studio.find(body, Combo.class, "annex.statusFilter");
		Text find = Studio.find(body, Text.class, "annex.textFilter");
		for (String choice : List.of("Gold", "Tin")) {
			long start = System.nanoTime();
			select(metal, choice);
			record("filter metal = " + choice + " (virtual)", start);
		}
		select(metal, "All metals");
		long start = System.nanoTime();
		select(status, "Conformant");
		record("filter status = Conformant (virtual)", start);
		select(status, "All statuses");
		for (String typed : List.of("c", "ch", "chi", "china")) {
			start = System.nanoTime();
			find.setText(typed);
			Studio.settle();
			record("filter text '" + typed + "' (virtual)", start);
		}
		start = System.nanoTime();
		find.setText("");
		Studio.settle();
		record("clear the text filter (virtual)", start);
		page.sortBy(null, false);
	}

	private static void select(Combo combo, String text) {
		combo.select(Arrays.asList(combo.getItems()).indexOf(text));
		combo.notifyListeners(SWT.Selection, new Event());
		Studio.settle();
	}

	/** The plain way: a non-virtual TableViewer with a ViewerComparator and ViewerFilters over the same rows. */
	private void measureBaseline(Filing filing) {
		List<SmelterEntry> entries = filing.getReport().getAnnexA().getRows();
		AnnexRows texts = new AnnexRows();
		texts.update(entries, filing.getSupplyChain());
		Shell shell = new Shell(Studio.window().getShell(), SWT.SHELL_TRIM);
		shell.setText("Baseline: a plain JFace table");
		shell.setLayout(new GridLayout());
		shell.setBounds(Studio.window().getShell().getBounds());
		TableViewer viewer = new TableViewer(shell, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (AnnexColumn column : AnnexColumn.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
			viewerColumn.getColumn().setText(column.header());
			viewerColumn.getColumn().setWidth(column.width());
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text((SmelterEntry) element, texts);
				}
			});
		}
		shell.open();
		try {
			long start = System.nanoTime();
			viewer.setInput(entries.toArray());
			Studio.settle();
			record("baseline: fill the plain table", start);
			// the plain table takes seconds per step: fewer rounds keep the run short
			for (int round = 0; round < Math.max(1, (REPEATS + 1) / 2); round++) {
				for (AnnexColumn column : AnnexColumn.values()) {
					for (boolean descending : new boolean[] { false, true }) {
						start = System.nanoTime();
						viewer.setComparator(new ViewerComparator() {
							@Override
							public int compare(Viewer sorted, Object a, Object b) {
								int result = column.order(texts).compare((SmelterEntry) a, (SmelterEntry) b);
								return descending ? -result : result;
							}
						});
						Studio.settle();
						record("sort " + column.header() + (descending ? " reversed" : "") + " (baseline)", start);
					}
				}
				viewer.setComparator(null);
				for (Metal metal : List.of(Metal.GOLD, Metal.TIN)) {
					start = System.nanoTime();
					viewer.setFilters(filter(e -> e.isSetMetal() && e.getMetal() == metal));
					Studio.settle();
					record("filter metal = " + metal.getLiteral() + " (baseline)", start);
				}
				viewer.resetFilters();
				Studio.settle();
				start = System.nanoTime();
				viewer.setFilters(filter(e -> e.getStatus() == ComplianceStatus.CONFORMANT));
				Studio.settle();
				record("filter status = Conformant (baseline)", start);
				for (String typed : List.of("c", "ch", "chi", "china")) {
					start = System.nanoTime();
					viewer.setFilters(filter(e -> contains(e.getFacilityName(), typed)
							|| contains(e.getCountry(), typed) || contains(e.getSmelterId(), typed)));
					Studio.settle();
					record("filter text '" + typed + "' (baseline)", start);
				}
				start = System.nanoTime();
				viewer.resetFilters();
				Studio.settle();
				record("clear the text filter (baseline)", start);
			}
		} finally {
			shell.dispose();
		}
	}

	private static ViewerFilter filter(Predicate<SmelterEntry> test) {
		return new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return test.test((SmelterEntry) element);
			}
		};
	}

	private static boolean contains(String text, String part) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(part);
	}

	// --- the generated filing ------------------------------------------------------------------------------------

	/** A fictional registrant's filing: 1,000 suppliers with one CMRT response each, and a 5,000-row Annex A. */
	private static Filing generate(Random random, int responses, boolean linkReportedBy) {
		Filing filing = FilingTemplates.blank("Benchmark Instruments, Inc.", 2025);
		SupplyChain chain = F.createSupplyChain();
		filing.setSupplyChain(chain);
		List<String[]> facilities = new ArrayList<>();
		for (int i = 0; i < ANNEX_ROWS; i++) {
			String name = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
					+ KINDS[random.nextInt(KINDS.length)] + " No. " + (i + 1);
			String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
			String id = String.format("CID%06d", 100000 + i);
			facilities.add(new String[] { name, country, id, Metal.VALUES.get(i % 4).getLiteral() });
		}
		ReferenceList list = F.createReferenceList();
		list.setName("RMI smelter status list (benchmark)");
		list.setSource("benchmark");
		list.setAsOfDate(LocalDate.of(2026, 1, 31));
		for (int i = 0; i < facilities.size(); i += 2) {
			ReferenceEntry entry = F.createReferenceEntry();
			entry.setSmelterId(facilities.get(i)[2]);
			entry.setFacilityName(facilities.get(i)[0]);
			entry.setCountry(facilities.get(i)[1]);
			entry.setMetal(Metal.VALUES.get(i % 4));
			entry.setStatus(ComplianceStatus.VALUES.get(random.nextInt(4)));
			list.getEntries().add(entry);
		}
		chain.getReferenceLists().add(list);

		List<List<SupplierResponse>> reporters = new ArrayList<>();
		for (int i = 0; i < facilities.size(); i++) {
			reporters.add(new ArrayList<>());
		}
		for (int s = 0; s < responses; s++) {
			String company = WORDS[s % WORDS.length] + " " + KINDS[(s / WORDS.length) % KINDS.length]
					+ " Components " + (s + 1);
			Supplier supplier = F.createSupplier();
			supplier.setId(company.toLowerCase(Locale.ROOT).replace(' ', '-'));
			supplier.setName(company);
			SupplierResponse response = F.createSupplierResponse();
			response.setId("R" + (s + 1));
			response.setFileName(supplier.getId() + "-cmrt-6.5.xlsx");
			response.setContentHash(String.format("%064x", s + 1));
			response.setImportedAt(Instant.parse("2026-03-01T10:00:00Z").plusSeconds(s));
			response.setTemplateRevision("6.5");
			Declaration declaration = F.createDeclaration();
			declaration.setCompanyName(company);
			declaration.setScope(DeclarationScope.COMPANY);
			declaration.setContactName("Contact " + (s + 1));
			declaration.setContactEmail("compliance" + (s + 1) + "@example.invalid");
			declaration.setAuthorizer("Authorizer " + (s + 1));
			declaration.setEffectiveDate(LocalDate.of(2026, 1 + s % 3, 1 + s % 28));
			response.setDeclaration(declaration);
			int count = 20 + random.nextInt(81);
			for (int r = 0; r < count; r++) {
				int f = random.nextInt(facilities.size());
				String[] facility = facilities.get(f);
				SmelterRow row = F.createSmelterRow();
				row.setRowNumber(5 + r);
				row.setMetal(facility[3]);
				row.setSmelterId(facility[2]);
				row.setSmelterIdInput(facility[2]);
				row.setLookupName(facility[0]);
				row.setSmelterName(facility[0]);
				row.setCountry(facility[1]);
				response.getSmelterRows().add(row);
				reporters.get(f).add(response);
			}
			for (int k = 0; k < 1 + random.nextInt(3); k++) {
				Finding finding = F.createFinding();
				finding.setSeverity(Severity.VALUES.get(random.nextInt(3)));
				finding.setCode("CMRT-BENCH-" + k);
				finding.setMessage("Benchmark finding " + k + " of " + company);
				finding.setFile(response.getFileName());
				finding.setSheet("Smelter List");
				finding.setCell("B" + (5 + k));
				response.getFindings().add(finding);
			}
			supplier.getResponses().add(response);
			supplier.setCurrentResponse(response);
			chain.getSuppliers().add(supplier);
		}

		ConflictMineralsReport report = filing.getReport();
		if (report == null) {
			report = F.createConflictMineralsReport();
			filing.setReport(report);
		}
		AnnexA annex = F.createAnnexA();
		report.setAnnexA(annex);
		for (int i = 0; i < facilities.size(); i++) {
			String[] facility = facilities.get(i);
			SmelterEntry entry = F.createSmelterEntry();
			entry.setMetal(Metal.VALUES.get(i % 4));
			entry.setFacilityName(facility[0]);
			entry.setCountry(facility[1]);
			entry.setSmelterId(i % 10 == 7 ? String.format("CID%06d", 900000 + i) : facility[2]);
			entry.setStatus(ComplianceStatus.VALUES.get(random.nextInt(4)));
			entry.setStatusSource("benchmark list");
			entry.setStatusDate(LocalDate.of(2026, 1, 31));
			if (linkReportedBy) {
				entry.getReportedBy().addAll(new LinkedHashSet<>(reporters.get(i)));
			}
			if (i % 97 == 0) {
				entry.setExcluded(true);
				entry.setExclusionReason("Recycled or scrap sources only");
			}
			annex.getRows().add(entry);
		}
		return filing;
	}

	// --- figures -------------------------------------------------------------------------------------------------

	private void record(String what, long startNanos) {
		figures.computeIfAbsent(what, k -> new ArrayList<>()).add(millis(startNanos));
	}

	private static double millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private void print(Path file, double generated, int smelterRows) throws Exception {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%n=== SD Studio benchmark: %d supplier responses (%d smelter rows), "
				+ "%d Annex A rows%s, %.1f MB filing, generated and saved in %.0f ms; %d repetitions ===%n",
				RESPONSES, smelterRows, ANNEX_ROWS, LINK_REPORTED_BY ? " naming their responses" : " (reportedBy "
						+ "not linked: -Dsdstudio.benchmark.linkReportedBy=true links it)", Files.size(file) / 1e6,
				generated, REPEATS));
		out.append(String.format(Locale.ROOT, "%-52s %9s %9s %9s  %s%n", "what", "median ms", "min", "max",
				"goal"));
		for (Map.Entry<String, List<Double>> figure : figures.entrySet()) {
			String what = figure.getKey();
			if (what.endsWith("(baseline)")) {
				continue;
			}
			String goal = what.startsWith("open editor") ? "< 2000"
					: what.startsWith("sort") || what.startsWith("filter") || what.startsWith("clear") ? "< 100" : "";
			out.append(line(what, figure.getValue(), goal));
		}
		out.append(String.format(Locale.ROOT, "%n%-52s %9s %9s %9s%n", "virtual table vs. plain JFace table (median)",
				"virtual", "baseline", "ratio"));
		for (Map.Entry<String, List<Double>> figure : figures.entrySet()) {
			String what = figure.getKey();
			if (!what.endsWith("(virtual)")) {
				continue;
			}
			String base = what.replace("(virtual)", "(baseline)");
			List<Double> baseline = figures.get(base);
			if (baseline == null) {
				continue;
			}
			double virtual = median(figure.getValue());
			double plain = median(baseline);
			out.append(String.format(Locale.ROOT, "%-52s %9.1f %9.1f %8.1fx%n", what.replace(" (virtual)", ""),
					virtual, plain, plain / Math.max(virtual, 0.01)));
		}
		List<Double> fill = figures.get("baseline: fill the plain table");
		if (fill != null) {
			out.append(line("baseline: fill the plain table with every row", fill, ""));
		}
		System.out.println(out);
	}

	private static String line(String what, List<Double> values, String goal) {
		return String.format(Locale.ROOT, "%-52s %9.1f %9.1f %9.1f  %s%n", what, median(values),
				Collections.min(values), Collections.max(values), goal);
	}
}
