package org.sdstudio.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.jface.action.ICoolBarManager;

/**
 * The studio's menus and tool bar. Standard workbench actions (save, undo, ...) are retargeted to the active
 * filing editor; the Filing menu ({@value #FILING_MENU}) takes the import, export and preview commands contributed
 * in plugin.xml.
 */
public class StudioActionBarAdvisor extends ActionBarAdvisor {

	public static final String FILING_MENU = "org.sdstudio.ui.menu.filing";

	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction revert;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private OpenFilingAction open;
	private NewFilingAction newFiling;
	private AboutAction about;

	public StudioActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newFiling = add(new NewFilingAction(window));
		open = add(new OpenFilingAction(window));
		save = add(ActionFactory.SAVE.create(window));
		saveAs = add(ActionFactory.SAVE_AS.create(window));
		saveAll = add(ActionFactory.SAVE_ALL.create(window));
		revert = add(ActionFactory.REVERT.create(window));
		close = add(ActionFactory.CLOSE.create(window));
		closeAll = add(ActionFactory.CLOSE_ALL.create(window));
		quit = add(ActionFactory.QUIT.create(window));
		undo = add(ActionFactory.UNDO.create(window));
		redo = add(ActionFactory.REDO.create(window));
		cut = add(ActionFactory.CUT.create(window));
		copy = add(ActionFactory.COPY.create(window));
		paste = add(ActionFactory.PASTE.create(window));
		delete = add(ActionFactory.DELETE.create(window));
		selectAll = add(ActionFactory.SELECT_ALL.create(window));
		resetPerspective = add(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = add(ActionFactory.PREFERENCES.create(window));
		about = add(new AboutAction(window));
	}

	private <A extends IAction> A add(A action) {
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager bar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(newFiling);
		file.add(open);
		MenuManager recent = new MenuManager("Recent Filings", "org.sdstudio.ui.menu.recent");
		recent.add(new RecentFilesMenu(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		file.add(recent);
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new Separator());
		file.add(save);
		file.add(saveAs);
		file.add(saveAll);
		file.add(revert);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator());
		edit.add(cut);
		edit.add(copy);
		edit.add(paste);
		edit.add(delete);
		edit.add(selectAll);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager filing = new MenuManager("F&iling", FILING_MENU);
		filing.add(new GroupMarker("import"));
		filing.add(new Separator("export"));
		filing.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager("Show &View");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer()
				.getWindow()));
		window.add(views);
		window.add(resetPerspective);
		window.add(new Separator());
		window.add(preferences);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);

		bar.add(file);
		bar.add(edit);
		bar.add(filing);
		bar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		bar.add(window);
		bar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		tools.add(newFiling);
		tools.add(open);
		tools.add(save);
		tools.add(new Separator());
		tools.add(undo);
		tools.add(redo);
		coolBar.add(tools);
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
