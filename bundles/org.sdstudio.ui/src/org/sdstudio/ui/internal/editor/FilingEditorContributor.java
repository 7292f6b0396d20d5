package org.sdstudio.ui.internal.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.sdstudio.ui.internal.Prompts;

/**
 * Connects the workbench's Undo, Redo and Revert (menu entries and Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z) to the active
 * filing editor's command stack. The menu labels name the command: "Undo Set Registrant Name".
 */
public class FilingEditorContributor extends EditorActionBarContributor {

	private final StackAction undo = new StackAction(true);
	private final StackAction redo = new StackAction(false);
	private final Action revert = new Action("Revert") {
		@Override
		public void run() {
			if (editor != null && editor.isDirty() && Prompts.confirm(editor.getSite().getShell(), "Revert",
					"Throw away your unsaved changes to " + editor.getFile().getFileName() + " and reread the file?")) {
				editor.revert();
			}
		}
	};
	private FilingEditor editor;

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
		redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		editor = part instanceof FilingEditor filingEditor ? filingEditor : null;
		CommandStack stack = editor == null ? null : editor.getEditingDomain().getCommandStack();
		undo.setStack(stack);
		redo.setStack(stack);
		revert.setEnabled(editor != null);
		getActionBars().updateActionBars();
	}

	@Override
	public void dispose() {
		undo.setStack(null);
		redo.setStack(null);
		super.dispose();
	}

	/** Undo or redo on one command stack, labelled and enabled from it. */
	private final class StackAction extends Action implements CommandStackListener {
		private final boolean isUndo;
		private CommandStack stack;

		StackAction(boolean isUndo) {
			super(isUndo ? "&Undo" : "&Redo");
			this.isUndo = isUndo;
		}

		void setStack(CommandStack next) {
			if (stack != null) {
				stack.removeCommandStackListener(this);
			}
			stack = next;
			if (stack != null) {
				stack.addCommandStackListener(this);
			}
			update();
		}

		@Override
		public void commandStackChanged(EventObject event) {
			update();
		}

		private void update() {
			Command command = stack == null ? null : isUndo ? stack.getUndoCommand() : stack.getRedoCommand();
			setEnabled(stack != null && (isUndo ? stack.canUndo() : stack.canRedo()));
			String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
			setText((isUndo ? "&Undo" : "&Redo") + label);
		}

		@Override
		public void run() {
			if (stack == null) {
				return;
			}
			if (editor != null) {
				editor.commitPendingEdits();
			}
			if (isUndo && stack.canUndo()) {
				stack.undo();
			} else if (!isUndo && stack.canRedo()) {
				stack.redo();
			}
		}
	}
}
