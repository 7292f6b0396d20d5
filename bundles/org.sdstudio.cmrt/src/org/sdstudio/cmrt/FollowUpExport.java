package org.sdstudio.cmrt;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sdstudio.model.Declaration;
import org.sdstudio.model.Finding;
import org.sdstudio.model.Supplier;
import org.sdstudio.model.SupplierResponse;
import org.sdstudio.model.SupplyChain;
import org.sdstudio.model.io.AtomicFiles;

/**
 * The follow-up list a specialist sends back to suppliers: one row per finding of each supplier's current response.
 * Text from suppliers' files is never made a formula: CSV cells starting with = + - @ (or tab/CR) get a leading
 * apostrophe, XLSX cells are always string cells.
 */
public final class FollowUpExport {

	static {
		org.sdstudio.cmrt.internal.Logging.quietPoi();
	}

	public static final List<String> HEADER = List.of("Supplier", "Contact name", "Contact e-mail", "File", "Cell",
			"Severity", "Code", "Message");

	private FollowUpExport() {
	}

	/** The rows (without header): errors first, then warnings, then info, per supplier in name order. */
	public static List<List<String>> rows(SupplyChain chain) {
		List<List<String>> rows = new ArrayList<>();
		if (chain == null) {
			return rows;
		}
		List<Supplier> suppliers = new ArrayList<>(chain.getSuppliers());
		suppliers.sort(Comparator.comparing(s -> s.getName() == null ? "" : s.getName().toLowerCase(Locale.ROOT)));
		for (Supplier s : suppliers) {
			SupplierResponse r = s.getCurrentResponse();
			if (r == null) {
				continue;
			}
			Declaration d = r.getDeclaration();
			List<Finding> findings = new ArrayList<>(r.getFindings());
			findings.sort(Comparator.comparing((Finding f) -> -f.getSeverity().getValue()));
			for (Finding f : findings) {
				rows.add(List.of(nz(s.getName()), nz(d == null ? null : d.getContactName()),
						nz(d == null ? null : d.getContactEmail()), nz(f.getFile()),
						nz(f.getField()), f.getSeverity().getLiteral(), nz(f.getCode()), nz(f.getMessage())));
			}
		}
		return rows;
	}

	/** Writes CSV or XLSX by the file's extension, through a temporary file renamed into place. */
	public static int write(SupplyChain chain, Path out) throws IOException {
		List<List<String>> rows = rows(chain);
		Files.createDirectories(out.toAbsolutePath().getParent());
		boolean xlsx = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
		AtomicFiles.write(out, o -> {
			if (xlsx) {
				writeXlsx(rows, o);
			} else {
				Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
				writeCsv(rows, w);
				w.flush();
			}
		});
		return rows.size();
	}

	/** RFC 4180 by Apache Commons CSV: CRLF line ends, a field quoted where it needs to be; formulas neutralised. */
	public static void writeCsv(List<List<String>> rows, Writer w) throws IOException {
		CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
		printer.printRecord(HEADER.stream().map(FollowUpExport::safe));
		for (List<String> r : rows) {
			printer.printRecord(r.stream().map(FollowUpExport::safe));
		}
		printer.flush();
	}

	/** A cell a spreadsheet would take for a formula gets a leading apostrophe. */
	public static String safe(String v) {
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			return "'" + v;
		}
		return v;
	}

	public static void writeXlsx(List<List<String>> rows, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("Follow-up");
			put(sheet.createRow(0), HEADER);
			for (int i = 0; i < rows.size(); i++) {
				put(sheet.createRow(i + 1), rows.get(i));
			}
			sheet.createFreezePane(0, 1);
			for (int c = 0; c < HEADER.size() - 1; c++) {
				sheet.setColumnWidth(c, 20 * 256);
			}
			sheet.setColumnWidth(HEADER.size() - 1, 100 * 256);
			book.write(out);
		}
	}

	private static void put(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			// always a string cell: setCellValue(String) never makes a formula, whatever the text starts with
			Cell cell = row.createCell(c, CellType.STRING);
			cell.setCellValue(cells.get(c));
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
