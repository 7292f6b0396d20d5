package org.sdstudio.cmrt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdstudio.cmrt.CmrtImport;
import org.sdstudio.cmrt.internal.Dates;
import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.model.Metal;

class DatesAndNamesTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "2021-03-15", "15-Mar-2021", "15-MAR-2021", "3/15/2021", "15.03.2021", "March 15, 2021",
			"44270", "2021-03-15T00:00:00", "15 Mar 2021" })
	void effectiveDateForms(String text) {
		assertEquals(LocalDate.of(2021, 3, 15), Dates.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "soon", "31-Feb-2021", "13/45/2021", "Q1 2021" })
	void notDates(String text) {
		assertNull(Dates.parse(text));
	}

	@Test
	void smelterIdsAndMetals() {
		assertEquals("CID002763", Names.smelterId(" cid002763 "));
		assertNull(Names.smelterId("CID12AB"));
		assertNull(Names.smelterId("Unknown"));
		assertEquals(Metal.TUNGSTEN, Names.metal("TUNGSTEN"));
		assertNull(Names.metal("Cobalt"));
	}

	@Test
	void parallelReadKeepsTheOrderOfTheFiles() throws Exception {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			files.add(CmrtWorkbookBuilder.cmrt("6.5").company("Supplier " + i).smelters(5 + i, i)
					.write(dir.resolve("s" + i + ".xlsx")));
		}
		List<CmrtImport.FileResult> one = CmrtImport.read(files, 2025, LocalDate.of(2026, 4, 1), new BasicMonitor());
		List<CmrtImport.FileResult> two = CmrtImport.read(files, 2025, LocalDate.of(2026, 4, 1), new BasicMonitor(), 2);
		for (int i = 0; i < files.size(); i++) {
			assertEquals(files.get(i), two.get(i).file());
			assertEquals(one.get(i).read().response().getContentHash(), two.get(i).read().response().getContentHash());
			assertEquals(5 + i, two.get(i).read().response().getSmelterRows().size());
		}
	}
}
