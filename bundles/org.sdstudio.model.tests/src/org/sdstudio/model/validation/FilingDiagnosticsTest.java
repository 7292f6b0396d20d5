package org.sdstudio.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdstudio.model.validation.FindingAssertions.assertNoFindings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.model.FormType;
import org.sdstudio.model.SdStudioPackage;
import org.sdstudio.model.Severity;

/** The EMF side: diagnostics, their data, the registry, the clock. */
class FilingDiagnosticsTest {

	@Test
	void validFilingDiagnosesOk() {
		Diagnostic diagnostic = FilingValidator.diagnose(TestFilings.validFiling(), TestFilings.CLOCK);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity());
		assertEquals(FilingValidator.DIAGNOSTIC_SOURCE, diagnostic.getSource());
		assertTrue(diagnostic.getChildren().isEmpty());
	}

	@Test
	void diagnosticCarriesSeveritySourceCodeMessageAndData() {
		Filing filing = TestFilings.validFiling();
		filing.getRegistrant().setCik("1294133");
		Diagnostic result = FilingValidator.diagnose(filing, TestFilings.CLOCK);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertEquals(1, result.getChildren().size());
		Diagnostic cik = result.getChildren().get(0);
		assertEquals(Diagnostic.ERROR, cik.getSeverity());
		assertEquals("org.sdstudio.model", cik.getSource());
		assertEquals(FilingRule.FORMAT_CIK.ordinal(), cik.getCode());
		assertTrue(cik.getMessage().contains("'1294133'"), cik.getMessage());
		assertEquals(List.of(filing.getRegistrant(), SdStudioPackage.Literals.REGISTRANT__CIK, FilingRule.FORMAT_CIK),
				cik.getData());
		assertSame(filing.getRegistrant(), FilingFindings.subjectOf(cik).orElseThrow());
		assertSame(SdStudioPackage.Literals.REGISTRANT__CIK, FilingFindings.featureOf(cik).orElseThrow());
		assertSame(FilingRule.FORMAT_CIK, FilingFindings.ruleOf(cik).orElseThrow());
	}

	@Test
	void warningsMakeAWarningDiagnostic() {
		Filing filing = TestFilings.validFiling();
		filing.setFormType(FormType.SD_A);
		Diagnostic result = FilingValidator.diagnose(filing, TestFilings.CLOCK);
		assertEquals(Diagnostic.WARNING, result.getSeverity());
		assertEquals(Diagnostic.WARNING, result.getChildren().get(0).getSeverity());
	}

	@Test
	void findingsCarryTheDiagnosticsContent() {
		Filing filing = TestFilings.validFiling();
		filing.getReport().getAnnexA().getRows().get(1).setCountry(null);
		List<Finding> findings = FilingFindings.findings(filing, TestFilings.CLOCK);
		assertEquals(1, findings.size());
		Finding finding = findings.get(0);
		assertEquals(Severity.ERROR, finding.getSeverity());
		assertEquals("SD-ANNEX-COUNTRY", finding.getCode());
		assertSame(filing.getReport().getAnnexA().getRows().get(1), finding.getSubject());
		assertEquals("report.annexA.rows[2].country", finding.getField());
		assertEquals("Annex A row 2 (Gold, 'Asahi Pretec Corp.'): the country is missing.", finding.getMessage());
		assertNull(finding.eContainer(), "findings are free-standing");
	}

	@Test
	void pathOfTheRootWithoutFeatureIsEmpty() {
		Filing filing = TestFilings.validFiling();
		assertEquals("", FilingFindings.pathOf(filing, null));
		assertEquals("reportingYear", FilingFindings.pathOf(filing, SdStudioPackage.Literals.FILING__REPORTING_YEAR));
		assertEquals("formSections[2].items[1]",
				FilingFindings.pathOf(filing.getFormSections().get(1).getItems().get(0), null));
	}

	@Test
	void theGlobalValidatorRegistryIsNotUsed() {
		EValidator failing = new EValidator() {
			@Override
			public boolean validate(EObject object, DiagnosticChain d, Map<Object, Object> c) {
				throw new AssertionError("global registry used");
			}

			@Override
			public boolean validate(EClass eClass, EObject object, DiagnosticChain d,
					Map<Object, Object> c) {
				throw new AssertionError("global registry used");
			}

			@Override
			public boolean validate(EDataType type, Object value, DiagnosticChain d,
					Map<Object, Object> c) {
				throw new AssertionError("global registry used");
			}
		};
		Object previous = EValidator.Registry.INSTANCE.put(SdStudioPackage.eINSTANCE, failing);
		try {
			assertNoFindings(FilingFindings.findings(TestFilings.validFiling(), TestFilings.CLOCK));
		} finally {
			if (previous == null) {
				EValidator.Registry.INSTANCE.remove(SdStudioPackage.eINSTANCE);
			} else {
				EValidator.Registry.INSTANCE.put(SdStudioPackage.eINSTANCE, previous);
			}
		}
	}

	@Test
	void emfsDiagnosticianRunsTheFilingRules() {
		Filing filing = TestFilings.validFiling(2013); // the system clock: 2013 has ended whatever today is
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(filing).getSeverity());
		filing.getRegistrant().setCik("1294133");
		filing.getReport().getAnnexA().getRows().get(1).setCountry(null);
		Diagnostic result = Diagnostician.INSTANCE.validate(filing);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertEquals(List.of(FilingRule.FORMAT_CIK.code(), FilingRule.ANNEX_COUNTRY.code()),
				FilingFindings.toFindings(result).stream().map(Finding::getCode).toList());
	}

	@Test
	void validateReportsOneObjectAndSaysWhetherItIsValid() {
		Filing filing = TestFilings.validFiling();
		FilingValidator validator = new FilingValidator(TestFilings.CLOCK);
		Map<Object, Object> context = new HashMap<>();
		assertTrue(validator.validate(filing.getRegistrant(), null, context));

		filing.getRegistrant().setCik("12");
		filing.getRegistrant().getAddress().setZipCode("1"); // on a child object: not reported for the registrant
		BasicDiagnostic chain = new BasicDiagnostic();
		assertFalse(validator.validate(filing.getRegistrant(), chain, context));
		assertEquals(1, chain.getChildren().size());
		assertFalse(validator.validate(filing.getRegistrant(), null, context), "without a chain too");

		// a warning alone leaves the object valid
		filing.setFormType(FormType.SD_A);
		BasicDiagnostic warnings = new BasicDiagnostic();
		assertTrue(validator.validate(filing, warnings, context));
		assertEquals(Diagnostic.WARNING, warnings.getSeverity());
	}

	@Test
	void theSystemClockIsTheDefault() {
		// 2013 has ended whatever today is, and the filing for it is complete
		assertNoFindings(FilingFindings.findings(TestFilings.validFiling(2013)));
		assertEquals(Diagnostic.OK, FilingValidator.diagnose(TestFilings.validFiling(2013)).getSeverity());
	}
}
