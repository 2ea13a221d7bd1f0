package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.census.publication.Editions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * census publish: its options, and a clean failure while no edition format is installed (the renderers are plugins
 * of census-publication; once they are, each --format writes edition.FORMAT).
 */
class PublishCommandTest {

    private static PublishCommand parsed(String... args) {
        CommandLine cl = CensusCommand.commandLine();
        List<CommandLine> parsed = cl.parseArgs(args).asCommandLineList();
        return (PublishCommand) parsed.get(parsed.size() - 1).getCommand();
    }

    @Test
    void optionsAreRead() {
        PublishCommand c = parsed("publish", "census.json", "--out", "out", "--format", "html,PDF", "--lang", "en",
                "--since", "01/09/2013", "--include-contacts");
        assertThat(c.census).isEqualTo("census.json");
        assertThat(c.out).isEqualTo(Path.of("out"));
        assertThat(c.formats).containsExactly("html", "PDF");
        assertThat(c.language.locale()).isEqualTo(Locale.UK);
        assertThat(c.since).isEqualTo(LocalDate.of(2013, 9, 1));
        assertThat(c.contacts.includeContacts).isTrue();
        PublishCommand defaults = parsed("publish");
        assertThat(defaults.census).isNull();
        assertThat(defaults.out).isEqualTo(Path.of("census-report"));
        assertThat(defaults.formats).isNull();
        assertThat(defaults.since).isNull();
        assertThat(defaults.contacts.includeContacts).isFalse();
        assertThat(parsed("publish", "--since", "2013-09-01").since).isEqualTo(LocalDate.of(2013, 9, 1));
    }

    @Test
    void aFormatNotInstalledFailsInOneLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("edition");
        List<String> installed = Editions.formats();
        String listed = installed.isEmpty() ? "none" : String.join(", ", installed);
        // Until the renderers are registered, the default formats are not installed.
        if (!installed.contains("docx")) {
            var r = CensusCommandTest.run("publish", "--out", out.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("census: no format docx installed; edition formats installed: "
                    + listed + "\n");
        }
        var odt = CensusCommandTest.run("publish", "--out", out.toString(), "--format", "odt", "--lang", "en");
        assertThat(odt.code()).isEqualTo(1);
        assertThat(odt.err()).isEqualTo("census: no format odt installed; edition formats installed: " + listed
                + "\n");
        var json = CensusCommandTest.run("publish", "--out", out.toString(), "--format", "json");
        assertThat(json.err()).isEqualTo("census: no format json installed; edition formats installed: " + listed
                + "\n");
        assertThat(out).doesNotExist();
        try (var listing = Files.list(dir)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        var date = CensusCommandTest.run("publish", "--since", "2013-13-01");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("'2013-13-01' is not a date; write 2013-07-11 or 11/07/2013");
        var none = CensusCommandTest.run("publish", "--format", ",");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--format names no format; write docx, html or pdf, comma-separated");
        var lang = CensusCommandTest.run("publish", "--lang", "de");
        assertThat(lang.code()).isEqualTo(1);
        assertThat(lang.err()).startsWith("census: --lang de: census speaks en, fr");
    }

    @Test
    void helpListsTheFilesWritten() {
        var r = CensusCommandTest.run("publish", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("edition.docx", "edition.html", "edition.pdf", "--include-contacts",
                "--since=DATE");
    }
}
