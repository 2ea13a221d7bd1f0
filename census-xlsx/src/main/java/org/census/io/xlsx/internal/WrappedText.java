package org.census.io.xlsx.internal;

/**
 * How tall a row must be for a wrapped text: spreadsheets do not all grow a row to its wrapped text when they open a
 * file (Excel keeps the height a file states; nobody grows a row for a merged cell), so the writers state it.
 */
public final class WrappedText {
    /** A line of 11-point text, in points: the default row height. */
    public static final int LINE_POINTS = 15;
    /** Characters of text a line holds per unit of a column's width; see {@link #lines}. */
    static final double CHARACTERS_PER_UNIT = 1.2;
    /** The tallest row a spreadsheet allows, in points. */
    public static final int MAX_ROW_POINTS = 409;

    private WrappedText() {
    }

    /**
     * The lines a text takes once wrapped in a column {@code width} characters wide: each of its lines, divided by
     * the width. A unit of width is a digit's, wider than most letters: {@value #CHARACTERS_PER_UNIT} characters a
     * unit is what a French text with its spaces takes in Calibri, less what word wrapping wastes, and less than a
     * wider font substituted for it takes (DejaVu Sans, where LibreOffice lacks Calibri and Carlito). The row is at
     * worst a little tall, never cutting its last line off, on screen or on paper.
     */
    public static int lines(String text, double width) {
        int perLine = Math.max(1, (int) (width * CHARACTERS_PER_UNIT));
        int n = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            n += Math.max(1, (length + perLine - 1) / perLine);
            if (end < 0) {
                return n;
            }
            start = end + 1;
        }
    }

    /** The height of a row of {@code lines} lines, in points, at most what a spreadsheet allows. */
    public static int points(long lines) {
        return (int) Math.min(MAX_ROW_POINTS, LINE_POINTS * Math.max(1, lines));
    }
}
