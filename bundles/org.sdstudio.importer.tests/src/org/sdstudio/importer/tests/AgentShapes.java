package org.sdstudio.importer.tests;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.sdstudio.model.Block;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Exhibit;
import org.sdstudio.model.Filing;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.FormSection;
import org.sdstudio.model.ListBlock;
import org.sdstudio.model.ListItem;
import org.sdstudio.model.ListStyle;
import org.sdstudio.model.Metal;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ParagraphStyle;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.TitleStyle;

/**
 * Writes a filing as HTML in the shapes filing agents produce (our own generator, from the example's content), each
 * with its quirks:
 * <ul>
 * <li>{@link Shape#DIV_FONT}: every paragraph a {@code <div style="text-align:...">} of {@code <font style=...>}
 * runs, bold as {@code font-weight:700}, italic as {@code font-style:italic}; {@code &nbsp;} spacer divs, page
 * numbers, a running footer and page-break rules; bullets as paragraphs beginning with a bullet; one Annex A table
 * with a metal column headed "Metal | Smelter or Refiner Name | Location | RMAP Status" and RMI's wordings.</li>
 * <li>{@link Shape#NESTED_DIVS}: nested {@code <div>}s with inline styles, {@code <br>} line breaks, the cover in
 * layout tables with captions in the row below, bullets as two-cell layout tables, headings in a larger font,
 * one Annex A table per metal with the metal in a line above and the header repeated at a page break.</li>
 * <li>{@link Shape#OLDER_TOOL}: upper-case {@code <P>} left unclosed with {@code <FONT SIZE=2>} and
 * {@code <B>}, {@code <I>}, {@code <U>}, unquoted attributes, {@code <BR>} and {@code <HR>} unclosed, Windows-1252
 * character references for quotes ({@code &#146;}), lettered items as paragraphs beginning "(a)", the annex table
 * with columns in another order and countries in mixed case.</li>
 * <li>{@link Shape#HEADINGS_SUBMISSION}: {@code <h1>}/{@code <h2>} headings, real {@code <ul>}/{@code <ol>} lists,
 * the cover in a table with captions beside the values, the smelter table in the body (no annex heading) with a
 * smelter ID column; packaged as a submission text file by the test.</li>
 * </ul>
 */
final class AgentShapes {

	enum Shape {
		DIV_FONT, NESTED_DIVS, OLDER_TOOL, HEADINGS_SUBMISSION
	}

	private final Shape shape;
	private final StringBuilder out = new StringBuilder();
	private int page = 1;

	private AgentShapes(Shape shape) {
		this.shape = shape;
	}

	static String formSd(Filing filing, Shape shape, String exhibitFile) {
		AgentShapes w = new AgentShapes(shape);
		w.writeFormSd(filing, exhibitFile);
		return ascii(w.out.toString());
	}

	static String exhibit(Filing filing, Shape shape) {
		AgentShapes w = new AgentShapes(shape);
		w.writeExhibit(filing);
		return ascii(w.out.toString());
	}

	/** EDGAR documents are ASCII: every other character as a decimal reference. */
	private static String ascii(String html) {
		StringBuilder b = new StringBuilder(html.length());
		html.chars().forEach(c -> {
			if (c < 128) {
				b.append((char) c);
			} else {
				b.append("&#").append(c).append(';');
			}
		});
		return b.toString();
	}

	// ------------------------------------------------------------------ Form SD

