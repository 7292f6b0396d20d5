package org.sdstudio.importer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sdstudio.importer.ImportFinding;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.AnnexSortOrder;
import org.sdstudio.model.ConflictMineralsReport;
import org.sdstudio.model.Metal;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.ReviewState;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SectionKind;
import org.sdstudio.model.SectionReview;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.TitleStyle;

/**
 * Reads the Conflict Minerals Report (Exhibit 1.01): its title block, the sections and subsections from the
 * headings (bold or larger lines, centred titles, HTML headings, numbered step headings, a run-in bold title), the
 * text of each, and Annex A from the smelter tables, wherever they are.
 */
public final class ReportReader {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;
	private static final Pattern NUMBERED = Pattern.compile("^(?:Step\\s+)?(\\d{1,2})[.):]?\\s+[-\u2013\u2014:]?\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);
	private static final Pattern ANNEX = Pattern.compile("^(Annex|Appendix|Schedule|Attachment)\\s+[A-Z0-9]{1,3}\\b.*", Pattern.CASE_INSENSITIVE);
	private static final Pattern RMI_DATE = Pattern.compile("(?i)as of\\b.*?((January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},?\\s+\\d{4})");

	private final ConflictMineralsReport report;
	private final String source;
	private final List<ImportFinding> findings;

	public ReportReader(ConflictMineralsReport report, String source, List<ImportFinding> findings) {
		this.report = report;
		this.source = source;
		this.findings = findings;
	}

	/** A heading and how prominent it is (lower is more prominent). */
	private record Heading(Line line, double rank, boolean numbered) {
	}

	public void read(List<Piece> pieces) {
		report.getSections().clear();
		AnnexA annex = F.createAnnexA();
		annex.setSortOrder(AnnexSortOrder.MANUAL);
		report.setAnnexA(annex);

		// the smelter tables (with the lines that caption them) go to Annex A, wherever they stand
		int annexStart = -1;
		for (int i = 0; i < pieces.size(); i++) {
			if (pieces.get(i) instanceof Line l && ANNEX.matcher(l.text()).matches() && l.text().length() < 120
					&& (l.allBold() || l.centered() || l.headingLevel() > 0) && hasSmelterTable(pieces.subList(i, pieces.size()))) {
				annexStart = i;
				annex.setTitle(l.text().replaceAll("[:.]$", ""));
				break;
			}
		}
		List<Piece> bodyPieces = new ArrayList<>(annexStart >= 0 ? pieces.subList(0, annexStart) : pieces);
		List<Piece> leftovers = new ArrayList<>();
		if (annexStart >= 0) {
			annex(pieces.subList(annexStart + 1, pieces.size()), annex, leftovers);
		}
		// smelter tables in the body are Annex A too
		for (int i = 0; i < bodyPieces.size(); i++) {
			if (bodyPieces.get(i) instanceof Grid g && AnnexReader.columns(g.rows().get(0).texts()) != null) {
				Metal above = i > 0 && bodyPieces.get(i - 1) instanceof Line l ? AnnexReader.metal(l.text()) : null;
				annex.getRows().addAll(AnnexReader.rows(g, AnnexReader.columns(g.rows().get(0).texts()), above,
						m -> finding(Severity.WARNING, "Annex A", m)));
				bodyPieces.remove(i);
				if (above != null) {
					bodyPieces.remove(--i);
				}
				i--;
			}
		}
		sections(titleBlock(bodyPieces));
		if (!leftovers.isEmpty()) {
			ReportSection last = report.getSections().isEmpty() ? newSection("annex-notes", SectionKind.OTHER, "Notes to Annex A", null)
					: report.getSections().get(report.getSections().size() - 1);
			if (report.getSections().isEmpty()) {
				report.getSections().add(last);
			}
			last.getBody().getBlocks().addAll(TextBuilder.build(leftovers, Set.of()).getBlocks());
		}
		if (annex.getRows().isEmpty()) {
			finding(Severity.WARNING, "Annex A", "no smelter or refiner table found (a header with the facility name and"
					+ " two of metal, country, smelter ID, status)");
		}
	}

	private static boolean hasSmelterTable(List<Piece> pieces) {
		return pieces.stream().anyMatch(p -> p instanceof Grid g && AnnexReader.columns(g.rows().get(0).texts()) != null);
	}

	private void annex(List<Piece> pieces, AnnexA annex, List<Piece> leftovers) {
		Metal metal = null;
		boolean captioned = false;
		for (Piece piece : pieces) {
			if (piece instanceof Grid g) {
				AnnexReader.Columns columns = AnnexReader.columns(g.rows().get(0).texts());
				if (columns != null) {
					annex.getRows().addAll(AnnexReader.rows(g, columns, metal, m -> finding(Severity.WARNING, "Annex A", m)));
					metal = null;
					captioned = true;
				} else {
					leftovers.add(piece);
					finding(Severity.INFO, "Annex A", "a table that is not a smelter table was kept in the last section");
				}
				continue;
			}
			Line line = (Line) piece;
			String text = line.text();
			Metal named = AnnexReader.metal(text);
			Matcher date = RMI_DATE.matcher(text);
			if (named != null) {
				metal = named;
			} else if (!captioned && annex.getCaption() == null && (line.centered() || line.allBold()) && !date.find()) {
				annex.setCaption(text);
			} else if (date.reset().find() && annex.getRmiListDate() == null && text.length() < 200) {
				annex.setRmiListDate(FormSdReader.date(date.group(1)));
				if (annex.getRmiListDate() == null) {
					leftovers.add(line);
				}
			} else {
				leftovers.add(line);
				finding(Severity.INFO, "Annex A", "kept in the last section: \"" + abbreviate(text) + "\"");
			}
		}
	}

	/** The title lines before the first section: "Exhibit 1.01", the registrant, the title and the period. */
	private List<Piece> titleBlock(List<Piece> pieces) {
		int i = 0;
		while (i < pieces.size() && pieces.get(i) instanceof Line l && (l.centered() || "right".equals(l.align())
				|| l.text().matches("(?i)^exhibit\\s+1\\.01.*")) && !ANNEX.matcher(l.text()).matches() && i < 6) {
			String text = l.text();
			if (text.toLowerCase(Locale.ROOT).startsWith("for the ") || text.toLowerCase(Locale.ROOT).contains("reporting period")) {
				report.setSubtitle(text);
			} else if (text.toLowerCase(Locale.ROOT).contains("conflict minerals report")) {
				report.setTitle(text.replaceAll("(?i)^.*?(conflict minerals report).*$", "Conflict Minerals Report"));
			}
			i++;
		}
		return pieces.subList(i, pieces.size());
	}

	private void sections(List<Piece> pieces) {
		// which lines are headings, and how prominent each is
		Map<Line, Heading> headings = new HashMap<>();
		double bodySize = bodySize(pieces);
		for (Piece piece : pieces) {
			if (piece instanceof Line l && l.lists().isEmpty() && l.text().length() <= 150 && !l.text().endsWith(",")) {
				double rank;
				if (l.headingLevel() > 0) {
					rank = l.headingLevel();
				} else if (bodySize > 0 && l.size() >= bodySize + 1.5) {
					rank = 1.2;
				} else if (l.centered() && (l.allBold() || l.size() > bodySize)) {
					rank = 1.5;
				} else if (l.allBold()) {
					rank = 7;
				} else if (l.spans().stream().allMatch(s -> s.underline() || s.text().isBlank()) && l.text().length() < 100) {
					rank = 8;
				} else {
					continue;
				}
				if (l.allBold() || l.headingLevel() > 0 || rank < 7 || rank == 8) {
					headings.put(l, new Heading(l, rank, NUMBERED.matcher(l.text()).matches()));
				}
			}
		}
		// the top level is the most prominent rank among headings that name a known part of the report
		double top = headings.values().stream().filter(h -> !h.numbered() && kind(h.line().text()) != SectionKind.OTHER)
				.mapToDouble(Heading::rank).min()
				.orElse(headings.values().stream().mapToDouble(Heading::rank).min().orElse(7));

		ReportSection section = null;
		ReportSection sub = null;
		List<Piece> body = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < pieces.size(); i++) {
			Piece piece = pieces.get(i);
			Heading h = piece instanceof Line l ? headings.get(l) : null;
			if (h == null && section == null && i == 0 && piece instanceof Line l && runIn(l) != null) {
				// a run-in bold title: "Cautionary Note ...: This report ..."
				Line.Span[] split = runIn(l);
				String title = split[0].text().trim().replaceAll("[:.]$", "");
				section = newSection(unique(ids, l.anchorId(), kind(title)), kind(title), title, null);
				section.setTitleStyle(TitleStyle.RUN_IN);
				report.getSections().add(section);
				body.add(new Line(List.of(), TextBuilder.stripPrefix(l.spans(), split[0].text().length()), 0, l.align(), null));
				continue;
			}
			if (h == null) {
				body.add(piece);
				continue;
			}
			String text = h.line().text();
			Matcher numbered = NUMBERED.matcher(text);
			boolean isTop = !h.numbered() && h.rank() <= top
					|| h.numbered() && numbered.matches() && section != null && section.getKind() != SectionKind.DUE_DILIGENCE
							&& kind(numbered.group(2)) != SectionKind.OTHER && h.rank() <= top
					|| section == null;
			flush(sub != null ? sub : section, body);
			if (isTop) {
				String title = h.numbered() && numbered.matches() && section == null && kind(numbered.group(2)) != SectionKind.OTHER
						? numbered.group(2) : text;
				SectionKind kind = kind(title);
				section = newSection(unique(ids, h.line().anchorId(), kind), kind, title, null);
				report.getSections().add(section);
				sub = null;
			} else {
				String number = null;
				String title = text;
				if (numbered.matches()) {
					number = numbered.group(1);
					title = numbered.group(2);
				}
				SectionKind kind = section.getKind() == SectionKind.DUE_DILIGENCE && number != null
						? SectionKind.DUE_DILIGENCE_STEP : SectionKind.OTHER;
				String id = h.line().anchorId() != null ? h.line().anchorId()
						: kind == SectionKind.DUE_DILIGENCE_STEP ? "dd-step-" + number : null;
				sub = newSection(unique(ids, id, kind), kind, title, number);
				section.getSubsections().add(sub);
			}
		}
		if (section == null && !body.isEmpty()) {
			section = newSection("report", SectionKind.OTHER, "Conflict Minerals Report", null);
			report.getSections().add(section);
			finding(Severity.WARNING, "report", "no section headings found: the whole text is one section");
		}
		flush(sub != null ? sub : section, body);
	}

