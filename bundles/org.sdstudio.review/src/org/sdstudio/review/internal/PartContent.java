package org.sdstudio.review.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.FormItem;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.StructuredText;
import org.sdstudio.model.Table;
import org.sdstudio.model.TableCell;
import org.sdstudio.model.TableRow;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.ReviewPart;

/** What a part's content is for review: its title, its text, and a digest of both that tells whether it changed. */
public final class PartContent {

	private static final SdStudioFactory F = SdStudioFactory.eINSTANCE;

	private PartContent() {
	}

	public static String title(ReviewPart part) {
		return switch (part.kind()) {
		case SECTION -> orEmpty(((ReportSection) part.owner()).getTitle());
		case ITEM -> orEmpty(((FormItem) part.owner()).getCaption());
		case ANNEX -> {
			AnnexA annex = (AnnexA) part.owner();
			String caption = orEmpty(annex.getCaption());
			yield orEmpty(annex.getTitle()) + (caption.isEmpty() ? "" : ": " + caption);
		}
		};
	}

	public static StructuredText text(ReviewPart part) {
		return switch (part.kind()) {
		case SECTION -> orEmpty(((ReportSection) part.owner()).getBody());
		case ITEM -> orEmpty(((FormItem) part.owner()).getBody());
		case ANNEX -> annexTable((AnnexA) part.owner());
		};
	}

	/** Annex A as counsel reads it: one table row per facility with what the printed annex shows, and exclusions. */
	static StructuredText annexTable(AnnexA annex) {
		StructuredText text = F.createStructuredText();
		Table table = F.createTable();
		table.getRows().add(row(true, "Metal", "Facility", "Country", "Status", "Smelter ID", "Excluded"));
		for (SmelterEntry e : annex.getRows()) {
			table.getRows().add(row(false, e.getMetal() == null ? "" : e.getMetal().getLiteral(), e.getFacilityName(),
					e.getCountry(), e.getStatus() == null ? "" : e.getStatus().getLiteral(), e.getSmelterId(),
					e.isExcluded() ? "excluded" + (e.getExclusionReason() == null ? "" : ": " + e.getExclusionReason())
							: ""));
		}
		text.getBlocks().add(table);
		return text;
	}

	private static TableRow row(boolean header, String... cells) {
		TableRow row = F.createTableRow();
		row.setHeader(header);
		for (String value : cells) {
			TableCell cell = F.createTableCell();
			cell.getRuns().add(StructuredTexts.paragraph(value == null ? "" : value).getRuns().get(0));
			row.getCells().add(cell);
		}
		return row;
	}

	/**
	 * SHA-256 over the title and every object of the text with its class and set attributes, in order. Formatting
	 * counts (bold is a change), so does structure (a paragraph split in two); equal content gives the same digest
	 * whether it is the live text or a revision's copy.
	 */
	public static String digest(String title, StructuredText text) {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
		update(sha, "title", orEmpty(title));
		if (text != null) {
			for (TreeIterator<EObject> it = text.eAllContents(); it.hasNext();) {
				EObject object = it.next();
				update(sha, "class", object.eClass().getName());
				List<EAttribute> attributes = object.eClass().getEAllAttributes();
				for (EAttribute attribute : attributes) {
					if (object.eIsSet(attribute)) {
						update(sha, attribute.getName(), String.valueOf(object.eGet(attribute)));
					}
				}
				update(sha, "end", "");
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	private static void update(MessageDigest sha, String key, String value) {
		byte[] k = key.getBytes(StandardCharsets.UTF_8);
		byte[] v = value.getBytes(StandardCharsets.UTF_8);
		// lengths first, so "ab"+"c" and "a"+"bc" differ
		sha.update(new byte[] { (byte) (k.length >>> 8), (byte) k.length });
		sha.update(k);
		sha.update(new byte[] { (byte) (v.length >>> 24), (byte) (v.length >>> 16), (byte) (v.length >>> 8),
				(byte) v.length });
		sha.update(v);
	}

	private static StructuredText orEmpty(StructuredText text) {
		return text != null ? text : F.createStructuredText();
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s;
	}
}
