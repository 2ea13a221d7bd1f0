package org.census.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;

import org.census.CensusFormatException;
import org.census.Location;
import org.junit.jupiter.api.Test;

/** Files made to exhaust the reader, made on the fly: never a real gigabyte on disk. */
class CsvSheetHostileTest {
    private static final long GIGABYTE = 1L << 30;

    /** A gigabyte of one pattern repeated, counting what is read of it. */
    private static final class Repeated extends InputStream {
        private final byte[] pattern;
        private final long size;
        private long delivered;

        Repeated(String pattern, long size) {
            this.pattern = pattern.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() {
            return delivered < size ? pattern[(int) (delivered++ % pattern.length)] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (delivered >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - delivered);
            for (int i = 0; i < n; i++) {
                b[off + i] = pattern[(int) ((delivered + i) % pattern.length)];
            }
            delivered += n;
            return n;
        }
    }

    @Test
    void aGigabyteCsvOfOneLineIsRefusedAfterAboutAMegabyte() {
        Repeated line = new Repeated("x".repeat(99) + ",", GIGABYTE);
        long start = System.nanoTime();
        assertThatThrownBy(() -> CsvSheets.rows(line, "huge.csv", ""))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("huge.csv: huge!" + Location.columnLetters(10_001) + "1: a row longer than 1,000,000 "
                        + "characters; is the delimiter right?");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        // A megabyte of characters, plus what was decoded ahead of them.
        assertThat(line.delivered).isBetween(1_000_000L, 1_000_000L + 3 * CsvRowReader.BUFFER_CHARS);
        assertThat(elapsedMillis).as("milliseconds to refuse it").isLessThan(5_000);
    }

    @Test
    void aGigabyteQuotedCellIsRefusedAtTheCellLimit() {
        Repeated cell = new Repeated("\"" + "y".repeat(1023), GIGABYTE);
        assertThatThrownBy(() -> CsvSheets.rows(cell, "quote.csv", "delimiter=comma"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("quote.csv: quote!A1: a cell longer than 32,767 characters");
        assertThat(cell.delivered).isLessThan(200_000);
    }

    @Test
    void aGigabyteOfDelimitersIsRefusedAtTheColumnLimit() {
        Repeated commas = new Repeated(";", GIGABYTE);
        assertThatThrownBy(() -> CsvSheets.rows(commas, "wide.csv", ""))
                .isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("wide.csv: wide!XFE1: more than 16,384 columns in one row");
        assertThat(commas.delivered).isLessThan(200_000);
    }
}
