package org.sdstudio.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilingDeadlineTest {

	@ParameterizedTest(name = "reporting year {0} is due {1}")
	@CsvSource({
			"2020, 2021-06-01", // May 31, 2021 was Memorial Day
			"2021, 2022-05-31", // a Tuesday
			"2024, 2025-06-02", // May 31, 2025 is a Saturday
			"2025, 2026-06-01", // May 31, 2026 is a Sunday
			"2026, 2027-06-01", // May 31, 2027 is Memorial Day
			"2013, 2014-06-02", // the first Form SD: May 31, 2014 was a Saturday
			"2022, 2023-05-31" })
	void deadlineIsMay31OrTheNextBusinessDay(int reportingYear, LocalDate deadline) {
		assertEquals(deadline, FilingDeadline.forReportingYear(reportingYear));
	}

	@Test
	void holidaysOf2025() {
		assertEquals(Set.of(
				LocalDate.of(2025, 1, 1), // New Year's Day
				LocalDate.of(2025, 1, 20), // Martin Luther King Jr. Day
				LocalDate.of(2025, 2, 17), // Washington's Birthday
				LocalDate.of(2025, 5, 26), // Memorial Day
				LocalDate.of(2025, 6, 19), // Juneteenth
				LocalDate.of(2025, 7, 4), // Independence Day
				LocalDate.of(2025, 9, 1), // Labor Day
				LocalDate.of(2025, 10, 13), // Columbus Day
				LocalDate.of(2025, 11, 11), // Veterans Day
				LocalDate.of(2025, 11, 27), // Thanksgiving
				LocalDate.of(2025, 12, 25)), // Christmas
				FilingDeadline.federalHolidays(2025));
	}

	@Test
	void holidaysAreSortedByDate() {
		List<LocalDate> holidays = List.copyOf(FilingDeadline.federalHolidays(2025));
		assertEquals(holidays.stream().sorted().toList(), holidays);
	}

	@ParameterizedTest(name = "{0} falls on a weekend and is observed {1}")
	@CsvSource({
			"2020-07-04, 2020-07-03", // Independence Day on a Saturday: Friday before
			"2021-06-19, 2021-06-18", // Juneteenth on a Saturday
			"2022-12-25, 2022-12-26", // Christmas on a Sunday: Monday after
			"2023-11-11, 2023-11-10", // Veterans Day on a Saturday
			"2021-07-04, 2021-07-05" })
	void weekendHolidaysAreObservedOnTheNearestWeekday(LocalDate holiday, LocalDate observed) {
		Set<LocalDate> holidays = FilingDeadline.federalHolidays(holiday.getYear());
		assertTrue(holidays.contains(observed), () -> observed + " in " + holidays);
		assertFalse(holidays.contains(holiday), () -> holiday + " in " + holidays);
		assertFalse(FilingDeadline.isBusinessDay(observed));
	}

	@Test
	void newYearsDayOnASaturdayIsObservedOnDecember31OfThePreviousYear() {
		// January 1, 2022 was a Saturday
		assertTrue(FilingDeadline.federalHolidays(2021).contains(LocalDate.of(2021, 12, 31)));
		assertFalse(FilingDeadline.federalHolidays(2022).contains(LocalDate.of(2022, 1, 1)));
		assertFalse(FilingDeadline.federalHolidays(2022).contains(LocalDate.of(2021, 12, 31)));
		assertFalse(FilingDeadline.isBusinessDay(LocalDate.of(2021, 12, 31)));
		assertEquals(12, FilingDeadline.federalHolidays(2021).size()); // the 11 holidays and next year's New Year's Day
		assertEquals(10, FilingDeadline.federalHolidays(2022).size());
	}

	@Test
	void juneteenthIsAHolidayFrom2021() {
		assertFalse(FilingDeadline.federalHolidays(2020).contains(LocalDate.of(2020, 6, 19)));
		assertTrue(FilingDeadline.isBusinessDay(LocalDate.of(2020, 6, 19)));
		assertFalse(FilingDeadline.isBusinessDay(LocalDate.of(2024, 6, 19)));
	}

	@Test
	void memorialDayIsTheLastMondayOfMay() {
		assertTrue(FilingDeadline.federalHolidays(2021).contains(LocalDate.of(2021, 5, 31)));
		assertTrue(FilingDeadline.federalHolidays(2024).contains(LocalDate.of(2024, 5, 27)));
		assertFalse(FilingDeadline.federalHolidays(2024).contains(LocalDate.of(2024, 5, 20)));
	}

	@ParameterizedTest(name = "{0} is a business day: {1}")
	@CsvSource({
			"2025-05-30, true", // Friday
			"2025-05-31, false", // Saturday
			"2025-06-01, false", // Sunday
			"2025-06-02, true", // Monday
			"2025-05-26, false", // Memorial Day
			"2025-11-27, false", // Thanksgiving
			"2025-11-28, true" }) // the day after Thanksgiving is not a federal holiday
	void businessDays(LocalDate date, boolean businessDay) {
		assertEquals(businessDay, FilingDeadline.isBusinessDay(date));
	}
}
