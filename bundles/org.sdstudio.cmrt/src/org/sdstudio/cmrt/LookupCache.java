package org.sdstudio.cmrt;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sdstudio.cmrt.internal.XlsxSheets.PartStamp;

/**
 * The parsed Smelter Look-up sheets of the workbooks read so far, a few at most: the sheet is RMI's snapshot of its
 * reference list, the same bytes in every workbook of one CMRT revision, and parsing it was a large share of a read.
 * A look-up is found again only by everything its values depend on, as the zip's central directory states it without
 * reading: its own part (name, CRC-32, size), the shared strings part (its cells are indexes into that table) and the
 * styles part (number formats). Entries are read-only {@link SmelterLookup}s; thread-safe.
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

	synchronized long hits() {
		return hits;
	}

	synchronized long misses() {
		return misses;
	}

	synchronized void clear() {
		entries.clear();
		hits = 0;
		misses = 0;
	}
}
