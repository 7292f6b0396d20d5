package org.sdstudio.model.edit.label;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.edit.command.SectionCommands;
import org.sdstudio.model.provider.SdStudioEditPlugin;

/**
 * The names a reader sees for the filing's values, from the edit bundle's {@code plugin.properties} (the strings
 * the generated item providers show), so the studio and the command line name them alike.
 */
public final class FilingLabels {

	private FilingLabels() {
	}

	/** "Gold", "Tantalum", ... */
	public static String metal(Metal metal) {
		return literal(metal);
	}

	/** "Conformant", "Active", "Non-Conformant", "Unknown". */
	public static String status(ComplianceStatus status) {
		return literal(status);
	}

	/** "Draft", "In review", "Changes requested", "Approved": the file's literal written as a reader says it. */
	public static String reviewState(ReviewState state) {
		return sentence(literal(state));
	}

	/** A value of any of the model's enumerations as {@code plugin.properties} names it. */
	public static String literal(Enumerator value) {
		String enumName = value.getClass().getSimpleName();
		return SdStudioEditPlugin.INSTANCE.getString("_UI_" + enumName + "_" + value.getName() + "_literal");
	}

	/** A feature's name as the property sheet shows it: "Status", "Facility Name", ... */
	public static String feature(EStructuralFeature feature) {
		return SdStudioEditPlugin.INSTANCE.getString(
				"_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
	}

	/** "1  Establishing ..." or the title alone; "(untitled)" when there is none. */
	public static String heading(ReportSection section) {
		String title = section.getTitle() == null || section.getTitle().isBlank() ? "(untitled)" : section.getTitle();
		String number = section.getNumber();
		return number == null || number.isBlank() ? title : number + "  " + title;
	}

	/** A section as a list of sections shows it: number, title and review state. */
	public static String section(ReportSection section) {
		return heading(section) + "   [" + reviewState(SectionCommands.state(section)) + "]";
	}

	/** "in-review" read as "In review". */
	private static String sentence(String literal) {
		String words = literal.replace('-', ' ');
		return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}
}
