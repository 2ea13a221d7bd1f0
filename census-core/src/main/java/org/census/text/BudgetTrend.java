package org.census.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.census.internal.FrenchText;

/**
 * The answer to "did the budget go down, stay or go up?", judged by meaning. The first statement about the budget
 * wins: "Maintien du budget mais baisse des crédits consommés" keeps the budget; "Majoration du budget 2013 d'une aide
 * d'urgence" raises it.
 *
 * @param raw       the answer, verbatim
 * @param direction what it means
 * @param warnings  what the judgement was unsure of
 */
public record BudgetTrend(String raw, TrendDirection direction, List<String> warnings) {
    private static final Pattern INCREASE = Pattern.compile(
            "\\b(augment\\w*|majoration|majore|hausse|progression|en progression|double\\w*|croissant|accru)");
    private static final Pattern DECREASE = Pattern.compile(
            "\\b(diminu\\w*|baisse|reduction|reduit\\w*|reduire|moins|coupe)");
    private static final Pattern MAINTAIN = Pattern.compile(
            "\\b(maintien|maintenu\\w*|constant\\w*|idem|inchange\\w*|stable|meme budget)");

    public BudgetTrend {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(direction, "direction");
        warnings = List.copyOf(warnings);
    }

    private record Hit(int at, TrendDirection direction) {
    }

    /** Judges a French answer; never throws. */
    public static BudgetTrend parse(String rawOrNull) {
        String raw = rawOrNull == null ? "" : rawOrNull;
        if (FrenchText.isBlankAnswer(raw)) {
            return new BudgetTrend(raw, TrendDirection.UNKNOWN, List.of("not answered"));
        }
        String text = FrenchText.fold(raw);
        List<Hit> hits = new ArrayList<>();
        find(INCREASE, text, TrendDirection.INCREASE).ifPresent(hits::add);
        find(DECREASE, text, TrendDirection.DECREASE).ifPresent(hits::add);
        find(MAINTAIN, text, TrendDirection.MAINTAIN).ifPresent(hits::add);
        if (hits.isEmpty()) {
            return new BudgetTrend(raw, TrendDirection.UNKNOWN, List.of("no direction stated"));
        }
        hits.sort(Comparator.comparingInt(Hit::at));
        TrendDirection first = hits.get(0).direction();
        List<String> warnings = new ArrayList<>();
        if (hits.size() > 1) {
            warnings.add("also mentions " + hits.subList(1, hits.size()).stream()
                    .map(h -> h.direction().name().toLowerCase()).toList() + "; the first statement wins");
        }
        if (text.startsWith("volonte") || text.contains("possibilite") || text.contains("sans doute")) {
            warnings.add("an intention rather than a decision");
        }
        return new BudgetTrend(raw, first, warnings);
    }

    private static Optional<Hit> find(Pattern p, String text, TrendDirection d) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(new Hit(m.start(), d)) : Optional.empty();
    }
}
