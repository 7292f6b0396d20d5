package org.sdstudio.model.edit.command;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SdStudioPackage.Literals;

/** The exhibit index of Form SD (Item 3.01). */
public final class ExhibitCommands {

	private ExhibitCommands() {
	}

	/** A new exhibit with the next Form SD exhibit number the filing does not use (1.01, 1.02, ...) and its type. */
	public static Exhibit nextExhibit(Filing filing) {
		Set<String> used = filing.getExhibits().stream().map(Exhibit::getNumber).collect(Collectors.toSet());
		int next = 1;
		while (used.contains(String.format("1.%02d", next))) {
			next++;
		}
		Exhibit exhibit = SdStudioFactory.eINSTANCE.createExhibit();
		exhibit.setNumber(String.format("1.%02d", next));
		exhibit.setDocumentType(String.format("EX-1.%02d", next));
		return exhibit;
	}

	/** Adds {@code exhibit} at the end of the exhibit index. */
	public static Command add(EditingDomain domain, Filing filing, Exhibit exhibit) {
		return AddCommand.create(domain, filing, Literals.FILING__EXHIBITS, exhibit);
	}

	public static Command remove(EditingDomain domain, Filing filing, Collection<?> exhibits) {
		return RemoveCommand.create(domain, filing, Literals.FILING__EXHIBITS, exhibits);
	}
}
