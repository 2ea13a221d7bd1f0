package org.census.io.hxl;

import java.util.ArrayList;
import java.util.List;

/** The columns of the 3W table in their order: a human header (French, like the censuses) and an HXL hashtag. */
enum HxlColumn {
    FUNDER("Partie française", "#org+funder+name"),
    IMPLEMENTER("Partie du pays partenaire", "#org+impl+name"),
    COUNTRY("Pays", "#country+code"),
    REGION("Région", "#adm1+name"),
    REGION_CODE("Code de la région (OCHA)", "#adm1+code"),
    SECTOR("Domaine", "#sector+name"),
    SECTOR_CODE("Code CAD", "#sector+code"),
    ACTIVITY("Action", "#activity+description"),
    START("Début", "#date+start"),
    END("Fin", "#date+end"),
    BUDGET("Budget", "#value+budget"),
    CURRENCY("Devise", "#currency"),
    STATUS("Poursuite depuis la crise", "#status"),
    ID("Partenariat", "#meta+id"),
    CONTACTS("Contacts", "#contact+name");

    private final String header;
    private final String tag;

    HxlColumn(String header, String tag) {
        this.header = header;
        this.tag = tag;
    }

    String header() {
        return header;
    }

    String tag() {
        return tag;
    }

    /** The columns written: all but the contacts unless asked. */
    static List<HxlColumn> columns(boolean contacts) {
        List<HxlColumn> columns = new ArrayList<>(List.of(values()));
        if (!contacts) {
            columns.remove(CONTACTS);
        }
        return List.copyOf(columns);
    }
}
