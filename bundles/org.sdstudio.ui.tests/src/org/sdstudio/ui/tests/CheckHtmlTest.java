package org.sdstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdstudio.edgar.PackageCheck;
import org.sdstudio.ui.internal.submission.HtmlCheckDialog;

/** Filing > Check HTML Files: EDGAR's rules on documents from any tool, as {@code sdstudio check-html} does. */
class CheckHtmlTest {

	@TempDir
	Path dir;

	@Test
	void violationsAreListedWithLineColumnAndRuleAndUnreadableFilesWithTheReason() throws Exception {
		Path clean = Files.writeString(dir.resolve("acme-sd.htm"),
				"<html><head><title>t</title></head><body><p>Clean.</p></body></html>");
		Path broken = Files.write(dir.resolve("acme-ex101.htm"), ("<html><head><title>t</title></head><body>\n"
				+ "<p>Caf\u00e9</p>\n<script>alert(1)</script>\n</body></html>").getBytes(StandardCharsets.UTF_8));
		Path missing = dir.resolve("acme-ex102.htm");

		HtmlCheckDialog dialog = new HtmlCheckDialog(Studio.window().getShell(), List.of(clean, broken, missing));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			PackageCheck check = dialog.check();
			assertEquals("2 files checked: " + check.violations().size() + " violations in 1 file; 1 file could not be read.",
					check.summary());
			Table table = Studio.find(dialog.getShell(), Table.class, "checkHtml.results");
			List<String> lines = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				lines.add(String.join("|", item.getText(0), item.getText(1), item.getText(2), item.getText(3),
						item.getText(4)));
			}
			assertTrue(lines.stream().anyMatch(l -> l.startsWith("acme-ex101.htm|2|") && l.contains("EDGAR-NON-ASCII")),
					lines.toString());
			assertTrue(lines.stream().anyMatch(l -> l.startsWith("acme-ex101.htm|3|") && l.contains("EDGAR-ACTIVE")),
					lines.toString());
			assertTrue(lines.stream().noneMatch(l -> l.startsWith("acme-sd.htm")), "the clean file has no line");
			assertTrue(lines.contains("acme-ex102.htm|||unreadable|acme-ex102.htm no such file"), lines.toString());
			Studio.screenshot("check-html");
		} finally {
			dialog.close();
		}
	}

	@Test
	void theCommandIsInTheStudioWithoutAFilingOpen() {
		Studio.closeAll();
		Command command = Studio.window().getService(ICommandService.class)
				.getCommand("org.sdstudio.ui.commands.checkHtml");
		assertTrue(command.isDefined() && command.isEnabled(), "Filing > Check HTML Files... is available");
	}
}
