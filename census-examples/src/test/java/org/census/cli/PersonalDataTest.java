package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import org.census.bundled.BundledCensus;
import org.census.json.CensusJson;
import org.census.model.Census;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Partnership;
import org.census.model.PlaceLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, point 13: without {@code --include-contacts}, no file a command writes and nothing it prints names a person
 * of the bundled census (a contact, by full name or by surname, or a person its texts name); with it, they are there.
 * The names come from the data. Charts in PNG are not read: they draw figures, regions and domains, never a
 * partnership's text, and their SVG twins, whose text is read, draw the same labels.
 */
class PersonalDataTest {
    private static final Census BUNDLED = BundledCensus.load();
    /** Written without the contacts, then with them. */
    private static final Map<String, String> PUBLISHED = new LinkedHashMap<>();
    private static final Map<String, String> WITH_CONTACTS = new LinkedHashMap<>();
    /** Names searched regardless of case; surnames as the source prints them, in capitals. */
    private static final Set<String> NAMES = new TreeSet<>();
    private static final Set<String> SURNAMES = new TreeSet<>();
    /** The forms whose questionnaires are written: the two whose texts name the most persons. */
    private static final List<Partnership> FORMS = BUNDLED.partnerships().stream().filter(p -> !p.isRepeat())
            .sorted(Comparator.comparingInt((Partnership p) -> p.personalParts().size()).reversed()).limit(2)
            .toList();

    @TempDir
    static Path dir;

