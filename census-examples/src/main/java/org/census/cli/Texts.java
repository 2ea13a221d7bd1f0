package org.census.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.ResourceBundle;

import org.census.CensusException;
import org.census.internal.Messages;
import org.census.overview.BudgetRange;

/** The tool's words and number formats in one language: French ("98 400 €") or English ("€98,400"). */
final class Texts {
    private final Locale locale;
    private final ResourceBundle bundle;

    Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.census.cli.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** French unless English is asked for, or is the default language when nothing is asked. */
    /** The languages census speaks, by their code. */
    static final Map<String, Locale> LANGUAGES = Map.of("fr", Locale.FRANCE, "en", Locale.UK);

    /**
     * The language asked for ({@code --lang}, any case), else the system's: French unless the system names English,
     * since a C or POSIX locale (a container, a CI runner) says nothing about its user.
     */
    static Locale locale(String lang) {
        if (lang != null) {
            Locale asked = LANGUAGES.get(lang.strip().toLowerCase(Locale.ROOT));
            if (asked == null) {
                throw new CensusException("--lang " + Messages.cut(lang, 20) + ": census speaks "
                        + String.join(", ", new TreeSet<>(LANGUAGES.keySet())));
            }
            return asked;
        }
        return systemLanguage(System.getenv(), Locale.getDefault());
    }

    /** The language the environment names (LC_ALL, then LC_MESSAGES, then LANG), else the JVM's default. */
    static Locale systemLanguage(Map<String, String> env, Locale jvmDefault) {
        String language = Stream.of("LC_ALL", "LC_MESSAGES", "LANG").map(env::get)
                .filter(v -> v != null && !v.isBlank()).findFirst()
                .map(v -> v.split("[_.@]", 2)[0].toLowerCase(Locale.ROOT))
                .orElse(jvmDefault.getLanguage());
        return "en".equals(language) ? Locale.UK : Locale.FRANCE;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    String money(BigDecimal eur) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance("EUR"));
        f.setMaximumFractionDigits(0);
        f.setMinimumFractionDigits(0);
        return f.format(eur.setScale(0, RoundingMode.HALF_UP));
    }

    /** "6 017 730 € – 7 928 573 €", or one amount when the bounds agree. */
    String range(BudgetRange r) {
        if (r.known() == 0) {
            return "—";
        }
        return r.isExact() ? money(r.lowEur()) : money(r.lowEur()) + " – " + money(r.highEur());
    }

    String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
