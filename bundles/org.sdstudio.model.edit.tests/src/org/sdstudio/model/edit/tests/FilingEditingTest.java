package org.sdstudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.Filing;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SdStudioPackage;
import org.sdstudio.model.SmelterEntry;

/**
 * The generated EMF.Edit layer, as the editors will use it: labels from plugin.properties, property descriptors,
 * child creation, and edits as commands with undo, redo and a dirty state from the command stack.
 */
class FilingEditingTest {

	private ExampleDomain example;
	private ComposedAdapterFactory adapters;
	private AdapterFactoryEditingDomain domain;
	private Filing filing;

	@BeforeEach
	void openExample() throws Exception {
		example = new ExampleDomain();
		adapters = example.adapters;
		domain = example.domain;
		filing = example.filing;
	}

	@AfterEach
	void dispose() {
		example.close();
	}

	@Test
	void labelsComeFromTheBundlesPropertiesAndTheLabelFeature() {
		SmelterEntry first = filing.getReport().getAnnexA().getRows().get(0);
		assertEquals("Smelter Entry " + first.getFacilityName(), label(first));
		ReportSection intro = filing.getReport().getSections().get(1);
		assertEquals("Report Section Introduction", label(intro));
		assertEquals("Registrant Halcyon Respiratory Systems, Inc.", label(filing.getRegistrant()));
	}

	@Test
	void annexRowsOfferTheirColumnsAsProperties() {
		SmelterEntry row = filing.getReport().getAnnexA().getRows().get(0);
		IItemPropertySource source = (IItemPropertySource) adapters.adapt(row, IItemPropertySource.class);
		List<String> ids = source.getPropertyDescriptors(row).stream().map(d -> d.getId(row)).toList();
		assertTrue(ids.containsAll(List.of("metal", "facilityName", "country", "smelterId", "status", "excluded",
				"exclusionReason")), ids.toString());
		IItemPropertyDescriptor status = source.getPropertyDescriptor(row, "status");
		assertEquals(4, status.getChoiceOfValues(row).size(), "Conformant, Active, Non-Conformant, Unknown");
	}

	@Test
	void sectionsCanGetSubsectionsAndTheAnnexNewRows() {
		ReportSection diligence = filing.getReport().getSections().get(4);
		Collection<?> sectionChildren = domain.getNewChildDescriptors(diligence, null);
		assertTrue(sectionChildren.stream().anyMatch(d -> d instanceof CommandParameter p
				&& p.getEStructuralFeature() == SdStudioPackage.Literals.REPORT_SECTION__SUBSECTIONS));
		AnnexA annex = filing.getReport().getAnnexA();
		Collection<?> annexChildren = domain.getNewChildDescriptors(annex, null);
		assertTrue(annexChildren.stream().anyMatch(d -> d instanceof CommandParameter p
				&& p.getValue() instanceof SmelterEntry));
	}

	@Test
	void anEditIsACommandThatUndoesRedoesAndMarksTheFilingDirty() {
		BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
		assertFalse(stack.isSaveNeeded());
		Command set = SetCommand.create(domain, filing.getRegistrant(), SdStudioPackage.Literals.REGISTRANT__CIK,
				"0000000042");
		assertTrue(set.canExecute());
		stack.execute(set);
		assertEquals("0000000042", filing.getRegistrant().getCik());
		assertTrue(stack.isSaveNeeded(), "dirty after an edit");

		stack.undo();
		assertEquals("0002984417", filing.getRegistrant().getCik());
		assertFalse(stack.isSaveNeeded(), "clean again after undoing to the save point");

		stack.redo();
		assertEquals("0000000042", filing.getRegistrant().getCik());
		stack.saveIsDone();
		assertFalse(stack.isSaveNeeded());
	}

	private String label(Object object) {
		return ((IItemLabelProvider) adapters.adapt(object, IItemLabelProvider.class)).getText(object);
	}
}
