package org.sdstudio.cmrt;

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
import org.sdstudio.model.Filing;

/**
 * The example supplier intake: the example suppliers' CMRT workbooks and the example facility status list, embedded
 * in this bundle (the build copies them from the project's {@code examples/}), imported into a filing. The one
 * intake behind {@code sdstudio demo} and the studio's New Filing "the example with its suppliers imported".
 */
public final class ExampleIntake {

	/** Where the workbooks and the status list are in this bundle. */
	public static final String FOLDER = "examples/suppliers";

	/**
	 * What the intake did: the workbooks read and how each was applied (empty when this build has no workbooks), and
	 * the status list imported (null when there is none, or when it could not be read: then {@code statusListFailure}
	 * says why).
	 */
	public record Result(List<CmrtImport.FileResult> results, List<CmrtImport.Applied> applied, String statusListName,
			StatusListReader.Result statusList, String statusListFailure) {
		public boolean hasWorkbooks() {
			return !results.isEmpty();
		}
	}

	private ExampleIntake() {
	}

	/**
	 * Imports the example workbooks (their findings checked as of {@code today}) and the status list into the filing's
	 * supply chain. Annex A is left as it is; {@link AnnexRebuild} plans its rebuild.
	 *
	 * @throws IOException when the embedded files cannot be copied out to be read
	 */
	public static Result importInto(Filing filing, LocalDate today) throws IOException {
		Path temp = Files.createTempDirectory("sdstudio-example-intake");
		try {
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
				return new Result(List.of(), List.of(), null, null, null);
			}
			List<CmrtImport.FileResult> results = CmrtImport.read(workbooks, filing.getReportingYear(), today,
					new BasicMonitor());
			List<CmrtImport.Applied> applied = CmrtImport.apply(filing, results);
			if (statusList == null) {
				return new Result(results, applied, null, null, null);
			}
			String name = statusList.getFileName().toString();
			try {
				StatusListReader.Result list = StatusListReader.read(statusList, null);
				StatusLists.apply(filing, list.list());
				return new Result(results, applied, name, list, null);
			} catch (CmrtReadException e) {
				return new Result(results, applied, name, null, e.getMessage());
			}
		} finally {
			deleteQuietly(temp);
		}
	}

	private static List<URL> entries() {
		List<URL> urls = new ArrayList<>();
		Bundle bundle = FrameworkUtil.getBundle(ExampleIntake.class);
		if (bundle != null) {
			for (String pattern : new String[] { "*.xlsx", "*.csv" }) {
				Enumeration<URL> e = bundle.findEntries(FOLDER, pattern, false);
				while (e != null && e.hasMoreElements()) {
					urls.add(e.nextElement());
				}
			}
		}
		return urls;
	}

	private static void deleteQuietly(Path dir) {
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
