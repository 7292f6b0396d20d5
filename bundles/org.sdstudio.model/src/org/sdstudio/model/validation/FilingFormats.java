package org.sdstudio.model.validation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The formats of the cover page and EDGAR header values, as plain predicates so that editors can check a field as it
 * is typed with the same rules {@link FilingValidator} applies. Every check ignores leading and trailing blanks;
 * {@code null} never matches.
 */
public final class FilingFormats {

	private static final Pattern COMMISSION_FILE_NUMBER = Pattern.compile("\\d{3}-\\d{5}");
	private static final Pattern IRS_EMPLOYER_NUMBER = Pattern.compile("\\d{2}-\\d{7}");
	private static final Pattern CIK = Pattern.compile("\\d{10}");
	private static final Pattern US_ZIP = Pattern.compile("\\d{5}(?:-\\d{4})?");
	private static final Pattern SMELTER_ID = Pattern.compile("CID\\d{6}");
	private static final Pattern FILE_NAME_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,19}");

	/** An extension at the end of a phone number: "x 12", "ext. 12", "extension 12". */
	private static final Pattern PHONE_EXTENSION = Pattern.compile("(?i)[\\s,;]*(?:x|ext\\.?|extension)\\s*\\d{1,6}$");
	/** A North American number with its area code: (805) 562-0500, 805-562-0500, 805.562.0500, +1 805 562 0500. */
	private static final Pattern NANP_PHONE = Pattern
			.compile("(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\) ?|\\d{3}[ .-]?)\\d{3}[ .-]?\\d{4}");
	/** Another country's number, written with its country code (the area code cannot be told apart there). */
	private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("\\+[2-9][0-9 ().-]+");
	private static final int INTERNATIONAL_MIN_DIGITS = 8;
	private static final int INTERNATIONAL_MAX_DIGITS = 15;

	/** How users write the United States in an address (compared in lower case). */
	private static final Set<String> UNITED_STATES = Set.of("united states", "united states of america", "usa", "us",
			"u.s.", "u.s.a.", "u. s.", "u. s. a.");

	private FilingFormats() {
	}

	/** NNN-NNNNN, e.g. 001-36309. */
	public static boolean isCommissionFileNumber(String value) {
		return matches(COMMISSION_FILE_NUMBER, value);
	}

	/** NN-NNNNNNN, e.g. 33-0989359. */
	public static boolean isIrsEmployerNumber(String value) {
		return matches(IRS_EMPLOYER_NUMBER, value);
	}

	/** Exactly 10 digits, e.g. 0001294133. */
	public static boolean isCik(String value) {
		return matches(CIK, value);
	}

	/** NNNNN or NNNNN-NNNN. */
	public static boolean isUsZipCode(String value) {
		return matches(US_ZIP, value);
	}

	/** CID and 6 digits, e.g. CID001898. */
	public static boolean isSmelterId(String value) {
		return matches(SMELTER_ID, value);
	}

	/** Lower-case letters, digits, '-' and '_', starting with a letter or digit, at most 20 characters. */
	public static boolean isFileNamePrefix(String value) {
		return value != null && FILE_NAME_PREFIX.matcher(value).matches();
	}

	/**
	 * A telephone number with its area code, optionally followed by an extension. North American numbers need all
	 * ten digits; a number starting with another country code (+44 ...) needs 8 to 15 digits.
	 */
	public static boolean isPhoneWithAreaCode(String value) {
		if (value == null) {
			return false;
		}
		String number = PHONE_EXTENSION.matcher(value.strip()).replaceFirst("");
		if (NANP_PHONE.matcher(number).matches()) {
			return true;
		}
		if (INTERNATIONAL_PHONE.matcher(number).matches()) {
			long digits = number.chars().filter(Character::isDigit).count();
			return digits >= INTERNATIONAL_MIN_DIGITS && digits <= INTERNATIONAL_MAX_DIGITS;
		}
		return false;
	}

	/** At most {@code maxLength} characters with exactly one '@' (EDGAR's own limits for header e-mail addresses). */
	public static boolean isEdgarEmail(String value, int maxLength) {
		return value != null && value.length() <= maxLength && value.chars().filter(c -> c == '@').count() == 1
				&& PLAIN_EMAIL.matcher(value).matches();
	}

	/** What EDGAR's submission takes: a local part and a domain, no spaces, quotes, commas or brackets. */
	private static final Pattern PLAIN_EMAIL = Pattern.compile("[^@\\s\"'<>,;()\\[\\]\\\\]+@[^@\\s\"'<>,;()\\[\\]\\\\]+");

	/** Empty, or a way of writing the United States: the zip code rule applies. */
	public static boolean isUnitedStates(String country) {
		return country == null || country.isBlank() || UNITED_STATES.contains(country.strip().toLowerCase(Locale.ROOT));
	}

	private static boolean matches(Pattern pattern, String value) {
		return value != null && pattern.matcher(value.strip()).matches();
	}
}
