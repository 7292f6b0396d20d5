package org.sdstudio.model.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SdStudioPackage.Literals;

/**
 * Rules on the text of every field the EDGAR documents are made from, so {@code validate} finds what the export would
 * refuse: no control character (C0 other than tab and line breaks, DEL, C1 such as U+0085 or U+009B, U+FFFE/U+FFFF,
 * a lone surrogate), no field beyond its length limit (EDGAR's where EDGAR has one, a generous one of SD Studio's
 * elsewhere, so a pasted 50 MB text is a finding, not a 157 MB document), report section ids that can be anchors.
 * <p>
 * Supplier data, status lists, review records and findings are not exported and are not checked here.
 */
public final class FieldLimitRules {

	/** Reports one problem; {@link FilingValidator} passes its own collector. */
	@FunctionalInterface
	public interface Reporter {
		void add(FilingRule rule, EObject subject, EStructuralFeature feature, String message);
	}

	/** EDGAR's limit on a document description in the submission. */
	public static final int EXHIBIT_DESCRIPTION = 255;
	/** SD Studio's limit on the registrant's name (the longest names on EDGAR are well below it). */
	public static final int REGISTRANT_NAME = 150;
	/** SD Studio's limit on a one-line field (names, titles, address lines, ids). */
	public static final int ONE_LINE = 1_000;
	/** SD Studio's limit on a text field (a run of report text, an explanation, a note). */
	public static final int LONG_TEXT = 100_000;

	private static final Pattern ANCHOR = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");
	private static final String ANNEX_A_ANCHOR = "annex-a";

	/** Objects outside the exported documents, by class name (they hold supplier data and records of work). */
	private static final Set<String> NOT_EXPORTED = Set.of("SupplyChain", "ReferenceList", "SectionReview", "Finding");

	private FieldLimitRules() {
	}

	/**
	 * The limit of a text field: EDGAR's where it has one (the submission's contact fields have rules of their own in
	 * {@link FilingValidator}), otherwise SD Studio's.
	 */
	public static int limitOf(EStructuralFeature feature) {
		Integer known = KNOWN.get(feature);
		if (known != null) {
			return known;
		}
		return LONG_FIELDS.contains(feature.getName()) ? LONG_TEXT : ONE_LINE;
	}

	private static final Map<EStructuralFeature, Integer> KNOWN = Map.of(Literals.EXHIBIT__DESCRIPTION,
			EXHIBIT_DESCRIPTION, Literals.REGISTRANT__NAME, REGISTRANT_NAME, Literals.SIGNATURE__REGISTRANT_NAME,
			REGISTRANT_NAME, Literals.SUBMISSION_DATA__CONTACT_NAME, 30, Literals.SUBMISSION_DATA__CONTACT_PHONE, 20,
			Literals.SUBMISSION_DATA__CONTACT_EMAIL, 80, Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS, 80);

	/** The submission's contact fields: {@link FilingValidator} checks their lengths with rules of their own. */
	private static final Set<EStructuralFeature> HAVE_OWN_LENGTH_RULE = Set.of(Literals.SUBMISSION_DATA__CONTACT_NAME,
			Literals.SUBMISSION_DATA__CONTACT_PHONE, Literals.SUBMISSION_DATA__CONTACT_EMAIL,
			Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS);

	private static final Set<String> LONG_FIELDS = Set.of("text", "description", "amendmentExplanation", "note",
			"exclusionReason", "scopeDescription", "nextSteps", "comment");

	/** Checks one object's own text fields (the validator calls this for every object of the tree). */
	public static void check(EObject object, Reporter reporter) {
		if (!isExported(object)) {
			return;
		}
		EClass eClass = object.eClass();
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || attribute.isDerived()
					|| attribute.isTransient()) {
				continue;
			}
			Object value = object.eGet(attribute);
			if (value instanceof String text) {
				checkText(object, attribute, text, 0, reporter);
			} else if (value instanceof List<?> values) {
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) instanceof String text) {
						checkText(object, attribute, text, i + 1, reporter);
					}
				}
			}
		}
		if (object instanceof ReportSection section && section.getId() != null && !section.getId().isBlank()) {
			String id = section.getId().strip();
			if (!ANCHOR.matcher(id).matches() || id.equals(ANNEX_A_ANCHOR)) {
				reporter.add(FilingRule.REPORT_SECTION_ID_FORMAT, section, Literals.REPORT_SECTION__ID, "Report section id '"
						+ shown(id) + "' cannot be an anchor in the documents; use a letter followed by letters, digits, "
						+ "'-', '_' or '.'" + (id.equals(ANNEX_A_ANCHOR) ? ", other than " + ANNEX_A_ANCHOR : "") + ".");
			}
		}
	}

	private static boolean isExported(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (NOT_EXPORTED.contains(o.eClass().getName())) {
				return false;
			}
		}
		return true;
	}

	private static void checkText(EObject object, EAttribute attribute, String text, int index, Reporter reporter) {
		int limit = limitOf(attribute);
		int bad = firstControlCharacter(text);
		boolean tooLong = text.length() > limit && !HAVE_OWN_LENGTH_RULE.contains(attribute);
		if (bad < 0 && !tooLong) {
			return; // the path (a walk up the tree with list look-ups) only for a finding
		}
		String where = FilingFindings.pathOf(object, attribute) + (index > 0 ? "[" + index + "]" : "");
		if (tooLong) {
			String whose = KNOWN.containsKey(attribute) && limit != REGISTRANT_NAME ? "EDGAR" : "SD Studio";
			reporter.add(FilingRule.TEXT_TOO_LONG, object, attribute, where + " has " + text.length()
					+ " characters; " + whose + " allows at most " + limit + ".");
		}
		if (bad >= 0) {
			reporter.add(FilingRule.TEXT_CONTROL_CHARACTER, object, attribute, where + " contains the control character U+"
					+ String.format("%04X", (int) text.charAt(bad)) + " at position " + (bad + 1)
					+ ", which no EDGAR document can hold; remove it.");
		}
	}

	/**
	 * The position of the first character no document may hold, or -1: C0 controls other than tab, line feed and
	 * carriage return, DEL, the C1 controls, the non-characters U+FFFE and U+FFFF, and surrogates out of pairs.
	 */
	public static int firstControlCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7f && c <= 0x9f || c == 0xfffe || c == 0xffff) {
				return i;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (Character.isLowSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/** A value shown in a message: control characters escaped, long values cut. */
	static String shown(String value) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length() && out.length() < 80; i++) {
			char c = value.charAt(i);
			out.append(c < 0x20 || c >= 0x7f && c <= 0x9f ? String.format("\\u%04X", (int) c) : String.valueOf(c));
		}
		return out.length() >= 80 ? out + "..." : out.toString();
	}
}
