package org.sdstudio.ui.internal.intake;

import static org.sdstudio.ui.internal.intake.SupplierTexts.effectiveDate;
import static org.sdstudio.ui.internal.intake.SupplierTexts.findingCounts;
import static org.sdstudio.ui.internal.intake.SupplierTexts.importedAt;
import static org.sdstudio.ui.internal.intake.SupplierTexts.isCurrent;
import static org.sdstudio.ui.internal.intake.SupplierTexts.nz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sdstudio.cmrt.CmrtReader;
import org.sdstudio.model.CompanyAnswer;
import org.sdstudio.model.Declaration;
import org.sdstudio.model.Finding;
import org.sdstudio.model.MetalAnswer;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.edit.label.FilingLabels;

/**
 * The details of one supplier on the Suppliers page: the shown response's declaration answers, smelter rows and
 * findings, and the supplier's response history (choosing an earlier response shows it).
 */
final class SupplierDetails {

	/** One declaration line: what is asked, the answer, the comment. */
	record Answer(String item, String answer, String comment) {
	}

	private final Label shown;
	private final CTabFolder tabs;
	private final TableViewer answers;
	private final TableViewer smelterRows;
	private final TableViewer findings;
	private final TableViewer history;
	private Supplier shownSupplier;
	private SupplierResponse shownResponse;

