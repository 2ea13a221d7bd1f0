package org.census.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.census.CensusLimits;
import org.census.internal.FrenchText;

/**
 * Reads the amounts of a French money text: "73 000€", "1,2 millions €", "50 K€", "Entre 1500 et 3000€",
 * "25 000/30 000€", "2 x 25 000 euros", "2012 : 87 331 € dont 38 984 € du Conseil général", "105 000 € (50 % CAECE,
 * 25 % MAE)". It works on the text's own characters (positions are kept for the shares' funder names) and never
 * throws: what it cannot read it leaves unknown, and what it guesses it says in a warning.
 */
final class MoneyParser {
    // A French thousands group uses a space (or, seen in the forms, a dot); decimals use a comma (or a dot).
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\d,.])(\\d{1,3}(?:[ .]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)(?!\\d)");
    private static final Pattern CURRENCY_AFTER =
            Pattern.compile("^\\s*(millions?\\s*(?:d'|de\\s*)?(?:€|euros?)?|m€|k\\s?€|keur|€|euros?\\b|eur\\b)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOT_MONEY_AFTER = Pattern.compile(
            "^\\s*(%|ans?\\b|annees?\\b|mois\\b|semaines?\\b|jours?\\b|personnes\\b|eleves\\b|classes\\b|salles\\b"
                    + "|villages\\b|communes\\b|hectares\\b|ha\\b|km\\b|etudiants?\\b|jeunes\\b|familles\\b|er\\b|ere\\b"
                    + "|e\\b|eme\\b|nd\\b|de\\s+ses\\b|/\\d\\b)");
    private static final Pattern MULTIPLIER_AFTER = Pattern.compile("^\\s*(€|euros?)?\\s*[x×*]\\s*$");
    private static final Pattern RANGE_GAP = Pattern.compile("^\\s*(€|euros?)?\\s*(/|a|au|-)\\s*$");
    // A share starts where a number starts (tried from every digit of a long run, the search was quadratic) and is a
    // percentage: at most three digits, and six decimals.
    private static final Pattern SHARE =
            Pattern.compile("(?<!\\d)(\\d{1,3}(?:[.,]\\d{1,6})?)\\s*%\\s*(?:de\\s+|du\\s+|des\\s+)?([^,;/%()\\n]*)");
    private static final Pattern DONT = Pattern.compile("\\bdont\\b");
    private static final Pattern ET_GAP = Pattern.compile("\\s*(€|euros?)?\\s*et\\s*");
    private static final Pattern ENTRE_BEFORE = Pattern.compile("\\bentre\\s*$");
    private static final Pattern TIMES_GAP = Pattern.compile("\\s*(€|euros?)?\\s*[x×*]\\s*");
    private static final Pattern OPEN_BRACKET_GAP = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern SUM_GAP = Pattern.compile("\\s*(€|euros?)?\\s*(\\+|et)\\s*");
    private static final Pattern MULTIPLIER_GAP = Pattern.compile("\\s*[x×*]\\s*");
    private static final Pattern LIST_OR_RANGE_GAP = Pattern.compile("\\s*(/|a|au|-|et|\\+)\\s*");
    private static final Pattern EN_POUR_BUDGET_BEFORE = Pattern.compile("\\b(en|pour|budget)\\s*$");
    private static final Pattern EN_POUR_BEFORE = Pattern.compile("\\b(en|pour)\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[ .]\\d{3})+(?:,\\d+)?");
    private static final Pattern YEAR_RANGE_AFTER = Pattern.compile("\\s*[-/–]\\s*(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern LABEL_AFTER = Pattern.compile("\\s*[:=]");
    private static final Pattern DELTA_BEFORE =
            Pattern.compile("\\b(diminution|augmentation|hausse|baisse|reduction|majoration)\\s+(de|d')\\s*$");
    /** CFA francs after a number: "150 000 FCFA", "150.000 F CFA", "1 million de FCFA", "2 milliards XOF". */
    private static final Pattern CFA_AFTER = Pattern.compile("^\\s*(?:(millions?|milliards?)\\s*(?:d'|de\\s*)?)?"
            + "(?:f\\.?\\s?cfa|francs?\\s+cfa|cfa|xof)(?![\\p{L}\\d])");
    /** CFA francs before a number: "XOF 150000", "FCFA : 150 000". */
    private static final Pattern CFA_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?:xof|f\\s?cfa)\\s*:?\\s*$");
    private static final Pattern EURO = Pattern.compile("€|(?<![\\p{L}])(?:euros?|eur|keur)(?![\\p{L}])");
    /** Currencies that are not read, beside a number: "$ 2 000", "2 000 USD", "1 500 £", "3 000 CHF". */
    private static final Pattern FOREIGN = Pattern.compile("(?:\\$|£|(?<![\\p{L}])(?:usd|us\\$|gbp|chf|dollars?"
            + "|livres? sterling|francs? suisses?)(?![\\p{L}]))\\s*:?\\s*\\d|\\d\\s*(?:\\$|£|(?:usd|us\\$|gbp|chf|dollars?"
            + "|livres? sterling|francs? suisses?)(?![\\p{L}]))");
    private static final Pattern APPROXIMATE = Pattern.compile("\\b(environ|en moyenne|approximativement|pres de)\\b|~");

    /**
     * More digits than any budget has (a million billion euros has 16 with its cents): such a number is not an
     * amount, and arithmetic on numbers thousands of digits long would be slow.
     */
    private static final int MAX_DIGITS = 18;

    private MoneyParser() {
    }

    private enum Kind { MONEY, YEAR, OTHER }

    private record Token(int start, int end, BigDecimal value, Kind kind, boolean hasUnit, boolean cfa) {
        Token(int start, int end, BigDecimal value, Kind kind, boolean hasUnit) {
            this(start, end, value, kind, hasUnit, false);
        }

        Token inEuros() {
            return new Token(start, end, Cfa.toEuros(value), kind, hasUnit, false);
        }
    }

    /** A currency cell's words that this parser reads: the euro's and the CFA franc's. */
    private static final Pattern READ_CURRENCY = Pattern.compile(
            "€|euros?|eur|xof|f\\.?\\s?cfa|francs?\\s+cfa|cfa");

    static boolean isReadCurrency(String currency) {
        return READ_CURRENCY.matcher(FrenchText.fold(currency)).matches();
    }

    static MoneyText parse(String rawOrNull) {
        String raw = rawOrNull == null ? "" : rawOrNull;
        if (FrenchText.isBlankAnswer(raw)) {
            return MoneyText.unknown(raw);
        }
        // No catch-all: a bug in the reading must fail a test, not turn into a warning (ParserProperties).
        return read(raw);
    }

    private static MoneyText read(String raw) {
        // Same length as raw: only spacing characters are replaced, so positions stay valid.
        String text = raw.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ');
        String folded = foldSameLength(text);
        List<String> warnings = new ArrayList<>();
        Matcher foreign = FOREIGN.matcher(folded);
        if (foreign.find()) {
            // No rate is stated for them: the text stays and the figure is unknown, never a dollar read as a euro.
            warnings.add("amounts in " + Cfa.currencyOf(foreign.group()) + " are not converted: only euros and CFA "
                    + "francs are read");
            return new MoneyText(raw, List.of(), Optional.empty(), Optional.empty(), false, List.of(), List.of(),
                    warnings);
        }
        List<Token> tokens = inEuros(tokens(text, folded, warnings), folded, warnings);
        boolean anyUnit = tokens.stream().anyMatch(Token::hasUnit);

        // Keep money: numbers with a unit, numbers sharing the unit of the next one ("Entre 1500 et 3000€"), and
        // bare numbers when the whole text carries no unit (budget columns that give "16 000" alone).
        List<Token> money = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.MONEY) {
                continue;
            }
            boolean siblingOfNext = i + 1 < tokens.size() && tokens.get(i + 1).hasUnit()
                    && isListOrRangeGap(folded.substring(t.end(), tokens.get(i + 1).start()));
            boolean multiplier = i + 1 < tokens.size() && isMultiplierGap(folded.substring(t.end(),
                    tokens.get(i + 1).start())) || i > 0 && tokens.get(i - 1).kind() == Kind.MONEY
                    && isMultiplierGap(folded.substring(tokens.get(i - 1).end(), t.start()));
            if (t.hasUnit() || !anyUnit || siblingOfNext || multiplier) {
                money.add(t);
            }
        }

        for (Token t : money) {
            if (!t.hasUnit() && t.value().compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                    && text.substring(t.start(), t.end()).chars().filter(c -> c == ' ').count() >= 2) {
                warnings.add("a large number without a currency may be two amounts run together: "
                        + text.substring(t.start(), t.end()));
            }
        }
        List<Share> shares = shares(text);
        boolean approximate = APPROXIMATE.matcher(folded).find();
        if (money.isEmpty()) {
            if (!tokens.isEmpty() && tokens.stream().anyMatch(t -> t.kind() == Kind.MONEY)) {
                warnings.add("numbers found but none reads as an amount");
            }
            return new MoneyText(raw, List.of(), Optional.empty(), Optional.empty(), approximate, List.of(), shares,
                    warnings);
        }

        // Periods: "2012 : 87 331 €" (a year label before) or "30 000€ en 2012" (after, when the amount has none).
        Map<Token, String> periodOf = periods(tokens, folded, money);
        List<Item> items = items(money, folded, periodOf, warnings);

        List<BigDecimal> amounts = new ArrayList<>();
        for (Item item : items) {
            if (!item.component()) {
                amounts.addAll(item.amounts());
            }
        }
        List<Item> main = items.stream().filter(i -> !i.component()).toList();
        BigDecimal low;
        BigDecimal high;
        List<PeriodAmount> byPeriod = new ArrayList<>();
        Map<String, BigDecimal[]> perPeriod = new LinkedHashMap<>();
        for (Item item : main) {
            item.period().ifPresent(p -> {
                for (BigDecimal a : item.amounts()) {
                    byPeriod.add(new PeriodAmount(p, a));
                }
                perPeriod.merge(p, new BigDecimal[] {item.low(), item.high()},
                        (x, y) -> new BigDecimal[] {x[0].add(y[0]), x[1].add(y[1])});
            });
        }
        if (perPeriod.size() >= 2) {
            low = perPeriod.values().stream().map(b -> b[0]).min(BigDecimal::compareTo).orElseThrow();
            high = perPeriod.values().stream().map(b -> b[1]).max(BigDecimal::compareTo).orElseThrow();
            warnings.add("figures for " + perPeriod.size() + " periods; the bounds span them");
            if (main.stream().anyMatch(i -> i.period().isEmpty())) {
                warnings.add("some amounts name no period and are left out of the bounds");
            }
        } else if (main.size() == 1) {
            low = main.get(0).low();
            high = main.get(0).high();
        } else if (main.size() >= 3 && isTotalOfTheRest(main)) {
            // "32 100€ • 12 600€ • 10 000€ • 4 500€ • 5 000€": the first amount is the total of the others.
            low = main.get(0).low();
            high = main.get(0).high();
            warnings.add("the first amount is the sum of the others, read as a total and its breakdown");
        } else {
            BigDecimal sumLow = BigDecimal.ZERO;
            BigDecimal sumHigh = BigDecimal.ZERO;
            BigDecimal largest = BigDecimal.ZERO;
            for (Item item : main) {
                sumLow = sumLow.add(item.low());
                sumHigh = sumHigh.add(item.high());
                largest = largest.max(item.low());
            }
            if (labelled(main, folded)) {
                // "Budget global : 138 787 euros Contribution de la ville : 28 200 euros": the parts may overlap.
                low = largest;
                high = sumHigh;
                warnings.add(main.size() + " labelled amounts that may overlap; bounds from the largest to their sum");
            } else {
                low = sumLow;
                high = sumHigh;
                if (!explicitSum(main, folded)) {
                    warnings.add(main.size() + " amounts read as a list and summed");
                }
            }
        }
        Optional<String> beyond = CensusLimits.numberProblem(high).or(() -> CensusLimits.numberProblem(low));
        if (beyond.isPresent()) {
            // A sum or a multiple beyond what a census holds: the text stays, the figure is unknown.
            warnings.add("no figure read: the amounts add up beyond what a census holds ("
                    + beyond.get() + ")");
            return new MoneyText(raw, List.of(), Optional.empty(), Optional.empty(), approximate, List.of(), shares,
                    warnings);
        }
        return new MoneyText(raw, amounts, Optional.of(low), Optional.of(high), approximate, byPeriod, shares,
                warnings);
    }

    private static boolean isTotalOfTheRest(List<Item> main) {
        BigDecimal rest = BigDecimal.ZERO;
        for (Item item : main.subList(1, main.size())) {
            if (item.low().compareTo(item.high()) != 0) {
                return false;
            }
            rest = rest.add(item.low());
        }
        return main.get(0).isExact() && rest.compareTo(main.get(0).low()) == 0;
    }

    /** An amount, a range of two amounts, or a multiple ("2 x 25 000"), with its period and role. */
    private record Item(List<BigDecimal> amounts, BigDecimal low, BigDecimal high, Optional<String> period,
                        boolean component, int start, int end) {
        boolean isExact() {
            return low.compareTo(high) == 0;
        }
    }

    private static List<Item> items(List<Token> money, String folded, Map<Token, String> periodOf,
                                    List<String> warnings) {
        List<Item> items = new ArrayList<>();
        boolean inBreakdown = false;
        int previousEnd = 0;
        for (int i = 0; i < money.size(); i++) {
            Token t = money.get(i);
            String gapBefore = folded.substring(previousEnd, t.start());
            if (gapBefore.contains("\n") || gapBefore.contains(";") || periodOf.get(t) != null
                    && (i == 0 || !periodOf.get(t).equals(periodOf.get(money.get(i - 1))))) {
                inBreakdown = false;
            }
            if (DONT.matcher(gapBefore).find()) {
                inBreakdown = true;
            }
            // "16 343€ en 2012 (diminution de 12 800€ par rapport à 2011)": a change, not an amount spent.
            boolean delta = DELTA_BEFORE.matcher(gapBefore).find();
            Optional<String> period = Optional.ofNullable(periodOf.get(t));
            if (i + 1 < money.size()) {
                Token next = money.get(i + 1);
                String gap = folded.substring(t.end(), next.start());
                String before = folded.substring(Math.max(0, previousEnd), t.start());
                boolean range = RANGE_GAP.matcher(gap).matches() && money.size() - i >= 2
                        && !(money.size() > 2 && gap.strip().equals("/"))
                        || ET_GAP.matcher(gap).matches() && ENTRE_BEFORE.matcher(before).find();
                if (range) {
                    BigDecimal a = t.value().min(next.value());
                    BigDecimal b = t.value().max(next.value());
                    items.add(new Item(List.of(t.value(), next.value()), a, b, period, inBreakdown, t.start(),
                            next.end()));
                    previousEnd = next.end();
                    i++;
                    continue;
                }
                if (MULTIPLIER_AFTER.matcher(gap).matches() && isSmallCount(t.value())) {
                    // "2 x 25 000 euros": the first number counts the second.
                    items.add(multiple(next, t.value(), period, inBreakdown));
                    previousEnd = next.end();
                    i++;
                    continue;
                }
                if (TIMES_GAP.matcher(gap).matches() && isSmallCount(next.value())) {
                    items.add(multiple(t, next.value(), period, inBreakdown)); // "20 000€ * 2"
                    previousEnd = next.end();
                    i++;
                    continue;
                }
            }
            items.add(new Item(List.of(t.value()), t.value(), t.value(), period, inBreakdown || delta, t.start(),
                    t.end()));
            previousEnd = t.end();
        }
        if (items.stream().anyMatch(Item::component)) {
            warnings.add("amounts after \"dont\" read as a breakdown, not added");
        }
        return restatementsAsComponents(items, folded);
    }

    /** "40 000 € (20 000€ * 2)": a bracketed item equal to the one before it restates it; it is not added. */
    private static List<Item> restatementsAsComponents(List<Item> items, String folded) {
        List<Item> out = new ArrayList<>(items);
        for (int i = 1; i < out.size(); i++) {
            Item before = out.get(i - 1);
            Item it = out.get(i);
            String gap = folded.substring(before.end(), it.start());
            if (!it.component() && OPEN_BRACKET_GAP.matcher(gap).matches() && it.low().compareTo(before.low()) == 0
                    && it.high().compareTo(before.high()) == 0) {
                out.set(i, new Item(it.amounts(), it.low(), it.high(), it.period(), true, it.start(), it.end()));
            }
        }
        return out;
    }

    private static Item multiple(Token amount, BigDecimal count, Optional<String> period, boolean component) {
        int n = count.intValueExact();
        List<BigDecimal> amounts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            amounts.add(amount.value());
        }
        BigDecimal total = amount.value().multiply(count);
        return new Item(amounts, total, total, period, component, amount.start(), amount.end());
    }

    private static boolean isSmallCount(BigDecimal v) {
        return v.scale() <= 0 && v.compareTo(BigDecimal.ONE) > 0 && v.compareTo(BigDecimal.valueOf(20)) <= 0;
    }

    private static boolean labelled(List<Item> main, String folded) {
        int colons = 0;
        for (int i = 1; i < main.size(); i++) {
            String gap = folded.substring(main.get(i - 1).end(), main.get(i).start());
            if (gap.contains(":")) {
                colons++;
            }
        }
        return colons > 0 && colons == main.size() - 1;
    }

    private static boolean explicitSum(List<Item> main, String folded) {
        for (int i = 1; i < main.size(); i++) {
            String gap = folded.substring(main.get(i - 1).end(), main.get(i).start());
            if (!SUM_GAP.matcher(gap).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMultiplierGap(String gap) {
        return MULTIPLIER_GAP.matcher(gap).matches();
    }

    private static boolean isListOrRangeGap(String gap) {
        return LIST_OR_RANGE_GAP.matcher(gap).matches();
    }

    private static List<Token> tokens(String text, String folded, List<String> warnings) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group(1);
            int end = m.end();
            if (digitCount(digits) > MAX_DIGITS) {
                warnings.add("a number of " + digitCount(digits) + " digits is not read as an amount");
                tokens.add(new Token(m.start(), end, BigDecimal.ZERO, Kind.OTHER, false)); // value never read
                continue;
            }
            BigDecimal value = number(digits);
            Matcher cfa = CFA_AFTER.matcher(folded).region(end, folded.length());
            boolean cfaAfter = cfa.lookingAt();
            if (cfaAfter || CFA_BEFORE.matcher(folded).region(Math.max(0, m.start() - 12), m.start()).find()) {
                String scale = cfaAfter && cfa.group(1) != null ? cfa.group(1) : "";
                value = value.multiply(BigDecimal.TEN.pow(scale.startsWith("milliard") ? 9
                        : scale.startsWith("million") ? 6 : 0));
                int unitEnd = cfaAfter ? cfa.end() : end;
                boolean out = outOfRange(value, text.substring(m.start(), unitEnd), warnings);
                tokens.add(new Token(m.start(), unitEnd, out ? BigDecimal.ZERO : value, out ? Kind.OTHER : Kind.MONEY,
                        !out, !out));
                continue;
            }
            Matcher unit = CURRENCY_AFTER.matcher(folded).region(end, folded.length());
            if (unit.lookingAt()) {
                String u = unit.group(1).toLowerCase(Locale.ROOT);
                if (u.startsWith("million") || u.equals("m€")) {
                    value = value.multiply(BigDecimal.valueOf(1_000_000));
                } else if (u.startsWith("k")) {
                    value = value.multiply(BigDecimal.valueOf(1_000));
                }
                if (outOfRange(value, text.substring(m.start(), unit.end()), warnings)) {
                    tokens.add(new Token(m.start(), unit.end(), BigDecimal.ZERO, Kind.OTHER, false));
                } else {
                    tokens.add(new Token(m.start(), unit.end(), value, Kind.MONEY, true));
                }
                continue;
            }
            if (NOT_MONEY_AFTER.matcher(folded).region(end, folded.length()).lookingAt()
                    || isFraction(text, m.start(), end)) {
                tokens.add(new Token(m.start(), end, value, Kind.OTHER, false));
                continue;
            }
            if (isYear(digits)) {
                // "2013-2015" is one period label.
                Matcher range = YEAR_RANGE_AFTER.matcher(text).region(end, text.length());
                int yearEnd = range.lookingAt() ? range.end() : end;
                tokens.add(new Token(m.start(), yearEnd, value, Kind.YEAR, false));
                if (yearEnd > end) {
                    m.region(yearEnd, text.length());
                }
                continue;
            }
            boolean out = outOfRange(value, digits, warnings);
            tokens.add(new Token(m.start(), end, out ? BigDecimal.ZERO : value, out ? Kind.OTHER : Kind.MONEY, false));
        }
        return tokens;
    }

    /**
     * Amounts of a text that names CFA francs and no euro converted to euros, the bare numbers too ("Entre 100 000 et
     * 200 000 FCFA"); in a text that names both, the francs are left unread.
     */
    private static List<Token> inEuros(List<Token> tokens, String folded, List<String> warnings) {
        if (tokens.stream().noneMatch(Token::cfa)) {
            return tokens;
        }
        if (EURO.matcher(folded).find()) {
            // "5 000 € (soit 3 280 000 FCFA)": the francs restate the euros at some rate; adding them would count
            // the sum twice.
            warnings.add(Cfa.BESIDE_EUROS);
            return tokens.stream().map(t -> t.cfa() ? new Token(t.start(), t.end(), BigDecimal.ZERO, Kind.OTHER,
                    false) : t).toList();
        }
        warnings.add(Cfa.CONVERTED);
        return tokens.stream().map(t -> t.kind() == Kind.MONEY ? t.inEuros() : t).toList();
    }

    /** A number a census cannot hold as an amount ({@link CensusLimits#numberProblem}) is left in the text. */
    private static boolean outOfRange(BigDecimal value, String written, List<String> warnings) {
        Optional<String> problem = CensusLimits.numberProblem(value);
        problem.ifPresent(p -> warnings.add("not read as an amount (" + p + "): " + shorten(written)));
        return problem.isPresent();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static int digitCount(String number) {
        return (int) number.chars().filter(c -> c >= '0' && c <= '9').count();
    }

    private static boolean isFraction(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '/' && end - start == 1
                || end < text.length() && text.charAt(end) == '/' && end + 1 < text.length()
                && Character.isDigit(text.charAt(end + 1)) && end - start == 1
                && (end + 2 >= text.length() || !Character.isDigit(text.charAt(end + 2)));
    }

    /** "2012", not "12,5": four characters may be a decimal number too. */
    private static boolean isYear(String number) {
        if (number.length() != 4 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int y = Integer.parseInt(number);
        return y >= 1950 && y <= 2050;
    }

    private static Map<Token, String> periods(List<Token> tokens, String folded, List<Token> moneyTokens) {
        Set<Token> money = new HashSet<>(moneyTokens); // looked up once per token: a list made this quadratic
        Map<Token, String> periodOf = new LinkedHashMap<>();
        String prefix = null;
        Token lastMoney = null;
        boolean moneySinceYear = true;
        int scanned = 0;
        int lastBreak = -1; // the last line break before the current token
        for (Token t : tokens) {
            for (; scanned < t.start(); scanned++) {
                lastBreak = folded.charAt(scanned) == '\n' ? scanned : lastBreak;
            }
            if (t.kind() == Kind.YEAR) {
                String label = SPACES.matcher(folded.substring(t.start(), t.end())).replaceAll("");
                int from = lastMoney == null ? 0 : lastMoney.end();
                String before = endOfGap(folded, from, t.start());
                boolean labelBefore = LABEL_AFTER.matcher(folded).region(t.end(), folded.length()).lookingAt();
                boolean postfix = lastMoney != null && !periodOf.containsKey(lastMoney)
                        && EN_POUR_BUDGET_BEFORE.matcher(before).find() && lastBreak < from;
                if (postfix && !labelBefore) {
                    periodOf.put(lastMoney, label);
                } else if (labelBefore || EN_POUR_BEFORE.matcher(before).find()) {
                    prefix = label;
                }
                moneySinceYear = false;
            } else if (t.kind() == Kind.MONEY && money.contains(t)) {
                if (prefix != null) {
                    periodOf.put(t, prefix);
                }
                lastMoney = t;
                moneySinceYear = true;
            }
        }
        return moneySinceYear || !periodOf.isEmpty() ? periodOf : Map.of();
    }

    /**
     * The end of the gap {@code folded[from, end)} that the patterns anchored at its end ("\b(en|pour)\s*$") can
     * match: the spaces before {@code end} and a few more characters than the longest keyword ("budget", the
     * character before it for the \b, a line terminator that $ lets through). The whole gap, taken again for each of
     * many years after one amount, made the reading quadratic.
     */
    private static String endOfGap(String folded, int from, int end) {
        int word = end;
        while (word > from && " \t\n\u000B\f\r".indexOf(folded.charAt(word - 1)) >= 0) {
            word--;
        }
        return folded.substring(Math.max(from, word - 16), end);
    }

    private static List<Share> shares(String text) {
        List<Share> shares = new ArrayList<>();
        Matcher m = SHARE.matcher(text);
        while (m.find()) {
            String funder = withoutTrailingDashes(m.group(2));
            shares.add(new Share(number(m.group(1)), funder));
        }
        return shares;
    }

    /** "CAECE - " is "CAECE". A loop: the pattern "[\\s–-]+$" was quadratic on a long run of dashes. */
    private static String withoutTrailingDashes(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || "–-".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    private static BigDecimal number(String digits) {
        String s = digits;
        if (GROUPED.matcher(s).matches()) {
            // "6.000 €", "1 500,50", "1.000.000 000": spaces and dots between groups of three digits separate
            // thousands, whichever mix of them a form uses; only a comma starts decimals there.
            s = s.replace(" ", "").replace(".", "");
        }
        return new BigDecimal(s.replace(',', '.'));
    }

    /** Lower case without accents, one character for one, so that positions match the original text. */
    private static String foldSameLength(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c == '\n' ? '\n' : FrenchText.foldChar(c); // line breaks separate amounts: keep them
        }
        return new String(out);
    }
}
