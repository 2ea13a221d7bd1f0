package org.census.io.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.census.CensusException;
import org.census.CensusFormatException;
import org.census.CensusLimits;
import org.census.Location;
import org.census.io.internal.CellText;
import org.census.io.xlsx.internal.ExcelDateSystem;
import org.census.io.xlsx.internal.NumberText;
import org.census.io.xlsx.internal.XlsxLimits;
import org.census.io.xlsx.internal.XlsxZip;
import org.census.internal.ActionParser;
import org.census.internal.FrenchText;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PlaceLevel;
import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.ContinuationStatus;
import org.census.text.TrendDirection;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;
import org.census.text.PartyText;

/**
 * Reads filled questionnaires ({@link QuestionnaireTemplate}) into one census, with a report of what was wrong or
 * doubtful, file by file. One file that cannot be read is an error in the report and does not stop the others.
 * Accepted: questionnaires re-saved by LibreOffice, merged cells, formulas (their last computed value), dates typed
 * as dates, as serial numbers or as text, numbers typed as text with French separators, empty rows, hidden sheets.
 * Files are opened read-only, under {@link XlsxLimits#QUESTIONNAIRE}: a file larger than a questionnaire can be is
 * refused before its object model is built.
 */
public final class QuestionnaireImport {
    private QuestionnaireImport() {
    }

    /**
     * Imports questionnaires.
     *
     * @param filesOrDirs .xlsx files, and directories whose .xlsx files (directly inside) are read
     * @param edition     the edition the questionnaires answer
     * @return the census of the questionnaires that could be read, and every finding, file by file
     */
    public static ImportResult run(List<Path> filesOrDirs, CensusEdition edition) {
        List<ImportIssue> issues = new ArrayList<>();
        Map<String, Read> kept = new LinkedHashMap<>();
        for (Path file : expand(filesOrDirs, issues)) {
            Optional<Read> read = readOne(file, edition, issues);
            if (read.isEmpty()) {
                continue;
            }
            Read r = read.get();
            Read earlier = kept.get(r.partnership().id());
            if (earlier == null) {
                kept.put(r.partnership().id(), r);
                continue;
            }
            boolean newer = r.updated().orElse(LocalDate.MIN).isAfter(earlier.updated().orElse(LocalDate.MIN));
            Read winner = newer ? r : earlier;
            Read loser = newer ? earlier : r;
            kept.put(r.partnership().id(), winner);
            issues.add(new ImportIssue(loser.file(), Location.NONE, Severity.WARNING, "le partenariat « "
                    + r.partnership().id() + " » est aussi dans " + winner.file().getFileName()
                    + " ; la fiche la plus récente est gardée (" + date(winner.updated()) + " contre "
                    + date(loser.updated()) + ")"));
        }
        Census census = new Census(edition, kept.values().stream().map(Read::partnership).toList(),
                Optional.empty(), List.of());
        return new ImportResult(census, issues);
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(NumberText::dayMonthYear).orElse("sans date");
    }

    private record Read(Path file, Partnership partnership, Optional<LocalDate> updated) {
    }

