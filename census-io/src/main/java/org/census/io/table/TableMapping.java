package org.census.io.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.census.CensusFormatException;
import org.census.CensusIOException;
import org.census.Location;
import org.census.internal.Messages;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetLimits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the rows of a sheet become a census: which sheet, where the header is, where the data starts, and which field
 * each column holds. Immutable; made by {@link #builder()}, which checks it, or read from JSON ({@link #read}, the
 * schema is {@link #SCHEMA_RESOURCE}). A column is named by its header text, its letter, or both; a column left out
 * of the mapping, or mapped to no field ({@code "field": "ignored"}), is not read and is listed as unmapped.
 *
 * <pre>{@code
 * {"sheet": "Feuil1", "headerRow": 3, "firstDataRow": 4,
 *  "columns": [{"header": "Collectivité française", "field": "french-party"},
 *              {"column": "F", "field": "budget", "currency": "XOF"},
 *              {"header": "Remarques", "field": "ignored"}]}
 * }</pre>
 */
public final class TableMapping {
    /** The JSON Schema of a mapping file, a class-path resource of census-io. */
    public static final String SCHEMA_RESOURCE = "/org/census/io/table/table-mapping.schema.json";
    /** The largest mapping file read, in bytes. */
    public static final int MAX_FILE_BYTES = 1_000_000;
    /** The longest header, sheet name or currency a mapping names, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The most columns a mapping names: as many as a sheet has. */
    public static final int MAX_COLUMNS = SheetLimits.MAX_COLUMNS;

    private static final Pattern LETTERS = Pattern.compile("[A-Z]{1,3}");
    private static final Set<String> KEYS = Set.of("sheet", "headerRow", "headerRows", "hashtagRow", "firstDataRow",
            "columns");
    private static final Set<String> COLUMN_KEYS = Set.of("header", "column", "field", "currency");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder().streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(10).maxStringLength(MAX_FILE_BYTES).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One column of the sheet.
     *
     * @param header   its header text as the sheet writes it (with a two-row header, "Budget / 2012")
     * @param letter   its letter ("F")
     * @param field    the field it holds; empty for a column not read
     * @param currency the currency of its amounts, for a budget column of plain numbers ("XOF", "EUR")
     */
    public record Column(Optional<String> header, Optional<String> letter, Optional<TableField> field,
                         Optional<String> currency) {
        public Column {
            Objects.requireNonNull(header, "header");
            letter = Objects.requireNonNull(letter, "letter").map(l -> l.strip().toUpperCase(Locale.ROOT));
            Objects.requireNonNull(field, "field");
            currency = Objects.requireNonNull(currency, "currency").map(String::strip);
            if (header.isEmpty() && letter.isEmpty()) {
                throw new IllegalArgumentException("a column is named by its header, its letter or both");
            }
            header.ifPresent(h -> name(h, "header"));
            currency.ifPresent(c -> name(c, "currency"));
            letter.ifPresent(l -> {
                if (!LETTERS.matcher(l).matches() || TableMapping.number(l) > SheetLimits.MAX_COLUMNS) {
                    throw new IllegalArgumentException("column \"" + Messages.cut(l, 20)
                            + "\" is not a column letter A to XFD");
                }
            });
            if (currency.isPresent() && field.filter(f -> f == TableField.BUDGET
                    || f == TableField.ANNUAL_BUDGET).isEmpty()) {
                throw new IllegalArgumentException("a currency is given for budget columns only, not for "
                        + field.map(TableField::key).orElse("ignored") + " column " + describe(header, letter));
            }
        }

        /** A column named by its header. */
        public static Column of(String header, TableField field) {
            return new Column(Optional.of(header), Optional.empty(), Optional.of(field), Optional.empty());
        }

        /** Its column number from 1, if named by letter. */
        public OptionalInt number() {
            return letter.map(l -> OptionalInt.of(TableMapping.number(l))).orElse(OptionalInt.empty());
        }

        private static String describe(Optional<String> header, Optional<String> letter) {
            return letter.orElse("") + header.map(h -> (letter.isPresent() ? " " : "") + "\""
                    + Messages.cut(h, 40) + "\"").orElse("");
        }

        @Override
        public String toString() {
            return describe(header, letter);
        }
    }

    private final Optional<String> sheet;
    private final int headerRow;
    private final int headerRows;
    private final OptionalInt hashtagRow;
    private final int firstDataRow;
    private final List<Column> columns;

    private TableMapping(Builder b) {
        this.sheet = b.sheet;
        this.headerRow = b.headerRow;
        this.headerRows = b.headerRows;
        this.hashtagRow = b.hashtagRow;
        this.firstDataRow = b.firstDataRow;
        this.columns = List.copyOf(b.columns);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The sheet to read; empty for the first that holds a table. */
    public Optional<String> sheet() {
        return sheet;
    }

    /** The (first) row of the header, from 1. */
    public int headerRow() {
        return headerRow;
    }

    /** 1, or 2 for a header with group cells above the column headers. */
    public int headerRows() {
        return headerRows;
    }

    /** The row of HXL hashtags, if the sheet has one. */
    public OptionalInt hashtagRow() {
        return hashtagRow;
    }

    /** The first row of data. */
    public int firstDataRow() {
        return firstDataRow;
    }

    public List<Column> columns() {
        return columns;
    }

    /** A builder holding this mapping's values, to change some. */
    public Builder toBuilder() {
        Builder b = new Builder().headerRow(headerRow).headerRows(headerRows).firstDataRow(firstDataRow);
        sheet.ifPresent(b::sheet);
        hashtagRow.ifPresent(b::hashtagRow);
        columns.forEach(b::column);
        return b;
    }

    /** Makes a mapping, checking it whole at {@link #build()}. */
    public static final class Builder {
        private Optional<String> sheet = Optional.empty();
        private int headerRow = 1;
        private int headerRows = 1;
        private OptionalInt hashtagRow = OptionalInt.empty();
        private int firstDataRow = 2;
        private final List<Column> columns = new ArrayList<>();

        private Builder() {
        }

        public Builder sheet(String name) {
            this.sheet = Optional.of(name(name, "sheet"));
            return this;
        }

        public Builder headerRow(int row) {
            this.headerRow = row;
            return this;
        }

        public Builder headerRows(int rows) {
            this.headerRows = rows;
            return this;
        }

        public Builder hashtagRow(int row) {
            this.hashtagRow = OptionalInt.of(row);
            return this;
        }

        public Builder firstDataRow(int row) {
            this.firstDataRow = row;
            return this;
        }

        public Builder column(Column column) {
            columns.add(Objects.requireNonNull(column, "column"));
            return this;
        }

        /** @throws IllegalArgumentException saying what is wrong */
        public TableMapping build() {
            if (headerRow < 1) {
                throw new IllegalArgumentException("headerRow counts from 1, got " + headerRow);
            }
            if (headerRows != 1 && headerRows != 2) {
                throw new IllegalArgumentException("headerRows is 1 or 2, got " + headerRows);
            }
            int lastHeader = Math.max(headerRow + headerRows - 1, hashtagRow.orElse(0));
            if (hashtagRow.isPresent() && hashtagRow.getAsInt() < 1) {
                throw new IllegalArgumentException("hashtagRow counts from 1, got " + hashtagRow.getAsInt());
            }
            if (firstDataRow <= lastHeader) {
                throw new IllegalArgumentException("firstDataRow " + firstDataRow + " is not below the header (row "
                        + lastHeader + ")");
            }
            if (columns.size() > MAX_COLUMNS) {
                throw new IllegalArgumentException(columns.size() + " columns, more than the " + MAX_COLUMNS
                        + " a sheet has");
            }
            Set<String> letters = new HashSet<>();
            Set<String> headers = new HashSet<>();
            for (Column c : columns) {
                if (c.letter().isPresent() && !letters.add(c.letter().get())) {
                    throw new IllegalArgumentException("column " + c.letter().get() + " is mapped twice");
                }
                if (c.letter().isEmpty() && !headers.add(c.header().get())) {
                    throw new IllegalArgumentException("header \"" + Messages.cut(c.header().get(), 40)
                            + "\" is mapped twice; name the columns by letter");
                }
            }
            return new TableMapping(this);
        }
    }

    private static String name(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank() || text.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX_NAME_LENGTH + " characters, got "
                    + text.length());
        }
        return text;
    }

    /** A column's number from its letters: A is 1, AA is 27. */
    static int number(String letters) {
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            n = n * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return n;
    }

    /**
     * Reads a mapping file: strict JSON (unknown keys are refused, naming their JSON pointer), at most
     * {@link #MAX_FILE_BYTES} bytes. The stream is not closed.
     *
     * @throws CensusFormatException naming the source and the place
     */
    /** Reads a mapping file; a file that cannot be read is a {@link CensusIOException} naming it. */
    public static TableMapping read(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (java.io.IOException e) {
            throw new CensusIOException(file + ": cannot read: " + org.census.internal.Messages.reason(e), e);
        }
    }

    public static TableMapping read(InputStream in, String source) {
        byte[] bytes = CensusIOException.call(source + ": cannot read", () -> bounded(in, source));
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new CensusFormatException(source, Location.NONE, "not a mapping file: "
                    + Messages.cut(e.getOriginalMessage(), 200));
        } catch (IOException e) {
            throw new CensusFormatException(source, Location.NONE, "not a mapping file: " + Messages.reason(e));
        }
        if (root == null || !root.isObject()) {
            throw new CensusFormatException(source, Location.pointer(""), "a mapping file is a JSON object");
        }
        Builder b = builder();
        keys(root, KEYS, "", source);
        text(root, "sheet", "", source).ifPresent(s -> apply(source, "/sheet", () -> b.sheet(s)));
        integer(root, "headerRow", source).ifPresent(b::headerRow);
        integer(root, "headerRows", source).ifPresent(b::headerRows);
        integer(root, "hashtagRow", source).ifPresent(b::hashtagRow);
        integer(root, "firstDataRow", source).ifPresent(b::firstDataRow);
        JsonNode cols = root.path("columns");
        if (!cols.isArray()) {
            throw new CensusFormatException(source, Location.pointer("/columns"), "a list of columns is expected");
        }
        if (cols.size() > MAX_COLUMNS) {
            throw new CensusFormatException(source, Location.pointer("/columns"), cols.size()
                    + " columns, more than the " + MAX_COLUMNS + " a sheet has");
        }
        for (int i = 0; i < cols.size(); i++) {
            String at = "/columns/" + i;
            JsonNode c = cols.get(i);
            if (!c.isObject()) {
                throw new CensusFormatException(source, Location.pointer(at), "a column is a JSON object");
            }
            keys(c, COLUMN_KEYS, at, source);
            String fieldKey = text(c, "field", at, source).orElseThrow(() -> new CensusFormatException(source,
                    Location.pointer(at), "a column needs a \"field\" (one of " + fieldKeys() + ")"));
            Optional<TableField> field = fieldKey.equals("ignored") ? Optional.empty()
                    : Optional.of(TableField.byKey(fieldKey).orElseThrow(() -> new CensusFormatException(source,
                    Location.pointer(at + "/field"), "no field \"" + Messages.cut(fieldKey, 40) + "\"; fields: "
                    + fieldKeys())));
            Optional<String> header = text(c, "header", at, source);
            Optional<String> letter = text(c, "column", at, source);
            Optional<String> currency = text(c, "currency", at, source);
            apply(source, at, () -> b.column(new Column(header, letter, field, currency)));
        }
        TableMapping[] built = new TableMapping[1];
        apply(source, "", () -> built[0] = b.build());
        return built[0];
    }

    /** Writes this mapping as JSON, as {@link #read} reads it. The stream is not closed. */
    public void write(OutputStream out) {
        ObjectNode root = JSON.createObjectNode();
        sheet.ifPresent(s -> root.put("sheet", s));
        root.put("headerRow", headerRow);
        if (headerRows != 1) {
            root.put("headerRows", headerRows);
        }
        hashtagRow.ifPresent(r -> root.put("hashtagRow", r));
        root.put("firstDataRow", firstDataRow);
        ArrayNode cols = root.putArray("columns");
        for (Column c : columns) {
            ObjectNode o = cols.addObject();
            c.letter().ifPresent(l -> o.put("column", l));
            c.header().ifPresent(h -> o.put("header", h));
            o.put("field", c.field().map(TableField::key).orElse("ignored"));
            c.currency().ifPresent(cur -> o.put("currency", cur));
        }
        CensusIOException.run("cannot write the mapping", () -> {
            JSON.writerWithDefaultPrettyPrinter().without(com.fasterxml.jackson.core.JsonGenerator.Feature
                    .AUTO_CLOSE_TARGET).writeValue(out, root);
            out.write('\n');
            out.flush();
        });
    }

    /** The mapping as JSON text. */
    public String toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] bounded(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new CensusFormatException(source, Location.NONE, "a mapping file holds at most "
                    + MAX_FILE_BYTES + " bytes");
        }
        return bytes;
    }

    private static void keys(JsonNode node, Set<String> known, String at, String source) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new CensusFormatException(source, Location.pointer(at + "/" + Messages.cut(k, 40)),
                        "unknown key; known keys: " + new java.util.TreeSet<>(known));
            }
        }
    }

    private static Optional<String> text(JsonNode node, String key, String at, String source) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new CensusFormatException(source, Location.pointer(at + "/" + key), "a text is expected");
        }
        return Optional.of(v.textValue());
    }

    private static OptionalInt integer(JsonNode node, String key, String source) {
        JsonNode v = node.get(key);
        if (v == null) {
            return OptionalInt.empty();
        }
        if (!v.isInt() || v.intValue() < 1) {
            throw new CensusFormatException(source, Location.pointer("/" + key), "a row number from 1 is expected");
        }
        return OptionalInt.of(v.intValue());
    }

    private static void apply(String source, String at, Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            throw new CensusFormatException(source, Location.pointer(at), e.getMessage());
        }
    }

    private static List<String> fieldKeys() {
        List<String> keys = new ArrayList<>();
        for (TableField f : TableField.values()) {
            keys.add(f.key());
        }
        keys.add("ignored");
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableMapping m && sheet.equals(m.sheet) && headerRow == m.headerRow
                && headerRows == m.headerRows && hashtagRow.equals(m.hashtagRow) && firstDataRow == m.firstDataRow
                && columns.equals(m.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sheet, headerRow, headerRows, hashtagRow, firstDataRow, columns);
    }

    @Override
    public String toString() {
        return "TableMapping" + toJson().replaceAll("\\s+", " ");
    }
}
