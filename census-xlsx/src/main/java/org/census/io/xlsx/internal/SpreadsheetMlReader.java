package org.census.io.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.Messages;

/**
 * A pull reader of SpreadsheetML parts (worksheets, shared strings) on their inflated UTF-8 bytes: the few elements
 * and attributes census reads are told apart by comparing bytes with their names, and characters are decoded only
 * when asked for, so a sheet's markup costs a scan of its bytes. It replaces a general StAX parser on the import's
 * hot path (about half of each reading thread went to Aalto).
 *
 * <p>What it reads: elements (prefixed or not: only local names count, as with {@code getLocalName()}; namespaces
 * are not resolved), the attributes named by the constants below (any prefix; {@code xmlns} declarations are not
 * attributes), character data with the five predefined entities and numeric character references, CDATA sections,
 * line ends normalised as XML does ({@code \r\n} and {@code \r} to {@code \n}; in attribute values, tabs and line
 * ends to spaces). Comments and processing instructions are passed over. A part in UTF-16, UTF-32 or another
 * declared encoding is transcoded to UTF-8 first.
 *
 * <p>What it refuses, by an {@link XMLStreamException} of one line: a DOCTYPE (so no entity is ever declared or
 * expanded), a reference to any other entity, bad UTF-8 or a character XML does not allow in text it decodes,
 * unbalanced or mismatched tags, a truncated part, text or a second element outside the root. Text and attributes
 * nobody asks for are scanned for markup only. Limits, in {@link XlsxLimits}, thrown as {@link CensusFormatException}
 * naming the part: {@link XlsxLimits#XML_DEPTH} nested elements, {@link XlsxLimits#XML_NAME_BYTES} bytes a name,
 * {@link XlsxLimits#XML_ATTRIBUTES} attributes an element, and {@link XlsxLimits#XML_TAG_BYTES} bytes for the start
 * tag of an element whose attributes are read (the others are streamed). Text comes in chunks of at most
 * {@value #CHUNK} bytes, so memory is bounded whatever the part holds, and time is linear in its size.
 */
public final class SpreadsheetMlReader {
    /** Events. */
    public static final int START = 1;
    public static final int END = 2;
    public static final int TEXT = 3;
    public static final int END_DOCUMENT = 4;

    /** The names told apart, elements and attributes; every other is {@link #OTHER}. */
    public static final int OTHER = 0;
    public static final int SHEET_DATA = 1;
    public static final int ROW = 2;
    public static final int C = 3;
    public static final int V = 4;
    public static final int F = 5;
    public static final int IS = 6;
    public static final int T = 7;
    public static final int R = 8;
    public static final int PHONETIC_RUN = 9;
    public static final int SI = 10;
    public static final int MERGE_CELL = 11;
    public static final int S = 12;
    public static final int HIDDEN = 13;
    public static final int REF = 14;
    private static final int NAMES = 15;

    /** Text is handed out in chunks of about this many bytes at most. */
    private static final int CHUNK = 32 * 1024;
    /** Room for a held start tag and a chunk of text, and for the reads in between. */
    private static final int BUFFER = 2 * XlsxLimits.XML_TAG_BYTES + CHUNK;

    private final InputStream in;
    private final String source;
    private final Location where;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    /** Bytes of the part before {@code buf[0]}: offsets in messages count from the part's start. */
    private long shifted;
    private boolean eof;

    private int event;
    private int name;
    private int textStart;
    private int textEnd;
    private boolean textIsCdata;
    /** Inside a CDATA section that a chunk did not finish. */
    private boolean inCdata;
    /**
     * The attributes of the current start tag, by name: value span in {@link #buf}, present if their tag is
     * {@link #tag}, the number of the start tag read last.
     */
    private final int[] attrStart = new int[NAMES];
    private final int[] attrTag = new int[NAMES];
    private int tag;
    private final int[] attrEnd = new int[NAMES];
    private final boolean[] attrHasSpecial = new boolean[NAMES];
    /** The last value read of each attribute, when it had nothing to decode. */
    private final String[] lastValues = new String[NAMES];
    /** The open elements: their qualified names, end to end, to match end tags; and their codes. */
    private byte[] openNames = new byte[256];
    private final int[] openNameStarts = new int[XlsxLimits.XML_DEPTH + 1];
    private final int[] openCodes = new int[XlsxLimits.XML_DEPTH + 1];
    private int depth;
    private boolean emptyElementPending;
    private boolean rootSeen;
    private boolean rootClosed;

