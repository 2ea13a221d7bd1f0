package org.census.internal;

import java.text.Normalizer;

/**
 * Folding of French free text for matching: lower case, no accents, typographic quotes and dashes made plain, runs of
 * spaces made one. Letters of the Latin blocks fold through a table built once, so that a million action rows fold
 * without calling the Unicode normaliser for each of them.
 */
public final class FrenchText {
    /** Folded form of each character below U+0250 (Basic Latin to Latin Extended-B), one character for one. */
    private static final char[] LATIN = new char[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
            LATIN[c] = Character.isWhitespace(c) || c == '\u00A0' ? ' ' : Character.toLowerCase(base);
        }
    }

    private FrenchText() {
    }

    /** "Sécurité Alimentaire – d’urgence" becomes "securite alimentaire - d'urgence". */
    public static String fold(String text) {
        return fold(text, Integer.MAX_VALUE);
    }

    /** The first {@code length} characters (or fewer) of {@link #fold}, folding no more of the text than those need. */
    public static String foldStart(String text, int length) {
        return fold(text, length);
    }

    private static String fold(String text, int limit) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), limit) + 1);
        boolean space = true; // drops leading spaces and collapses runs
        int i = 0;
        for (; i < text.length() && sb.length() < limit; i++) {
            char c = text.charAt(i);
            if (c == 'œ' || c == 'Œ') {
                sb.append("oe");
                space = false;
                continue;
            }
            if (c == 'æ' || c == 'Æ') {
                sb.append("ae");
                space = false;
                continue;
            }
            if (c >= '\u0300' && c <= '\u036F') {
                continue; // a combining accent of decomposed text
            }
            char f = foldChar(c);
            if (f == ' ') {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(f);
                space = false;
            }
        }
        int end = sb.length();
        // Trailing spaces go, unless a cut-off start is followed by more text.
        while (end > 0 && sb.charAt(end - 1) == ' ' && !hasWord(text, i)) {
            end--;
        }
        sb.setLength(Math.min(end, limit));
        return sb.toString();
    }

    private static boolean hasWord(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '\u0300' && c <= '\u036F') && foldChar(c) != ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds one character to one character (positions are kept): lower case without accent, plain quote and dash,
     * a space for any space; a character without a folded form is returned lower-cased.
     */
    public static char foldChar(char c) {
        if (c < LATIN.length) {
            return LATIN[c];
        }
        switch (c) {
            case '\u20AC':
                return c; // the euro sign, in every amount: spared the Unicode tables
            case '\u2019', '\u2018', '\u02BC':
                return '\'';
            case '\u2013', '\u2014', '\u2212':
                return '-';
            case '\u202F', '\u2009', '\u2007', '\u2002', '\u2003':
                return ' ';
            default:
                return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
        }
    }

    /** True for texts that answer nothing: empty, "/", "-", "?". */
    public static boolean isBlankAnswer(String raw) {
        String s = raw == null ? "" : raw.strip();
        return s.isEmpty() || s.equals("/") || s.equals("-") || s.equals("?") || s.equals("–");
    }
}
