package org.census.publication.internal.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.census.bundled.BundledCensus;
import org.census.charts.CensusCharts;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.EditionTexts;
import org.census.model.EditionTexts.AnnouncedPartnership;
import org.census.model.EditionTexts.TextBlock;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.overview.Breakdown;
import org.census.overview.Dimension;
import org.census.overview.Overview;
import org.census.publication.EditionOptions;
import org.census.publication.PlainTextRenderer;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.EditionDocument;
import org.census.text.ContinuationStatus;
import org.census.text.TrendDirection;
import org.junit.jupiter.api.Test;

/** The edition document of the bundled census, asserted through its text and its blocks. */
class EditionBuilderTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static final EditionOptions FRENCH = EditionOptions.in(Locale.FRENCH);

    static EditionDocument build(Census census, EditionOptions options) {
        return EditionBuilder.build(census, options);
    }

    static String text(Census census, EditionOptions options) {
        return PlainTextRenderer.text(build(census, options));
    }

    /** Every block, fiches opened. */
    static Stream<Block> all(EditionDocument document) {
        return document.blocks().stream().flatMap(b -> b instanceof Block.Fiche f
                ? Stream.concat(Stream.of(b), f.blocks().stream()) : Stream.of(b));
    }

    @Test
    void everyFichesFrenchPartyAndEveryActionsBudgetAppear() {
        String text = text(BUNDLED, FRENCH);
        for (Partnership p : BUNDLED.distinctPartnerships()) {
            for (Party party : p.frenchParties()) {
                if (party.role() == PartyRole.PARTY) {
                    assertThat(text).as(p.id()).contains(party.name());
                }
                assertThat(text).as(p.id()).contains(party.raw());
            }
            for (Action a : p.actions()) {
                assertThat(text).as(p.id() + " " + a.number()).contains(a.budget().raw().strip());
            }
        }
    }

    @Test
    void everyFormIsOneFicheWithItsAnchorAndTheSummaryLinksToIt() {
        EditionDocument doc = build(BUNDLED, FRENCH);
        List<String> fiches = doc.blocks().stream().filter(b -> b instanceof Block.Fiche)
                .map(b -> ((Block.Fiche) b).anchor()).toList();
        assertThat(fiches).isEqualTo(BUNDLED.partnerships().stream().map(p -> "fiche-" + p.id()).toList());
        String text = PlainTextRenderer.text(doc);
        fiches.forEach(anchor -> assertThat(text).contains("<#" + anchor + ">"));
        List<String> anchors = new ArrayList<>();
        all(doc).forEach(b -> {
            if (b instanceof Block.Heading h) {
                anchors.add(h.anchor());
            } else if (b instanceof Block.Figure f) {
                anchors.add(f.anchor());
            } else if (b instanceof Block.Fiche f) {
                anchors.add(f.anchor());
            }
        });
        assertThat(new HashSet<>(anchors)).hasSameSizeAs(anchors);
    }

    @Test
    void partsComeInTheSourcesOrder() {
        List<String> parts = build(BUNDLED, FRENCH).blocks().stream()
                .filter(b -> b instanceof Block.Heading h && h.level() == 1)
                .map(b -> ((Block.Heading) b).anchor()).toList();
        // No edition texts in the bundled census yet (or the foreword first when they land).
        List<String> expected = new ArrayList<>();
        if (!BUNDLED.edition().texts().foreword().isEmpty()) {
            expected.add("foreword");
        }
        expected.addAll(List.of("summary", "overview", "region-bamako", "region-kidal", "region-tombouctou",
                "region-gao", "region-mopti", "region-kayes", "region-segou", "region-koulikoro", "region-sikasso",
                "donors", "map", "annex"));
        assertThat(parts).isEqualTo(expected);
    }

    @Test
    void aFormOfTwoRegionsStandsUnderItsFirstAsInTheSourceAndARepeatIsPrintedWhereTheSourcePrintsIt() {
        String text = text(BUNDLED, FRENCH);
        assertThat(text.indexOf("[fiche fiche-thionville-gao ")).isBetween(text.indexOf("# Gao {#region-gao}"),
                text.indexOf("# Mopti {#region-mopti}"));
        assertThat(text.indexOf("[fiche fiche-essonne-douentza-diema-nioro-du-sahel regions=[Mopti, Kayes]"))
                .isBetween(text.indexOf("# Mopti {#region-mopti}"), text.indexOf("# Kayes {#region-kayes}"));
        assertThat(text.indexOf("[fiche fiche-thionville-kenieba-konko ")).isBetween(
                text.indexOf("# Koulikoro {#region-koulikoro}"), text.indexOf("# Sikasso {#region-sikasso}"));
    }

    @Test
    void theSentencesFiguresAreTheComputedOverview() {
        Overview o = Overview.of(BUNDLED.withoutContacts());
        String text = text(BUNDLED, FRENCH);
        assertThat(text).contains("Le recensement compte " + o.forms() + " fiches : " + o.partnerships()
                + " partenariats distincts, entre " + o.frenchAuthorities() + " collectivités et structures "
                + "françaises et " + o.partnerAuthorities() + " collectivités partenaires.");
        assertThat(text).contains(o.continuation().get(ContinuationStatus.YES) + " collectivités et associations "
                + "ont poursuivi leur coopération depuis le 22 mars 2012 ; ");
        assertThat(text).contains(o.budgetTrend().get(TrendDirection.MAINTAIN) + " ont maintenu leur budget 2013, "
                + o.budgetTrend().get(TrendDirection.INCREASE) + " l’ont augmenté, "
                + o.budgetTrend().get(TrendDirection.DECREASE) + " l’ont réduit ; ");
        assertThat(text).contains(o.publicMeetings() + " ont organisé des réunions publiques");
        assertThat(text).contains("Les fiches décrivent " + o.actions() + " actions");
        assertThat(text).contains(o.solidarityFundDonors() + " donateurs ont versé 98\u202F400\u00A0€ au Fonds "
                + "de solidarité des collectivités françaises pour le Mali (liste au 2 juillet 2013).");
        assertThat(o.solidarityFundEur()).isEqualByComparingTo("98400");
        String english = text(BUNDLED, EditionOptions.in(Locale.ENGLISH));
        assertThat(english).contains(o.continuation().get(ContinuationStatus.YES) + " authorities and associations "
                + "have continued their cooperation since 22 March 2012; ");
    }

    @Test
    void chartsAreNumberedFiguresWithComputedAltTextsAndTheMapIsLast() {
        EditionDocument doc = build(BUNDLED, FRENCH);
        List<Block.Figure> figures = doc.blocks().stream().filter(b -> b instanceof Block.Figure)
                .map(b -> (Block.Figure) b).toList();
        assertThat(figures).hasSize(CensusCharts.installed().all().size());
        for (int i = 0; i < figures.size(); i++) {
            assertThat(figures.get(i).number()).isEqualTo(i + 1);
        }
        assertThat(figures.get(figures.size() - 1).anchor()).isEqualTo("figure-map");
        var regions = Breakdown.of(BUNDLED, Dimension.REGION).group("Kayes").orElseThrow();
        assertThat(figures.get(0).anchor()).isEqualTo("figure-regions");
        assertThat(figures.get(0).alt()).startsWith("Partenariats par région : ")
                .contains("Kayes : " + regions.partnerships() + " partenariats");
        assertThat(figures).allSatisfy(f -> assertThat(f.alt()).matches("(?s).*\\d.*"));
        // Drawn on demand, a new chart each time.
        assertThat(figures.get(0).chart().get()).isNotSameAs(figures.get(0).chart().get());
    }

    @Test
    void ficheValuesAreTheRawTextsWithTheirLineBreaks() {
        String text = text(BUNDLED, FRENCH);
        Partnership paris = BUNDLED.partnership("paris-district-bamako").orElseThrow();
        assertThat(text).contains("*Date de formalisation | " + paris.formalisation().raw());
        assertThat(paris.formalisation().raw()).contains("\n");
        assertThat(text).contains("*Poursuite de la coopération depuis le 22 mars 2012 | OUI");
        assertThat(text).contains("*Collectivité partenaire (Mali) | MAIRIE DU DISTRICT DE BAMAKO");
    }

    @Test
    void fichesUpdatedAfterTheDayAskedAreMarkedWithALegend() {
        LocalDate since = LocalDate.of(2013, 9, 1);
        EditionDocument doc = build(BUNDLED, FRENCH.markedSince(since));
        List<String> marked = doc.blocks().stream().filter(b -> b instanceof Block.Fiche f && f.marked())
                .map(b -> ((Block.Fiche) b).anchor()).toList();
        List<String> expected = BUNDLED.partnerships().stream()
                .filter(p -> p.updateDates().stream().anyMatch(d -> d.isAfter(since)))
                .map(p -> "fiche-" + p.id()).toList();
        assertThat(marked).isNotEmpty().isEqualTo(expected).hasSizeLessThan(BUNDLED.partnerships().size());
        String text = PlainTextRenderer.text(doc);
        assertThat(text).contains("NOTE: Les fiches mises à jour après le 1er septembre 2013 sont signalées");
        assertThat(text.lines().filter(l -> l.startsWith("[marked] "))).hasSize(marked.size());
        assertThat(text(BUNDLED, FRENCH)).doesNotContain("[marked]", " marked regions", "mises à jour après");
    }

    @Test
    void englishTranslatesTheLabelsNotTheCensussTexts() {
        String text = text(BUNDLED, EditionOptions.in(Locale.ENGLISH));
        assertThat(text).contains("# Overview {#overview}", "DATE: Updated: 17/05/13",
                "*Partner authority (Mali) | MAIRIE DE BAMAKO", "*Cooperation continued since 22 March 2012 | OUI",
                "[toc: Contents]", "[table DONORS: List as of 2 July 2013]", "[total] *Total | *€98,400");
        assertThat(text).doesNotContain("Mise à jour", "Aperçu général", "Collectivité partenaire");
    }

    @Test
    void theDonorsTableHasItsRawAmountsAndAComputedTotal() {
        String text = text(BUNDLED, FRENCH);
        var fund = BUNDLED.solidarityFund().orElseThrow();
        fund.donors().forEach(d -> assertThat(text).contains(d.name() + " | " + d.amount().raw()));
        assertThat(text).contains("[total] *Total | *98\u202F400\u00A0€");
    }

    @Test
    void theEditionTextsTakeTheirPlacesAndAnnouncedPartnershipsFollowTheirForm() {
        EditionTexts texts = new EditionTexts(
                List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, "**Annexe à l'ouvrage**"),
                        new TextBlock(TextBlock.Kind.PARAGRAPH, "Version au 8 novembre 2013")),
                List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, "Ce recensement a été réalisé en **octobre 2013**.")),
                List.of(new TextBlock(TextBlock.Kind.HEADING, "1. Le contexte"),
                        new TextBlock(TextBlock.Kind.PARAGRAPH, "Voir http://www.cncd.fr/a.")),
                List.of(new TextBlock(TextBlock.Kind.ITEM, "Les intitulés des collectivités correspondent aux "
                        + "renseignements fournis")),
                List.of(new AnnouncedPartnership("Bamako", "Bordeaux/ Bamako (à venir)",
                                Optional.of("grand-lyon-district-bamako")),
                        new AnnouncedPartnership("Koulikoro", "Hennebont/ Mourdiah (à venir)",
                                Optional.of("quetigny-koulikoro"))),
                List.of(), List.of());
        Census census = withTexts(BUNDLED, texts);
        String text = text(census, FRENCH);
        assertThat(text).containsSubsequence("NOTE: Annexe à l'ouvrage", "NOTE: Version au 8 novembre 2013",
                "[toc: Sommaire]", "# Avant-propos", "octobre 2013", "# Fiches renseignées", "NOTE: Nota bene :",
                "- Les intitulés", "[table SUMMARY]", "Grand Lyon / District de Bamako <#fiche-grand-lyon",
                "Bordeaux/ Bamako (à venir)", "Communauté d'agglomération Evry", "Quetigny / Bous / Koulikoro",
                "Hennebont/ Mourdiah (à venir)", "Conseil général des Yvelines", "# Aperçu général",
                "## 1. Le contexte", "Voir http://www.cncd.fr/a <http://www.cncd.fr/a>.", "## Le recensement en");
        assertThat(text).containsOnlyOnce("Version au 8 novembre 2013");
        assertThat(text(census, EditionOptions.in(Locale.ENGLISH))).contains("Bordeaux/ Bamako (announced)")
                .doesNotContain("(à venir)");
        EditionDocument doc = build(census, FRENCH);
        assertThat(all(doc).filter(b -> b instanceof Block.Paragraph p && p.text().stream()
                .anyMatch(i -> i instanceof org.census.publication.internal.document.Inline.Text t && t.bold()
                        && t.text().equals("octobre 2013")))).hasSize(1);
    }

    static Census withTexts(Census census, EditionTexts texts) {
        return new Census(census.edition().withTexts(texts), census.partnerships(), census.solidarityFund(),
                census.statedFigures());
    }

    @Test
    void anEmptyCensusGivesAShortValidDocument() {
        Census empty = new Census(BUNDLED.edition().withTexts(EditionTexts.NONE), List.of(), Optional.empty(),
                List.of());
        EditionDocument doc = build(empty, FRENCH);
        assertThat(doc.blocks()).hasSizeLessThan(15);
        assertThat(doc.blocks()).noneMatch(b -> b instanceof Block.Figure || b instanceof Block.Fiche);
        String text = PlainTextRenderer.text(doc);
        assertThat(text).contains("Le recensement ne compte aucune fiche.").doesNotContain("{0", "{1", "{#summary}");
        assertThat(PlainTextRenderer.text(build(empty, EditionOptions.in(Locale.ENGLISH))))
                .contains("The census holds no form.");
    }

    @Test
    void theAnnexSetsThePrintedFiguresBesideTheComputedOnes() {
        String text = text(BUNDLED, FRENCH);
        Overview o = Overview.of(BUNDLED.withoutContacts());
        assertThat(text).contains("Fiches | 46 | " + o.forms() + " | +" + (o.forms() - 46));
        Census unstated = new Census(BUNDLED.edition(), BUNDLED.partnerships(), BUNDLED.solidarityFund(), List.of());
        assertThat(text(unstated, FRENCH)).doesNotContain("[table RECONCILIATION]", "{#annex}");
    }
}
