package org.census.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.census.json.JsonFields.*;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import org.census.CensusIOException;
import org.census.domain.Domain;
import org.census.domain.DomainCategory;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.CensusEdition;
import org.census.model.Contact;
import org.census.model.Donor;
import org.census.model.EditionTexts;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PlaceLevel;
import org.census.model.SolidarityFund;
import org.census.model.StatedFigure;
import org.census.text.DateInterval;
import org.census.text.DateText;
import org.census.text.MoneyText;
import org.census.text.PeriodAmount;
import org.census.text.Share;

/**
 * Writes the census JSON format with Jackson's streaming generator, one partnership at a time: a census too large
 * for memory is written with {@link #open}, {@link #write(Partnership)} for each, then {@link #finish(CensusHeader)}. Derived values are
 * written only where they say something (no empty lists, no false flags), to keep the document readable. The layout
 * is one record per line ({@link RecordLayout}).
 */
public final class JsonCensusWriter implements AutoCloseable {
    private static final String CANNOT_WRITE = "cannot write the census JSON";
    private final JsonGenerator g;
    private final RecordLayout layout;
    private final OutputStream out;
    private boolean figuresWritten;

    private JsonCensusWriter(JsonGenerator g, RecordLayout layout, OutputStream out) {
        this.g = g;
        this.layout = layout;
        this.out = out;
    }

    /**
     * Opens a streaming writer and writes the header (edition and stated figures) of a census: then
     * {@link #write(Partnership)} for each partnership and {@link #finish(CensusHeader)}. The output is the same document
     * as {@link CensusJson#write(Census, java.io.OutputStream)} writes. The stream is flushed, not closed.
     *
     * @param header the census without its partnerships
     */
    public static JsonCensusWriter open(OutputStream out, CensusHeader header) {
        return CensusIOException.call(CANNOT_WRITE, () -> {
            JsonGenerator g = CensusJson.factory().createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // A writer closed before finish() must leave a visibly incomplete document, not a closed-off one.
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            RecordLayout layout = new RecordLayout();
            g.setPrettyPrinter(layout);
            JsonCensusWriter writer = new JsonCensusWriter(g, layout, out);
            layout.entryPerLine();
            g.writeStartObject();
            g.writeNumberField(FORMAT_VERSION, CensusJson.FORMAT_VERSION);
            g.writeFieldName(CENSUS);
            layout.entryPerLine();
            writer.edition(header.edition());
            writer.figures(header.statedFigures());
            layout.entryPerLine();
            g.writeArrayFieldStart(PARTNERSHIPS);
            return writer;
        });
    }

    /** Writes a whole census (the path of {@link CensusJson#write(Census, OutputStream)}). */
    static void write(Census census, OutputStream out) {
        try (JsonCensusWriter writer = open(out, census.header())) {
            for (Partnership p : census.partnerships()) {
                writer.write(p);
            }
            writer.finish(census.header());
        }
    }

    /** Writes one partnership. */
    public void write(Partnership p) {
        CensusIOException.run(CANNOT_WRITE, () -> {
            partnership(p);
        });
    }

    /**
     * Ends the document: the stated figures if the header at {@link #open} had none, the solidarity fund, and a
     * final line break; then flushes the stream.
     *
     * @param header the census header, now complete
     */
    public void finish(CensusHeader header) {
        CensusIOException.run(CANNOT_WRITE, () -> {
            g.writeEndArray();
            figures(header.statedFigures());
            if (header.solidarityFund().isPresent()) {
                g.writeFieldName(SOLIDARITY_FUND);
                fund(header.solidarityFund().get());
            }
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
            out.flush();
        });
    }

    /** Releases the generator; the output stream stays open. Closed before {@link #finish}, the document is left
     * incomplete. */
    @Override
    public void close() {
        CensusIOException.run(CANNOT_WRITE, () -> {
            g.close();
        });
    }

    private void figures(List<StatedFigure> figures) throws IOException {
        if (figuresWritten || figures.isEmpty()) {
            return;
        }
        figuresWritten = true;
        layout.entryPerLine();
        g.writeArrayFieldStart(STATED_OVERVIEW);
        for (StatedFigure f : figures) {
            g.writeStartObject();
            g.writeStringField(FIGURE, f.figure());
            g.writeNumberField(VALUE, f.value());
            g.writeStringField(RAW, f.raw());
            g.writeEndObject();
        }
        g.writeEndArray();
    }


