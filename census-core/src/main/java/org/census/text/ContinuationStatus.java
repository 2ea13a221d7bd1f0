package org.census.text;

import java.util.Locale;

/** Whether a partnership went on after the crisis reference date. */
public enum ContinuationStatus {
    /** It went on ("OUI", "Le partenariat s'est poursuivi"). */
    YES("Poursuivi", "Continued"),
    /** It stopped or was put to sleep ("NON", "mise en sommeil"). */
    NO("Interrompu ou en sommeil", "Stopped or dormant"),
    /** It stopped, then started again ("Reprise du partenariat en février 2013"). */
    RESUMED("Repris après un arrêt", "Resumed after a stop"),
    /** The answer does not say ("/", "Cf. ci-dessous"). */
    UNCLEAR("Réponse imprécise", "Unclear answer");

    private final Label label;

    ContinuationStatus(String fr, String en) {
        this.label = new Label(fr, en);
    }

    /** The status in words, for tables and charts: in French ("fr") or English (any other language). */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
