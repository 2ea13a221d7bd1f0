package org.census.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.census.json.JsonFields.*;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.census.CensusFormatException;
import org.census.CensusIOException;
import org.census.CensusLimits;
import org.census.Location;
import org.census.model.Action;
import org.census.model.AuthorityKind;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.CensusEdition;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Donor;
import org.census.model.EditionTexts;
import org.census.model.EditionTexts.TextBlock;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.internal.PartnershipIds;
import org.census.model.PartyRole;
import org.census.model.PlaceLevel;
import org.census.model.SolidarityFund;
import org.census.json.JsonFields.Kind;
import org.census.model.StatedFigure;
import org.census.internal.ActionParser;
import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;
import org.census.internal.Messages;
import org.census.internal.TextBudget;

/**
 * Reads the census JSON format with Jackson's streaming parser: the top level is walked token by token and each
 * partnership is read as a small tree, so the reader never holds more than one partnership's tree at a time.
 * A census too large for memory is read one partnership at a time: {@link #open}, {@link #header()}, {@link #next()}
 * until empty, {@link #end()}.
 */
public final class JsonCensusReader implements AutoCloseable {
    private final ActionParser actions = new ActionParser();

    private final String source;
    private final JsonParser parser;
    private final PartnershipIds ids = new PartnershipIds();
    /** The characters of the record being read: a partnership, or a section of the header. */
    private final TextBudget recordTexts = new TextBudget();
    /**
     * Partnerships read before the header they need, held until it comes: a census writes its header first, so
     * only a file made otherwise has any, and they are bounded.
     */
    private final Deque<Partnership> buffered = new ArrayDeque<>();
    private static final int MAX_BUFFERED = 10_000;
    private Integer version;
    private CensusEdition edition;
    private List<StatedFigure> figures = List.of();
    private Optional<SolidarityFund> fund = Optional.empty();
    private State state = State.BEFORE_HEADER;
    private int index;

    private enum State { BEFORE_HEADER, IN_PARTNERSHIPS, AFTER_PARTNERSHIPS, ENDED }

