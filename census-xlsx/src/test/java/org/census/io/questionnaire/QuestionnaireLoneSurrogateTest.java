package org.census.io.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.census.bundled.BundledCensus;
import org.census.io.xlsx.TestWorkbooks;
import org.census.model.CensusEdition;
import org.census.model.Partnership;

/** A questionnaire's cell never gives the model half a character: an {@code _xD800_} escape refuses the file. */
class QuestionnaireLoneSurrogateTest {
    private static final CensusEdition MALI = BundledCensus.load().edition();
    private static final Partnership FIRST = BundledCensus.load().partnerships().get(0);

    @TempDir
    Path dir;

    /** The filled questionnaire with its shared string {@code from} replaced by {@code to}. */
    private byte[] questionnaire(String from, String to) throws IOException {
        Path file = dir.resolve("modele.xlsx");
        QuestionnaireTemplate.write(file, MALI, FIRST);
        return TestWorkbooks.withPart(Files.readAllBytes(file), "xl/sharedStrings.xml", content -> {
            String xml = new String(content, StandardCharsets.UTF_8);
            assertThat(xml).contains(">" + from + "</t>");
            return xml.replace(">" + from + "</t>", ">" + to + "</t>").getBytes(StandardCharsets.UTF_8);
        });
    }

    private ImportResult imported(byte[] workbook) throws IOException {
        return QuestionnaireImport.run(List.of(Files.write(dir.resolve("fiche.xlsx"), workbook)), MALI);
    }

    @Test
    void anEscapedLoneSurrogateRefusesTheFileNamingTheCell() throws IOException {
        String name = FIRST.partnerParties().get(0).raw(); // the line the questionnaire holds
        ImportResult result = imported(questionnaire(name, name + " _xDBFF_"));
        assertThat(result.census().partnerships()).isEmpty();
        assertThat(result.issues()).hasSize(1);
        ImportIssue issue = result.issues().get(0);
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.location().sheet()).isPresent();
        assertThat(issue.location().row()).isPresent();
        assertThat(issue.message()).startsWith("classeur refusé : a lone surrogate U+DBFF at character "
                + (name.length() + 2) + " of the text").doesNotContain("\n");
    }

    @Test
    void anEscapedPairIsRead() throws IOException {
        String name = FIRST.partnerParties().get(0).raw(); // the line the questionnaire holds
        ImportResult result = imported(questionnaire(name, name + " _xD83D__xDE00_"));
        assertThat(result.census().partnerships()).hasSize(1);
        assertThat(result.census().partnerships().get(0).partnerParties().get(0).raw()).endsWith(" 😀");
    }
}
