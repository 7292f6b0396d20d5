package org.sdstudio.cmrt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.sdstudio.cmrt.internal.Dates;
import org.sdstudio.cmrt.internal.Findings;
import org.sdstudio.cmrt.internal.Names;
import org.sdstudio.cmrt.internal.ReadLimits;
import org.sdstudio.cmrt.internal.XlsxSheets;
import org.sdstudio.model.CompanyAnswer;
import org.sdstudio.model.Declaration;
import org.sdstudio.model.DeclarationScope;
import org.sdstudio.model.Metal;
import org.sdstudio.model.MetalAnswer;
import org.sdstudio.model.ProductRow;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SmelterRow;
import org.sdstudio.model.SupplierResponse;
import org.xml.sax.SAXException;

/**
 * Reads a supplier's CMRT 6.x workbook (.xlsx) by position, reading only the sheets it needs (Declaration, Smelter
 * List, Product List, Smelter Look-up), each scanned as bytes (see XlsxSheets). Values are kept as text and never
 * evaluated; formula columns give their cached values (in the Smelter List, a cached 0 is blank). Anything that is not
 * a CMRT 6.x is rejected with a one-line reason.
 */
public final class CmrtReader {

	/** The revisions this reader was laid out for; other 6.x revisions share the layout and are read too. */
	public static final List<String> REVISIONS = List.of("6.01", "6.1", "6.22", "6.31", "6.4", "6.5");

	public static final String DECLARATION = "Declaration";
	public static final String SMELTER_LIST = "Smelter List";
	public static final String PRODUCT_LIST = "Product List";
	public static final String LOOKUP = "Smelter Look-up";

	/** Metals in the fixed order of each question block's rows. */
	public static final Metal[] QUESTION_METALS = { Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN };

	/** First row of question n (1-based): 26, 32, ..., 68. */
	public static int questionRow(int question) {
		return 26 + (question - 1) * 6;
	}

	/** Row of company question 'A'..'H': 75, 77, ..., 89. */
	public static int companyRow(char question) {
		return 75 + (question - 'A') * 2;
	}

	/** Short forms of the declaration's questions 1 to 8, asked per metal (index 0 unused). */
	private static final String[] METAL_QUESTIONS = { "", "3TG intentionally added or used",
			"3TG remaining in the product", "Sourced from the Covered Countries", "Sourced from conflict-affected "
					+ "and high-risk areas",
			"100% from recycled or scrap sources", "Share of relevant suppliers that responded",
			"All smelters identified", "All smelter information received reported" };

	/** Short forms of the declaration's company-level questions A to H. */
	private static final String[] COMPANY_QUESTIONS = { "Policy on conflict minerals sourcing in place",
			"Policy publicly available on the website", "Direct suppliers required to source from validated smelters",
			"Due diligence measures implemented", "Conflict minerals survey of relevant suppliers conducted",
			"Suppliers' due diligence information reviewed against expectations",
			"Review includes corrective action management", "Subject to the SEC conflict minerals disclosure rule" };

	/** The short form of question {@code number} (1 to 8) of the declaration, or empty for another number. */
	public static String metalQuestion(int number) {
		return number > 0 && number < METAL_QUESTIONS.length ? METAL_QUESTIONS[number] : "";
	}

	/** The short form of company question {@code letter} ("A" to "H"), or empty for another text. */
	public static String companyQuestion(String letter) {
		int index = letter != null && letter.strip().length() == 1 ? letter.strip().charAt(0) - 'A' : -1;
		return index >= 0 && index < COMPANY_QUESTIONS.length ? COMPANY_QUESTIONS[index] : "";
	}

	public static final int SMELTER_HEADER_ROW = 4;
	public static final int SMELTER_FIRST_ROW = 5;
	public static final int PRODUCT_FIRST_ROW = 6;

	static {
		org.sdstudio.cmrt.internal.Logging.quietPoi();
	}

	private static final Pattern REVISION = Pattern.compile("(\\d+)\\.(\\d+)");

	/** Parsed Smelter Look-up sheets by their parts' stamps (see {@link LookupCache}). */
	static final LookupCache LOOKUPS = new LookupCache();

	/**
	 * How often a read found its look-up in the cache, how often it did not, and how many of those it resolved from
	 * the recording of the same look-up part over other shared strings instead of parsing: {hits, misses, replays}.
	 */
	public static long[] lookupCacheCounts() {
		return new long[] { LOOKUPS.hits(), LOOKUPS.misses(), LOOKUPS.replays() };
	}

