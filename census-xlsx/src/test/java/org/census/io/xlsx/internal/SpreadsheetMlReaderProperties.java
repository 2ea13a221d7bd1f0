package org.census.io.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.census.CensusFormatException;
import org.census.io.testing.ByteMutation;

/**
 * Laws of {@link SpreadsheetMlReader}: on generated worksheets, written as Excel, LibreOffice, openpyxl or census
 * write them (prefixes or none, either quote, entities, character references, CDATA, comments, white space in tags,
 * line ends), it sees the same elements, attributes and characters as the StAX parser census reads its other parts
 * with; on any mutation of a sheet (truncated, bytes changed, markup inserted), it reads or refuses in one line.
 */
class SpreadsheetMlReaderProperties {
    /** Characters a cell may hold, those XML escapes among them, and some beyond the BMP. */
    private static final String CHARS = "ab Z09_&<>\"'\t\n\r\u00e9\u00a0\u20ac\u4e2d\ud83d\ude00]=/;#x";

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.of(CHARS.codePoints().mapToObj(Character::toString).toList()).list().ofMaxSize(12)
                .map(l -> String.join("", l)).list().ofMinSize(1).ofMaxSize(6);
    }

    /** One way of writing a sheet: which prefix, which quote, how text is escaped. */
    record Style(String prefix, char quote, int escaping, boolean comments, boolean spaces) {
    }

    @Provide
    Arbitrary<Style> styles() {
        return Combinators.combine(Arbitraries.of("", "x:", "main:"), Arbitraries.of('"', '\''),
                Arbitraries.integers().between(0, 3), Arbitraries.of(false, true), Arbitraries.of(false, true))
                .as(Style::new);
    }

    @Property(tries = 300)
    void seesWhatStaxSees(@ForAll("styles") Style style, @ForAll("texts") List<String> cells,
                          @ForAll @IntRange(min = 0, max = 5) int kind) throws Exception {
        byte[] sheet = sheet(style, cells, kind).getBytes(StandardCharsets.UTF_8);
        assertThat(SpreadsheetMlEvents.ofBytes(sheet)).isEqualTo(SpreadsheetMlEvents.ofStax(sheet));
    }

    /** A sheet of one row of these cells, all of one kind (0-5: inline, rich inline, shared, number, formula, str). */
    static String sheet(Style style, List<String> cells, int kind) {
        String p = style.prefix();
        String ns = p.isEmpty() ? "xmlns" : "xmlns:" + p.substring(0, p.length() - 1);
        char q = style.quote();
        String sp = style.spaces() ? " \n " : " ";
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        x.append('<').append(p).append("worksheet ").append(ns).append("=").append(q)
                .append("http://schemas.openxmlformats.org/spreadsheetml/2006/main").append(q)
                .append(" xmlns:x14ac=").append(q).append("http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac")
                .append(q).append("><").append(p).append("sheetData>");
        x.append('<').append(p).append("row r=").append(q).append('1').append(q).append(" x14ac:dyDescent=")
                .append(q).append("0.25").append(q).append(sp).append('>');
        for (int i = 0; i < cells.size(); i++) {
            String ref = (char) ('A' + i % 26) + "1";
            String text = cells.get(i);
            if (style.comments()) {
                x.append("<!-- cell ").append(ref).append(" -->");
            }
            x.append('<').append(p).append("c").append(sp).append("r=").append(q).append(ref).append(q);
            switch (kind) {
                case 0, 1 -> {
                    x.append(" t=").append(q).append("inlineStr").append(q).append("><").append(p).append("is>");
                    if (kind == 1) {
                        x.append('<').append(p).append("r><").append(p).append("rPr><").append(p)
                                .append("b/></").append(p).append("rPr>");
                    }
                    x.append('<').append(p).append("t xml:space=\"preserve\">").append(escaped(text, style))
                            .append("</").append(p).append("t>");
                    if (kind == 1) {
                        x.append("</").append(p).append("r><").append(p).append("rPh sb=\"0\" eb=\"1\"><").append(p)
                                .append("t>ふ</").append(p).append("t></").append(p).append("rPh>");
                    }
                    x.append("</").append(p).append("is>");
                }
                case 2 -> x.append(" s=").append(q).append("3").append(q).append(" t=").append(q)
                        .append(i % 2 == 0 ? "s" : "&#115;").append(q).append("><").append(p).append("v>")
                        .append(i).append("</").append(p).append("v>");
                case 3 -> x.append("><").append(p).append("v>").append(i).append(".5E-3</").append(p).append("v>");
                case 4 -> x.append(" t=").append(q).append("str").append(q).append("><").append(p).append("f>")
                        .append(escaped(text, style)).append("</").append(p).append("f><").append(p).append("v>")
                        .append(escaped(text, style)).append("</").append(p).append("v>");
                default -> x.append(" t=").append(q).append("e").append(q).append("><").append(p).append("v>")
                        .append("#N/A</").append(p).append("v>");
            }
            x.append("</").append(p).append("c>");
        }
        x.append("</").append(p).append("row><").append(p).append("row r=\"2\" hidden=\"1\"/></").append(p)
                .append("sheetData><").append(p).append("mergeCells count=\"1\"><").append(p)
                .append("mergeCell ref=\"A1:B2\"/></").append(p).append("mergeCells></").append(p)
                .append("worksheet>\n");
        return x.toString();
    }

    /** The text as one writer or another escapes it (0: entities, 1: references, 2: CDATA where it can, 3: mixed). */
    private static String escaped(String text, Style style) {
        if (style.escaping() == 2 && !text.contains("]]>") && !text.contains("\r")) {
            return "<![CDATA[" + text + "]]>";
        }
        StringBuilder s = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean references = style.escaping() == 1 || style.escaping() == 3 && c % 2 == 0;
            switch (c) {
                case '&' -> s.append(references ? "&#38;" : "&amp;");
                case '<' -> s.append(references ? "&#x3C;" : "&lt;");
                case '>' -> s.append(references ? "&#62;" : "&gt;");
                case '"' -> s.append(references ? "&quot;" : "\"");
                case '\'' -> s.append(references ? "&apos;" : "'");
                case '\r' -> s.append("&#13;");
                default -> {
                    if (references && c > 0x7f) {
                        s.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }

    /** A sheet as a spreadsheet saves it, for the mutations below. */
    private static final byte[] SHEET = sheet(new Style("", '"', 0, true, false),
            List.of("Partenariat", "Kayes & <Mopti>", "\u00e9t\u00e9 \ud83d\ude00", "a\r\nb", "1 500 \u20ac"), 1)
            .getBytes(StandardCharsets.UTF_8);

    private static final List<String> MARKUP = List.of("<", ">", "</c>", "</row>", "<c>", "<![CDATA[", "]]>", "&",
            "&#0;", "&#xD800;", "&bogus;", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "<!--", "-->", "<?pi ", "?>", "\"",
            "'", "=", "\u00ff", "\u0000", "<x:row>", "</sheetData>", "<v>", "<t>", "/>", "\r");

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.of(MARKUP);
    }

    @Property(tries = 300)
    void anyMutationReadsOrIsRefusedInOneLine(@ForAll("mutations") List<ByteMutation> flips,
                                               @ForAll @IntRange(min = 0, max = 100_000) int cut,
                                               @ForAll("markup") String inserted,
                                               @ForAll @IntRange(min = 0, max = 100_000) int at,
                                               @ForAll @IntRange(min = 0, max = 2) int how) {
        byte[] mutated = switch (how) {
            case 0 -> ByteMutation.apply(SHEET, flips);
            case 1 -> java.util.Arrays.copyOf(SHEET, cut % SHEET.length);
            default -> insert(SHEET, at % SHEET.length, inserted);
        };
        readsOrRefuses(mutated);
    }

    @Provide
    Arbitrary<List<ByteMutation>> mutations() {
        return ByteMutation.lists();
    }

    static void readsOrRefuses(byte[] part) {
        try {
            SpreadsheetMlEvents.ofBytes(part);
        } catch (XMLStreamException | CensusFormatException e) {
            assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300);
        } catch (java.io.IOException e) {
            throw new AssertionError("a byte array cannot fail to be read", e);
        }
    }

    private static byte[] insert(byte[] bytes, int at, String markup) {
        byte[] m = markup.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[bytes.length + m.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(m, 0, out, at, m.length);
        System.arraycopy(bytes, at, out, at + m.length, bytes.length - at);
        return out;
    }
}
