package org.sdstudio.model.validation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Form SD filing deadline: May 31 of the year after the reporting year or, when that day is a Saturday, Sunday
 * or US federal holiday, the next business day.
 * <p>
 * Federal holidays follow 5 U.S.C. 6103 as it stands today (Juneteenth from 2021, Martin Luther King Jr. Day from
 * 1986), with the observed-day rule: a holiday on a Saturday is observed the Friday before, one on a Sunday the Monday
 * after. One-off closures by executive order are not holidays here.
 */
public final class FilingDeadline {

	/** The first year Juneteenth National Independence Day was a federal holiday. */
	private static final int FIRST_JUNETEENTH = 2021;
	/** The first year Martin Luther King Jr. Day was a federal holiday. */
	private static final int FIRST_MLK_DAY = 1986;

	private FilingDeadline() {
	}

	/** The last day to file the Form SD for the given calendar reporting year. */
	public static LocalDate forReportingYear(int year) {
		LocalDate day = LocalDate.of(year + 1, Month.MAY, 31);
		while (!isBusinessDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** Monday to Friday and not an (observed) federal holiday. */
	public static boolean isBusinessDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
			return false;
		}
		return !federalHolidays(date.getYear()).contains(date);
	}

	/**
	 * The days federal offices are closed for a holiday in the given calendar year (the observed dates, sorted).
	 * When New Year's Day of the next year falls on a Saturday, its observed day, December 31, belongs to this year;
	 * likewise this year's New Year's Day observed on December 31 of the year before is not in this year's set.
	 */
	public static Set<LocalDate> federalHolidays(int year) {
		Set<LocalDate> observed = new TreeSet<>();
		for (LocalDate holiday : actualHolidays(year)) {
			observed.add(observedDay(holiday));
		}
		// next year's New Year's Day may be observed on December 31 of this year
		observed.add(observedDay(LocalDate.of(year + 1, Month.JANUARY, 1)));
		observed.removeIf(day -> day.getYear() != year);
		return observed;
	}

	/** The holidays on their nominal dates, before the weekend rule. */
	private static Set<LocalDate> actualHolidays(int year) {
		Set<LocalDate> days = new TreeSet<>();
		days.add(LocalDate.of(year, Month.JANUARY, 1));
		if (year >= FIRST_MLK_DAY) {
			days.add(nthWeekday(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
		}
		days.add(nthWeekday(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3)); // Washington's Birthday
		// Memorial Day: the last Monday of May
		days.add(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
		if (year >= FIRST_JUNETEENTH) {
			days.add(LocalDate.of(year, Month.JUNE, 19));
		}
		days.add(LocalDate.of(year, Month.JULY, 4));
		days.add(nthWeekday(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)); // Labor Day
		days.add(nthWeekday(year, Month.OCTOBER, DayOfWeek.MONDAY, 2)); // Columbus Day
		days.add(LocalDate.of(year, Month.NOVEMBER, 11)); // Veterans Day
		days.add(nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)); // Thanksgiving
		days.add(LocalDate.of(year, Month.DECEMBER, 25));
		return days;
	}

	private static LocalDate nthWeekday(int year, Month month, DayOfWeek weekday, int n) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
	}

	private static LocalDate observedDay(LocalDate holiday) {
		return switch (holiday.getDayOfWeek()) {
			case SATURDAY -> holiday.minusDays(1);
			case SUNDAY -> holiday.plusDays(1);
			default -> holiday;
		};
	}
}
