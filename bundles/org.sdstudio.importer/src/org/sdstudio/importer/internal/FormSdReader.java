package org.sdstudio.importer.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sdstudio.importer.ImportFinding;
import org.sdstudio.model.Address;
import org.sdstudio.model.ContactPerson;
import org.sdstudio.model.DisclosureRule;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.FormType;
import org.sdstudio.model.RuleSelection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Severity;
import org.sdstudio.model.Signature;
import org.sdstudio.model.text.StructuredTexts;

/**
 * Reads the Form SD document: the cover page (each field found by the caption printed under or beside it, as the
 * form lays it out, in paragraphs or in layout tables), the sections and items with their text, the exhibit list
 * and the signature.
 */
public final class FormSdReader {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;
	private static final Pattern SECTION = Pattern.compile("^Section\\s+(\\d+)\\s*[-\u2013\u2014:.]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
	private static final Pattern ITEM = Pattern.compile("^Item\\s+(\\d+\\.\\d+)\\.?\\s*[-\u2013\u2014:.]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
	private static final Pattern PERIOD_YEAR = Pattern.compile("January\\s+1,?\\s+(?:\\d{4}\\s+)?(?:to|through)\\s+December\\s+31,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
	private static final Pattern PHONE = Pattern.compile("\\(?\\d{3}\\)?[\\s.-]*\\d{3}[\\s.-]\\d{4}(\\s*(x|ext\\.?)\\s*\\d+)?");
	private static final Pattern CFN = Pattern.compile("\\b0\\d{2}-\\d{5}\\b");
	private static final Pattern IRS = Pattern.compile("\\b\\d{2}-\\d{7}\\b");
	private static final Pattern ZIP = Pattern.compile("\\b\\d{5}(-\\d{4})?\\b");
	private static final Pattern CHECKED = Pattern.compile("[\u2612\u2611\u2713\u2714\u00fe\u00fd]|\\[\\s*[xX]\\s*\\]|^\\s*[xX]\\s");
	private static final Pattern UNCHECKED = Pattern.compile("[\u2610\u25a1\u00a8]|\\[\\s*\\]");

	/** One text token of the cover: a line, or one line of a table cell with its place in the table. */
	private record Token(String text, Grid grid, int row, int column, int index) {
	}

	private final Filing filing;
	private final String source;
	private final List<ImportFinding> findings;

	public FormSdReader(Filing filing, String source, List<ImportFinding> findings) {
		this.filing = filing;
		this.source = source;
		this.findings = findings;
	}

	public void read(List<Piece> pieces) {
		List<Piece> flat = joinCaptionGrids(pieces);
		int body = indexOf(flat, p -> SECTION.matcher(p).matches() || ITEM.matcher(p).matches());
		int signatures = indexOf(flat, p -> p.equalsIgnoreCase("SIGNATURES") || p.equalsIgnoreCase("SIGNATURE"));
		if (body < 0) {
			body = signatures >= 0 ? signatures : flat.size();
			finding(Severity.WARNING, "items", "no \"Section 1\" or \"Item 1.01\" heading found: the items were not read");
		}
		cover(tokens(flat.subList(0, body)));
		items(flat.subList(body, signatures >= 0 ? signatures : flat.size()));
		if (signatures >= 0) {
			signature(tokens(flat.subList(signatures + 1, flat.size())));
		} else {
			finding(Severity.WARNING, "signature", "no SIGNATURES heading found: the signature was not read");
		}
	}

	// ------------------------------------------------------------------ cover

	private void cover(List<Token> tokens) {
		Set<Token> used = new HashSet<>();
		for (Token t : tokens) {
			String text = t.text();
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.matches(".*\\bform\\s+sd/a\\b.*") || lower.contains("amendment no")) {
				filing.setFormType(FormType.SD_A);
				used.add(t);
			} else if (lower.matches("^form\\s+sd\\b.*")) {
				used.add(t);
			}
		}
		String name = valueFor(tokens, used, "exact name of registrant");
		if (name != null) {
			filing.getRegistrant().setName(name);
		}
		String state = valueFor(tokens, used, "state or other jurisdiction");
		if (state != null) {
			filing.getRegistrant().setStateOfIncorporation(state);
		}
		String cfn = valueFor(tokens, used, "commission file number");
		if (cfn == null) {
			cfn = firstMatch(tokens, used, CFN);
		}
		if (cfn != null) {
			filing.getRegistrant().setCommissionFileNumber(cfn);
		}
		String irs = valueFor(tokens, used, "employer identification");
		if (irs == null) {
			irs = firstMatch(tokens, used, IRS);
		}
		if (irs != null) {
			filing.getRegistrant().setIrsEmployerNumber(irs);
		}
		String address = valueFor(tokens, used, "address of principal executive");
		String zip = valueFor(tokens, used, "zip code");
		if (address != null) {
			if (zip == null) {
				Matcher z = ZIP.matcher(address);
				if (z.find() && z.end() == address.length()) {
					zip = z.group();
					address = address.substring(0, z.start()).replaceAll("[,\\s]+$", "");
				}
			}
			address(address);
		}
		if (zip != null) {
			filing.getRegistrant().getAddress().setZipCode(zip);
		}
		contact(tokens, used);
		for (Token t : tokens) {
			if (used.contains(t)) {
				continue;
			}
			String lower = t.text().toLowerCase(Locale.ROOT);
			if (lower.contains("13p-1")) {
				used.add(t);
				Matcher year = PERIOD_YEAR.matcher(t.text());
				boolean unchecked = UNCHECKED.matcher(t.text()).find() && !CHECKED.matcher(t.text()).find();
				if (unchecked) {
					finding(Severity.WARNING, "cover", "the Rule 13p-1 box is not ticked: \"" + t.text() + "\"");
				}
				if (year.find()) {
					int y = Integer.parseInt(year.group(1));
					filing.setReportingYear(y);
					RuleSelection rule = filing.getRules().isEmpty() ? F.createRuleSelection() : filing.getRules().get(0);
					rule.setRule(DisclosureRule.RULE_13P_1);
					rule.setPeriodEnd(LocalDate.of(y, 12, 31));
					if (filing.getRules().isEmpty()) {
						filing.getRules().add(rule);
					}
				}
			} else if (lower.contains("13q-1") || lower.startsWith("check the appropriate box")
					|| lower.contains("securities and exchange commission") || lower.startsWith("washington")
					|| lower.equals("united states") || lower.contains("specialized disclosure report")
					|| lower.startsWith("(") && lower.endsWith(")")) {
				used.add(t);
			}
		}
		if (filing.getRules().isEmpty()) {
			finding(Severity.ERROR, "cover", "no Rule 13p-1 reporting period found (\"January 1 to December 31, YYYY\")");
		}
		for (Token t : tokens) {
			if (!used.contains(t)) {
				finding(Severity.INFO, "cover", "not mapped to a cover field: \"" + t.text() + "\"");
			}
		}
		require(filing.getRegistrant().getName(), "the registrant's name");
		require(filing.getRegistrant().getStateOfIncorporation(), "the state of incorporation");
		require(filing.getRegistrant().getCommissionFileNumber(), "the Commission File Number");
		require(filing.getRegistrant().getIrsEmployerNumber(), "the IRS Employer Identification No.");
		require(filing.getContact().getName(), "the contact person");
	}

	private void require(String value, String what) {
		if (value == null || value.isBlank()) {
			finding(Severity.WARNING, "cover", "not found: " + what);
		}
	}

	private void address(String address) {
		Address a = filing.getRegistrant().getAddress();
		String[] parts = address.split("\\s*,\\s*");
		if (parts.length >= 3) {
			a.setState(parts[parts.length - 1]);
			a.setCity(parts[parts.length - 2]);
			a.setStreet(String.join(", ", java.util.Arrays.copyOf(parts, parts.length - 2)));
		} else {
			a.setStreet(address);
			finding(Severity.INFO, "cover", "the address was kept whole as the street: \"" + address + "\"");
		}
	}

	private void contact(List<Token> tokens, Set<Token> used) {
		int label = indexOfLabel(tokens, "person to contact");
		if (label < 0) {
			return;
		}
		used.add(tokens.get(label));
		// the name, title lines and phone stand above the caption, back to the previous caption or value
		List<Token> block = new ArrayList<>();
		for (int i = label - 1; i >= 0; i--) {
			Token t = tokens.get(i);
			if (used.contains(t) || isCaption(t.text())) {
				break;
			}
			block.add(0, t);
		}
		if (block.isEmpty()) {
			return;
		}
		used.addAll(block);
		ContactPerson contact = filing.getContact();
		List<String> title = new ArrayList<>();
		for (Token t : block) {
			Matcher phone = PHONE.matcher(t.text());
			if (phone.find() && t.text().replace(phone.group(), "").replaceAll("[,\\s]", "").length() < 3) {
				contact.setPhone(phone.group().trim());
			} else if (contact.getName() == null) {
				String[] nameAndRest = t.text().split("\\s*,\\s*", 2);
				contact.setName(nameAndRest[0]);
				if (nameAndRest.length > 1 && !nameAndRest[1].isBlank()) {
					title.add(nameAndRest[1]);
				}
			} else {
				title.add(t.text());
			}
		}
		if (!title.isEmpty()) {
			contact.setTitle(String.join("\n", title));
		}
	}

	/** A caption printed under a cover field: "(Zip Code)"; not a phone number such as "(303) 555-0148". */
	private static boolean isCaption(String text) {
		return text.startsWith("(") && text.endsWith(")") && text.length() > 6;
	}

	private static int indexOfLabel(List<Token> tokens, String label) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).text().toLowerCase(Locale.ROOT).contains(label)) {
				return i;
			}
		}
		return -1;
	}

	/** The value printed above (or, in a table, in the cell above) the caption that contains {@code label}. */
	private static String valueFor(List<Token> tokens, Set<Token> used, String label) {
		int i = indexOfLabel(tokens, label);
		if (i < 0) {
			return null;
		}
		Token caption = tokens.get(i);
		if (used.contains(caption)) {
			return null; // one caption for two fields: "(Address of principal executive offices) (Zip Code)"
		}
		used.add(caption);
		Token value = null;
		if (caption.grid() != null && caption.index() == 0 && caption.row() > 0) {
			for (int j = i - 1; j >= 0; j--) {
				Token t = tokens.get(j);
				if (t.grid() == caption.grid() && t.column() == caption.column() && t.row() < caption.row()) {
					value = t;
					break;
				}
			}
		}
		if (value == null && i > 0) {
			Token previous = tokens.get(i - 1);
			if (!isCaption(previous.text())) {
				value = previous;
			}
		}
		if (value == null || used.contains(value)) {
			return null;
		}
		used.add(value);
		return value.text();
	}

	private static String firstMatch(List<Token> tokens, Set<Token> used, Pattern pattern) {
		for (Token t : tokens) {
			Matcher m = pattern.matcher(t.text());
			if (!used.contains(t) && m.find() && m.group().length() >= t.text().length() - 2) {
				used.add(t);
				return m.group();
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ items and exhibits

	private void items(List<Piece> pieces) {
		filing.getFormSections().clear();
		filing.getExhibits().clear();
		FormSection section = null;
		FormItem item = null;
		List<Piece> body = new ArrayList<>();
		boolean index = false;
		for (Piece piece : pieces) {
			String text = piece instanceof Line l ? l.text() : null;
			Matcher s = text == null ? null : SECTION.matcher(text);
			Matcher i = text == null ? null : ITEM.matcher(text);
			if (s != null && s.matches()) {
				finishItem(item, body);
				item = null;
				section = F.createFormSection();
				section.setNumber(s.group(1));
				section.setTitle(s.group(2));
				filing.getFormSections().add(section);
				index = false;
			} else if (i != null && i.matches()) {
				finishItem(item, body);
				if (section == null) {
					section = F.createFormSection();
					section.setNumber(i.group(1).substring(0, i.group(1).indexOf('.')));
					filing.getFormSections().add(section);
				}
				item = F.createFormItem();
				item.setNumber(i.group(1));
				item.setCaption(i.group(2));
				section.getItems().add(item);
				index = false;
			} else if (text != null && text.equalsIgnoreCase("EXHIBIT INDEX")) {
				finishItem(item, body);
				item = null;
				index = true;
			} else if (piece instanceof Grid grid && isExhibitTable(grid)) {
				exhibits(grid);
				if (item != null) {
					item.setListsExhibits(true);
				}
			} else if (index) {
				finding(Severity.INFO, "exhibit index", "not mapped: \"" + (text != null ? text : "a table") + "\"");
			} else if (item != null) {
				body.add(piece);
			} else {
				finding(Severity.INFO, "items", "text outside an item was not kept: \"" + (text != null ? text : "a table") + "\"");
			}
		}
		finishItem(item, body);
		if (filing.getExhibits().isEmpty()) {
			finding(Severity.WARNING, "exhibits", "no exhibit list found (\"Exhibit No. / Description\")");
		}
	}

	private void finishItem(FormItem item, List<Piece> body) {
		if (item != null) {
			Set<Line> subheadings = new HashSet<>();
			for (Piece p : body) {
				if (p instanceof Line l && l.allBold() && l.lists().isEmpty() && l.text().length() < 150) {
					subheadings.add(l);
				}
			}
			item.setBody(TextBuilder.build(body, subheadings));
		}
		body.clear();
	}

	private static boolean isExhibitTable(Grid grid) {
		return !grid.rows().isEmpty() && grid.rows().get(0).texts().stream()
				.anyMatch(t -> t.toLowerCase(Locale.ROOT).startsWith("exhibit"));
	}

	private void exhibits(Grid grid) {
		for (int r = 1; r < grid.rows().size(); r++) {
			List<String> cells = grid.rows().get(r).texts().stream().filter(s -> !s.isBlank()).toList();
			if (cells.size() < 2) {
				continue;
			}
			String number = cells.get(0).replaceAll("(?i)^exhibit\\s+", "");
			if (filing.getExhibits().stream().anyMatch(e -> e.getNumber().equals(number))) {
				continue; // the exhibit index repeats the exhibits item's list
			}
			Exhibit exhibit = F.createExhibit();
			exhibit.setNumber(number);
			exhibit.setDescription(String.join(" ", cells.subList(1, cells.size())));
			exhibit.setDocumentType("EX-" + number);
			filing.getExhibits().add(exhibit);
		}
	}

	// ------------------------------------------------------------------ signature

	private void signature(List<Token> tokens) {
		Signature signature = filing.getSignature();
		String signer = null;
		List<String> title = new ArrayList<>();
		boolean afterBy = false;
		for (int i = 0; i < tokens.size(); i++) {
			String text = tokens.get(i).text();
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.equals("(registrant)")) {
				if (i > 0) {
					signature.setRegistrantName(tokens.get(i - 1).text());
				}
			} else if (lower.startsWith("date:") || lower.startsWith("dated:")) {
				String value = text.substring(text.indexOf(':') + 1).trim();
				if (value.isEmpty() && i + 1 < tokens.size()) {
					value = tokens.get(++i).text();
				}
				LocalDate date = date(value);
				if (date != null) {
					signature.setDate(date);
				} else {
					finding(Severity.WARNING, "signature", "the date could not be read: \"" + value + "\"");
				}
			} else if (lower.startsWith("by:") || lower.startsWith("/s/")) {
				signer = text.replaceFirst("(?i)^by:\\s*", "").replaceFirst("^/s/\\s*", "").trim();
				if (signer.isEmpty() && i + 1 < tokens.size()) {
					signer = tokens.get(++i).text().replaceFirst("^/s/\\s*", "").trim();
				}
				afterBy = true;
			} else if (lower.startsWith("name:")) {
				signer = text.substring(5).trim();
				if (signer.isEmpty() && i + 1 < tokens.size()) {
					signer = tokens.get(++i).text(); // "Name:" in a cell of its own
				}
			} else if (lower.startsWith("title:")) {
				String value = text.substring(6).trim();
				if (value.isEmpty() && i + 1 < tokens.size()) {
					value = tokens.get(++i).text();
				}
				title.add(value);
			} else if (afterBy && !text.equals(signer)) {
				title.add(text);
			} else if (!afterBy && !lower.startsWith("pursuant to") && (i + 1 >= tokens.size()
					|| !tokens.get(i + 1).text().equalsIgnoreCase("(registrant)"))) {
				finding(Severity.INFO, "signature", "not mapped: \"" + text + "\"");
			}
		}
		signature.setSignerName(signer);
		if (!title.isEmpty()) {
			signature.setSignerTitle(String.join("\n", title));
		}
		if (signer == null) {
			finding(Severity.WARNING, "signature", "no signer (\"By: /s/ Name\") found");
		}
		if (signature.getDate() == null) {
			finding(Severity.WARNING, "signature", "no signature date found");
		}
	}

	static LocalDate date(String text) {
		String t = Line.clean(text).replaceAll(",(\\S)", ", $1").replaceAll("\\s*,\\s*", ", ");
		for (String pattern : new String[] { "MMMM d, yyyy", "MMM d, yyyy", "M/d/yyyy", "yyyy-MM-dd", "MMMM d yyyy" }) {
			try {
				return LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.US));
			} catch (DateTimeParseException e) {
				// try the next form
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ helpers

	/** A one-row table whose first cell is "Item 1.01" or "Section 1" is a caption laid out in cells: one line. */
	private static List<Piece> joinCaptionGrids(List<Piece> pieces) {
		List<Piece> out = new ArrayList<>();
		for (Piece piece : pieces) {
			if (piece instanceof Grid g && g.rows().size() == 1 && g.columns() <= 3) {
				String first = g.rows().get(0).cells().get(0).text();
				if (first.matches("(?i)^(item|section)\\s+\\d.*")) {
					List<Line.Span> spans = new ArrayList<>();
					for (Grid.Cell cell : g.rows().get(0).cells()) {
						for (Line l : cell.lines()) {
							if (!spans.isEmpty()) {
								spans.add(new Line.Span(" ", false, false, false, null, 0));
							}
							spans.addAll(l.spans());
						}
					}
					out.add(new Line(List.of(), spans, 0, null, null));
					continue;
				}
			}
			out.add(piece);
		}
		return out;
	}

	private static int indexOf(List<Piece> pieces, java.util.function.Predicate<String> test) {
		for (int i = 0; i < pieces.size(); i++) {
			if (pieces.get(i) instanceof Line l && test.test(l.text())) {
				return i;
			}
		}
		return -1;
	}

	/** The text tokens of these pieces; a caption broken over lines ("(State or other ... / of incorporation)") is joined. */
	private static List<Token> tokens(List<Piece> pieces) {
		List<Token> raw = new ArrayList<>();
		for (Piece piece : pieces) {
			if (piece instanceof Line l) {
				raw.add(new Token(l.text(), null, 0, 0, 0));
			} else if (piece instanceof Grid g) {
				for (int r = 0; r < g.rows().size(); r++) {
					List<Grid.Cell> cells = g.rows().get(r).cells();
					for (int c = 0; c < cells.size(); c++) {
						List<Line> lines = cells.get(c).lines();
						for (int i = 0; i < lines.size(); i++) {
							raw.add(new Token(lines.get(i).text(), g, r, c, i));
						}
					}
				}
			}
		}
		List<Token> tokens = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			Token t = raw.get(i);
			if (Line.isPageNumber(t.text())) {
				continue;
			}
			String text = t.text();
			while (text.startsWith("(") && !text.contains(")") && i + 1 < raw.size()
					&& raw.get(i + 1).grid() == t.grid() && raw.get(i + 1).column() == t.column()) {
				text = text + " " + raw.get(++i).text();
			}
			tokens.add(new Token(text, t.grid(), t.row(), t.column(), t.index()));
		}
		return tokens;
	}

	private void finding(Severity severity, String part, String message) {
		findings.add(new ImportFinding(severity, source + " (" + part + ")", message));
	}

	/** The plain text of a piece list, for word counts in tests and summaries. */
	public static String plain(List<Piece> pieces) {
		return StructuredTexts.plainText(TextBuilder.build(pieces, Set.of()));
	}
}