	SupplierDetails(FormToolkit toolkit, Composite parent) {
		Composite details = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().applyTo(details);
		shown = toolkit.createLabel(details, "", SWT.WRAP);
		shown.setData("name", "shownResponse");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(shown);
		tabs = new CTabFolder(details, SWT.BORDER | SWT.FLAT);
		tabs.setData("name", "supplierTabs");
		toolkit.adapt(tabs);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

		answers = detailTable(toolkit, "Declaration", "answers");
		column(answers, "Item", 330, a -> ((Answer) a).item());
		column(answers, "Answer", 260, a -> ((Answer) a).answer());
		column(answers, "Comment", 360, a -> ((Answer) a).comment());

		smelterRows = detailTable(toolkit, "Smelter rows", "smelterRows");
		column(smelterRows, "Row", 50, r -> ((SmelterRow) r).getRowNumber() > 0
				? String.valueOf(((SmelterRow) r).getRowNumber()) : "");
		column(smelterRows, "Metal", 80, r -> nz(((SmelterRow) r).getMetal()));
		column(smelterRows, "Smelter name", 260, r -> smelterName((SmelterRow) r));
		column(smelterRows, "Country", 130, r -> nz(((SmelterRow) r).getCountry()));
		column(smelterRows, "Smelter ID", 110, r -> smelterId((SmelterRow) r));
		column(smelterRows, "Source of ID", 160, r -> nz(((SmelterRow) r).getIdSource()));

		findings = detailTable(toolkit, "Findings", "findings");
		column(findings, "Severity", 70, f -> ((Finding) f).getSeverity().getLiteral());
		column(findings, "Code", 190, f -> nz(((Finding) f).getCode()));
		column(findings, "Cell", 170, f -> cell((Finding) f));
		column(findings, "Message", 560, f -> message((Finding) f));

		history = detailTable(toolkit, "History", "history");
		column(history, "", 70, r -> isCurrent((SupplierResponse) r) ? "current" : "");
		column(history, "File", 240, r -> nz(((SupplierResponse) r).getFileName()));
		column(history, "CMRT", 55, r -> nz(((SupplierResponse) r).getTemplateRevision()));
		column(history, "Effective date", 100, r -> effectiveDate((SupplierResponse) r));
		column(history, "Imported at", 130, r -> importedAt((SupplierResponse) r));
		column(history, "Smelter rows", 90, r -> String.valueOf(((SupplierResponse) r).getSmelterRows().size()));
		column(history, "Findings", 170, r -> findingCounts((SupplierResponse) r));
		// choosing a response in the history shows its answers, rows and findings; a double-click opens them
		history.addSelectionChangedListener(e -> {
			Object chosen = e.getStructuredSelection().getFirstElement();
			if (chosen instanceof SupplierResponse response && response != shownResponse) {
				showResponse(response);
			}
		});
		history.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof SupplierResponse) {
				tabs.setSelection(0);
			}
		});
		tabs.setSelection(0);
	}

	private TableViewer detailTable(FormToolkit toolkit, String title, String name) {
		Table table = toolkit.createTable(tabs, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL
				| SWT.H_SCROLL);
		table.setData("name", name);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableViewer viewer = new TableViewer(table);
		viewer.setUseHashlookup(true);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(table);
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				// long answers, comments and messages do not fit their column
				String full = text.apply(element);
				return full.length() > 40 ? full : null;
			}
		});
	}

	/** Shows {@code supplier} with {@code response} (null: its current one); null shows nothing. */
	void show(Supplier supplier, SupplierResponse response) {
		shownSupplier = supplier;
		if (supplier == null) {
			shownResponse = null;
			shown.setText("Select a supplier to see its declaration, smelter rows, findings and earlier responses.");
			answers.setInput(List.of());
			smelterRows.setInput(List.of());
			findings.setInput(List.of());
			history.setInput(List.of());
			updateTabTitles(null);
			return;
		}
		List<SupplierResponse> responses = new ArrayList<>(supplier.getResponses());
		responses.sort(org.sdstudio.cmrt.CmrtImport.NEWEST.reversed());
		history.setInput(responses);
		showResponse(response != null ? response : supplier.getCurrentResponse());
	}

	private void showResponse(SupplierResponse response) {
		shownResponse = response;
		if (response == null) {
			shown.setText("This supplier has no response.");
			answers.setInput(List.of());
			smelterRows.setInput(List.of());
			findings.setInput(List.of());
		} else {
			Supplier supplier = (Supplier) response.eContainer();
			shown.setText(nz(supplier == null ? null : supplier.getName()) + ": " + nz(response.getFileName())
					+ (isCurrent(response) ? " (current response)" : " (an earlier response, not the current one)"));
			answers.setInput(answers(response));
			smelterRows.setInput(response.getSmelterRows().toArray());
			List<Finding> sorted = new ArrayList<>(response.getFindings());
			sorted.sort(Comparator.comparing((Finding f) -> -f.getSeverity().getValue()));
			findings.setInput(sorted);
		}
		updateTabTitles(response);
		shown.getParent().layout();
	}

	private void updateTabTitles(SupplierResponse response) {
		CTabItem[] items = tabs.getItems();
		items[1].setText(response == null ? "Smelter rows" : "Smelter rows (" + response.getSmelterRows().size() + ")");
		items[2].setText(response == null ? "Findings" : "Findings (" + findingCounts(response) + ")");
		Supplier supplier = shownSupplier;
		items[3].setText(supplier == null ? "History" : "History (" + supplier.getResponses().size() + ")");
	}

	/** The declaration as lines: company and contact data, questions 1-8 per metal, company questions A-H. */
	static List<Answer> answers(SupplierResponse response) {
		List<Answer> lines = new ArrayList<>();
		Declaration d = response.getDeclaration();
		if (d != null) {
			lines.add(new Answer("Company", nz(d.getCompanyName()), ""));
			lines.add(new Answer("Declaration scope", d.getScope() == null ? "" : d.getScope().getLiteral(),
					nz(d.getScopeDescription())));
			lines.add(new Answer("Contact", join(d.getContactName(), d.getContactEmail(), d.getContactPhone()), ""));
			lines.add(new Answer("Authorizer", join(d.getAuthorizer(), d.getAuthorizerTitle(),
					d.getAuthorizerEmail(), d.getAuthorizerPhone()), ""));
			lines.add(new Answer("Effective date", d.getEffectiveDate() != null ? d.getEffectiveDate().toString()
					: nz(d.getEffectiveDateText()), ""));
		}
		for (MetalAnswer a : response.getMetalAnswers()) {
			String text = CmrtReader.metalQuestion(a.getQuestion());
			String question = text.isEmpty() ? "" : " " + text;
			lines.add(new Answer("Q" + a.getQuestion() + " " + FilingLabels.metal(a.getMetal()) + ":" + question,
					nz(a.getAnswer()), nz(a.getComment())));
		}
		for (CompanyAnswer a : response.getCompanyAnswers()) {
			String letter = nz(a.getQuestion()).strip();
			String text = CmrtReader.companyQuestion(letter);
			String question = text.isEmpty() ? "" : ": " + text;
			lines.add(new Answer("Company question " + letter + question, nz(a.getAnswer()), nz(a.getComment())));
		}
		return lines;
	}

	/** Shows {@code row} or {@code finding} of the shown response in its tab; the declaration otherwise. */
	void reveal(Object subject) {
		if (subject instanceof SmelterRow) {
			tabs.setSelection(1);
			smelterRows.setSelection(new StructuredSelection(subject), true);
		} else if (subject instanceof Finding) {
			tabs.setSelection(2);
			findings.setSelection(new StructuredSelection(subject), true);
		} else {
			tabs.setSelection(0);
		}
	}

	SupplierResponse shownResponse() {
		return shownResponse;
	}

	private static String smelterName(SmelterRow row) {
		return row.getSmelterName() != null && !row.getSmelterName().isBlank() ? row.getSmelterName()
				: nz(row.getLookupName());
	}

	private static String smelterId(SmelterRow row) {
		return row.getSmelterId() != null ? row.getSmelterId() : nz(row.getSmelterIdInput());
	}

	private static String cell(Finding finding) {
		// the checks put the sheet and cell, as a spreadsheet writes them, in the finding's field
		if (finding.getField() != null && !finding.getField().isBlank()) {
			return finding.getField();
		}
		return finding.getSheet() == null ? nz(finding.getCell())
				: "'" + finding.getSheet() + "'" + (finding.getCell() == null ? "" : "!" + finding.getCell());
	}

	/** The message without the cell it starts with (the Cell column shows it). */
	private static String message(Finding finding) {
		String message = nz(finding.getMessage());
		String field = finding.getField();
		return field != null && message.startsWith(field + ": ") ? message.substring(field.length() + 2) : message;
	}

	private static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append(text.length() == 0 ? "" : ", ").append(part.strip());
			}
		}
		return text.toString();
	}
}
