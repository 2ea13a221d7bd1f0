package org.census.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.census.CensusLimits;
import org.census.internal.FrenchText;
import org.census.model.AuthorityKind;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.model.PlaceLevel;

/** The grammar behind {@link PartyText}; the words are in {@code party-kinds-fr.tsv}. */
final class PartyParser {
    /** A phrase of the word list: the kind it tells, whether the name keeps it, the level its following words name. */
    private record Phrase(AuthorityKind kind, String folded, boolean kept, Optional<String> level, String spelling) {
    }

    private static final List<Phrase> PHRASES = load();
    /** Coarse to fine, the levels a form states for the partner country. */
    private static final List<String> LEVELS = List.of("region", "cercle", "commune", "village");
    private static final Set<AuthorityKind> AUTHORITIES = EnumSet.of(AuthorityKind.MUNICIPALITY,
            AuthorityKind.INTERMUNICIPALITY, AuthorityKind.DEPARTMENT, AuthorityKind.REGION, AuthorityKind.VILLAGE,
            AuthorityKind.SYNDICATE);
    private static final Pattern ROLE = Pattern.compile("^(?:(maitre|maitrise) d'(?:oe|\u0153)uvre delegue\\w*"
            + "|(coordinat(?:eur|rice))(?: du partenariat| de la cooperation)?|(en partenariat avec))\\s*:?\\s*");
    private static final Pattern ARTICLE = Pattern.compile("^(?:l'|la |le |les )");
    private static final Pattern LEADING_OF = Pattern.compile("^(?:d'|de |du )(?=\\S)");
    /** One place of a qualifier: "cercle de Kati", "région de Koulikoro", "commune rurale de Siby". */
    private static final Pattern PLACE = Pattern.compile("^(region|cercle|commune(?: rurale| urbaine)?|village"
            + "|district)\\s+(?:de la |de l'|de |du |d'|des )?(\\S.*)$");
    private static final Pattern VILLAGE_OF = Pattern.compile("^village (?:de la |de l'|de |du |d')(?=commune)");
    private static final Pattern LEVEL_WORD = Pattern.compile("\\b(region|cercle|commune|district|village)s?\\b");
    /** "III, V et VI de Bamako": the numbered communes of a district. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^([ivx]+(?:\\s*(?:,|et)\\s*[ivx]+)*)\\s+(?:de |du |d')\\s*(\\S.*)$");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*,\\s*|\\s+et\\s+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "et", "sur",
            "en", "aux", "au", "sous", "lès");
    /** Qualifiers read at the end of a line; more stay in the name (a bound on a hostile line of brackets). */
    private static final int MAX_QUALIFIERS = 8;
    /** Characters of a list of numbered communes ("III, V et VI de Bamako"): a district has a handful. */
    private static final int MAX_NUMBERED_LIST = 200;

    private PartyParser() {
    }

    static List<Party> parties(String text, boolean placed, Optional<String> country) {
        List<Party> parties = new ArrayList<>();
        if (text == null) {
            return parties;
        }
        text.lines().map(String::strip).filter(raw -> !FrenchText.isBlankAnswer(raw))
                .forEach(raw -> parties.addAll(new Line(raw, placed, country).parties()));
        boolean authority = parties.stream().anyMatch(p -> p.role() == PartyRole.PARTY
                && AUTHORITIES.contains(p.kind()));
        if (!authority) {
            return parties;
        }
        // "Ville de Lille" and "Association Maliance" on one side: the association accompanies the authority.
        return parties.stream().map(p -> p.role() == PartyRole.PARTY && p.kind() == AuthorityKind.ASSOCIATION
                ? new Party(p.name(), p.raw(), p.kind(), PartyRole.ASSOCIATED, p.place(), p.country()) : p).toList();
    }

    /** One line of the text: its raw words, and the spelled and folded forms of the part being read. */
    private static final class Line {
        private final String raw;
        private final boolean placed;
        private final Optional<String> country;
        private final List<PlaceLevel> places = new ArrayList<>();
        private final StringBuilder asides = new StringBuilder();
        private String text;
        private String folded;
        private PartyRole role = PartyRole.PARTY;
        private boolean villageOfCommune;
        /** Whether the name's words are all capitals, as many forms write them: they are given a name's case. */
        private boolean upperCase;

        Line(String raw, boolean placed, Optional<String> country) {
            this.raw = raw;
            this.placed = placed;
            this.country = country;
            this.text = raw.replaceAll("\\s+", " ");
            this.folded = fold(text);
        }

