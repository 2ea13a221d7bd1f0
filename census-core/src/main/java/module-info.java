/**
 * The census model, the parsing of the forms' free text, the domain taxonomy, the overview and its breakdowns, the
 * census JSON format and the bundled censuses.
 */
module org.census.core {
    requires com.fasterxml.jackson.databind;

    exports org.census;
    exports org.census.bundled;
    exports org.census.domain;
    exports org.census.json;
    exports org.census.model;
    exports org.census.overview;
    exports org.census.text;
    // What the library's own modules share, not an API: closed to everyone else.
    exports org.census.internal to org.census.io, org.census.xlsx, org.census.charts, org.census.publication;
}
