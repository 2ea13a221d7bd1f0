package org.census.io.synthetic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.census.CensusException;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.internal.ActionParser;
import org.census.model.Action;
import org.census.model.CensusHeader;
import org.census.model.CensusEdition;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Donor;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.SolidarityFund;
import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;
import org.census.text.PartyText;

/**
 * A synthetic census of any size, for benchmarks and scale tests: French authorities paired with Malian ones, with
 * the kinds of free text real forms hold (money, periods, domains, continuation answers), all parsed like real ones.
 * The same arguments always give the same census; each partnership depends only on the seed and its number, so the
 * census is generated one partnership at a time and written as it goes, in bounded memory.
 */
public final class SyntheticCensus {
    private static final List<String> MALI_REGIONS = List.of("Kayes", "Koulikoro", "Sikasso", "Ségou", "Mopti",
            "Tombouctou", "Gao", "Kidal", "District de Bamako");
    private static final List<String> FRENCH_TOWNS = List.of("Angers", "Montreuil", "Évry", "Bourg-en-Bresse",
            "Mâcon", "Tours", "Rennes", "Romans-sur-Isère", "Saint-Étienne", "Cergy", "Colombes", "Nevers", "Metz",
            "Poitiers", "Besançon", "Lannion", "Marly", "Thionville", "Aubagne", "Vénissieux", "Ivry-sur-Seine",
            "Châtellerault", "Arles", "Limoges", "Clermont-Ferrand", "Saint-Brieuc", "Morlaix", "Sète");
    private static final List<String> DEPARTMENTS = List.of("l'Allier", "la Savoie", "l'Ille-et-Vilaine",
            "la Seine-Saint-Denis", "l'Essonne", "l'Isère", "la Haute-Garonne", "l'Yonne", "la Nièvre", "la Drôme",
            "la Moselle", "la Vienne", "l'Aube", "la Loire-Atlantique");
    private static final List<String> REGIONS_FR = List.of("Île-de-France", "Bretagne", "Centre-Val de Loire",
            "Rhône-Alpes", "Lorraine", "Nord-Pas-de-Calais", "Provence-Alpes-Côte d'Azur", "Limousin");
    private static final List<String> MALI_TOWNS = List.of("Kita", "Nioro du Sahel", "Diéma", "Yélimané",
            "Bafoulabé", "Kéniéba", "Douentza", "Bandiagara", "Djenné", "San", "Tominian", "Bougouni", "Koutiala",
            "Yorosso", "Kolokani", "Banamba", "Dioïla", "Bourem", "Ansongo", "Goundam", "Niafunké", "Macina");
    private static final List<String> FIRST_NAMES = List.of("Marie", "Jean", "Aminata", "Moussa", "Claire",
            "Mamadou", "Sophie", "Oumar", "Françoise", "Bakary", "Hélène", "Seydou", "Élodie", "Fatoumata");
    private static final List<String> LAST_NAMES = List.of("Martin", "Traoré", "Bernard", "Diarra", "Lefèvre",
            "Coulibaly", "Moreau", "Keïta", "Girard", "Sissoko", "Lambert", "Touré", "Fontaine", "Maïga");
    private static final List<String> DOMAINS = List.of("Santé", "Éducation", "Eau et assainissement",
            "Agriculture", "Culture", "Développement économique", "Appui institutionnel", "Sécurité alimentaire",
            "Environnement", "Jeunesse et sport", "Formation professionnelle", "Aide d'urgence");
    private static final List<String> WORKS = List.of("Construction d'un centre de santé", "Réhabilitation de "
            + "l'école", "Forage d'un puits", "Formation des élus", "Appui à l'état civil", "Équipement de la "
            + "maternité", "Création d'une bibliothèque", "Maraîchage des femmes", "Échanges scolaires",
            "Distribution de vivres", "Reboisement", "Latrines publiques", "Banque de céréales",
            "Accueil d'une délégation", "Soirée de solidarité");
    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre");
    private static final List<String> CONTINUATION = List.of("Oui", "Non", "Oui, mais ponctuellement",
            "Reprise en 2013", "Mise en sommeil", "Oui, la coopération se poursuit");
    private static final List<String> TRENDS = List.of("Maintien", "Augmentation", "Diminution",
            "Budget constant", "Baisse de 20 %", "En hausse");

    private SyntheticCensus() {
    }

    /**
     * Writes a synthetic census to a file, atomically, in the format named or told by the extension.
     *
     * @param partnerships          how many partnerships
     * @param actionsPerPartnership how many action rows each has
     * @param seed                  the same seed gives the same census
     */
    public static void write(Path file, Optional<String> format, int partnerships, int actionsPerPartnership,
                             long seed, ProgressListener listener) {
        if (partnerships < 0 || actionsPerPartnership < 0) {
            throw new CensusException("partnerships and actions per partnership cannot be negative");
        }
        CensusHeader header = header(seed);
        ActionParser parses = new ActionParser();
        Iterator<Partnership> generated = IntStream.range(0, partnerships)
                .mapToObj(i -> partnership(seed, i, actionsPerPartnership, parses)).iterator();
        CensusFiles.installed().write(header, generated, file, format, (phase, done, total) -> listener.progress(
                "generate " + file.getFileName(), done, OptionalLong.of(partnerships)));
    }

