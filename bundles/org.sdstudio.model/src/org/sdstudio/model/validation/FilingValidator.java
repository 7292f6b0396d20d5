package org.sdstudio.model.validation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioPackage;

/**
 * Checks a Form SD filing against the {@link FilingRule}s and reports each problem as an EMF {@link Diagnostic}.
 * <p>
 * The EMF validator of the filing model: {@link #register()} puts it in {@link EValidator.Registry#INSTANCE} for
 * {@link SdStudioPackage} (the model bundle does so when it starts), so {@code Diagnostician.INSTANCE.validate(filing)}
 * runs its rules. Like every {@link EValidator}, it checks one object per call; a {@link Diagnostician} walks the
 * tree. The rules live in groups by area ({@link CoverRules}, {@link ItemRules}, {@link SubmissionRules},
 * {@link ReportRules}, {@link AnnexARules}, {@link FieldLimitRules}); each object is handed to every group, then to
 * the groups other bundles contribute ({@link ContributedRules}: the legal review's rules live in the review bundle,
 * which the model does not know). Each
 * diagnostic has the rule's severity, source {@value #DIAGNOSTIC_SOURCE}, the rule's ordinal as code, a message for a
 * filing specialist and data {@code [subject EObject, EStructuralFeature (when about a field), FilingRule]}; the
 * findings-and-paths API that reads them is {@link FilingFindings}.
 * <p>
 * Usage: {@link #diagnose(Filing)} or {@link FilingFindings#findings(Filing)}; pass a {@link Clock} to fix "today".
 */
public class FilingValidator implements EValidator {

	/** The source of every diagnostic this validator reports. */
	public static final String DIAGNOSTIC_SOURCE = "org.sdstudio.model";

	/** Form SD was first filed for calendar year 2013 (due May 31, 2014). */
	public static final int FIRST_REPORTING_YEAR = 2013;

	private static final List<RuleGroup> GROUPS = List.of(new CoverRules(), new ItemRules(), new SubmissionRules(),
			new ReportRules(), new AnnexARules(),
			// control characters, lengths, anchors: every field, so validate finds what the export refuses
			(object, issues) -> FieldLimitRules.check(object, issues::add));

	private final Clock clock;

	/** A validator for which "today" is the system clock's. */
	public FilingValidator() {
		this(Clock.systemDefaultZone());
	}

	/** A validator for which "today" comes from the given clock (for the reporting year checks). */
	public FilingValidator(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Registers a validator with the system clock for the filing model in EMF's global registry, unless one of this
	 * class is there already; {@code Diagnostician.INSTANCE} then runs the filing rules.
	 */
	public static synchronized void register() {
		if (!(EValidator.Registry.INSTANCE.get(SdStudioPackage.eINSTANCE) instanceof FilingValidator)) {
			EValidator.Registry.INSTANCE.put(SdStudioPackage.eINSTANCE, new FilingValidator());
		}
	}

	/** Checks the filing and all it contains, with today from the system clock. */
	public static Diagnostic diagnose(Filing filing) {
		return new FilingValidator().diagnoseTree(filing);
	}

	/** Checks the filing and all it contains, with today from the given clock. */
	public static Diagnostic diagnose(Filing filing, Clock clock) {
		return new FilingValidator(clock).diagnoseTree(filing);
	}

	/**
	 * Runs a {@link Diagnostician} over the object and its contents with a registry of its own, so the result does
	 * not depend on what is registered globally (nor on the clock of the registered validator).
	 */
	public Diagnostic diagnoseTree(EObject root) {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
		registry.put(SdStudioPackage.eINSTANCE, this);
		Diagnostician diagnostician = new Diagnostician(registry);
		BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0, "Checks of " + describe(root),
				new Object[] { root });
		diagnostician.validate(root, result, diagnostician.createDefaultContext());
		return result;
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Issues issues = new Issues(diagnostics, clock);
		for (RuleGroup group : GROUPS) {
			group.check(object, issues);
		}
		// the rule groups of bundles above the model (the legal review's), which the model does not know
		boolean contributed = ContributedRules.validate(eClass, object, diagnostics, context);
		return issues.valid() && contributed;
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true; // the rules are about objects and their fields, not about values of a data type on their own
	}

	private static String describe(EObject root) {
		if (root instanceof Filing filing) {
			String name = filing.getRegistrant() == null ? null : filing.getRegistrant().getName();
			return "the Form " + filing.getFormType().getLiteral() + " for " + filing.getReportingYear()
					+ (name == null || name.isBlank() ? "" : " of " + name.strip());
		}
		return root.eClass().getName();
	}
}
