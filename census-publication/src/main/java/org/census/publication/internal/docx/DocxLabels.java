package org.census.publication.internal.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The few words the DOCX renderer adds itself (the table of contents' placeholder, "Figure", "Page"), from
 * {@code docx-labels_fr.properties} or {@code docx-labels_en.properties}: French for "fr", English otherwise, as
 * the rest of the edition.
 */
final class DocxLabels {
    private final Properties texts = new Properties();

    DocxLabels(Locale locale) {
        String name = "docx-labels_" + ("fr".equals(locale.getLanguage()) ? "fr" : "en") + ".properties";
        try (InputStream in = DocxLabels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing from the census-publication jar");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no DOCX label \"" + key + "\"");
        }
        return text;
    }
}
