package org.sdstudio.cmrt;

import static org.sdstudio.cmrt.CmrtReader.DECLARATION;
import static org.sdstudio.cmrt.CmrtReader.SMELTER_LIST;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sdstudio.cmrt.internal.Findings;
import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.model.CompanyAnswer;
import org.sdstudio.model.Declaration;
import org.sdstudio.model.DeclarationScope;
import org.sdstudio.model.Metal;
import org.sdstudio.model.MetalAnswer;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.SupplierResponse;

/**
 * The per-response check catalogue: the checks filing teams apply to a supplier's CMRT, as published reports and
 * tools describe them (required declaration fields, unanswered questions, metals in scope without smelters and the
 * reverse, smelter rows without a valid identification, company questions answered No). Each finding has a stable
 * code, the cell, and a message a filing specialist can forward to the supplier as it is.
 */
public final class ResponseChecks {

	/** Q6 answers that are below "Greater than 50%". */
	private static final Set<String> Q6_LOW = Set.of("50% or less", "none");

	private final int reportingYear;
	private final LocalDate today;

	/**
	 * @param reportingYear the filing's calendar year (0 when unknown: the date checks against it are skipped)
	 * @param today the date "in the future" is measured against
	 */
	public ResponseChecks(int reportingYear, LocalDate today) {
		this.reportingYear = reportingYear;
		this.today = today;
	}

	public void check(CmrtFile file) {
		check(file.response(), file.lookup());
	}

	public void check(SupplierResponse r, SmelterLookup lookup) {
		declaration(r);
		Map<Metal, Boolean> inScope = questions(r);
		smelters(r, lookup, inScope);
		company(r);
	}

	private void declaration(SupplierResponse r) {
		Declaration d = r.getDeclaration();
		required(r, d.getCompanyName(), "D8", "CMRT-DECL-COMPANY-MISSING", "the company name is missing");
		if (d.getScope() == DeclarationScope.USER_DEFINED) {
			required(r, d.getScopeDescription(), "D10", "CMRT-DECL-SCOPE-DESCRIPTION-MISSING",
					"the scope is 'C. User defined' but the description of the scope is missing");
		}
		if (d.getScope() == DeclarationScope.PRODUCT && r.getProductRows().isEmpty()) {
			Findings.add(r, Severity.WARNING, "CMRT-DECL-PRODUCTS-MISSING", CmrtReader.PRODUCT_LIST, "B6",
					"the scope is 'B. Product (or List of Products)' but the Product List is empty. "
							+ "Please list the products this declaration covers.");
		}
		required(r, d.getContactName(), "D15", "CMRT-DECL-CONTACT-MISSING", "the contact name is missing");
		required(r, d.getContactEmail(), "D16", "CMRT-DECL-EMAIL-MISSING", "the contact e-mail is missing");
		if (!blank(d.getContactEmail()) && !d.getContactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			Findings.add(r, Severity.WARNING, "CMRT-DECL-EMAIL-INVALID", DECLARATION, "D16", "the contact e-mail '"
					+ d.getContactEmail() + "' is not an e-mail address. Please correct it.");
		}
		required(r, d.getContactPhone(), "D17", "CMRT-DECL-PHONE-MISSING", "the contact telephone is missing");
		required(r, d.getAuthorizer(), "D18", "CMRT-DECL-AUTHORIZER-MISSING", "the authorizer is missing");
		if (!blank(d.getAuthorizer()) && Names.key(d.getAuthorizer()).matches("same( as (above|contact))?")) {
			Findings.add(r, Severity.ERROR, "CMRT-DECL-AUTHORIZER-SAME", DECLARATION, "D18", "the authorizer is "
					+ "given as '" + d.getAuthorizer() + "'. Please enter the authorizer's name, even when it is "
					+ "the contact person.");
		}
		required(r, d.getAuthorizerEmail(), "D20", "CMRT-DECL-AUTHORIZER-EMAIL-MISSING",
				"the authorizer's e-mail is missing");
		if (blank(d.getEffectiveDateText())) {
			required(r, null, "D22", "CMRT-DECL-DATE-MISSING", "the effective date is missing");
		} else if (d.getEffectiveDate() == null) {
			Findings.add(r, Severity.ERROR, "CMRT-DECL-DATE-INVALID", DECLARATION, "D22", "the effective date '"
					+ d.getEffectiveDateText() + "' is not a date. Please enter it as a date, e.g. 15-Mar-"
					+ (reportingYear > 0 ? reportingYear + 1 : today.getYear()) + ".");
		} else if (d.getEffectiveDate().isAfter(today)) {
			Findings.add(r, Severity.ERROR, "CMRT-DECL-DATE-FUTURE", DECLARATION, "D22", "the effective date "
					+ d.getEffectiveDate() + " is in the future. Please enter the date the declaration was made.");
		} else if (reportingYear > 0 && d.getEffectiveDate().getYear() < reportingYear) {
			Findings.add(r, Severity.WARNING, "CMRT-DECL-DATE-OLD", DECLARATION, "D22", "the effective date "
					+ d.getEffectiveDate() + " is before the reporting year " + reportingYear + ". Please send a "
					+ "CMRT that covers " + reportingYear + ".");
		}
	}

