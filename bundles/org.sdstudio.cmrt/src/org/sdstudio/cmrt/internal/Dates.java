package org.sdstudio.cmrt.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DateUtil;

/** Dates as suppliers type them: Excel serial numbers, ISO, 15-Mar-2021, US month/day/year, 15.03.2021. */
public final class Dates {

	private Dates() {
	}

	private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			pattern("d-MMM-uuuu"), pattern("d-MMM-uu"), pattern("d MMM uuuu"), pattern("MMM d, uuuu"),
			pattern("MMMM d, uuuu"), pattern("d MMMM uuuu"), pattern("M/d/uuuu"), pattern("d.M.uuuu"),
			pattern("uuuu/M/d"), pattern("uuuu.M.d"), pattern("uuuuMMdd"));

	private static DateTimeFormatter pattern(String p) {
		// strict: 31-Feb-2021 is not a date (the default resolver would make it 28-Feb)
		return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH)
				.withResolverStyle(java.time.format.ResolverStyle.STRICT);
	}

	/** The date, or null when the text is not one of the accepted forms. */
	public static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String s = text.trim();
		// a date-time (2021-03-15T00:00 or "2021-03-15 00:00:00") counts as its date
		if (s.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
			s = s.substring(0, 10);
		}
		if (s.matches("\\d{5}(\\.\\d+)?")) {
			double serial = Double.parseDouble(s);
			return DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial).toLocalDate() : null;
		}
		for (DateTimeFormatter f : FORMATS) {
			try {
				return LocalDate.parse(s, f);
			} catch (DateTimeParseException e) {
				// try the next form
			}
		}
		return null;
	}
}
