package org.census.publication.internal.docx;

/**
 * The census's texts made fit for XML 1.0, which a DOCX part is: the texts are untrusted, and one character XML
 * forbids makes Word refuse the whole file. Removed: control characters other than tab and line ends, U+FFFE,
 * U+FFFF and lone surrogates (half a character, no text). Carriage returns become line feeds, as a reader would
 * take them. Everything else is kept as written.
 */
final class XmlText {
    private XmlText() {
    }

    static String fit(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            String replacement = replacement(c, i + 1 < length ? text.charAt(i + 1) : 0);
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(length).append(text, 0, i);
                }
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Null to keep the character, else what stands for it (often nothing). */
    private static String replacement(char c, char next) {
        if (c == '\r') {
            return next == '\n' ? "" : "\n";
        }
        boolean allowed = c == '\t' || c == '\n' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                && !Character.isSurrogate(c);
        return allowed ? null : "";
    }
}
