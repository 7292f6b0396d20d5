package org.sdstudio.cmrt.internal;

/** Cell references as a spreadsheet user writes them: {@code Declaration!D8}, {@code 'Smelter List'!B17}. */
public final class CellRefs {

	private CellRefs() {
	}

	public static String sheetRef(String sheet, String cell) {
		String s = sheet.matches("[A-Za-z0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
		return cell == null ? s : s + "!" + cell;
	}
}
