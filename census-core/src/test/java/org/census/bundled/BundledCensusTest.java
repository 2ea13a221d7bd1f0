package org.census.bundled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.census.json.CensusJson;
import org.census.model.Census;
import org.census.model.Contact;
import org.census.model.Donor;
import org.census.model.EditionTexts;
import org.census.model.EditionTexts.AnnouncedPartnership;
import org.census.model.EditionTexts.TextBlock;
import org.census.model.EditionTexts.TextBlock.Kind;
import org.census.model.Partnership;
import org.census.model.PartyRole;
import org.census.overview.Overview;
import org.junit.jupiter.api.Test;

/** The bundled Mali 2013 census, checked against the source document (../shared/seed, Cités Unies France). */
class BundledCensusTest {
    private static final Census CENSUS = BundledCensus.load();

    @Test
    void holdsTheFiftyFourFormsInSourceOrder() {
        assertThat(CENSUS.partnerships()).hasSize(54);
        assertThat(CENSUS.partnerships().get(0).id()).isEqualTo("angers-bamako");
        assertThat(CENSUS.partnerships().get(53).id()).isEqualTo("yvelines-kadiolo");
        assertThat(CENSUS.partnerships().stream().map(Partnership::sourceSection).distinct())
                .startsWith("BAMAKO", "REGION DE KIDAL", "REGION DE TOMBOUCTOU", "REGION DE GAO", "REGION DE MOPTI");
        assertThat(BundledCensus.ids()).containsExactly("ml-2013");
    }

    @Test
    void formsPerRegionFollowTheSource() {
        assertThat(CENSUS.partnerships().stream().filter(p -> p.sourceSection().equals("BAMAKO"))).hasSize(6);
        assertThat(CENSUS.partnerships().stream().filter(p -> p.sourceSection().equals("REGION DE KAYES")))
                .hasSize(17);
        assertThat(CENSUS.partnerships().stream().filter(p -> p.sourceSection().equals("REGION DE SIKASSO")))
                .hasSize(7);
        assertThat(CENSUS.partnership("essonne-douentza-diema-nioro-du-sahel").orElseThrow().regions())
                .containsExactly("Mopti", "Kayes");
    }

    @Test
    void theEditionIsData() {
        assertThat(CENSUS.edition().partnerCountry()).isEqualTo("ML");
        assertThat(CENSUS.edition().editionDate()).isEqualTo(LocalDate.of(2013, 11, 8));
        assertThat(CENSUS.edition().crisisReferenceDate()).isEqualTo(LocalDate.of(2012, 3, 22));
        assertThat(CENSUS.edition().regions()).containsExactly("Bamako", "Kayes", "Koulikoro", "Sikasso", "Ségou",
                "Mopti", "Tombouctou", "Gao", "Kidal");
        assertThat(CENSUS.edition().sourceLine()).isEqualTo("Cités Unies France, recensement 2013");
    }

