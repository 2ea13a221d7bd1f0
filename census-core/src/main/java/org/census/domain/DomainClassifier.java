package org.census.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.census.CensusIOException;
import org.census.internal.FrenchText;

/**
 * Classifies an action into a {@link DomainCategory} from its domain cell and, failing that, its description. The
 * phrases are data (a tab-separated resource), so that a taxonomy in another language is a file, not code.
 */
public final class DomainClassifier {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d+\\s*[.)\\-–]?\\s*");
    private static final DomainClassifier FRENCH = load("taxonomy-fr.tsv");

    /** A phrase to find at a word start; {@code wholeWord} phrases must also end a word. */
    private record Phrase(int index, DomainCategory category, String text, boolean wholeWord) {
        int length() {
            return text.length();
        }
    }

    private record Hit(DomainCategory category, int at, int length) {
    }

    private final int phraseCount;
    /** Phrases by their first two characters: each word start of a text looks up only its few candidates. */
    private final Map<Integer, List<Phrase>> byStart;

    private DomainClassifier(List<Phrase> phrases) {
        this.phraseCount = phrases.size();
        Map<Integer, List<Phrase>> index = new HashMap<>();
        for (Phrase p : phrases) {
            index.computeIfAbsent(key(p.text().charAt(0), p.text().charAt(1)), k -> new ArrayList<>()).add(p);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byStart = Map.copyOf(index);
    }

    private static int key(char a, char b) {
        return a << 16 | b;
    }

    /** The classifier for French forms. */
    public static DomainClassifier french() {
        return FRENCH;
    }

    /**
     * Reads a taxonomy resource: lines "CATEGORY&lt;TAB&gt;phrase", '#' comments. Not public: the parsers of a census
     * classify with {@link #french()}, so a classifier of one's own could never reach a parsed census.
     */
    static DomainClassifier fromResource(InputStream in) throws IOException {
        List<Phrase> phrases = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2) {
                throw new IOException("taxonomy line " + n + ": expected CATEGORY<TAB>phrase");
            }
            DomainCategory category = DomainCategory.valueOf(parts[0].strip());
            String phrase = FrenchText.fold(parts[1]);
            // Phrases are stems: they match at a word start ("agricult" matches "agriculture"); a phrase ending
            // in "|" must end a word too ("accueil de|" does not match "accueil des").
            boolean wholeWord = phrase.endsWith("|");
            if (wholeWord) {
                phrase = phrase.substring(0, phrase.length() - 1);
            }
            if (phrase.length() < 2) {
                throw new IOException("taxonomy line " + n + ": a phrase needs at least two characters");
            }
            phrases.add(new Phrase(phrases.size(), category, phrase, wholeWord));
        }
        return new DomainClassifier(phrases);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static DomainClassifier load(String name) {
        try (InputStream in = Objects.requireNonNull(DomainClassifier.class.getResourceAsStream(name), name)) {
            return fromResource(in);
        } catch (IOException e) {
            throw new CensusIOException("cannot read the domain taxonomy " + name + ": " + e.getMessage(), e);
        }
    }

    /** Classifies one action. Never throws; what matches nothing is {@link DomainCategory#UNCLASSIFIED}. */
    public Domain classify(String domainCell, String description) {
        String raw = domainCell == null ? "" : domainCell;
        String cell = LEADING_NUMBER.matcher(FrenchText.fold(raw)).replaceFirst("");
        String text = FrenchText.fold(description == null ? "" : description);
        List<Hit> cellHits = hits(cell);
        List<Hit> textHits = hits(text);
        DomainCategory main;
        ClassificationSource source;
        if (!cellHits.isEmpty()) {
            main = first(cellHits);
            source = ClassificationSource.DOMAIN_CELL;
        } else if (!textHits.isEmpty()) {
            main = first(textHits);
            source = ClassificationSource.DESCRIPTION;
        } else {
            return new Domain(raw, DomainCategory.UNCLASSIFIED, List.of(), ClassificationSource.NONE);
        }
        Set<DomainCategory> also = EnumSet.noneOf(DomainCategory.class);
        cellHits.forEach(h -> also.add(h.category()));
        textHits.forEach(h -> also.add(h.category()));
        also.remove(main);
        return new Domain(raw, main, List.copyOf(also), source);
    }

    private static DomainCategory first(List<Hit> hits) {
        return hits.stream()
                .min(Comparator.comparingInt(Hit::at).thenComparing(Comparator.comparingInt(Hit::length).reversed()))
                .orElseThrow().category();
    }

    private List<Hit> hits(String text) {
        List<Hit> hits = new ArrayList<>();
        boolean[] seen = new boolean[phraseCount]; // only a phrase's first place counts
        for (int at = 0; at + 1 < text.length(); at++) {
            if (at > 0 && isWordChar(text.charAt(at - 1))) {
                continue; // phrases match at word starts only
            }
            List<Phrase> candidates = byStart.get(key(text.charAt(at), text.charAt(at + 1)));
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                int end = at + p.length();
                if (!seen[p.index()] && text.startsWith(p.text(), at)
                        && (!p.wholeWord() || end == text.length() || !isWordChar(text.charAt(end)))) {
                    seen[p.index()] = true;
                    hits.add(new Hit(p.category(), at, p.length()));
                }
            }
        }
        // A longer phrase covering a shorter one at the same place wins ("aide alimentaire d'urgence" over "urgence").
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            boolean covered = hits.stream().anyMatch(o -> o != h && o.at() <= h.at()
                    && o.at() + o.length() >= h.at() + h.length() && o.length() > h.length()
                    && o.category() != h.category());
            if (!covered) {
                kept.add(h);
            }
        }
        return kept;
    }
}
