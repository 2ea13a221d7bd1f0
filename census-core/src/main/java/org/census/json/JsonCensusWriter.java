package org.census.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
 * for memory is written with {@link #open}, {@link #write(Partnership)} for each, then {@link #finish(Census)}. Derived values are
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
     * {@link #write(Partnership)} for each partnership and {@link #finish(Census)}. The output is the same document
     * as {@link CensusJson#write(Census, java.io.OutputStream)} writes. The stream is flushed, not closed.
     *
     * @param header the census without its partnerships
     */
    public static JsonCensusWriter open(OutputStream out, CensusHeader header) {
        return CensusIOException.call(CANNOT_WRITE, () -> {
            JsonGenerator g = CensusJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // A writer closed before finish() must leave a visibly incomplete document, not a closed-off one.
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            RecordLayout layout = new RecordLayout();
            g.setPrettyPrinter(layout);
            JsonCensusWriter writer = new JsonCensusWriter(g, layout, out);
            layout.entryPerLine();
            g.writeStartObject();
            g.writeNumberField("formatVersion", CensusJson.FORMAT_VERSION);
            g.writeFieldName("census");
            layout.entryPerLine();
            writer.edition(header.edition());
            writer.figures(header.statedFigures());
            layout.entryPerLine();
            g.writeArrayFieldStart("partnerships");
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
                g.writeFieldName("solidarityFund");
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
        g.writeArrayFieldStart("statedOverview");
        for (StatedFigure f : figures) {
            g.writeStartObject();
            g.writeStringField("figure", f.figure());
            g.writeNumberField("value", f.value());
            g.writeStringField("raw", f.raw());
            g.writeEndObject();
        }
        g.writeEndArray();
    }


    private void edition(CensusEdition e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("title", e.title());
        if (e.subtitle().isPresent()) {
            g.writeStringField("subtitle", e.subtitle().get());
        }
        g.writeStringField("publisher", e.publisher());
        g.writeStringField("partnerCountry", e.partnerCountry());
        g.writeStringField("language", e.language());
        g.writeStringField("editionDate", e.editionDate().toString());
        g.writeFieldName("surveyPeriod");
        dateText(g, e.surveyPeriod());
        g.writeStringField("crisisReferenceDate", e.crisisReferenceDate().toString());
        if (e.sourceUrl().isPresent()) {
            g.writeStringField("sourceUrl", e.sourceUrl().get());
        }
        g.writeStringField("sourceLine", e.sourceLine());
        strings(g, "regions", e.regions());
        g.writeEndObject();
    }

    private void partnership(Partnership p) throws IOException {
        layout.entryPerLine();
        g.writeStartObject();
        g.writeStringField("id", p.id());
        if (p.sameAs().isPresent()) {
            g.writeStringField("sameAs", p.sameAs().get());
        }
        g.writeStringField("sourceSection", p.sourceSection());
        strings(g, "regions", p.regions());
        strings(g, "updateDates", p.updateDates().stream().map(LocalDate::toString).toList());
        g.writeStringField("updateDatesRaw", p.updated().raw());
        parties("frenchParties", p.frenchParties());
        parties("partnerParties", p.partnerParties());
        parties("thirdCountryParties", p.thirdCountryParties());
        layout.entryPerLine();
        g.writeArrayFieldStart("contacts");
        for (Contact c : p.contacts()) {
            g.writeStartObject();
            g.writeStringField("side", c.side().name());
            g.writeStringField("name", c.name());
            g.writeStringField("role", c.role());
            g.writeStringField("raw", c.raw());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("formalisation");
        dateText(g, p.formalisation());
        g.writeObjectFieldStart("governingDocument");
        g.writeStringField("raw", p.governingDocument().raw());
        g.writeStringField("renewal", p.governingDocument().renewal().name());
        g.writeEndObject();
        g.writeFieldName("annualBudget");
        money(g, p.annualBudget());
        g.writeObjectFieldStart("continuation");
        g.writeStringField("status", p.continuation().status().name());
        g.writeStringField("raw", p.continuation().raw());
        warnings(g, p.continuation().warnings());
        g.writeEndObject();
        g.writeObjectFieldStart("budgetTrend");
        g.writeStringField("direction", p.budgetTrend().direction().name());
        g.writeStringField("raw", p.budgetTrend().raw());
        warnings(g, p.budgetTrend().warnings());
        g.writeEndObject();
        g.writeStringField("localMeans", p.localMeans());
        layout.entryPerLine();
        g.writeArrayFieldStart("actions");
        for (Action a : p.actions()) {
            action(g, a);
        }
        g.writeEndArray();
        g.writeStringField("perspectives", p.perspectives());
        if (!p.notes().isEmpty()) {
            strings(g, "notes", p.notes());
        }
        g.writeEndObject();
    }

    private void parties(String field, List<Party> parties) throws IOException {
        layout.entryPerLine();
        g.writeArrayFieldStart(field);
        for (Party party : parties) {
            g.writeStartObject();
            g.writeStringField("name", party.name());
            g.writeStringField("raw", party.raw());
            g.writeStringField("kind", party.kind().name());
            g.writeStringField("role", party.role().name());
            if (!party.place().isEmpty()) {
                g.writeArrayFieldStart("place");
                for (PlaceLevel level : party.place()) {
                    g.writeStartObject();
                    g.writeStringField("level", level.level());
                    g.writeStringField("name", level.name());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (party.country().isPresent()) {
                g.writeStringField("country", party.country().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void action(JsonGenerator g, Action a) throws IOException {
        g.writeStartObject();
        g.writeStringField("number", a.number());
        g.writeFieldName("domain");
        domain(g, a.domain());
        if (a.domainFromRowAbove()) {
            g.writeBooleanField("domainFromRowAbove", true);
        }
        g.writeStringField("description", a.description());
        g.writeFieldName("period");
        dateText(g, a.period());
        g.writeFieldName("budget");
        money(g, a.budget());
        if (!a.note().isEmpty()) {
            g.writeStringField("note", a.note());
        }
        g.writeEndObject();
    }

    private static void domain(JsonGenerator g, Domain d) throws IOException {
        g.writeStartObject();
        g.writeStringField("raw", d.raw());
        g.writeStringField("category", d.category().name());
        if (d.category().dacCode().isPresent()) {
            g.writeNumberField("dacCode", d.category().dacCode().get());
        }
        if (!d.also().isEmpty()) {
            g.writeArrayFieldStart("also");
            for (DomainCategory c : d.also()) {
                g.writeString(c.name());
            }
            g.writeEndArray();
        }
        g.writeStringField("source", d.source().name());
        g.writeEndObject();
    }

    private static void dateText(JsonGenerator g, DateText d) throws IOException {
        g.writeStartObject();
        g.writeStringField("raw", d.raw());
        if (!d.intervals().isEmpty()) {
            g.writeArrayFieldStart("intervals");
            for (DateInterval i : d.intervals()) {
                g.writeStartObject();
                g.writeStringField("start", i.start().toString());
                g.writeStringField("end", i.end().toString());
                g.writeStringField("precision", i.precision().name());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (d.firstYear().isPresent()) {
            g.writeNumberField("firstYear", d.firstYear().get());
        }
        if (d.ongoing()) {
            g.writeBooleanField("ongoing", true);
        }
        if (d.since()) {
            g.writeBooleanField("since", true);
        }
        warnings(g, d.warnings());
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, MoneyText m) throws IOException {
        g.writeStartObject();
        g.writeStringField("raw", m.raw());
        if (!m.amountsEur().isEmpty()) {
            g.writeArrayFieldStart("amountsEur");
            for (BigDecimal a : m.amountsEur()) {
                g.writeNumber(a);
            }
            g.writeEndArray();
        }
        if (m.isKnown()) {
            g.writeNumberField("lowEur", m.lowEur().get());
            g.writeNumberField("highEur", m.highEur().get());
        }
        if (m.approximate()) {
            g.writeBooleanField("approximate", true);
        }
        if (!m.byPeriod().isEmpty()) {
            g.writeArrayFieldStart("byPeriod");
            for (PeriodAmount p : m.byPeriod()) {
                g.writeStartObject();
                g.writeStringField("period", p.period());
                g.writeNumberField("amountEur", p.amountEur());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!m.shares().isEmpty()) {
            g.writeArrayFieldStart("shares");
            for (Share s : m.shares()) {
                g.writeStartObject();
                g.writeNumberField("percent", s.percent());
                g.writeStringField("funder", s.funder());
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
        g.writeStringField("name", f.name());
        g.writeStringField("asOf", f.asOf().toString());
        layout.entryPerLine();
        g.writeArrayFieldStart("donors");
        for (Donor d : f.donors()) {
            g.writeStartObject();
            g.writeStringField("name", d.name());
            g.writeNumberField("amountEur", d.amountEur());
            g.writeStringField("amountRaw", d.amount().raw());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (f.printedTotalEur().isPresent()) {
            g.writeNumberField("printedTotalEur", f.printedTotalEur().get());
        }
        g.writeEndObject();
    }

    private static void warnings(JsonGenerator g, List<String> warnings) throws IOException {
        if (!warnings.isEmpty()) {
            strings(g, "warnings", warnings);
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
