package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.census.bundled.BundledCensus;
import org.junit.jupiter.api.Test;

class RegionCodesTest {

    @Test
    void everyRegionOfTheBundledEditionHasItsCodes() {
        var edition = BundledCensus.load().edition();
        assertThat(RegionCodes.of(edition.partnerCountry())).extracting(RegionCodes.Region::name)
                .containsExactlyInAnyOrderElementsOf(edition.regions());
        assertThat(RegionCodes.find("ML", "Ségou")).get().satisfies(r -> {
            assertThat(r.pcode()).isEqualTo("ML04");
            assertThat(r.iso()).isEqualTo("ML-4");
            assertThat(r.gadm()).isEqualTo("MLI.7_1");
            assertThat(r.variants()).contains("Segou");
        });
        assertThat(RegionCodes.find("ml", "Bamako").map(RegionCodes.Region::pcode)).contains("ML09");
        assertThat(RegionCodes.find("ML", "Tombouctou").map(RegionCodes.Region::gadm)).contains("MLI.9_1");
    }

    @Test
    void aCountryWithoutAFileHasNoCodes() {
        assertThat(RegionCodes.of("SN")).isEmpty();
        assertThat(RegionCodes.of("../x")).isEmpty();
    }
}
