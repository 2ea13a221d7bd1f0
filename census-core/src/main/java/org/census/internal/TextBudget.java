package org.census.internal;

import java.util.Locale;

import org.census.CensusLimits;

/**
 * The characters of the texts of one record, counted as a reader takes them, within
 * {@link CensusLimits#MAX_RECORD_CHARACTERS}: each text and each list is bounded on its own, but a record at every
 * count limit with every text at its longest would not be (10,000 actions of 32,767-character texts), and a reader
 * holds a whole record at once. A reader counts what a file spells out beside the texts too (the kinds and roles of
 * parties, dates derived from a text): {@link #LIMIT} leaves a million characters for them, so that every record the
 * model accepts reads back. Not thread-safe: one budget per reading thread.
 */
public final class TextBudget {
    /** The problem of a record beyond the limit, as a message says it. */
    public static final String PROBLEM = String.format(Locale.ROOT, "the texts of this record (a partnership, its "
            + "actions, the edition and its texts, the fund's donors or the stated figures) pass %,d characters, the "
            + "most a census holds in one record; split it", CensusLimits.MAX_RECORD_CHARACTERS);

    /** What a reader counts at most for one record: its texts and what the file spells out beside them. */
    public static final long LIMIT = CensusLimits.MAX_RECORD_CHARACTERS + 1_000_000;

    private long used;

    /** Starts the count of a new record. */
    public void reset() {
        used = 0;
    }

    /** The characters counted since the record began. */
    public long used() {
        return used;
    }

    /** Counts a text; false once the record's texts together pass the limit. */
    public boolean add(String text) {
        used += text.length();
        return used <= LIMIT;
    }
}
