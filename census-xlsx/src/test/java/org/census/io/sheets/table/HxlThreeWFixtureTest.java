package org.census.io.sheets.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.io.sheets.table.Fixtures.at;
import static org.census.io.sheets.table.Fixtures.bundled;
import static org.census.io.sheets.table.Fixtures.budgets;
import static org.census.io.sheets.table.Fixtures.get;
import static org.census.io.sheets.table.Fixtures.names;
import static org.census.io.sheets.table.Fixtures.periods;
import static org.census.io.sheets.table.Fixtures.sameAsBundled;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.census.io.table.TableCensus;
import org.census.io.table.TableReader;
import org.census.model.Action;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;

/**
 * hxl-3w.csv: a humanitarian 3W table, human headers over a row of HXL hashtags that decide the fields, regions spelt
 * without accents beside their p-codes, ISO dates, and a contact column (personal data).
 */
class HxlThreeWFixtureTest {
    private static final String NAME = "hxl-3w.csv";
    /** The periods make_fixtures.py wrote as start and end dates; actions with another period are not in the file. */
    private static final Set<String> DATED = Set.of("Octobre à décembre 2012", "Année 2012", "Septembre 2012",
            "Décembre 2012", "Février 2013");

    private final TableCensus read = Fixtures.read(NAME);

    /** The bundled actions the file holds: one stated amount and a period it could write as two dates. */
    private static List<Action> inFile(String id) {
        return bundled(id).actions().stream().filter(a -> a.budget().exactEur().isPresent()
                && DATED.contains(a.period().raw())).toList();
    }

    @Test
    void theHashtagsDecideAndItConvertsFieldByField() {
        assertThat(read.report().mapping().hashtagRow()).hasValue(2);
        assertThat(read.report().mapping().firstDataRow()).isEqualTo(3);
        assertThat(read.census().partnerships()).extracting(Partnership::id)
                .containsExactly("angouleme-segou", "gentilly-duguwolowila");

        Partnership angouleme = get(read, "angouleme-segou");
        assertThat(names(angouleme.frenchParties())).containsExactly("Angoulême");
        assertThat(names(angouleme.partnerParties())).containsExactly("Ségou");
        // "Segou" in the #adm1+name column, ML04 beside it: the edition's "Ségou".
        assertThat(angouleme.regions()).containsExactly("Ségou").isEqualTo(bundled("angouleme-segou").regions());
        sameAsBundled(angouleme.actions(), inFile("angouleme-segou"));
        assertThat(angouleme.actions()).hasSize(6);
        assertThat(periods(angouleme.actions())).containsExactly("01/10/2012 - 31/12/2012",
                "01/01/2012 - 31/12/2012", "01/12/2012 - 31/12/2012", "01/09/2012 - 30/09/2012",
                "01/09/2012 - 30/09/2012", "01/09/2012 - 30/09/2012");
        Action first = angouleme.actions().get(0);
        assertThat(first.period().earliest()).hasValue(LocalDate.of(2012, 10, 1));
        assertThat(first.period().latest()).hasValue(LocalDate.of(2012, 12, 31));
        assertThat(budgets(angouleme.actions())).containsExactly("9150 EUR", "1172 EUR", "800 EUR", "2217 EUR",
                "2209 EUR", "7623 EUR");

        Partnership gentilly = get(read, "gentilly-duguwolowila");
        assertThat(gentilly.regions()).containsExactly("Koulikoro");
        sameAsBundled(gentilly.actions(), inFile("gentilly-duguwolowila"));
        assertThat(gentilly.actions()).singleElement().satisfies(a -> {
            assertThat(a.period().earliest()).hasValue(LocalDate.of(2013, 2, 1));
            assertThat(a.period().latest()).hasValue(LocalDate.of(2013, 2, 28));
        });
    }

    @Test
    void contactsAreLeftOutUnlessAskedFor() {
        assertThat(read.census().partnerships()).allSatisfy(p -> assertThat(p.contacts()).isEmpty());
        assertThat(read.report().warnings()).containsExactly(at(NAME, "hxl-3w") + "K3: contact persons are "
                + "personal data and are left out; ask for them to read them (--include-contacts)");

        TableCensus withContacts = TableReader.of(Fixtures.BUNDLED).withContacts(true).read(Fixtures.file(NAME),
                Optional.empty());
        String angouleme = bundled("angouleme-segou").contacts().get(0).name();
        assertThat(angouleme).isEqualTo("Aurore LABARUSSIAS");
        assertThat(get(withContacts, "angouleme-segou").contacts())
                .containsExactly(new Contact(ContactSide.FRANCE, angouleme, "", angouleme));
        assertThat(get(withContacts, "gentilly-duguwolowila").contacts()).extracting(Contact::name)
                .containsExactly(bundled("gentilly-duguwolowila").contacts().get(0).name());
        assertThat(withContacts.report().warnings()).isEmpty();
    }
}