    private SpreadsheetMlReader(InputStream in, String source, Location where) {
        this.in = in;
        this.source = source;
        this.where = where;
    }

    /**
     * A reader of the part {@code in}, which it does not close; {@code where} names the part or sheet in errors.
     *
     * @throws CensusFormatException if the part's encoding cannot be read
     */
    public static SpreadsheetMlReader open(InputStream in, String source, Location where) throws IOException {
        byte[] head = in.readNBytes(4);
        InputStream whole = new Utf8Bytes.Prefixed(head, head.length, in);
        Charset other = Utf8Bytes.byteOrder(head);
        if (other == null) {
            SpreadsheetMlReader reader = new SpreadsheetMlReader(whole, source, where);
            Charset declared = reader.declaredEncoding();
            if (declared == null) {
                return reader;
            }
            // The bytes read so far are handed on with the rest.
            InputStream rest = new Utf8Bytes.Prefixed(reader.buf, reader.limit, whole);
            other = declared;
            whole = rest;
        }
        SpreadsheetMlReader transcoded = new SpreadsheetMlReader(new Utf8Bytes.Transcoding(whole, other, source,
                where), source, where);
        // Its declaration names the encoding it had: only a byte-order mark the charset kept is passed over.
        transcoded.declaredEncoding();
        return transcoded;
    }

