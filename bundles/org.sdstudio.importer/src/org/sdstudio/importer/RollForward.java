package org.sdstudio.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormType;
import org.sdstudio.model.ReferenceList;
import org.sdstudio.model.Revision;
import org.sdstudio.model.Run;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.validation.FilingDeadline;
import org.sdstudio.review.ReviewRollForward;
import org.sdstudio.review.Reviewer;

/**
 * Next year's filing from this year's: the reporting year, period and deadline move on; the signature date is
 * cleared; an SD/A becomes an SD; phrases that clearly name the reporting period move on, other mentions of the old
 * year are left and reported; suppliers stay with last year's responses as their history; status lists and Annex A
 * rows stay, marked as last year's; the review starts again ({@link ReviewRollForward}: every part back to Draft, its
 * text as filed kept as a revision "As filed for YYYY", last year's comments dropped unless the open ones are kept).
 * Works on a copy: the given filing is not changed.
 */
public final class RollForward {

	/** The new filing and what was done to it: every change and every finding, in order. */
	public record Result(Filing filing, int fromYear, int toYear, List<String> changes, List<ImportFinding> findings) {
	}

	private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

	private final int from;
	private final int to;
	private final List<String> changes = new ArrayList<>();
	private final List<ImportFinding> findings = new ArrayList<>();
	private int phrases;

	private RollForward(int from, int to) {
		this.from = from;
		this.to = to;
	}

	/**
	 * Rolls a copy of the filing forward to {@code year} (usually its reporting year plus one), dropping its open
	 * review comments; the "As filed" revisions are recorded as by the current user ({@link Reviewer#resolveName}).
	 */
	public static Result of(Filing filing, int year) {
		return of(filing, year, false, new Reviewer(Reviewer.resolveName(null)));
	}

	/**
	 * Rolls a copy of the filing forward to {@code year}; {@code keepOpenComments} carries the open review comments,
	 * and {@code reviewer} is recorded on the "As filed" revisions.
	 */
	public static Result of(Filing filing, int year, boolean keepOpenComments, Reviewer reviewer) {
		int from = filing.getReportingYear();
		if (year <= from) {
			throw new IllegalArgumentException("the year to roll forward to (" + year + ") must come after " + from);
		}
		Filing next = EcoreUtil.copy(filing);
		RollForward roll = new RollForward(from, year);
		// first, so the revisions keep the text as filed, before its reporting-period phrases move on
		ReviewRollForward.Result review = ReviewRollForward.apply(next, from, year, keepOpenComments, reviewer);
		roll.cover(next);
		roll.text(next);
		roll.supplyChain(next);
		roll.annex(next);
		roll.changes.add(review.describe());
		return new Result(next, from, year, roll.changes, roll.findings);
	}

	private void cover(Filing f) {
		f.setReportingYear(to);
		changes.add("Reporting year " + from + " -> " + to + "; filing deadline " + FilingDeadline.forReportingYear(to));
		for (RuleSelection rule : f.getRules()) {
			if (rule.getPeriodEnd() != null) {
				LocalDate end = rule.getPeriodEnd().plusYears(to - from);
				changes.add("Rule " + rule.getRule().getLiteral() + " period ends " + end);
				rule.setPeriodEnd(end);
			}
		}
		if (f.getSignature() != null && f.getSignature().getDate() != null) {
			changes.add("Signature date " + f.getSignature().getDate() + " cleared");
			f.getSignature().setDate(null);
		}
		if (f.getFormType() == FormType.SD_A) {
			f.setFormType(FormType.SD);
			f.setAmendmentExplanation(null);
			changes.add("Form type SD/A -> SD; the amendment explanation removed");
		}
	}

