package org.sdstudio.importer.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.Table;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.text.StructuredTexts;

/** What the tests compare between a filing and its import: cover fields, section outline, words, Annex A rows. */
final class FilingFacts {

	private FilingFacts() {
	}

	static Filing example() throws Exception {
		return FilingFiles.load(Path.of(System.getProperty("sdstudio.examples"), "halcyon-2025.sdfiling"));
	}

	static Map<String, String> cover(Filing f) {
		Map<String, String> m = new LinkedHashMap<>();
		var r = f.getRegistrant();
		m.put("form type", f.getFormType().getLiteral());
		m.put("reporting year", String.valueOf(f.getReportingYear()));
		m.put("registrant", r.getName());
		m.put("state", r.getStateOfIncorporation());
		m.put("commission file number", r.getCommissionFileNumber());
		m.put("IRS number", r.getIrsEmployerNumber());
		m.put("street", r.getAddress().getStreet());
		m.put("city", r.getAddress().getCity());
		m.put("address state", r.getAddress().getState());
		m.put("zip", r.getAddress().getZipCode());
		m.put("contact", f.getContact().getName());
		m.put("contact title", norm(f.getContact().getTitle()));
		m.put("contact phone", f.getContact().getPhone());
		m.put("rule", f.getRules().isEmpty() ? null : f.getRules().get(0).getRule().getLiteral());
		m.put("period end", f.getRules().isEmpty() ? null : String.valueOf(f.getRules().get(0).getPeriodEnd()));
		f.getFormSections().forEach(s -> s.getItems().forEach(i -> {
			m.put("item " + i.getNumber(), i.getCaption());
			m.put("item " + i.getNumber() + " words", String.valueOf(StructuredTexts.wordCount(i.getBody())));
		}));
		f.getExhibits().forEach(e -> m.put("exhibit " + e.getNumber(), norm(e.getDescription())));
		m.put("signature registrant", f.getSignature().getRegistrantName());
		m.put("signer", f.getSignature().getSignerName());
		m.put("signer title", norm(f.getSignature().getSignerTitle()));
		m.put("signature date", String.valueOf(f.getSignature().getDate()));
		return m;
	}

	static String norm(String s) {
		return s == null ? null : s.replaceAll("\\s+", " ").trim();
	}

	/** The outline: each section's title, its subsections indented, with its number. */
	static List<String> outline(Filing f) {
		List<String> lines = new ArrayList<>();
		for (ReportSection s : f.getReport().getSections()) {
			lines.add(s.getKind().getLiteral() + ": " + s.getTitle());
			for (ReportSection sub : s.getSubsections()) {
				lines.add("  " + sub.getNumber() + ". " + sub.getTitle());
			}
		}
		return lines;
	}

	static int reportWords(Filing f) {
		int words = 0;
		for (TreeIterator<EObject> it = f.getReport().eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof ReportSection s) {
				words += StructuredTexts.wordCount(s.getBody());
			}
		}
		return words;
	}

	static List<String> annexRows(Filing f) {
		List<String> rows = new ArrayList<>();
		for (SmelterEntry e : f.getReport().getAnnexA().getRows()) {
			rows.add(e.getMetal().getLiteral() + " | " + e.getFacilityName() + " | " + e.getCountry() + " | "
					+ e.getStatus().getLiteral());
		}
		return rows;
	}

	static long count(Filing f, Class<?> type) {
		long n = 0;
		for (TreeIterator<EObject> it = f.getReport().eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (type.isInstance(o) && !(o.eContainer() instanceof org.sdstudio.model.Revision)
					&& !isInRevision(o)) {
				n++;
			}
		}
		return n;
	}

	private static boolean isInRevision(EObject o) {
		for (EObject c = o.eContainer(); c != null; c = c.eContainer()) {
			if (c instanceof org.sdstudio.model.Revision) {
				return true;
			}
		}
		return false;
	}

	static long lists(Filing f) {
		return count(f, ListBlock.class);
	}

	static long tables(Filing f) {
		return count(f, Table.class);
	}

	static long formatted(Filing f, java.util.function.Predicate<Run> test) {
		long n = 0;
		for (TreeIterator<EObject> it = f.getReport().eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Run r && test.test(r) && !isInRevision(r)) {
				n++;
			}
		}
		return n;
	}

	static String reportText(Filing f) {
		StringBuilder b = new StringBuilder();
		for (TreeIterator<EObject> it = f.getReport().eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof ReportSection s) {
				b.append(s.getTitle()).append('\n').append(StructuredTexts.plainText(s.getBody())).append('\n');
			}
		}
		return b.toString();
	}
}