	private void writeFormSd(Filing f, String exhibitFile) {
		open("Form SD");
		center("UNITED STATES", true);
		center("SECURITIES AND EXCHANGE COMMISSION", true);
		center("Washington, D.C. 20549", false);
		spacer();
		center("FORM SD", true);
		center("SPECIALIZED DISCLOSURE REPORT", true);
		spacer();
		center(f.getRegistrant().getName(), true);
		center("(Exact name of registrant as specified in its charter)", false);
		var r = f.getRegistrant();
		var a = r.getAddress();
		String address = a.getStreet() + ", " + a.getCity() + ", " + a.getState();
		switch (shape) {
		case NESTED_DIVS -> {
			out.append("<table style=\"width:100%\"><tr><td style=\"width:33%;text-align:center\"><div><b>")
					.append(esc(r.getStateOfIncorporation())).append("</b></div></td><td style=\"width:1%\">&nbsp;</td>")
					.append("<td style=\"text-align:center\"><b>").append(esc(r.getCommissionFileNumber()))
					.append("</b></td><td>&nbsp;</td><td style=\"text-align:center\"><b>").append(esc(r.getIrsEmployerNumber()))
					.append("</b></td></tr>\n<tr><td style=\"text-align:center\">(State or other jurisdiction<br>of incorporation)</td><td></td>")
					.append("<td>(Commission<br>File Number)</td><td></td><td>(IRS Employer<br>Identification No.)</td></tr></table>\n");
			out.append("<table style=\"width:100%\"><tr><td><b>").append(esc(address)).append("</b></td><td><b>")
					.append(a.getZipCode()).append("</b></td></tr><tr><td>(Address of principal executive offices)</td><td>(Zip Code)</td></tr></table>\n");
		}
		case HEADINGS_SUBMISSION -> {
			out.append("<table>\n<tr><td>").append(esc(r.getStateOfIncorporation())).append("<br>(State or other jurisdiction of incorporation)</td>")
					.append("<td>").append(esc(r.getCommissionFileNumber())).append("<br>(Commission File Number)</td>")
					.append("<td>").append(esc(r.getIrsEmployerNumber())).append("<br>(I.R.S. Employer Identification No.)</td></tr>\n")
					.append("<tr><td>").append(esc(address)).append("<br>(Address of principal executive offices)</td><td>")
					.append(a.getZipCode()).append("<br>(Zip Code)</td><td></td></tr>\n</table>\n");
		}
		default -> {
			center(r.getStateOfIncorporation(), true);
			center("(State or other jurisdiction of incorporation)", false);
			center(r.getCommissionFileNumber(), true);
			center("(Commission File Number)", false);
			center(r.getIrsEmployerNumber(), true);
			center("(IRS Employer Identification No.)", false);
			center(address + ", " + a.getZipCode(), true);
			center("(Address of principal executive offices) (Zip Code)", false);
		}
		}
		var c = f.getContact();
		center(c.getName(), true);
		for (String t : c.getTitle().split("\n")) {
			center(t, true);
		}
		center(c.getPhone(), true);
		center("(Name and telephone number, including area code, of the person to contact in connection with this report.)", false);
		para(List.of(run("Check the appropriate box to indicate the rule pursuant to which this form is being filed, and provide the period to which the information in this form applies:")));
		int year = f.getReportingYear();
		para(List.of(run("\u2612 Rule 13p-1 under the Securities Exchange Act (17 CFR 240.13p-1) for the reporting period from January 1 to December 31, " + year + ".")));
		para(List.of(run("\u2610 Rule 13q-1 under the Securities Exchange Act (17 CFR 240.13q-1) for the fiscal year ended ____________.")));
		pageBreak();
		for (FormSection s : f.getFormSections()) {
			heading("Section " + s.getNumber() + " \u2013 " + s.getTitle(), 2);
			for (FormItem item : s.getItems()) {
				if (shape == Shape.NESTED_DIVS) {
					out.append("<table><tr><td><b>Item ").append(item.getNumber()).append("</b></td><td><b>")
							.append(esc(item.getCaption())).append("</b></td></tr></table>\n");
				} else {
					heading("Item " + item.getNumber() + " " + item.getCaption(), 3);
				}
				text(item.getBody());
				if (item.isListsExhibits()) {
					exhibitTable(f, exhibitFile);
				}
			}
		}
		heading("EXHIBIT INDEX", 2);
		exhibitTable(f, exhibitFile);
		pageBreak();
		center("SIGNATURES", true);
		para(List.of(run("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the duly authorized undersigned.")));
		var sig = f.getSignature();
		para(List.of(bold(sig.getRegistrantName())));
		para(List.of(run("(Registrant)")));
		String date = sig.getDate().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US));
		if (shape == Shape.NESTED_DIVS) {
			out.append("<table><tr><td>By:</td><td>/s/ ").append(esc(sig.getSignerName())).append("</td></tr>")
					.append("<tr><td>Name:</td><td>").append(esc(sig.getSignerName())).append("</td></tr>")
					.append("<tr><td>Title:</td><td>").append(esc(sig.getSignerTitle())).append("</td></tr></table>\n");
			para(List.of(run("Date: " + date)));
		} else {
			para(List.of(run("Date: " + date)));
			para(List.of(run("By: /s/ " + sig.getSignerName())));
			para(List.of(run(sig.getSignerName())));
			para(List.of(run(sig.getSignerTitle())));
		}
		close();
	}

	private void exhibitTable(Filing f, String exhibitFile) {
		String t = shape == Shape.OLDER_TOOL ? "TABLE" : "table";
		out.append("<").append(t).append(" width=100%><tr><td><u>Exhibit No.</u></td><td>&nbsp;</td><td><u>Description</u></td></tr>\n");
		for (Exhibit e : f.getExhibits()) {
			out.append("<tr><td>").append(e.getNumber()).append("</td><td></td><td><a href=\"").append(exhibitFile).append("\">")
					.append(esc(e.getDescription())).append("</a></td></tr>\n");
		}
		out.append("</").append(t).append(">\n");
	}

	// ------------------------------------------------------------------ Exhibit 1.01

	private void writeExhibit(Filing f) {
		open("Exhibit 1.01");
		if (shape == Shape.OLDER_TOOL) {
			out.append("<P ALIGN=RIGHT><FONT SIZE=2><B>Exhibit 1.01</B></FONT>\n");
		} else {
			out.append("<div style=\"text-align:right\"><b>Exhibit 1.01</b></div>\n");
		}
		center(f.getRegistrant().getName(), true);
		center("Conflict Minerals Report", true);
		center(f.getReport().getSubtitle(), true);
		spacer();
		int n = 0;
		for (ReportSection section : f.getReport().getSections()) {
			if (section.getTitleStyle() == TitleStyle.RUN_IN) {
				runIn(section);
			} else {
				heading(section.getTitle(), 2);
				text(section.getBody());
			}
			for (ReportSection sub : section.getSubsections()) {
				heading((sub.getNumber() != null ? sub.getNumber() + ". " : "") + sub.getTitle(), 3);
				text(sub.getBody());
			}
			if (++n % 3 == 0) {
				pageBreak();
			}
		}
		pageBreak();
		annex(f);
		close();
	}

	private void runIn(ReportSection section) {
		StructuredText body = section.getBody();
		Paragraph first = (Paragraph) body.getBlocks().get(0);
		List<Run> runs = new java.util.ArrayList<>();
		runs.add(bold(section.getTitle() + ":"));
		runs.add(run(" "));
		runs.addAll(first.getRuns());
		para(runs);
		for (Block b : body.getBlocks().subList(1, body.getBlocks().size())) {
			block(b);
		}
	}

	private void annex(Filing f) {
		var annex = f.getReport().getAnnexA();
		List<SmelterEntry> rows = annex.getRows();
		if (shape != Shape.HEADINGS_SUBMISSION) {
			center("Annex A", true);
			center(annex.getCaption(), true);
		}
		switch (shape) {
		case DIV_FONT -> {
			out.append("<table style=\"width:100%\"><tr><td style=\"font-weight:700\">Metal</td><td></td><td style=\"font-weight:700\">Smelter or Refiner Name</td><td style=\"font-weight:700\">Location</td><td style=\"font-weight:700\">RMAP Status</td></tr>\n");
			for (SmelterEntry e : rows) {
				out.append("<tr><td>").append(e.getMetal().getLiteral()).append("</td><td>&nbsp;</td><td>").append(esc(e.getFacilityName()))
						.append("</td><td>").append(esc(e.getCountry())).append("</td><td>").append(rmiWording(e.getStatus())).append("</td></tr>\n");
			}
			out.append("</table>\n");
		}
		case NESTED_DIVS -> {
			for (Metal metal : Metal.VALUES) {
				List<SmelterEntry> ofMetal = rows.stream().filter(e -> e.getMetal() == metal).toList();
				if (ofMetal.isEmpty()) {
					continue;
				}
				out.append("<div style=\"margin-top:12pt\"><div style=\"font-weight:bold\">").append(metal.getLiteral()).append("</div></div>\n");
				String header = "<tr><td><b>Smelter Name</b></td><td><b>Country</b></td><td><b>Smelter ID</b></td><td><b>Status</b></td></tr>\n";
				out.append("<table cellpadding=0>").append(header);
				int i = 0;
				for (SmelterEntry e : ofMetal) {
					if (++i % 40 == 0) {
						out.append(header); // the header repeated where the table breaks across pages
					}
					out.append("<tr><td>").append(esc(e.getFacilityName())).append("</td><td>").append(esc(e.getCountry()))
							.append("</td><td>").append(e.getSmelterId() == null ? "" : e.getSmelterId()).append("</td><td>")
							.append(e.getStatus().getLiteral()).append("</td></tr>\n");
				}
				out.append("</table>\n");
			}
		}
		case OLDER_TOOL -> {
			out.append("<TABLE BORDER=0 WIDTH=100%>\n<TR><TD><B><FONT SIZE=1>Smelter Name</FONT></B><TD><B>Metal</B><TD><B>Country</B><TD><B>Compliance Status</B>\n");
			for (SmelterEntry e : rows) {
				out.append("<TR><TD>").append(esc(e.getFacilityName())).append("<TD>").append(e.getMetal().getLiteral())
						.append("<TD>").append(mixedCase(e.getCountry())).append("<TD>").append(e.getStatus().getLiteral()).append("\n");
			}
			out.append("</TABLE>\n");
		}
		case HEADINGS_SUBMISSION -> {
			out.append("<p>The facilities below are those our suppliers reported for ").append(f.getReportingYear()).append(".</p>\n");
			out.append("<table>\n<tr><th>Smelter ID</th><th>Smelter Name</th><th>Metal</th><th>Location</th><th>RMAP Status</th></tr>\n");
			for (SmelterEntry e : rows) {
				out.append("<tr><td>").append(e.getSmelterId() == null ? "" : e.getSmelterId()).append("</td><td>")
						.append(esc(e.getFacilityName())).append("</td><td>").append(e.getMetal().getLiteral()).append("</td><td>")
						.append(esc(e.getCountry())).append("</td><td>").append(rmiWording(e.getStatus())).append("</td></tr>\n");
			}
			out.append("</table>\n");
		}
		}
	}

	private static String rmiWording(ComplianceStatus status) {
		return switch (status) {
		case CONFORMANT -> "RMAP Conformant";
		case ACTIVE -> "Active";
		case NON_CONFORMANT -> "Not Conformant";
		default -> "Unknown";
		};
	}

	/** "UNITED STATES OF AMERICA" as "United States", "KOREA, REPUBLIC OF" as "South Korea", others capitalised. */
	static String mixedCase(String country) {
		return switch (country) {
		case "UNITED STATES OF AMERICA" -> "United States";
		case "KOREA, REPUBLIC OF" -> "South Korea";
		case "VIET NAM" -> "Vietnam";
		case "RUSSIAN FEDERATION" -> "Russia";
		case "TAIWAN, PROVINCE OF CHINA" -> "Taiwan";
		default -> country.length() < 3 ? country
				: java.util.Arrays.stream(country.toLowerCase(Locale.ROOT).split(" "))
						.map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
						.reduce((x, y) -> x + " " + y).orElse(country);
		};
	}

	// ------------------------------------------------------------------ structured text

	private void text(StructuredText text) {
		if (text == null) {
			return;
		}
		for (Block b : text.getBlocks()) {
			block(b);
		}
	}

	private void block(Block b) {
		if (b instanceof Paragraph p) {
			if (p.getStyle() == ParagraphStyle.SUBHEADING) {
				heading(plain(p.getRuns()), 4);
			} else {
				para(p.getRuns());
			}
		} else if (b instanceof ListBlock list) {
			list(list);
		} else if (b instanceof Table t) {
			table(t);
		}
	}

	private void list(ListBlock list) {
		int number = list.getStart();
		if (shape == Shape.HEADINGS_SUBMISSION) {
			String tag = list.getStyle() == ListStyle.BULLET ? "ul" : "ol";
			String type = list.getStyle() == ListStyle.LOWER_ALPHA ? " type=\"a\"" : list.getStyle() == ListStyle.LOWER_ROMAN ? " type=\"i\"" : "";
			out.append("<").append(tag).append(type).append(">\n");
			for (ListItem item : list.getItems()) {
				out.append("<li>");
				for (Block b : item.getBlocks()) {
					block(b);
				}
				out.append("</li>\n");
			}
			out.append("</").append(tag).append(">\n");
			return;
		}
		for (ListItem item : list.getItems()) {
			String marker = switch (list.getStyle()) {
			case BULLET -> shape == Shape.OLDER_TOOL ? "&#149;" : "\u2022";
			case DECIMAL -> "(" + number + ")";
			case LOWER_ALPHA -> "(" + (char) ('a' + number - 1) + ")";
			case LOWER_ROMAN -> "(" + "i,ii,iii,iv,v,vi,vii,viii,ix,x".split(",")[Math.min(number - 1, 9)] + ")";
			};
			number++;
			boolean first = true;
			for (Block b : item.getBlocks()) {
				if (first && b instanceof Paragraph p) {
					if (shape == Shape.NESTED_DIVS) {
						out.append("<table style=\"margin-left:18pt\"><tr><td style=\"width:18pt;vertical-align:top\">")
								.append(list.getStyle() == ListStyle.BULLET ? "\u25cf" : marker).append("</td><td>");
						runs(p.getRuns());
						out.append("</td></tr></table>\n");
					} else {
						List<Run> runs = new java.util.ArrayList<>();
						runs.add(run(""));
						paraWithPrefix(marker + "&nbsp;&nbsp;&nbsp;", p.getRuns());
					}
				} else {
					block(b);
				}
				first = false;
			}
		}
	}

	private void table(Table t) {
		out.append(shape == Shape.OLDER_TOOL ? "<TABLE BORDER=1>\n" : "<table border=\"1\">\n");
		for (TableRow row : t.getRows()) {
			out.append("<tr>");
			for (TableCell cell : row.getCells()) {
				out.append(row.isHeader() ? "<th>" : "<td>");
				runs(cell.getRuns());
				out.append(row.isHeader() ? "</th>" : "</td>");
			}
			out.append("</tr>\n");
		}
		out.append(shape == Shape.OLDER_TOOL ? "</TABLE>\n" : "</table>\n");
	}

	private void para(List<Run> runs) {
		paraWithPrefix("", runs);
	}

	private void paraWithPrefix(String prefix, List<Run> runs) {
		switch (shape) {
		case DIV_FONT -> {
			out.append("<div style=\"text-align:justify;margin-top:0pt\">").append(prefix);
			runs(runs);
			out.append("</div>\n");
			spacer();
		}
		case NESTED_DIVS -> {
			out.append("<div style=\"margin:0\"><div style=\"text-align:justify\">").append(prefix);
			runs(runs);
			out.append("<br></div></div>\n");
		}
		case OLDER_TOOL -> {
			out.append("<P><FONT SIZE=2 FACE=\"Times New Roman\">").append(prefix);
			runs(runs);
			out.append("</FONT>\n"); // the paragraph is left open, as older tools do
		}
		case HEADINGS_SUBMISSION -> {
			out.append("<p>").append(prefix);
			runs(runs);
			out.append("</p>\n");
		}
		}
	}

	private void runs(List<Run> runs) {
		for (Run r : runs) {
			String t = esc(r.getText());
			if (r.getLink() != null) {
				t = "<a href=\"" + r.getLink() + "\">" + t + "</a>";
			}
			switch (shape) {
			case DIV_FONT -> {
				StringBuilder css = new StringBuilder("font-family:'Times New Roman';font-size:10pt");
				if (r.isBold()) {
					css.append(";font-weight:700");
				}
				if (r.isItalic()) {
					css.append(";font-style:italic");
				}
				if (r.isUnderline()) {
					css.append(";text-decoration:underline");
				}
				out.append("<font style=\"").append(css).append("\">").append(t).append("</font>");
			}
			case NESTED_DIVS -> {
				StringBuilder css = new StringBuilder();
				if (r.isBold()) {
					css.append("font-weight:bold;");
				}
				if (r.isItalic()) {
					css.append("font-style:italic;");
				}
				if (r.isUnderline()) {
					css.append("text-decoration:underline;");
				}
				out.append(css.length() == 0 ? t : "<font style=\"" + css + "\">" + t + "</font>");
			}
			default -> {
				String tag = shape == Shape.OLDER_TOOL ? "" : "";
				if (r.isUnderline()) {
					t = "<U>" + t + "</U>";
				}
				if (r.isItalic()) {
					t = "<I>" + t + "</I>";
				}
				if (r.isBold()) {
					t = "<B>" + t + "</B>";
				}
				out.append(tag).append(shape == Shape.HEADINGS_SUBMISSION ? t.toLowerCase(Locale.ROOT).equals(t) ? t
						: t.replace("<U>", "<u>").replace("</U>", "</u>").replace("<I>", "<em>").replace("</I>", "</em>")
								.replace("<B>", "<strong>").replace("</B>", "</strong>") : t);
			}
			}
		}
	}

	private void heading(String text, int level) {
		switch (shape) {
		case DIV_FONT -> out.append("<div style=\"text-align:left\"><font style=\"font-family:'Times New Roman';font-size:10pt;font-weight:700\">")
				.append(esc(text)).append("</font></div>\n");
		case NESTED_DIVS -> out.append("<div><div style=\"font-size:").append(level <= 2 ? 12 : 10)
				.append("pt;font-weight:bold;margin-top:12pt\">").append(esc(text)).append("</div></div>\n");
		case OLDER_TOOL -> out.append("<P><FONT SIZE=2><B>").append(esc(text)).append("</B></FONT>\n");
		case HEADINGS_SUBMISSION -> out.append("<h").append(level).append(">").append(esc(text)).append("</h").append(level).append(">\n");
		}
	}

	private void center(String text, boolean bold) {
		String t = esc(text);
		switch (shape) {
		case DIV_FONT -> out.append("<div style=\"text-align:center\"><font style=\"font-size:10pt").append(bold ? ";font-weight:700" : "")
				.append("\">").append(t).append("</font></div>\n");
		case NESTED_DIVS -> out.append("<div style=\"text-align:center\"><div>").append(bold ? "<b>" + t + "</b>" : t).append("</div></div>\n");
		case OLDER_TOOL -> out.append("<P ALIGN=CENTER><FONT SIZE=2>").append(bold ? "<B>" + t + "</B>" : t).append("</FONT>\n");
		case HEADINGS_SUBMISSION -> out.append("<p align=\"center\">").append(bold ? "<b>" + t + "</b>" : t).append("</p>\n");
		}
	}

	private void spacer() {
		switch (shape) {
		case DIV_FONT -> out.append("<div style=\"text-align:left\"><font style=\"font-size:10pt\">&nbsp;</font></div>\n");
		case NESTED_DIVS -> out.append("<div><br></div>\n");
		case OLDER_TOOL -> out.append("<P>&nbsp;\n");
		case HEADINGS_SUBMISSION -> out.append("<p>&#160;</p>\n");
		}
	}

	private void pageBreak() {
		switch (shape) {
		case DIV_FONT -> {
			out.append("<div style=\"text-align:center\"><font style=\"font-size:8pt\">").append(page++).append("</font></div>\n");
			out.append("<div style=\"text-align:center\"><font style=\"font-size:8pt\">Halcyon Respiratory Systems, Inc. | Confidential draft for EDGAR</font></div>\n");
			out.append("<hr style=\"page-break-after:always\">\n");
		}
		case NESTED_DIVS -> out.append("<div style=\"page-break-before:always\"></div>\n");
		case OLDER_TOOL -> out.append("<P ALIGN=CENTER><FONT SIZE=1>- ").append(page++).append(" -</FONT>\n<HR SIZE=3 NOSHADE>\n");
		case HEADINGS_SUBMISSION -> out.append("<hr>\n");
		}
	}

	private void open(String title) {
		if (shape == Shape.OLDER_TOOL) {
			out.append("<HTML>\n<HEAD>\n<TITLE>").append(title).append("</TITLE>\n</HEAD>\n<BODY BGCOLOR=WHITE>\n");
		} else {
			out.append("<html><head><title>").append(title).append("</title></head>\n<body style=\"font-family:'Times New Roman'\">\n");
		}
	}

	private void close() {
		out.append(shape == Shape.OLDER_TOOL ? "</BODY>\n</HTML>\n" : "</body></html>\n");
	}

	private static Run run(String text) {
		Run r = org.sdstudio.model.SdStudioFactory.eINSTANCE.createRun();
		r.setText(text);
		return r;
	}

	private static Run bold(String text) {
		Run r = run(text);
		r.setBold(true);
		return r;
	}

	private static String plain(List<Run> runs) {
		StringBuilder b = new StringBuilder();
		runs.forEach(r -> b.append(r.getText()));
		return b.toString();
	}

	/** HTML 3.2 escaping as agents write it: ASCII, quotes as Windows-1252 references in the older tool's shape. */
	private String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append(shape == Shape.OLDER_TOOL && i + 1 < s.length() && s.charAt(i + 1) == ' ' ? "&" : "&amp;");
			case '\n' -> b.append(shape == Shape.NESTED_DIVS ? "<br>" : " ");
			default -> {
				if (c < 128) {
					b.append(c);
				} else if (shape == Shape.OLDER_TOOL && (c == '\u2019' || c == '\u201c' || c == '\u201d' || c == '\u2018')) {
					b.append(switch (c) {
					case '\u2018' -> "&#145;";
					case '\u2019' -> "&#146;";
					case '\u201c' -> "&#147;";
					default -> "&#148;";
					});
				} else if (shape == Shape.DIV_FONT && c == '\u2019') {
					b.append("&rsquo;");
				} else {
					b.append("&#").append((int) c).append(';');
				}
			}
			}
		}
		return b.toString();
	}
}