	/** Per metal: Q1/Q2 answered, later questions answered for a metal in scope; returns which metals are in scope. */
	private Map<Metal, Boolean> questions(SupplierResponse r) {
		Map<Metal, Boolean> inScope = new EnumMap<>(Metal.class);
		for (Metal metal : CmrtReader.QUESTION_METALS) {
			String q1 = answer(r, 1, metal);
			String q2 = answer(r, 2, metal);
			for (int q = 1; q <= 2; q++) {
				if (blank(answer(r, q, metal))) {
					Findings.add(r, Severity.ERROR, "CMRT-Q" + q + "-UNANSWERED", DECLARATION, cell(q, metal),
							"question " + q + " is not answered for " + Names.metalName(metal)
									+ ". Please answer Yes or No.");
				}
			}
			boolean scope = yes(q1) || yes(q2);
			inScope.put(metal, scope);
			if (!scope) {
				continue;
			}
			for (int q = 3; q <= 8; q++) {
				if (blank(answer(r, q, metal))) {
					Findings.add(r, Severity.WARNING, "CMRT-QUESTION-UNANSWERED", DECLARATION, cell(q, metal),
							"question " + q + " is not answered for " + Names.metalName(metal) + ", which is in "
									+ "scope (question 1 or 2 answered Yes). Please answer it.");
				}
			}
			if (yes(answer(r, 3, metal))) {
				Findings.add(r, Severity.WARNING, "CMRT-Q3-COVERED-COUNTRIES", DECLARATION, cell(3, metal),
						"question 3 says " + Names.metalName(metal) + " is sourced from the Covered Countries "
								+ "(DRC or an adjoining country). Please tell us which smelters source from there "
								+ "and their audit status.");
			}
			String q6 = answer(r, 6, metal);
			if (!blank(q6) && Q6_LOW.contains(q6.trim().toLowerCase(Locale.ROOT))) {
				Findings.add(r, Severity.WARNING, "CMRT-Q6-LOW-RESPONSE", DECLARATION, cell(6, metal),
						"question 6 says '" + q6 + "' of your relevant suppliers responded for "
								+ Names.metalName(metal) + ". Please follow up with your suppliers and send an "
								+ "update when more than 50% have responded.");
			}
			if (no(answer(r, 7, metal))) {
				Findings.add(r, Severity.WARNING, "CMRT-Q7-NOT-ALL-IDENTIFIED", DECLARATION, cell(7, metal),
						"question 7 says not all smelters of " + Names.metalName(metal) + " were identified. "
								+ "Please send an update when they are.");
			}
		}
		return inScope;
	}

