package org.census.io.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.census.CensusFormatException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableMappingTest {
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = TableMapping.class.getResourceAsStream(TableMapping.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static TableMapping read(String json) {
        return TableMapping.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mapping.json");
    }

    @Provide
    Arbitrary<TableMapping> mappings() {
        Arbitrary<TableMapping.Column> columns = Combinators.combine(
                Arbitraries.strings().alpha().numeric().withChars(" éÉ/()").ofMinLength(1).ofMaxLength(30)
                        .filter(s -> !s.isBlank()).optional(),
                Arbitraries.integers().between(1, 16_384).map(org.census.io.table.spi.SheetCell::columnName)
                        .optional(),
                Arbitraries.of(TableField.class).optional(),
                Arbitraries.of("EUR", "XOF", "FCFA", "USD").optional())
                .filter((h, l, f, c) -> h.isPresent() || l.isPresent())
                .as((h, l, f, c) -> new TableMapping.Column(h, l, f, f.filter(x -> x == TableField.BUDGET)
                        .flatMap(x -> c)));
        return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.of(1, 2),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).optional(),
                columns.list().ofMaxSize(12).uniqueElements(c -> c.letter().isPresent() ? c.letter()
                        : c.header()))
                .as((row, rows, sheet, cols) -> {
                    TableMapping.Builder b = TableMapping.builder().headerRow(row).headerRows(rows)
                            .firstDataRow(row + rows);
                    sheet.ifPresent(b::sheet);
                    cols.forEach(b::column);
                    return b.build();
                });
    }

    @Property(tries = 100)
    void aMappingReadsBackAsWrittenAndTheSchemaValidatesIt(@ForAll("mappings") TableMapping mapping)
            throws Exception {
        String json = mapping.toJson();
        assertThat(read(json)).isEqualTo(mapping);
        JsonNode doc = new ObjectMapper().readTree(json);
        assertThat(SCHEMA.validate(doc)).isEmpty();
    }

    @Test
    void aMinimalMappingFile() {
        TableMapping m = read("{\"columns\": [{\"header\": \"Commune\", \"field\": \"french-party\"},"
                + " {\"column\": \"f\", \"field\": \"budget\", \"currency\": \"XOF\"},"
                + " {\"header\": \"Remarques\", \"field\": \"ignored\"}]}");
        assertThat(m.headerRow()).isEqualTo(1);
        assertThat(m.firstDataRow()).isEqualTo(2);
        assertThat(m.sheet()).isEmpty();
        assertThat(m.columns()).containsExactly(TableMapping.Column.of("Commune", TableField.FRENCH_PARTY),
                new TableMapping.Column(Optional.empty(), Optional.of("F"), Optional.of(TableField.BUDGET),
                        Optional.of("XOF")),
                new TableMapping.Column(Optional.of("Remarques"), Optional.empty(), Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void unknownKeysAreRefusedWithTheirPath() {
        assertThatThrownBy(() -> read("{\"columns\": [{\"header\": \"A\", \"field\": \"region\", \"colour\": 1}]}"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("mapping.json: /columns/0/colour: unknown key; known keys: [column, currency, field, "
                        + "header]");
        assertThatThrownBy(() -> read("{\"columns\": [], \"sheets\": \"x\"}"))
                .hasMessage("mapping.json: /sheets: unknown key; known keys: [columns, firstDataRow, hashtagRow, "
                        + "headerRow, headerRows, sheet]");
    }

    @Test
    void badValuesAreRefusedWithTheirPathAndWhatIsExpected() {
        assertThatThrownBy(() -> read("{\"columns\": [{\"header\": \"A\", \"field\": \"pays\"}]}"))
                .hasMessageStartingWith("mapping.json: /columns/0/field: no field \"pays\"; fields: [id, "
                        + "french-party,");
        assertThatThrownBy(() -> read("{\"columns\": [{\"column\": \"A1\", \"field\": \"region\"}]}"))
                .hasMessage("mapping.json: /columns/0: column \"A1\" is not a column letter A to XFD");
        assertThatThrownBy(() -> read("{\"columns\": [{\"header\": \"A\", \"field\": \"region\", "
                + "\"currency\": \"XOF\"}]}"))
                .hasMessage("mapping.json: /columns/0: a currency is given for budget columns only, not for "
                        + "region column \"A\"");
        assertThatThrownBy(() -> read("{\"headerRow\": 3, \"firstDataRow\": 2, \"columns\": []}"))
                .hasMessage("mapping.json: /: firstDataRow 2 is not below the header (row 3)");
        assertThatThrownBy(() -> read("{\"headerRow\": 0, \"columns\": []}"))
                .hasMessage("mapping.json: /headerRow: a row number from 1 is expected");
        assertThatThrownBy(() -> read("[1]")).hasMessage("mapping.json: /: a mapping file is a JSON object");
        assertThatThrownBy(() -> read("{\"columns\": [{\"header\": \"A\"}]}"))
                .hasMessageStartingWith("mapping.json: /columns/0: a column needs a \"field\" (one of [id,");
    }

    @Test
    void aMappingFileOverTheLimitIsRefusedHavingReadOnlyThatFar() {
        byte[] big = new byte[TableMapping.MAX_FILE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> TableMapping.read(new ByteArrayInputStream(big), "big.json"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("big.json: a mapping file holds at most 1000000 bytes");
    }

    @Test
    void aHeaderOverTheLimitIsRefused() {
        String header = "x".repeat(TableMapping.MAX_NAME_LENGTH + 1);
        assertThatThrownBy(() -> read("{\"columns\": [{\"header\": \"" + header + "\", \"field\": \"id\"}]}"))
                .hasMessage("mapping.json: /columns/0: header must be 1 to 1000 characters, got 1001");
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
        for (String bad : List.of("{\"columns\": [{\"header\": \"A\", \"field\": \"pays\"}]}",
                "{\"columns\": [{\"field\": \"region\"}]}", "{\"columns\": [], \"x\": 1}",
                "{\"headerRows\": 3, \"columns\": []}")) {
            assertThat(SCHEMA.validate(new ObjectMapper().readTree(bad))).as(bad).isNotEmpty();
        }
    }
}