        List<Party> parties() {
            Matcher r = ROLE.matcher(folded);
            if (r.lookingAt()) {
                role = r.group(1) != null ? PartyRole.DELEGATED_MANAGER
                        : r.group(2) != null ? PartyRole.COORDINATOR : PartyRole.ASSOCIATED;
                cut(r.end(), text.length());
            }
            qualifiers();
            upperCase = isUpperCase(text);
            Matcher article = ARTICLE.matcher(folded);
            if (article.lookingAt() && head(article.end()).isPresent()) {
                cut(article.end(), text.length());
            }
            Optional<Phrase> head = head(0);
            if (head.isEmpty()) {
                Matcher of = LEADING_OF.matcher(folded);
                if (of.lookingAt()) {
                    cut(of.end(), text.length()); // "D'ARPAJON SUR CERE", the second line of "COMMUNES D'AURILLAC"
                }
                return List.of(bare());
            }
            Phrase phrase = head.get();
            String rest = text.substring(phrase.folded().length()).strip();
            String restFolded = folded.substring(phrase.folded().length()).strip();
            Matcher numbered = NUMBERED.matcher(restFolded);
            // Bounded: a regular expression over a long list recurses once per item.
            if (phrase.folded().startsWith("commune") && phrase.level().isEmpty()
                    && restFolded.length() <= MAX_NUMBERED_LIST && numbered.matches()) {
                return numbered(rest, numbered);
            }
            if (phrase.folded().startsWith("communes ") && LIST_GAP.matcher(restFolded).find()) {
                List<Party> list = new ArrayList<>();
                for (String item : LIST_GAP.split(rest)) {
                    Matcher of = LEADING_OF.matcher(fold(item.strip()));
                    String one = of.lookingAt() ? item.strip().substring(of.end()) : item.strip(); // "et de Siby"
                    if (!one.isBlank()) {
                        list.add(party(phrase.kind(), cased(one), List.of(level("commune", one))));
                    }
                }
                return list;
            }
            String name = named(phrase, rest);
            List<PlaceLevel> own = phrase.level().isPresent() && !rest.isEmpty()
                    ? List.of(level(phrase.level().get(), unquoted(rest))) : List.of();
            return List.of(party(phrase.kind(), name, own));
        }

        /** No kind word at the start: a word elsewhere, or a place named bare. */
        private Party bare() {
            String bare = unquoted(text);
            String name = text.isEmpty() ? raw : isUpperCase(bare) ? fitting(titleCase(bare), bare) : bare;
            Optional<Phrase> inside = anywhere(folded + " " + asides);
            if (inside.isPresent()) {
                return party(inside.get().kind(), name, List.of());
            }
            String finest = places.stream().map(PlaceLevel::level).max(Comparator.comparingInt(LEVELS::indexOf))
                    .orElse("region");
            boolean village = villageOfCommune || finest.equals("commune");
            return party(village ? AuthorityKind.VILLAGE : AuthorityKind.MUNICIPALITY, name,
                    List.of(level(village ? "village" : "commune", name)));
        }

        private List<Party> numbered(String rest, Matcher numbered) {
            String district = cased(rest.substring(numbered.start(2)).strip());
            List<Party> list = new ArrayList<>();
            for (String n : LIST_GAP.split(numbered.group(1))) {
                String commune = "Commune " + n.strip().toUpperCase(Locale.ROOT);
                list.add(party(AuthorityKind.MUNICIPALITY, commune + " de " + district,
                        List.of(level("region", district), new PlaceLevel("commune", commune))));
            }
            return list;
        }

        private String named(Phrase phrase, String rest) {
            String quoted = unquoted(rest);
            if (!quoted.equals(rest.strip()) && phrase.kind() == AuthorityKind.ASSOCIATION) {
                return quoted; // "Association « Avec et pour le Mali »" is "Avec et pour le Mali"
            }
            if (!phrase.kept()) {
                // The whole name in capitals ("Ville de KAYES") reads as a name, whatever the rest of the line.
                return rest.isEmpty() ? text : isUpperCase(rest) ? titleCase(rest) : rest;
            }
            String spelling = phrase.spelling();
            if (rest.isEmpty()) {
                return spelling;
            }
            return spelling + (spelling.endsWith("'") ? "" : " ") + (upperCase ? titleCase(rest, true) : rest);
        }

        private Party party(AuthorityKind kind, String name, List<PlaceLevel> own) {
            List<PlaceLevel> all = new ArrayList<>();
            if (placed) {
                all.addAll(own);
                all.addAll(places);
            }
            List<PlaceLevel> ordered = new ArrayList<>();
            for (String level : LEVELS) {
                all.stream().filter(p -> p.level().equals(level) && !p.name().isBlank()).findFirst()
                        .ifPresent(ordered::add);
            }
            String n = name.isBlank() || CensusLimits.textProblem(name).isPresent() ? raw : name;
            // Places are parts of the line, but together with a district's name they may pass what a census holds.
            boolean fits = CensusLimits.listProblem(ordered.stream().map(PlaceLevel::name).toList()).isEmpty();
            return new Party(n, raw, kind, role, fits ? ordered : List.of(), country);
        }

        private PlaceLevel level(String level, String name) {
            return new PlaceLevel(level, fitting(cased(name.strip()), name.strip()));
        }

