package org.census.publication.internal.edition;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The anchors of one document: readable ("region-segou"), and unique ("-2", "-3" added where one repeats). */
final class Anchors {
    private final Set<String> used = new HashSet<>();

    /** A new anchor from a prefix and a text. */
    String of(String prefix, String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String base = slug.isEmpty() ? prefix : prefix + "-" + (slug.length() > 60 ? slug.substring(0, 60) : slug);
        String anchor = base;
        for (int n = 2; !used.add(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }

    /** An anchor kept as given (a fiche's "fiche-" and id, which links elsewhere name), made unique if it repeats. */
    String exactly(String anchor) {
        String unique = anchor;
        for (int n = 2; !used.add(unique); n++) {
            unique = anchor + "-" + n;
        }
        return unique;
    }
}
