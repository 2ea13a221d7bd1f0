package org.census.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.census.CensusException;
import org.census.internal.FrenchText;
import org.census.internal.Messages;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.model.Party;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The partnerships of a census with their ids: what {@code template --partnership ID} needs. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the partnerships of a census (the bundled census when none is given) with their ids.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CENSUS", description = "A census file, or - for JSON on standard input.")
    String census;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Only the partnerships of that region (accents and case ignored).")
    String region;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Census loaded = CensusInput.load(spec, census);
        Optional<String> chosen = Optional.ofNullable(region).map(r -> regionOf(loaded, r));
        Texts texts = new Texts(language.locale());
        TextTable table = new TextTable(List.of(texts.get("list.id"), texts.get("list.regions"),
                texts.get("list.french"), texts.get("list.partner"), texts.get("list.actions")));
        int shown = 0;
        for (Partnership p : loaded.partnerships()) {
            if (chosen.isPresent() && !p.regions().contains(chosen.get())) {
                continue;
            }
            table.row(List.of(p.id() + p.sameAs().map(s -> " (= " + s + ")").orElse(""), String.join(", ",
                    p.regions()), names(p.frenchParties()), names(p.partnerParties()),
                    texts.count(p.actions().size())));
            shown++;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(table.toText());
        out.println(texts.get("list.total", shown));
        out.flush();
        return 0;
    }

    private static String names(List<Party> parties) {
        return String.join(" ; ", parties.stream().map(Party::name).toList());
    }

    /** The edition's spelling of the region asked for, or an error listing the edition's regions. */
    private static String regionOf(Census census, String asked) {
        String folded = FrenchText.fold(asked);
        return census.edition().regions().stream().filter(r -> FrenchText.fold(r).equals(folded)).findFirst()
                .orElseThrow(() -> new CensusException("--region " + Messages.cut(asked, 40) + ": the census has no "
                        + "such region; its regions: " + String.join(", ", census.edition().regions())));
    }
}
