package org.census.internal;

/**
 * Finds a UTF-16 surrogate that is not half of a pair. Such a text is no Unicode text: UTF-8 cannot encode it, so a
 * CSV or a JSON file would get a "?" or an escape in its place. {@link org.census.CensusLimits#textProblem} refuses
 * one, so that readers refuse it where it enters, naming the place, and the model never holds one.
 */
public final class LoneSurrogates {
    private LoneSurrogates() {
    }

    /** The index of the first lone surrogate in {@code text}, or -1 if every surrogate is half of a pair. */
    public static int indexIn(CharSequence text) {
        // Every text read is checked, mostly while the JVM still interprets this: so one comparison per character
        // until a surrogate, and a String read without the interface call of CharSequence.charAt.
        if (text instanceof String s) {
            for (int i = 0, n = s.length(); i < n; i++) {
                if (s.charAt(i) >= Character.MIN_SURROGATE) {
                    return from(s, i);
                }
            }
            return -1;
        }
        return from(text, 0);
    }

    /** The first lone surrogate at or after {@code start}, which is no low surrogate's pair. */
    private static int from(CharSequence text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** What is wrong with a text whose first lone surrogate is at {@code index}, for an error message. */
    public static String problem(CharSequence text, int index) {
        return String.format("a lone surrogate U+%04X at character %d of the text; a text holds whole Unicode "
                + "characters (a high surrogate D800–DBFF, then a low one DC00–DFFF)", (int) text.charAt(index),
                index + 1);
    }
}
