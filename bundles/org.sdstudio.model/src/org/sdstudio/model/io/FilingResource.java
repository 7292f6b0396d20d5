package org.sdstudio.model.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;

/**
 * The {@code .sdfiling} file: plain, readable XML (no XMI envelope) in the versioned filing namespace.
 * Options are fixed here so every writer produces the same bytes for the same model: stable diffs.
 */
public class FilingResource extends XMLResourceImpl {

	/** Parsers are costly to create; every filing resource shares them. */
	private static final XMLParserPool POOL = new XMLParserPoolImpl();

	public FilingResource(URI uri) {
		super(uri);
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_LINE_WIDTH, 120); // wraps long attribute lists: one change, one line
		save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		save.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		Map<Object, Object> load = getDefaultLoadOptions();
		// unknown elements or attributes are errors, not silently dropped data
		load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_PARSER_POOL, POOL);
		// references by id (a supplier's current response, the responses behind each Annex A row) are resolved
		// through this map; without it every reference walks the whole filing: minutes for 1,000 responses
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	/** The file this resource was last read from or written to (its real path), and a digest of those bytes. */
	private Path diskFile;
	private byte[] diskDigest;

	void recordDiskState(Path file, byte[] digest) {
		diskFile = file;
		diskDigest = digest;
	}

	/** The file last read or written (its real path), or null when the filing never came from or went to a file. */
	public Path getDiskFile() {
		return diskFile;
	}

	/** The SHA-256 digest of the bytes last read from or written to {@link #getDiskFile()}, or null. */
	public byte[] getDiskDigest() {
		return diskDigest == null ? null : diskDigest.clone();
	}

	@Override
	protected boolean useUUIDs() {
		return false; // sections, suppliers, responses and revisions carry their own readable ids
	}
}