    /**
     * The encoding the XML declaration names, if it is neither UTF-8 nor a part of it (ASCII), read from the
     * buffer's first bytes; null for UTF-8. A declaration of UTF-16 on bytes without its byte order is UTF-8 here.
     */
    private Charset declaredEncoding() throws IOException {
        while (limit < 512 && fill(0)) {
            // Enough bytes for the declaration.
        }
        int start = pos;
        if (limit - start >= 3 && (buf[start] & 0xff) == 0xef && (buf[start + 1] & 0xff) == 0xbb
                && (buf[start + 2] & 0xff) == 0xbf) {
            pos = start + 3;
            return null;
        }
        if (limit - start < 6 || !new String(buf, start, 6, StandardCharsets.ISO_8859_1).equals("<?xml ")) {
            return null;
        }
        int end = start;
        while (end < limit && end - start < 512 && buf[end] != '>') {
            end++;
        }
        String declaration = new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return null;
        }
        int open = at + 8;
        while (open < declaration.length() && " \t\r\n=".indexOf(declaration.charAt(open)) >= 0) {
            open++;
        }
        if (open >= declaration.length()) {
            return null;
        }
        int close = declaration.indexOf(declaration.charAt(open), open + 1);
        String name = close < 0 ? "" : declaration.substring(open + 1, close).toUpperCase(Locale.ROOT);
        if (name.equals("UTF-8") || name.equals("UTF8") || name.equals("US-ASCII") || name.equals("ASCII")
                || name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.equals("UTF-16")) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CensusFormatException(source, where, "the XML declares the encoding \""
                    + Messages.cut(name, 40) + "\", which is not read here");
        }
    }

    /** The last event. */
    public int event() {
        return event;
    }

    /** The name of the current element ({@link #START} or {@link #END}), one of the constants above. */
    public int name() {
        return name;
    }

    /** The current element's qualified name as text, for messages (cut short). */
    public String nameText() {
        // An element that has ended keeps its name in the stack until another takes its place.
        return event == START ? nameAt(depth - 1) : event == END ? nameAt(depth) : "";
    }

    /**
     * The value of the current start tag's attribute {@code attribute} (one of the constants above), decoded; null
     * if the element has none.
     */
    public String attribute(int attribute) throws XMLStreamException {
        if (event != START || attrTag[attribute] != tag) {
            return null;
        }
        int start = attrStart[attribute];
        int length = attrEnd[attribute] - start;
        // Most values repeat the last one of their name (t="inlineStr", s="3"): that string again, no new one.
        String last = lastValues[attribute];
        if (!attrHasSpecial[attribute] && last != null && last.length() == length) {
            int i = 0;
            while (i < length && buf[start + i] == last.charAt(i)) {
                i++;
            }
            if (i == length) {
                return last;
            }
        }
        String value = decode(start, start + length, true);
        lastValues[attribute] = attrHasSpecial[attribute] ? null : value;
        return value;
    }

    /** Whether the current start tag's attribute {@code attribute} is exactly {@code ascii} (no decoding). */
    public boolean attributeIs(int attribute, String ascii) throws XMLStreamException {
        if (event != START || attrTag[attribute] != tag) {
            return false;
        }
        int s = attrStart[attribute];
        int length = attrEnd[attribute] - s;
        if (attrHasSpecial[attribute]) {
            return ascii.equals(attribute(attribute));
        }
        if (length != ascii.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buf[s + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The characters of the current {@link #TEXT} event. */
    public String text() throws XMLStreamException {
        return decode(textStart, textEnd, false);
    }

    /** The next event. */
    public int next() throws XMLStreamException, IOException {
        if (emptyElementPending) {
            emptyElementPending = false;
            depth--;
            name = openCodes[depth];
            return event = END;
        }
        if (event == END && depth == 0) {
            rootClosed = true;
        }
        if (inCdata) {
            int e = cdata(pos);
            if (e >= 0) {
                return e;
            }
        }
        while (true) {
            if (pos == limit && !fill(pos)) {
                return endOfPart();
            }
            if (buf[pos] != '<') {
                if (depth == 0) {
                    skipSpaceOutsideRoot();
                    continue;
                }
                return characters();
            }
            if (limit - pos < 2 && !fill(pos) && limit - pos < 2) {
                throw malformed(pos, "the part ends inside a tag");
            }
            byte b = buf[pos + 1];
            if (b == '/') {
                return endTag();
            } else if (b == '!') {
                if (markup()) {
                    int e = cdata(pos);
                    if (e >= 0) {
                        return e;
                    }
                }
            } else if (b == '?') {
                skipPast(pos + 2, (byte) '?', (byte) '>');
            } else {
                return startTag();
            }
        }
    }

    private int endOfPart() throws XMLStreamException {
        if (depth > 0) {
            throw malformed(pos, "the part ends inside <" + nameAt(depth - 1) + ">");
        }
        if (!rootSeen) {
            throw malformed(pos, "the part has no root element");
        }
        return event = END_DOCUMENT;
    }

    private void skipSpaceOutsideRoot() throws XMLStreamException {
        byte b = buf[pos];
        if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
            pos++;
            return;
        }
        throw malformed(pos, rootSeen ? "text after the root element" : "text before the root element");
    }

    /** Character data up to the next {@code <}, or a chunk of it. */
    private int characters() throws XMLStreamException, IOException {
        int start = pos;
        int p = pos;
        while (true) {
            byte[] b = buf;
            int end = limit;
            while (p < end && b[p] != '<') {
                p++;
            }
            if (p < end) {
                break;
            }
            if (p - start >= CHUNK) {
                p = safeCut(start, p, false);
                break;
            }
            int kept = p - start;
            if (!fill(start)) {
                throw malformed(pos, "the part ends inside <" + nameAt(depth - 1) + ">");
            }
            start = pos;
            p = start + kept;
        }
        textStart = start;
        textEnd = p;
        textIsCdata = false;
        pos = p;
        return event = TEXT;
    }

    /**
     * Where a chunk of text or CDATA ending at {@code end} may end: not inside a UTF-8 sequence, a reference, a CR LF
     * pair (a CDATA section's scan leaves its last two bytes unread, so it never cuts its end).
     */
    private int safeCut(int start, int end, boolean cdata) {
        int cut = end;
        int lead = cut - 1;
        while (lead > start && cut - lead < 4 && (buf[lead] & 0xc0) == 0x80) {
            lead--;
        }
        int b = buf[lead] & 0xff;
        int length = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        if (lead + length > cut) {
            cut = lead;
        }
        if (!cdata) {
            for (int i = cut - 1; i >= start && cut - i <= 12; i--) {
                if (buf[i] == ';') {
                    break;
                }
                if (buf[i] == '&') {
                    cut = i;
                    break;
                }
            }
        }
        if (cut > start && buf[cut - 1] == '\r') {
            cut--;
        }
        return cut;
    }

    /** {@code <!...}: a comment passed over; a CDATA section starts (true); a DOCTYPE refused. */
    private boolean markup() throws XMLStreamException, IOException {
        ensure(9);
        if (startsWith(pos, "<!--")) {
            skipPast(pos + 4, (byte) '-', (byte) '-', (byte) '>');
            return false;
        }
        if (startsWith(pos, "<![CDATA[")) {
            if (depth == 0) {
                throw malformed(pos, "a CDATA section outside the root element");
            }
            pos += 9;
            inCdata = true;
            return true;
        }
        if (startsWith(pos, "<!DOCTYPE")) {
            throw malformed(pos, "a DOCTYPE declaration: no DTD or entity declaration is read here");
        }
        throw malformed(pos, "markup that is not XML (<!" + ascii(pos + 2, 8) + ")");
    }

    /**
     * A CDATA section's characters from {@code from}, or a chunk of them; -1 if there are none (then the caller reads
     * on: an empty section makes no event, and a million of them no deeper stack).
     */
    private int cdata(int from) throws XMLStreamException, IOException {
        int start = from;
        int p = from;
        while (true) {
            int end = limit;
            while (p + 2 < end && !(buf[p] == ']' && buf[p + 1] == ']' && buf[p + 2] == '>')) {
                p++;
            }
            if (p + 2 < end) {
                inCdata = false;
                pos = p + 3;
                break;
            }
            if (p - start >= CHUNK) {
                p = safeCut(start, p, true);
                pos = p;
                break;
            }
            int kept = p - start;
            if (!fill(start)) {
                throw malformed(pos, "the part ends inside a CDATA section");
            }
            start = pos;
            p = start + kept;
        }
        textStart = start;
        textEnd = p;
        textIsCdata = true;
        if (start == p) {
            return -1;
        }
        return event = TEXT;
    }

    /** Passes over bytes up to the terminator ({@code ?>} or {@code -->}) included. */
    private void skipPast(int from, byte... terminator) throws XMLStreamException, IOException {
        int p = from;
        int matched = 0;
        while (true) {
            while (p < limit) {
                byte c = buf[p++];
                if (c == terminator[matched]) {
                    if (++matched == terminator.length) {
                        pos = p;
                        return;
                    }
                } else if (matched == 2 && c == terminator[1] && terminator[0] == terminator[1]) {
                    matched = 2; // "--->": the last two still begin "-->"
                } else {
                    matched = c == terminator[0] ? 1 : 0;
                }
            }
            pos = p;
            if (!fill(p)) {
                throw malformed(pos, "the part ends inside a comment or processing instruction");
            }
            p = pos;
        }
    }

    private int startTag() throws XMLStreamException, IOException {
        if (rootClosed) {
            throw malformed(pos, "a second root element");
        }
        if (depth == XlsxLimits.XML_DEPTH) {
            throw limit(String.format(Locale.ROOT, "elements nested more than %,d deep, the most read here",
                    XlsxLimits.XML_DEPTH));
        }
        // The name, then the tag's end: held in the buffer (for the elements whose attributes are read) or streamed.
        int nameStart = pos + 1;
        int nameEnd = nameEnd(nameStart);
        int tagStart = pos;
        nameStart = tagStart + 1;
        int code = code(nameStart, nameEnd);
        push(nameStart, nameEnd, code);
        tag++;
        rootSeen = true;
        name = code;
        if (code == OTHER) {
            streamAttributes(nameEnd);
        } else {
            holdAttributes(tagStart, nameEnd - tagStart);
        }
        return event = START;
    }

    /** Scans a name from {@code start}; the buffer may move, so it returns the end relative to the new position. */
    private int nameEnd(int start) throws XMLStreamException, IOException {
        int p = start;
        while (true) {
            byte[] b = buf;
            int end = Math.min(limit, start + XlsxLimits.XML_NAME_BYTES + 1);
            while (p < end && NAME_BYTE[b[p] & 0xff]) {
                p++;
            }
            if (p - start > XlsxLimits.XML_NAME_BYTES) {
                throw limit(String.format(Locale.ROOT, "an XML name of more than %,d bytes, the most read here",
                        XlsxLimits.XML_NAME_BYTES));
            }
            if (p < limit) {
                break;
            }
            int offset = p - pos;
            int startOffset = start - pos;
            if (!fill(pos)) {
                throw malformed(pos, "the part ends inside a tag");
            }
            p = pos + offset;
            start = pos + startOffset;
        }
        if (p == start) {
            throw malformed(p, "a tag without a name");
        }
        return p;
    }

    /** The bytes that may be in a name: all but white space and the markup around names. */
    private static final boolean[] NAME_BYTE = new boolean[256];

    static {
        Arrays.fill(NAME_BYTE, true);
        for (char c : " \t\r\n>/=<\"'&".toCharArray()) {
            NAME_BYTE[c] = false;
        }
    }

    private static boolean isNameByte(byte b) {
        return NAME_BYTE[b & 0xff];
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /**
     * Reads the start tag's attributes in the buffer, keeping those with a name above; if the buffer ends first, reads
     * more, the whole tag held, and starts again.
     */
    private void holdAttributes(int tagStart, int nameLength) throws XMLStreamException, IOException {
        while (true) {
            int gt = attributes(tagStart + nameLength);
            if (gt - tagStart > XlsxLimits.XML_TAG_BYTES || gt < 0 && limit - tagStart > XlsxLimits.XML_TAG_BYTES) {
                throw limit(String.format(Locale.ROOT, "a <%s> start tag of more than %,d bytes, the most read here",
                        nameAt(depth - 1), XlsxLimits.XML_TAG_BYTES));
            }
            if (gt >= 0) {
                pos = gt + 1;
                return;
            }
            if (!fill(tagStart)) {
                throw malformed(pos, "the part ends inside a tag");
            }
            tagStart = pos;
        }
    }

    /**
     * Reads {@code name="value"} pairs from {@code p} to the tag's {@code >}, whose place it gives; -1 if the buffer
     * ends first.
     */
    private int attributes(int p) throws XMLStreamException {
        // A new number: what a read cut short by the buffer's end had found is forgotten.
        int current = ++tag;
        emptyElementPending = false;
        byte[] b = buf;
        int end = limit;
        int count = 0;
        while (true) {
            int spaces = p;
            while (p < end && isSpace(b[p])) {
                p++;
            }
            if (p == end) {
                return -1;
            }
            byte c = b[p];
            if (c == '>') {
                return p;
            }
            if (c == '/') {
                if (p + 1 == end) {
                    return -1;
                }
                if (b[p + 1] != '>') {
                    throw malformed(p, "a '/' inside a tag");
                }
                emptyElementPending = true;
                return p + 1;
            }
            if (p == spaces) {
                throw malformed(p, "attributes without space between them");
            }
            int nameStart = p;
            while (p < end && NAME_BYTE[b[p] & 0xff]) {
                p++;
            }
            int nameEnd = p;
            while (p < end && isSpace(b[p])) {
                p++;
            }
            if (p == end) {
                return -1;
            }
            if (nameEnd == nameStart || nameEnd - nameStart > XlsxLimits.XML_NAME_BYTES) {
                throw malformed(nameStart, "an attribute without a name, or with a name too long");
            }
            if (b[p] != '=') {
                throw malformed(p, "an attribute without a value");
            }
            p++;
            while (p < end && isSpace(b[p])) {
                p++;
            }
            if (p == end) {
                return -1;
            }
            byte quote = b[p];
            if (quote != '"' && quote != '\'') {
                throw malformed(p, "an attribute value without quotes");
            }
            int valueStart = ++p;
            boolean special = false;
            while (p < end && b[p] != quote) {
                byte v = b[p];
                special |= v < 0x20 || v == '&' || v == '<';
                p++;
            }
            if (p == end) {
                return -1;
            }
            if (++count > XlsxLimits.XML_ATTRIBUTES) {
                throw tooManyAttributes();
            }
            int code = known(nameStart, nameEnd);
            if (code != OTHER) {
                if (attrTag[code] == current) {
                    throw malformed(nameStart, "an attribute given twice");
                }
                attrTag[code] = current;
                attrStart[code] = valueStart;
                attrEnd[code] = p;
                attrHasSpecial[code] = special;
            }
            p++;
        }
    }

    /** The start tag of an element whose attributes no one reads: streamed to its end, its attributes counted. */
    private void streamAttributes(int from) throws XMLStreamException, IOException {
        int p = from;
        byte quote = 0;
        int equals = 0;
        byte previous = 0;
        while (true) {
            byte[] b = buf;
            int end = limit;
            for (; p < end; p++) {
                byte c = b[p];
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '>') {
                    break;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '=' && ++equals > XlsxLimits.XML_ATTRIBUTES) {
                    throw tooManyAttributes();
                } else if (c == '<') {
                    throw malformed(p, "a '<' inside a tag");
                }
                previous = c;
            }
            if (p < end) {
                break;
            }
            pos = p;
            if (!fill(p)) {
                throw malformed(pos, "the part ends inside a tag");
            }
            p = pos;
        }
        emptyElementPending = previous == '/';
        pos = p + 1;
    }

    private int endTag() throws XMLStreamException, IOException {
        // Most end tags are the open element's name and '>', at once in the buffer.
        if (depth > 0) {
            int open = openNameStarts[depth - 1];
            int length = openNameStarts[depth] - open;
            int p = pos + 2;
            if (p + length < limit && buf[p + length] == '>' && sameBytes(p, open, length)) {
                depth--;
                name = openCodes[depth];
                pos = p + length + 1;
                return event = END;
            }
        }
        int nameEnd = nameEnd(pos + 2);
        // nameEnd() may have moved the buffer, and the tag's start with it.
        int start = pos + 2;
        int p = nameEnd;
        while (true) {
            while (p < limit && isSpace(buf[p])) {
                p++;
            }
            if (p < limit) {
                break;
            }
            int offset = p - pos;
            int nameOffset = nameEnd - pos;
            if (!fill(pos)) {
                throw malformed(pos, "the part ends inside a tag");
            }
            start = pos + 2;
            p = pos + offset;
            nameEnd = pos + nameOffset;
        }
        if (buf[p] != '>') {
            throw malformed(p, "an end tag with more than a name");
        }
        if (depth == 0) {
            throw malformed(pos, "an end tag </" + Messages.cut(new String(buf, start, nameEnd - start,
                    StandardCharsets.UTF_8), 40) + "> without its start");
        }
        int open = openNameStarts[depth - 1];
        int length = nameEnd - start;
        if (length != openNameStarts[depth] - open
                || !Arrays.equals(buf, start, nameEnd, openNames, open, open + length)) {
            throw malformed(pos, "</" + Messages.cut(new String(buf, start, length, StandardCharsets.UTF_8), 40)
                    + "> closes <" + nameAt(depth - 1) + ">");
        }
        depth--;
        name = openCodes[depth];
        pos = p + 1;
        return event = END;
    }

    private boolean sameBytes(int at, int open, int length) {
        for (int i = 0; i < length; i++) {
            if (buf[at + i] != openNames[open + i]) {
                return false;
            }
        }
        return true;
    }

    private void push(int nameStart, int nameEnd, int code) {
        int at = openNameStarts[depth];
        int length = nameEnd - nameStart;
        if (at + length > openNames.length) {
            openNames = Arrays.copyOf(openNames, Math.max(openNames.length * 2, at + length));
        }
        System.arraycopy(buf, nameStart, openNames, at, length);
        openCodes[depth] = code;
        depth++;
        openNameStarts[depth] = at + length;
    }

    private String nameAt(int level) {
        int start = openNameStarts[level];
        return Messages.cut(new String(openNames, start, openNameStarts[level + 1] - start, StandardCharsets.UTF_8),
                40);
    }

    /** The code of an element's local name. */
    private int code(int start, int end) {
        int code = known(start, end);
        if (code != OTHER) {
            return code;
        }
        int colon = lastColon(start, end);
        return colon < 0 ? OTHER : known(colon + 1, end);
    }

    private int lastColon(int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (buf[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    private int known(int s, int e) {
        byte[] b = buf;
        switch (e - s) {
            case 1:
                return switch (b[s]) {
                    case 'c' -> C;
                    case 'v' -> V;
                    case 'f' -> F;
                    case 't' -> T;
                    case 'r' -> R;
                    case 's' -> S;
                    default -> OTHER;
                };
            case 2:
                return b[s] == 'i' && b[s + 1] == 's' ? IS : b[s] == 's' && b[s + 1] == 'i' ? SI : OTHER;
            case 3:
                return startsWith(s, "row") ? ROW : startsWith(s, "rPh") ? PHONETIC_RUN
                        : startsWith(s, "ref") ? REF : OTHER;
            case 6:
                return startsWith(s, "hidden") ? HIDDEN : OTHER;
            case 9:
                return startsWith(s, "sheetData") ? SHEET_DATA : startsWith(s, "mergeCell") ? MERGE_CELL : OTHER;
            default:
                return OTHER;
        }
    }

    private boolean startsWith(int at, String ascii) {
        if (at + ascii.length() > limit) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (buf[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Makes sure {@code n} bytes from {@link #pos} are in the buffer, if the part has them. */
    private void ensure(int n) throws IOException {
        while (limit - pos < n && fill(pos)) {
            // Filled.
        }
    }

    /**
     * Moves the bytes from {@code keep} to the buffer's start, then reads more; false if the part has no more. {@link #pos}
     * moves with them; the callers move their own positions, and no attribute span is held across a read (a start
     * tag cut by the buffer's end is read again).
     */
    private boolean fill(int keep) throws IOException {
        if (eof) {
            return false;
        }
        if (keep > 0) {
            int kept = limit - keep;
            System.arraycopy(buf, keep, buf, 0, kept);
            pos -= keep;
            limit = kept;
            shifted += keep;
        }
        if (limit == buf.length) {
            throw limit(String.format(Locale.ROOT, "markup of more than %,d bytes in one piece, the most read here",
                    buf.length));
        }
        // At least 8 KB a fill, or what is left: a start tag read again after each fill is read a few times at most,
        // however few bytes each read of the stream gives.
        int before = limit;
        int enough = Math.min(buf.length, limit + 8192);
        while (limit < enough) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                break;
            }
            limit += n;
        }
        return limit > before;
    }

    /**
     * The characters of {@code [start, end)}: UTF-8 decoded, references replaced, line ends normalised (in an
     * attribute value, white space made spaces). Bytes with nothing to decode become a string as they are.
     */
    private String decode(int start, int end, boolean attribute) throws XMLStreamException {
        byte[] b = buf;
        boolean plain = true;
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c < 0x20) {
                // Bytes from 0x80 are negative: UTF-8 sequences.
                if (c < 0) {
                    ascii = false;
                } else if (attribute || c != '\n' && c != '\t') {
                    plain = false;
                    break;
                }
            } else if (c == '&' || c == '<' && attribute) {
                plain = false;
                break;
            }
        }
        // A CDATA section's '&' and '<' are plain characters, decoded below; without them it is text like any other.
        if (plain) {
            if (ascii) {
                return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
            }
            // The JDK's decoder, much faster, makes U+FFFD of what is not UTF-8 and lets U+FFFE and U+FFFF through:
            // a text with any of them is decoded again below, where each is told.
            String text = new String(b, start, end - start, StandardCharsets.UTF_8);
            if (text.indexOf('\ufffd') < 0 && text.indexOf('\ufffe') < 0 && text.indexOf('\uffff') < 0) {
                return text;
            }
        }
        char[] out = new char[end - start];
        int n = 0;
        boolean cdata = !attribute && textIsCdata;
        int i = start;
        while (i < end) {
            int c = b[i];
            if (c >= 0x20 && c != '&' && c != '<') {
                out[n++] = (char) c;
                i++;
                continue;
            }
            if (c < 0) {
                i = utf8(i, end, out, n);
                n += decodedChars;
                continue;
            }
            if (c == '\r') {
                i += i + 1 < end && b[i + 1] == '\n' ? 2 : 1;
                out[n++] = attribute ? ' ' : '\n';
            } else if (c == '\n' || c == '\t') {
                out[n++] = attribute ? ' ' : (char) c;
                i++;
            } else if (c == '&' && !cdata) {
                i = reference(i, end, out, n);
                n += decodedChars;
            } else if (c == '&' || c == '<' && !attribute) {
                out[n++] = (char) c;
                i++;
            } else if (c == '<') {
                throw malformed(i, "a '<' in an attribute value");
            } else {
                throw malformed(i, String.format(Locale.ROOT, "the character U+%04X, which XML does not allow", c));
            }
        }
        return new String(out, 0, n);
    }

    /** The chars the last {@link #utf8} or {@link #reference} call wrote. */
    private int decodedChars;

    private int utf8(int i, int end, char[] out, int n) throws XMLStreamException {
        byte[] b = buf;
        int lead = b[i] & 0xff;
        int length;
        int cp;
        int min;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            cp = lead & 0x1f;
            min = 0x80;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            cp = lead & 0x0f;
            min = 0x800;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            cp = lead & 0x07;
            min = 0x10000;
        } else {
            throw badUtf8(i);
        }
        if (i + length > end) {
            throw badUtf8(i);
        }
        for (int k = 1; k < length; k++) {
            int c = b[i + k] & 0xff;
            if ((c & 0xc0) != 0x80) {
                throw badUtf8(i);
            }
            cp = cp << 6 | c & 0x3f;
        }
        if (cp < min || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff || cp == 0xfffe || cp == 0xffff) {
            throw badUtf8(i);
        }
        decodedChars = Character.toChars(cp, out, n);
        return i + length;
    }

    private XMLStreamException badUtf8(int i) {
        return malformed(i, "bytes that are not UTF-8 or not a character XML allows");
    }

    /** {@code &name;} or {@code &#N;} / {@code &#xH;} at {@code i}. */
    private int reference(int i, int end, char[] out, int n) throws XMLStreamException {
        int semicolon = -1;
        for (int k = i + 1; k < end && k - i <= 12; k++) {
            if (buf[k] == ';') {
                semicolon = k;
                break;
            }
        }
        if (semicolon < 0) {
            throw malformed(i, "a '&' that starts no reference");
        }
        String ref = new String(buf, i + 1, semicolon - i - 1, StandardCharsets.ISO_8859_1);
        char c = switch (ref) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> 0;
        };
        if (c != 0) {
            out[n] = c;
            decodedChars = 1;
            return semicolon + 1;
        }
        if (!ref.startsWith("#")) {
            throw malformed(i, "an entity reference (&" + Messages.cut(ref, 20) + ";) the part does not declare");
        }
        int cp;
        try {
            cp = ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
        } catch (NumberFormatException e) {
            cp = -1;
        }
        if (ref.length() < 2 || ref.charAt(1) == '-' || ref.charAt(1) == '+' || ref.startsWith("#x")
                && (ref.length() < 3 || ref.charAt(2) == '-' || ref.charAt(2) == '+')) {
            cp = -1;
        }
        if (cp < 0x20 && cp != 0x9 && cp != 0xa && cp != 0xd || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff
                || cp == 0xfffe || cp == 0xffff) {
            throw malformed(i, "a character reference (&" + Messages.cut(ref, 20) + ";) to no character XML allows");
        }
        decodedChars = Character.toChars(cp, out, n);
        return semicolon + 1;
    }

    private String ascii(int at, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = at; i < Math.min(limit, at + n); i++) {
            int c = buf[i] & 0xff;
            s.append(c >= 0x20 && c < 0x7f ? (char) c : '?');
        }
        return s.toString();
    }

    private XMLStreamException malformed(int at, String problem) {
        return new XMLStreamException(String.format(Locale.ROOT, "%s (byte %,d of the part)", problem,
                shifted + at));
    }

    private CensusFormatException limit(String problem) {
        return new CensusFormatException(source, where, problem);
    }

    private CensusFormatException tooManyAttributes() {
        return limit(String.format(Locale.ROOT, "an element with more than %,d attributes, the most read here",
                XlsxLimits.XML_ATTRIBUTES));
    }
}