	/** A line that opens with a bold title ending in a colon followed by plain text: {title span, rest}. */
	private static Line.Span[] runIn(Line line) {
		StringBuilder bold = new StringBuilder();
		for (Line.Span span : line.spans()) {
			if (!span.bold()) {
				break;
			}
			bold.append(span.text());
		}
		String b = bold.toString().trim();
		if (b.length() < 8 || b.length() > 120 || !b.endsWith(":") || bold.length() >= line.text().length()) {
			return null;
		}
		return new Line.Span[] { new Line.Span(bold.toString(), true, false, false, null, 0) };
	}

	private void flush(ReportSection section, List<Piece> body) {
		if (section != null && !body.isEmpty()) {
			section.getBody().getBlocks().addAll(TextBuilder.build(body, Set.of()).getBlocks());
		}
		body.clear();
	}

	private static ReportSection newSection(String id, SectionKind kind, String title, String number) {
		ReportSection section = F.createReportSection();
		section.setId(id);
		section.setKind(kind);
		section.setTitle(title);
		section.setNumber(number);
		section.setBody(F.createStructuredText());
		SectionReview review = F.createSectionReview();
		review.setState(ReviewState.DRAFT);
		section.setReview(review);
		return section;
	}

	private static String unique(Set<String> ids, String preferred, SectionKind kind) {
		String base = preferred != null && preferred.matches("[A-Za-z][\\w-]*") ? preferred
				: kind == SectionKind.OTHER ? "section" : kind.getLiteral();
		String id = base;
		for (int n = 2; ids.contains(id); n++) {
			id = base + "-" + n;
		}
		ids.add(id);
		return id;
	}

