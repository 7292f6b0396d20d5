package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.sdstudio.ui.internal.editor.FilingEditor;

/**
 * Driving the real studio workbench from tests: open filings, let the event loop run, find widgets by the name
 * the studio gives them ({@code widget.setData("name", ...)}), type like a user, and save screenshots.
 */
public final class Studio {

	public static final Path EXAMPLES = Path.of(System.getProperty("sdstudio.examples", "../../examples"));
	public static final Path SCREENSHOTS = Path.of(System.getProperty("sdstudio.screenshots", "target/screenshots"));

	private Studio() {
	}

	public static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window;
	}

	public static IWorkbenchPage page() {
		return window().getActivePage();
	}

	/** A copy of the example filing in {@code dir} (tests never change the committed example). */
	public static Path copyExample(Path dir) throws IOException {
		return Files.copy(EXAMPLES.resolve("halcyon-2025.sdfiling"), dir.resolve("halcyon-2025.sdfiling"));
	}

	/** Opens {@code file} in the filing editor and lets the workbench settle. */
	public static FilingEditor open(Path file) throws Exception {
		FilingEditor editor = FilingEditor.open(page(), file);
		assertNotNull(editor, "editor for " + file);
		settle();
		return editor;
	}

	/** Closes every editor without saving. */
	public static void closeAll() {
		page().closeAllEditors(false);
		settle();
	}

	/** Runs the event loop until it is idle (pending async runnables, layouts, paints). */
	public static void settle() {
		Display display = Display.getCurrent();
		for (int round = 0; round < 3; round++) {
			while (display.readAndDispatch()) {
				// keep dispatching
			}
		}
	}

	/** Runs the event loop until {@code condition} holds, failing after {@code timeoutMillis}. */
	public static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		settle();
	}

	/** The first control under {@code root} whose {@code "name"} data is {@code name}. */
	public static <C extends Control> C find(Composite root, Class<C> type, String name) {
		List<C> found = findAll(root, type, control -> name.equals(control.getData("name")));
		if (found.isEmpty()) {
			fail("no " + type.getSimpleName() + " named '" + name + "'");
		}
		return found.get(0);
	}

	public static <C extends Control> List<C> findAll(Composite root, Class<C> type, Predicate<C> test) {
		List<C> found = new ArrayList<>();
		collect(root, type, test, found);
		return found;
	}

	private static <C extends Control> void collect(Control control, Class<C> type, Predicate<C> test,
			List<C> found) {
		if (type.isInstance(control) && test.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, test, found);
			}
		}
	}

	/** Sends a key press and release to the focus control, as typing would (with modifiers like SWT.CTRL). */
	public static void key(Control control, int modifiers, char character, int keyCode) {
		control.setFocus();
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.stateMask = modifiers;
		down.character = character;
		down.keyCode = keyCode;
		control.notifyListeners(SWT.KeyDown, down);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.stateMask = modifiers;
		up.character = character;
		up.keyCode = keyCode;
		control.notifyListeners(SWT.KeyUp, up);
		settle();
	}

	/** Saves what the workbench window shows as {@code SCREENSHOTS/name.png}, with an open dialog in front. */
	public static Path screenshot(String name) {
		Shell window = window().getShell();
		Shell active = window.getDisplay().getActiveShell();
		return screenshot(name, active != null && active != window ? active : null);
	}

	/**
	 * Saves the workbench window with {@code dialog} (may be null) raised above it: under Xvfb there is no window
	 * manager to keep a dialog in front, so it is raised here and given time to paint before the capture.
	 */
	public static Path screenshot(String name, Shell dialog) {
		settle();
		Shell shell = window().getShell();
		if (dialog == null) {
			shell.forceActive();
		} else {
			dialog.forceActive();
			dialog.moveAbove(null);
			// GTK paints on its frame clock: let it run so the raised dialog shows its current content
			long painted = System.currentTimeMillis() + 300;
			waitUntil("the dialog painted", 5300, () -> System.currentTimeMillis() >= painted);
		}
		settle();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			image.dispose();
		}
	}
}
