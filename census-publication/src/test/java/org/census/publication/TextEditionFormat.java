package org.census.publication;

import java.util.List;

import org.census.io.spi.FormatInfo;
import org.census.publication.internal.format.EditionFormat;

/** A test edition format over {@link PlainTextRenderer}, registered for the tests only. */
public final class TextEditionFormat extends EditionFormat {
    public TextEditionFormat() {
        super(new FormatInfo("edition-text", List.of("txt"), "text/plain", false, true, false),
                new PlainTextRenderer());
    }
}
