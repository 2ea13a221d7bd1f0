package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.census.internal.AtomicFiles;
import org.census.internal.Messages;
import org.census.io.spi.FormatOptions;
import org.census.io.table.TableMapping;
import org.census.io.table.TableProposal;
import org.census.io.table.TableReader;
import org.census.io.table.TableReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The dry run of reading a spreadsheet of one's own: what the table format would make of it, column by column, before
 * anything is converted; and the mapping it proposes, saved for the user to edit.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Dry run of reading a spreadsheet of your own (csv, tsv, txt, xlsx, xls, ods) as a census: the "
                + "sheet and header row found, what each column maps to with three samples and what they parse to, "
                + "how rows make partnerships, the rows skipped. Changes nothing but --save's file.",
                "Then: census convert FILE census.json --from table (or --from table:mapping=MAPPING)."})
final class MapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spreadsheet.")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet to read (default: the first that holds "
            + "a table).")
    String sheet;

    @Option(names = "--mapping", paramLabel = "MAPPING", description = "Check this mapping file (JSON, as --save "
            + "writes it) instead of proposing one.")
    Path mapping;

    @Option(names = "--save", paramLabel = "MAPPING", description = "Write the mapping to this file, to edit and "
            + "give back with --mapping or --from table:mapping=MAPPING.")
    Path save;

    @Option(names = "--encoding", paramLabel = "ENCODING", description = "A CSV file's encoding: utf-8, "
            + "windows-1252, utf-16, iso-8859-1 (default: detected).")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "DELIMITER", description = "A CSV file's delimiter: comma, "
            + "semicolon, tab, pipe (default: detected).")
    String delimiter;

    @Option(names = "--edition", paramLabel = "CENSUS", description = "The census whose edition gives the regions "
            + "and places (default: the bundled census).")
    String edition;

    @Mixin
    ContactsOption contacts;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        CensusInput.existingFile(file);
        Optional<TableMapping> given = Optional.ofNullable(mapping).map(MapCommand::readMapping);
        if (save != null) {
            OutputArgument.requireFile(save);
            AtomicFiles.requireNotAnInput(save, List.of(file));
        }
        Map<String, String> options = new LinkedHashMap<>();
        Optional.ofNullable(sheet).ifPresent(s -> options.put("sheet", s));
        Optional.ofNullable(encoding).ifPresent(e -> options.put("encoding", e));
        Optional.ofNullable(delimiter).ifPresent(d -> options.put("delimiter", d));
        TableProposal proposal = TableReader.of(CensusInput.load(spec, edition)).withContacts(contacts.includeContacts)
                .propose(file, new FormatOptions(options), given);
        Texts texts = new Texts(language.locale());
        PrintWriter out = spec.commandLine().getOut();
        print(proposal, texts, out);
        if (save != null) {
            AtomicFiles.write(save, proposal.mapping()::write);
            out.println(texts.get("map.saved", save));
        }
        out.println(texts.get("map.next", file, save != null ? ":mapping=" + save
                : mapping != null ? ":mapping=" + mapping : ""));
        out.flush();
        return 0;
    }

    private void print(TableProposal proposal, Texts texts, PrintWriter out) {
        TableReport report = proposal.report();
        TableMapping m = proposal.mapping();
        out.println(safe(texts.get("map.sheet", file, report.sheet())));
        out.println(texts.get("map.header", m.headerRow(), m.headerRows() == 2
                ? texts.get("map.twoRows", m.headerRow(), m.headerRow() + 1) : "", m.hashtagRow().isPresent()
                ? texts.get("map.hashtags", m.hashtagRow().getAsInt()) : texts.get("map.noHashtags"),
                m.firstDataRow()));
        out.println();
        TextTable columns = new TextTable(List.of(texts.get("map.column"), texts.get("map.headerText"),
                texts.get("map.field"), texts.get("map.score"), texts.get("map.samples")));
        for (TableProposal.ProposedColumn c : proposal.columns()) {
            List<String> samples = new ArrayList<>();
            for (TableProposal.Sample s : c.samples()) {
                samples.add(c.letter() + s.row() + ": " + Messages.cut(Messages.oneLine(s.text()), 40) + " → "
                        + Messages.cut(s.parsed(), 40));
            }
            String header = c.header() + c.hashtag().map(h -> " " + h).orElse("");
            String field = c.field().map(f -> f.key()).orElse(texts.get("map.ignored") + (c.reason().isEmpty() ? ""
                    : " (" + c.reason() + ")"));
            columns.row(List.of(c.letter(), Messages.cut(Messages.oneLine(header), 50), field,
                    c.field().isPresent() ? String.valueOf(c.score()) : "", samples.isEmpty() ? "" : samples.get(0)));
            for (String more : samples.subList(Math.min(1, samples.size()), samples.size())) {
                columns.row(List.of("", "", "", "", more));
            }
        }
        out.print(columns.toText());
        out.println();
        out.println(texts.get(report.shape() == TableReport.RowShape.ACTION_ROWS ? "map.actionRows"
                : "map.partnershipRows"));
        if (report.skipped().isEmpty()) {
            out.println(texts.get("map.noneSkipped"));
        } else {
            out.println(texts.get("map.skipped", report.skippedRows()));
            report.skipped().forEach(s -> out.println("  " + safe(s.toString())));
        }
        if (!report.unmappedColumns().isEmpty()) {
            out.println(texts.get("map.unmapped", report.unmappedColumns().size()));
            report.unmappedColumns().forEach(c -> out.println("  " + safe(c)));
        }
        out.println(texts.get("map.result", report.rows(), report.partnerships(), report.actions(),
                report.warningCount()));
        report.warnings().forEach(w -> out.println("  " + safe(w)));
        if (report.warningCount() > report.warnings().size()) {
            out.println("  ... " + (report.warningCount() - report.warnings().size()));
        }
    }

    private static String safe(String text) {
        return TerminalText.safe(text);
    }

    private static TableMapping readMapping(Path path) {
        CensusInput.existingFile(path);
        return TableMapping.read(path);
    }
}
