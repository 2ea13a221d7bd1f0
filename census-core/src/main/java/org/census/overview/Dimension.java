package org.census.overview;

import java.util.Locale;

import org.census.domain.DomainCategory;
import org.census.model.AuthorityKind;
import org.census.text.ContinuationStatus;
import org.census.text.Label;
import org.census.text.TrendDirection;

/** What to group a census by. */
public enum Dimension {
    /** The partner country's first-level region; a form that covers two regions counts in both. */
    REGION(Level.PARTNERSHIP),
    /** The main intervention domain of each action. */
    DOMAIN(Level.ACTION),
    /** The year each action starts, "unknown" when its period is not read. */
    YEAR(Level.ACTION),
    /** The kind of the French parties (commune, département, ...); a form with two kinds counts in both. */
    KIND(Level.PARTNERSHIP),
    /** The budget trend. */
    TREND(Level.PARTNERSHIP),
    /** The continuation since the crisis reference date. */
    CONTINUATION(Level.PARTNERSHIP),
    /** The decade of formalisation ("1980s"): how old partnerships are. */
    AGE(Level.PARTNERSHIP);

    private static final Label NOT_STATED = new Label("Non précisé", "Not stated");
    private static final Label UNKNOWN_DATE = new Label("Date inconnue", "Unknown date");

    /** Whether a dimension classifies whole partnerships or single actions. */
    public enum Level { PARTNERSHIP, ACTION }

    private final Level level;

    Dimension(Level level) {
        this.level = level;
    }

    public Level level() {
        return level;
    }

    /**
     * A group key of this dimension in words, the one source of them for tables and charts, in French ("fr") or
     * English (any other language): "Santé" for HEALTH, "années 1980" for 1980s, "Non précisé" for
     * {@link Breakdown#UNKNOWN}; regions and years as the census spells them.
     */
    public String groupLabel(String key, Locale locale) {
        if (key.equals(Breakdown.UNKNOWN)) {
            return (this == YEAR || this == AGE ? UNKNOWN_DATE : NOT_STATED).in(locale);
        }
        return switch (this) {
            case DOMAIN -> DomainCategory.valueOf(key).label(locale);
            case KIND -> AuthorityKind.valueOf(key).label(locale);
            case TREND -> TrendDirection.valueOf(key).label(locale);
            case CONTINUATION -> ContinuationStatus.valueOf(key).label(locale);
            case AGE -> new Label("années " + key.replace("s", ""), key).in(locale);
            case REGION, YEAR -> key;
        };
    }
}
