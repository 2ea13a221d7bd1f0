package org.census.json;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.census.model.EditionTexts.TextBlock;

/**
 * The field names of the census JSON format, defined once: the writer writes these, the reader accepts these and no
 * others, and {@code JsonFieldsTest} holds the schema ({@code census-v1.schema.json}) to the same names, object by
 * object, and the writer to every one of them.
 */
final class JsonFields {
    // The document.
    static final String FORMAT_VERSION = "formatVersion";
    static final String CENSUS = "census";
    static final String STATED_OVERVIEW = "statedOverview";
    static final String PARTNERSHIPS = "partnerships";
    static final String SOLIDARITY_FUND = "solidarityFund";
    // The edition.
    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String PUBLISHER = "publisher";
    static final String PARTNER_COUNTRY = "partnerCountry";
    static final String LANGUAGE = "language";
    static final String EDITION_DATE = "editionDate";
    static final String SURVEY_PERIOD = "surveyPeriod";
    static final String CRISIS_REFERENCE_DATE = "crisisReferenceDate";
    static final String SOURCE_URL = "sourceUrl";
    static final String SOURCE_LINE = "sourceLine";
    static final String REGIONS = "regions";
    static final String PUBLISHER_ORG_ID = "publisherOrgId";
    static final String TEXTS = "texts";
    // The edition's texts (PERSONAL_PARTS below too).
    static final String TITLE_PAGE = "titlePage";
    static final String FOREWORD = "foreword";
    static final String OVERVIEW = "overview";
    static final String NOTA_BENE = "notaBene";
    static final String ANNOUNCED = "announced";
    static final String CREDITS = "credits";
    static final String TEXT = "text";
    static final String REGION = "region";
    static final String AFTER = "after";
    // A stated figure.
    static final String FIGURE = "figure";
    static final String VALUE = "value";
    /** The verbatim text, in every value read from free text and in the records that keep one. */
    static final String RAW = "raw";
    // A partnership.
    static final String SAME_AS = "sameAs";
    static final String SOURCE_SECTION = "sourceSection";
    static final String UPDATE_DATES = "updateDates";
    static final String UPDATE_DATES_RAW = "updateDatesRaw";
    static final String FRENCH_PARTIES = "frenchParties";
    static final String PARTNER_PARTIES = "partnerParties";
    static final String THIRD_COUNTRY_PARTIES = "thirdCountryParties";
    static final String CONTACTS = "contacts";
    static final String FORMALISATION = "formalisation";
    static final String GOVERNING_DOCUMENT = "governingDocument";
    static final String ANNUAL_BUDGET = "annualBudget";
    static final String CONTINUATION = "continuation";
    static final String BUDGET_TREND = "budgetTrend";
    static final String LOCAL_MEANS = "localMeans";
    static final String ACTIONS = "actions";
    static final String PERSPECTIVES = "perspectives";
    static final String NOTES = "notes";
    static final String PERSONAL_PARTS = "personalParts";
    // Parties, places, contacts.
    static final String NAME = "name";
    static final String KIND = "kind";
    static final String ROLE = "role";
    static final String PLACE = "place";
    static final String COUNTRY = "country";
    static final String LEVEL = "level";
    static final String SIDE = "side";
    // An action.
    static final String NUMBER = "number";
    static final String DOMAIN = "domain";
    static final String DOMAIN_FROM_ROW_ABOVE = "domainFromRowAbove";
    static final String DESCRIPTION = "description";
    static final String PERIOD = "period";
    static final String BUDGET = "budget";
    static final String NOTE = "note";
    // Values derived from free text.
    static final String WARNINGS = "warnings";
    static final String INTERVALS = "intervals";
    static final String START = "start";
    static final String END = "end";
    static final String PRECISION = "precision";
    static final String FIRST_YEAR = "firstYear";
    static final String ONGOING = "ongoing";
    static final String SINCE = "since";
    static final String AMOUNTS_EUR = "amountsEur";
    static final String LOW_EUR = "lowEur";
    static final String HIGH_EUR = "highEur";
    static final String APPROXIMATE = "approximate";
    static final String BY_PERIOD = "byPeriod";
    static final String AMOUNT_EUR = "amountEur";
    static final String SHARES = "shares";
    static final String PERCENT = "percent";
    static final String FUNDER = "funder";
    static final String STATUS = "status";
    static final String DIRECTION = "direction";
    static final String RENEWAL = "renewal";
    static final String CATEGORY = "category";
    static final String DAC_CODE = "dacCode";
    static final String ALSO = "also";
    static final String SOURCE = "source";
    // The solidarity fund.
    static final String AS_OF = "asOf";
    static final String DONORS = "donors";
    static final String PRINTED_TOTAL_EUR = "printedTotalEur";
    static final String AMOUNT_RAW = "amountRaw";

    private JsonFields() {
    }

