package org.census.text;

import java.util.Objects;
import java.util.regex.Pattern;
import org.census.internal.FrenchText;

/**
 * The document that governs a partnership ("Accord de jumelage", "Convention 2011-2013 ... renouvellement prévu").
 *
 * @param raw     the text, verbatim
 * @param renewal whether a renewal is planned
 */
public record GoverningDocument(String raw, Renewal renewal) {
    private static final Pattern NOT_PLANNED = Pattern.compile("\\bsans renouvellement\\b|\\bnon renouvel");
    private static final Pattern PLANNED = Pattern.compile(
            "renouvel\\w*|re-signee|nouvelle convention|convention annoncee|en cours d'adoption|a signer");

    public GoverningDocument {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(renewal, "renewal");
    }

    /** Reads a French governing-document text; never throws. */
    public static GoverningDocument parse(String rawOrNull) {
        String raw = rawOrNull == null ? "" : rawOrNull;
        String text = FrenchText.fold(raw);
        Renewal renewal = NOT_PLANNED.matcher(text).find() ? Renewal.NOT_PLANNED
                : PLANNED.matcher(text).find() ? Renewal.PLANNED : Renewal.NOT_STATED;
        return new GoverningDocument(raw, renewal);
    }
}