	/** The kind of section a title names. */
	public static SectionKind kind(String title) {
		String t = title.toLowerCase(Locale.ROOT);
		if (t.contains("forward-looking") || t.contains("forward looking") || t.contains("cautionary")) {
			return SectionKind.CAUTIONARY_NOTE;
		}
		if (t.contains("country of origin") || t.contains("rcoi")) {
			return SectionKind.RCOI;
		}
		if (t.contains("smelter") || t.contains("refiner") || t.contains("processing facilities")) {
			return SectionKind.SMELTERS_AND_REFINERS;
		}
		if (t.contains("due diligence") && !t.contains("audit")) {
			return SectionKind.DUE_DILIGENCE;
		}
		if (t.contains("risk factor")) {
			return SectionKind.RISK_FACTORS;
		}
		if (t.contains("future") || t.contains("steps to") || t.contains("improvement") || t.contains("continuous")) {
			return SectionKind.FUTURE_STEPS;
		}
		if (t.startsWith("introduction") || t.equals("overview") || t.endsWith(" introduction")) {
			return SectionKind.INTRODUCTION;
		}
		if (t.contains("background") || t.contains("covered products") || t.contains("company overview")
				|| t.contains("products overview") || t.contains("description of")) {
			return SectionKind.BACKGROUND;
		}
		if (t.contains("audit")) {
			return SectionKind.AUDIT;
		}
		return SectionKind.OTHER;
	}

	private static double bodySize(List<Piece> pieces) {
		Map<Double, Integer> chars = new HashMap<>();
		for (Piece p : pieces) {
			if (p instanceof Line l) {
				for (Line.Span s : l.spans()) {
					chars.merge(s.size(), s.text().length(), Integer::sum);
				}
			}
		}
		return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0.0);
	}

	private static String abbreviate(String text) {
		return text.length() > 160 ? text.substring(0, 157) + "..." : text;
	}

	private void finding(Severity severity, String part, String message) {
		findings.add(new ImportFinding(severity, source + " (" + part + ")", message));
	}
}
