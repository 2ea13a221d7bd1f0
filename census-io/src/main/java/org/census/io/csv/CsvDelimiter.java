package org.census.io.csv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The characters a CSV file's cells may be delimited by, and how the file's own is found: the one that splits the
 * first records into the most consistent number of columns, more than one.
 */
enum CsvDelimiter {
    // The order breaks ties: a tab is almost never in a text; a semicolon is rarer than a comma, which French
    // numbers use as their decimal mark ("1,5"), so a comma that splits as evenly as a semicolon is likelier inside
    // the numbers.
    TAB('\t'), SEMICOLON(';'), COMMA(','), PIPE('|');

    /** Records looked at to find the delimiter. */
    static final int DETECTION_RECORDS = 50;

    final char character;

    CsvDelimiter(char character) {
        this.character = character;
    }

    /** Its name as the {@code delimiter} option spells it. */
    String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The delimiter of a file that starts with these characters: the one whose most frequent column count, above one,
     * is shared by the most records (outside quotes); comma when none splits a record.
     *
     * @param whole whether the characters are the whole file (else the last record, perhaps cut, is counted only
     *              when it is the first)
     */
    static CsvDelimiter detect(char[] text, int length, boolean whole) {
        CsvDelimiter best = COMMA;
        int bestScore = 0;
        for (CsvDelimiter d : values()) {
            int score = d.consistency(text, length, whole);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many of the first records have the most frequent column count, 0 if that count is 1. */
    private int consistency(char[] text, int length, boolean whole) {
        Map<Integer, Integer> recordsByColumns = new HashMap<>();
        int records = 0;
        int columns = 1;
        boolean quoted = false;
        boolean fieldStart = true;
        boolean nonBlank = false;
        for (int i = 0; i < length && records < DETECTION_RECORDS; i++) {
            char c = text[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text[i + 1] == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                nonBlank = true;
            } else if (c == character) {
                columns++;
                fieldStart = true;
                nonBlank = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text[i + 1] == '\n') {
                    i++;
                }
                if (nonBlank) {
                    recordsByColumns.merge(columns, 1, Integer::sum);
                    records++;
                }
                columns = 1;
                fieldStart = true;
                nonBlank = false;
            } else if (c != ' ') {
                fieldStart = false;
                nonBlank = true;
            }
        }
        // The last record, perhaps cut short, counts when the file ends there, or when no record ended before.
        if ((whole || records == 0) && nonBlank && !quoted && records < DETECTION_RECORDS) {
            recordsByColumns.merge(columns, 1, Integer::sum);
        }
        int modeColumns = 1;
        int modeRecords = 0;
        for (Map.Entry<Integer, Integer> e : recordsByColumns.entrySet()) {
            if (e.getValue() > modeRecords || e.getValue() == modeRecords && e.getKey() > modeColumns) {
                modeColumns = e.getKey();
                modeRecords = e.getValue();
            }
        }
        return modeColumns > 1 ? modeRecords : 0;
    }
}
