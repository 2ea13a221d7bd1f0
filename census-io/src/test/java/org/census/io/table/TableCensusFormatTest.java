package org.census.io.table;

import org.census.CensusFormatException;
import org.census.io.CensusFiles;
import org.census.io.CensusFormats;
import org.census.io.ConvertResult;
import org.census.io.ProgressListener;
import org.census.io.spi.FormatInfo;
import org.census.json.CensusJson;
import org.census.model.Census;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableCensusFormatTest {
    @TempDir
    Path dir;

    private static final String SHEET = String.join("\n",
            "Partenariats 2013",
            "Collectivité française|Partenaire|Région|Action|Montant|Devise",
            "Angers|Bamako|District de Bamako|Santé : CESCO|=150000|FCFA",
            "|||Écoles|=2000|EUR",
            "Total||||=152000|") + "\n";

    /** Warnings reach the listener of the facade; nothing is dropped silently. */
    static final class Heard implements ProgressListener {
        final List<String> warnings = new ArrayList<>();

        @Override
        public void progress(String phase, long done, OptionalLong total) {
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }

    @Test
    void theTableFormatIsListedWithItsExtensionsAndChosenOnlyByName() {
        CensusFormats formats = CensusFormats.installed();
        FormatInfo info = formats.require("table").info();
        assertThat(info.extensions()).containsExactly("csv", "tsv", "txt", "xlsx", "xls", "ods");
        assertThat(info.canRead()).isTrue();
        assertThat(info.canWrite()).isFalse();
        assertThat(info.byExtension()).isFalse();
        assertThat(formats.byExtension("tsv")).isEmpty();
        assertThat(formats.byExtension("csv").map(f -> f.info().name())).contains("csv");
    }

    @Test
    void aSheetConvertsThroughTheFacadeWithItsWarnings() throws IOException {
        Path in = dir.resolve("partenariats.lines");
        Files.writeString(in, SHEET);
        Heard heard = new Heard();
        Path out = dir.resolve("census.json");
        ConvertResult result = CensusFiles.installed().convert(in, out, Optional.of("table"), Optional.empty(),
                UnaryOperator.identity(), UnaryOperator.identity(), heard);
        assertThat(result.partnerships()).isEqualTo(1);
        assertThat(result.actions()).isEqualTo(2);
        Census census = CensusJson.read(out);
        assertThat(census.partnerships()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("angers-bamako");
            assertThat(p.regions()).containsExactly("Bamako");
            assertThat(p.actions().get(0).budget().raw()).isEqualTo("150000 FCFA");
            // Read again from the raw text by the JSON reader: 150,000 CFA francs are 228.67 € at the parity.
            assertThat(p.actions().get(0).budget().lowEur()).contains(new java.math.BigDecimal("228.67"));
            assertThat(p.actions().get(1).budget().raw()).isEqualTo("2000 EUR");
            assertThat(p.actions().get(1).budget().lowEur()).contains(new java.math.BigDecimal("2000"));
        });
        assertThat(census.edition().id()).isEqualTo("ml-2013");
        assertThat(heard.warnings).containsExactly(in + ": Feuil1!5: skipped: a totals row (\"Total\")");
    }

    @Test
    void optionsNameTheSheetTheMappingAndTheEdition() throws IOException {
        Path in = dir.resolve("partenariats.lines");
        Files.writeString(in, SHEET);
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, "{\"headerRow\": 2, \"firstDataRow\": 3, \"columns\": ["
                + "{\"column\": \"A\", \"field\": \"french-party\"}, {\"column\": \"B\", \"field\": \"partner-party\"},"
                + "{\"column\": \"D\", \"field\": \"description\"}]}");
        Census census = CensusFiles.installed().read(in, Optional.of("table:mapping=" + mapping + ",sheet=Feuil1"),
                ProgressListener.NONE);
        assertThat(census.partnerships()).singleElement().satisfies(p -> {
            // The mapping reads no region column: the partner party's name, a place the edition knows, gives it.
            assertThat(p.regions()).containsExactly("Bamako");
            assertThat(p.actions()).extracting(a -> a.description()).containsExactly("Santé : CESCO", "Écoles");
            assertThat(p.actions().get(0).budget().raw()).isEmpty();
        });
        assertThatThrownBy(() -> CensusFiles.installed().read(in, Optional.of("table:colour=red"),
                ProgressListener.NONE)).hasMessage("format table has no option \"colour\"; known options: "
                + "[contacts, delimiter, edition, encoding, mapping, sheet]");
        assertThatThrownBy(() -> CensusFiles.installed().read(in, Optional.of("table:sheet=Autre"),
                ProgressListener.NONE)).hasMessage(in + ": no sheet \"Autre\"; sheets: Feuil1");
    }

    @Test
    void aSheetWithoutATableSaysWhatWasLookedFor() throws IOException {
        Path in = dir.resolve("vide.lines");
        Files.writeString(in, "Bonjour\nRien ici\n");
        assertThatThrownBy(() -> CensusFiles.installed().read(in, Optional.of("table"), ProgressListener.NONE))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage(in + ": no table found: no row of the first 30 of sheet Feuil1 has two headers that "
                        + "name census fields (Collectivité française, Partenaire, Région, Action, Montant...) or "
                        + "HXL hashtags; name the columns in a mapping file");
    }
}