    private JsonCensusReader(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /**
     * Opens a streaming reader: {@link #header()}, then {@link #next()} until it is empty, then {@link #end()}.
     * Only one partnership is held at a time, unless a document puts its partnerships before its "census" object,
     * in which case they are read ahead and held until the header is known. The stream is not closed.
     *
     * @param source the name of the input for error messages, e.g. a file name or {@code <stdin>}
     */
    public static JsonCensusReader open(InputStream in, String source) {
        try {
            JsonParser parser = CensusJson.factory().createParser(new StrictUtf8Input(in));
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return new JsonCensusReader(source, parser);
        } catch (CharConversionException e) {
            throw notUtf8(source, Location.NONE, e);
        } catch (IOException e) {
            throw new CensusIOException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a whole census (the path of {@link CensusJson#read(InputStream, String)}). */
    static Census read(InputStream in, String source) {
        try (JsonCensusReader reader = open(in, source)) {
            reader.header();
            List<Partnership> partnerships = new ArrayList<>();
            for (Optional<Partnership> p = reader.next(); p.isPresent(); p = reader.next()) {
                partnerships.add(p.get());
            }
            CensusHeader header = reader.end();
            return header.with(partnerships);
        }
    }

    /**
     * The census without its partnerships: the edition, the stated figures and, when the document gives it before
     * the partnerships, the solidarity fund. May be called more than once.
     */
    public CensusHeader header() {
        return guard(() -> {
            if (state == State.BEFORE_HEADER) {
                readHeader();
            }
            return headerSoFar();
        });
    }

    /** The next partnership, or empty after the last one. */
    public Optional<Partnership> next() {
        return guard(() -> {
            if (state == State.BEFORE_HEADER) {
                readHeader();
            }
            if (!buffered.isEmpty()) {
                return Optional.of(buffered.removeFirst());
            }
            if (state != State.IN_PARTNERSHIPS) {
                return Optional.empty();
            }
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                state = State.AFTER_PARTNERSHIPS;
                return Optional.empty();
            }
            return Optional.of(nextPartnership());
        });
    }

    /**
     * Reads the rest of the document and returns the complete header (a solidarity fund given after the
     * partnerships is in it). Partnerships not yet taken with {@link #next()} are skipped.
     */
    public CensusHeader end() {
        return guard(() -> {
            while (next().isPresent()) {
                // skipped
            }
            if (state == State.AFTER_PARTNERSHIPS) {
                readFields(false);
                state = State.ENDED;
            }
            return headerSoFar();
        });
    }

    /** Releases the parser; the input stream stays open. */
    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // The stream belongs to the caller; nothing of ours is left open.
        }
    }

    /** Runs a step of the reading, its exceptions becoming the reader's: format errors where the input is at fault. */
    private <T> T guard(CensusIOException.IoCall<T> step) {
        try {
            return step.call();
        } catch (StreamConstraintsException e) {
            String problem = Messages.firstLine(e).startsWith("String value length")
                    ? "a text of more than " + CensusLimits.MAX_TEXT_LENGTH + " characters, the most a census holds "
                    + "(what a spreadsheet cell holds); shorten it" : "over a safety limit: " + Messages.firstLine(e);
            throw new CensusFormatException(source, location(parser), problem + lineColumn(e));
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE_FIELD.matcher(Messages.firstLine(e));
            String problem = duplicate.lookingAt() ? "the field \"" + duplicate.group(1) + "\" is given twice; an "
                    + "object names each field once" : "malformed JSON: " + Messages.firstLine(e);
            throw new CensusFormatException(source, location(parser), problem + lineColumn(e));
        } catch (CharConversionException e) {
            // Bytes that are no UTF-8: the input's fault, not the stream's.
            throw notUtf8(source, location(parser), e);
        } catch (IOException e) {
            throw new CensusIOException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static CensusFormatException notUtf8(String source, Location at, CharConversionException e) {
        return new CensusFormatException(source, at, "not UTF-8 at " + Messages.firstLine(e));
    }

    /**
     * Refuses anything but white space after the document's closing brace: a second document or trailing garbage
     * would otherwise be ignored, and the file would say more than what is read. Said with its byte offset, since
     * no pointer reaches past the document.
     */
    private void requireEndOfInput() throws IOException {
        JsonToken after;
        try {
            after = parser.nextToken();
        } catch (JsonProcessingException e) {
            after = JsonToken.NOT_AVAILABLE;
        }
        if (after != null) {
            // The start of the token met (or of the one that could not be read).
            var at = parser.currentTokenLocation();
            throw new CensusFormatException(source, Location.NONE, "byte " + at.getByteOffset() + " (line "
                    + at.getLineNr() + ", column " + at.getColumnNr() + "): "
                    + (after == JsonToken.START_OBJECT ? "a second JSON document" : "content")
                    + " after the end of the census; a file holds one document: remove what follows its last '}'");
        }
    }

    private CensusHeader headerSoFar() {
        return new CensusHeader(edition, fund, figures);
    }

    private void readHeader() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new CensusFormatException(source, Location.pointer("/"),
                    "expected a JSON object with \"formatVersion\": "
                    + CensusJson.FORMAT_VERSION);
        }
        boolean streaming = readFields(true);
        if (!streaming) {
            state = State.ENDED;
        }
        if (!streaming || version != null) {
            // Streaming means the edition was read; otherwise this refuses a document without one.
            checkComplete();
        }
    }

    /**
     * Reads top-level fields up to the end of the object, or, when {@code stopAtPartnerships} and the edition is
     * known, up to the start of the partnerships array (then returns true).
     */
    private boolean readFields(boolean stopAtPartnerships) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            String at = "/" + field;
            switch (field) {
                case FORMAT_VERSION -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != CensusJson.FORMAT_VERSION) {
                        throw new CensusFormatException(source, Location.pointer(at), "unsupported format version "
                                + parser.getText() + "; this library reads version " + CensusJson.FORMAT_VERSION);
                    }
                    version = parser.getIntValue();
                }
                case CENSUS -> edition = edition(node(parser, at));
                case STATED_OVERVIEW -> figures = JsonNodes.array(source, listTree(at), at,
                        this::figure);
                case SOLIDARITY_FUND -> fund = Optional.of(fund(node(parser, at)));
                case PARTNERSHIPS -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new CensusFormatException(source, Location.pointer(at),
                                "expected an array of partnerships");
                    }
                    if (!stopAtPartnerships) {
                        throw new CensusFormatException(source, Location.pointer(at),
                                "a second array of partnerships; a document "
                                + "has one");
                    }
                    if (edition != null && buffered.isEmpty()) {
                        state = State.IN_PARTNERSHIPS;
                        return true;
                    }
                    long characters = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        buffered.add(nextPartnership());
                        characters += recordTexts.used();
                        if (buffered.size() > MAX_BUFFERED || characters > CensusLimits.MAX_RECORD_CHARACTERS) {
                            throw new CensusFormatException(source, Location.pointer(at + "/" + (index - 1)),
                                    String.format(Locale.ROOT, "more partnerships before the \"%s\" object than "
                                    + "are held waiting for it (%,d, or %,d characters); write \"%s\" first, as "
                                    + "census does", CENSUS, MAX_BUFFERED, CensusLimits.MAX_RECORD_CHARACTERS,
                                    CENSUS));
                        }
                    }
                }
                default -> throw unknownField("", field, Kind.DOCUMENT);
            }
        }
        if (parser.currentToken() == JsonToken.END_OBJECT) {
            requireEndOfInput();
        }
        if (!stopAtPartnerships) {
            checkComplete();
        }
        return false;
    }

    private void checkComplete() {
        if (version == null) {
            throw new CensusFormatException(source, Location.pointer("/" + FORMAT_VERSION),
                    "missing; this library reads version "
                    + CensusJson.FORMAT_VERSION);
        }
        if (edition == null) {
            throw new CensusFormatException(source, Location.pointer("/" + CENSUS), "missing required object");
        }
    }

    /** Reads the partnership at the current token, checking what the census checks as a whole, as it goes. */
    private Partnership nextPartnership() throws IOException {
        String at = "/" + PARTNERSHIPS + "/" + index;
        recordTexts.reset();
        Partnership p = streamPartnership(at);
        index++;
        Optional<PartnershipIds.Violation> violation = ids.add(p);
        if (violation.isPresent()) {
            String field = violation.get().field() == PartnershipIds.Field.ID ? ID : SAME_AS;
            throw new CensusFormatException(source, Location.pointer(at + "/" + field), violation.get().problem());
        }
        return p;
    }

    private JsonNodes node(JsonParser parser, String at) throws IOException {
        // The fund's one list is its donors; the edition's, its regions.
        int maxItems = at.equals("/" + SOLIDARITY_FUND) ? CensusLimits.MAX_DONORS : CensusLimits.MAX_LIST_LENGTH;
        recordTexts.reset();
        return new JsonNodes(source, JsonTrees.read(parser, source, at, maxItems, recordTexts), at);
    }

    /** The value at the current token as a tree whose lists are at most as long as a record's lists may be. */
    private JsonNode listTree(String at) throws IOException {
        recordTexts.reset();
        return JsonTrees.read(parser, source, at, CensusLimits.MAX_LIST_LENGTH, recordTexts);
    }

    private CensusEdition edition(JsonNodes n) {
        n.onlyFields(Kind.EDITION);
        EditionTexts texts = n.has(TEXTS) ? texts(n.object(TEXTS)) : EditionTexts.NONE;
        try {
            return new CensusEdition(n.text(ID), n.text(TITLE), n.optionalText(SUBTITLE), n.text(PUBLISHER),
                    n.text(PARTNER_COUNTRY), n.text(LANGUAGE, "fr"), n.date(EDITION_DATE),
                    DateText.parse(n.rawOf(SURVEY_PERIOD)), n.date(CRISIS_REFERENCE_DATE),
                    n.optionalText(SOURCE_URL), n.text(SOURCE_LINE, n.text(PUBLISHER)), n.texts(REGIONS),
                    n.optionalText(PUBLISHER_ORG_ID), texts);
        } catch (IllegalArgumentException e) {
            throw n.error(n.pointer(), e.getMessage());
        }
    }

    private static EditionTexts texts(JsonNodes n) {
        n.onlyFields(Kind.TEXTS);
        List<TextBlock> titlePage = n.list(TITLE_PAGE, (b, i) -> block(b));
        List<TextBlock> foreword = n.list(FOREWORD, (b, i) -> block(b));
        List<TextBlock> overview = n.list(OVERVIEW, (b, i) -> block(b));
        List<TextBlock> notaBene = n.list(NOTA_BENE, (b, i) -> block(b));
        List<EditionTexts.AnnouncedPartnership> announced = n.list(ANNOUNCED, (a, i) -> announced(a));
        List<TextBlock> credits = n.list(CREDITS, (b, i) -> block(b));
        List<String> personalParts = n.texts(PERSONAL_PARTS);
        try {
            return new EditionTexts(titlePage, foreword, overview, notaBene, announced, credits, personalParts);
        } catch (IllegalArgumentException e) {
            // A personal part that no text holds, or texts too large together.
            throw n.error(e.getMessage().startsWith("personal part") ? n.child(PERSONAL_PARTS) : n.pointer(),
                    e.getMessage());
        }
    }

    private static TextBlock block(JsonNodes n) {
        n.onlyFields(Kind.TEXT_BLOCK);
        String kind = n.text(KIND);
        return new TextBlock(blockKind(kind).orElseThrow(() -> n.error(n.child(KIND), "unknown value \""
                + Messages.cut(kind, 41) + "\"; expected one of " + blockKinds())), n.text(TEXT));
    }

    private static EditionTexts.AnnouncedPartnership announced(JsonNodes n) {
        n.onlyFields(Kind.ANNOUNCED);
        String region = n.text(REGION);
        String text = n.text(TEXT);
        try {
            return new EditionTexts.AnnouncedPartnership(region, text, n.optionalText(AFTER));
        } catch (IllegalArgumentException e) {
            throw n.error(n.child(AFTER), e.getMessage());
        }
    }

    private StatedFigure figure(JsonNodes n, int index) {
        n.onlyFields(Kind.STATED_FIGURE);
        BigDecimal value = n.decimal(VALUE).orElseThrow(() -> n.error(n.child(VALUE), "missing number"));
        return new StatedFigure(n.text(FIGURE), value, n.text(RAW, ""));
    }

    private SolidarityFund fund(JsonNodes n) {
        n.onlyFields(Kind.SOLIDARITY_FUND);
        return new SolidarityFund(n.text(NAME, ""), n.date(AS_OF), n.list(DONORS, (d, i) -> donor(d)),
                n.decimal(PRINTED_TOTAL_EUR));
    }

    private Donor donor(JsonNodes n) {
        n.onlyFields(Kind.DONOR);
        String raw = n.has(AMOUNT_RAW) ? n.text(AMOUNT_RAW)
                : n.decimal(AMOUNT_EUR).map(a -> a.toPlainString() + " €").orElse("");
        return new Donor(n.text(NAME), MoneyText.parse(raw));
    }

    /**
     * Reads a partnership with its actions streamed, token by token, and its other fields as a small tree: the
     * actions are most of a census, and a tree of each would cost more than all the rest of the reading. The first
     * problem met is the one reported: an unknown field or a wrong action as the reading reaches it, a wrong value of
     * the partnership's own fields when the partnership has been read.
     */
    private Partnership streamPartnership(String at) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new CensusFormatException(source, Location.pointer(at), "expected an object, found "
                    + describe(parser.currentToken()));
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        List<Action> rows = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!Kind.PARTNERSHIP.knows(field)) {
                throw unknownField(at, field, Kind.PARTNERSHIP);
            }
            Kind parsed = PARSED_VALUES.get(field);
            if (field.equals(ACTIONS)) {
                rows = actions(value, at + "/" + ACTIONS);
            } else if (parsed != null) {
                // Only the raw text is kept: the derived members, recomputed from it, are checked by name and
                // skipped, never held.
                fields.put(field, rawOf(value, "/" + PARTNERSHIPS, index, "/" + field, parsed));
            } else {
                fields.set(field, JsonTrees.readField(parser, source, at, field, CensusLimits.MAX_LIST_LENGTH,
                        recordTexts));
            }
        }
        return partnership(new JsonNodes(source, fields, at), rows);
    }

    /** The partnership's fields whose values are read from free text, and what their objects hold. */
    private static final java.util.Map<String, Kind> PARSED_VALUES = java.util.Map.of(
            FORMALISATION, Kind.DATE_TEXT, ANNUAL_BUDGET, Kind.MONEY_TEXT, CONTINUATION, Kind.CONTINUATION,
            BUDGET_TREND, Kind.BUDGET_TREND, GOVERNING_DOCUMENT, Kind.GOVERNING_DOCUMENT);

    private CensusFormatException unknownField(String at, String field, Kind known) {
        return new CensusFormatException(source, Location.pointer(at + "/" + JsonNodes.escape(field)),
                "unknown field \"" + field
                + "\"; expected one of " + known.names());
    }

    private List<Action> actions(JsonToken value, String at) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (value != JsonToken.START_ARRAY) {
            throw new CensusFormatException(source, Location.pointer(at),
                    "expected an array, found " + describe(value));
        }
        List<Action> rows = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (rows.size() == CensusLimits.MAX_ACTIONS_PER_PARTNERSHIP) {
                // Refused before the list grows: a million actions of one partnership would fill the heap.
                throw new CensusFormatException(source, Location.pointer(at), "more than "
                        + CensusLimits.MAX_ACTIONS_PER_PARTNERSHIP + " actions in one partnership, the most a census "
                        + "holds; split the partnership");
            }
            rows.add(action(t, at, rows.size()));
        }
        return rows;
    }

    /**
     * An action, read token by token. Its pointer is spelt out only for an error: reading a million actions makes
     * no string for them.
     */
    private Action action(JsonToken start, String array, int index) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw error(array, index, "", "expected an object, found " + describe(start));
        }
        String number = "";
        String domain = "";
        boolean fromRowAbove = false;
        String description = "";
        String period = "";
        String budget = "";
        String note = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case NUMBER -> number = text(value, array, index, "/" + NUMBER, "");
                case DOMAIN -> domain = rawOf(value, array, index, "/" + DOMAIN, Kind.DOMAIN);
                case DOMAIN_FROM_ROW_ABOVE -> {
                    if (value != JsonToken.VALUE_NULL && !value.isBoolean()) {
                        throw error(array, index, "/" + DOMAIN_FROM_ROW_ABOVE, "expected true or false, found "
                                + describe(value));
                    }
                    fromRowAbove = value == JsonToken.VALUE_TRUE;
                }
                case DESCRIPTION -> description = text(value, array, index, "/" + DESCRIPTION, "");
                case PERIOD -> period = rawOf(value, array, index, "/" + PERIOD, Kind.DATE_TEXT);
                case BUDGET -> budget = rawOf(value, array, index, "/" + BUDGET, Kind.MONEY_TEXT);
                case NOTE -> note = text(value, array, index, "/" + NOTE, "");
                default -> throw unknownField(array + "/" + index, field, Kind.ACTION);
            }
        }
        if (!(recordTexts.add(number) && recordTexts.add(domain) && recordTexts.add(description)
                && recordTexts.add(period) && recordTexts.add(budget) && recordTexts.add(note))) {
            throw error(array, index, "", TextBudget.PROBLEM);
        }
        return actions.action(number, domain, fromRowAbove, description, period, budget, note);
    }

    /** An error at {@code path} (a pointer within the action, "" for the action) of the action at index. */
    private CensusFormatException error(String array, int index, String path, String problem) {
        return new CensusFormatException(source, Location.pointer(array + "/" + index + path), problem);
    }

    /** The string, refused if an escape left a lone surrogate in it ({@link JsonNodes#wholeCharacters}). */
    private String wholeCharacters(String text, String array, int index, String path, String member) {
        Optional<String> problem = CensusLimits.textProblem(text);
        if (problem.isPresent()) {
            throw error(array, index, path + member, problem.get());
        }
        return text;
    }

    /** A string, or "" for null; an error is at {@code path} then {@code member}, joined only then. */
    private String text(JsonToken value, String array, int index, String path, String member) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return wholeCharacters(parser.getText(), array, index, path, member);
        }
        if (value == JsonToken.VALUE_NULL) {
            return "";
        }
        throw error(array, index, path + member, "expected a string, found " + describe(value));
    }

    /**
     * The raw text of a parsed value: {"raw": "...", derived members}, a bare string, or "" for null. The derived
     * members are recomputed from the raw text, so only their names are checked.
     */
    private String rawOf(JsonToken value, String array, int index, String path, Kind known)
            throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return wholeCharacters(parser.getText(), array, index, path, "");
        }
        if (value == JsonToken.VALUE_NULL) {
            return "";
        }
        if (value != JsonToken.START_OBJECT) {
            throw error(array, index, path, "expected an object with \"raw\" (or a string), found "
                    + describe(value));
        }
        String raw = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String member = parser.currentName();
            JsonToken v = parser.nextToken();
            if (member.equals(RAW)) {
                raw = text(v, array, index, path, "/" + RAW);
            } else if (known.knows(member)) {
                parser.skipChildren();
            } else {
                throw unknownField(array + "/" + index + path, member, known);
            }
        }
        return raw;
    }

    private String describe(JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> JsonNodes.describeString(parser.getText());
            case VALUE_NULL -> "nothing";
            case START_ARRAY -> "array";
            case START_OBJECT -> "object";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A partnership from its fields read as a tree (their names checked as they were read) and its actions. */
    private Partnership partnership(JsonNodes n, List<Action> rows) {
        n.checkParsedValue(FORMALISATION, Kind.DATE_TEXT);
        n.checkParsedValue(ANNUAL_BUDGET, Kind.MONEY_TEXT);
        n.checkParsedValue(CONTINUATION, Kind.CONTINUATION);
        n.checkParsedValue(BUDGET_TREND, Kind.BUDGET_TREND);
        n.checkParsedValue(GOVERNING_DOCUMENT, Kind.GOVERNING_DOCUMENT);
        String updatedRaw = n.has(UPDATE_DATES_RAW) ? n.text(UPDATE_DATES_RAW) : String.join(" et ",
                n.texts(UPDATE_DATES));
        DateText updated = n.has(UPDATE_DATES_RAW) ? DateText.parse(updatedRaw)
                : DateText.ofDays(updatedRaw, n.texts(UPDATE_DATES).stream()
                .map(d -> n.date(d, n.child(UPDATE_DATES))).toList());
        try {
            return new Partnership(n.text(ID), n.optionalText(SAME_AS), n.text(SOURCE_SECTION, ""),
                    n.texts(REGIONS), updated,
                    n.list(FRENCH_PARTIES, (p, i) -> party(p)),
                    n.list(PARTNER_PARTIES, (p, i) -> party(p)),
                    n.list(THIRD_COUNTRY_PARTIES, (p, i) -> party(p)),
                    n.list(CONTACTS, (c, i) -> contact(c)),
                    DateText.parse(n.rawOf(FORMALISATION)),
                    GoverningDocument.parse(n.rawOf(GOVERNING_DOCUMENT)),
                    MoneyText.parse(n.rawOf(ANNUAL_BUDGET)),
                    Continuation.parse(n.rawOf(CONTINUATION)),
                    BudgetTrend.parse(n.rawOf(BUDGET_TREND)),
                    n.text(LOCAL_MEANS, ""),
                    rows,
                    n.text(PERSPECTIVES, ""),
                    n.texts(NOTES), n.texts(PERSONAL_PARTS));
        } catch (IllegalArgumentException e) {
            throw n.error(n.pointer(), e.getMessage());
        }
    }

    private Party party(JsonNodes n) {
        n.onlyFields(Kind.PARTY);
        String name = n.text(NAME);
        return new Party(name, n.text(RAW, name), n.enumValue(KIND, AuthorityKind.class, AuthorityKind.OTHER),
                n.enumValue(ROLE, PartyRole.class, PartyRole.PARTY),
                n.list(PLACE, (p, i) -> place(p)),
                n.optionalText(COUNTRY));
    }

    private static PlaceLevel place(JsonNodes n) {
        n.onlyFields(Kind.PLACE);
        return new PlaceLevel(n.text(LEVEL), n.text(NAME));
    }

    private Contact contact(JsonNodes n) {
        n.onlyFields(Kind.CONTACT);
        return new Contact(n.enumValue(SIDE, ContactSide.class), n.text(NAME, ""), n.text(ROLE, ""),
                n.text(RAW, ""));
    }

    /** Jackson's words for a key given twice (StreamReadFeature.STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate (?:field|Object property) '(.*)'");

    /** The JSON pointer reached when the error struck. */
    private static Location location(JsonParser parser) {
        return Location.pointer(parser == null ? "" : parser.getParsingContext().pathAsPointer().toString());
    }

    /** Where in the text the parser stopped; said in the problem, since a pointer is the location of JSON. */
    private static String lineColumn(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

}
