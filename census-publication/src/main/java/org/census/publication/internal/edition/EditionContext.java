package org.census.publication.internal.edition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.census.charts.spi.ChartContext;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.overview.BudgetRange;
import org.census.publication.EditionOptions;

/**
 * What every part of one edition is built with: the census as it may be published, the options, the words, the
 * anchors and figure numbers given so far.
 */
final class EditionContext {
    final Census census;
    final EditionOptions options;
    final Wording words;
    final Anchors anchors = new Anchors();
    /** Numbers and amounts as the charts write them ("98 400 €", "€98,400"): one way in the whole edition. */
    final ChartContext numbers;
    private final String country;
    private int figures;

    EditionContext(Census census, EditionOptions options) {
        this.census = census;
        this.options = options;
        this.words = Wording.of(options.locale());
        this.numbers = ChartContext.of(census, options.locale());
        String code = census.edition().partnerCountry();
        String name = new Locale("", code).getDisplayCountry(options.locale());
        this.country = name.isBlank() ? code : name;
    }

    /** The next figure's number, from 1. */
    int nextFigure() {
        return ++figures;
    }

    /** The partner country's name in the edition's language ("Mali"). */
    String country() {
        return country;
    }

    String date(LocalDate day) {
        return words.date(day);
    }

    String euros(BigDecimal amount) {
        return numbers.euros(amount);
    }

    /** A sum of ranges: "98 400 €", or "entre 6 017 730 € et 7 928 573 €" when the bounds differ. */
    String range(BudgetRange range) {
        return range.isExact() ? euros(range.lowEur())
                : words.get("amount.range", euros(range.lowEur()), euros(range.highEur()));
    }

    /** Whether a form was updated after the day the reader asked about. */
    boolean marked(Partnership p) {
        return options.since().map(since -> p.updateDates().stream().anyMatch(d -> d.isAfter(since))).orElse(false);
    }
}
