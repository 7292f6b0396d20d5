package org.sdstudio.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sdstudio.cmrt.AnnexRebuild;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.CmrtReadException;
import org.sdstudio.cmrt.StatusListReader;
import org.sdstudio.cmrt.StatusLists;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;

/**
 * The supplier-intake part of {@code sdstudio demo}: imports the embedded example supplier workbooks and status list
 * into the demo's in-memory copy of the example filing, shows the per-file lines, the consolidation and the Annex A
 * plan, and writes the result to {@code ./out/halcyon-2025-intake.sdfiling}. The embedded example is only read.
 */
final class DemoIntake {

	static final String SUPPLIERS = "examples/suppliers";
	static final Path OUTPUT = Path.of("out", "halcyon-2025-intake.sdfiling");

	private DemoIntake() {
	}

	/**
	 * Imports into {@code filing}, the demo's in-memory copy of the example (the demo's last step, so nothing after it
	 * sees the change; the embedded file is only read).
	 */
	static void run(Filing filing, Command.Context context) throws FilingFileException {
		context.out().println();
		context.out().println("== Supplier intake (the example suppliers' CMRT workbooks)");
		Path temp = null;
		try {
			temp = Files.createTempDirectory("sdstudio-demo");
			List<Path> workbooks = new ArrayList<>();
			Path statusList = null;
			for (URL url : entries()) {
				String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
				Path copy = temp.resolve(file);
				try (InputStream in = url.openStream()) {
					Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				}
				if (file.endsWith(".xlsx")) {
					workbooks.add(copy);
				} else if (file.endsWith(".csv")) {
					statusList = copy;
				}
			}
			workbooks.sort(Comparator.comparing(Path::toString));
			if (workbooks.isEmpty()) {
				context.out().println("The example supplier workbooks are missing from this build.");
				return;
			}
			List<CmrtImport.FileResult> results = CmrtImport.read(workbooks, filing.getReportingYear(),
					LocalDate.now(), new BasicMonitor());
			List<CmrtImport.Applied> applied = CmrtImport.apply(filing, results);
			ImportCmrtCommand.print(results, applied, context.out());
			if (statusList != null) {
				try {
					StatusListReader.Result list = StatusListReader.read(statusList, null);
					StatusLists.apply(filing, list.list());
					context.out().println("Status list " + statusList.getFileName() + ": "
							+ list.list().getEntries().size() + " facilities, as of " + list.list().getAsOfDate());
				} catch (CmrtReadException e) {
					context.out().println("Status list not read: " + e.getMessage());
				}
			}
			context.out().println();
			AnnexRebuild.Plan plan = AnnexRebuild.plan(filing);
			AnnexCommand.printPlan(plan, context.out());
			plan.apply(filing);
			Path out = context.resolve(OUTPUT.toString());
			Files.createDirectories(out.getParent());
			FilingFiles.save(filing, out);
			context.out().println("Wrote the filing with the imported supply chain and the rebuilt Annex A ("
					+ filing.getReport().getAnnexA().getRows().size() + " rows) to " + out);
		} catch (IOException e) {
			throw new FilingFileException(temp == null ? OUTPUT : temp, "cannot be written (" + e.getMessage() + ")",
					e);
		} finally {
			deleteQuietly(temp);
		}
	}

	private static List<URL> entries() {
		List<URL> urls = new ArrayList<>();
		Bundle bundle = FrameworkUtil.getBundle(DemoIntake.class);
		if (bundle != null) {
			for (String pattern : new String[] { "*.xlsx", "*.csv" }) {
				Enumeration<URL> e = bundle.findEntries(SUPPLIERS, pattern, false);
				while (e != null && e.hasMoreElements()) {
					urls.add(e.nextElement());
				}
			}
		}
		return urls;
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (var files = Files.list(dir)) {
			for (Path p : files.toList()) {
				Files.deleteIfExists(p);
			}
			Files.deleteIfExists(dir);
		} catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}
}
