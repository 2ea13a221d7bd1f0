package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.census.model.Census;
import org.census.publication.EditionOptions;
import org.census.publication.Editions;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Write the edition of a census (the bundled census when none is given) as the network "
                + "publishes it: title page, contents, foreword, the partnerships by region, the overview with its "
                + "figures and charts, one fiche per partnership, the donors, the map of the regions.",
                "Files written in DIR: edition.docx (to edit in Word or LibreOffice before printing), edition.html "
                        + "(one self-contained page for a website), edition.pdf (to send and print); one per "
                        + "--format.",
                "Contact persons and the edition's credits (personal data) are left out unless --include-contacts."})
final class PublishCommand implements Callable<Integer> {
    /** The formats written when none is named, in this order. */
    static final List<String> DEFAULT_FORMATS = List.of("docx", "html", "pdf");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CENSUS", description = "A census file, or - for JSON on standard input.")
    String census;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "census-report",
            description = "Directory to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Formats to write, comma-separated: docx, html, pdf (default: all three).")
    List<String> formats;

    @Mixin
    LanguageOption language;

    @Option(names = "--since", paramLabel = "DATE", converter = DateOption.class,
            description = "Mark the fiches updated after this day, with a legend, as the source marked its late "
                    + "fiches: 2013-09-01 or 01/09/2013.")
    LocalDate since;

    @Mixin
    ContactsOption contacts;

    @Override
    public Integer call() {
        EditionOptions options = new EditionOptions(language.locale(), Optional.ofNullable(since),
                contacts.includeContacts);
        List<String> chosen = chosenFormats();
        // Every format is checked before the census is read: a missing one fails at once, naming those installed.
        List<String> extensions = chosen.stream().map(Editions::extension).toList();
        Census loaded = CensusInput.load(spec, census);
        List<Path> written;
        // Every document is made before any is put in place: a run that fails leaves the folder as it was.
        try (StagedOutput output = StagedOutput.in(out)) {
            List<Path> made = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                Path file = output.staged("edition." + extensions.get(i));
                Editions.write(loaded, chosen.get(i), options, file);
                made.add(file);
            }
            written = output.commit(made);
        }
        Texts texts = new Texts(language.locale());
        PrintWriter w = spec.commandLine().getOut();
        w.println(TerminalText.safe(texts.get("publish.written", loaded.edition().title(), written.size())));
        written.forEach(w::println);
        w.flush();
        return 0;
    }

    private List<String> chosenFormats() {
        if (formats == null) {
            return DEFAULT_FORMATS;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String f : formats) {
            String name = f.strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                chosen.add(name);
            }
        }
        if (chosen.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format names no format; write "
                    + "docx, html or pdf, comma-separated");
        }
        return List.copyOf(chosen);
    }
}
