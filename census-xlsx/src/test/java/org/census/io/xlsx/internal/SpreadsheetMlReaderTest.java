package org.census.io.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.census.CensusFormatException;
import org.junit.jupiter.api.Test;

/** {@link SpreadsheetMlReader} on what writers put in parts, on malformed XML and at each limit. */
class SpreadsheetMlReaderTest {
    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    private static List<String> events(String xml) throws Exception {
        return SpreadsheetMlEvents.ofBytes(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Exception refusal(String xml) {
        return refusal(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Exception refusal(byte[] xml) {
        try {
            SpreadsheetMlEvents.ofBytes(xml);
        } catch (XMLStreamException | CensusFormatException e) {
            assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300);
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("read: " + org.census.internal.Messages.cut(new String(xml, StandardCharsets.UTF_8),
                200));
    }

    @Test
    void readsReferencesCdataAndLineEndsAsXmlDoes() throws Exception {
        assertThat(events("<?xml version=\"1.0\"?>\n<w " + NS + "><c r='A1' t=\"s\"><v>a &amp; b &lt;&gt;&quot;"
                + "&apos; &#233;&#xe9; &#x1F600;</v><v>x\r\ny\rz</v><v><![CDATA[<b>&amp;\r\n]]></v></c></w>"))
                .containsExactly("<?w>", "<c r=A1 t=s>", "<v>", "\"a & b <>\"' éé \ud83d\ude00\"", "</v>", "<v>",
                        "\"x\ny\nz\"", "</v>", "<v>", "\"<b>&amp;\n\"", "</v>", "</c>", "</?w>");
    }

    @Test
    void readsPrefixedNamesAndNormalisesAttributeValues() throws Exception {
        assertThat(events("<x:w xmlns:x=\"urn:x\"><x:row r=\"1\" x14ac:dyDescent=\"0.25\" xmlns:t=\"u\"><x:c "
                + "r=\"A\t1\" t=\"&#115;\"/></x:row></x:w>"))
                .containsExactly("<?w>", "<row r=1>", "<c r=A 1 t=s>", "</c>", "</row>", "</?w>");
    }

    @Test
    void passesOverCommentsAndProcessingInstructions() throws Exception {
        assertThat(events("<?xml version=\"1.0\"?><!-- a -- b ---><w><!-- <c> --><?pi <c>?><c/>a<!---->b</w>"
                + "<!-- end -->\n"))
                .containsExactly("<?w>", "<c>", "</c>", "\"ab\"", "</?w>");
    }

    @Test
    void readsUtf16AndDeclaredEncodings() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"%s\"?><w><t>été €</t></w>";
        List<String> expected = List.of("<?w>", "<t>", "\"été €\"", "</t>", "</?w>");
        for (String charset : List.of("UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32BE", "ISO-8859-15")) {
            byte[] bytes = String.format(xml, charset).getBytes(Charset.forName(charset));
            assertThat(SpreadsheetMlEvents.ofBytes(bytes)).as(charset).isEqualTo(expected);
        }
        byte[] bom = ("\ufeff" + String.format(xml, "UTF-8")).getBytes(StandardCharsets.UTF_8);
        assertThat(SpreadsheetMlEvents.ofBytes(bom)).isEqualTo(expected);
        assertThat(refusal(String.format(xml, "x-unknown")).getMessage())
                .contains("declares the encoding \"X-UNKNOWN\", which is not read here");
    }

    @Test
    void longTextComesInChunksThatSplitNoCharacterOrReference() throws Exception {
        String text = "é&amp;€\r\n\ud83d\ude00x".repeat(30_000);
        List<String> events = events("<w><t>" + text + "</t></w>");
        String read = "é&€\n\ud83d\ude00x".repeat(30_000);
        assertThat(events).containsExactly("<?w>", "<t>", "\"" + read + "\"", "</t>", "</?w>");
        List<String> cdata = events("<w><t><![CDATA[" + "é]]]€".repeat(30_000) + "]]></t></w>");
        assertThat(cdata.get(2)).isEqualTo("\"" + "é]]]€".repeat(30_000) + "\"");
    }

    @Test
    void refusesADoctypeAndUndeclaredEntities() {
        assertThat(refusal("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w>&x;"
                + "</w>").getMessage()).startsWith("a DOCTYPE declaration: no DTD or entity declaration is read here");
        assertThat(refusal("<w><t>&x;</t></w>").getMessage())
                .startsWith("an entity reference (&x;) the part does not declare");
        assertThat(refusal("<w><t>a & b</t></w>").getMessage()).startsWith("a '&' that starts no reference");
        assertThat(refusal("<w><t>&#0;</t></w>").getMessage()).contains("to no character XML allows");
        assertThat(refusal("<w><t>&#xD800;</t></w>").getMessage()).contains("to no character XML allows");
        assertThat(refusal("<w><t>&#x110000;</t></w>").getMessage()).contains("to no character XML allows");
    }

    @Test
    void refusesMalformedMarkup() {
        assertThat(refusal("<w><row></c></w>").getMessage()).startsWith("</c> closes <row>");
        assertThat(refusal("<w><row>").getMessage()).startsWith("the part ends inside <row>");
        assertThat(refusal("<w><row r=\"1").getMessage()).startsWith("the part ends inside a tag");
        assertThat(refusal("<w><t><![CDATA[abc").getMessage()).startsWith("the part ends inside a CDATA section");
        assertThat(refusal("<w><!-- abc").getMessage()).startsWith("the part ends inside a comment");
        assertThat(refusal("<w/><w/>").getMessage()).startsWith("a second root element");
        assertThat(refusal("<w/>text").getMessage()).startsWith("text after the root element");
        assertThat(refusal("").getMessage()).startsWith("the part has no root element");
        assertThat(refusal("<w><c r=\"A1\" r=\"B1\"/></w>").getMessage()).startsWith("an attribute given twice");
        assertThat(refusal("<w><c r=A1/></w>").getMessage()).startsWith("an attribute value without quotes");
        assertThat(refusal("<w><c r=\"<\"/></w>").getMessage()).startsWith("a '<' in an attribute value");
        assertThat(refusal("<w></></w>").getMessage()).startsWith("a tag without a name");
    }

    @Test
    void refusesBadUtf8InTextItReads() {
        for (byte[] bad : List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xc0,
                (byte) 0x80}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xef,
                (byte) 0xbf, (byte) 0xbf}, new byte[] {1})) {
            byte[] xml = concat("<w><t>a".getBytes(StandardCharsets.UTF_8), bad,
                    "</t></w>".getBytes(StandardCharsets.UTF_8));
            assertThat(refusal(xml).getMessage()).containsAnyOf("not UTF-8", "which XML does not allow");
        }
    }

