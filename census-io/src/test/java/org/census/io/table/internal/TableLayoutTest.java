package org.census.io.table.internal;

import org.census.io.table.spi.CellRange;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TableLayoutTest {

    private static SheetRow row(int n, String... texts) {
        List<SheetCell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isEmpty()) {
                cells.add(SheetCell.text(i + 1, texts[i]));
            }
        }
        return SheetRow.of(n, cells);
    }

    private static List<String> headers(TableLayout l) {
        return l.headers().stream().map(h -> SheetCell.columnName(h.column()) + "=" + h.text()).toList();
    }

    @Test
    void theHeaderRowIsFoundBelowATitleBlock() {
        TableLayout l = TableLayout.find(List.of(row(1, "Tableau de bord 2013"), row(2, "Cités Unies France"),
                row(5, "Collectivité française", "Partenaire", "Région", "Montant"),
                row(6, "Angers", "Bamako", "Bamako", "1500")), List.of(new CellRange(1, 1, 1, 4))).orElseThrow();
        assertThat(l.headerRow()).isEqualTo(5);
        assertThat(l.headerRows()).isEqualTo(1);
        assertThat(l.firstDataRow()).isEqualTo(6);
        assertThat(headers(l)).containsExactly("A=Collectivité française", "B=Partenaire", "C=Région", "D=Montant");
    }

    @Test
    void aMergedGroupCellAboveGivesTwoRowHeaders() {
        TableLayout l = TableLayout.find(List.of(row(1, "Partenariats"),
                row(3, "Collectivité française", "Partenaire", "Budget", ""),
                row(4, "", "", "2012", "2013"),
                row(5, "Angers", "Bamako", "1500", "2000")),
                List.of(new CellRange(3, 4, 1, 1), new CellRange(3, 4, 2, 2), new CellRange(3, 3, 3, 4)))
                .orElseThrow();
        assertThat(l.headerRow()).isEqualTo(3);
        assertThat(l.headerRows()).isEqualTo(2);
        assertThat(l.firstDataRow()).isEqualTo(5);
        assertThat(headers(l)).containsExactly("A=Collectivité française", "B=Partenaire", "C=Budget / 2012",
                "D=Budget / 2013");
    }

    @Test
    void aHashtagRowTakesPrecedenceWithTheHumanHeadersAboveIt() {
        TableLayout l = TableLayout.find(List.of(row(1, "Qui", "Avec qui", "Où", "Quoi"),
                row(2, "#org+impl", "#org+partner", "#adm1+code", "#sector"),
                row(3, "Angers", "Bamako", "ML09", "Santé")), List.of()).orElseThrow();
        assertThat(l.hashtagRow()).hasValue(2);
        assertThat(l.headerRow()).isEqualTo(1);
        assertThat(l.firstDataRow()).isEqualTo(3);
        assertThat(l.headers().get(2).hashtag().map(HxlTag::toString)).contains("#adm1+code");
        assertThat(l.headers().get(2).text()).isEqualTo("Où");
    }

    @Test
    void aSheetWithoutTwoHeaderWordsInARowHoldsNoTable() {
        assertThat(TableLayout.find(List.of(row(1, "Bonjour"), row(2, "Région", "x")), List.of()))
                .isEqualTo(Optional.empty());
    }
}
