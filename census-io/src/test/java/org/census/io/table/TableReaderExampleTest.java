package org.census.io.table;

import org.census.bundled.BundledCensus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The library without the tool, in a few lines: propose a mapping, save it, read the file with it. */
class TableReaderExampleTest {
    @TempDir
    Path dir;

    @Test
    void proposeSaveAndRead() throws IOException {
        Path file = dir.resolve("partenariats.lines");
        Files.writeString(file, "Collectivité française|Partenaire|Région|Projet|Coût\n"
                + "Angers|Bamako|Bamako|Forage|=12000\nLille|Bandiagara|Mopti|École|=8000\n");

        TableReader reader = TableReader.of(BundledCensus.load());
        TableProposal proposal = reader.propose(file);
        Path saved = dir.resolve("mapping.json");
        Files.writeString(saved, proposal.mapping().toJson());
        TableMapping mapping = TableMapping.read(Files.newInputStream(saved), saved.toString());
        TableCensus read = reader.read(file, Optional.of(mapping));

        assertThat(proposal.columns()).extracting(c -> c.field().map(TableField::key).orElse("-"))
                .containsExactly("french-party", "partner-party", "region", "action", "budget");
        assertThat(read.census().partnerships()).extracting(p -> p.id() + " " + p.regions() + " "
                + p.actions().get(0).budget().lowEur().orElseThrow()).containsExactly("angers-bamako [Bamako] 12000",
                "lille-bandiagara [Mopti] 8000");
        assertThat(read.report().warnings()).isEmpty();
        assertThat(read.census().edition().id()).isEqualTo("ml-2013");
    }
}
