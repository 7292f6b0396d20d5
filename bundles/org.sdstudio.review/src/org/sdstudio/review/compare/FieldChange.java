package org.sdstudio.review.compare;

/** A cover field that differs between two filings: "Registrant / Address / City", "Austin" to "Dallas". */
public record FieldChange(String field, String oldValue, String newValue) {
}