	private void smelters(SupplierResponse r, SmelterLookup lookup, Map<Metal, Boolean> inScope) {
		Set<Metal> listed = EnumSet.noneOf(Metal.class);
		for (SmelterRow row : r.getSmelterRows()) {
			int n = row.getRowNumber();
			Metal metal = Names.metal(row.getMetal());
			if (metal == null) {
				Findings.add(r, Severity.WARNING, "CMRT-SMELTER-METAL-INVALID", SMELTER_LIST, "B" + n,
						blank(row.getMetal()) ? "the metal is missing. Please choose Gold, Tantalum, Tin or Tungsten."
								: "the metal '" + row.getMetal() + "' is not Gold, Tantalum, Tin or Tungsten. "
										+ "Please correct it.");
			} else {
				listed.add(metal);
				if (Boolean.FALSE.equals(inScope.get(metal))) {
					Findings.add(r, Severity.WARNING, "CMRT-SMELTER-METAL-NOT-IN-SCOPE", SMELTER_LIST, "B" + n,
							"a " + Names.metalName(metal) + " smelter is listed, but questions 1 and 2 do not "
									+ "declare " + Names.metalName(metal) + " in scope. Please correct the "
									+ "declaration or the smelter list.");
				}
			}
			if (notYetIdentified(row)) {
				Findings.add(r, Severity.WARNING, "CMRT-SMELTER-NOT-IDENTIFIED", SMELTER_LIST, "C" + n,
						"the smelter is 'not yet identified'. Please identify it and send an update.");
				continue;
			}
			int keys = count(row.getMetal(), row.getLookupName(), row.getStandardName() != null
					? row.getStandardName() : row.getSmelterName(), row.getCountry(), row.getSmelterId());
			if (keys < 3) {
				Findings.add(r, Severity.WARNING, "CMRT-SMELTER-INCOMPLETE", SMELTER_LIST, "A" + n, "the row has "
						+ "only " + keys + " of the 5 key entries (metal, smelter look-up, smelter name, country, "
						+ "smelter ID). Please complete it.");
			}
			String rawId = row.getSmelterId() != null ? row.getSmelterId() : row.getSmelterIdInput();
			String id = Names.smelterId(rawId);
			String idCell = (row.getSmelterId() != null ? "F" : "A") + n;
			if (id == null) {
				Findings.add(r, Severity.WARNING,
						blank(rawId) ? "CMRT-SMELTER-ID-MISSING" : "CMRT-SMELTER-ID-INVALID", SMELTER_LIST, idCell,
						(blank(rawId) ? "the smelter has no identification number"
								: "'" + rawId + "' is not a smelter identification number (CID and 6 digits)")
								+ ". Please select the smelter from the look-up list or give its RMI smelter ID.");
			} else if (!lookup.isEmpty()) {
				List<SmelterLookup.Entry> entries = lookup.entries(id);
				if (entries.isEmpty()) {
					Findings.add(r, Severity.WARNING, "CMRT-SMELTER-ID-UNKNOWN", SMELTER_LIST, idCell, "the smelter "
							+ "ID " + id + " is not on the template's smelter reference list. Please check it.");
				} else if ((metal != null && entries.stream().noneMatch(e -> e.metal() == metal))
						|| !nameMatches(lookup, id, row)) {
					Findings.add(r, Severity.WARNING, "CMRT-SMELTER-ID-MISMATCH", SMELTER_LIST, idCell, "the smelter "
							+ "ID " + id + " belongs to " + entries.get(0).standardName() + " ("
							+ Names.metalName(entries.get(0).metal() == null ? Metal.GOLD : entries.get(0).metal())
							+ ", " + entries.get(0).country() + "), not to the metal and name in this row. "
							+ "Please check the ID and the name.");
				}
			}
		}
		for (Metal metal : CmrtReader.QUESTION_METALS) {
			if (Boolean.TRUE.equals(inScope.get(metal)) && !listed.contains(metal)) {
				Findings.add(r, Severity.WARNING, "CMRT-METAL-WITHOUT-SMELTERS", DECLARATION,
						cell(1, metal), Names.metalName(metal) + " is declared in scope, but the Smelter List has "
								+ "no " + Names.metalName(metal) + " smelter. Please list its smelters.");
			}
			if (yes(answer(r, 5, metal))) {
				long notRecycled = r.getSmelterRows().stream()
						.filter(s -> Names.metal(s.getMetal()) == metal && no(s.getRecycledScrap())).count();
				if (notRecycled > 0) {
					Findings.add(r, Severity.WARNING, "CMRT-Q5-RECYCLED-MISMATCH", DECLARATION, cell(5, metal),
							"question 5 says " + Names.metalName(metal) + " comes 100% from recycled or scrap "
									+ "sources, but " + notRecycled + " listed smelter(s) say they do not use only "
									+ "recycled or scrap feedstock (column P). Please correct one or the other.");
				}
			}
		}
	}

