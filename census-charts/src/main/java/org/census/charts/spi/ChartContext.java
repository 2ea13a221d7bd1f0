package org.census.charts.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.census.text.Label;
import org.census.model.Census;
import org.census.model.CensusEdition;

/**
 * What a chart is drawn with besides its census: the language of its labels, the source line it credits and the
 * theme. French when the locale's language is "fr", English otherwise. Also formats numbers the way the language
 * writes them: "98 400 €", "1,2 M€", "91 %" in French; "€98,400", "€1.2M", "91%" in English.
 *
 * @param locale     the language of labels and numbers
 * @param sourceLine the credit line, without "Source:" ("Cités Unies France, recensement 2013")
 * @param theme      fonts, sizes and colours
 */
public record ChartContext(Locale locale, String sourceLine, ChartTheme theme) {
    /** French groups digits with a narrow no-break space and sets one before "%", ":" and after numbers before "€". */
    private static final char THIN = '\u202F';
    private static final char NBSP = '\u00A0';

    /**
     * Checks that every component is given, and strips the source line.
     *
     * @param locale     the language of labels and numbers
     * @param sourceLine the credit line, without "Source:" ("Cités Unies France, recensement 2013")
     * @param theme      fonts, sizes and colours
     */
    public ChartContext {
        Objects.requireNonNull(locale, "locale");
        sourceLine = Objects.requireNonNull(sourceLine, "sourceLine").strip();
        Objects.requireNonNull(theme, "theme");
    }

    /**
     * The context for a census, with the publication theme. The source line is the edition's own when the chart
     * speaks the census's language; in the other language, whose reader the edition's words would not serve, it names
     * the publisher and the year of the edition ("Cités Unies France, census of 2013").
     *
     * @param census the census drawn
     * @param locale the language of labels and numbers
     * @return the context
     */
    public static ChartContext of(Census census, Locale locale) {
        CensusEdition edition = census.edition();
        ChartContext context = new ChartContext(locale, edition.sourceLine(), ChartTheme.publication());
        if (edition.sourceLine().isEmpty() || context.speaks(edition)) {
            return context;
        }
        int year = edition.editionDate().getYear();
        return new ChartContext(locale, edition.publisher() + ", " + context.text("recensement " + year,
                "census of " + year), context.theme());
    }

    /**
     * {@return whether labels are in the edition's language} The edition's own words (its source line, its fund's
     * name) then serve a reader as they are; otherwise a chart words them itself.
     *
     * @param edition the edition of the census drawn
     */
    public boolean speaks(CensusEdition edition) {
        return language().getLanguage().equals(Locale.forLanguageTag(edition.language()).getLanguage());
    }

    /**
     * {@return the same context in another language}
     *
     * @param other the language of labels and numbers
     */
    public ChartContext withLocale(Locale other) {
        return new ChartContext(other, sourceLine, theme);
    }

    /**
     * {@return the same context with another theme}
     *
     * @param other fonts, sizes and colours
     */
    public ChartContext withTheme(ChartTheme other) {
        return new ChartContext(locale, sourceLine, other);
    }

    /**
     * {@return the language of labels and numbers: {@link Locale#FRENCH} or {@link Locale#ENGLISH}} See
     * {@link Label}.
     */
    public Locale language() {
        return Label.language(locale);
    }

    /** {@return whether labels are in French} */
    public boolean isFrench() {
        return language() == Locale.FRENCH;
    }

    /**
     * {@return the French or the English text, by the context's language}
     *
     * @param french  the text in French
     * @param english the text in English
     */
    public String text(String french, String english) {
        return new Label(french, english).in(locale);
    }

    /** {@return "Source : Cités Unies France, recensement 2013"; empty when the census names no source} */
    public String sourceNote() {
        if (sourceLine.isEmpty()) {
            return "";
        }
        return (isFrench() ? "Source" + NBSP + ": " : "Source: ") + sourceLine;
    }

    /**
     * {@return a count with grouped digits: "1 234" or "1,234"}
     *
     * @param n the count
     */
    public String count(long n) {
        return decimal(0).format(n);
    }

    /**
     * {@return an amount in euros to the euro (cents when there are any): "98 400 €" or "€98,400"}
     *
     * @param amount in euros
     */
    public String euros(BigDecimal amount) {
        int scale = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        String digits = decimal(scale).format(amount.setScale(scale, RoundingMode.HALF_UP));
        return isFrench() ? digits + NBSP + "€" : "€" + digits;
    }

    /**
     * {@return an amount in euros for an axis or a tight label: "850 €", "45 k€", "1,2 M€" (English "€850", "€45k",
     * "€1.2M")}
     *
     * @param amount in euros
     */
    public String eurosShort(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        String unit;
        BigDecimal scaled;
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            unit = "M";
            scaled = amount.movePointLeft(6);
        } else if (abs.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            unit = "k";
            scaled = amount.movePointLeft(3);
        } else {
            return euros(amount.setScale(0, RoundingMode.HALF_UP));
        }
        int decimals = scaled.abs().compareTo(BigDecimal.TEN) < 0 ? 1 : 0;
        String digits = decimal(decimals).format(scaled.setScale(decimals, RoundingMode.HALF_UP));
        if (decimals == 1 && digits.endsWith(isFrench() ? ",0" : ".0")) {
            digits = digits.substring(0, digits.length() - 2);
        }
        return isFrench() ? digits + NBSP + unit + "€" : "€" + digits + unit;
    }

    /**
     * {@return a share as a whole percentage: "91 %" or "91%"}
     *
     * @param share between 0 and 1
     */
    public String percent(double share) {
        String digits = decimal(0).format(Math.round(share * 100));
        return isFrench() ? digits + THIN + "%" : digits + "%";
    }

    /**
     * {@return a date written out: "22 mars 2012" or "22 March 2012"}
     *
     * @param date the day
     */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language()).format(date);
    }

    private DecimalFormat decimal(int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(isFrench() ? THIN : ',');
        symbols.setDecimalSeparator(isFrench() ? ',' : '.');
        symbols.setMinusSign('\u2212');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
