package org.census.io.iati;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.census.internal.FrenchText;
import org.census.model.Action;
import org.census.model.CensusEdition;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.text.MoneyText;

/**
 * The French narratives of an activity: its title from the parties, and descriptions that keep the form's answers
 * IATI has no element for, verbatim, so that the export loses as little as it can.
 */
final class ActivityTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/MM/yyyy");

    private ActivityTexts() {
    }

    /** "Coopération décentralisée Angers – Bamako": the parties proper of each side. */
    static String title(Partnership p) {
        String french = names(p.frenchParties(), true);
        String partner = names(p.partnerParties(), true);
        String sides = french.isEmpty() || partner.isEmpty() ? french + partner : french + " – " + partner;
        return sides.isEmpty() ? "Partenariat " + p.id() : "Coopération décentralisée " + sides;
    }

    /** The general description (IATI description type 1): what the form says beyond the elements IATI has. */
    static String general(Partnership p, CensusEdition edition, boolean budgetsFromRange, boolean multiYearBudget) {
        List<String> lines = new ArrayList<>();
        lines.add("Partenariat de coopération décentralisée recensé par " + edition.publisher() + " (« "
                + edition.title() + " », édition du " + DAY.format(edition.editionDate()) + ").");
        line(lines, "Parties françaises", names(p.frenchParties(), false));
        line(lines, "Parties du pays partenaire", names(p.partnerParties(), false));
        line(lines, "Parties de pays tiers", p.thirdCountryParties().stream()
                .map(t -> t.name() + t.country().map(c -> " (" + c + ")").orElse(""))
                .collect(Collectors.joining(", ")));
        line(lines, "Régions", String.join(", ", p.regions()));
        line(lines, "Formalisation", p.formalisation().raw());
        line(lines, "Document", p.governingDocument().raw());
        line(lines, "Budget annuel", p.annualBudget().raw());
        MoneyText budget = p.annualBudget();
        if (budgetsFromRange) {
            lines.add("Fourchette de " + euros(budget.lowEur().orElseThrow()) + " à "
                    + euros(budget.highEur().orElseThrow()) + " : le budget IATI en retient le minimum.");
        }
        if (multiYearBudget) {
            lines.add("Montant pluriannuel : aucun budget annuel n'en est tiré.");
        }
        line(lines, "Poursuite depuis le " + DAY.format(edition.crisisReferenceDate()), p.continuation().raw());
        line(lines, "Évolution du budget", p.budgetTrend().raw());
        line(lines, "Moyens locaux", p.localMeans());
        return String.join("\n", lines);
    }

    /** The outlook (IATI description type 2, objectives), when the form gives one. */
    static Optional<String> perspectives(Partnership p) {
        return FrenchText.isBlankAnswer(p.perspectives()) ? Optional.empty() : Optional.of(p.perspectives().strip());
    }

    /** The table of actions (IATI description type 4, other), one line each, when the form has one. */
    static Optional<String> actions(Partnership p) {
        if (p.actions().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Actions recensées :");
        for (Action a : p.actions()) {
            StringBuilder line = new StringBuilder("- ").append(a.domain().category().labelFr());
            if (!a.description().isBlank()) {
                line.append(" : ").append(a.description().strip());
            }
            if (!FrenchText.isBlankAnswer(a.period().raw())) {
                line.append(" ; période : ").append(a.period().raw().strip());
            }
            if (!FrenchText.isBlankAnswer(a.budget().raw())) {
                line.append(" ; budget : ").append(a.budget().raw().strip());
            }
            lines.add(line.toString());
        }
        return Optional.of(String.join("\n", lines));
    }

    /** The planned start's narrative when the form gives no formalisation date, naming the date taken instead. */
    static String startNotStated(Partnership p, String dateTaken) {
        String answer = FrenchText.isBlankAnswer(p.formalisation().raw()) ? "non renseignée"
                : "« " + p.formalisation().raw().strip() + " » sans date lisible";
        return "Formalisation " + answer + " ; date retenue : " + dateTaken
                + ", à laquelle le partenariat existait déjà.";
    }

    private static void line(List<String> lines, String label, String answer) {
        if (!FrenchText.isBlankAnswer(answer)) {
            lines.add(label + " : " + answer.strip());
        }
    }

    private static String names(List<Party> parties, boolean partiesProper) {
        return parties.stream().filter(party -> !partiesProper || party.role() == PartyRole.PARTY)
                .map(Party::name).collect(Collectors.joining(", "));
    }

    private static String euros(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMaximumFractionDigits(2);
        // The JDK writes French thousands with a narrow no-break space: a plain one reads everywhere.
        return f.format(amount).replace('\u202F', ' ').replace('\u00A0', ' ') + " €";
    }
}
