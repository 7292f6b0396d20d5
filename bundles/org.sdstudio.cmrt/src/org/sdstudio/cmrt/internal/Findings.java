package org.sdstudio.cmrt.internal;

import org.sdstudio.model.Finding;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.Severity;
import org.sdstudio.model.SupplierResponse;

/** Adds a finding with its file, sheet and cell to a response; the message starts with the cell reference. */
public final class Findings {

	private Findings() {
	}

	public static Finding add(SupplierResponse response, Severity severity, String code, String sheet, String cell,
			String message) {
		Finding f = SdStudioFactory.eINSTANCE.createFinding();
		f.setSeverity(severity);
		f.setCode(code);
		f.setFile(response.getFileName());
		f.setSheet(sheet);
		f.setCell(cell);
		String where = sheet == null ? null : CellRefs.sheetRef(sheet, cell);
		f.setField(where);
		f.setMessage(where == null ? message : where + ": " + message);
		f.setSubject(response);
		response.getFindings().add(f);
		return f;
	}
}
