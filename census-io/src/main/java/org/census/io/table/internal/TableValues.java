package org.census.io.table.internal;

import org.census.internal.FrenchText;
import org.census.internal.Messages;
import org.census.internal.RegionCodes;
import org.census.io.table.TableField;
import org.census.io.table.spi.CellKind;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PlaceLevel;
import org.census.text.DateText;
import org.census.text.MoneyText;
import org.census.text.PartyText;
import org.census.domain.Domain;
import org.census.text.Continuation;
import org.census.text.BudgetTrend;
import org.census.text.GoverningDocument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How the texts of cells become the values of the model, through the core's parsers, raw text kept; and the regions
 * of the census edition the caller gives (its names, the codes and spellings of {@link RegionCodes} for its partner
 * country, the places its parties name), so that a census of another country converts the same way.
 */
public final class TableValues {
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T[0-9:.]*)?");
    /** HXL's month and quarter ("2013-05", "2013-Q2"), which census's hxl export writes for such periods. */
    private static final Pattern HXL_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern HXL_QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre");
    /** A figure alone: digits, spaces between thousands, a decimal comma or point. */
    private static final Pattern FIGURE = Pattern.compile(
            "\\d{1,3}(?:[ \\u00A0\\u202F]?\\d{3})*(?:[.,]\\d+)?");
    private final Map<String, String> regionsByName = new HashMap<>();
    private final Map<String, String> regionsByPlace = new HashMap<>();

    public TableValues(Census edition) {
        String country = edition.edition().partnerCountry();
        for (String region : edition.edition().regions()) {
            regionsByName.put(key(region), region);
        }
        for (RegionCodes.Region r : RegionCodes.of(country)) {
            // The edition's own spelling wins; the codes' file names it the same way for the editions so far.
            String name = edition.edition().regions().stream().filter(e -> key(e)
                    .equals(key(r.name()))).findFirst().orElse(r.name());
            regionsByName.putIfAbsent(key(r.name()), name);
            regionsByName.putIfAbsent(key(r.pcode()), name);
            regionsByName.putIfAbsent(key(r.iso()), name);
            r.variants().forEach(v -> regionsByName.putIfAbsent(key(v), name));
        }
        Set<String> ambiguous = new HashSet<>();
        for (Partnership p : edition.partnerships()) {
            if (p.regions().size() != 1) {
                continue;
            }
            String region = p.regions().get(0);
            for (Party party : p.partnerParties()) {
                place(party.name(), region, ambiguous);
                party.place().stream().map(PlaceLevel::name).forEach(n -> place(n, region, ambiguous));
            }
        }
        ambiguous.forEach(regionsByPlace::remove);
    }

    private void place(String name, String region, Set<String> ambiguous) {
        String key = key(name);
        String earlier = regionsByPlace.putIfAbsent(key, region);
        if (earlier != null && !earlier.equals(region)) {
            ambiguous.add(key);
        }
    }

    /** A name as compared: folded, punctuation as spaces ("Hauts-Bassins" is "hauts bassins"). */
    private static String key(String name) {
        return HeaderSynonyms.exact(name);
    }

    /** The edition's region a cell names: by name, spelling variant, p-code or ISO code, accents and case aside. */
    public Optional<String> region(String text) {
        return Optional.ofNullable(regionsByName.get(key(text.strip())));
    }

    /** The region of a commune, cercle or partner the edition's census places in one region. */
    public Optional<String> regionOfPlace(String text) {
        String key = key(text.strip());
        return Optional.ofNullable(regionsByPlace.get(key)).or(() -> region(text));
    }

    /**
     * The parties a cell names, through the core's parser of party names (kind, place, clean name, raw line kept):
     * the one place where parties are made. A cell may name several, one a line.
     */
    public static List<Party> parties(String text, TableField field) {
        return switch (field) {
            case FRENCH_PARTY -> PartyText.french(text);
            case PARTNER_PARTY -> PartyText.partner(text);
            default -> PartyText.thirdCountry(text, "");
        };
    }

    /**
     * A date cell's text as the French parsers read it: "22/03/2012" for the ISO date a spreadsheet stored, or a text
     * cell holds (HXL tables and CSV exports write "2012-03-22", which the French parsers would read as a year).
     */
    public static String dateText(String text, CellKind kind) {
        if (kind == CellKind.DATE && text.length() >= 10 || kind == CellKind.TEXT && ISO_DATE.matcher(text).matches()) {
            return text.substring(8, 10) + "/" + text.substring(5, 7) + "/" + text.substring(0, 4);
        }
        return text;
    }

    /**
     * A start or end date's text: as {@link #dateText}, and HXL's month and quarter read as French ("mai 2013", "2e
     * trimestre 2013"); only in date columns, where "2011-12" cannot be the period from 2011 to 2012.
     */
    public static String boundText(String text, CellKind kind) {
        if (kind == CellKind.TEXT && HXL_MONTH.matcher(text).matches()) {
            int month = Integer.parseInt(text.substring(5, 7));
            return month >= 1 && month <= 12 ? MONTHS.get(month - 1) + " " + text.substring(0, 4) : text;
        }
        if (kind == CellKind.TEXT && HXL_QUARTER.matcher(text).matches()) {
            char q = text.charAt(6);
            return q + (q == '1' ? "er" : "e") + " trimestre " + text.substring(0, 4);
        }
        return dateText(text, kind);
    }

    public static DateText date(String text, CellKind kind) {
        return DateText.parse(dateText(text, kind));
    }

    /**
     * An amount: the cell through the core's money parser, with the currency of its column or of the mapping when
     * it has one (CFA francs converted at the fixed parity, raw text kept); a currency the parser does not convert is
     * kept raw and said in a warning, since the figure is then missing.
     */
    public static MoneyText money(String text, CellKind kind, Optional<String> currency, Consumer<String> warning) {
        return warned(amount(text, currency.filter(c -> !c.isBlank()).orElse("")), warning);
    }

    /** An amount in a currency ("" for none): the parsing alone, the same for the same texts. */
    static MoneyText amount(String text, String currency) {
        String t = text.strip();
        if (t.isEmpty()) {
            return MoneyText.parse("");
        }
        return !currency.isEmpty() ? MoneyText.parse(t, currency)
                : figure(t).orElseGet(() -> MoneyText.parse(text));
    }

    /** The amount, after saying when its figure is missing for a currency the parser does not convert. */
    static MoneyText warned(MoneyText m, Consumer<String> warning) {
        m.warnings().stream().filter(w -> w.contains("not converted") || w.contains("is not read")).findFirst()
                .ifPresent(w -> warning.accept("amount \"" + Messages.cut(m.raw(), 60) + "\": " + w));
        return m;
    }

    /**
     * A budget cell that holds a figure alone is an amount, in euros as the column's figures are unless a currency is
     * given: read as "2015 €", raw text kept, since the money parser reads a lone "2015" in a sentence as a year.
     */
    private static Optional<MoneyText> figure(String t) {
        if (t.length() > 40 || !FIGURE.matcher(t).matches()) {
            return Optional.empty();
        }
        MoneyText m = MoneyText.parse(t + " €");
        return Optional.of(new MoneyText(t, m.amountsEur(), m.lowEur(), m.highEur(), m.approximate(), m.byPeriod(),
                m.shares(), m.warnings()));
    }

    /** ISO 4217 code of a currency as people write it ("€", "euros", "FCFA", "F CFA"). */
    static String currencyCode(String currency) {
        String c = FrenchText.fold(currency).replace(".", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return switch (c) {
            case "EUR", "€", "EURO", "EUROS" -> "EUR";
            case "XOF", "FCFA", "CFA", "FRANCCFA", "FRANCSCFA" -> "XOF";
            default -> c;
        };
    }

    /** What a cell of a field parses to, for the dry run: one short line. */
    public String describe(TableField field, String text, CellKind kind, Optional<String> currency) {
        return switch (field) {
            case REGION, REGION_CODE -> region(text).map(r -> "region " + r).orElse("unknown region");
            case PLACE -> regionOfPlace(text).map(r -> "in region " + r).orElse("a place the edition does not know");
            case UPDATED, FORMALISATION, PERIOD, START_DATE, END_DATE -> dates(date(text, kind));
            case BUDGET, ANNUAL_BUDGET -> amount(money(text, kind, currency, w -> { }));
            case DOMAIN, SUBDOMAIN, ACTION, DESCRIPTION -> "domain " + Domain.classify(field == TableField.DOMAIN
                    || field == TableField.SUBDOMAIN ? text : "", field == TableField.DOMAIN
                    || field == TableField.SUBDOMAIN ? "" : text).category().name();
            case CONTINUATION -> Continuation.parse(text).status().name();
            case BUDGET_TREND -> BudgetTrend.parse(text).direction().name();
            case GOVERNING_DOCUMENT -> "renewal " + GoverningDocument.parse(text).renewal();
            case FRENCH_CONTACT, PARTNER_CONTACT -> "a contact (personal data)";
            case FRENCH_PARTY, PARTNER_PARTY, THIRD_COUNTRY_PARTY -> String.join("; ", parties(text, field).stream()
                    .map(p -> p.name() + " (" + p.kind().name().toLowerCase(Locale.ROOT) + ")").toList());
            case CURRENCY -> "currency " + currencyCode(text);
            default -> "text";
        };
    }

    private static String dates(DateText d) {
        if (d.earliest().isEmpty()) {
            return "no date";
        }
        return d.earliest().get().equals(d.latest().orElse(null)) ? d.earliest().get().toString()
                : d.earliest().get() + " to " + d.latest().map(Object::toString).orElse("?");
    }

    private static String amount(MoneyText m) {
        if (!m.isKnown()) {
            return "no amount";
        }
        return m.isRange() ? m.lowEur().get().toPlainString() + " to " + m.highEur().get().toPlainString() + " €"
                : m.lowEur().get().toPlainString() + " €";
    }
}
