package org.census.publication.internal.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.census.text.Label;

/**
 * The edition's words in one language, read from {@code org/census/publication/wording_fr.properties} or
 * {@code _en}: data, so that a phrase changes without touching code. Every text is a {@link MessageFormat} pattern.
 */
public final class Wording {
    private final Locale locale;
    private final Properties patterns;
    /** Each pattern parsed once: a large census asks for the same labels thousands of times. */
    private final Map<String, MessageFormat> formats = new HashMap<>();
    private final DateTimeFormatter dates;

    private Wording(Locale locale, Properties patterns) {
        this.locale = locale;
        this.patterns = patterns;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /** The words of a locale's language: French for "fr", English for any other. */
    public static Wording of(Locale locale) {
        Locale language = Label.language(locale);
        return new Wording(language, load(language));
    }

    /** The patterns of one language, as the file holds them. */
    static Properties load(Locale language) {
        String name = "/org/census/publication/wording_" + language.getLanguage() + ".properties";
        // Read as UTF-8, like ResourceBundle does since Java 9, but without its module and fallback rules.
        try (InputStream in = Wording.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the wording " + name + " is missing from the class path");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wording " + name, e);
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key, its arguments put in. Not for use by two threads at once. */
    public String get(String key, Object... args) {
        return formats.computeIfAbsent(key, k -> {
            String pattern = patterns.getProperty(k);
            if (pattern == null) {
                throw new IllegalStateException("no wording \"" + k + "\" for " + locale.getLanguage());
            }
            return new MessageFormat(pattern, locale);
        }).format(args);
    }

    /** A day written out: "22 mars 2012", "1er septembre 2013", "22 March 2012". */
    public String date(LocalDate day) {
        String written = dates.format(day);
        // French writes the first of a month as an ordinal.
        return day.getDayOfMonth() == 1 && locale.getLanguage().equals("fr") ? "1er" + written.substring(1)
                : written;
    }

    Set<String> keys() {
        return new TreeSet<>(patterns.stringPropertyNames());
    }
}