	private static boolean nameMatches(SmelterLookup lookup, String id, SmelterRow row) {
		boolean any = false;
		for (String name : new String[] { row.getLookupName(), row.getStandardName() }) {
			if (!blank(name) && !Names.key(name).startsWith("smelter not")) {
				any = true;
				if (lookup.nameMatches(id, name)) {
					return true;
				}
			}
		}
		return !any;
	}

	public static boolean notYetIdentified(SmelterRow row) {
		return Names.key(row.getLookupName()).equals("smelter not yet identified");
	}

	private void company(SupplierResponse r) {
		for (CompanyAnswer a : r.getCompanyAnswers()) {
			char q = a.getQuestion().charAt(0);
			String cell = "D" + CmrtReader.companyRow(q);
			if (blank(a.getAnswer())) {
				Findings.add(r, Severity.WARNING, "CMRT-COMPANY-UNANSWERED", DECLARATION, cell, "company question "
						+ q + " is not answered. Please answer it.");
				continue;
			}
			if (q <= 'G' && no(a.getAnswer())) {
				Findings.add(r, Severity.WARNING, "CMRT-COMPANY-" + q + "-NO", DECLARATION, cell,
						"company question " + q + " is answered No (" + COMPANY[q - 'A'] + "). Please tell us "
								+ "your plans to put this in place.");
			}
			if (q == 'B' && yes(a.getAnswer()) && (blank(a.getComment()) || !a.getComment().matches(
					"(?is).*(https?://|www\\.|\\.[a-z]{2,}/|\\.(com|org|net)\\b).*"))) {
				Findings.add(r, Severity.WARNING, "CMRT-COMPANY-B-NO-URL", DECLARATION, "G" + CmrtReader.companyRow(q),
						"company question B says your policy is on your website, but no web address is given. "
								+ "Please add the URL in the comment.");
			}
			if (q == 'F' && no(a.getAnswer()) && blank(a.getComment())) {
				Findings.add(r, Severity.WARNING, "CMRT-COMPANY-F-NO-COMMENT", DECLARATION,
						"G" + CmrtReader.companyRow(q), "company question F is answered No without a comment. "
								+ "Please explain how you review your suppliers' due diligence information.");
			}
		}
	}

	private static final String[] COMPANY = { "a responsible minerals sourcing policy",
			"the policy publicly available on your website", "requiring direct suppliers to source from validated "
					+ "smelters",
			"due diligence measures", "a conflict minerals survey of your suppliers",
			"reviewing your suppliers' due diligence information", "a corrective action process" };

	private static String cell(int question, Metal metal) {
		int i = java.util.Arrays.asList(CmrtReader.QUESTION_METALS).indexOf(metal);
		return "D" + (CmrtReader.questionRow(question) + i);
	}

	private static String answer(SupplierResponse r, int question, Metal metal) {
		for (MetalAnswer a : r.getMetalAnswers()) {
			if (a.getQuestion() == question && a.getMetal() == metal) {
				return a.getAnswer();
			}
		}
		return null;
	}

	private static void required(SupplierResponse r, String value, String cell, String code, String what) {
		if (blank(value)) {
			Findings.add(r, Severity.ERROR, code, DECLARATION, cell, what + ". Please fill in this required field "
					+ "and send the CMRT again.");
		}
	}

	private static int count(String... values) {
		int n = 0;
		for (String v : values) {
			n += blank(v) ? 0 : 1;
		}
		return n;
	}

	static boolean yes(String s) {
		return s != null && s.trim().toLowerCase(Locale.ROOT).startsWith("yes");
	}

	static boolean no(String s) {
		return s != null && s.trim().equalsIgnoreCase("no");
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
