package org.sdstudio.cmrt;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sdstudio.cmrt.internal.XlsxSheets;
import org.sdstudio.cmrt.internal.XlsxSheets.PartStamp;

/**
 * The parsed Smelter Look-up sheets of the workbooks read so far, a few at most: the sheet is RMI's snapshot of its
 * reference list, the same bytes in every workbook of one CMRT revision, and parsing it was a large share of a read.
 * A look-up is found again only by everything its values depend on, as the zip's central directory states it without
 * reading: its own part (name, CRC-32, size), the shared strings part (its cells are indexes into that table) and the
 * styles part (number formats). Entries are read-only {@link SmelterLookup}s; thread-safe. When only the shared strings
 * differ, the part's recorded cells are resolved against the workbook's own strings instead of parsing its XML again.
 */
final class LookupCache {

	/** Everything a parsed look-up depends on. */
	record Key(PartStamp lookup, PartStamp sharedStrings, PartStamp styles) {
	}

	static final int MAX_ENTRIES = 16;

	private final Map<Key, SmelterLookup> entries = new LinkedHashMap<>(32, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, SmelterLookup> eldest) {
			return size() > MAX_ENTRIES;
		}
	};
	private long hits;
	private long misses;
	private long replays;

	/** What a look-up part parsed to, for a workbook whose shared strings differ (see {@link #recorded}). */
	record Recorded(XlsxSheets.Recording recording, SmelterLookup lookup) {
	}

	/** The look-up part and the styles: what a recording depends on. */
	private record PartKey(PartStamp lookup, PartStamp styles) {
	}

	private final Map<PartKey, Recorded> recordings = new LinkedHashMap<>(32, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<PartKey, Recorded> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	/** Null when any part's stamp is unknown: then the look-up is parsed and not cached. */
	static Key key(PartStamp lookup, PartStamp sharedStrings, PartStamp styles) {
		return lookup == null || sharedStrings == null || styles == null ? null
				: new Key(lookup, sharedStrings, styles);
	}

	synchronized SmelterLookup get(Key key) {
		SmelterLookup found = key == null ? null : entries.get(key);
		if (found != null) {
			hits++;
		} else {
			misses++;
		}
		return found;
	}

	/** Keeps a freshly parsed look-up (frozen here); returns the instance to use. */
	synchronized SmelterLookup put(Key key, SmelterLookup parsed) {
		parsed.freeze();
		if (key == null) {
			return parsed;
		}
		SmelterLookup earlier = entries.putIfAbsent(key, parsed);
		return earlier != null ? earlier : parsed;
	}

	/**
	 * The recording of a look-up part with the same bytes and styles whose shared strings were another table (a
	 * workbook saved by Excel keeps the supplier's texts in the same table as the look-up's, so the table differs in
	 * every workbook while the look-up part does not): replaying it with this workbook's strings skips the XML.
	 */
	synchronized Recorded recorded(Key key) {
		Recorded found = key == null ? null : recordings.get(new PartKey(key.lookup(), key.styles()));
		if (found != null) {
			replays++;
		}
		return found;
	}

	synchronized void record(Key key, XlsxSheets.Recording recording, SmelterLookup lookup) {
		recordings.put(new PartKey(key.lookup(), key.styles()), new Recorded(recording, lookup.freeze()));
	}

	synchronized long replays() {
		return replays;
	}

	synchronized long hits() {
		return hits;
	}

	synchronized long misses() {
		return misses;
	}

	synchronized void clear() {
		entries.clear();
		recordings.clear();
		hits = 0;
		misses = 0;
		replays = 0;
	}
}
