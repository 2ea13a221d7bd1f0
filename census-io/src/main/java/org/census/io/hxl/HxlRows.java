package org.census.io.hxl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Function;

import org.census.CensusException;
import org.census.internal.RegionCodes;
import org.census.io.internal.CellText;
import org.census.model.Action;
import org.census.model.CensusEdition;
import org.census.model.Contact;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.text.DateInterval;
import org.census.text.DateText;

/**
 * The cells of a 3W row. Every text goes through {@link CellText#neutralise} (formula injection) and a list is one
 * cell, one item per line ({@link CellText#joinList}), as in the CSV export: a partnership of two regions has both
 * names, and both codes in the same order, in its rows' region cells, so that each action stays one row and budgets
 * add up once.
 */
final class HxlRows {
    private final String country;
    private final String iso3;
    private final Locale language;

    HxlRows(CensusEdition edition, Locale language) {
        this.country = edition.partnerCountry();
        this.iso3 = iso3(country);
        this.language = language;
    }

    /** ISO 3166-1 alpha-3, as HXL's {@code #country+code} expects ("MLI"), from the JDK's own table. */
    static String iso3(String alpha2) {
        try {
            String code = new Locale.Builder().setRegion(alpha2).build().getISO3Country();
            if (!code.isEmpty()) {
                return code;
            }
        } catch (MissingResourceException | java.util.IllformedLocaleException e) {
            // Said below.
        }
        throw new CensusException("hxl: the partner country " + alpha2 + " has no ISO 3166 alpha-3 code in this "
                + "Java runtime; #country+code needs one");
    }

    String cell(HxlColumn column, Partnership p, Optional<Action> action) {
        return switch (column) {
            case FUNDER -> names(p.frenchParties());
            case IMPLEMENTER -> names(p.partnerParties());
            case COUNTRY -> iso3;
            case REGION -> list(p.regions());
            case REGION_CODE -> list(p.regions().stream().map(r -> RegionCodes.find(country, r)
                    .map(RegionCodes.Region::pcode).orElse("")).toList());
            case SECTOR -> of(action, a -> CellText.neutralise(a.domain().category().label(language)));
            case SECTOR_CODE -> of(action, a -> a.domain().category().dacCode().map(String::valueOf).orElse(""));
            case ACTIVITY -> of(action, a -> CellText.neutralise(a.description()));
            case START -> of(action, a -> start(a.period()));
            case END -> of(action, a -> end(a.period()));
            case BUDGET -> of(action, a -> a.budget().lowEur().map(BigDecimal::toPlainString).orElse(""));
            case CURRENCY -> of(action, a -> a.budget().isKnown() ? "EUR" : "");
            case STATUS -> p.continuation().status().label(language);
            case ID -> CellText.neutralise(p.id());
            case CONTACTS -> list(p.contacts().stream().map(Contact::name).filter(n -> !n.isEmpty()).toList());
        };
    }

    private static String of(Optional<Action> action, Function<Action, String> cell) {
        return action.map(cell).orElse("");
    }

    /** The parties themselves: bodies named alongside, coordinators and delegated managers are not funders. */
    private static String names(List<Party> parties) {
        return list(parties.stream().filter(party -> party.role() == PartyRole.PARTY).map(Party::name).toList());
    }

    private static String list(List<String> items) {
        return CellText.neutralise(CellText.joinList(items));
    }

    /** Where the period starts, as precisely as the text says it: blank when no date was read. */
    static String start(DateText period) {
        return period.intervals().stream().min((a, b) -> a.start().compareTo(b.start()))
                .map(i -> at(i, i.start())).orElse("");
    }

    /** Where it ends; blank when unknown or open ("depuis 1994", "à partir de mai 2012"). */
    static String end(DateText period) {
        if (period.since()) {
            return "";
        }
        return period.intervals().stream().max((a, b) -> a.end().compareTo(b.end()))
                .map(i -> at(i, i.end())).orElse("");
    }

    /**
     * A day of an interval at the interval's precision, in the forms HXL reads: {@code 2013-05-17}, {@code 2013-05},
     * {@code 2013-Q2}, {@code 2013}. A semester or a season, which HXL has no form for, is given by its month.
     */
    static String at(DateInterval interval, LocalDate day) {
        return switch (interval.precision()) {
            case DAY -> day.toString();
            case MONTH, SEASON, SEMESTER -> day.toString().substring(0, 7);
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(day.getYear());
        };
    }
}
