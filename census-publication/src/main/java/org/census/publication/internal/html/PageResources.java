package org.census.publication.internal.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Properties;

import org.census.CensusException;
import org.census.CensusIOException;

/**
 * The page's own texts, kept as files beside this class so that they can be read and changed as what they are: the
 * style sheets, the filter's script, and the wording of the labels the document does not carry (French and English).
 */
final class PageResources {
    private PageResources() {
    }

    /** Read once, on first use. */
    private static final class Loaded {
        static final String EDITION_CSS = read("edition.css");
        static final String WEB_CSS = read("web.css");
        static final String PDF_CSS = read("pdf.css");
        static final String PDF_PART_CSS = read("pdf-part.css");
        static final String FILTER_SCRIPT = read("fiche-filter.js");
        static final Properties FRENCH = labels("labels_fr.properties");
        static final Properties ENGLISH = labels("labels_en.properties");
        /** The script's hash for the page's content security policy, which then runs no other script. */
        static final String FILTER_SCRIPT_HASH = sha256(FILTER_SCRIPT);
    }

    static String editionCss() {
        return Loaded.EDITION_CSS;
    }

    static String webCss() {
        return Loaded.WEB_CSS;
    }

    static String pdfCss() {
        return Loaded.PDF_CSS;
    }

    static String pdfPartCss() {
        return Loaded.PDF_PART_CSS;
    }

    static String filterScript() {
        return Loaded.FILTER_SCRIPT;
    }

    /** {@code 'sha256-...'} of the filter's script, as a content security policy names it. */
    static String filterScriptSource() {
        return "'sha256-" + Loaded.FILTER_SCRIPT_HASH + "'";
    }

    /** The labels in French for "fr", in English for any other language, as the charts do. */
    static Properties labels(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? Loaded.FRENCH : Loaded.ENGLISH;
    }

    /** A label, its {@code {name}} placeholders replaced by the values that follow in pairs. */
    static String label(Locale locale, String key, String... replacements) {
        String text = labels(locale).getProperty(key);
        if (text == null) {
            throw new CensusException("the HTML renderer's labels lack \"" + key + "\"");
        }
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            text = text.replace("{" + replacements[i] + "}", replacements[i + 1]);
        }
        return text;
    }

    private static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CensusIOException("cannot read the resource " + name + " of the HTML renderer: "
                    + e.getMessage(), e);
        }
    }

    private static Properties labels(String name) {
        try (InputStream in = open(name)) {
            Properties labels = new Properties();
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return labels;
        } catch (IOException e) {
            throw new CensusIOException("cannot read the labels " + name + " of the HTML renderer: "
                    + e.getMessage(), e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = PageResources.class.getResourceAsStream(name);
        if (in == null) {
            throw new CensusException("resource " + name + " is missing from census-publication");
        }
        return in;
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new CensusException("the JDK lacks SHA-256: " + e.getMessage(), e);
        }
    }
}
