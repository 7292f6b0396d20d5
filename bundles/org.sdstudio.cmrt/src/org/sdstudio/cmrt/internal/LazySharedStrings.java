package org.sdstudio.cmrt.internal;

import java.io.IOException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.SAXException;

/**
 * The shared strings table, parsed ({@link PlainSharedStrings}) the first time a cell asks for an item, so a workbook
 * whose read sheets hold no shared string (not one saved by Excel, which keeps every text there) never pays for it.
 * One instance serves one read on one thread.
 */
final class LazySharedStrings implements SharedStrings {

	/** The table could not be parsed; its cause is the IOException or SAXException. */
	static final class Failure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Failure(Exception cause) {
			super(cause.getMessage(), cause);
		}

		/**
		 * The cause, to be thrown as it was thrown when the table was parsed on opening: a SAXException is thrown
		 * here, an IOException returned ({@code throw failure.unwrap();}).
		 */
		IOException unwrap() throws SAXException {
			if (getCause() instanceof SAXException sax) {
				throw sax;
			}
			return (IOException) getCause();
		}
	}

	final PackagePart part;
	private PlainSharedStrings table;

	LazySharedStrings(OPCPackage pkg) {
		this.part = PlainSharedStrings.part(pkg);
	}

	private PlainSharedStrings table() {
		if (table == null) {
			try {
				table = PlainSharedStrings.read(part);
			} catch (IOException | SAXException e) {
				throw new Failure(e);
			}
		}
		return table;
	}

	@Override
	public RichTextString getItemAt(int idx) {
		return table().getItemAt(idx);
	}

	@Override
	public int getCount() {
		return table().getCount();
	}

	@Override
	public int getUniqueCount() {
		return table().getUniqueCount();
	}
}
