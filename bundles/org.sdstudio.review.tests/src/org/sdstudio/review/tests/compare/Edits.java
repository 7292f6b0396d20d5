package org.sdstudio.review.tests.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Run;
import org.sdstudio.model.SmelterEntry;

/** Seeded edits spread over a filing's texts: words replaced, inserted, deleted, made bold; Annex A rows changed. */
final class Edits {

	private Edits() {
	}

	/** Edits about {@code share} of the words of every run in the filing's report and items; returns the count. */
	static int words(Filing filing, double share, long seed) {
		Random random = new Random(seed);
		List<Run> runs = new ArrayList<>();
		for (TreeIterator<EObject> it = filing.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof org.sdstudio.model.Revision) {
				it.prune(); // approved snapshots stay as they are
			} else if (o instanceof Run run && run.getText() != null && !run.getText().isBlank()) {
				runs.add(run);
			}
		}
		int edits = 0;
		for (Run run : runs) {
			String[] words = run.getText().split(" ", -1);
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < words.length; i++) {
				String w = words[i];
				if (i > 0) {
					out.append(' ');
				}
				if (!w.isEmpty() && random.nextDouble() < share) {
					edits++;
					switch (random.nextInt(3)) {
					case 0 -> out.append("revised");
					case 1 -> out.append(w).append(" newly");
					default -> out.setLength(Math.max(0, out.length() - (i > 0 ? 1 : 0)));
					}
				} else {
					out.append(w);
				}
			}
			run.setText(out.toString());
		}
		return edits;
	}

	/** Changes {@code n} Annex A rows: statuses, countries, removals, additions in turn. */
	static void annexRows(Filing filing, int n, long seed) {
		Random random = new Random(seed);
		List<SmelterEntry> rows = filing.getReport().getAnnexA().getRows();
		for (int k = 0; k < n && !rows.isEmpty(); k++) {
			SmelterEntry e = rows.get(random.nextInt(rows.size()));
			switch (k % 4) {
			case 0 -> e.setStatus(e.getStatus() == ComplianceStatus.CONFORMANT ? ComplianceStatus.ACTIVE
					: ComplianceStatus.CONFORMANT);
			case 1 -> e.setCountry(e.getCountry() + " (revised)");
			case 2 -> rows.remove(e);
			default -> {
				SmelterEntry added = org.eclipse.emf.ecore.util.EcoreUtil.copy(e);
				added.setSmelterId("CID9" + String.format("%05d", k));
				added.setFacilityName("Added Facility " + k);
				rows.add(added);
			}
			}
		}
	}
}
