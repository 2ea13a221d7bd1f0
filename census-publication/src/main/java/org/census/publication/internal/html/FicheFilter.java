package org.census.publication.internal.html;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The form that filters the fiches by region, domain and free text. It is hidden until the page's script shows it and
 * runs it: without JavaScript the page simply shows every fiche. Each field has a visible label; the count of fiches
 * shown is a live region that a screen reader announces.
 */
final class FicheFilter {
    private FicheFilter() {
    }

    static void write(MarkupWriter markup, Locale locale, DocumentOutline outline) throws IOException {
        markup.start("form", "id", "fiche-filter", "class", "fiche-filter", "hidden", "hidden", "role", "search",
                "aria-label", label(locale, "filter.name"),
                "data-status-one", label(locale, "filter.status.one"),
                "data-status-other", label(locale, "filter.status.other"));
        select(markup, "fiche-filter-region", label(locale, "filter.region"), label(locale, "filter.allRegions"),
                outline.regions());
        select(markup, "fiche-filter-domain", label(locale, "filter.domain"), label(locale, "filter.allDomains"),
                outline.domains());
        markup.start("label", "for", "fiche-filter-text").text(label(locale, "filter.text"))
                .empty("input", "type", "search", "id", "fiche-filter-text", "autocomplete", "off")
                .end("label");
        markup.element("button", label(locale, "filter.reset"), "type", "reset");
        markup.start("output", "id", "fiche-filter-status", "role", "status", "aria-live", "polite").end("output");
        markup.end("form").newline();
    }

    private static void select(MarkupWriter markup, String id, String label, String all, List<String> values)
            throws IOException {
        markup.start("label", "for", id).text(label).start("select", "id", id);
        markup.element("option", all, "value", "");
        for (String value : values) {
            markup.element("option", value, "value", value);
        }
        markup.end("select").end("label");
    }

    private static String label(Locale locale, String key) {
        return PageResources.label(locale, key);
    }
}
