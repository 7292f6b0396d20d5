package org.sdstudio.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Severity;

/** Runs the validator at the tests' fixed "today" and checks what it found. */
public final class FindingAssertions {

	private FindingAssertions() {
	}

	public static List<Finding> check(Filing filing) {
		return FilingFindings.findings(filing, TestFilings.CLOCK);
	}

	public static List<Finding> check(Filing filing, Clock clock) {
		return FilingFindings.findings(filing, clock);
	}

	/** The findings in one line each, for failure messages. */
	public static String describe(List<Finding> findings) {
		return findings.stream()
				.map(f -> f.getSeverity() + " " + f.getCode() + " [" + f.getField() + "] " + f.getMessage())
				.collect(Collectors.joining("\n", "\n", ""));
	}

	public static void assertNoFindings(List<Finding> findings) {
		assertTrue(findings.isEmpty(), () -> "expected no findings, got" + describe(findings));
	}

	/**
	 * Asserts that the findings are exactly one, of the given rule and severity, about the given subject, and returns
	 * it.
	 */
	public static Finding assertOnly(List<Finding> findings, FilingRule rule, Severity severity, EObject subject) {
		assertEquals(List.of(rule.code()), findings.stream().map(Finding::getCode).toList(),
				() -> "expected only " + rule.code() + ", got" + describe(findings));
		Finding finding = findings.get(0);
		assertEquals(severity, finding.getSeverity(), () -> "severity of " + describe(findings));
		assertSame(subject, finding.getSubject(), () -> "subject of " + describe(findings));
		return finding;
	}

	/** Asserts that every finding is of the given rule, severity and subject, and that there are {@code count}. */
	public static List<Finding> assertAll(List<Finding> findings, int count, FilingRule rule, Severity severity,
			EObject subject) {
		assertEquals(count, findings.size(), () -> "number of findings in" + describe(findings));
		for (Finding finding : findings) {
			assertEquals(rule.code(), finding.getCode(), () -> describe(findings));
			assertEquals(severity, finding.getSeverity(), () -> describe(findings));
			assertSame(subject, finding.getSubject(), () -> describe(findings));
		}
		return findings;
	}

	public static void assertContains(String text, String... parts) {
		for (String part : parts) {
			assertTrue(text.contains(part), () -> "expected '" + part + "' in: " + text);
		}
	}
}
