package org.census.io.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

import org.census.bundled.BundledCensus;
import org.census.model.Action;
import org.census.model.AuthorityKind;
import org.census.model.CensusEdition;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;

/**
 * A partnership written into a filled questionnaire reads back equal, for every partnership the questionnaire can
 * hold: one party name per line on each side, one contact per side, the update date as dd/mm/yyyy, texts without
 * surrounding spaces (a spreadsheet cell keeps none).
 */
class QuestionnaireRoundTripProperties {
    private static final CensusEdition MALI = BundledCensus.load().edition();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Property(tries = 40)
    void filledQuestionnaireReadsBackEqual(@ForAll("questionnaires") Partnership p) throws Exception {
        assertThat(roundTrip(p)).isEqualTo(p);
    }

    @Example
    void aBundledFormReadsBackWithItsTexts() throws Exception {
        Partnership angers = BundledCensus.load().partnership("rennes-bandiagara").orElseThrow();
        Partnership back = roundTrip(angers);
        assertThat(back.id()).isEqualTo(angers.id());
        assertThat(back.regions()).isEqualTo(angers.regions());
        assertThat(back.annualBudget()).isEqualTo(angers.annualBudget());
        assertThat(back.continuation()).isEqualTo(angers.continuation());
        assertThat(back.budgetTrend()).isEqualTo(angers.budgetTrend());
        assertThat(back.perspectives()).isEqualTo(angers.perspectives());
        assertThat(back.actions()).isEqualTo(angers.actions());
    }

    private static Partnership roundTrip(Partnership p) throws Exception {
        Path dir = Files.createTempDirectory("questionnaire");
        try {
            Path file = dir.resolve("fiche.xlsx");
            QuestionnaireTemplate.write(file, MALI, p);
            ImportResult result = QuestionnaireImport.run(List.of(file), MALI);
            assertThat(result.census().partnerships()).as(result.issues().toString()).hasSize(1);
            return result.census().partnerships().get(0);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** Cell text: accents, line breaks inside, text that begins with "=", astral characters; no outer spaces. */
    private static Arbitrary<String> cell() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars('é', 'ç', ' ', '€', '\'', '\n', '=', '-')
                        .ofMaxLength(40),
                Arbitraries.of("", "/", "=SUM(A1)", "+33 1", "@x", "73 000€", "Entre 1500 et 3000€", "OUI",
                        "Maintien", "Mai et juin 2012", "😀 Ségou")).map(String::strip);
    }

    private static Arbitrary<String> line() {
        return cell().map(s -> s.replace('\n', ' ').strip()).filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<Partnership> questionnaires() {
        Arbitrary<List<String>> regions = Arbitraries.of(MALI.regions()).list().ofMaxSize(2).uniqueElements();
        Arbitrary<Optional<Contact>> contact = Combinators.combine(Arbitraries.of(ContactSide.class), line(),
                        line().injectNull(0.5))
                .as((side, name, role) -> {
                    String n = name.replace(",", " ").strip();
                    String raw = role == null ? n : n + ", " + role;
                    int comma = raw.indexOf(',');
                    return Optional.of(new Contact(side, comma < 0 ? raw : raw.substring(0, comma).strip(),
                            comma < 0 ? "" : raw.substring(comma + 1).strip(), raw));
                }).injectDuplicates(0.1).map(c -> c.filter(x -> !x.name().isEmpty()));
        Arbitrary<Action> action = Combinators.combine(Arbitraries.strings().numeric().ofMaxLength(2), cell(),
                        cell(), cell(), cell(), cell())
                .as((n, domain, description, period, budget, note) -> Action.of(n, domain, false,
                        description.isEmpty() ? "action" : description, period, budget, note));
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                        regions, Dates.dates().between(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31)),
                        line().list().ofMinSize(1).ofMaxSize(2), line().list().ofMaxSize(2), contact,
                        cell().list().ofSize(7), action.list().ofMaxSize(4))
                .as((id, rs, day, french, partner, c, texts, actions) -> new Partnership(id, Optional.empty(),
                        rs.isEmpty() ? "" : rs.get(0), rs, DateText.parse(day.format(DAY)), parties(french),
                        parties(partner), List.of(), c.stream().toList(), DateText.parse(texts.get(0)),
                        GoverningDocument.parse(texts.get(1)), MoneyText.parse(texts.get(2)),
                        Continuation.parse(texts.get(3)), BudgetTrend.parse(texts.get(4)), texts.get(5), actions,
                        texts.get(6), List.of()));
    }

    private static List<Party> parties(List<String> names) {
        return names.stream().map(n -> new Party(n, n, AuthorityKind.OTHER, PartyRole.PARTY, List.of(),
                Optional.<String>empty())).toList();
    }
}
