package org.sdstudio.cmrt.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sdstudio.model.Metal;

/** Normalised keys for matching names typed by different people: case, accents, punctuation, legal suffixes. */
public final class Names {

	private Names() {
	}

	private static final Pattern ID = Pattern.compile("CID\\d{6}");

	private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "ltd", "limited", "llc", "gmbh",
			"co", "corp", "corporation", "company", "sa", "ag", "bv", "nv", "plc", "spa", "srl", "kk", "pte", "pvt",
			"oy", "ab", "as", "sarl", "lp", "llp", "sas", "se", "kg", "mbh", "pty", "sdn", "bhd", "the");

	/** Lower case, no accents, punctuation as spaces, single spaces. */
	public static String key(String name) {
		if (name == null) {
			return "";
		}
		// called for every smelter row several times: one pass, Normalizer only for non-ASCII text
		String s = name;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) > 127) {
				s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
				break;
			}
		}
		StringBuilder b = new StringBuilder(s.length() + 8);
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '&') {
				b.append(b.length() > 0 ? " and" : "and");
				space = true;
			} else if (Character.isLetterOrDigit(c)) {
				if (space && b.length() > 0) {
					b.append(' ');
				}
				space = false;
				b.append(Character.toLowerCase(c));
			} else {
				space = true;
			}
		}
		return b.toString().toLowerCase(Locale.ROOT);
	}

	/** A company's key: {@link #key} without trailing legal forms, so "Acme Co., Ltd." and "ACME" match. */
	public static String companyKey(String name) {
		String[] words = key(name).split(" ");
		int end = words.length;
		while (end > 1 && LEGAL_SUFFIXES.contains(words[end - 1])) {
			end--;
		}
		return String.join(" ", java.util.Arrays.copyOf(words, end));
	}

	/**
	 * The key two supplier names must share to be one supplier without asking: case, spacing and trailing legal forms
	 * ("Co., Ltd.", ", Inc.", "GmbH") aside, the same characters. "A+B Metals Co." and "A.B. Metals Co." differ;
	 * that they look alike ({@link #companyKey}) is only a reason to propose a merge.
	 */
	public static String supplierKey(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
		int end = words.length;
		while (end > 1 && isLegalForm(words[end - 1])) {
			end--;
		}
		words[end - 1] = words[end - 1].replaceAll("[,;.]+$", "");
		return String.join(" ", java.util.Arrays.copyOf(words, end));
	}

	/** "ltd.", "co.,ltd.", "s.a.", "gmbh": a word made only of legal forms and punctuation. */
	private static boolean isLegalForm(String word) {
		boolean any = false;
		for (String part : word.replace(".", "").split("[^\\p{L}\\p{N}]+")) {
			if (part.isEmpty()) {
				continue;
			}
			if (!LEGAL_SUFFIXES.contains(part)) {
				return false;
			}
			any = true;
		}
		return any;
	}

	/** "CID002763" for a valid smelter identification number (spaces and case tolerated), else null. */
	public static String smelterId(String value) {
		if (value == null) {
			return null;
		}
		String s = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		return ID.matcher(s).matches() ? s : null;
	}

	/**
	 * The metals by the names a CMRT's Smelter List column B may hold: English and chemical symbols, and the names in
	 * the eight languages of the template's label sheet (English, Chinese, Japanese, Korean, German, French, Spanish,
	 * Portuguese; Chinese also in traditional characters), as {@link #key} gives them (lower case, no accents).
	 */
	private static final java.util.Map<String, Metal> METALS = new java.util.HashMap<>();
	static {
		names(Metal.GOLD, "Gold", "Au", "金", "금", "Or", "Oro", "Ouro");
		names(Metal.TANTALUM, "Tantalum", "Ta", "钽", "鉭", "タンタル", "탄탈럼", "탄탈륨", "탄탈", "Tantal", "Tantale",
				"Tántalo", "Tantalio", "Tântalo");
		names(Metal.TIN, "Tin", "Sn", "锡", "錫", "スズ", "すず", "주석", "Zinn", "Étain", "Estaño", "Estanho");
		names(Metal.TUNGSTEN, "Tungsten", "W", "钨", "鎢", "タングステン", "텅스텐", "Wolfram", "Tungstène", "Tungsteno",
				"Wolframio", "Tungstênio", "Tungsténio", "Volfrâmio");
	}

	/** Keyed as cells are looked up: {@link #key} also decomposes kana and hangul, so the keys must go through it. */
	private static void names(Metal metal, String... names) {
		for (String name : names) {
			METALS.put(key(name), metal);
		}
	}

	/** The metal named in a CMRT or status list cell (in any of the template's languages), or null. */
	public static Metal metal(String value) {
		return value == null ? null : METALS.get(key(value));
	}

	/** "Tantalum" for display and messages. */
	public static String metalName(Metal metal) {
		String s = metal.getName().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	public static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
