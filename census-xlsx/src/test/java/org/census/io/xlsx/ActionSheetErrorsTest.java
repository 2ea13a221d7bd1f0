package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFormats;
import org.census.io.testing.TestCensus;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

/**
 * The actions sheet is read on a thread of its own: its errors must still name their cell and come in sheet order,
 * and a reader that gives up must not leave that thread running.
 */
class ActionSheetErrorsTest {
    private static final Census BUNDLED = BundledCensus.load();

    private static byte[] edited(Consumer<XSSFSheet> edit) {
        return TestWorkbooks.edited(TestCensus.write(BUNDLED, "xlsx"), book -> edit.accept(book.getSheet("Actions")));
    }

    @Test
    void aRowOfAnUnknownPartnershipIsReportedAtItsCell() {
        byte[] bytes = edited(sheet -> {
            // A new cell: POI edits an inline string by adding a value beside it, which readers ignore.
            sheet.getRow(40).removeCell(sheet.getRow(40).getCell(0));
            sheet.getRow(40).createCell(0).setCellValue("nowhere");
        });
        assertThatThrownBy(() -> TestCensus.read(bytes, "xlsx")).isInstanceOf(CensusFormatException.class)
                .hasMessageContaining("Actions!A41").hasMessageContaining("\"nowhere\" is not in the Partenariats");
    }

    @Test
    void aBadCellIsReportedFromTheActionsThread() {
        byte[] bytes = edited(sheet -> sheet.getRow(200).createCell(4).setCellValue("peut-être"));
        assertThatThrownBy(() -> TestCensus.read(bytes, "xlsx")).isInstanceOf(CensusFormatException.class)
                .hasMessageContaining("Actions!E201").hasMessageContaining("expected oui or non");
    }

    @Test
    void aSinkThatFailsStopsTheActionsThread() {
        byte[] bytes = TestCensus.write(BUNDLED, "xlsx");
        CensusSink failing = new CensusSink() {
            @Override
            public void start(CensusHeader header) {
            }

            @Override
            public void partnership(Partnership p) {
                throw new IllegalStateException("the sink gives up");
            }

            @Override
            public void end(CensusHeader header) {
            }
        };
        assertThatThrownBy(() -> CensusFormats.installed().require("xlsx").read(new ByteArrayInputStream(bytes),
                "test.xlsx", FormatOptions.NONE, failing)).hasMessage("the sink gives up");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("census-xlsx-actions"));
    }
}
