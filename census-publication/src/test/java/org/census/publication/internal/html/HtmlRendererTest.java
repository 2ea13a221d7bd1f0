package org.census.publication.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.EditionRenderer;
import org.census.publication.internal.document.Inline;
import org.census.publication.internal.document.SampleDocuments;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final Census CENSUS = BundledCensus.load();
    private static String webPage;
    private static String printPage;
    private static Document web;

    @BeforeAll
    static void render() throws IOException {
        EditionDocument sample = SampleDocuments.bundled();
        webPage = render(new HtmlRenderer(), sample);
        printPage = render(HtmlRenderer.print(), sample);
        web = Jsoup.parse(webPage);
    }

    static String render(EditionRenderer renderer, EditionDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isAnHtml5PageInTheDocumentsLanguage() {
        assertThat(webPage).startsWith("<!DOCTYPE html>\n");
        assertThat(web.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(web.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(web.title()).isEqualTo(CENSUS.edition().title());
    }

    @Test
    void everyFicheHasItsAnchorAndItsFrenchParty() {
        assertThat(web.select("article.fiche")).hasSize(CENSUS.partnerships().size());
        for (Partnership p : CENSUS.partnerships()) {
            Element fiche = web.getElementById("fiche-" + p.id());
            assertThat(fiche).as(p.id()).isNotNull();
            assertThat(fiche.tagName()).isEqualTo("article");
            p.frenchParties().forEach(party -> assertThat(fiche.text()).contains(party.name()));
            p.actions().forEach(a -> assertThat(fiche.text()).contains(a.budget().raw().replaceAll("\\s+", " ")
                    .strip()));
        }
        assertThat(web.text()).contains("Ségou", "Kéniéba", "Coopération");
    }

    @Test
    void noAddressLeavesTheFileButTheOrdinaryLinksOfTheTexts() {
        Set<String> ids = new HashSet<>(web.select("[id]").eachAttr("id"));
        List<String> external = new ArrayList<>();
        for (Element element : web.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.equals("src") || name.endsWith("href") || name.equals("action") || name.equals("poster")) {
                    if (value.startsWith("#")) {
                        assertThat(ids).as("the target of " + value).contains(value.substring(1));
                    } else {
                        assertThat(element.tagName()).isEqualTo("a");
                        external.add(value);
                    }
                }
            }
            assertThat(element.tagName()).isNotIn("img", "link", "iframe", "object", "embed", "image", "use", "base");
        }
        assertThat(external).containsExactly(SampleDocuments.ORDINARY_HREF);
        // Style sheets, style attributes and the SVGs' font faces: only data: URLs and references inside the page.
        Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]*)").matcher(webPage);
        int urls = 0;
        while (url.find()) {
            urls++;
            assertThat(url.group(1)).matches("(data:|#).*");
        }
        assertThat(urls).as("the charts' clip paths and fonts").isGreaterThan(2);
        assertThat(webPage).doesNotContain("@import");
        assertThat(web.select("a[href^=http]")).allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("noopener"));
    }

    @Test
    void theCensussTextsAreEscaped() {
        assertThat(web.select("script")).hasSize(1);
        assertThat(web.selectFirst("script").hasAttr("src")).isFalse();
        assertThat(web.select("p.body").eachText()).contains(SampleDocuments.HOSTILE_TEXT);
        assertThat(web.select("[href^=javascript], [href*=alert]")).isEmpty();
        assertThat(web.select("p.body").eachText()).anyMatch(t -> t.endsWith("en italique un lien piégé"));
        Element hostileFiche = web.getElementById("fiche-" + SampleDocuments.HOSTILE_FICHE);
        assertThat(hostileFiche.attr("data-domains")).contains(SampleDocuments.HOSTILE_TEXT.replace("\"", "\\\""));
        assertThat(web.select("#fiche-filter-domain option").eachText()).contains(SampleDocuments.HOSTILE_TEXT);
    }

    @Test
    void everyChartIsInlineSvgWithAnAccessibleNameAndIdsOfItsOwn() {
        List<Element> svgs = web.select("figure > svg");
        assertThat(svgs).hasSize(2);
        for (Element svg : svgs) {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.attr("aria-label")).startsWith("Graphique : ");
            assertThat(svg.selectFirst("title").text()).isEqualTo(svg.attr("aria-label"));
        }
        List<String> ids = web.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(web.select("figure#figure-regions svg [id]").eachAttr("id")).isNotEmpty()
                .allMatch(id -> id.startsWith("figure-regions-"));
        assertThat(web.selectFirst("figcaption").wholeText())
                .startsWith("Figure 1\u00a0: ");
        assertThat(webPage).doesNotContain("<?xml");
    }

    @Test
    void tablesHaveCaptionsAndHeaderCells() {
        Element summary = web.selectFirst("table.summary");
        assertThat(summary.selectFirst("caption").text()).isEqualTo("Les partenariats par région");
        assertThat(summary.select("thead th").eachAttr("scope")).containsOnly("col");
        assertThat(summary.select("tbody th").eachAttr("scope")).containsOnly("row");
        assertThat(summary.select("tbody th[colspan=2]").eachText()).contains("Ségou");
        assertThat(web.select("table.presentation th[scope=row]").eachText()).contains("Budget annuel");
        assertThat(web.select("table.donors tr.total").text()).startsWith("Total");
        long late = CENSUS.partnerships().stream()
                .filter(p -> p.updateDates().stream().anyMatch(d -> d.isAfter(SampleDocuments.SINCE))).count();
        assertThat(late).isPositive();
        assertThat(web.select("table.summary tr.marked")).hasSize((int) late);
        assertThat(web.select("article.fiche.marked")).hasSize((int) late);
    }

    @Test
    void theTableOfContentsLinksTheFirstTwoLevels() {
        Element toc = web.selectFirst("nav.toc");
        assertThat(toc.attr("aria-label")).isEqualTo("Sommaire");
        List<String> targets = toc.select("a").eachAttr("href");
        assertThat(targets).contains("#avant-propos", "#region-segou", "#fiche-angers-bamako-titre")
                .doesNotContain("#fiche-angers-bamako-perspectives");
        assertThat(toc.select("> ol > li > a").eachText()).contains("Région de Ségou", "Aperçu général");
        assertThat(web.select("h1.new-page").eachAttr("id")).contains("region-segou");
    }

    @Test
    void theFilterIsHiddenUntilItsScriptRunsAndLabelled() {
        Element form = web.getElementById("fiche-filter");
        assertThat(form.hasAttr("hidden")).isTrue();
        for (Element field : form.select("select, input")) {
            assertThat(form.select("label[for=" + field.id() + "]")).as(field.id()).hasSize(1);
        }
        List<String> regions = form.select("#fiche-filter-region option").eachAttr("value");
        assertThat(regions).containsExactly("", "Bamako", "Kidal", "Tombouctou", "Gao", "Koulikoro", "Mopti", "Kayes",
                "Ségou", "Sikasso");
        // Before the first fiches' heading, after the table of contents.
        assertThat(form.nextElementSibling().id()).isEqualTo("region-bamako");
        assertThat(web.select("h1[data-fiche-group]")).hasSize(web.select("h1[id^=region-]").size());
        assertThat(web.getElementById("fiche-angers-bamako").attr("data-group")).isEqualTo("region-bamako");
        String policy = web.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).contains("default-src 'none'", PageResources.filterScriptSource());
    }

    @Test
    void thePrintPageIsWellFormedXmlWithBookmarksAndWithoutScript() throws Exception {
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(printPage.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("script").getLength()).isZero();
        assertThat(xml.getElementsByTagName("form").getLength()).isZero();
        Document print = Jsoup.parse(printPage, "", Parser.xmlParser());
        List<String> regions = print.select("bookmarks > bookmark").eachAttr("name");
        assertThat(regions).contains("Avant-propos", "Région de Ségou", "Région de Kayes");
        assertThat(print.select("bookmark[name=Région de Bamako] > bookmark").eachAttr("href"))
                .contains("#fiche-angers-bamako-titre");
        assertThat(print.selectFirst("div.running-title").text()).isEqualTo(CENSUS.edition().title());
        // The PDF draws the charts with its own fonts.
        assertThat(print.select("svg style")).isEmpty();
        assertThat(print.select("svg")).hasSize(2);
    }

    @Test
    void charactersXmlForbidsAreReplacedNotWritten() throws Exception {
        EditionDocument document = new EditionDocument(Locale.ENGLISH, "T\u0001itle", "P", java.time.LocalDate.EPOCH,
                List.of(new Block.Paragraph(Block.ParagraphRole.BODY, List.of(Inline.Text.plain("a\u0000b\uD800c")))));
        String page = render(HtmlRenderer.print(), document);
        assertThat(page).contains("a\uFFFDb\uFFFDc", "T\uFFFDitle").doesNotContain("\u0000", "\u0001");
        DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(Jsoup.parse(page).selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void aDocumentWithoutFichesHasNoFilterNorScript() throws IOException {
        EditionDocument document = new EditionDocument(Locale.ENGLISH, "Empty", "P", java.time.LocalDate.EPOCH,
                List.of(new Block.TableOfContents("Contents")));
        Document page = Jsoup.parse(render(new HtmlRenderer(), document));
        assertThat(page.select("script, form")).isEmpty();
        assertThat(page.select("nav.toc ol")).hasSize(1);
    }
}
