package org.census.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.time.api.Dates;
import org.census.internal.FrenchText;

import org.census.bundled.BundledCensus;
import org.census.domain.Domain;
import org.census.testing.FormTexts;

/** Laws of the free-text parsers. */
class ParserProperties {
    @Property
    void foldingTheStartIsTheStartOfTheFolding(@ForAll("frenchish") String text, @ForAll @IntRange(max = 20) int n) {
        String folded = FrenchText.fold(text);
        assertThat(FrenchText.foldStart(text, n)).isEqualTo(folded.substring(0, Math.min(n, folded.length())));
    }

    @Provide
    Arbitrary<String> frenchish() {
        return Arbitraries.strings().withChars(" \u00A0\u202FtoaléÉœŒæ\u0301’–€\n").ofMaxLength(30);
    }


    /**
     * The parsers have no catch-all: parsing any text returns (an exception fails the property), keeps the text, and
     * gives bounds in order. Run with many tries once in a while: {@code -Djqwik.tries.default=20000}.
     */
    @Property
    void moneyNeverThrowsAndKeepsTheRawText(@ForAll("odd") String raw) {
        MoneyText m = MoneyText.parse(raw);
        assertThat(m.raw()).isEqualTo(raw);
        m.lowEur().ifPresent(low -> assertThat(low).isLessThanOrEqualTo(m.highEur().orElseThrow()));
        assertThat(m.amountsEur()).allSatisfy(a -> assertThat(a.signum()).isNotNegative());
    }

    @Property
    void datesNeverThrowAndKeepTheRawText(@ForAll("odd") String raw) {
        DateText d = DateText.parse(raw);
        assertThat(d.raw()).isEqualTo(raw);
        d.intervals().forEach(i -> assertThat(i.end()).isAfterOrEqualTo(i.start()));
    }

    @Property
    void judgementsNeverThrow(@ForAll("odd") String raw) {
        assertThat(Continuation.parse(raw).raw()).isEqualTo(raw);
        assertThat(BudgetTrend.parse(raw).raw()).isEqualTo(raw);
        assertThat(GoverningDocument.parse(raw).raw()).isEqualTo(raw);
        assertThat(Domain.classify(raw, raw).raw()).isEqualTo(raw);
    }

    /** Every raw text of the bundled census, each through every parser (the properties only sample them). */
    @Example
    void everyTextOfTheBundledCensusParses() {
        List<String> raws = FormTexts.bundledRaws(BundledCensus.load());
        assertThat(raws).hasSizeGreaterThan(1_000);
        for (String raw : raws) {
            moneyNeverThrowsAndKeepsTheRawText(raw);
            datesNeverThrowAndKeepTheRawText(raw);
            judgementsNeverThrow(raw);
        }
    }

    @Provide
    Arbitrary<String> odd() {
        return FormTexts.any();
    }

    /** An amount written the French way, in any of the forms' styles, reads back as itself. */
    @Property
    void frenchAmountsReadBack(@ForAll @LongRange(min = 0, max = 999_999_999) long euros,
                               @ForAll @IntRange(min = 0, max = 99) int cents, @ForAll("styles") String style) {
        BigDecimal amount = BigDecimal.valueOf(euros).add(BigDecimal.valueOf(cents, 2));
        String text = String.format(Locale.ROOT, style, french(euros, cents));
        assertThat(MoneyText.parse(text).exactEur()).as(text)
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(amount));
    }

    @Provide
    Arbitrary<String> styles() {
        return Arbitraries.of("%s €", "%s€", "%s euros", "Environ %s €", "%s € par an");
    }

    private static String french(long euros, int cents) {
        String grouped = String.format(Locale.FRANCE, "%,d", euros).replace('\u202F', ' ').replace('\u00A0', ' ');
        return cents == 0 ? grouped : grouped + "," + String.format(Locale.ROOT, "%02d", cents);
    }

    /** Day dates in the forms' numeric styles read back as that day. */
    @Property
    void numericDatesReadBack(@ForAll("dates") LocalDate date, @ForAll("datePatterns") String pattern) {
        String text = date.format(DateTimeFormatter.ofPattern(pattern, Locale.FRENCH));
        assertThat(DateText.parse(text).days()).as(text).containsExactly(date);
    }

    /** Ranges of two days read back as one interval from the first to the second. */
    @Property
    void dayRangesReadBack(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
        LocalDate start = a.isBefore(b) ? a : b;
        LocalDate end = a.isBefore(b) ? b : a;
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
        String text = start.format(f) + " au " + end.format(f);
        DateText d = DateText.parse(text);
        assertThat(d.intervals()).as(text).hasSize(1);
        assertThat(d.earliest()).contains(start);
        assertThat(d.latest()).contains(end);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1960, 1, 1), LocalDate.of(2049, 12, 31));
    }

    @Provide
    Arbitrary<String> datePatterns() {
        return Arbitraries.of("dd/MM/yyyy", "d/MM/yyyy", "dd/MM/yy", "d MMMM yyyy");
    }
}
