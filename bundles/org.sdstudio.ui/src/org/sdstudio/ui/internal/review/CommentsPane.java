package org.sdstudio.ui.internal.review;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.model.ReviewComment;
import org.sdstudio.review.CommentAnchor;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.Reviews;

/**
 * The comment threads of the part selected on the Review page: author, time, state and the passage each is about
 * (found, changed or gone, with its quote); comment on the part, reply, resolve, reopen, and show the passage in the
 * report editor (double-click).
 */
public final class CommentsPane {

	private final ReviewPage page;
	private final TreeViewer tree;
	private final Label heading;
	private final Label passage;
	private final Text input;
	private final Label outcome;
	private ReviewPart part;

	CommentsPane(ReviewPage page, FormToolkit toolkit, Composite parent) {
		this.page = page;
		Composite pane = toolkit.createComposite(parent);
		pane.setLayout(new GridLayout(1, false));
		heading = toolkit.createLabel(pane, "Comments");
		heading.setFont(JFaceResources.getBannerFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		passage = toolkit.createLabel(pane, "", SWT.WRAP);
		passage.setData("name", "commentPassage");
		GridData passageData = new GridData(SWT.FILL, SWT.TOP, true, false);
		passageData.widthHint = 200;
		passage.setLayoutData(passageData);

		input = toolkit.createText(pane, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		input.setData("name", "commentText");
		input.setMessage("A comment on the part, or a reply to the selected comment");
		GridData inputData = new GridData(SWT.FILL, SWT.TOP, true, false);
		inputData.heightHint = 48;
		input.setLayoutData(inputData);
		toolkit.paintBordersFor(pane);

		Composite buttons = toolkit.createComposite(pane);
		buttons.setLayout(new GridLayout(5, false));
		button(toolkit, buttons, "addComment", "Comment", () -> Reviews.comment(part, page.reviewer(), input.getText()));
		button(toolkit, buttons, "replyComment", "Reply",
				() -> Reviews.reply(part, selectedId(), page.reviewer(), input.getText()));
		button(toolkit, buttons, "resolveComment", "Resolve",
				() -> Reviews.resolve(part, threadId(), page.reviewer()));
		button(toolkit, buttons, "reopenComment", "Reopen",
				() -> Reviews.reopenComment(part, threadId(), page.reviewer()));
		Button show = toolkit.createButton(buttons, "Show Passage", SWT.PUSH);
		show.setData("name", "showPassage");
		show.addListener(SWT.Selection, e -> showPassage());

		outcome = toolkit.createLabel(pane, "", SWT.WRAP);
		outcome.setData("name", "commentOutcome");
		outcome.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Composite treeArea = toolkit.createComposite(pane);
		treeArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TreeColumnLayout layout = new TreeColumnLayout();
		treeArea.setLayout(layout);
		tree = new TreeViewer(treeArea, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		tree.getTree().setData("name", "reviewComments");
		tree.getTree().setHeaderVisible(true);
		tree.setContentProvider(new Threads());
		column(layout, "Comment", 50, ReviewComment::getText);
		column(layout, "By", 22, ReviewComment::getAuthor);
		column(layout, "When", 16, c -> ReviewFormat.when(c.getTimestamp()));
		column(layout, "State", 12, this::state);
		tree.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		tree.addSelectionChangedListener(e -> showPassageText());
		tree.addDoubleClickListener(e -> showPassage());
	}

	private void column(TreeColumnLayout layout, String title, int weight, Function<ReviewComment, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((ReviewComment) element);
				return value == null ? "" : value.replace('\n', ' ');
			}
		});
	}

	private String state(ReviewComment comment) {
		if (comment.eContainer() instanceof ReviewComment) {
			return "reply";
		}
		String anchor = part == null ? "" : Reviews.anchor(part, comment).describe();
		return (comment.isResolved() ? "resolved" : "open") + (anchor.isEmpty() ? "" : ", " + anchor);
	}

	private void button(FormToolkit toolkit, Composite parent, String name, String label,
			java.util.function.Supplier<ReviewCommand> operation) {
		Button button = toolkit.createButton(parent, label, SWT.PUSH);
		button.setData("name", name);
		button.addListener(SWT.Selection, e -> {
			if (part == null) {
				return;
			}
			ReviewCommand command = operation.get();
			if (!command.canExecute()) {
				outcome.setText(command.refusal().orElse(""));
				return;
			}
			page.getEditingDomain().getCommandStack().execute(command);
			if (command.result() instanceof ReviewComment c && !name.endsWith("Comment")) {
				input.setText("");
			} else if (name.equals("addComment")) {
				input.setText("");
			}
			outcome.setText(command.getLabel() + ": done by " + page.reviewer().name() + ".");
			if (command.result() instanceof ReviewComment c) {
				page.getPartsViewer().getControl().getDisplay().asyncExec(() -> {
					if (!tree.getControl().isDisposed()) {
						tree.setSelection(new StructuredSelection(c), true);
					}
				});
			}
		});
	}

	/** Shows the threads of {@code shown} (null: none). */
	void show(ReviewPart shown) {
		if (tree.getControl().isDisposed()) {
			return;
		}
		Object selected = tree.getStructuredSelection().getFirstElement();
		this.part = shown;
		heading.setText(shown == null ? "Comments" : "Comments on " + shown.label());
		tree.setInput(shown);
		if (selected != null && shown != null && Reviews.allComments(shown).contains(selected)) {
			tree.setSelection(new StructuredSelection(selected), true);
		}
		showPassageText();
		heading.getParent().layout(true);
	}

	private ReviewComment selected() {
		return tree.getStructuredSelection().getFirstElement() instanceof ReviewComment c ? c : null;
	}

	private String selectedId() {
		ReviewComment c = selected();
		return c == null ? "(no comment selected)" : c.getId();
	}

	private String threadId() {
		ReviewComment c = selected();
		return c == null ? "(no comment selected)" : Reviews.threadOf(c).getId();
	}

	private void showPassageText() {
		ReviewComment c = selected();
		if (c == null || part == null) {
			passage.setText("");
			return;
		}
		CommentAnchor anchor = Reviews.anchor(part, c);
		passage.setText(anchor.status() == CommentAnchor.Status.NONE ? "On the whole part."
				: "On \u201c" + anchor.quote() + "\u201d" + (anchor.describe().isEmpty() ? "" : " (" + anchor.describe()
						+ ")"));
		passage.getParent().layout(true);
	}

	/** Opens the part where it is edited, with the selected comment's passage selected in the report editor. */
	void showPassage() {
		ReviewComment c = selected();
		if (part != null) {
			ReportComments.showPassage(page.getFilingEditor(), part, c);
		}
	}

	public TreeViewer getTreeViewer() {
		return tree;
	}

	public Text getInput() {
		return input;
	}

	private static final class Threads implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof ReviewPart p ? Reviews.threads(p).toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ReviewComment c ? c.getReplies().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof ReviewComment c ? c.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ReviewComment c && !c.getReplies().isEmpty();
		}
	}

	static List<ReviewComment> all(ReviewPart part) {
		return Reviews.allComments(part);
	}
}