    /** A text block's kind as the format writes it: its name in lower case ("paragraph"). */
    static String blockKind(TextBlock.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The kind a value names, if it names one exactly ("heading", not "HEADING"). */
    static Optional<TextBlock.Kind> blockKind(String value) {
        for (TextBlock.Kind kind : TextBlock.Kind.values()) {
            if (blockKind(kind).equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kinds of text block, as the format writes them. */
    static List<String> blockKinds() {
        return java.util.Arrays.stream(TextBlock.Kind.values()).map(JsonFields::blockKind).toList();
    }

    /**
     * Each kind of object of the format, with the JSON pointer of its definition in the schema and the fields it may
     * hold. (Names are qualified below: a kind and a field may share a name.)
     */
    enum Kind {
        DOCUMENT("", JsonFields.FORMAT_VERSION, JsonFields.CENSUS, JsonFields.STATED_OVERVIEW,
                JsonFields.PARTNERSHIPS, JsonFields.SOLIDARITY_FUND),
        EDITION("/$defs/edition", JsonFields.ID, JsonFields.TITLE, JsonFields.SUBTITLE, JsonFields.PUBLISHER,
                JsonFields.PARTNER_COUNTRY, JsonFields.LANGUAGE, JsonFields.EDITION_DATE, JsonFields.SURVEY_PERIOD,
                JsonFields.CRISIS_REFERENCE_DATE, JsonFields.SOURCE_URL, JsonFields.SOURCE_LINE, JsonFields.REGIONS,
                JsonFields.PUBLISHER_ORG_ID, JsonFields.TEXTS),
        TEXTS("/$defs/editionTexts", JsonFields.TITLE_PAGE, JsonFields.FOREWORD, JsonFields.OVERVIEW,
                JsonFields.NOTA_BENE, JsonFields.ANNOUNCED, JsonFields.CREDITS, JsonFields.PERSONAL_PARTS),
        TEXT_BLOCK("/$defs/textBlock", JsonFields.KIND, JsonFields.TEXT),
        ANNOUNCED("/$defs/editionTexts/properties/announced/items", JsonFields.REGION, JsonFields.TEXT,
                JsonFields.AFTER),
        STATED_FIGURE("/$defs/statedFigure", JsonFields.FIGURE, JsonFields.VALUE, JsonFields.RAW),
        PARTNERSHIP("/$defs/partnership", JsonFields.ID, JsonFields.SAME_AS, JsonFields.SOURCE_SECTION,
                JsonFields.REGIONS, JsonFields.UPDATE_DATES, JsonFields.UPDATE_DATES_RAW, JsonFields.FRENCH_PARTIES,
                JsonFields.PARTNER_PARTIES, JsonFields.THIRD_COUNTRY_PARTIES, JsonFields.CONTACTS,
                JsonFields.FORMALISATION, JsonFields.GOVERNING_DOCUMENT, JsonFields.ANNUAL_BUDGET,
                JsonFields.CONTINUATION, JsonFields.BUDGET_TREND, JsonFields.LOCAL_MEANS, JsonFields.ACTIONS,
                JsonFields.PERSPECTIVES, JsonFields.NOTES, JsonFields.PERSONAL_PARTS),
        GOVERNING_DOCUMENT("/$defs/partnership/properties/governingDocument", JsonFields.RAW, JsonFields.RENEWAL),
        CONTINUATION("/$defs/partnership/properties/continuation", JsonFields.RAW, JsonFields.STATUS,
                JsonFields.WARNINGS),
        BUDGET_TREND("/$defs/partnership/properties/budgetTrend", JsonFields.RAW, JsonFields.DIRECTION,
                JsonFields.WARNINGS),
        PARTY("/$defs/party", JsonFields.NAME, JsonFields.RAW, JsonFields.KIND, JsonFields.ROLE, JsonFields.PLACE,
                JsonFields.COUNTRY),
        PLACE("/$defs/party/properties/place/items", JsonFields.LEVEL, JsonFields.NAME),
        CONTACT("/$defs/contact", JsonFields.SIDE, JsonFields.NAME, JsonFields.ROLE, JsonFields.RAW),
        ACTION("/$defs/action", JsonFields.NUMBER, JsonFields.DOMAIN, JsonFields.DOMAIN_FROM_ROW_ABOVE,
                JsonFields.DESCRIPTION, JsonFields.PERIOD, JsonFields.BUDGET, JsonFields.NOTE),
        DOMAIN("/$defs/action/properties/domain", JsonFields.RAW, JsonFields.CATEGORY, JsonFields.DAC_CODE,
                JsonFields.ALSO, JsonFields.SOURCE),
        DATE_TEXT("/$defs/dateText", JsonFields.RAW, JsonFields.INTERVALS, JsonFields.FIRST_YEAR, JsonFields.ONGOING,
                JsonFields.SINCE, JsonFields.WARNINGS),
        INTERVAL("/$defs/dateText/properties/intervals/items", JsonFields.START, JsonFields.END,
                JsonFields.PRECISION),
        MONEY_TEXT("/$defs/moneyText", JsonFields.RAW, JsonFields.AMOUNTS_EUR, JsonFields.LOW_EUR,
                JsonFields.HIGH_EUR, JsonFields.APPROXIMATE, JsonFields.BY_PERIOD, JsonFields.SHARES,
                JsonFields.WARNINGS),
        PERIOD_AMOUNT("/$defs/moneyText/properties/byPeriod/items", JsonFields.PERIOD, JsonFields.AMOUNT_EUR),
        SHARE("/$defs/moneyText/properties/shares/items", JsonFields.PERCENT, JsonFields.FUNDER),
        SOLIDARITY_FUND("/$defs/solidarityFund", JsonFields.NAME, JsonFields.AS_OF, JsonFields.DONORS,
                JsonFields.PRINTED_TOTAL_EUR),
        DONOR("/$defs/solidarityFund/properties/donors/items", JsonFields.NAME, JsonFields.AMOUNT_EUR,
                JsonFields.AMOUNT_RAW);

        private final String schemaPointer;
        private final Set<String> names;
        private final List<String> sorted;

        Kind(String schemaPointer, String... names) {
            this.schemaPointer = schemaPointer;
            this.names = Set.of(names);
            this.sorted = this.names.stream().sorted().toList();
        }

        /** Where the schema defines this kind of object. */
        String schemaPointer() {
            return schemaPointer;
        }

        boolean knows(String field) {
            return names.contains(field);
        }

        /** The fields, in alphabetical order, as error messages list them. */
        List<String> names() {
            return sorted;
        }
    }
}
