package org.sdstudio.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores the editors that were open when the studio closed, skipping files that have gone since. */
public class FilingEditorInputFactory implements IElementFactory {

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(FilingEditorInput.PATH_KEY);
		if (path == null || !Files.isRegularFile(Path.of(path))) {
			return null;
		}
		return new FilingEditorInput(Path.of(path));
	}
}
