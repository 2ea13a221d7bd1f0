package org.census.io.csv;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.io.internal.CellText;
import org.census.io.internal.CsvOutput;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.model.Action;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.text.MoneyText;

/**
 * One table of a census as CSV (RFC 4180: CRLF line ends, fields quoted where needed), UTF-8. Write-only: a CSV
 * table cannot hold a census (no edition, one table), so it is an export.
 *
 * <p>Options ({@code csv:key=value,...}): {@code table=actions} (default, one row per action with its partnership's
 * id, section and parties) or {@code table=partnerships}; {@code separator=comma} (default) or {@code semicolon}
 * (French Excel; decimals then take a comma); {@code bom=true} to start with a byte-order mark so that Excel reads
 * UTF-8.
 *
 * <p>Texts are neutralised against formula injection as in xlsx ({@link CellText#neutralise}); a list is one field,
 * one item per line.
 */
public final class CsvCensusFormat implements CensusFormat {
    static final FormatInfo INFO = new FormatInfo("csv", List.of("csv"), "text/csv", false, true);

    static final List<String> ACTION_HEADERS = List.of("Partenariat", "Section", "Parties françaises",
            "Parties du pays partenaire", "Régions", "N°", "Domaine", "Catégorie", "Domaine de la ligne au-dessus",
            "Description", "Période", "Début", "Fin", "Budget", "Budget min (€)", "Budget max (€)", "Note");
    static final List<String> PARTNERSHIP_HEADERS = List.of("Identifiant", "Identique à", "Section", "Régions",
            "Parties françaises", "Parties du pays partenaire", "Parties de pays tiers", "Mise à jour",
            "Formalisation", "Document", "Budget annuel", "Budget annuel min (€)", "Budget annuel max (€)",
            "Poursuite depuis la crise", "Poursuite (statut)", "Évolution du budget", "Évolution (sens)",
            "Moyens locaux", "Actions", "Perspectives", "Notes");

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public Map<String, String> options() {
        return CsvOptions.DESCRIPTIONS;
    }

    @Override
    public void read(InputStream in, String source, FormatOptions options, CensusSink sink) {
        throw new CensusException("CSV is written, not read: a CSV table cannot hold a census; read "
                + "json or xlsx");
    }

    @Override
    public CensusSink write(OutputStream out, FormatOptions options) {
        CsvOptions csv = CsvOptions.of(options);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(csv.delimiter())
                .setHeader((csv.partnerships() ? PARTNERSHIP_HEADERS : ACTION_HEADERS).toArray(String[]::new)).get();
        Writer writer = CsvOutput.utf8(out);
        return new CensusSink() {
            private CSVPrinter printer;

            @Override
            public void start(CensusHeader header) {
                CensusIOException.run("cannot write CSV",
                        () -> printer = CsvOutput.printer(writer, format, csv.bom()));
            }

            @Override
            public void partnership(Partnership p) {
                CensusIOException.run("cannot write CSV", () -> {
                    if (csv.partnerships()) {
                        printer.printRecord(partnershipRow(p, csv.decimalComma()));
                    } else {
                        for (Action a : p.actions()) {
                            printer.printRecord(actionRow(p, a, csv.decimalComma()));
                        }
                    }
                });
            }

            @Override
            public void end(CensusHeader header) {
                CensusIOException.run("cannot write CSV", () -> {
                    printer.flush();
                    writer.flush();
                });
            }
        };
    }

    static List<String> actionRow(Partnership p, Action a, boolean decimalComma) {
        List<String> row = new ArrayList<>();
        row.add(text(p.id()));
        row.add(text(p.sourceSection()));
        row.add(names(p.frenchParties()));
        row.add(names(p.partnerParties()));
        row.add(list(p.regions()));
        row.add(text(a.number()));
        row.add(text(a.domain().raw()));
        row.add(a.domain().category().labelFr());
        row.add(a.domainFromRowAbove() ? "oui" : "");
        row.add(text(a.description()));
        row.add(text(a.period().raw()));
        row.add(date(a.period().earliest()));
        row.add(date(a.period().latest()));
        row.add(text(a.budget().raw()));
        row.add(number(a.budget().lowEur(), decimalComma));
        row.add(number(a.budget().highEur(), decimalComma));
        row.add(text(a.note()));
        return row;
    }

    static List<String> partnershipRow(Partnership p, boolean decimalComma) {
        MoneyText budget = p.annualBudget();
        return List.of(text(p.id()), text(p.sameAs().orElse("")), text(p.sourceSection()), list(p.regions()),
                names(p.frenchParties()), names(p.partnerParties()), names(p.thirdCountryParties()),
                text(p.updated().raw()), text(p.formalisation().raw()), text(p.governingDocument().raw()),
                text(budget.raw()), number(budget.lowEur(), decimalComma), number(budget.highEur(), decimalComma),
                text(p.continuation().raw()), p.continuation().status().name(), text(p.budgetTrend().raw()),
                p.budgetTrend().direction().name(), text(p.localMeans()), String.valueOf(p.actions().size()),
                text(p.perspectives()), list(p.notes()));
    }

    private static String text(String s) {
        return CellText.neutralise(s);
    }

    private static String list(List<String> items) {
        return CellText.neutralise(CellText.joinList(items));
    }

    private static String names(List<Party> parties) {
        return list(parties.stream().map(Party::name).toList());
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("");
    }

    private static String number(Optional<BigDecimal> n, boolean decimalComma) {
        return n.map(BigDecimal::toPlainString).map(s -> decimalComma ? s.replace('.', ',') : s).orElse("");
    }
}