    private void edition(CensusEdition e) throws IOException {
        g.writeStartObject();
        g.writeStringField(ID, e.id());
        g.writeStringField(TITLE, e.title());
        if (e.subtitle().isPresent()) {
            g.writeStringField(SUBTITLE, e.subtitle().get());
        }
        g.writeStringField(PUBLISHER, e.publisher());
        g.writeStringField(PARTNER_COUNTRY, e.partnerCountry());
        g.writeStringField(LANGUAGE, e.language());
        g.writeStringField(EDITION_DATE, e.editionDate().toString());
        g.writeFieldName(SURVEY_PERIOD);
        dateText(g, e.surveyPeriod());
        g.writeStringField(CRISIS_REFERENCE_DATE, e.crisisReferenceDate().toString());
        if (e.sourceUrl().isPresent()) {
            g.writeStringField(SOURCE_URL, e.sourceUrl().get());
        }
        g.writeStringField(SOURCE_LINE, e.sourceLine());
        strings(g, REGIONS, e.regions());
        if (e.publisherOrgId().isPresent()) {
            g.writeStringField(PUBLISHER_ORG_ID, e.publisherOrgId().get());
        }
        if (!e.texts().isEmpty()) {
            texts(e.texts());
        }
        g.writeEndObject();
    }

    /** The edition's texts: one list per line, one block per line; an empty list is left out. */
    private void texts(EditionTexts t) throws IOException {
        layout.entryPerLine();
        g.writeObjectFieldStart(TEXTS);
        blocks(TITLE_PAGE, t.titlePage());
        blocks(FOREWORD, t.foreword());
        blocks(OVERVIEW, t.overview());
        blocks(NOTA_BENE, t.notaBene());
        if (!t.announced().isEmpty()) {
            layout.entryPerLine();
            g.writeArrayFieldStart(ANNOUNCED);
            for (EditionTexts.AnnouncedPartnership a : t.announced()) {
                g.writeStartObject();
                g.writeStringField(REGION, a.region());
                g.writeStringField(TEXT, a.text());
                if (a.after().isPresent()) {
                    g.writeStringField(AFTER, a.after().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        blocks(CREDITS, t.credits());
        if (!t.personalParts().isEmpty()) {
            strings(g, PERSONAL_PARTS, t.personalParts());
        }
        g.writeEndObject();
    }

    private void blocks(String field, List<EditionTexts.TextBlock> blocks) throws IOException {
        if (blocks.isEmpty()) {
            return;
        }
        layout.entryPerLine();
        g.writeArrayFieldStart(field);
        for (EditionTexts.TextBlock b : blocks) {
            g.writeStartObject();
            g.writeStringField(KIND, blockKind(b.kind()));
            g.writeStringField(TEXT, b.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void partnership(Partnership p) throws IOException {
        layout.entryPerLine();
        g.writeStartObject();
        g.writeStringField(ID, p.id());
        if (p.sameAs().isPresent()) {
            g.writeStringField(SAME_AS, p.sameAs().get());
        }
        g.writeStringField(SOURCE_SECTION, p.sourceSection());
        strings(g, REGIONS, p.regions());
        strings(g, UPDATE_DATES, p.updateDates().stream().map(LocalDate::toString).toList());
        g.writeStringField(UPDATE_DATES_RAW, p.updated().raw());
        parties(FRENCH_PARTIES, p.frenchParties());
        parties(PARTNER_PARTIES, p.partnerParties());
        parties(THIRD_COUNTRY_PARTIES, p.thirdCountryParties());
        layout.entryPerLine();
        g.writeArrayFieldStart(CONTACTS);
        for (Contact c : p.contacts()) {
            g.writeStartObject();
            g.writeStringField(SIDE, c.side().name());
            g.writeStringField(NAME, c.name());
            g.writeStringField(ROLE, c.role());
            g.writeStringField(RAW, c.raw());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(FORMALISATION);
        dateText(g, p.formalisation());
        g.writeObjectFieldStart(GOVERNING_DOCUMENT);
        g.writeStringField(RAW, p.governingDocument().raw());
        g.writeStringField(RENEWAL, p.governingDocument().renewal().name());
        g.writeEndObject();
        g.writeFieldName(ANNUAL_BUDGET);
        money(g, p.annualBudget());
        g.writeObjectFieldStart(CONTINUATION);
        g.writeStringField(STATUS, p.continuation().status().name());
        g.writeStringField(RAW, p.continuation().raw());
        warnings(g, p.continuation().warnings());
        g.writeEndObject();
        g.writeObjectFieldStart(BUDGET_TREND);
        g.writeStringField(DIRECTION, p.budgetTrend().direction().name());
        g.writeStringField(RAW, p.budgetTrend().raw());
        warnings(g, p.budgetTrend().warnings());
        g.writeEndObject();
        g.writeStringField(LOCAL_MEANS, p.localMeans());
        layout.entryPerLine();
        g.writeArrayFieldStart(ACTIONS);
        for (Action a : p.actions()) {
            action(g, a);
        }
        g.writeEndArray();
        g.writeStringField(PERSPECTIVES, p.perspectives());
        if (!p.notes().isEmpty()) {
            strings(g, NOTES, p.notes());
        }
        if (!p.personalParts().isEmpty()) {
            strings(g, PERSONAL_PARTS, p.personalParts());
        }
        g.writeEndObject();
    }

    private void parties(String field, List<Party> parties) throws IOException {
        layout.entryPerLine();
        g.writeArrayFieldStart(field);
        for (Party party : parties) {
            g.writeStartObject();
            g.writeStringField(NAME, party.name());
            g.writeStringField(RAW, party.raw());
            g.writeStringField(KIND, party.kind().name());
            g.writeStringField(ROLE, party.role().name());
            if (!party.place().isEmpty()) {
                g.writeArrayFieldStart(PLACE);
                for (PlaceLevel level : party.place()) {
                    g.writeStartObject();
                    g.writeStringField(LEVEL, level.level());
                    g.writeStringField(NAME, level.name());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (party.country().isPresent()) {
                g.writeStringField(COUNTRY, party.country().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void action(JsonGenerator g, Action a) throws IOException {
        g.writeStartObject();
        g.writeStringField(NUMBER, a.number());
        g.writeFieldName(DOMAIN);
        domain(g, a.domain());
        if (a.domainFromRowAbove()) {
            g.writeBooleanField(DOMAIN_FROM_ROW_ABOVE, true);
        }
        g.writeStringField(DESCRIPTION, a.description());
        g.writeFieldName(PERIOD);
        dateText(g, a.period());
        g.writeFieldName(BUDGET);
        money(g, a.budget());
        if (!a.note().isEmpty()) {
            g.writeStringField(NOTE, a.note());
        }
        g.writeEndObject();
    }

    private static void domain(JsonGenerator g, Domain d) throws IOException {
        g.writeStartObject();
        g.writeStringField(RAW, d.raw());
        g.writeStringField(CATEGORY, d.category().name());
        if (d.category().dacCode().isPresent()) {
            g.writeNumberField(DAC_CODE, d.category().dacCode().get());
        }
        if (!d.also().isEmpty()) {
            g.writeArrayFieldStart(ALSO);
            for (DomainCategory c : d.also()) {
                g.writeString(c.name());
            }
            g.writeEndArray();
        }
        g.writeStringField(SOURCE, d.source().name());
        g.writeEndObject();
    }

    private static void dateText(JsonGenerator g, DateText d) throws IOException {
        g.writeStartObject();
        g.writeStringField(RAW, d.raw());
        if (!d.intervals().isEmpty()) {
            g.writeArrayFieldStart(INTERVALS);
            for (DateInterval i : d.intervals()) {
                g.writeStartObject();
                g.writeStringField(START, i.start().toString());
                g.writeStringField(END, i.end().toString());
                g.writeStringField(PRECISION, i.precision().name());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (d.firstYear().isPresent()) {
            g.writeNumberField(FIRST_YEAR, d.firstYear().get());
        }
        if (d.ongoing()) {
            g.writeBooleanField(ONGOING, true);
        }
        if (d.since()) {
            g.writeBooleanField(SINCE, true);
        }
        warnings(g, d.warnings());
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, MoneyText m) throws IOException {
        g.writeStartObject();
        g.writeStringField(RAW, m.raw());
        if (!m.amountsEur().isEmpty()) {
            g.writeArrayFieldStart(AMOUNTS_EUR);
            for (BigDecimal a : m.amountsEur()) {
                g.writeNumber(a);
            }
            g.writeEndArray();
        }
        if (m.isKnown()) {
            g.writeNumberField(LOW_EUR, m.lowEur().get());
            g.writeNumberField(HIGH_EUR, m.highEur().get());
        }
        if (m.approximate()) {
            g.writeBooleanField(APPROXIMATE, true);
        }
        if (!m.byPeriod().isEmpty()) {
            g.writeArrayFieldStart(BY_PERIOD);
            for (PeriodAmount p : m.byPeriod()) {
                g.writeStartObject();
                g.writeStringField(PERIOD, p.period());
                g.writeNumberField(AMOUNT_EUR, p.amountEur());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!m.shares().isEmpty()) {
            g.writeArrayFieldStart(SHARES);
            for (Share s : m.shares()) {
                g.writeStartObject();
                g.writeNumberField(PERCENT, s.percent());
                g.writeStringField(FUNDER, s.funder());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        warnings(g, m.warnings());
        g.writeEndObject();
    }

    private void fund(SolidarityFund f) throws IOException {
        layout.entryPerLine();
        g.writeStartObject();
        g.writeStringField(NAME, f.name());
        g.writeStringField(AS_OF, f.asOf().toString());
        layout.entryPerLine();
        g.writeArrayFieldStart(DONORS);
        for (Donor d : f.donors()) {
            g.writeStartObject();
            g.writeStringField(NAME, d.name());
            g.writeNumberField(AMOUNT_EUR, d.amountEur());
            g.writeStringField(AMOUNT_RAW, d.amount().raw());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (f.printedTotalEur().isPresent()) {
            g.writeNumberField(PRINTED_TOTAL_EUR, f.printedTotalEur().get());
        }
        g.writeEndObject();
    }

    private static void warnings(JsonGenerator g, List<String> warnings) throws IOException {
        if (!warnings.isEmpty()) {
            strings(g, WARNINGS, warnings);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
