package org.census.publication.internal.document;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an edition document in one file format. Stateless; the stream is written, flushed, and not closed. */
public interface EditionRenderer {
    void render(EditionDocument document, OutputStream out) throws IOException;
}