	/**
	 * The reporting period phrases in every text of the filing (items, report sections, exhibit descriptions, the
	 * report's subtitle) move on; other mentions of the old year are reported with their passage.
	 */
	private void text(Filing f) {
		for (TreeIterator<EObject> it = f.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Revision || o instanceof org.sdstudio.model.SupplyChain || o instanceof AnnexA) {
				it.prune(); // revisions are history; supply chain and Annex A are data, not text
				continue;
			}
			if (o instanceof Run run && run.getText() != null) {
				run.setText(move(run.getText(), where(run)));
			} else if (o instanceof Exhibit e && e.getDescription() != null) {
				e.setDescription(move(e.getDescription(), "Exhibit " + e.getNumber()));
			}
		}
		if (f.getReport() != null && f.getReport().getSubtitle() != null) {
			f.getReport().setSubtitle(move(f.getReport().getSubtitle(), "report subtitle"));
		}
		changes.add(phrases + " reporting-period phrase(s) moved to " + to);
	}

	private static final String Y = "(\\d{4})";

	/** Phrases that name the reporting period: {prefix group, year group} replaced with the new year. */
	private static final Pattern[] PERIOD = {
			Pattern.compile("(January\\s+1,?\\s+)" + Y + "(?=\\s*(?:to|through|and ended on|-|\u2013)\\s*December\\s+31,?\\s+\\d{4})"),
			Pattern.compile("((?:January\\s+1,?\\s+(?:\\d{4}\\s+)?)?(?:to|through|and ended on|-|\u2013)\\s*December\\s+31,?\\s+)" + Y),
			Pattern.compile("((?:calendar|reporting)\\s+(?:year|period)\\s+(?:of\\s+)?)" + Y),
			Pattern.compile("(during\\s+(?:calendar\\s+(?:year\\s+)?)?)" + Y + "(?![\\d-])"), };

	private String move(String text, String where) {
		String old = String.valueOf(from);
		if (!text.contains(old)) {
			return text;
		}
		String result = text;
		for (Pattern p : PERIOD) {
			Matcher m = p.matcher(result);
			StringBuilder b = new StringBuilder();
			while (m.find()) {
				if (m.group(2).equals(old)) {
					m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + to));
					phrases++;
				} else {
					m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
				}
			}
			m.appendTail(b);
			result = b.toString();
		}
		Matcher left = Pattern.compile("(?<!\\d)" + old + "(?!\\d)").matcher(result);
		while (left.find()) {
			int start = Math.max(0, left.start() - 50);
			int end = Math.min(result.length(), left.end() + 30);
			findings.add(new ImportFinding(Severity.WARNING, where, "mentions " + old + ", left as it is; check it: \""
					+ (start > 0 ? "..." : "") + result.substring(start, end).replace('\n', ' ') + (end < result.length() ? "..." : "") + "\""));
		}
		return result;
	}

	private static String where(EObject o) {
		for (EObject c = o; c != null; c = c.eContainer()) {
			if (c instanceof org.sdstudio.model.ReportSection s) {
				return "section \"" + s.getTitle() + "\"";
			}
			if (c instanceof org.sdstudio.model.FormItem i) {
				return "Item " + i.getNumber();
			}
			if (c instanceof TableCell) {
				continue;
			}
		}
		return "text";
	}

	private void supplyChain(Filing f) {
		if (f.getSupplyChain() == null) {
			return;
		}
		int moved = 0;
		for (Supplier supplier : f.getSupplyChain().getSuppliers()) {
			if (supplier.getCurrentResponse() != null) {
				supplier.setCurrentResponse(null); // the response stays in the supplier's history
				moved++;
			}
		}
		changes.add(f.getSupplyChain().getSuppliers().size() + " supplier(s) kept; " + moved
				+ " current response(s) moved to their history, so " + to + " starts with none");
		for (ReferenceList list : f.getSupplyChain().getReferenceLists()) {
			findings.add(new ImportFinding(Severity.WARNING, "status list " + list.getName(),
					"last year's list (as of " + list.getAsOfDate() + ") is kept; import a newer one"));
		}
	}

	private void annex(Filing f) {
		if (f.getReport() == null || f.getReport().getAnnexA() == null) {
			return;
		}
		AnnexA annex = f.getReport().getAnnexA();
		if (annex.getCaption() != null && annex.getCaption().contains(String.valueOf(from))) {
			String caption = annex.getCaption().replace(String.valueOf(from), String.valueOf(to));
			changes.add("Annex A caption \"" + annex.getCaption() + "\" -> \"" + caption + "\"");
			annex.setCaption(caption);
		}
		for (SmelterEntry row : annex.getRows()) {
			String mark = "Carried from " + from;
			row.setNote(row.getNote() == null || row.getNote().isBlank() ? mark : mark + "; " + row.getNote());
		}
		changes.add(annex.getRows().size() + " Annex A row(s) kept, marked \"Carried from " + from
				+ "\" until the next rebuild from the supply chain");
	}
}
