package org.census.publication.internal.format;

import org.census.io.spi.FormatInfo;
import org.census.publication.internal.html.HtmlRenderer;

import java.util.List;

/** The edition as one self-contained web page: the one put on the network's website. */
public final class HtmlEditionFormat extends EditionFormat {
    private static final FormatInfo INFO = new FormatInfo("html", List.of("html", "htm"), "text/html", false, true);

    public HtmlEditionFormat() {
        super(INFO, new HtmlRenderer());
    }
}
