package org.census.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of French free text for matching: lower case, no accents, typographic quotes and dashes made plain. */
public final class FrenchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private FrenchText() {
    }

    /** "Sécurité Alimentaire – d’urgence" becomes "securite alimentaire - d'urgence". */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae");
        s = SPACES.matcher(s).replaceAll(" ");
        return s.toLowerCase(Locale.ROOT).strip();
    }

    /** True for texts that answer nothing: empty, "/", "-", "?". */
    public static boolean isBlankAnswer(String raw) {
        String s = raw == null ? "" : raw.strip();
        return s.isEmpty() || s.equals("/") || s.equals("-") || s.equals("?") || s.equals("–");
    }
}
