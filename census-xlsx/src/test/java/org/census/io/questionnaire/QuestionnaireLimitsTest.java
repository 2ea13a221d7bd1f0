package org.census.io.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.census.Location;
import org.census.bundled.BundledCensus;
import org.census.io.xlsx.ClassFiles;
import org.census.io.xlsx.TestWorkbooks;
import org.census.io.xlsx.internal.XlsxLimits;
import org.census.model.CensusEdition;

/**
 * A questionnaire is refused, before POI builds its object model, when it exceeds any of
 * {@link XlsxLimits#QUESTIONNAIRE}: one test per limit, each just past it.
 */
class QuestionnaireLimitsTest {
    private static final CensusEdition MALI = BundledCensus.load().edition();
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String ACTIONS = "xl/worksheets/sheet2.xml";

    @TempDir
    Path dir;

    /** A questionnaire filled with a partnership of the bundled census, as a person would receive it. */
    private byte[] questionnaire() throws IOException {
        Path file = dir.resolve("modele.xlsx");
        QuestionnaireTemplate.write(file, MALI, BundledCensus.load().partnerships().get(0));
        return Files.readAllBytes(file);
    }

    /** The one error that importing this workbook gives. */
    private ImportIssue refused(byte[] workbook) throws IOException {
        Path file = Files.write(dir.resolve("fiche.xlsx"), workbook);
        ImportResult result = QuestionnaireImport.run(List.of(file), MALI);
        assertThat(result.census().partnerships()).isEmpty();
        assertThat(result.issues()).hasSize(1);
        ImportIssue issue = result.issues().get(0);
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.message()).startsWith("classeur refusé : ").doesNotContain("\n");
        return issue;
    }

    private static byte[] digits(long count, long seed) {
        Random random = new Random(seed);
        byte[] b = new byte[(int) count];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) ('0' + random.nextInt(10));
        }
        return b;
    }

    private static byte[] xml(String root, String content) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + root + " xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\">" + content + "</" + root + ">").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theLimitsLeaveRoomForAHundredTimesARealQuestionnaire() throws IOException {
        byte[] real = questionnaire();
        assertThat((long) real.length * 100).isLessThan(XlsxLimits.QUESTIONNAIRE.fileBytes());
        Path file = Files.write(dir.resolve("fiche.xlsx"), real);
        assertThat(QuestionnaireImport.run(List.of(file), MALI).census().partnerships()).hasSize(1);
    }

    @Test
    void fileLargerThanTenMegabytesIsRefused() throws IOException {
        Random random = new Random(1);
        byte[] picture = new byte[10_500_000];
        random.nextBytes(picture);
        ImportIssue issue = refused(TestWorkbooks.withParts(questionnaire(), Map.of("xl/media/image1.png", picture)));
        assertThat(issue.location()).isEqualTo(Location.NONE);
        assertThat(issue.message()).matches("classeur refusé : 10,5[0-9,]+ bytes, larger than the 10,485,760 bytes "
                + "of the largest workbook read here");
    }

    @Test
    void moreThanAHundredZipEntriesAreRefused() throws IOException {
        Map<String, byte[]> extra = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            extra.put("customXml/item" + i + ".xml", xml("item", ""));
        }
        assertThat(refused(TestWorkbooks.withParts(questionnaire(), extra)).message())
                .matches("classeur refusé : 1[0-9][0-9] zip entries, more than the 100 a workbook may have here");
    }

    @Test
    void partInflatingToMoreThanFiveMegabytesIsRefused() throws IOException {
        ImportIssue issue = refused(TestWorkbooks.withParts(questionnaire(), Map.of("xl/media/image1.png",
                digits(5_500_000, 2))));
        assertThat(issue.location()).isEqualTo(Location.part("xl/media/image1.png"));
        assertThat(issue.message()).isEqualTo("classeur refusé : inflates to 5,500,000 bytes, more than the "
                + "5,242,880 a part may here");
    }

    @Test
    void partsInflatingToMoreThanTenMegabytesTogetherAreRefused() throws IOException {
        ImportIssue issue = refused(TestWorkbooks.withParts(questionnaire(), Map.of("xl/media/image1.png",
                digits(4_000_000, 3), "xl/media/image2.png", digits(4_000_000, 4), "xl/media/image3.png",
                digits(4_000_000, 5))));
        assertThat(issue.message()).isEqualTo("classeur refusé : the parts inflate to more than 10,485,760 bytes "
                + "together, the most a workbook may here");
    }

    @Test
    void moreThanTenThousandRowsAreRefused() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 10_001; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        ImportIssue issue = refused(TestWorkbooks.withParts(questionnaire(), Map.of(ACTIONS, xml("worksheet",
                "<sheetData>" + rows + "</sheetData>"))));
        assertThat(issue.location()).isEqualTo(Location.part(ACTIONS));
        assertThat(issue.message()).isEqualTo("classeur refusé : the workbook's sheets have more than 10,000 rows, "
                + "the most read here");
    }

    @Test
    void moreThanAQuarterOfAMillionXmlNodesAreRefused() throws IOException {
        // 130,000 shared strings of two elements each: 260,000 elements, in a 3 MB part.
        StringBuilder strings = new StringBuilder();
        for (int i = 0; i < 130_000; i++) {
            strings.append("<si><t>").append(i).append("</t></si>");
        }
        ImportIssue issue = refused(TestWorkbooks.withParts(questionnaire(), Map.of(SHARED_STRINGS, xml("sst",
                strings.toString()))));
        assertThat(issue.location()).isEqualTo(Location.part(SHARED_STRINGS));
        assertThat(issue.message()).isEqualTo("classeur refusé : the workbook holds more than 250,000 XML elements "
                + "and attributes, the most read here (its object model would be made of them)");
    }

    /** 100,000 distinct element names, 900 KB: refused by the pass that counts, before POI parses them, in seconds. */
    @Test
    void moreThanAThousandDistinctXmlNamesInAPartAreRefused() throws IOException {
        StringBuilder names = new StringBuilder("<row r=\"1\">");
        for (int i = 0; i < 100_000; i++) {
            names.append("<x").append(i).append("/>");
        }
        long start = System.nanoTime();
        ImportIssue issue = refused(TestWorkbooks.withParts(questionnaire(), Map.of(ACTIONS, xml("worksheet",
                "<sheetData>" + names + "</row></sheetData>"))));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(5));
        assertThat(issue.location()).isEqualTo(Location.part(ACTIONS));
        assertThat(issue.message()).isEqualTo("classeur refusé : more than 1,000 distinct XML element and attribute "
                + "names, the most a part may use here (a sheet uses about 20)");
    }

    /** Regression (issue 10, point 9): the shared strings' count attributes are optional, and not needed. */
    @Test
    void sharedStringsWithoutTheirOptionalCountsAreImported() throws IOException {
        byte[] withoutCounts = TestWorkbooks.withPart(questionnaire(), SHARED_STRINGS, sst -> new String(sst,
                StandardCharsets.UTF_8).replaceFirst(" count=\"[0-9]+\"", "")
                .replaceFirst(" uniqueCount=\"[0-9]+\"", "").getBytes(StandardCharsets.UTF_8));
        assertThat(new String(TestWorkbooks.partOf(withoutCounts, SHARED_STRINGS), StandardCharsets.UTF_8))
                .startsWith("<?xml").doesNotContain("ount=");
        Path file = Files.write(dir.resolve("fiche.xlsx"), withoutCounts);
        ImportResult result = QuestionnaireImport.run(List.of(file), MALI);
        assertThat(result.census().partnerships()).singleElement().extracting(p -> p.id())
                .isEqualTo(BundledCensus.load().partnerships().get(0).id());
    }

    /** The same check as for every other workbook census reads. */
    @Test
    void zipBombIsRefused() throws IOException {
        ImportIssue issue = refused(TestWorkbooks.withFiller(questionnaire(), "xl/styles.xml", "?>", (byte) ' ',
                5_000_000));
        assertThat(issue.location()).isEqualTo(Location.part("xl/styles.xml"));
        assertThat(issue.message()).contains("-fold").endsWith("more than the 200-fold a workbook part may: a zip "
                + "bomb");
    }

    /**
     * Nested elements, in a part POI parses whole (the document properties here, the workbook too): 5,000 levels of
     * them overflowed the stack inside POI. Refused at the 101st level, before POI parses anything.
     */
    @Test
    void xmlNestedDeeperThanTheLimitIsRefused() throws IOException {
        int depth = 5_000;
        ImportIssue issue = refused(TestWorkbooks.withPart(questionnaire(), "docProps/core.xml", core -> {
            String xml = new String(core, StandardCharsets.UTF_8);
            int end = xml.lastIndexOf("</");
            return (xml.substring(0, end) + "<a>".repeat(depth) + "</a>".repeat(depth) + xml.substring(end))
                    .getBytes(StandardCharsets.UTF_8);
        }));
        assertThat(issue.location()).isEqualTo(Location.part("docProps/core.xml"));
        assertThat(issue.message()).isEqualTo("classeur refusé : XML elements nested more than "
                + XlsxLimits.QUESTIONNAIRE.objectModel().orElseThrow().depth() + " deep, the most read here");
    }

    /**
     * An out-of-memory error or a stack overflow is the JVM's problem, not the file's: the import does not catch
     * them (the limits above keep questionnaires from causing them), so they are not turned into a file's error.
     * Checked on the class files: no catch names these types. A catch of Throwable cannot be told apart this way
     * (try-with-resources compiles to one), so the code review keeps that out.
     */
    @Test
    void errorsAreNotCaught() throws IOException {
        List<Class<?>> types = new ArrayList<>(List.of(QuestionnaireImport.class.getDeclaredClasses()));
        types.add(QuestionnaireImport.class);
        for (Class<?> type : types) {
            byte[] code = ClassFiles.of(type);
            for (String error : List.of("java/lang/OutOfMemoryError", "java/lang/StackOverflowError",
                    "java/lang/VirtualMachineError", "java/lang/Error")) {
                assertThat(ClassFiles.names(code, error)).as(type + " names " + error).isFalse();
            }
        }
    }
}
