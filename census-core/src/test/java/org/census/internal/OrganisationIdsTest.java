package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.census.bundled.BundledCensus;
import org.junit.jupiter.api.Test;

class OrganisationIdsTest {

    @Test
    void identifiersOfTheShapeIatiExpectsPass() {
        assertThat(OrganisationIds.problem("XM-DAC-41114")).isEmpty();
        assertThat(OrganisationIds.problem("FR-RCS-775671356")).isEmpty();
        assertThat(OrganisationIds.problem("XI-IATI-a.b-1")).isEmpty();
    }

    @Test
    void otherShapesAreRefusedSayingWhatIsExpected() {
        assertThat(OrganisationIds.problem("XM-DAC")).get().asString()
                .isEqualTo("\"XM-DAC\" is not an organisation identifier: expected an org-id.guide prefix, '-', the "
                        + "identifier, with no space, '/', '&', '|' or '?' (e.g. XI-IATI-12345)");
        assertThat(OrganisationIds.problem("XM-DAC-41 114")).isPresent();
        assertThat(OrganisationIds.problem("XM-DAC-41/114")).isPresent();
        assertThat(OrganisationIds.problem("xm-dac-41114")).isPresent();
        assertThat(OrganisationIds.problem("Cités Unies France")).isPresent();
    }

    @Test
    void aLongIdentifierIsRefusedByItsLength() {
        assertThat(OrganisationIds.problem("XI-IATI-" + "1".repeat(193))).get().asString()
                .isEqualTo("an organisation identifier has at most 200 characters, got 201");
    }

    @Test
    void anEditionRefusesAnIdentifierOfAnotherShape() {
        var edition = BundledCensus.load().edition();
        assertThat(edition.publisherOrgId()).isEmpty();
        assertThat(edition.withPublisherOrgId(Optional.of("XI-IATI-1")).publisherOrgId()).contains("XI-IATI-1");
        assertThatThrownBy(() -> edition.withPublisherOrgId(Optional.of("CUF")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("publisherOrgId: \"CUF\" is not");
    }
}
