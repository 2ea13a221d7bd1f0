package org.census.io.iati;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.census.CensusException;
import org.census.internal.Messages;
import org.census.internal.OrganisationIds;
import org.census.internal.RegionCodes;
import org.census.io.spi.CensusSink;
import org.census.model.Action;
import org.census.model.CensusEdition;
import org.census.model.CensusHeader;
import org.census.model.Contact;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.text.ContinuationStatus;

/**
 * Writes each distinct partnership as an {@code iati-activity} as it arrives (a form with {@code sameAs} repeats
 * one already written, and is skipped), in the element order of the IATI 2.03 activity schema. The codes come from
 * IATI's codelists: OrganisationRole, OrganisationType, ActivityStatus, ActivityDateType, DescriptionType,
 * GeographicVocabulary, GeographicLocationClass, SectorVocabulary (1, DAC 5-digit), BudgetType, BudgetStatus.
 */
final class IatiActivitiesWriter implements CensusSink {
    private final XmlOut xml;
    private final IatiOptions options;
    private final Set<String> identifiers = new HashSet<>();
    private CensusEdition edition;
    private String org;

    IatiActivitiesWriter(OutputStream out, IatiOptions options) {
        this.xml = new XmlOut(out);
        this.options = options;
    }

    @Override
    public void start(CensusHeader header) {
        edition = header.edition();
        org = options.org().or(edition::publisherOrgId).orElseThrow(() -> new CensusException("format iati needs "
                + "the publisher's IATI organisation identifier, and the census edition gives none: add the option "
                + "(--to iati:org=" + OrganisationIds.EXAMPLE + ") or publisherOrgId to the edition; see README, "
                + "Open data"));
        xml.startDocument();
        xml.start("iati-activities").attribute("version", "2.03");
    }

    @Override
    public void partnership(Partnership p) {
        if (p.isRepeat()) {
            return;
        }
        String identifier = org + "-" + localId(p.id());
        if (!identifiers.add(identifier)) {
            throw new CensusException("format iati: two partnerships have the id \"" + Messages.cut(p.id(), 80)
                    + "\"; an IATI identifier must be unique");
        }
        if (p.frenchParties().isEmpty() && p.partnerParties().isEmpty()) {
            throw new CensusException("format iati: partnership \"" + Messages.cut(p.id(), 80) + "\" names no party "
                    + "of France or of the partner country; an IATI activity needs a participating organisation");
        }
        xml.start("iati-activity");
        p.updateDates().stream().max(LocalDate::compareTo)
                .ifPresent(d -> xml.attribute("last-updated-datetime", d + "T00:00:00Z"));
        xml.lang(edition.language()).attribute("default-currency", "EUR");
        xml.start("iati-identifier").text(identifier).end();
        xml.start("reporting-org").attribute("ref", org).attribute("type", options.orgType())
                .attribute("secondary-reporter", "1");
        narrative(edition.publisher(), false);
        xml.end();
        xml.start("title");
        narrative(ActivityTexts.title(p), true);
        xml.end();
        int surveyYear = edition.surveyPeriod().earliest().orElse(edition.editionDate()).getYear();
        List<AnnualBudgets.YearBudget> budgets = AnnualBudgets.of(p.annualBudget(), surveyYear);
        boolean fromRange = !budgets.isEmpty() && p.annualBudget().isRange() && p.annualBudget().byPeriod().isEmpty();
        boolean multiYear = budgets.isEmpty() && p.annualBudget().isKnown();
        description("1", ActivityTexts.general(p, edition, fromRange, multiYear));
        ActivityTexts.perspectives(p).ifPresent(text -> description("2", text));
        ActivityTexts.actions(p).ifPresent(text -> description("4", text));
        p.frenchParties().forEach(party -> participant(party, true));
        p.partnerParties().forEach(party -> participant(party, false));
        xml.empty("activity-status", "code", status(p.continuation().status()));
        activityDate(p);
        p.contacts().forEach(this::contact);
        xml.empty("recipient-country", "code", edition.partnerCountry(), "percentage", "100");
        new LinkedHashSet<>(p.regions()).forEach(this::location);
        for (SectorShares.Sector s : SectorShares.of(p.actions())) {
            xml.start("sector").attribute("vocabulary", "1").attribute("code", String.valueOf(s.dacCode()))
                    .attribute("percentage", s.percentage());
            if (!s.labels().isEmpty()) {
                narrative(String.join(" ; ", s.labels()), true);
            }
            xml.end();
        }
        budgets.forEach(this::budget);
        xml.end();
    }

    @Override
    public void end(CensusHeader header) {
        if (identifiers.isEmpty()) {
            throw new CensusException("format iati: the census has no partnership to write, and an IATI file holds "
                    + "at least one activity");
        }
        xml.end();
        xml.finish();
    }

    /**
     * The partnership's id as the end of an IATI identifier: letters, digits, '.', '-' kept, any other character
     * written "_" and its code point in hex and "_" ("é" is "_e9_", "_" itself "_5f_"), so that distinct ids stay
     * distinct and none holds what IATI forbids in identifiers (spaces, '/', '&', '|', '?').
     */
    static String localId(String id) {
        StringBuilder b = new StringBuilder(id.length());
        id.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                b.append((char) c);
            } else {
                b.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return b.toString();
    }

