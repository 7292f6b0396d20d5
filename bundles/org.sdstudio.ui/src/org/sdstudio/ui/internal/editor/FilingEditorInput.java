package org.sdstudio.ui.internal.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A filing file on disk. The studio has no workspace: filings live wherever the user keeps them, so the input is
 * just the absolute, normalised path (two inputs on the same file are equal, which keeps one editor per file).
 */
public final class FilingEditorInput implements IPathEditorInput, IPersistableElement {

	static final String FACTORY_ID = "org.sdstudio.ui.filingEditorInputFactory";
	static final String PATH_KEY = "path";

	private final Path file;

	public FilingEditorInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	public Path getFile() {
		return file;
	}

	@Override
	public IPath getPath() {
		return IPath.fromOSString(file.toString());
	}

	@Override
	public boolean exists() {
		return java.nio.file.Files.isRegularFile(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ResourceLocator.imageDescriptorFromBundle(FilingEditorInput.class, "icons/filing16.png")
				.orElse(ImageDescriptor.getMissingImageDescriptor());
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(PATH_KEY, file.toString());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FilingEditorInput input && input.file.equals(file);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file);
	}

	@Override
	public String toString() {
		return file.toString();
	}
}
