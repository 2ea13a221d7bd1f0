package org.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void readsAsAPersonWritesIt() {
        assertThat(Location.cell("Actions", 12, 3)).hasToString("Actions!C12");
        assertThat(Location.row("Actions", 12)).hasToString("Actions!12");
        assertThat(Location.sheet("Actions")).hasToString("Actions");
        assertThat(Location.pointer("/partnerships/3/id")).hasToString("/partnerships/3/id");
        assertThat(Location.pointer("")).hasToString("/");
        assertThat(Location.part("xl/workbook.xml")).hasToString("xl/workbook.xml");
        assertThat(Location.NONE).hasToString("");
        assertThat(Location.NONE.isNone()).isTrue();
        assertThat(Location.sheet("A").isNone()).isFalse();
    }

    @Test
    void accessorsGiveEachPartApart() {
        Location cell = Location.cell("Partenariats", 7, 28);
        assertThat(cell.sheet()).contains("Partenariats");
        assertThat(cell.row()).hasValue(7);
        assertThat(cell.column()).hasValue(28);
        assertThat(cell.jsonPointer()).isEmpty();
        assertThat(cell).hasToString("Partenariats!AB7");
    }

    /** Against an independent reading of the letters back into a number, over every column a spreadsheet has. */
    @Test
    void columnLettersAreTheSpreadsheetsOwnForEveryColumn() {
        assertThat(Location.columnLetters(1)).isEqualTo("A");
        assertThat(Location.columnLetters(26)).isEqualTo("Z");
        assertThat(Location.columnLetters(27)).isEqualTo("AA");
        assertThat(Location.columnLetters(702)).isEqualTo("ZZ");
        assertThat(Location.columnLetters(703)).isEqualTo("AAA");
        assertThat(Location.columnLetters(16_384)).isEqualTo("XFD");
        for (int column = 1; column <= 16_384; column++) {
            int back = 0;
            for (char c : Location.columnLetters(column).toCharArray()) {
                assertThat(c).isBetween('A', 'Z');
                back = back * 26 + (c - 'A' + 1);
            }
            assertThat(back).isEqualTo(column);
        }
    }

    @Test
    void refusesWhatIsNoPlace() {
        assertThatThrownBy(() -> Location.cell("A", 0, 1)).hasMessage("rows and columns count from 1");
        assertThatThrownBy(() -> Location.columnLetters(0)).hasMessage("columns count from 1, got 0");
        assertThatThrownBy(() -> new Location(Optional.of("A"), OptionalInt.empty(), OptionalInt.empty(),
                Optional.of("/a"), Optional.empty())).hasMessageContaining("one of a JSON pointer");
        assertThatThrownBy(() -> new Location(Optional.empty(), OptionalInt.of(3), OptionalInt.empty(),
                Optional.empty(), Optional.empty())).hasMessage("a row or column needs its sheet");
        assertThatThrownBy(() -> new Location(Optional.of("A"), OptionalInt.empty(), OptionalInt.of(3),
                Optional.empty(), Optional.empty())).hasMessage("a column needs its row");
    }
}
