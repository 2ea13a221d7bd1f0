package org.census.cli;

/**
 * Text from a census made safe to print on a terminal: a census is untrusted input, and a control character in a
 * title or a region name (an escape sequence, a carriage return, a bidirectional override) would clear the screen,
 * set the window title or forge the lines of a table. Each becomes U+FFFD, so that what was there stays visible.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String safe(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates. */
    private static boolean isUnsafe(char c) {
        return Character.getType(c) == Character.CONTROL || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