    /** Why a file found in a folder is not read as a questionnaire, if it is not. */
    private static Optional<String> skipped(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("~$")) {
            return Optional.of("fichier ignoré : fichier de verrouillage d'Excel, pas un questionnaire");
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.empty();
        }
        if (lower.endsWith(".ods") || lower.endsWith(".xls")) {
            return Optional.of("fichier ignoré : seuls les classeurs .xlsx sont lus ; enregistrez-le au format .xlsx");
        }
        return Optional.of("fichier ignoré : pas un classeur .xlsx");
    }

    private static List<Path> expand(List<Path> filesOrDirs, List<ImportIssue> issues) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrDirs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    for (Path f : list.filter(Files::isRegularFile).sorted().toList()) {
                        Optional<String> skipped = skipped(f.getFileName().toString());
                        if (skipped.isEmpty()) {
                            files.add(f);
                        } else {
                            // Nothing is left out without a word: the user sees which files were not read, and why.
                            issues.add(new ImportIssue(f, Location.NONE, Severity.WARNING, skipped.get()));
                        }
                    }
                } catch (IOException e) {
                    issues.add(new ImportIssue(p, Location.NONE, Severity.ERROR, "dossier illisible : " + e.getMessage()));
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static Optional<Read> readOne(Path file, CensusEdition edition, List<ImportIssue> issues) {
        // The limits are checked on the zip before POI builds its object model; an Error (out of memory) is not a
        // file's problem and is not caught.
        try (OPCPackage pkg = XlsxZip.open(file, file.getFileName().toString(), XlsxLimits.QUESTIONNAIRE);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            return Optional.of(new FormReader(file, wb, edition, issues).read());
        } catch (CensusFormatException e) {
            issues.add(new ImportIssue(file, e.location(), Severity.ERROR, "classeur refusé : "
                    + e.problem()));
        } catch (CensusException e) {
            issues.add(new ImportIssue(file, Location.NONE, Severity.ERROR, e.getMessage()));
        } catch (Exception e) {
            // Whatever a broken file makes POI throw, it is this file's error and the others are still read.
            issues.add(new ImportIssue(file, Location.NONE, Severity.ERROR, "fichier illisible comme classeur xlsx : "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ")));
        }
        return Optional.empty();
    }

    /** Reads one workbook. */
    private static final class FormReader {
        private final Path file;
        private final XSSFWorkbook wb;
        private final CensusEdition edition;
        private final List<ImportIssue> issues;
        private final Map<String, Cell> fields = new LinkedHashMap<>();
        private final Sheet form;
        private final ExcelDateSystem dates;
        private final java.util.Set<Location> uncomputedSeen = new java.util.HashSet<>();

        FormReader(Path file, XSSFWorkbook wb, CensusEdition edition, List<ImportIssue> issues) {
            this.file = file;
            this.wb = wb;
            this.dates = ExcelDateSystem.of(wb.isDate1904());
            this.edition = edition;
            this.issues = issues;
            this.form = wb.getSheet(QuestionnaireLayout.FORM);
            if (form == null) {
                throw new CensusException("pas d'onglet « " + QuestionnaireLayout.FORM + " » : ce n'est pas un "
                        + "questionnaire (onglets trouvés : " + sheetNames() + ")");
            }
            // Labels are found where they are: rows may have been inserted or moved.
            for (Row row : form) {
                Cell label = row.getCell(0);
                String read = label == null ? "" : text(label).strip();
                String text = QuestionnaireLayout.FORMER_LABELS.getOrDefault(read, read);
                if (QuestionnaireLayout.FIELDS.contains(text) && !fields.containsKey(text)) {
                    Cell value = row.getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                    fields.put(text, value);
                }
            }
            for (String f : List.of(QuestionnaireLayout.FRENCH, QuestionnaireLayout.PARTNER,
                    QuestionnaireLayout.UPDATED)) {
                if (!fields.containsKey(f)) {
                    throw new CensusException("le libellé « " + f + " » manque dans la colonne A de l'onglet "
                            + QuestionnaireLayout.FORM);
                }
            }
        }

        private List<String> sheetNames() {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }

        private Location at(Cell c) {
            return Location.cell(c.getSheet().getSheetName(), c.getRowIndex() + 1, c.getColumnIndex() + 1);
        }

        private void issue(Cell c, Severity s, String message) {
            issues.add(new ImportIssue(file, at(c), s, message));
        }

        private String field(String name) {
            Cell c = fields.get(name);
            return c == null ? "" : text(c).strip();
        }

        Read read() {
            String french = field(QuestionnaireLayout.FRENCH);
            String partner = field(QuestionnaireLayout.PARTNER);
            if (french.isEmpty()) {
                issue(fields.get(QuestionnaireLayout.FRENCH), Severity.ERROR, "la collectivité française est "
                        + "obligatoire");
                throw new CensusException("fiche incomplète");
            }
            if (partner.isEmpty()) {
                issue(fields.get(QuestionnaireLayout.PARTNER), Severity.WARNING, "la collectivité partenaire "
                        + "n'est pas indiquée");
            }
            DateText updated = date(fields.get(QuestionnaireLayout.UPDATED));
            String id = field(QuestionnaireLayout.ID);
            if (id.isEmpty()) {
                id = slug(french.lines().findFirst().orElse("") + "-" + partner.lines().findFirst().orElse(""));
            }
            List<String> regions = split(field(QuestionnaireLayout.REGION));
            for (String region : regions) {
                if (!edition.regions().isEmpty() && !edition.regions().contains(region)) {
                    issue(fields.get(QuestionnaireLayout.REGION), Severity.WARNING, "région « " + region
                            + " » inconnue ; attendu l'une de " + edition.regions());
                }
            }
            Continuation continuation = Continuation.parse(field(QuestionnaireLayout.CONTINUATION));
            choice(QuestionnaireLayout.CONTINUATION, QuestionnaireLayout.CONTINUATIONS,
                    continuation.status() != ContinuationStatus.UNCLEAR);
            BudgetTrend trend = BudgetTrend.parse(field(QuestionnaireLayout.TREND));
            choice(QuestionnaireLayout.TREND, QuestionnaireLayout.TRENDS, trend.direction() != TrendDirection.UNKNOWN);
            List<Contact> contacts = new ArrayList<>();
            contacts(contacts, ContactSide.FRANCE, field(QuestionnaireLayout.CONTACT_FR));
            contacts(contacts, ContactSide.PARTNER, field(QuestionnaireLayout.CONTACT_PARTNER));
            Partnership p = new Partnership(id, Optional.empty(), regions.isEmpty() ? "" : regions.get(0), regions,
                    updated, parties(QuestionnaireLayout.FRENCH, PartyText::french),
                    placedIn(parties(QuestionnaireLayout.PARTNER, PartyText::partner), regions), List.of(), contacts,
                    DateText.parse(field(QuestionnaireLayout.FORMALISATION)),
                    GoverningDocument.parse(field(QuestionnaireLayout.DOCUMENT)),
                    MoneyText.parse(field(QuestionnaireLayout.BUDGET)),
                    continuation, trend, field(QuestionnaireLayout.MEANS),
                    actions(), field(QuestionnaireLayout.PERSPECTIVES), split(field(QuestionnaireLayout.NOTES)));
            return new Read(file, persons(p), updated.latest());
        }

        /** The partnership with the persons its answers name marked; a name no answer holds is a warning. */
        private Partnership persons(Partnership p) {
            List<String> marked = new ArrayList<>();
            for (String person : split(field(QuestionnaireLayout.PERSONS))) {
                try {
                    p.withPersonalParts(List.of(person));
                    marked.add(person);
                } catch (IllegalArgumentException e) {
                    issue(fields.get(QuestionnaireLayout.PERSONS), Severity.WARNING, "« " + CellText.shorten(person)
                            + " » ne figure dans aucune réponse ; recopiez le nom tel qu'il y est écrit");
                }
            }
            return marked.isEmpty() ? p : p.withPersonalParts(marked);
        }

        /**
         * A field with a drop-down list: an answer outside the list is a warning only when the census cannot read it
         * either ("Peut-être"). "/" is no answer; a free answer the census reads ("OUI, avec une nouvelle
         * convention", the source's own words, which a pre-filled questionnaire holds) is taken silently.
         */
        private void choice(String field, List<String> allowed, boolean readable) {
            String v = field(field);
            if (!FrenchText.isBlankAnswer(v) && !readable && allowed.stream().noneMatch(a -> a.equalsIgnoreCase(v))) {
                issue(fields.get(field), Severity.WARNING, "réponse libre « " + CellText.shorten(v)
                        + " » ; la liste propose " + allowed);
            }
        }

        /**
         * One contact a line, as the forms write them: "name, role", "name / role" or "role : name" ("Gao : Bana
         * Sidda TOURE"), a list's dash before the name left out of the name.
         */
        private static void contacts(List<Contact> contacts, ContactSide side, String text) {
            for (String raw : split(text)) {
                int comma = raw.indexOf(',') >= 0 ? raw.indexOf(',') : raw.indexOf('/');
                int colon = raw.indexOf(" : ");
                String name;
                String role;
                if (comma < 0 && colon > 0) {
                    name = raw.substring(colon + 3);
                    role = raw.substring(0, colon).strip();
                } else {
                    name = comma < 0 ? raw : raw.substring(0, comma);
                    role = comma < 0 ? "" : raw.substring(comma + 1).strip();
                }
                contacts.add(new Contact(side, name.replaceFirst("^[-–•]\\s*", "").strip(), role, raw));
            }
        }

        /**
         * The parties of a field, one or more a line, read as the bundled census reads the forms (kind, place, role,
         * the line kept as raw); at most as many as a census holds.
         */
        private List<Party> parties(String field, Function<String, List<Party>> reads) {
            String text = field(field);
            long lines = text.lines().count();
            if (lines > CensusLimits.MAX_LIST_LENGTH) {
                throw new CensusFormatException(file.getFileName().toString(), at(fields.get(field)),
                        CensusLimits.tooMany(lines, CensusLimits.MAX_LIST_LENGTH));
            }
            List<Party> parties = reads.apply(text);
            if (parties.size() > CensusLimits.MAX_LIST_LENGTH) {
                throw new CensusFormatException(file.getFileName().toString(), at(fields.get(field)),
                        CensusLimits.tooMany(parties.size(), CensusLimits.MAX_LIST_LENGTH));
            }
            return parties;
        }

        private List<Action> actions() {
            Sheet sheet = wb.getSheet(QuestionnaireLayout.ACTIONS);
            List<Action> actions = new ArrayList<>();
            if (sheet == null) {
                issues.add(new ImportIssue(file, Location.NONE, Severity.WARNING, "pas d'onglet « "
                        + QuestionnaireLayout.ACTIONS + " » : aucune action lue"));
                return actions;
            }
            ActionParser parses = new ActionParser();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] v = new String[QuestionnaireLayout.ACTION_HEADERS.size()];
                boolean any = false;
                for (int c = 0; c < v.length; c++) {
                    Cell cell = row.getCell(c);
                    v[c] = cell == null ? "" : text(cell).strip();
                    any |= !v[c].isEmpty();
                }
                if (!any) {
                    continue;
                }
                // A period, a budget or a note with nothing saying what was done is worth a look; a numbered row
                // left empty (as the source's forms have them) is not.
                boolean saysWhat = !v[1].isEmpty() || !v[2].isEmpty();
                if (!saysWhat && !(v[3] + v[4] + v[5]).isEmpty()) {
                    issue(row.getCell(2, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK), Severity.WARNING,
                            "action sans domaine ni description ; attendu ce qui a été fait");
                }
                actions.add(parses.action(v[0], v[1], false, v[2], v[3], v[4], v[5]));
            }
            return actions;
        }

        /**
         * The update date(s): a date cell or a serial number (as dd/mm/yyyy), or a text read as the census reads
         * the forms' dates ("17/05/13", "30 septembre 2013", "17/05/13 et 10/07/13"), its words kept as typed.
         */
        private DateText date(Cell c) {
            if (c == null) {
                return DateText.parse("");
            }
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            if (type == CellType.NUMERIC && !uncomputed(c)) {
                Optional<LocalDate> d = dates.date(c.getNumericCellValue());
                if (d.isPresent()) {
                    return withinYears(c, d.get()) ? DateText.ofDays(NumberText.dayMonthYear(d.get()),
                            List.of(d.get())) : DateText.parse(NumberText.dayMonthYear(d.get()));
                }
            }
            String t = text(c).strip();
            if (t.isEmpty()) {
                issue(c, Severity.WARNING, "date de mise à jour absente ; attendu une date comme 17/05/2013");
                return DateText.parse("");
            }
            DateText read = DateText.parse(t);
            if (read.days().isEmpty()) {
                issue(c, Severity.WARNING, "« " + CellText.shorten(t) + " » n'est pas une date ; attendu une date"
                        + " comme 17/05/2013 (le texte est gardé tel quel)");
            }
            return read;
        }

        /** Whether a day is of the years a census holds; another is no date, and its text is kept as it is. */
        private boolean withinYears(Cell c, LocalDate day) {
            if (CensusLimits.DEFAULT.allowsYear(day.getYear())) {
                return true;
            }
            issue(c, Severity.WARNING, "l'année " + day.getYear() + " est hors des années "
                    + CensusLimits.DEFAULT.firstYear() + " à " + CensusLimits.DEFAULT.lastYear()
                    + " ; attendu une date comme 17/05/2013 (le texte est gardé tel quel)");
            return false;
        }

        /**
         * A formula whose value the workbook does not hold (saved by a program that does not compute): no value, or
         * an empty one that is not text ({@code <f>1000*2</f><v></v>}, as openpyxl writes it). POI would read it as
         * 0. Its cell is read as empty, once with a warning.
         */
        private boolean uncomputed(Cell c) {
            if (c.getCellType() != CellType.FORMULA || !(c instanceof XSSFCell x)
                    || x.getCTCell().isSetV() && (!x.getCTCell().getV().isEmpty()
                    || c.getCachedFormulaResultType() == CellType.STRING)) {
                return false;
            }
            if (uncomputedSeen.add(at(c))) {
                issue(c, Severity.WARNING, "formule sans valeur calculée (" + CellText.shorten(c.getCellFormula())
                        + ") : la cellule est lue vide ; ouvrez le classeur dans un tableur et enregistrez-le");
            }
            return true;
        }

        /**
         * A cell as text: a formula's last value, a number without a spurious ".0", a date as dd/mm/yyyy; refused
         * beyond the longest text of a census.
         */
        private String text(Cell c) {
            String text = uncomputed(c) ? "" : content(c);
            CensusLimits.textProblem(text).ifPresent(p -> {
                throw new CensusFormatException(file.getFileName().toString(), at(c), p);
            });
            return text;
        }

        private String content(Cell c) {
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            return switch (type) {
                case STRING -> CellText.restore(c.getStringCellValue());
                case NUMERIC -> (DateUtil.isCellDateFormatted(c) ? dates.date(c.getNumericCellValue())
                        : Optional.<LocalDate>empty()).map(NumberText::dayMonthYear)
                        .orElseGet(() -> NumberText.asTyped(Double.toString(c.getNumericCellValue())));
                case BOOLEAN -> CellText.ofBoolean(c.getBooleanCellValue());
                default -> "";
            };
        }
    }

    /**
     * The partner's parties placed in the partnership's region when it has one and their line names none: a
     * questionnaire is about one partnership, and "Commune de Siby" in a Koulikoro questionnaire sits in Koulikoro.
     */
    static List<Party> placedIn(List<Party> parties, List<String> regions) {
        if (regions.size() != 1) {
            return parties;
        }
        return parties.stream().map(p -> p.placeAt("region").isPresent() ? p : new Party(p.name(), p.raw(),
                p.kind(), p.role(), Stream.concat(Stream.of(new PlaceLevel("region", regions.get(0))),
                p.place().stream()).toList(), p.country())).toList();
    }

    private static List<String> split(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** An id from names: folded as every French text is ("Sœurs" is "soeurs"), words joined by "-". */
    static String slug(String text) {
        String folded = FrenchText.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return folded.isEmpty() ? "fiche" : folded;
    }
}
