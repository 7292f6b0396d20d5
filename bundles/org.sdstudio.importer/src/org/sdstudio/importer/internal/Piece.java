package org.sdstudio.importer.internal;

/** One piece of a flattened HTML document: a {@link Line} of text or a {@link Grid} (a table kept as a table). */
public sealed interface Piece permits Line, Grid {
}
