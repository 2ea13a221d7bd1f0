package org.census.io.csv;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.census.io.csv.CsvSheets.describe;
import static org.census.io.csv.CsvSheets.rows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.census.CensusException;
import org.census.CensusFormatException;
import org.census.Location;
import org.census.io.spi.FormatOptions;
import org.census.io.table.spi.CellKind;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetFormat;
import org.census.io.table.spi.SheetRow;
import org.junit.jupiter.api.Test;

class CsvSheetFormatTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String FRENCH = "Collectivité;Région;Montant\r\nRégion Île-de-France;Ségou;1,5\r\n"
            + "Ville de Nîmes;Kayes;2 500,75\r\n";
    private static final List<String> FRENCH_ROWS = List.of("1: A=Collectivité B=Région C=Montant",
            "2: A=Région Île-de-France B=Ségou C=1,5", "3: A=Ville de Nîmes B=Kayes C=2 500,75");

    @Test
    void isFoundByTheServiceLoaderAsCsv() {
        SheetFormat csv = ServiceLoader.load(SheetFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("csv")).findFirst().orElseThrow();
        assertThat(csv.extensions()).containsExactly("csv", "tsv", "txt");
        assertThat(csv.recognises("a,b\n".getBytes(UTF_8))).isFalse();
    }

    @Test
    void aBookHasOneSheetNamedAfterTheFile() {
        try (SheetBook book = new CsvSheetFormat().open(new ByteArrayInputStream(new byte[0]),
                "C:\\données\\partenariats.2013.csv", FormatOptions.NONE)) {
            assertThat(book.sheetNames()).containsExactly("partenariats.2013");
            assertThatThrownBy(() -> book.read("Feuil1", r -> true)).isInstanceOf(CensusException.class)
                    .hasMessage("C:\\données\\partenariats.2013.csv: no sheet \"Feuil1\"; a CSV file has one, "
                            + "\"partenariats.2013\"");
        }
    }

    @Test
    void everyCellIsTextAndEmptyCellsAndBlankLinesAreLeftOut() {
        List<SheetRow> rows = rows("a,,c\n\n,  ,\n,x,\n", UTF_8, "");
        assertThat(describe(rows)).containsExactly("1: A=a C=c", "4: B=x");
        assertThat(rows.get(0).cells()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(CellKind.TEXT));
    }

    @Test
    void frenchExcelWindows1252IsDetected() {
        byte[] bytes = FRENCH.getBytes(CP1252);
        assertThat(bytes).contains((byte) 0xE9);
        assertThat(describe(rows(bytes, ""))).isEqualTo(FRENCH_ROWS);
    }

    @Test
    void utf8IsReadWithAndWithoutItsByteOrderMark() {
        byte[] plain = FRENCH.getBytes(UTF_8);
        assertThat(plain).containsSequence((byte) 0xC3, (byte) 0xA9);
        assertThat(describe(rows(plain, ""))).isEqualTo(FRENCH_ROWS);
        assertThat(describe(rows(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain), "")))
                .isEqualTo(FRENCH_ROWS);
    }

    @Test
    void utf16WithItsByteOrderMarkIsReadLittleAndBigEndian() {
        assertThat(describe(rows(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(UTF_16LE)), "")))
                .isEqualTo(FRENCH_ROWS);
        assertThat(describe(rows(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH.getBytes(UTF_16BE)), "")))
                .isEqualTo(FRENCH_ROWS);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefusedAtItsFirstNulWithTheFix() {
        assertThatThrownBy(() -> rows(FRENCH.getBytes(UTF_16LE), ""))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("data/test.csv: test!A1: a NUL character at line 1, which a text file never holds: is "
                        + "it a UTF-16 file without its byte order mark (give encoding=utf-16), or no text file?");
        assertThat(describe(rows(FRENCH.getBytes(UTF_16LE), "encoding=utf-16"))).isEqualTo(FRENCH_ROWS);
        assertThat(describe(rows(FRENCH.getBytes(UTF_16BE), "encoding=utf-16"))).isEqualTo(FRENCH_ROWS);
    }

    @Test
    void anEncodingOptionForcesTheEncoding() {
        assertThat(describe(rows(FRENCH, ISO_8859_1, "encoding=ISO-8859-1"))).isEqualTo(FRENCH_ROWS);
        assertThat(describe(rows(FRENCH, CP1252, "encoding=windows-1252"))).isEqualTo(FRENCH_ROWS);
        // Forced UTF-8 on 1252 bytes: an error at the first é, not a guess.
        assertThatThrownBy(() -> rows(FRENCH, CP1252, "encoding=utf-8"))
                .hasMessage("data/test.csv: test!A1: byte 0xE9 is not utf-8 at line 1; give the file's encoding "
                        + "(encoding=iso-8859-1|utf-16|utf-8|windows-1252)");
        assertThatThrownBy(() -> rows(FRENCH, UTF_8, "encoding=ebcdic"))
                .hasMessage("format option encoding=ebcdic: expected one of [iso-8859-1, utf-16, utf-8, "
                        + "windows-1252]");
    }

    @Test
    void windows1252ThatIsAsciiForTheFirst64KbIsRefusedAtTheLineOfItsFirstAccent() {
        StringBuilder text = new StringBuilder("nom;montant\n");
        int line = 1;
        while (text.length() < CsvDecoder.DETECTION_BYTES + 10) {
            text.append("Kayes;1500\n");
            line++;
        }
        text.append("Ségou;2000\n");
        line++;
        int accentLine = line;
        assertThatThrownBy(() -> rows(text.toString(), CP1252, ""))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("data/test.csv: test!A" + accentLine + ": byte 0xE9 is not UTF-8 at line " + accentLine
                        + "; the first 64 KB were UTF-8: save the file as UTF-8 or give encoding=windows-1252");
        assertThat(rows(text.toString(), CP1252, "encoding=windows-1252")).hasSize(accentLine)
                .last().extracting(r -> r.text(1)).isEqualTo("Ségou");
    }

    @Test
    void invalidUtf8AfterABomIsRefusedWithItsPlace() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "a,b\nc,d".getBytes(UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> rows(bytes, "")).isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("data/test.csv: test!B2: byte 0xC3 is not UTF-8 at line 2; give the file's "
                        + "encoding");
    }

    @Test
    void bytesWindows1252LeavesUndefinedAreRefused() {
        byte[] bytes = concat("a;b\n".getBytes(UTF_8), new byte[] {(byte) 0xE9, ';', (byte) 0x81, '\n'});
        assertThatThrownBy(() -> rows(bytes, "")).isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("data/test.csv: test!B2: byte 0x81 is not windows-1252 at line 2");
    }

    @Test
    void aLoneSurrogateInUtf16IsRefused() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, ',', 0, 0x00, (byte) 0xD8, 'b', 0};
        assertThatThrownBy(() -> rows(bytes, "")).isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("data/test.csv: test!B1: bytes 0x00 0xD8")
                .hasMessageContaining("not UTF-16LE at line 1");
    }

    @Test
    void theDelimiterIsTheOneThatSplitsConsistently() {
        assertThat(describe(rows("a,b,c\n1,2,3\n", UTF_8, ""))).containsExactly("1: A=a B=b C=c", "2: A=1 B=2 C=3");
        assertThat(describe(rows("a\tb\n1,5\t2\n", UTF_8, ""))).containsExactly("1: A=a B=b", "2: A=1,5 B=2");
        assertThat(describe(rows("a|b\n1|2\n", UTF_8, ""))).containsExactly("1: A=a B=b", "2: A=1 B=2");
        // French decimals: commas inside the numbers, semicolons between them.
        assertThat(describe(rows("Montant;Taux\n1,5;2,25\n3,5;4\n", UTF_8, "")))
                .containsExactly("1: A=Montant B=Taux", "2: A=1,5 B=2,25", "3: A=3,5 B=4");
        assertThat(describe(rows("Région;Montant\nKayes;1,5\nGao;2,5\n", UTF_8, "")))
                .containsExactly("1: A=Région B=Montant", "2: A=Kayes B=1,5", "3: A=Gao B=2,5");
        // A delimiter inside quotes does not count.
        assertThat(describe(rows("\"a;b\",c\n\"d;e\",f\n", UTF_8, "")))
                .containsExactly("1: A=a;b B=c", "2: A=d;e B=f");
        // One column: nothing splits, every line is one cell.
        assertThat(describe(rows("Kayes\nGao\n", UTF_8, ""))).containsExactly("1: A=Kayes", "2: A=Gao");
    }

    @Test
    void aDelimiterOptionForcesItAndTsvMeansTab() {
        assertThat(describe(rows("a;b,c\n", UTF_8, "delimiter=comma"))).containsExactly("1: A=a;b B=c");
        assertThat(describe(rows("a;b,c\n", UTF_8, "delimiter=semicolon"))).containsExactly("1: A=a B=b,c");
        assertThat(describe(rows("a|b\tc\n", UTF_8, "delimiter=PIPE"))).containsExactly("1: A=a B=b\tc");
        assertThat(describe(rows(new ByteArrayInputStream("a,b\tc,d\n".getBytes(UTF_8)), "x.TSV", "")))
                .containsExactly("1: A=a,b B=c,d");
        assertThatThrownBy(() -> rows("a\n", UTF_8, "delimiter=space"))
                .hasMessage("format option delimiter=space: expected one of [comma, pipe, semicolon, tab]");
    }

    @Test
    void quotingFollowsRfc4180AndSpreadsheets() {
        String csv = "\"a \"\"quoted\"\" word\",\"two\nlines\",\"x,y\"\r\n"
                + "\"a\" ; \"b\"\n"
                + "plain \"stray\" quote,  spaced  ,\"end\"tail\r"
                + "\"\",\"  \",last";
        assertThat(describe(rows(csv, UTF_8, "delimiter=comma"))).containsExactly(
                "1: A=a \"quoted\" word B=two\nlines C=x,y",
                "2: A=a ; \"b\"",
                "3: A=plain \"stray\" quote B=  spaced   C=endtail",
                "4: C=last");
        assertThat(describe(rows("\"a\" ; \"b\"\n\"c\" ;\"d\"\n", UTF_8, "")))
                .containsExactly("1: A=a B=b", "2: A=c B=d");
    }

    @Test
    void lineEndsMayBeCrlfLfOrCrAndTheLastMayBeMissing() {
        assertThat(describe(rows("a,b\r\nc,d\re,f\ng,h", UTF_8, "")))
                .containsExactly("1: A=a B=b", "2: A=c B=d", "3: A=e B=f", "4: A=g B=h");
        assertThat(describe(rows("\"x\r\ny\",b\r\n\r\nc,d\r\n", UTF_8, "")))
                .containsExactly("1: A=x\r\ny B=b", "3: A=c B=d");
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingTheLineWhereTheCellBegan() {
        assertThatThrownBy(() -> rows("a,b\nc,\"d\ne\nf\n", UTF_8, ""))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("data/test.csv: test!B2: the quoted cell opened at line 2 is not closed at the end of "
                        + "the file; close it with a quote")
                .satisfies(e -> assertThat(((CensusFormatException) e).location())
                        .isEqualTo(Location.cell("test", 2, 2)));
    }

    @Test
    void aNulByteIsRefused() {
        assertThatThrownBy(() -> rows("a,b\nc,d\0e\n", UTF_8, "")).isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("data/test.csv: test!B2: a NUL character at line 2");
    }

    @Test
    void aCellOverTheLimitIsRefused() {
        String csv = "a,b\nc," + "x".repeat(32_768) + "\n";
        assertThatThrownBy(() -> rows(csv, UTF_8, "")).isInstanceOf(CensusFormatException.class)
                .hasMessage("data/test.csv: test!B2: a cell longer than 32,767 characters (what a spreadsheet cell "
                        + "holds)");
        assertThat(rows("c," + "x".repeat(32_767), UTF_8, "").get(0).text(2)).hasSize(32_767);
    }

    @Test
    void aQuotedCellOverTheLimitNamesTheOpenQuote() {
        String csv = "a,b\nc,\"" + "x\n".repeat(20_000);
        assertThatThrownBy(() -> rows(csv, UTF_8, "")).isInstanceOf(CensusFormatException.class)
                .hasMessage("data/test.csv: test!B2: a cell longer than 32,767 characters (what a spreadsheet cell "
                        + "holds), or is the quote opened at line 2 left open");
    }

    @Test
    void aRowOverTheLimitIsRefused() {
        String cell = "y".repeat(199);
        String csv = "a,b\n" + (cell + ",").repeat(6_000);
        assertThatThrownBy(() -> rows(csv, UTF_8, "")).isInstanceOf(CensusFormatException.class)
                .hasMessage("data/test.csv: test!" + Location.columnLetters(5_001) + "2: a row longer than "
                        + "1,000,000 characters; is the delimiter right?")
                .satisfies(e -> assertThat(((CensusFormatException) e).location().row()).hasValue(2));
    }

    @Test
    void aRowOfTwentyThousandColumnsIsRefused() {
        String csv = "a;b\n" + "x;".repeat(20_000) + "\n";
        assertThatThrownBy(() -> rows(csv, UTF_8, "")).isInstanceOf(CensusFormatException.class)
                .hasMessage("data/test.csv: test!XFE2: more than 16,384 columns in one row (what a spreadsheet "
                        + "holds); is the delimiter right?");
        List<SheetRow> widest = rows("x;".repeat(16_383) + "last", UTF_8, "");
        assertThat(widest.get(0).cells()).hasSize(16_384).last().extracting(c -> c.column()).isEqualTo(16_384);
    }

    @Test
    void aSheetIsReadAgainFromItsFirstRowAndTheVisitorMayStop() {
        StringBuilder csv = new StringBuilder("n;carré\n");
        for (int i = 1; i <= 60_000; i++) {
            csv.append(i).append(";é").append((long) i * i).append('\n'); // 1252 after the window: read from the spool
        }
        byte[] bytes = csv.toString().getBytes(CP1252);
        assertThat(bytes.length).isGreaterThan(CsvSpool.MEMORY_BYTES * 3);
        try (SheetBook book = new CsvSheetFormat().open(new ByteArrayInputStream(bytes), "carrés.csv",
                FormatOptions.NONE)) {
            List<SheetRow> top = new ArrayList<>();
            book.read("carrés", r -> top.add(r) && top.size() < 3);
            assertThat(describe(top)).containsExactly("1: A=n B=carré", "2: A=1 B=é1", "3: A=2 B=é4");
            List<SheetRow> all = new ArrayList<>();
            book.read("carrés", all::add);
            assertThat(all).hasSize(60_001);
            assertThat(all.get(60_000).text(2)).isEqualTo("é3600000000");
            List<SheetRow> again = new ArrayList<>();
            book.read("carrés", again::add);
            assertThat(again).isEqualTo(all);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
