package org.sdstudio.model.edit.command;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.edit.label.FilingLabels;

/** Changes to the Annex A table, each one undoable command; a row changed by hand is marked so a rebuild keeps it. */
public final class AnnexCommands {

	private AnnexCommands() {
	}

	/**
	 * Sets one attribute of a row and marks the row as edited by hand in the same command, so that a rebuild from
	 * the supply chain keeps the edit. Null when the value is unchanged.
	 */
	public static Command edit(EditingDomain domain, SmelterEntry entry, EAttribute attribute, Object value) {
		Object current = entry.eIsSet(attribute) ? entry.eGet(attribute) : null;
		if (Objects.equals(current, value)) {
			return null;
		}
		CompoundCommand command = new CompoundCommand("Edit " + FilingLabels.feature(attribute));
		Object newValue = value == null && attribute.isUnsettable() ? SetCommand.UNSET_VALUE : value;
		command.append(SetCommand.create(domain, entry, attribute, newValue));
		if (!entry.isManuallyEdited()) {
			command.append(SetCommand.create(domain, entry, Literals.SMELTER_ENTRY__MANUALLY_EDITED, true));
		}
		return command;
	}

	/** Excludes the rows from Annex A with the reason (required: a reviewer must see why). */
	public static Command exclude(EditingDomain domain, Collection<SmelterEntry> entries, String reason) {
		CompoundCommand command = new CompoundCommand(entries.size() == 1 ? "Exclude Row" : "Exclude Rows");
		for (SmelterEntry entry : entries) {
			command.append(SetCommand.create(domain, entry, Literals.SMELTER_ENTRY__EXCLUDED, true));
			command.append(SetCommand.create(domain, entry, Literals.SMELTER_ENTRY__EXCLUSION_REASON, reason));
		}
		return command;
	}

	/** Includes excluded rows again (their reason goes with the exclusion); null when none is excluded. */
	public static Command include(EditingDomain domain, Collection<SmelterEntry> entries) {
		CompoundCommand command = new CompoundCommand(entries.size() == 1 ? "Include Row" : "Include Rows");
		for (SmelterEntry entry : entries) {
			if (entry.isExcluded()) {
				command.append(SetCommand.create(domain, entry, Literals.SMELTER_ENTRY__EXCLUDED, false));
				command.append(SetCommand.create(domain, entry, Literals.SMELTER_ENTRY__EXCLUSION_REASON, null));
			}
		}
		return command.isEmpty() ? null : command;
	}

	public static Command remove(EditingDomain domain, AnnexA annex, Collection<SmelterEntry> entries) {
		return RemoveCommand.create(domain, annex, Literals.ANNEX_A__ROWS, entries);
	}

	/**
	 * Adds {@code entry} at the end of Annex A; creates the report and Annex A in the same command when the filing
	 * has none yet.
	 */
	public static Command add(EditingDomain domain, Filing filing, SmelterEntry entry) {
		ConflictMineralsReport report = filing.getReport();
		if (report == null) {
			ConflictMineralsReport newReport = SdStudioFactory.eINSTANCE.createConflictMineralsReport();
			newReport.setAnnexA(annexWith(entry));
			return SetCommand.create(domain, filing, Literals.FILING__REPORT, newReport);
		}
		if (report.getAnnexA() == null) {
			return SetCommand.create(domain, report, Literals.CONFLICT_MINERALS_REPORT__ANNEX_A, annexWith(entry));
		}
		return AddCommand.create(domain, report.getAnnexA(), Literals.ANNEX_A__ROWS, entry);
	}

	private static AnnexA annexWith(SmelterEntry entry) {
		AnnexA annex = SdStudioFactory.eINSTANCE.createAnnexA();
		annex.getRows().add(entry);
		return annex;
	}

	/** A new row the user fills in: edited by hand from the start, so a rebuild keeps it. */
	public static SmelterEntry newEntry() {
		SmelterEntry entry = SdStudioFactory.eINSTANCE.createSmelterEntry();
		entry.setStatus(ComplianceStatus.UNKNOWN);
		entry.setManuallyEdited(true);
		return entry;
	}

	/**
	 * Applies a rebuild of Annex A from the supply chain ({@code apply}, e.g. a rebuild plan's) as one command: its
	 * changes are recorded, so undo puts Annex A back as it was (and a failed rebuild changes nothing).
	 */
	public static Command rebuild(Filing filing, Consumer<Filing> apply) {
		// record on the report when there is one (the supply chain is only read); on the filing when it is created
		UndoableChange<Void> command = new UndoableChange<>(
				filing.getReport() != null ? filing.getReport() : filing, "Rebuild Annex A", () -> {
					apply.accept(filing);
					return null;
				});
		command.setDescription("Rebuild Annex A from the supply chain");
		return command;
	}
}