    /** The census without partnerships: a made-up edition about Mali, with a small solidarity fund. */
    public static CensusHeader header(long seed) {
        CensusEdition edition = new CensusEdition("synthetic-" + seed, "Recensement synthétique de la coopération "
                + "décentralisée franco-malienne", Optional.of("Données générées (graine " + seed + ")"),
                "census generate", "ML", "fr", LocalDate.of(2013, 11, 8), DateText.parse("D'avril à octobre 2013"),
                LocalDate.of(2012, 3, 22), Optional.empty(), "Recensement synthétique, graine " + seed, MALI_REGIONS);
        SplittableRandom r = new SplittableRandom(seed);
        List<Donor> donors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            donors.add(new Donor("Ville de " + pick(r, FRENCH_TOWNS), MoneyText.parse(money(r))));
        }
        return new CensusHeader(edition, Optional.of(new SolidarityFund("Fonds de solidarité pour le Mali",
                LocalDate.of(2013, 7, 2), donors, Optional.empty())), List.of());
    }

    /** Partnership number {@code index} (from 0) of the census of this seed. */
    public static Partnership partnership(long seed, int index, int actions) {
        return partnership(seed, index, actions, new ActionParser());
    }

    private static Partnership partnership(long seed, int index, int actions, ActionParser parses) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        String region = pick(r, MALI_REGIONS);
        String town = pick(r, MALI_TOWNS);
        Party french = frenchParty(r);
        // Parties as the forms write them, read by the core's parser: names, kinds and places as a real census has.
        Party partner = PartyText.partner("COMMUNE DE " + town.toUpperCase(java.util.Locale.FRENCH) + " (région de "
                + region + ")").get(0);
        String person = pick(r, FIRST_NAMES) + " " + pick(r, LAST_NAMES);
        List<Contact> contacts = List.of(new Contact(ContactSide.FRANCE, person, "chargé(e) de mission",
                person + ", chargé(e) de mission"));
        List<Action> rows = new ArrayList<>(actions);
        for (int a = 0; a < actions; a++) {
            String domain = pick(r, DOMAINS);
            rows.add(parses.action(String.valueOf(a + 1), domain, false, pick(r, WORKS) + " à " + town,
                    period(r), money(r), r.nextInt(10) == 0 ? "Cofinancement du ministère" : ""));
        }
        int year = 1985 + r.nextInt(28);
        return new Partnership("p" + (index + 1), Optional.empty(), region, List.of(region),
                DateText.parse(String.format("%02d/%02d/13", 1 + r.nextInt(28), 1 + r.nextInt(10))),
                List.of(french), List.of(partner), List.of(), contacts,
                DateText.parse("Convention signée en " + year), GoverningDocument.parse("Convention de coopération "
                + "renouvelée en " + (year + 5 + r.nextInt(20) % 8)), MoneyText.parse(money(r)),
                Continuation.parse(pick(r, CONTINUATION)), BudgetTrend.parse(pick(r, TRENDS)),
                "Comité de jumelage et coordinateur local", rows,
                "Poursuivre les actions engagées à " + town, List.of());
    }

    private static Party frenchParty(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> {
                String d = pick(r, DEPARTMENTS);
                yield PartyText.french("CONSEIL GENERAL DE " + d.toUpperCase(java.util.Locale.FRENCH)).get(0);
            }
            case 1 -> {
                String region = pick(r, REGIONS_FR);
                yield PartyText.french("Conseil régional " + region).get(0);
            }
            default -> {
                String town = pick(r, FRENCH_TOWNS);
                yield PartyText.french("Mairie de " + town).get(0);
            }
        };
    }

    private static String money(SplittableRandom r) {
        int amount = (1 + r.nextInt(400)) * 250;
        return switch (r.nextInt(6)) {
            case 0 -> String.format(java.util.Locale.FRANCE, "%,d €", amount).replace('\u202F', ' ');
            case 1 -> "Entre " + amount + " et " + amount * 2 + " €";
            case 2 -> "2 x " + amount + " euros";
            case 3 -> amount + "€";
            case 4 -> "Environ " + amount + " €";
            default -> "/";
        };
    }

    private static String period(SplittableRandom r) {
        int year = 2008 + r.nextInt(6);
        int from = r.nextInt(12);
        return switch (r.nextInt(4)) {
            case 0 -> capital(MONTHS.get(from)) + " à " + MONTHS.get(Math.min(11, from + 1 + r.nextInt(4))) + " "
                    + year;
            case 1 -> String.valueOf(year);
            case 2 -> "Depuis " + year;
            default -> String.format("%02d/%02d/%02d", 1 + r.nextInt(28), from + 1, year % 100);
        };
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(SplittableRandom r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