	/** Forgets the cached look-ups (tests; a long-running application never needs to, the cache is small). */
	public static void clearLookupCache() {
		LOOKUPS.clear();
	}

	private CmrtReader() {
	}

	public static CmrtFile read(Path file) throws CmrtReadException {
		return read(file, new BasicMonitor());
	}

	public static CmrtFile read(Path file, Monitor progress) throws CmrtReadException {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new CmrtReadException(name, Files.exists(file) ? "is not a file" : "does not exist");
		}
		String hash;
		FileMagic magic;
		try {
			if (Files.size(file) == 0) {
				throw new CmrtReadException(name, "is empty (0 bytes)");
			}
			hash = sha256(file);
			magic = FileMagic.valueOf(file.toFile());
		} catch (IOException e) {
			throw new CmrtReadException(name, null, null, "cannot be read (" + e.getMessage() + ")", e);
		}
		if (magic == FileMagic.OLE2) {
			throw new CmrtReadException(name, ole2Reason(file));
		}
		if (magic != FileMagic.OOXML) {
			throw new CmrtReadException(name, "is not an Excel workbook (.xlsx): it is not a zip file"
					+ (magic == FileMagic.UNKNOWN ? "" : " but " + magic.name().toLowerCase(Locale.ROOT)));
		}
		return new CmrtReader.Run(file, name, hash, progress).read();
	}

	/** Encrypted .xlsx files are OLE2 containers too: tell them apart from old .xls workbooks. */
	private static String ole2Reason(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
				return "is password-protected (encrypted): ask the supplier for the CMRT without a password";
			}
			String revision = xlsRevision(fs);
			return (revision == null ? "is an Excel 97-2003 workbook (.xls), the format of CMRT revisions before 6"
					: "is a CMRT revision " + revision + " (an Excel 97-2003 .xls workbook)")
					+ "; SD Studio reads revisions 6.01 to 6.5: ask the supplier for a current CMRT";
		} catch (IOException | RuntimeException e) {
			return "is a damaged Office file (" + e.getMessage() + ")";
		}
	}

	/** The revision an old .xls CMRT names near the top of its Declaration sheet, or null. */
	private static String xlsRevision(POIFSFileSystem fs) {
		try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
				fs.getRoot(), false)) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet(DECLARATION);
			if (sheet == null) {
				return null;
			}
			org.apache.poi.ss.usermodel.DataFormatter text = new org.apache.poi.ss.usermodel.DataFormatter();
			for (int r = 0; r < 6; r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
				for (int c = 0; row != null && c < Math.min(row.getLastCellNum(), 20); c++) {
					Matcher m = Pattern.compile("(?i)revision\\s*(\\d+\\.\\d+)")
							.matcher(text.formatCellValue(row.getCell(c)));
					if (m.find()) {
						return m.group(1);
					}
				}
			}
			return null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65536];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** One read: the state of reading one file. */
	private static final class Run {
		private final Path file;
		private final String name;
		private final Monitor progress;
		private final SupplierResponse response = SdStudioFactory.eINSTANCE.createSupplierResponse();
		private final Map<String, String> decl = new HashMap<>();
		private SmelterLookup lookup = new SmelterLookup();
		private String sheet;

		Run(Path file, String name, String hash, Monitor progress) {
			this.file = file;
			this.name = name;
			this.progress = progress;
			response.setFileName(name);
			response.setContentHash(hash);
			response.setId("r-" + hash.substring(0, 16));
			response.setImportedAt(Instant.now());
		}

		CmrtFile read() throws CmrtReadException {
			try (XlsxSheets book = XlsxSheets.open(file)) {
				sheet = book.find(DECLARATION);
				if (sheet == null) {
					throw new CmrtReadException(name, "is not a CMRT: it has no Declaration sheet (sheets: "
							+ String.join(", ", book.sheetNames()) + ")");
				}
				book.rows(sheet, 10, (row, cells) -> {
					for (int c = 0; c < cells.length; c++) {
						if (cells[c] != null) {
							decl.put(XlsxSheets.ref(c, row), cells[c]);
						}
					}
				});
				String declarationSheet = sheet;
				String revision = revision(declarationSheet);
				response.setTemplateRevision(revision);
				String smelters = book.find(SMELTER_LIST);
				if (smelters == null) {
					throw new CmrtReadException(name, "has no '" + SMELTER_LIST + "' sheet (sheets: "
							+ String.join(", ", book.sheetNames()) + "); was it renamed or deleted?");
				}
				sheet = smelters;
				readSmelters(book, smelters);
				String products = book.find(PRODUCT_LIST);
				if (products != null) {
					sheet = products;
					book.rows(products, 4, (row, cells) -> product(row, cells));
				}
				String look = book.find(LOOKUP);
				if (look != null) {
					sheet = look;
					readLookup(book, look);
				}
				sheet = declarationSheet;
				declaration(declarationSheet);
				answers(declarationSheet);
				overlongCells(book);
				return new CmrtFile(file, response, revision, lookup);
			} catch (CmrtReadException | ImportCanceledException e) {
				throw e;
			} catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
				throw new CmrtReadException(name, sheet, null, describe(e), e);
			}
		}

		/** Texts longer than a cell holds were cut where they were read (bounded memory); each is a finding. */
		private void overlongCells(XlsxSheets book) {
			for (String[] cell : book.overlongCells()) {
				Findings.add(response, Severity.WARNING, "CMRT-CELL-TOO-LONG", cell[0], cell[1], "the text is longer "
						+ "than the " + ReadLimits.MAX_CELL_TEXT + " characters an Excel cell holds, so this workbook "
						+ "was not saved by Excel; only the first " + ReadLimits.MAX_CELL_TEXT + " were read. Please "
						+ "send the CMRT as Excel saves it.");
			}
		}

		private String describe(Throwable e) {
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			for (Throwable t = e; t != null; t = t.getCause()) {
				if (t instanceof ReadLimits.PartTooLarge) {
					return t.getMessage();
				}
				String m = t.getMessage();
				if (m != null && m.contains("Zip bomb")) {
					return "rejected as a possible zip bomb (an entry expands far more than a workbook does)";
				}
				if (m != null && (m.contains("Truncated") || m.contains("truncated") || m.contains("Unexpected end")
						|| m.contains("END header not found") || m.contains("EOF"))) {
					return "is truncated or damaged (" + m.lines().findFirst().orElse(m) + ")";
				}
			}
			if (e instanceof NotOfficeXmlFileException) {
				return "is not an Excel workbook (.xlsx): " + message;
			}
			if (sheet == null) {
				return "cannot be opened as an .xlsx workbook (" + firstLine(message) + ")";
			}
			return (e instanceof SAXException ? "is damaged: the sheet's XML is cut off or malformed (" : "cannot be read (")
					+ firstLine(message) + ")";
		}

		private static String firstLine(String s) {
			return s.lines().findFirst().orElse(s);
		}

		private String revision(String declarationSheet) throws CmrtReadException {
			String text = decl.get("J3");
			Matcher m = text == null ? null : REVISION.matcher(text);
			if (m == null || !m.find()) {
				throw new CmrtReadException(name, declarationSheet, "J3",
						"is not a CMRT: no template revision where CMRT 6.x has it ("
								+ (text == null ? "the cell is empty" : "'" + text + "'") + ")",
						null);
			}
			String revision = m.group(1) + "." + m.group(2);
			if (!m.group(1).equals("6")) {
				throw new CmrtReadException(name, declarationSheet, "J3", "is a CMRT revision " + revision
						+ "; SD Studio reads revisions 6.01 to 6.5: ask the supplier for a current CMRT", null);
			}
			// layout markers: the metal rows of questions 1 and 8 and the company questions A and H
			for (String cell : new String[] { "C26", "C29", "C68", "C71" }) {
				if (!hasLabel(cell.substring(1))) {
					throw new CmrtReadException(name, declarationSheet, cell, "says revision " + revision
							+ " but does not have the layout of CMRT 6.x (no question rows here)", null);
				}
			}
			for (char q : new char[] { 'A', 'H' }) {
				if (!hasLabel(Integer.toString(companyRow(q)))) {
					throw new CmrtReadException(name, declarationSheet, "B" + companyRow(q), "says revision "
							+ revision + " but does not have the layout of CMRT 6.x (no company question " + q + ")",
							null);
				}
			}
			if (!REVISIONS.contains(revision)) {
				Findings.add(response, Severity.INFO, "CMRT-REVISION-OTHER", declarationSheet, "J3",
						"revision " + revision + " was read with the CMRT 6.x layout; the current revision is "
								+ REVISIONS.get(REVISIONS.size() - 1) + ".");
			}
			return revision;
		}

		private boolean hasLabel(String row) {
			return decl.containsKey("A" + row) || decl.containsKey("B" + row) || decl.containsKey("C" + row);
		}

		private void readSmelters(XlsxSheets book, String smelters) throws IOException, SAXException, CmrtReadException {
			int[] header = { 0 };
			int[] count = { 0 };
			// look-ups of an empty reference cell cache 0 in formula-filled columns: blank, not a value
			book.formulaFilledRows(smelters, 20, (row, cells) -> {
				if (row == SMELTER_HEADER_ROW) {
					for (int c = 0; c < 17; c++) {
						header[0] += cells[c] == null ? 0 : 1;
					}
				}
				if (row < SMELTER_FIRST_ROW) {
					return;
				}
				if (++count[0] % 256 == 0) {
					if (progress.isCanceled()) {
						throw new ImportCanceledException();
					}
				}
				smelter(row, cells);
			});
			if (header[0] < 3) {
				throw new CmrtReadException(name, smelters, "A" + SMELTER_HEADER_ROW,
						"no column headers where the CMRT 6.x Smelter List has them: is this a CMRT 6.x?", null);
			}
		}

		private void smelter(int row, String[] cells) {
			boolean input = false;
			for (int c : new int[] { 0, 1, 2, 3, 4, 13, 14, 15, 16 }) {
				input |= cells[c] != null && !cells[c].startsWith(XlsxSheets.ERROR_PREFIX) && !cells[c].isBlank();
			}
			// prefilled formula rows without input are not smelter rows
			if (!input) {
				return;
			}
			for (int c = 0; c < cells.length; c++) {
				if (cells[c] != null && cells[c].startsWith(XlsxSheets.ERROR_PREFIX)) {
					Findings.add(response, Severity.WARNING, "CMRT-CELL-ERROR", sheet, XlsxSheets.ref(c, row),
							"the cell shows the error " + cells[c].substring(XlsxSheets.ERROR_PREFIX.length())
									+ " instead of a value. Please correct the entry in this row.");
					cells[c] = null;
				}
			}
			SmelterRow r = SdStudioFactory.eINSTANCE.createSmelterRow();
			r.setRowNumber(row);
			r.setSmelterIdInput(text(cells[0]));
			r.setMetal(text(cells[1]));
			r.setLookupName(text(cells[2]));
			r.setSmelterName(text(cells[3]));
			r.setCountry(text(cells[4]));
			r.setSmelterId(text(cells[5]));
			r.setIdSource(text(cells[6]));
			r.setStreet(text(cells[7]));
			r.setCity(text(cells[8]));
			r.setStateProvince(text(cells[9]));
			r.setContactName(text(cells[10]));
			r.setContactEmail(text(cells[11]));
			r.setNextSteps(text(cells[12]));
			r.setMineNames(text(cells[13]));
			r.setMineCountry(text(cells[14]));
			r.setRecycledScrap(text(cells[15]));
			r.setComments(text(cells[16]));
			r.setStandardName(text(cells[17]));
			r.setCountryCode(text(cells[18]));
			r.setSubdivisionCode(text(cells[19]));
			response.getSmelterRows().add(r);
		}

		private void product(int row, String[] cells) {
			if (row < PRODUCT_FIRST_ROW || (cells[1] == null && cells[2] == null && cells[3] == null)) {
				return;
			}
			ProductRow p = SdStudioFactory.eINSTANCE.createProductRow();
			p.setProductNumber(text(cells[1]));
			p.setProductName(text(cells[2]));
			p.setComment(text(cells[3]));
			response.getProductRows().add(p);
		}

		/**
		 * The look-up from the cache when this workbook's part is the same as one parsed before (same stamps, and its
		 * bytes checked against the stamp); replayed from a recording with this workbook's shared strings when only
		 * they differ; else parsed and, when its bytes match its stamp, cached.
		 */
		private void readLookup(XlsxSheets book, String look) throws IOException, SAXException {
			XlsxSheets.PartStamp stamp = book.stamp(look);
			LookupCache.Key key = LookupCache.key(stamp, book.sharedStringsStamp(), book.stylesStamp());
			SmelterLookup cached = LOOKUPS.get(key);
			if (cached != null) {
				if (book.matches(look, stamp)) {
					lookup = cached;
					return;
				}
			} else if (key != null) {
				LookupCache.Recorded recorded = LOOKUPS.recorded(key);
				if (recorded != null && book.matches(look, stamp)) {
					SmelterLookup replayed = new SmelterLookup();
					book.replay(recorded.recording(), 5, (row, cells) -> lookupRow(replayed, row, cells));
					// the same strings at the indexes the look-up uses: one instance serves both
					lookup = LOOKUPS.put(key, replayed.sameAs(recorded.lookup()) ? recorded.lookup() : replayed);
					return;
				}
			}
			SmelterLookup parsed = new SmelterLookup();
			XlsxSheets.Recording recording = book.rows(look, 5, (row, cells) -> lookupRow(parsed, row, cells),
					key != null);
			boolean intact = key != null && book.matches(look, stamp);
			lookup = LOOKUPS.put(intact ? key : null, parsed);
			if (intact) {
				LOOKUPS.record(key, recording, lookup);
			}
		}

		private void lookupRow(SmelterLookup into, int row, String[] cells) {
			if (row < SMELTER_FIRST_ROW) {
				return;
			}
			String id = Names.smelterId(cells[4]);
			if (id != null) {
				into.add(new SmelterLookup.Entry(id, Names.metal(cells[0]), text(cells[2]), text(cells[1]),
						text(cells[3])));
			}
		}

		private void declaration(String s) {
			Declaration d = SdStudioFactory.eINSTANCE.createDeclaration();
			d.setCompanyName(text(decl.get("D8")));
			String scope = text(decl.get("D9"));
			DeclarationScope parsed = scope(scope);
			if (parsed != null) {
				d.setScope(parsed);
			} else if (scope == null) {
				// the scope has no "unset" value in the model: the missing cell is reported here, where it is seen
				Findings.add(response, Severity.ERROR, "CMRT-DECL-SCOPE-MISSING", s, "D9", "the declaration scope "
						+ "is missing. Please fill in this required field and send the CMRT again.");
			} else {
				Findings.add(response, Severity.WARNING, "CMRT-DECL-SCOPE-INVALID", s, "D9", "the declaration scope '"
						+ scope + "' is not one of 'A. Company', 'B. Product (or List of Products)' or "
						+ "'C. User defined'. Please choose one of these.");
			}
			d.setScopeDescription(text(decl.get("D10")));
			d.setProductListLink(text(decl.get("D11")));
			d.setCompanyUniqueId(text(decl.get("D12")));
			d.setUniqueIdAuthority(text(decl.get("D13")));
			d.setAddress(text(decl.get("D14")));
			d.setContactName(text(decl.get("D15")));
			d.setContactEmail(text(decl.get("D16")));
			d.setContactPhone(text(decl.get("D17")));
			d.setAuthorizer(text(decl.get("D18")));
			d.setAuthorizerTitle(text(decl.get("D19")));
			d.setAuthorizerEmail(text(decl.get("D20")));
			d.setAuthorizerPhone(text(decl.get("D21")));
			String date = text(decl.get("D22"));
			d.setEffectiveDateText(date);
			d.setEffectiveDate(Dates.parse(date));
			response.setDeclaration(d);
		}

		/** By the leading letter (the option text itself is translated in other languages). */
		private static DeclarationScope scope(String text) {
			if (text == null) {
				return null;
			}
			String t = text.trim().toUpperCase(Locale.ROOT);
			if (t.startsWith("A.") || t.startsWith("A ") || t.startsWith("COMPANY")) {
				return DeclarationScope.COMPANY;
			}
			if (t.startsWith("B.") || t.startsWith("B ") || t.startsWith("PRODUCT")) {
				return DeclarationScope.PRODUCT;
			}
			if (t.startsWith("C.") || t.startsWith("C ") || t.startsWith("USER")) {
				return DeclarationScope.USER_DEFINED;
			}
			return null;
		}

		private void answers(String s) {
			for (int q = 1; q <= 8; q++) {
				for (int i = 0; i < 4; i++) {
					int row = questionRow(q) + i;
					MetalAnswer a = SdStudioFactory.eINSTANCE.createMetalAnswer();
					a.setQuestion(q);
					a.setMetal(QUESTION_METALS[i]);
					a.setAnswer(text(decl.get("D" + row)));
					a.setComment(text(decl.get("G" + row)));
					response.getMetalAnswers().add(a);
				}
			}
			for (char q = 'A'; q <= 'H'; q++) {
				int row = companyRow(q);
				CompanyAnswer a = SdStudioFactory.eINSTANCE.createCompanyAnswer();
				a.setQuestion(String.valueOf(q));
				a.setAnswer(text(decl.get("D" + row)));
				a.setComment(text(decl.get("G" + row)));
				response.getCompanyAnswers().add(a);
			}
		}

		/** Trimmed text, null when blank; error values are never data. */
		private static String text(String s) {
			if (s == null || s.startsWith(XlsxSheets.ERROR_PREFIX)) {
				return null;
			}
			String t = s.strip();
			return t.isEmpty() ? null : t;
		}
	}
}