    private static String limit(String xml) {
        return ((CensusFormatException) refusal(xml)).problem();
    }

    @Test
    void eachLimitIsRefusedNamingIt() {
        String deep = "<e>".repeat(XlsxLimits.XML_DEPTH + 1);
        assertThat(limit("<w>" + deep)).isEqualTo("elements nested more than 100 deep, the most "
                + "read here");
        assertThat(limit("<w><" + "n".repeat(XlsxLimits.XML_NAME_BYTES + 1) + "/></w>"))
                .isEqualTo("an XML name of more than 1,024 bytes, the most read here");
        assertThat(limit("<w><c r=\"" + "1".repeat(XlsxLimits.XML_TAG_BYTES) + "\"/></w>"))
                .isEqualTo("a <c> start tag of more than 65,536 bytes, the most read here");
        StringBuilder many = new StringBuilder("<w><x");
        for (int i = 0; i <= XlsxLimits.XML_ATTRIBUTES; i++) {
            many.append(" a").append(i).append("=''");
        }
        assertThat(limit(many + "/></w>")).isEqualTo("an element with more than 10,000 attributes, "
                + "the most read here");
    }

    /** An element no one reads may have a start tag of any length: it is streamed, not held. */
    @Test
    void longStartTagsOfOtherElementsAreStreamed() throws Exception {
        String sqref = "A1 ".repeat(200_000);
        assertThat(events("<w><selection sqref=\"" + sqref + "\"/><c/></w>"))
                .containsExactly("<?w>", "<?selection>", "</?selection>", "<c>", "</c>", "</?w>");
    }

    /** Time linear in the part: 50 MB of markup of every kind read in seconds, in a buffer of fixed size. */
    @Test
    void largePartsAreReadInLinearTime() throws Exception {
        String row = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Kayes &amp; Mopti</t></is></c><!-- c -->"
                + "<c r=\"B1\"><v>1.5</v></c><x a=\"b\">text</x></row>";
        StringBuilder xml = new StringBuilder("<w>");
        while (xml.length() < 50_000_000) {
            xml.append(row);
        }
        byte[] bytes = xml.append("</w>").toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        int[] count = new int[1];
        SpreadsheetMlReader reader = SpreadsheetMlReader.open(new java.io.ByteArrayInputStream(bytes), "t.xlsx",
                org.census.Location.part("p.xml"));
        while (reader.next() != SpreadsheetMlReader.END_DOCUMENT) {
            count[0]++;
        }
        assertThat(count[0]).isGreaterThan(4_000_000);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    /** Empty CDATA sections make no event and take no stack, however many follow one another. */
    @Test
    void aMillionEmptyCdataSectionsAreNothing() throws Exception {
        assertThat(events("<w><t>a" + "<![CDATA[]]>".repeat(1_000_000) + "b</t></w>"))
                .containsExactly("<?w>", "<t>", "\"ab\"", "</t>", "</?w>");
    }

    /** A stream that gives one byte a read: a long start tag is not read again for each byte. */
    @Test
    void aStreamOfOneByteAReadIsReadInLinearTime() throws Exception {
        String tag = "<c r=\"A1\" " + "x=\"1\" ".repeat(9_000) + "t=\"s\">";
        byte[] xml = ("<w>" + (tag + "<v>1</v></c>").repeat(20) + "</w>").getBytes(StandardCharsets.UTF_8);
        java.io.InputStream slow = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(xml)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        long start = System.nanoTime();
        SpreadsheetMlReader reader = SpreadsheetMlReader.open(slow, "t.xlsx", org.census.Location.part("p.xml"));
        int cells = 0;
        for (int e = reader.next(); e != SpreadsheetMlReader.END_DOCUMENT; e = reader.next()) {
            if (e == SpreadsheetMlReader.START && reader.name() == SpreadsheetMlReader.C) {
                assertThat(reader.attribute(SpreadsheetMlReader.T)).isEqualTo("s");
                cells++;
            }
        }
        assertThat(cells).isEqualTo(20);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aByteArrayTooShortForAnythingIsRefusedNotThrown() {
        for (String xml : List.of("<", "<w", "</", "<!", "<!-", "<?", "<w><", "<w>&", "<w><t>&#", "\u00ff")) {
            Exception e = refusal(xml);
            assertThat(e).isInstanceOfAny(XMLStreamException.class, CensusFormatException.class);
        }
        assertThatThrownBy(() -> events("<w>")).isInstanceOf(XMLStreamException.class);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
