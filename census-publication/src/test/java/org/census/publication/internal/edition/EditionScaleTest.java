package org.census.publication.internal.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.census.io.synthetic.SyntheticCensus;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.census.publication.EditionOptions;
import org.census.publication.PlainTextRenderer;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.EditionDocument;
import org.census.text.DateText;
import org.junit.jupiter.api.Test;

/** Generated censuses: another country with its own regions, and 5,000 partnerships. */
class EditionScaleTest {

    @Test
    void aCensusOfAnotherCountryWithItsOwnRegionsBuilds() {
        List<String> regions = List.of("Centre", "Hauts-Bassins", "Boucle du Mouhoun");
        CensusEdition edition = new CensusEdition("bf-test", "La coopération franco-burkinabè", Optional.empty(),
                "Réseau test", "BF", "fr", LocalDate.of(2014, 6, 30), DateText.parse("2014"),
                LocalDate.of(2014, 1, 1), Optional.empty(), "Réseau test, 2014", regions);
        List<Partnership> forms = IntStream.range(0, 12).mapToObj(i -> inRegion(
                SyntheticCensus.partnership(3, i, 2), regions.get(i % regions.size()))).toList();
        Census census = new Census(edition, forms, Optional.empty(), List.of());
        EditionDocument doc = EditionBuilder.build(census, EditionOptions.in(Locale.FRENCH));
        String text = PlainTextRenderer.text(doc);
        assertThat(text).containsSubsequence("# Centre {#region-centre}", "# Hauts-Bassins {#region-hauts-bassins}",
                "# Boucle du Mouhoun {#region-boucle-du-mouhoun}");
        assertThat(text).contains("*Collectivité partenaire (Burkina Faso)", "depuis le 1er janvier 2014",
                "Le recensement compte 12 fiches", "# Les régions (Burkina Faso)")
                .doesNotContain("(Mali)", "{#donors}", "{#figure-solidarity-fund}");
        assertThat(doc.blocks().stream().filter(b -> b instanceof Block.Fiche)).hasSize(12);
    }

    private static Partnership inRegion(Partnership p, String region) {
        return new Partnership(p.id(), p.sameAs(), region, List.of(region), p.updated(), p.frenchParties(),
                p.partnerParties(), p.thirdCountryParties(), p.contacts(), p.formalisation(), p.governingDocument(),
                p.annualBudget(), p.continuation(), p.budgetTrend(), p.localMeans(), p.actions(), p.perspectives(),
                p.notes());
    }

    /**
     * 5,000 partnerships of 5 actions build within the test JVM's heap: the document holds the census's own strings
     * and suppliers of charts, not images.
     */
    @Test
    void fiveThousandPartnershipsBuild() throws Exception {
        CensusHeader header = SyntheticCensus.header(11);
        List<Partnership> forms = IntStream.range(0, 5000).mapToObj(i -> SyntheticCensus.partnership(11, i, 5))
                .toList();
        Census census = new Census(header.edition(), forms, header.solidarityFund(), header.statedFigures());
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        EditionDocument doc = EditionBuilder.build(census, EditionOptions.in(Locale.FRENCH));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("5,000 partnerships: built in %d ms, document about %d MB beside the census (heap max %d "
                + "MB)%n", millis, Math.max(0, after - before) >> 20, rt.maxMemory() >> 20);
        assertThat(doc.blocks().stream().filter(b -> b instanceof Block.Fiche)).hasSize(5000);
        new PlainTextRenderer().render(doc, OutputStream.nullOutputStream());
    }
}
