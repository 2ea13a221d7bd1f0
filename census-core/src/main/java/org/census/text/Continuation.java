package org.census.text;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.census.internal.FrenchText;

/**
 * The answer to "did the cooperation continue after the reference date?", judged by meaning.
 *
 * @param raw      the answer, verbatim
 * @param status   what it means
 * @param warnings what the judgement was unsure of
 */
public record Continuation(String raw, ContinuationStatus status, List<String> warnings) {
    private static final Pattern RESUMED = Pattern.compile("\\b(reprise|repris|reprend|relance)\\b");
    private static final Pattern NO = Pattern.compile(
            "^(non\\b|pas de poursuite|arret|interrompu|suspendu|mis(e)? en sommeil|mis(e)? en veille)");
    private static final Pattern YES = Pattern.compile(
            "^(oui\\b|yes\\b)|\\b(s'est poursuivi|se poursuit|poursuite|continue|maintenu|est vraiment actif)");
    private static final Pattern PARTIAL = Pattern.compile(
            "\\b(seul|ponctuelle|sans pouvoir|mise en veille|difficile|en 2013)\\b");

    public Continuation {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(status, "status");
        warnings = List.copyOf(warnings);
    }

    /** Judges a French answer; never throws. */
    public static Continuation parse(String rawOrNull) {
        String raw = rawOrNull == null ? "" : rawOrNull;
        if (FrenchText.isBlankAnswer(raw)) {
            return new Continuation(raw, ContinuationStatus.UNCLEAR, List.of("not answered"));
        }
        String text = FrenchText.fold(raw);
        if (RESUMED.matcher(text).find() && !text.startsWith("oui")) {
            return new Continuation(raw, ContinuationStatus.RESUMED, List.of());
        }
        if (NO.matcher(text).find()) {
            return new Continuation(raw, ContinuationStatus.NO, List.of());
        }
        if (YES.matcher(text).find()) {
            List<String> warnings = PARTIAL.matcher(text).find()
                    ? List.of("continued with reservations: " + firstLine(raw)) : List.of();
            return new Continuation(raw, ContinuationStatus.YES, warnings);
        }
        return new Continuation(raw, ContinuationStatus.UNCLEAR, List.of("no yes/no answer found"));
    }

    private static String firstLine(String raw) {
        String line = raw.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
