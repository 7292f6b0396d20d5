package org.sdstudio.model.edit.tests;

import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.sdstudio.model.Filing;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.model.io.FilingFiles;
import org.sdstudio.model.provider.SdStudioItemProviderAdapterFactory;

/** The example filing open in an editing domain with the item providers and a plain command stack. */
final class ExampleDomain implements AutoCloseable {

	static final Path EXAMPLE = Path.of(System.getProperty("sdstudio.examples", "../../examples"),
			"halcyon-2025.sdfiling");

	final ComposedAdapterFactory adapters;
	final BasicCommandStack stack = new BasicCommandStack();
	final AdapterFactoryEditingDomain domain;
	final Filing filing;

	ExampleDomain() throws FilingFileException {
		adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new SdStudioItemProviderAdapterFactory());
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, stack);
		filing = FilingFiles.load(EXAMPLE, domain.getResourceSet());
	}

	@Override
	public void close() {
		adapters.dispose();
	}
}
