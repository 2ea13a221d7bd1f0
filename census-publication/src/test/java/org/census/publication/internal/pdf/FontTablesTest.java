package org.census.publication.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FontTablesTest {
    private static byte[] font(String file) throws IOException {
        try (InputStream in = FontTablesTest.class.getResourceAsStream("/org/census/charts/fonts/" + file)) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SourceSans3-Regular.ttf", "SourceSans3-Semibold.ttf"})
    void theChartFontLosesItsSubstitutionsAndKeepsEverythingElse(String file) throws IOException {
        byte[] original = font(file);
        byte[] stripped = FontTables.without(original, Set.of("GSUB"));

        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(stripped)) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getTableMap().keySet()).containsExactlyInAnyOrderElementsOf(
                    before.getTableMap().keySet().stream().filter(tag -> !tag.equals("GSUB")).toList());
            for (String tag : after.getTableMap().keySet()) {
                byte[] was = before.getTableBytes(before.getTableMap().get(tag));
                byte[] is = after.getTableBytes(after.getTableMap().get(tag));
                if (tag.equals("head")) {
                    // Only the checksum adjustment (bytes 8-11) may change.
                    Arrays.fill(was, 8, 12, (byte) 0);
                    Arrays.fill(is, 8, 12, (byte) 0);
                }
                assertThat(is).as(tag).isEqualTo(was);
            }
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            assertThat(after.nameToGID("eacute")).isEqualTo(before.nameToGID("eacute")).isPositive();
        }
    }

    @Test
    void theChecksumsAreTheOnesTheSpecificationAsksFor() throws IOException {
        byte[] stripped = FontTables.without(font("SourceSans3-Regular.ttf"), Set.of("GSUB"));
        // A whole font sums to the magic number once its head carries the adjustment.
        assertThat(FontTables.checksum(stripped, 0, stripped.length)).isEqualTo(0xB1B0AFBAL);
        try (TrueTypeFont font = parse(stripped)) {
            for (TTFTable table : font.getTableMap().values()) {
                byte[] data = font.getTableBytes(table);
                if (table.getTag().equals("head")) {
                    Arrays.fill(data, 8, 12, (byte) 0);
                }
                assertThat(FontTables.checksum(data, 0, data.length)).as(table.getTag())
                        .isEqualTo(table.getCheckSum());
                assertThat(table.getOffset() % 4).as(table.getTag()).isZero();
            }
        }
    }

    @Test
    void aTruncatedDirectoryIsRefused() {
        byte[] header = ByteBuffer.allocate(12).putInt(0x00010000).putShort((short) 20).array();
        assertThatThrownBy(() -> FontTables.without(header, Set.of("GSUB")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past the file's end");
    }
}
