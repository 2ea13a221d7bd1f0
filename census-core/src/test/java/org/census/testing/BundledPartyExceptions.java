package org.census.testing;

import java.util.Map;

/** The parties of the bundled census that {@link org.census.text.PartyText} does not read as the census records. */
public final class BundledPartyExceptions {
    private BundledPartyExceptions() {
    }

    /**
     * The bundled parties whose raw text alone does not give what the census records, each with the reason: the
     * transcription read them with the rest of the form (its section, its other cells), the parser reads one line.
     */
    public static final Map<String, String> EXCEPTIONS = Map.of(
            "DIEMA", "a bare name; the form's actions show it is the cercle's council",
            "NIORO-DU-SAHEL (REGION DE KAYES)", "a bare name; the form's actions show it is the cercle's council",
            "Maitre d'œuvre délégué : ARCADE", "ARCADE is an association the raw does not call one",
            "MAIRIE DE BAMAKO", "the census records Bamako's mayoralty at the district (region) level, not a commune",
            "TROUNGOMBE (Cercle de Nioro-du-Sabel)", "the census corrects the commune's spelling (Troungoumbé)",
            "KOULIKOURO (région de Koulikoro)", "the census corrects the commune's spelling (Koulikoro)");

}
