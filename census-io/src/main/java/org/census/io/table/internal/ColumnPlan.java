package org.census.io.table.internal;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.Messages;
import org.census.io.table.TableField;
import org.census.io.table.TableMapping;
import org.census.io.table.spi.SheetCell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which field each column of a sheet holds: proposed from the headers ({@link #propose}) or resolved from a mapping
 * ({@link #resolve}).
 *
 * @param targets  the columns read, by column number
 * @param unmapped the columns not read, each as {@code C "Header"} with why
 */
public record ColumnPlan(Map<Integer, Target> targets, List<String> unmapped) {
    /** Fields that several columns may hold: their texts are joined, one line each ("2012 : 1500"). */
    static final Set<TableField> SEVERAL = EnumSet.of(TableField.BUDGET, TableField.ANNUAL_BUDGET, TableField.NOTE,
            TableField.ACTION_NOTE, TableField.PLACE, TableField.FRENCH_PARTY, TableField.PARTNER_PARTY,
            TableField.FRENCH_CONTACT, TableField.PARTNER_CONTACT);

    /** A column that is read. */
    public record Target(int column, TableField field, Optional<String> currency, String header) {
        /** The part of a two-row header below its group ("2012" of "Budget / 2012"), to label joined texts. */
        String label() {
            int slash = header.lastIndexOf(" / ");
            return slash < 0 ? header : header.substring(slash + 3);
        }
    }

    /**
     * What a column was matched to in a proposal.
     *
     * @param field  the field, empty when the column is not read
     * @param score  how well its header matched, 0-100 (0 for no match)
     * @param reason why it is not read, "" when it is
     */
    public record Proposed(TableLayout.Header header, Optional<TableField> field, int score, String reason) {
    }

    public ColumnPlan {
        targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
        unmapped = List.copyOf(unmapped);
    }

    /**
     * Each column's field from its header: the best-scoring column takes a field, the others that match it are left
     * unread (save fields that {@link #SEVERAL} columns hold); date columns beside a period column are derived from
     * it and left unread, as census's own CSV writes them.
     */
    public static List<Proposed> propose(TableLayout layout) {
        Map<Integer, HeaderSynonyms.Match> matches = new LinkedHashMap<>();
        for (TableLayout.Header h : layout.headers()) {
            Optional<HeaderSynonyms.Match> m = h.hashtag().flatMap(t -> HeaderSynonyms.get().match(t));
            if (m.isEmpty() && h.text().length() <= 200) {
                m = match(h.text());
            }
            m.ifPresent(match -> matches.put(h.column(), match));
        }
        implementerBesideFunder(layout, matches);
        List<Map.Entry<Integer, HeaderSynonyms.Match>> byScore = new ArrayList<>(matches.entrySet());
        byScore.sort(Comparator.comparing((Map.Entry<Integer, HeaderSynonyms.Match> e) -> -e.getValue().score())
                .thenComparing(Map.Entry::getKey));
        Map<Integer, Proposed> proposed = new TreeMap<>();
        Map<TableField, Integer> taken = new LinkedHashMap<>();
        Map<Integer, TableLayout.Header> headers = new TreeMap<>();
        layout.headers().forEach(h -> headers.put(h.column(), h));
        for (Map.Entry<Integer, HeaderSynonyms.Match> e : byScore) {
            TableLayout.Header h = headers.get(e.getKey());
            HeaderSynonyms.Match m = e.getValue();
            if (m.derived()) {
                proposed.put(h.column(), new Proposed(h, Optional.empty(), m.score(), m.unread()));
                continue;
            }
            TableField f = m.field().get();
            Integer other = taken.get(f);
            if (other != null && !SEVERAL.contains(f)) {
                proposed.put(h.column(), new Proposed(h, Optional.empty(), m.score(), f.key() + " is column "
                        + SheetCell.columnName(other)));
                continue;
            }
            taken.putIfAbsent(f, h.column());
            proposed.put(h.column(), new Proposed(h, Optional.of(f), m.score(), ""));
        }
        if (taken.containsKey(TableField.PERIOD)) {
            for (TableField f : List.of(TableField.START_DATE, TableField.END_DATE)) {
                Integer c = taken.get(f);
                if (c != null) {
                    proposed.put(c, new Proposed(headers.get(c), Optional.empty(), proposed.get(c).score(),
                            "derived from the period, column " + SheetCell.columnName(taken.get(TableField.PERIOD))));
                }
            }
        }
        for (TableLayout.Header h : layout.headers()) {
            proposed.putIfAbsent(h.column(), new Proposed(h, Optional.empty(), 0, "no field has this header"));
        }
        return List.copyOf(proposed.values());
    }

    /**
     * An HXL table tags the organisation that carries an activity out {@code #org+impl} and, when it names one, the
     * one that pays {@code #org+funder}: alone, the implementer is the French party (a French authority's own list);
     * beside a funder, the funder is the French party and the implementer the partner, as census's hxl export and the
     * 3W tables of the humanitarian clusters write them.
     */
    private static void implementerBesideFunder(TableLayout layout, Map<Integer, HeaderSynonyms.Match> matches) {
        boolean funder = layout.headers().stream().anyMatch(h -> h.hashtag().filter(t -> t.tag().equals("org")
                && (t.attributes().contains("funder") || t.attributes().contains("donor"))).isPresent());
        if (!funder) {
            return;
        }
        for (TableLayout.Header h : layout.headers()) {
            boolean implementer = h.hashtag().filter(t -> t.tag().equals("org") && t.attributes().contains("impl")
                    && !t.attributes().contains("funder") && !t.attributes().contains("donor")).isPresent();
            HeaderSynonyms.Match m = matches.get(h.column());
            if (implementer && m != null && m.field().equals(Optional.of(TableField.FRENCH_PARTY))) {
                matches.put(h.column(), new HeaderSynonyms.Match(Optional.of(TableField.PARTNER_PARTY), m.score(),
                        m.synonym() + " beside #org+funder", ""));
            }
        }
    }

    /**
     * The match of a header in words; under a group of a two-row header ("Action / Période"), the part below the
     * group when it matches as well or better, since the group names several columns ("Budget / 2012" keeps the
     * group's field: "2012" names none).
     */
    private static Optional<HeaderSynonyms.Match> match(String header) {
        Optional<HeaderSynonyms.Match> whole = HeaderSynonyms.get().match(header);
        int slash = header.lastIndexOf(" / ");
        if (slash < 0) {
            return whole;
        }
        Optional<HeaderSynonyms.Match> below = HeaderSynonyms.get().match(header.substring(slash + 3));
        return below.isPresent() && (whole.isEmpty() || below.get().score() >= whole.get().score()) ? below : whole;
    }

    /** The mapping a proposal makes: every column by letter and header, unread ones as ignored. */
    public static TableMapping mapping(TableLayout layout, Optional<String> sheet, List<Proposed> proposed) {
        TableMapping.Builder b = TableMapping.builder().headerRow(layout.headerRow())
                .headerRows(layout.headerRows()).firstDataRow(layout.firstDataRow());
        sheet.ifPresent(b::sheet);
        layout.hashtagRow().ifPresent(b::hashtagRow);
        for (Proposed p : proposed) {
            b.column(new TableMapping.Column(Optional.of(headerName(p.header())).filter(s -> !s.isEmpty()),
                    Optional.of(SheetCell.columnName(p.header().column())), p.field(), Optional.empty()));
        }
        return b.build();
    }

    /** The header as a mapping names it: its words, else its hashtag. */
    static String headerName(TableLayout.Header h) {
        return h.text().isEmpty() ? h.hashtag().map(HxlTag::toString).orElse("") : h.text();
    }

    /**
     * The columns a mapping reads in this layout: a column named by letter is that column; one named by header only
     * is the column whose header (or hashtag) reads the same, ignoring accents, case and punctuation.
     *
     * @param widest the widest column seen at the top of the sheet
     * @throws CensusFormatException listing the columns the sheet has, for columns it lacks
     */
    public static ColumnPlan resolve(TableMapping mapping, TableLayout layout, int widest, String source,
                                     String sheet) {
        Map<Integer, Target> targets = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        Set<Integer> named = new java.util.HashSet<>();
        for (TableMapping.Column c : mapping.columns()) {
            Optional<Integer> column = c.number().isPresent() ? Optional.of(c.number().getAsInt())
                    .filter(n -> n <= widest) : c.header().flatMap(h -> find(layout, h));
            if (column.isEmpty()) {
                missing.add(c.toString());
                continue;
            }
            int n = column.get();
            named.add(n);
            String header = layout.headers().stream().filter(h -> h.column() == n).findFirst()
                    .map(ColumnPlan::headerName).orElse(c.header().orElse(""));
            c.field().ifPresent(f -> targets.put(n, new Target(n, f, c.currency(), header)));
        }
        if (!missing.isEmpty()) {
            throw new CensusFormatException(source, Location.row(sheet, layout.headerRow()),
                    Messages.cut("the mapping names columns the sheet lacks: " + String.join(", ", missing)
                            + "; the sheet has: " + describe(layout), 900));
        }
        List<String> unmapped = new ArrayList<>();
        for (TableLayout.Header h : layout.headers()) {
            if (!targets.containsKey(h.column())) {
                unmapped.add(SheetCell.columnName(h.column()) + " \"" + Messages.cut(headerName(h), 40) + "\""
                        + (named.contains(h.column()) ? " (ignored)" : " (not in the mapping)"));
            }
        }
        return new ColumnPlan(targets, unmapped);
    }

    /** The plan of a proposal. */
    public static ColumnPlan of(List<Proposed> proposed) {
        Map<Integer, Target> targets = new TreeMap<>();
        List<String> unmapped = new ArrayList<>();
        for (Proposed p : proposed) {
            int n = p.header().column();
            if (p.field().isPresent()) {
                targets.put(n, new Target(n, p.field().get(), Optional.empty(), headerName(p.header())));
            } else {
                unmapped.add(SheetCell.columnName(n) + " \"" + Messages.cut(headerName(p.header()), 40) + "\" ("
                        + p.reason() + ")");
            }
        }
        return new ColumnPlan(targets, unmapped);
    }

    private static Optional<Integer> find(TableLayout layout, String header) {
        String wanted = HeaderSynonyms.exact(header);
        Optional<HxlTag> tag = HxlTag.parse(header);
        for (TableLayout.Header h : layout.headers()) {
            if (!wanted.isEmpty() && HeaderSynonyms.exact(h.text()).equals(wanted)
                    || tag.isPresent() && h.hashtag().equals(tag)) {
                return Optional.of(h.column());
            }
        }
        return Optional.empty();
    }

    private static String describe(TableLayout layout) {
        List<String> has = new ArrayList<>();
        for (TableLayout.Header h : layout.headers()) {
            has.add(SheetCell.columnName(h.column()) + " \"" + Messages.cut(headerName(h), 30) + "\"");
        }
        return has.isEmpty() ? "no header" : String.join(", ", has);
    }

    /** Whether any read column holds a field of an action: one row per action, else one per partnership. */
    public boolean actionRows() {
        return targets.values().stream().anyMatch(t -> t.field().level() == TableField.Level.ACTION);
    }

    /** How many columns hold that field. */
    public long columns(TableField field) {
        return targets.values().stream().filter(t -> t.field() == field).count();
    }

    public boolean has(TableField field) {
        return targets.values().stream().anyMatch(t -> t.field() == field);
    }
}