    @BeforeAll
    static void runEveryCommandWithAndWithoutContacts() throws Exception {
        for (Partnership p : BUNDLED.partnerships()) {
            for (Contact c : p.contacts()) {
                if (!c.name().isBlank()) {
                    NAMES.add(c.name());
                    SURNAMES.add(surname(c.name()));
                }
            }
            NAMES.addAll(p.personalParts());
        }
        // The edition's credits and the persons its texts name (issue 12, point 2).
        NAMES.addAll(BUNDLED.edition().texts().personalParts());
        // A surname is distinctive unless it is also the name of a body or a place ("MICHEL" of Saint-Michel).
        String places = BUNDLED.partnerships().stream().flatMap(p -> Stream.concat(Stream.of(p.sourceSection()),
                Stream.concat(p.regions().stream(), p.parties().flatMap(party -> Stream.concat(
                        Stream.of(party.name(), party.raw()), party.place().stream().map(PlaceLevel::name))))))
                .collect(Collectors.joining("\n"));
        SURNAMES.removeIf(s -> s.length() < 3 || holds(folded(places), folded(s)));
        Path full = dir.resolve("full.json");
        CensusJson.write(BUNDLED, full);

        // Each command once; where two commands share a writer (report and convert), each of its paths once.
        printed("overview", "overview", "full.json", "--lang", "fr");
        run("convert", "full.json", "out.json");
        run("convert", "full.json", "actions.csv");
        run("convert", "full.json", "partnerships.csv", "--to", "csv:table=partnerships");
        printed("report", "report", "full.json", "--out", "report");
        run("charts", "full.json", "--format", "svg", "--out", "charts");
        Files.createDirectories(dir.resolve("filled"));
        for (Partnership p : FORMS) {
            run("template", "full.json", "--partnership", p.id(), "-o", "template-" + p.id() + ".xlsx");
            run("template", "full.json", "--partnership", p.id(), "-o", "filled/" + p.id() + ".xlsx",
                    "--include-contacts");
        }
        run("import", "filled", "-o", "imported.json");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(f).toString();
                if (!name.equals("full.json") && !name.startsWith("filled/")) {
                    text(f).ifPresent(t -> PUBLISHED.put(name, t));
                }
            }
        }

        Files.createDirectories(dir.resolve("with"));
        run("convert", "full.json", "with/partnerships.csv", "--to", "csv:table=partnerships", "--include-contacts");
        run("report", "full.json", "--out", "with/report", "--include-contacts");
        run("import", "filled", "-o", "with/imported.json", "--include-contacts");
        try (Stream<Path> files = Files.walk(dir.resolve("with"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                text(f).ifPresent(t -> WITH_CONTACTS.put(dir.relativize(f).toString(), t));
            }
        }
        for (Partnership p : FORMS) {
            WITH_CONTACTS.put("filled/" + p.id() + ".xlsx", text(dir.resolve("filled/" + p.id() + ".xlsx")).get());
        }
    }

    /** The part of a name printed in capitals ("LE MARCHAND", "OULD-ISSA"), else its last word ("Fournier"). */
    static String surname(String name) {
        Matcher m = Pattern.compile("\\p{Lu}[\\p{Lu}'-]+(?: \\p{Lu}[\\p{Lu}'-]+)*").matcher(name);
        return m.find() ? m.group() : name.substring(name.lastIndexOf(' ') + 1);
    }

    private static void run(String... args) throws Exception {
        Cli.Run r = Cli.run(dir, args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
    }

    private static void printed(String what, String... args) throws Exception {
        Cli.Run r = Cli.run(dir, args);
        assertThat(r.code()).as(what + ": " + r.err()).isZero();
        PUBLISHED.put("(standard output of " + what + ")", r.out() + r.err());
    }

    /** The text a person sees in a file: XML parts of a workbook and SVG without their markup. */
    private static java.util.Optional<String> text(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".png")) {
            return java.util.Optional.empty();
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder all = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(f))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    all.append(withoutMarkup(new String(zip.readAllBytes(), StandardCharsets.UTF_8))).append('\n');
                }
            }
            return java.util.Optional.of(all.toString());
        }
        String content = Files.readString(f, StandardCharsets.UTF_8);
        return java.util.Optional.of(name.endsWith(".svg") ? withoutMarkup(content) : content);
    }

    private static String withoutMarkup(String xml) {
        String text = xml.replaceAll("<[^>]*>", " ");
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(code)));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    /** Without accents, so that "TOURÉ" is also found as "TOURE". */
    private static String folded(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The names and surnames a text holds, each whole (not inside a longer word). */
    static Set<String> personsIn(String text) {
        String folded = folded(text);
        String lower = folded.toLowerCase(java.util.Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        for (String n : NAMES) {
            if (holds(lower, folded(n).toLowerCase(java.util.Locale.ROOT))) {
                found.add(n);
            }
        }
        for (String s : SURNAMES) {
            if (holds(folded, folded(s))) {
                found.add(s);
            }
        }
        return found;
    }

    private static boolean holds(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text)
                .find();
    }

    @Test
    void theNamesComeFromTheData() {
        assertThat(NAMES).hasSizeGreaterThan(92).contains("Hamala HAIDARA", "Stéphane Fournier", "Mathilde Lestra",
                "Michel Delebarre", "c.koukoui@cites-unies-france.org");
        assertThat(SURNAMES).contains("LE MARCHAND", "OULD-ISSA", "SARAMBOUNOU", "Fournier", "MIGUEL", "TOURÉ");
        assertThat(SURNAMES).doesNotContain("MICHEL");
        assertThat(FORMS).extracting(Partnership::id).containsExactly("thionville-gao",
                "saint-sebastien-sur-loire-kati");
    }

    @Test
    void nothingWrittenOrPrintedWithoutTheContactsNamesAPerson() {
        assertThat(PUBLISHED.keySet()).contains("out.json", "actions.csv", "partnerships.csv", "report/census.json",
                "report/census.xlsx", "report/overview.md",
                "report/overview.json", "report/charts/map.svg", "charts/domains.svg", "imported.json",
                "template-saint-sebastien-sur-loire-kati.xlsx", "(standard output of overview)");
        Map<String, Set<String>> leaks = new LinkedHashMap<>();
        PUBLISHED.forEach((file, text) -> {
            Set<String> found = personsIn(text);
            if (!found.isEmpty()) {
                leaks.put(file, found);
            }
        });
        assertThat(leaks).as("persons named in files written without --include-contacts").isEmpty();
        assertThat(PUBLISHED.get("out.json")).contains("[personne], maire de Kati")
                .contains("[personne], président de Cités Unies France").contains("\"texts\"")
                .doesNotContain("\"credits\"");
    }

    /** The report's census is the whole census with the contacts, and the census less its contacts without. */
    @Test
    void theReportsCensusHasTheContactsOnlyWhenAsked() {
        assertThat(CensusJson.read(dir.resolve("with/report/census.json"))).isEqualTo(BUNDLED);
        assertThat(CensusJson.read(dir.resolve("report/census.json"))).isEqualTo(BUNDLED.withoutContacts());
    }

    @Test
    void withTheContactsTheNamesAreThere() {
        assertThat(personsIn(WITH_CONTACTS.get("with/report/census.json"))).containsAll(NAMES);
        assertThat(personsIn(WITH_CONTACTS.get("with/report/census.xlsx"))).containsAll(NAMES);
        // The partnerships table holds the local means, not the actions.
        Set<String> quoted = new TreeSet<>();
        BUNDLED.partnerships().forEach(p -> p.personalParts().stream().filter(p.localMeans()::contains)
                .forEach(quoted::add));
        assertThat(quoted).contains("Hamala HAIDARA", "M. Oumar BATHILY");
        assertThat(personsIn(WITH_CONTACTS.get("with/partnerships.csv"))).containsAll(quoted);
        for (Partnership p : FORMS) {
            // A questionnaire holds one contact per side, the first.
            Set<String> own = new TreeSet<>(p.personalParts());
            for (ContactSide side : ContactSide.values()) {
                p.contacts().stream().filter(c -> c.side() == side).findFirst().map(Contact::name)
                        .filter(n -> !n.isBlank()).ifPresent(own::add);
            }
            assertThat(personsIn(WITH_CONTACTS.get("filled/" + p.id() + ".xlsx"))).as(p.id()).containsAll(own);
            assertThat(personsIn(WITH_CONTACTS.get("with/imported.json"))).as(p.id()).containsAll(own);
        }
    }
}
