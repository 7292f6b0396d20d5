package org.sdstudio.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sdstudio.edgar.EdgarExport;
import org.sdstudio.edgar.ExportException;
import org.sdstudio.edgar.ExportOptions;
import org.sdstudio.edgar.ExportResult;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Finding;
import org.sdstudio.review.ReviewRules;

/**
 * The demo's review step: the example's review table, and the approval gate refusing a final export of a copy with
 * the gate on (the example keeps it off, so its own final export runs).
 */
final class DemoReview {

	private DemoReview() {
	}

	static int run(Filing example, Command.Context context) {
		context.out().println();
		context.out().println("== Legal review (sdstudio review)");
		ReviewTable.print(example, DemoCommand.EXAMPLE + " (embedded)", context.out());
		context.out().println();
		context.out().println("With the gate on (sdstudio review FILE --require-approval on), a final export of a copy:");
		Filing copy = EcoreUtil.copy(example);
		copy.setRequireApproval(true);
		Path out = context.resolve(DemoExport.FOLDER);
		try {
			ExportResult result = new EdgarExport().export(copy, out, ExportOptions.defaults(), new BasicMonitor());
			if (result.isWritten()) {
				context.err().println("sdstudio: the approval gate did not stop the final export of the copy");
				return 1;
			}
			List<Finding> unapproved = result.blockingErrors().stream()
					.filter(f -> ReviewRules.UNAPPROVED.equals(f.getCode())).toList();
			context.out().println("  refused: " + unapproved.size() + " part" + (unapproved.size() == 1 ? " is" : "s are")
					+ " not approved (nothing was written)");
			for (Finding f : unapproved) {
				context.out().println("  - " + f.getMessage());
			}
		} catch (ExportException e) {
			context.err().println("sdstudio: the gate check of the demo failed: " + e.getMessage());
			return 2;
		}
		return 0;
	}
}
