package org.census.io.sheets.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.census.bundled.BundledCensus;
import org.census.io.table.TableCensus;
import org.census.io.table.TableReader;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.model.Party;

/**
 * The fixtures of the table format (census-xlsx/src/test/resources/org/census/io/table/fixtures, made by
 * make_fixtures.py from the bundled census) read through the real sheet readers, and the bundled census their values
 * come from.
 */
final class Fixtures {
    static final Census BUNDLED = BundledCensus.load();
    private static final Path DIR = Path.of("src/test/resources/org/census/io/table/fixtures");

    private Fixtures() {
    }

    static Path file(String name) {
        return DIR.resolve(name);
    }

    /** The fixture read with the mapping its headers propose, the bundled census as the edition. */
    static TableCensus read(String name) {
        return TableReader.of(BUNDLED).read(file(name), Optional.empty());
    }

    /** How a warning about that fixture begins: the file as the reader names it, then the sheet. */
    static String at(String name, String sheet) {
        return file(name) + ": " + sheet + "!";
    }

    static Partnership bundled(String id) {
        return BUNDLED.partnerships().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    static Partnership get(TableCensus read, String id) {
        return read.census().partnerships().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no " + id + " in " + read.census().partnerships().stream()
                        .map(Partnership::id).toList()));
    }

    static List<String> names(List<Party> parties) {
        return parties.stream().map(Party::name).toList();
    }

    /**
     * The actions read say what the bundled census's actions say: the same texts (domain as written, description,
     * period as written) and, where the form states one amount, the same euros.
     */
    static void sameAsBundled(List<Action> read, List<Action> bundled) {
        assertThat(read).hasSameSizeAs(bundled);
        for (int i = 0; i < bundled.size(); i++) {
            Action got = read.get(i);
            Action want = bundled.get(i);
            assertThat(got.description()).as("description of action %d", i + 1).isEqualTo(want.description());
            assertThat(got.domain().raw()).as("domain of action %d", i + 1).isEqualTo(want.domain().raw());
            assertThat(got.domain().category()).as("category of action %d", i + 1)
                    .isEqualTo(want.domain().category());
            assertThat(got.budget().exactEur()).as("euros of action %d", i + 1).isEqualTo(want.budget().exactEur());
        }
    }

    /** The periods of the actions as written. */
    static List<String> periods(List<Action> actions) {
        return actions.stream().map(a -> a.period().raw()).toList();
    }

    /** The budgets of the actions as written. */
    static List<String> budgets(List<Action> actions) {
        return actions.stream().map(a -> a.budget().raw()).toList();
    }
}
