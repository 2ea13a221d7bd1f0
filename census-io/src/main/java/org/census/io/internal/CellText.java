package org.census.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.census.CensusException;
import org.census.CensusLimits;
import org.census.internal.Messages;

/**
 * How census texts are put in spreadsheet cells and taken back, losslessly.
 *
 * <ul>
 * <li>Formula injection: a text that begins with {@code = + - @}, a tab, CR or NUL is written with a leading
 * {@code '}, so that no spreadsheet reads it as a formula; so is a text that begins with {@code '} followed by one of
 * those or by another {@code '}. Reading removes exactly that one added quote, so every text comes back as it was,
 * and a quote typed by a person before ordinary text ({@code 'hello}) is kept.</li>
 * <li>Characters XML 1.0 cannot hold (control characters) are written as {@code _xHHHH_}, the escape of the Office
 * Open XML standard that Excel and LibreOffice read; a literal {@code _x} that would look like one is escaped as
 * {@code _x005F_}. A lone surrogate is no Unicode text: {@link #toCell} refuses it, and the readers refuse one that
 * an escape such as {@code _xD800_} makes.</li>
 * <li>A list is one cell, one item per line; an item's own line breaks and backslashes are escaped with a
 * backslash ({@code \\n}, {@code \\r}, {@code \\\\}), an empty item is {@code \e}, and an empty list is an empty cell.</li>
 * </ul>
 */
public final class CellText {
    /** The most characters a cell holds in Excel and LibreOffice: the longest text of a census. */
    public static final int MAX_CELL_LENGTH = CensusLimits.MAX_TEXT_LENGTH;
    /**
     * The longest content of a cell that holds a census text: every character escaped as {@code _xHHHH_} (seven),
     * and a formula quote. The census's limits are on its texts ({@link CensusLimits}); this bounds what a reader
     * collects of a cell before it decodes it.
     */
    public static final int MAX_CELL_CONTENT = 7 * MAX_CELL_LENGTH + 1;

    private CellText() {
    }

    /** A boolean cell as a census text: "Oui" or "Non", which the answers' parsers read as a person's yes or no. */
    public static String ofBoolean(boolean value) {
        return value ? "Oui" : "Non";
    }

    /** A cell's text cut to 40 characters, to quote in an error message. */
    public static String shorten(String text) {
        return Messages.cut(text, 41);
    }

    public static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
    }

    /** Prefixes a quote where a spreadsheet could take the text for a formula. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean quoted = first == '\'' && text.length() > 1 && (isTrigger(text.charAt(1)) || text.charAt(1) == '\'');
        return isTrigger(first) || quoted ? "'" + text : text;
    }

    /** Removes the quote {@link #neutralise} added. */
    public static String restore(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && (isTrigger(cell.charAt(1)) || cell.charAt(1) == '\'')) {
            return cell.substring(1);
        }
        return cell;
    }

    /**
     * The cell content for a text: neutralised, then escaped for XML, within {@link #MAX_CELL_CONTENT}, what the
     * readers take back. A text within {@link CensusLimits} always fits. Known gap: a formula quote, or the escapes
     * {@link #joinList} adds to a list, can take the characters a spreadsheet shows past {@link #MAX_CELL_LENGTH},
     * which Excel cuts when it saves.
     */
    public static String toCell(String text, String what) {
        return toCell(text, () -> what);
    }

    /** The same, naming the cell only when it is too long: a million cells need no million names. */
    public static String toCell(String text, java.util.function.Supplier<String> what) {
        String cell = escapeXml(neutralise(text));
        if (cell.length() > MAX_CELL_CONTENT) {
            throw new CensusException(what.get() + ": " + text.length() + " characters, more than the "
                    + MAX_CELL_LENGTH + " a spreadsheet cell holds; shorten it or write JSON");
        }
        return cell;
    }

    /** The text of a cell's content. */
    public static String fromCell(String cell) {
        return restore(unescapeXml(cell));
    }

    public static String escapeXml(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = null;
            if (c < 0x20 && c != '\t' && c != '\n' || c == '\r' || c == 0xFFFE || c == 0xFFFF) {
                escape = hex(c);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                escape = hex(c);
            } else if (Character.isLowSurrogate(c)) {
                escape = hex(c);
            } else if (c == '_' && looksEscaped(s, i)) {
                escape = "_x005F_";
            }
            if (escape != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static String hex(char c) {
        return String.format("_x%04X_", (int) c);
    }

    /** {@code _xHHHH_} at i. */
    private static boolean looksEscaped(CharSequence s, int i) {
        if (i + 7 > s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    public static String unescapeXml(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (looksEscaped(s, i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** One cell for a list of texts (before {@link #toCell}). */
    public static String joinList(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (item.isEmpty()) {
                out.append("\\e");
            } else {
                out.append(item.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
            }
        }
        return out.toString();
    }

    /** The list of texts of a cell (after {@link #fromCell}); lines a person left empty are skipped. */
    public static List<String> splitList(String cell) {
        List<String> items = new ArrayList<>();
        if (cell.isEmpty()) {
            return items;
        }
        for (String typed : cell.split("\n", -1)) {
            // Items never hold a raw CR (it is escaped): one here ends a line typed by a person.
            String line = typed.endsWith("\r") ? typed.substring(0, typed.length() - 1) : typed;
            if (line.isEmpty()) {
                continue;
            }
            items.add(line.equals("\\e") ? "" : unescapeItem(line));
        }
        return items;
    }

    private static String unescapeItem(String line) {
        if (line.indexOf('\\') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