    @Test
    void thirteenDonorsGiveTheFundItsPrintedTotal() {
        var fund = CENSUS.solidarityFund().orElseThrow();
        assertThat(fund.donors()).hasSize(13);
        assertThat(fund.totalEur()).isEqualByComparingTo("98400");
        assertThat(fund.printedTotalEur()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("98400"));
        assertThat(fund.asOf()).isEqualTo(LocalDate.of(2013, 7, 2));
        assertThat(fund.donors().stream().map(Donor::amountEur).max(BigDecimal::compareTo))
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("50000"));
    }

    @Test
    void thionvilleListedTwiceIsOnePartnership() {
        Partnership repeat = CENSUS.partnership("thionville-kenieba-konko").orElseThrow();
        assertThat(repeat.sameAs()).contains("thionville-gao");
        assertThat(CENSUS.distinctPartnerships()).hasSize(53).doesNotContain(repeat);
    }

    @Test
    void rawTextsAreKeptVerbatim() {
        Partnership angers = CENSUS.partnerships().get(0);
        assertThat(angers.annualBudget().raw())
                .isEqualTo("340 000€ (Dont 220 000€ de la ville et 120 000€ de l'agglomération)");
        assertThat(angers.annualBudget().exactEur()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("340000"));
        assertThat(angers.actions()).hasSize(2);
        assertThat(angers.actions().get(0).budget().raw()).isEqualTo("73 000€");
        assertThat(angers.formalisation().firstYear()).contains(1974);
        assertThat(angers.updateDates()).containsExactly(LocalDate.of(2013, 5, 17));
        Partnership allier = CENSUS.partnership("allier-niafunke").orElseThrow();
        assertThat(allier.actions().get(0).budget().raw()).isEqualTo("52286.74");
        assertThat(allier.formalisation().raw()).isEqualTo("22 mai 1989 - 24 mars 2009");
    }

    @Test
    void thirdCountryPartiesAndDelegatedManagers() {
        assertThat(CENSUS.partnership("quetigny-koulikoro").orElseThrow().thirdCountryParties())
                .anySatisfy(p -> {
                    assertThat(p.name()).isEqualTo("Bous");
                    assertThat(p.country()).contains("DE");
                });
        assertThat(CENSUS.partnership("pontcharra-dembella").orElseThrow().frenchParties())
                .anySatisfy(p -> assertThat(p.role()).isEqualTo(PartyRole.DELEGATED_MANAGER));
        assertThat(CENSUS.partnership("caece-evry-commune-v-bamako").orElseThrow().thirdCountryParties())
                .extracting(p -> p.country().orElseThrow()).contains("SN", "MR");
    }

    @Test
    void everyActionRowIsThere() {
        int rows = CENSUS.partnerships().stream().mapToInt(p -> p.actions().size()).sum();
        assertThat(rows).isEqualTo(263);
        assertThat(CENSUS.partnership("ile-de-france-kayes").orElseThrow().actions()).hasSize(36);
        assertThat(CENSUS.partnership("thionville-gao").orElseThrow().actions()).hasSize(20);
    }

    @Test
    void contactsArePersonalDataThatCanBeLeftOut() {
        assertThat(CENSUS.partnerships().stream().mapToInt(p -> p.contacts().size()).sum()).isGreaterThan(50);
        assertThat(CENSUS.withoutContacts().partnerships()).allSatisfy(p -> assertThat(p.contacts()).isEmpty());
    }

    /** Issue 10, point 13: the transcription notes are ours, and say "the French contact" rather than a name. */
    @Test
    void ourNotesNameNoContact() {
        List<String> names = CENSUS.partnerships().stream().flatMap(p -> p.contacts().stream())
                .map(Contact::name).filter(n -> !n.isBlank()).distinct().toList();
        assertThat(names).hasSize(92);
        assertThat(CENSUS.partnerships()).allSatisfy(p -> assertThat(p.notes())
                .allSatisfy(note -> assertThat(names).noneMatch(note::contains)));
    }

    /** The persons the forms' own texts name are marked, and published as "[personne]" with the contacts left out. */
    @Test
    void personsNamedInTheFormsAreMarkedAndLeftOutWithTheContacts() {
        assertThat(CENSUS.partnerships().stream().filter(p -> !p.personalParts().isEmpty())).hasSize(8);
        assertThat(CENSUS.partnerships().stream().mapToInt(p -> p.personalParts().size()).sum()).isEqualTo(25);
        Partnership kati = CENSUS.partnership("saint-sebastien-sur-loire-kati").orElseThrow();
        assertThat(kati.localMeans()).startsWith("Hamala HAIDARA, maire de Kati");
        Census published = CENSUS.withoutContacts();
        assertThat(published.partnership("saint-sebastien-sur-loire-kati").orElseThrow().localMeans())
                .isEqualTo("[personne], maire de Kati\n[personne], conseiller municipal, et [personne], enseignant, "
                        + "correspondants assurant le suivi des dossiers");
        assertThat(published.partnership("maurepas-mopti").orElseThrow().localMeans())
                .contains("le DGS ainsi que le Maire, [personne] sont nos principaux interlocuteurs");
        assertThat(published.partnership("thionville-gao").orElseThrow().actions().get(0).description())
                .startsWith("Accueil en mairie du Maire de Gao ([personne]) et de son conseiller ([personne]) –");
        assertThat(published.partnerships()).allSatisfy(p -> assertThat(p.personalParts()).isEmpty());
        // Only texts change: every figure of the overview stays.
        assertThat(Overview.of(published)).isEqualTo(Overview.of(CENSUS));
    }

    /** Issue 12, point 2: the edition's own texts, transcribed from the source's first pages (lines 1-237). */
    @Test
    void theEditionsOwnTextsAreData() {
        EditionTexts texts = CENSUS.edition().texts();
        assertThat(texts.titlePage()).extracting(TextBlock::text).containsExactly(
                "**Annexe à l'ouvrage « Les collectivités françaises au Mali : Repères pour la**\n"
                        + "**coopération décentralisée franco-malienne en temps de crise »**",
                "Cités Unies France, juillet 2013",
                "**Document téléchargeable sur le site de Cités Unies France :**\n"
                        + "**http://www.cites-unies-france.org/spip.php?article1826**",
                "**Il a vocation à être enrichi de vos contributions.**\n"
                        + "**N'hésitez pas à nous signaler toute erreur ou omission.**",
                "Version au 8 novembre 2013");
        assertThat(texts.foreword()).hasSize(7).allSatisfy(b -> assertThat(b.kind()).isEqualTo(Kind.PARAGRAPH));
        assertThat(texts.foreword().get(0).text()).startsWith("Ce recensement a été réalisé")
                .contains("entre avril et **octobre 2013**. Il vient compléter");
        assertThat(texts.foreword().get(4).text())
                .isEqualTo("http://www.cncd.fr/frontoffice/bdd-pays.asp?action=getPays&id=46");
        assertThat(texts.foreword().get(6).text()).isEqualTo("NB : Les coordonnées des personnes contacts pour cet "
                + "état des lieux sont disponibles sur demande.");
        assertThat(texts.notaBene()).extracting(TextBlock::kind).containsExactly(Kind.ITEM, Kind.ITEM);
        assertThat(texts.notaBene().get(1).text())
                .isEqualTo("Les fiches ajoutées de septembre à novembre sont mentionnées en vert.");
        assertThat(texts.credits()).extracting(TextBlock::text).contains("Mathilde Lestra",
                "Constance Koukoui\nKhady Cissé");
        assertThat(texts.personalParts()).containsExactly("Michel Delebarre", "Guy-Michel Chauveau",
                "Bertrand Gallet", "Mathilde Lestra", "Constance Koukoui", "Khady Cissé",
                "c.koukoui@cites-unies-france.org");
    }

    @Test
    void theTwoAnnouncedPartnershipsFollowTheirFormsOfTheSummary() {
        List<AnnouncedPartnership> announced = CENSUS.edition().texts().announced();
        assertThat(announced).extracting(AnnouncedPartnership::region, AnnouncedPartnership::text)
                .containsExactly(tuple("Bamako", "Bordeaux/ Bamako (à venir)"),
                        tuple("Koulikoro", "Hennebont/ Mourdiah (à venir)"));
        assertThat(announced).allSatisfy(a -> {
            assertThat(CENSUS.edition().regions()).contains(a.region());
            assertThat(CENSUS.partnership(a.after().orElseThrow()).orElseThrow().regions()).contains(a.region());
        });
        assertThat(announced).extracting(a -> a.after().orElseThrow())
                .containsExactly("grand-lyon-district-bamako", "quetigny-koulikoro");
    }

    @Test
    void theOverviewNarrativeIsWholeWithoutThePageFurniture() {
        List<TextBlock> overview = CENSUS.edition().texts().overview();
        assertThat(overview).hasSize(31);
        assertThat(overview.get(0)).isEqualTo(new TextBlock(Kind.HEADING,
                "Mobilisation des collectivités françaises\net de la coopération décentralisée, depuis le 22 mars 2012"));
        assertThat(overview).filteredOn(b -> b.kind() == Kind.HEADING).extracting(TextBlock::text)
                .contains("1. Le contexte",
                        "2. La mobilisation des collectivités françaises et de la coopération décentralisée",
                        "Organisation de réunions à destination du public/ des acteurs du territoire actifs avec le Mali",
                        "Poursuite et renforcement de la dynamique de réseau").hasSize(8);
        assertThat(overview).extracting(TextBlock::text)
                .contains("Depuis 2006, 32,8 millions d'euros¹ ont été alloués au Mali par les collectivités "
                        + "françaises au titre de leur aide publique au développement.")
                .anySatisfy(t -> assertThat(t).contains("de manière pérenne, trouve son expression dans la "
                        + "mobilisation individuelle"))
                .allSatisfy(t -> assertThat(t).doesNotContain("6 / 95").doesNotContain("pôle Afrique :"));
        assertThat(overview).filteredOn(b -> b.kind() == Kind.FOOTNOTE).extracting(TextBlock::text)
                .containsExactly("¹ « Les finances locales et l'aide publique au développement », dir. Cités Unies "
                        + "France, J. Duplan : A paraître");
        assertThat(overview.get(overview.size() - 1).text()).endsWith("efficacité de l'appui apporté aux "
                + "partenaires maliens.");
        // The printed figures the census states are sentences of this narrative.
        assertThat(String.join(" ", overview.stream().map(TextBlock::text).toList()).replace("**", ""))
                .contains("43 collectivités et associations de jumelage ont maintenu leur coopération malgré",
                        "renseigné à ce jour par 43 collectivités");
    }

    /** Issue 12, point 2: the names in the credits and in the foreword are personal data, like the contacts. */
    @Test
    void theEditionsPersonalDataIsLeftOutWithTheContacts() {
        ByteArrayOutputStream published = new ByteArrayOutputStream();
        CensusJson.write(CENSUS.withoutContacts(), published);
        String json = published.toString(StandardCharsets.UTF_8);
        assertThat(CENSUS.edition().texts().personalParts()).allSatisfy(name -> assertThat(json).doesNotContain(name));
        assertThat(json).doesNotContain("Koukoui").doesNotContain("Lestra").doesNotContain("Delebarre")
                .doesNotContain("\"credits\"")
                .contains("[personne], président de Cités Unies France, [personne], président du groupe-pays Mali et "
                        + "[personne], directeur général, remercient les élus");
        EditionTexts texts = CENSUS.withoutContacts().edition().texts();
        assertThat(texts.foreword()).hasSize(7);
        assertThat(texts.overview()).isEqualTo(CENSUS.edition().texts().overview());
    }

    @Test
    void validatesAgainstTheJsonSchema() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema;
        try (InputStream in = CensusJson.class.getResourceAsStream("census-v1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode doc;
        try (InputStream in = BundledCensus.class.getResourceAsStream(BundledCensus.resourceName("ml-2013"))) {
            doc = mapper.readTree(in);
        }
        Set<ValidationMessage> errors = schema.validate(doc);
        assertThat(errors).isEmpty();
        // The schema holds the texts as the reader does: kinds in lower case, no field of its own.
        var texts = (com.fasterxml.jackson.databind.node.ObjectNode) doc.path("census").path("texts");
        ((com.fasterxml.jackson.databind.node.ObjectNode) texts.path("foreword").get(0)).put("kind", "PARAGRAPH");
        texts.putArray("preface");
        assertThat(schema.validate(doc)).extracting(ValidationMessage::getMessage).containsExactlyInAnyOrder(
                "$.census.texts.foreword[0].kind: does not have a value in the enumeration [\"heading\", "
                        + "\"paragraph\", \"item\", \"footnote\"]",
                "$.census.texts: property 'preface' is not defined in the schema and the schema does not allow "
                        + "additional properties");
    }

    /** A census without edition texts is written as before they were part of the format: nothing for them. */
    @Test
    void withoutItsTextsTheBundledFileIsWrittenAsBefore() throws Exception {
        String file;
        try (InputStream in = BundledCensus.class.getResourceAsStream(BundledCensus.resourceName("ml-2013"))) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusJson.write(new Census(CENSUS.edition().withTexts(EditionTexts.NONE), CENSUS.partnerships(),
                CENSUS.solidarityFund(), CENSUS.statedFigures()), out);
        String withoutTexts = out.toString(StandardCharsets.UTF_8);
        assertThat(withoutTexts).doesNotContain("\"texts\"")
                .isEqualTo(file.replaceFirst("(?s),\n    \"texts\": \\{.*?\n    }\n", "\n"));
        assertThat(file.length() - withoutTexts.length()).isGreaterThan(10_000);
    }

    /** The parsed values written beside the raw texts are what today's parsers give: regenerate if this fails. */
    @Test
    void bundledFileIsUpToDateWithTheParsers() throws Exception {
        byte[] bundled;
        try (InputStream in = BundledCensus.class.getResourceAsStream(BundledCensus.resourceName("ml-2013"))) {
            bundled = in.readAllBytes();
        }
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        CensusJson.write(CENSUS, rewritten);
        assertThat(rewritten.toString(StandardCharsets.UTF_8)).isEqualTo(new String(bundled, StandardCharsets.UTF_8));
    }
}
