package org.census.io.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.census.io.iati.IatiXml.activities;
import static org.census.io.iati.IatiXml.child;
import static org.census.io.iati.IatiXml.children;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.census.CensusException;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFormats;
import org.census.model.Census;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class IatiCensusFormatTest {
    private static final Census BUNDLED = BundledCensus.load().withoutContacts();
    private static final byte[] XML = IatiXml.write(BUNDLED, "org=XI-IATI-12345,org-type=22");
    private static final Document DOC = IatiXml.parse(XML);
    private static final Map<String, Element> BY_ID = activities(DOC).stream().collect(Collectors.toMap(
            a -> child(a, "iati-identifier").getTextContent().substring("XI-IATI-12345-".length()),
            Function.identity()));

    @Test
    void theBundledCensusValidatesAgainstTheIati203Schema() {
        IatiXml.validate(XML);
        assertThat(DOC.getDocumentElement().getAttribute("version")).isEqualTo("2.03");
    }

    @Test
    void theBundledCensusBreaksNoRuleOfTheStandardRulesetThatApplies() {
        assertThat(IatiRules.violations(DOC)).isEmpty();
    }

    @Test
    void oneActivityPerDistinctPartnershipTheRepeatedFormCountsOnce() {
        assertThat(activities(DOC)).hasSize(53);
        assertThat(BUNDLED.partnerships()).hasSize(54);
        assertThat(BY_ID).containsKey("thionville-gao").doesNotContainKey("thionville-kenieba-konko");
    }

    @Test
    void theReportingOrgIsThePublisherAsSecondaryReporter() {
        Element org = child(BY_ID.get("angers-bamako"), "reporting-org");
        assertThat(org.getAttribute("ref")).isEqualTo("XI-IATI-12345");
        assertThat(org.getAttribute("type")).isEqualTo("22");
        assertThat(org.getAttribute("secondary-reporter")).isEqualTo("1");
        assertThat(org.getTextContent().strip()).isEqualTo("Cités Unies France");
    }

    @Test
    void titleAndPartiesOfAPartnership() {
        Element a = BY_ID.get("angers-bamako");
        Element title = child(child(a, "title"), "narrative");
        assertThat(title.getTextContent()).isEqualTo("Coopération décentralisée Angers – Bamako");
        assertThat(title.getAttribute("xml:lang")).isEqualTo("fr");
        assertThat(children(a, "participating-org")).extracting(o -> o.getAttribute("role") + "/"
                + o.getAttribute("type") + "/" + o.getTextContent().strip()).containsExactly("1/11/Angers",
                "4/11/Bamako");
        // A twinning association of France is a national NGO; IRCOD, coordinator, implements.
        assertThat(children(BY_ID.get("la-bresse-menaka"), "participating-org")).extracting(o ->
                o.getAttribute("role") + "/" + o.getAttribute("type")).contains("1/22", "4/24");
    }

    @Test
    void sectorsByTheActionsBudgetsToOneDecimal() {
        // 73 000 € of urban development and 25 000 € of emergency aid: 74.49 % and 25.51 %.
        assertThat(children(BY_ID.get("angers-bamako"), "sector")).extracting(s -> s.getAttribute("vocabulary")
                + "/" + s.getAttribute("code") + "/" + s.getAttribute("percentage"))
                .containsExactly("1/43030/74.5", "1/72010/25.5");
    }

    @Test
    void budgetsPerCalendarYearFromTheStatedAnnualBudget() {
        assertThat(budgets("angers-bamako")).containsExactly("2013-01-01/2013-12-31/340000");
        // "2012 : ... 105 000 € ... 42 000 € 2013 : ... 5 000 € ... 618 000 €": one budget a year.
        assertThat(budgets("caece-evry-commune-v-bamako")).containsExactly("2012-01-01/2012-12-31/147000",
                "2013-01-01/2013-12-31/623000");
        // "2012 : 87 331 € ... 2013-2015 : 454 979 €": the three years' figure is not divided.
        assertThat(budgets("pas-de-calais-kenieba")).containsExactly("2012-01-01/2012-12-31/87331");
        // "1 241 219 € sur 3 ans": no annual figure; "Variable selon les projets": no figure at all.
        assertThat(budgets("paris-district-bamako")).isEmpty();
        assertThat(budgets("aix-en-provence-commune-v-bamako")).isEmpty();
        // A range gives its low bound, and the description says so.
        assertThat(budgets("orchies-bandiagara")).containsExactly("2013-01-01/2013-12-31/1500");
        assertThat(description(BY_ID.get("orchies-bandiagara"), "1"))
                .contains("Budget annuel : Entre 1500 et 3000€")
                .contains("Fourchette de 1 500 € à 3 000 € : le budget IATI en retient le minimum.");
        assertThat(children(BY_ID.get("angers-bamako"), "budget").get(0).getAttribute("status")).isEqualTo("1");
        assertThat(child(children(BY_ID.get("angers-bamako"), "budget").get(0), "value").getAttribute("value-date"))
                .isEqualTo("2013-01-01");
    }

    @Test
    void statusFromContinuation() {
        assertThat(child(BY_ID.get("angers-bamako"), "activity-status").getAttribute("code")).isEqualTo("2");
        assertThat(child(BY_ID.get("aix-en-provence-commune-v-bamako"), "activity-status").getAttribute("code"))
                .isEqualTo("6");
        assertThat(child(BY_ID.get("auvergne-tombouctou"), "activity-status").getAttribute("code")).isEqualTo("2");
    }

    @Test
    void actualStartFromTheFormalisationElsePlannedWithTheReason() {
        Element date = child(BY_ID.get("angers-bamako"), "activity-date");
        assertThat(date.getAttribute("type")).isEqualTo("2");
        assertThat(date.getAttribute("iso-date")).isEqualTo("1974-01-01");
        assertThat(date.getTextContent().strip()).isEqualTo("Formalisation : 1974");
        // "/" for a formalisation: a planned start, with the reason as the date's narrative.
        Element planned = child(BY_ID.get("divion-kirane-kaniaga"), "activity-date");
        assertThat(planned.getAttribute("type")).isEqualTo("1");
        assertThat(planned.getTextContent().strip()).startsWith("Formalisation non renseignée ; date retenue : ");
    }

    @Test
    void eachRegionAsALocationWithItsGadmCode() {
        Element a = BY_ID.get("thionville-gao");
        assertThat(children(a, "location")).extracting(l -> child(child(l, "name"), "narrative").getTextContent()
                + "/" + children(l, "administrative").stream().map(x -> x.getAttribute("vocabulary") + ":"
                        + x.getAttribute("level") + ":" + x.getAttribute("code")).toList())
                .containsExactly("Gao/[A4:0:ML, A3:1:MLI.2_1]", "Koulikoro/[A4:0:ML, A3:1:MLI.5_1]");
        assertThat(child(a, "recipient-country").getAttribute("code")).isEqualTo("ML");
        assertThat(child(a, "recipient-country").getAttribute("percentage")).isEqualTo("100");
    }

    @Test
    void noContactNamesUnlessTheCensusGivenHoldsThem() {
        String without = new String(XML, StandardCharsets.UTF_8);
        assertThat(without).doesNotContain("contact-info").doesNotContain("Anne-Sophie LE MARCHAND");
        String with = new String(IatiXml.write(BundledCensus.load(), "org=XI-IATI-12345"), StandardCharsets.UTF_8);
        assertThat(with).contains("<person-name>").contains("Anne-Sophie LE MARCHAND");
        IatiXml.validate(with.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAnOrganisationIdentifierTheExportSaysHowToGiveOne() {
        assertThatThrownBy(() -> IatiXml.write(BUNDLED, "")).isInstanceOf(CensusException.class)
                .hasMessage("format iati needs the publisher's IATI organisation identifier, and the census edition "
                        + "gives none: add the option (--to iati:org=XI-IATI-12345) or publisherOrgId to the "
                        + "edition; see README, Open data");
    }

    @Test
    void theEditionsIdentifierServesAndTheOptionOverridesIt() {
        Census withId = new Census(BUNDLED.edition().withPublisherOrgId(Optional.of("XM-DAC-99-1")),
                BUNDLED.partnerships(), BUNDLED.solidarityFund(), BUNDLED.statedFigures());
        Element first = activities(IatiXml.parse(IatiXml.write(withId, ""))).get(0);
        assertThat(child(first, "iati-identifier").getTextContent()).isEqualTo("XM-DAC-99-1-angers-bamako");
        Element overridden = activities(IatiXml.parse(IatiXml.write(withId, "org=XI-IATI-7"))).get(0);
        assertThat(child(overridden, "reporting-org").getAttribute("ref")).isEqualTo("XI-IATI-7");
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> IatiXml.write(BUNDLED, "org=CUF")).isInstanceOf(CensusException.class)
                .hasMessageStartingWith("format option org: \"CUF\" is not an organisation identifier");
        assertThatThrownBy(() -> IatiXml.write(BUNDLED, "org=XI-IATI-1,org-type=12"))
                .hasMessageStartingWith("format option org-type=12: expected one of [10, 11, 15,");
        assertThatThrownBy(() -> IatiXml.write(BUNDLED, "lang=en"))
                .hasMessage("format iati has no option \"lang\"; known options: [org, org-type]");
    }

    @Test
    void foundThroughServiceLoaderAsAWriteOnlyFormat() {
        var format = CensusFormats.installed().require("iati");
        assertThat(format.info().extensions()).containsExactly("xml");
        assertThat(format.info().mediaType()).isEqualTo("application/xml");
        assertThat(format.info().canRead()).isFalse();
        assertThatThrownBy(() -> format.read(null, "x.xml", null, null)).isInstanceOf(CensusException.class)
                .hasMessageStartingWith("IATI is written, not read");
    }

    @Test
    void partnershipIdsBecomeIdentifierPartsWithoutWhatIatiForbids() {
        assertThat(IatiActivitiesWriter.localId("angers-bamako")).isEqualTo("angers-bamako");
        assertThat(IatiActivitiesWriter.localId("a/b c_é")).isEqualTo("a_2f_b_20_c_5f__e9_");
    }

    @Test
    void textsAreMadeFitForXml() {
        assertThat(XmlOut.fit("a\u0001b\r\nc\rd\uFFFE")).isEqualTo("a\uFFFDb\nc\nd\uFFFD");
        assertThat(XmlOut.fit("plain")).isSameAs("plain");
    }

    private static List<String> budgets(String id) {
        return children(BY_ID.get(id), "budget").stream().map(b -> child(b, "period-start").getAttribute("iso-date")
                + "/" + child(b, "period-end").getAttribute("iso-date") + "/" + child(b, "value").getTextContent())
                .toList();
    }

    private static String description(Element a, String type) {
        return children(a, "description").stream().filter(d -> d.getAttribute("type").equals(type))
                .map(d -> d.getTextContent().strip()).findFirst().orElseThrow();
    }
}
