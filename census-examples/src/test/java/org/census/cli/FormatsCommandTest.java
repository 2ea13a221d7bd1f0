package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsCommandTest {

    @Test
    void listsEachFormatsOptionsAsTheFormatStatesThem() {
        var r = CensusCommandTest.run("formats");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("options of csv (--from/--to csv:key=value,...):\n  table: actions")
                .contains("  separator: comma").contains("  bom: true")
                .contains("options of markdown-list").contains("  regions: false");
        // A format without options gets no section.
        assertThat(r.out()).doesNotContain("options of json");
    }
}