    private void narrative(String text, boolean french) {
        xml.start("narrative");
        if (french) {
            xml.lang("fr");
        }
        xml.text(text).end();
    }

    private void description(String type, String text) {
        xml.start("description").attribute("type", type);
        narrative(text, true);
        xml.end();
    }

    /**
     * French bodies fund (role 1), except those that run or coordinate the projects for the parties, which implement
     * (role 4) like the partner country's bodies. Authorities are local government (type 11); associations are NGOs,
     * national (22) in France, based in the partner country (24) there; networks and others are type 90.
     */
    private void participant(Party party, boolean french) {
        boolean implementing = !french || party.role() == PartyRole.DELEGATED_MANAGER
                || party.role() == PartyRole.COORDINATOR;
        String type = switch (party.kind()) {
            case ASSOCIATION -> french ? "22" : "24";
            case NETWORK, OTHER -> "90";
            case MUNICIPALITY, INTERMUNICIPALITY, DEPARTMENT, REGION, VILLAGE, SYNDICATE -> "11";
        };
        xml.start("participating-org").attribute("type", type).attribute("role", implementing ? "4" : "1");
        narrative(party.name(), false);
        xml.end();
    }

    /** Continued or resumed: 2 Implementation; stopped or put to sleep: 6 Suspended; unclear: 2 (see README). */
    private static String status(ContinuationStatus status) {
        return status == ContinuationStatus.NO ? "6" : "2";
    }

    /**
     * The formalisation date as the actual start (type 2); one after the census's edition as the planned start
     * (type 1). Without one, IATI still wants a start: the planned start (type 1) at the earliest date the form
     * gives (an action, an update), else the edition's date, with a narrative saying so, the way the standard lets a
     * date carry its explanation (activity-date/narrative).
     */
    private void activityDate(Partnership p) {
        Optional<LocalDate> formalised = p.formalisation().earliest();
        if (formalised.isPresent()) {
            boolean actual = !formalised.get().isAfter(edition.editionDate());
            xml.start("activity-date").attribute("type", actual ? "2" : "1")
                    .attribute("iso-date", formalised.get().toString());
            narrative((actual ? "Formalisation : " : "Formalisation prévue : ") + p.formalisation().raw().strip(),
                    true);
            xml.end();
            return;
        }
        Optional<LocalDate> earliest = p.actions().stream().map(Action::period).flatMap(d -> d.earliest().stream())
                .min(LocalDate::compareTo);
        Optional<LocalDate> updated = p.updated().earliest();
        LocalDate date;
        String taken;
        if (earliest.isPresent() && (updated.isEmpty() || !earliest.get().isAfter(updated.get()))) {
            date = earliest.get();
            taken = "début de la première action recensée";
        } else if (updated.isPresent()) {
            date = updated.get();
            taken = "mise à jour de la fiche";
        } else {
            date = edition.editionDate();
            taken = "date de l'édition du recensement";
        }
        xml.start("activity-date").attribute("type", "1").attribute("iso-date", date.toString());
        narrative(ActivityTexts.startNotStated(p, taken), true);
        xml.end();
    }

    /** A contact person, present only when the census given holds them (the CLI leaves them out by default). */
    private void contact(Contact c) {
        if (c.name().isBlank() && c.role().isBlank()) {
            return;
        }
        xml.start("contact-info").attribute("type", "1");
        if (!c.name().isBlank()) {
            xml.start("person-name");
            narrative(c.name(), false);
            xml.end();
        }
        if (!c.role().isBlank()) {
            xml.start("job-title");
            narrative(c.role(), false);
            xml.end();
        }
        xml.end();
    }

    /**
     * A region: its name, and where the project has its codes, its GADM code (vocabulary A3) both as the location's
     * own id and as its first-level administrative area, within the country (ISO 3166-1, vocabulary A4, level 0).
     * IATI's GeographicVocabulary lists no ISO 3166-2 and no OCHA p-codes; GADM is the one it lists that has codes
     * for these regions. Class 1, administrative region; exactness 2, approximate (a whole region).
     */
    private void location(String region) {
        Optional<RegionCodes.Region> codes = RegionCodes.find(edition.partnerCountry(), region);
        xml.start("location");
        xml.empty("location-reach", "code", "1");
        codes.ifPresent(r -> xml.empty("location-id", "vocabulary", "A3", "code", r.gadm()));
        xml.start("name");
        narrative(region, false);
        xml.end();
        xml.empty("administrative", "vocabulary", "A4", "level", "0", "code", edition.partnerCountry());
        codes.ifPresent(r -> xml.empty("administrative", "vocabulary", "A3", "level", "1", "code", r.gadm()));
        xml.empty("exactness", "code", "2");
        xml.empty("location-class", "code", "1");
        xml.empty("feature-designation", "code", "ADM1");
        xml.end();
    }

    /** A year's budget: original (type 1), indicative (status 1), valued on its first day. */
    private void budget(AnnualBudgets.YearBudget b) {
        String first = LocalDate.of(b.year(), 1, 1).toString();
        xml.start("budget").attribute("type", "1").attribute("status", "1");
        xml.empty("period-start", "iso-date", first);
        xml.empty("period-end", "iso-date", LocalDate.of(b.year(), 12, 31).toString());
        xml.start("value").attribute("value-date", first).text(b.amount().toPlainString()).end();
        xml.end();
    }
}
