package org.census.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import org.census.CensusLimits;
import org.census.bundled.BundledCensus;
import org.census.model.Action;
import org.census.model.AuthorityKind;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Donor;
import org.census.model.EditionTexts;
import org.census.model.EditionTexts.AnnouncedPartnership;
import org.census.model.EditionTexts.TextBlock;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.model.PlaceLevel;
import org.census.model.SolidarityFund;
import org.census.model.StatedFigure;
import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;

/**
 * Random censuses for round-trip laws: texts include empty strings, long strings, astral characters, line breaks and
 * text that begins with "=" (formula injection), mixed with the kinds of text the forms hold.
 */
public final class CensusArbitraries {
    private CensusArbitraries() {
    }

    /** Any text, biased towards the hard cases. */
    public static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', '€', '\n', '\'').ofMaxLength(60),
                Arbitraries.of("", "/", "=SUM(A1:A9)", "+33 1 53 41 81 81", "-", "@risk", "\tcell", "😀 Ségou 𝄞",
                        "73 000€", "Entre 1500 et 3000€", "2 x 25 000 euros", "1,2 millions €", "17/05/13",
                        "Mai et juin 2012", "OUI", "NON", "Maintien", "Diminution de fait", "Santé", "Culture"),
                Arbitraries.strings().ofMinLength(500).ofMaxLength(2_000));
    }

    public static Arbitrary<Census> censuses() {
        Arbitrary<List<Partnership>> partnerships = partnerships().list().ofMaxSize(6)
                .map(CensusArbitraries::uniqueIds);
        Arbitrary<Optional<SolidarityFund>> fund = Combinators.combine(texts(), donors().list().ofMaxSize(4),
                Arbitraries.of(true, false)).as((name, donors, present) -> present
                ? Optional.of(new SolidarityFund(name, LocalDate.of(2013, 7, 2), donors, Optional.empty()))
                : Optional.empty());
        Arbitrary<List<StatedFigure>> figures = Combinators.combine(Arbitraries.of("continued", "dormant", "other"),
                Arbitraries.bigDecimals().between(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(1_000_000))
                        .ofScale(0), texts()).as(StatedFigure::new).list().ofMaxSize(3);
        return Combinators.combine(edition(), partnerships, fund, figures).as(Census::new);
    }

    /**
     * Censuses at the model's limits ({@link CensusLimits}): texts of exactly the longest length (beginning with a
     * formula character, holding characters a cell escapes, astral characters), lists that fill a cell to the last
     * character, amounts and stated figures at ±10^12 and with six decimals, dates in the first and last years,
     * and texts naming amounts and dates just beyond them, which stay texts.
     */
    public static Arbitrary<Census> censusesAtTheLimits() {
        int max = CensusLimits.MAX_TEXT_LENGTH;
        Arbitrary<String> longest = Arbitraries.of("=", "-", "'=", "a", "\u0001", "😀", "_x0041_", "\r\n")
                .map(start -> longText(start, max));
        Arbitrary<String> money = Arbitraries.of("1 000 000 000 000 €", "1 000 000 000 001 €", "0,000001 €",
                "0,0000001 €", "1 000 000 millions €", "999 999 999 999,999999 €", "600 000 000 000 € + 600 000 000 000 €",
                "Entre 1 et 1 000 000 000 000 €", longText("1 000 000 000 000 € ", max));
        Arbitrary<String> dates = Arbitraries.of("01/01/1900", "31/12/2100", "01/01/2101", "31/12/1899", "1899",
                "Hiver 2100", "De 1899 à 2013", "17/05/13", longText("17/05/13 ", max));
        Arbitrary<BigDecimal> figure = Arbitraries.of(CensusLimits.MAX_AMOUNT_EUR, CensusLimits.MAX_AMOUNT_EUR.negate(),
                new BigDecimal("0.000001"), new BigDecimal("1E+3"), new BigDecimal("999999999999.999999"));
        Arbitrary<List<String>> fullList = Arbitraries.integers().between(1, 5)
                .map(n -> java.util.stream.IntStream.range(0, n).mapToObj(i -> longText("\\", (max - (n - 1)) / n))
                        .toList());
        Arbitrary<Action> action = Combinators.combine(longest, longest, dates, money)
                .as((description, note, period, budget) -> Action.of("1", "Santé", false, description, period,
                        budget, note));
        Arbitrary<Partnership> partnership = Combinators.combine(longest, fullList, dates, money, longest,
                action.list().ofMaxSize(2), fullList)
                .as((section, regions, date, budget, text, actions, notes) -> new Partnership("p", Optional.empty(),
                        section, regions, DateText.parse(date), List.of(new Party(text, text, AuthorityKind.OTHER,
                        PartyRole.PARTY, List.of(new PlaceLevel("commune", text)), Optional.empty())), List.of(),
                        List.of(), List.of(new Contact(ContactSide.FRANCE, text, text, text)), DateText.parse(date),
                        GoverningDocument.parse(text), MoneyText.parse(budget), Continuation.parse(text),
                        BudgetTrend.parse(text), text, actions, text, notes));
        Arbitrary<Optional<SolidarityFund>> fund = Combinators.combine(longest, money, figure)
                .as((name, amount, total) -> Optional.of(new SolidarityFund(name, LocalDate.of(2100, 12, 31),
                        List.of(new Donor(name, MoneyText.parse(amount))), Optional.of(total))));
        Arbitrary<List<StatedFigure>> figures = Combinators.combine(longest, figure)
                .as((raw, value) -> new StatedFigure("other", value, raw)).list().ofMaxSize(2);
        Arbitrary<EditionTexts> texts = longest.map(text -> {
            List<TextBlock> one = List.of(new TextBlock(TextBlock.Kind.FOOTNOTE, text));
            return new EditionTexts(one, one, one, one, List.of(new AnnouncedPartnership(text, text,
                    Optional.of("p"))), one, List.of());
        });
        Arbitrary<CensusEdition> edition = Combinators.combine(longest, fullList, dates, texts)
                .as((title, regions, survey, editionTexts) -> new CensusEdition("xx-2013", title, Optional.of(title),
                        title, "ML", "fr", LocalDate.of(1900, 1, 1), DateText.parse(survey), LocalDate.of(2100, 12, 31),
                        Optional.of(title), title, regions, Optional.empty(), editionTexts));
        return Combinators.combine(edition, partnership.list().ofMaxSize(1), fund, figures).as(Census::new);
    }

    /** A text of exactly {@code length} characters that begins with {@code start} and repeats it. */
    private static String longText(String start, int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            s.append(start);
        }
        s.setLength(length);
        // A surrogate pair cut in two at the end would be a lone surrogate: a text, but not what this case means.
        if (Character.isHighSurrogate(s.charAt(length - 1))) {
            s.setCharAt(length - 1, 'x');
        }
        return s.toString();
    }

    /**
     * Random censuses recombined from the bundled census's own forms, parties and actions: forms share regions (and
     * list one twice) and authorities (spelt two ways), repeat earlier forms, fall either side of a snapshot date in
     * 2013, hold total rows and periods in odd years. What the overview's laws need, and random text rarely gives.
     */
    public static Arbitrary<Census> recombinedCensuses() {
        Census source = BundledCensus.load();
        List<Partnership> forms = source.partnerships();
        List<Party> french = forms.stream().flatMap(p -> p.frenchParties().stream()).toList();
        List<Party> partner = forms.stream().flatMap(p -> p.partnerParties().stream()).toList();
        List<Action> rows = forms.stream().flatMap(p -> p.actions().stream()).toList();
        List<String> regions = new ArrayList<>(source.edition().regions());
        regions.add("Hors Mali"); // a region the edition does not list
        Arbitrary<Action> action = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(rows)),
                Tuple.of(1, Combinators.combine(Arbitraries.of(rows), Arbitraries.of("Total des actions", "TOTAL",
                        "  total 2012", "Totalement nouveau")).as((a, total) -> Action.of(a.number(), a.domain().raw(),
                        false, total, a.period().raw(), a.budget().raw(), ""))),
                Tuple.of(1, Arbitraries.of(rows).map(a -> Action.of(a.number(), a.domain().raw(), false,
                        a.description(), "01/01/0999", a.budget().raw(), ""))));
        Arbitrary<Partnership> form = Combinators.combine(Arbitraries.of(forms), Arbitraries.of(forms),
                Arbitraries.of(forms), Arbitraries.of(regions).list().ofMaxSize(3),
                Arbitraries.of(french).map(CensusArbitraries::respelt).list().ofMaxSize(3),
                Arbitraries.of(partner).list().ofMaxSize(2), action.list().ofMaxSize(6))
                .as((a, b, c, where, fr, ml, acts) -> new Partnership("form", Optional.empty(), a.sourceSection(),
                        where, a.updated(), fr, ml, List.of(), List.of(), b.formalisation(), b.governingDocument(),
                        b.annualBudget(), c.continuation(), c.budgetTrend(), "", acts, "", List.of()));
        // Each form may repeat an earlier one: a reference below its index makes it a repeat.
        return form.list().ofMaxSize(8).flatMap(list -> Arbitraries.integers().between(-4, 7).list()
                .ofSize(list.size()).map(refs -> {
                    List<Partnership> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Optional<String> sameAs = refs.get(i) >= 0 && refs.get(i) < i
                                ? Optional.of("f" + refs.get(i)) : Optional.empty();
                        out.add(withIdentity(list.get(i), "f" + i, sameAs));
                    }
                    return new Census(source.edition(), out, source.solidarityFund(), List.of());
                }));
    }

    /** The same body under another spelling of its name ("Région Nord-Pas-de-Calais", "REGION NORD PAS DE CALAIS"). */
    private static Party respelt(Party p) {
        String name = p.name().length() % 2 == 0 ? p.name().toUpperCase(Locale.ROOT).replace('-', ' ')
                : p.name();
        return new Party(name, p.raw(), p.kind(), p.role(), p.place(), p.country());
    }

    private static Partnership withIdentity(Partnership p, String id, Optional<String> sameAs) {
        return new Partnership(id, sameAs, p.sourceSection(), p.regions(), p.updated(), p.frenchParties(),
                p.partnerParties(), p.thirdCountryParties(), p.contacts(), p.formalisation(), p.governingDocument(),
                p.annualBudget(), p.continuation(), p.budgetTrend(), p.localMeans(), p.actions(), p.perspectives(),
                p.notes(), p.personalParts());
    }

    private static Arbitrary<CensusEdition> edition() {
        return Combinators.combine(texts(), texts(), Arbitraries.of("ML", "SN", "BF"), texts().list().ofMaxSize(4),
                        Arbitraries.of(Optional.<String>empty(), Optional.of("XM-DAC-41114"), Optional.of("XI-IATI-a.b-1")),
                        editionTexts())
                .as((title, publisher, country, regions, orgId, texts) -> new CensusEdition("xx-2013", title,
                        Optional.of(title), publisher, country, "fr", LocalDate.of(2013, 11, 8),
                        DateText.parse("D'avril à octobre 2013"), LocalDate.of(2012, 3, 22), Optional.empty(),
                        publisher, regions, orgId, texts));
    }

    /**
     * An edition's own texts: none (as most censuses have), or blocks of every kind, announced partnerships with and
     * without the form they follow, credits, and a person named in the foreword and the credits, marked.
     */
    public static Arbitrary<EditionTexts> editionTexts() {
        Arbitrary<TextBlock> block = Combinators.combine(Arbitraries.of(TextBlock.Kind.class), texts())
                .as(TextBlock::new);
        Arbitrary<List<TextBlock>> blocks = block.list().ofMaxSize(3);
        Arbitrary<AnnouncedPartnership> announced = Combinators.combine(texts(), texts(),
                Arbitraries.of(Optional.<String>empty(), Optional.of("angers-bamako"), Optional.of("=f 1")))
                .as(AnnouncedPartnership::new);
        Arbitrary<EditionTexts> some = Combinators.combine(blocks, blocks, blocks, blocks, announced.list().ofMaxSize(2),
                        blocks, Arbitraries.of("", "Michel Delebarre", "=S. DIALLO", "c.koukoui@cites-unies-france.org"))
                .as((titlePage, foreword, overview, notaBene, announcedList, credits, person) -> person.isEmpty()
                        ? new EditionTexts(titlePage, foreword, overview, notaBene, announcedList, credits, List.of())
                        : new EditionTexts(titlePage, with(foreword, person + ", président, remercie les élus."),
                        overview, notaBene, announcedList, with(credits, "Contact :\n" + person), List.of(person)));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(EditionTexts.NONE)), Tuple.of(3, some));
    }

    private static List<TextBlock> with(List<TextBlock> blocks, String paragraph) {
        List<TextBlock> out = new ArrayList<>(blocks);
        out.add(new TextBlock(TextBlock.Kind.PARAGRAPH, paragraph));
        return out;
    }

    private static Arbitrary<Donor> donors() {
        return Combinators.combine(texts(), texts()).as((name, raw) -> new Donor(name, MoneyText.parse(raw)));
    }

    private static Arbitrary<Party> parties() {
        return Combinators.combine(texts(), texts(), Arbitraries.of(AuthorityKind.class), Arbitraries.of(PartyRole.class),
                Combinators.combine(Arbitraries.of("region", "cercle", "commune", "village"), texts())
                        .as(PlaceLevel::new).list().ofMaxSize(3),
                Arbitraries.of(Optional.<String>empty(), Optional.of("DE"))).as(Party::new);
    }

    private static Arbitrary<Action> actions() {
        return Combinators.combine(texts(), texts(), Arbitraries.of(true, false), texts(), texts(), texts(), texts())
                .as(Action::of);
    }

    private static Arbitrary<Partnership> partnerships() {
        Arbitrary<List<Contact>> contacts = Combinators.combine(Arbitraries.of(ContactSide.class), texts(), texts(),
                texts()).as(Contact::new).list().ofMaxSize(2);
        return Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                texts(), texts().list().ofMaxSize(2), texts(), parties().list().ofMaxSize(3),
                parties().list().ofMaxSize(2), contacts, texts().list().ofMaxSize(9))
                .as((id, section, regions, updated, french, partner, people, raws) -> new Partnership(id,
                        Optional.empty(), section, regions, DateText.parse(updated), french, partner, List.of(),
                        people, DateText.parse(raws.isEmpty() ? "" : raws.get(0)),
                        GoverningDocument.parse(raws.size() > 1 ? raws.get(1) : ""),
                        MoneyText.parse(raws.size() > 2 ? raws.get(2) : ""),
                        Continuation.parse(raws.size() > 3 ? raws.get(3) : ""),
                        BudgetTrend.parse(raws.size() > 4 ? raws.get(4) : ""),
                        raws.size() > 5 ? raws.get(5) : "", List.of(), raws.size() > 6 ? raws.get(6) : "",
                        raws.size() > 7 ? raws.subList(7, raws.size()) : List.of()))
                .flatMap(p -> actions().list().ofMaxSize(4).map(actions -> withActions(p, actions)))
                .flatMap(p -> Arbitraries.of("", "M. Oumar BATHILY", "Daouda Camara", "=S. DIALLO",
                        "contact@mairie.example").map(person -> quoting(p, person)));
    }

    /** The partnership with its local means naming a person, marked as its personal part (none for ""). */
    private static Partnership quoting(Partnership p, String person) {
        if (person.isEmpty()) {
            return p;
        }
        String means = p.localMeans() + "\nCoordinateur : " + person;
        return new Partnership(p.id(), p.sameAs(), p.sourceSection(), p.regions(), p.updated(), p.frenchParties(),
                p.partnerParties(), p.thirdCountryParties(), p.contacts(), p.formalisation(), p.governingDocument(),
                p.annualBudget(), p.continuation(), p.budgetTrend(), means, p.actions(), p.perspectives(),
                p.notes(), List.of(person));
    }

    private static Partnership withActions(Partnership p, List<Action> actions) {
        return new Partnership(p.id(), p.sameAs(), p.sourceSection(), p.regions(), p.updated(), p.frenchParties(),
                p.partnerParties(), p.thirdCountryParties(), p.contacts(), p.formalisation(), p.governingDocument(),
                p.annualBudget(), p.continuation(), p.budgetTrend(), p.localMeans(), actions, p.perspectives(),
                p.notes());
    }

    private static List<Partnership> uniqueIds(List<Partnership> list) {
        List<Partnership> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Partnership p = list.get(i);
            Optional<String> sameAs = i > 0 && i % 3 == 0 ? Optional.of(out.get(0).id()) : Optional.empty();
            out.add(withIdentity(p, p.id() + "-" + i, sameAs));
        }
        return out;
    }
}
