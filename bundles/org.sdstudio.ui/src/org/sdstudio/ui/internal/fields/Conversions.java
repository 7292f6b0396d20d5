package org.sdstudio.ui.internal.fields;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.validation.ValidationStatus;

/**
 * How text fields turn into model values and back: strings (an emptied field clears the value), the reporting
 * year and ISO dates, with a message that says what to type when the text is not a value.
 */
public final class Conversions {

	public static final String DATE_HINT = "yyyy-MM-dd";

	private Conversions() {
	}

	/** Text to a string attribute: an empty field clears the attribute instead of storing "". */
	public static UpdateValueStrategy<String, Object> textToModel() {
		return new UpdateValueStrategy<String, Object>()
				.setConverter(IConverter.create(String.class, Object.class, text -> text == null || text.isEmpty()
						? null : text));
	}

	public static UpdateValueStrategy<Object, String> modelToText() {
		return new UpdateValueStrategy<Object, String>()
				.setConverter(IConverter.create(Object.class, String.class, value -> value == null ? "" : value
						.toString()));
	}

	/** Text to the reporting year (a whole calendar year). */
	public static UpdateValueStrategy<String, Object> textToYear() {
		UpdateValueStrategy<String, Object> strategy = new UpdateValueStrategy<>();
		strategy.setAfterGetValidator(text -> parseYear(text) != null ? ValidationStatus.ok()
				: ValidationStatus.error("Type the reporting year as four digits, e.g. 2025."));
		strategy.setConverter(IConverter.create(String.class, Object.class, Conversions::parseYear));
		return strategy;
	}

	/** Text to a date: ISO yyyy-MM-dd; an empty field clears the date. */
	public static UpdateValueStrategy<String, Object> textToDate() {
		UpdateValueStrategy<String, Object> strategy = new UpdateValueStrategy<>();
		strategy.setAfterGetValidator(text -> text == null || text.isBlank() || parseDate(text) != null
				? ValidationStatus.ok()
				: ValidationStatus.error("'" + text.strip() + "' is not a date: type it as " + DATE_HINT
						+ ", e.g. 2026-05-21. The filing keeps the previous date until then."));
		strategy.setConverter(IConverter.create(String.class, Object.class,
				text -> text == null || text.isBlank() ? null : parseDate(text)));
		return strategy;
	}

	public static Integer parseYear(String text) {
		String year = text == null ? "" : text.strip();
		return year.matches("\\d{4}") ? Integer.valueOf(year) : null;
	}

	public static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
