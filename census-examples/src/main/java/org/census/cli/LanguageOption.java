package org.census.cli;

import java.util.Locale;

import picocli.CommandLine.Option;

/** {@code --lang}, for the commands that write words: French or English. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the output, fr or en in any case "
            + "(default: the system's; French for a C or POSIX locale).")
    String lang;

    Locale locale() {
        return Texts.locale(lang);
    }
}