        /** Reads the places at the end of the line, "(cercle de Kati)" or ", commune de Siby", and cuts them off. */
        private void qualifiers() {
            for (int n = 0; n < MAX_QUALIFIERS; n++) {
                String t = text.stripTrailing();
                if (t.endsWith(")")) {
                    int open = t.lastIndexOf('(');
                    if (open <= 0) {
                        return;
                    }
                    String inside = t.substring(open + 1, t.length() - 1);
                    if (!places(inside)) {
                        String f = folded.substring(open + 1, t.length() - 1);
                        if (!f.matches("[\\p{L}\\d]{1,12}")) {
                            asides.append(' ').append(f); // "(Association d'Agriculteurs ...)": told, not named
                        } else {
                            return; // an acronym is part of the name: "(AJAK)"
                        }
                    }
                    cut(0, open);
                    continue;
                }
                int comma = t.lastIndexOf(',');
                if (comma <= 0 || !places(t.substring(comma + 1))) {
                    return;
                }
                cut(0, comma);
            }
        }

        /** Whether every part of a qualifier names a place; if so they are kept. */
        private boolean places(String qualifier) {
            List<PlaceLevel> found = new ArrayList<>();
            boolean village = false;
            for (String part : qualifier.split(",")) {
                String p = part.strip();
                String f = fold(p);
                Matcher v = VILLAGE_OF.matcher(f);
                if (v.lookingAt()) {
                    village = true;
                    p = p.substring(v.end());
                    f = f.substring(v.end());
                }
                Matcher m = PLACE.matcher(f);
                if (!m.matches() || LEVEL_WORD.matcher(m.group(2)).find()) {
                    return false;
                }
                String level = m.group(1).startsWith("commune") ? "commune"
                        : m.group(1).equals("district") ? "region" : m.group(1);
                String name = unquoted(p.substring(m.start(2)));
                found.add(new PlaceLevel(level, isUpperCase(name) ? fitting(titleCase(name), name) : name));
            }
            places.addAll(found);
            villageOfCommune |= village;
            return true;
        }

        private void cut(int from, int to) {
            text = text.substring(from, to).strip();
            folded = fold(text);
        }

        private Optional<Phrase> head(int at) {
            for (Phrase p : PHRASES) {
                if (folded.startsWith(p.folded(), at) && endsWord(folded, at + p.folded().length())) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        private String cased(String words) {
            return upperCase ? titleCase(words) : words;
        }
    }

    /** The first phrase at a word start, the longest there. */
    private static Optional<Phrase> anywhere(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1))) {
                continue;
            }
            for (Phrase p : PHRASES) {
                if (folded.startsWith(p.folded(), i) && endsWord(folded, i + p.folded().length())) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean endsWord(String folded, int end) {
        return folded.charAt(end - 1) == '\'' || end >= folded.length()
                || !Character.isLetterOrDigit(folded.charAt(end)) && folded.charAt(end) != '-';
    }

    /** A name's case may lengthen a letter ("İ" is two characters in lower case): the words as written if so. */
    private static String fitting(String cased, String written) {
        return CensusLimits.textProblem(cased).isPresent() ? written : cased;
    }

    private static boolean isUpperCase(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
    }

    private static String unquoted(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.charAt(0) == '«' && t.charAt(t.length() - 1) == '»'
                || t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"')) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** "SAINT SEBASTIEN SUR LOIRE" is "Saint Sebastien sur Loire"; "D'ANGERS" is "d'Angers". */
    static String titleCase(String words) {
        return titleCase(words, false);
    }

    /** As {@link #titleCase(String)}; a continued text ("DE L'ALLIER" after "Conseil général") starts lower. */
    static String titleCase(String words, boolean continued) {
        StringBuilder out = new StringBuilder(words.length());
        int i = 0;
        while (i < words.length()) {
            char c = words.charAt(i);
            if (!Character.isLetter(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < words.length() && Character.isLetter(words.charAt(end))) {
                end++;
            }
            // One character for one: String.toLowerCase grows "İ" into two, and does so in quadratic time.
            char[] lower = new char[end - i];
            for (int k = i; k < end; k++) {
                lower[k - i] = Character.toLowerCase(words.charAt(k));
            }
            String word = new String(lower);
            boolean particle = (continued || out.length() > 0) && PARTICLES.contains(word);
            out.append(particle ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            i = end;
        }
        return out.toString();
    }

    /** Lower case without accents, one character for one, so that positions in the text hold in the fold. */
    private static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FrenchText.foldChar(text.charAt(i));
        }
        return new String(out);
    }

    private static List<Phrase> load() {
        List<Phrase> phrases = new ArrayList<>();
        try (InputStream in = PartyParser.class.getResourceAsStream("party-kinds-fr.tsv")) {
            if (in == null) {
                throw new IllegalStateException("party-kinds-fr.tsv is missing from the census-core jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalStateException("party-kinds-fr.tsv: five columns expected: " + line);
                }
                phrases.add(new Phrase(AuthorityKind.valueOf(f[0]), f[1], f[2].equals("keep"),
                        f[3].equals("-") ? Optional.empty() : Optional.of(f[3]), f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.folded().length()).reversed());
        return List.copyOf(phrases);
    }
}
