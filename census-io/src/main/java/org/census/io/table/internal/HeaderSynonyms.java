package org.census.io.table.internal;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.census.internal.FrenchText;
import org.census.io.table.TableField;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The header synonyms of every field ({@code org/census/io/table/headers.tsv}) and how a header is scored against
 * them: 100 for the same words, 95 for the same words up to a plural s and their order, less for words in common
 * (twice the words shared over the words of both), 0 for none. An HXL hashtag matches a tag pattern with at least its
 * attributes, as libhxl does: 100 for the same attributes, 90 for more.
 */
public final class HeaderSynonyms {
    /** The least score at which a header maps to a field. */
    public static final int MIN_SCORE = 60;

    /** Words that say nothing of a field. */
    private static final Set<String> STOP_WORDS = ImmutableSet.of("de", "du", "des", "la", "le", "les", "l", "d",
            "en", "et", "a", "au", "aux", "par", "of", "the", "in", "per", "mali", "eur", "euro", "euros");
    private static final CharMatcher WORD = CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9'));
    private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();

    /**
     * What a header maps to: a field, or nothing for a column census derives from another one beside it ("Budget min
     * (€)" beside "Budget") or one that holds no field though its words come close to one's ("Département" is where
     * a French party is, not a party).
     *
     * @param unread why the column is not read, "" when it maps to a field
     */
    public record Match(Optional<TableField> field, int score, String synonym, String unread) {
        public boolean derived() {
            return field.isEmpty();
        }
    }

    /** What the synonyms file says of headers that map to no field, by the word in its first column. */
    private static final java.util.Map<String, String> UNREAD = java.util.Map.of(
            "derived", "derived from another column, as census writes it",
            "ignored", "not a field of the census");

    private record Synonym(Optional<TableField> field, String unread, String text, String exact, Set<String> words) {
    }

    private record TagPattern(Optional<TableField> field, String unread, String text, HxlTag tag) {
    }

    private static final HeaderSynonyms INSTANCE = load();

    private final List<Synonym> words;
    private final List<TagPattern> tags;

    private HeaderSynonyms(List<Synonym> words, List<TagPattern> tags) {
        this.words = words;
        this.tags = tags;
    }

    public static HeaderSynonyms get() {
        return INSTANCE;
    }

    /** The best match of a header written in words, if one scores at least {@link #MIN_SCORE}. */
    public Optional<Match> match(String header) {
        String exact = exact(header);
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        Set<String> hw = words(exact);
        Match best = null;
        for (Synonym s : words) {
            int score = s.exact().equals(exact) ? 100 : score(hw, s.words());
            if (score >= MIN_SCORE && (best == null || score > best.score())) {
                best = new Match(s.field(), score, s.text(), s.unread());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The best match of an HXL hashtag, the pattern with the most attributes winning among equal scores. */
    public Optional<Match> match(HxlTag column) {
        TagPattern best = null;
        int bestScore = 0;
        for (TagPattern p : tags) {
            if (p.tag().matches(column)) {
                int score = p.tag().attributes().equals(column.attributes()) ? 100 : 90;
                if (best == null || score > bestScore
                        || score == bestScore && p.tag().attributes().size() > best.tag().attributes().size()) {
                    best = p;
                    bestScore = score;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.field(), bestScore, best.text(),
                best.unread()));
    }

    /** The header's words, folded, with punctuation as spaces: "Date de début (€)" is "date de debut". */
    static String exact(String header) {
        return WORD.negate().trimAndCollapseFrom(FrenchText.fold(header), ' ');
    }

    /** The header's meaningful words without a plural s, in no order. */
    static Set<String> words(String exact) {
        Set<String> set = new TreeSet<>();
        for (String w : WORDS.split(exact)) {
            if (!STOP_WORDS.contains(w)) {
                set.add(w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w);
            }
        }
        return set;
    }

    private static int score(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 95;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return 200 * shared / (a.size() + b.size());
    }

    private static HeaderSynonyms load() {
        String name = "/org/census/io/table/headers.tsv";
        List<Synonym> words = new ArrayList<>();
        List<TagPattern> tags = new ArrayList<>();
        try (InputStream in = HeaderSynonyms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from census-io");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> f = Splitter.on('\t').splitToList(line);
                if (f.size() != 3) {
                    throw new IllegalStateException(name + ": 3 columns expected: " + line);
                }
                String unread = UNREAD.getOrDefault(f.get(0), "");
                Optional<TableField> field = !unread.isEmpty() ? Optional.empty()
                        : Optional.of(TableField.byKey(f.get(0)).orElseThrow(() -> new IllegalStateException(name
                        + ": no field " + f.get(0))));
                if (f.get(1).equals("hxl")) {
                    HxlTag tag = HxlTag.parse(f.get(2)).orElseThrow(() -> new IllegalStateException(name
                            + ": not a hashtag: " + f.get(2)));
                    tags.add(new TagPattern(field, unread, f.get(2), tag));
                } else {
                    String exact = exact(f.get(2));
                    words.add(new Synonym(field, unread, f.get(2), exact, words(exact)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HeaderSynonyms(ImmutableList.copyOf(words), ImmutableList.copyOf(tags));
    }
}
