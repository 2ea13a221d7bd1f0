package org.census.internal;

/** The library's messages are one line each: the two rules for making them so, in one place. */
public final class Messages {
    private Messages() {
    }

    /** A text on one line: each line break, and the spaces around it, becomes one space. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** What an exception says, up to its first line break; its class name when it says nothing. */
    public static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = m.indexOf('\n');
        return (cut < 0 ? m : m.substring(0, cut)).stripTrailing();
    }

    /**
     * A value quoted in a message, cut to at most {@code max} characters (an ellipsis marks the cut): a message stays
     * one short line whatever a file holds.
     */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}
