package org.census.cli;

import java.util.ArrayList;
import java.util.List;

/** A small table printed for a terminal (aligned columns) or as Markdown. Numbers are right-aligned. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header) {
        this.header = header.stream().map(TerminalText::safe).toList();
    }

    TextTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.size());
        }
        rows.add(cells.stream().map(TerminalText::safe).toList());
        return this;
    }

    String toText() {
        int[] widths = widths();
        StringBuilder sb = new StringBuilder();
        line(sb, header, widths);
        for (int w : widths) {
            sb.append("-".repeat(w)).append("  ");
        }
        trimEnd(sb);
        sb.append('\n');
        for (List<String> row : rows) {
            line(sb, row, widths);
        }
        return sb.toString();
    }

    String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header.stream().map(TextTable::escape).toList())).append(" |\n");
        sb.append('|');
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            boolean numeric = i > 0 && !rows.isEmpty() && rows.stream().allMatch(r -> looksNumeric(r.get(column)));
            sb.append(numeric ? "---:|" : "---|");
        }
        sb.append('\n');
        for (List<String> row : rows) {
            sb.append("| ").append(String.join(" | ", row.stream().map(TextTable::escape).toList())).append(" |\n");
        }
        return sb.toString();
    }

    private int[] widths() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            sb.append(i > 0 && looksNumeric(c) ? pad + c : c + pad).append("  ");
        }
        trimEnd(sb);
        sb.append('\n');
    }

    /** Figures ("98 400 €", "€3,580,230 – €4,285,573 (40 stated)", "47") align right; words align left. */
    private static boolean looksNumeric(String cell) {
        return !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '€' || cell.equals("—"));
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
