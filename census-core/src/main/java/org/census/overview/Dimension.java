package org.census.overview;

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

    /** Whether a dimension classifies whole partnerships or single actions. */
    public enum Level { PARTNERSHIP, ACTION }

    private final Level level;

    Dimension(Level level) {
        this.level = level;
    }

    public Level level() {
        return level;
    }
}
