package org.census.publication.internal.docx;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Bookmarks named from the document's anchors, and the names links point at. Word takes a bookmark name of at most 40
 * characters, letters, digits and underscores, starting with a letter (one starting with "_" is hidden): an anchor
 * such as {@code fiche-angers-bamako} becomes {@code fiche_angers_bamako}, accents dropped, cut to 40, and made
 * unique with a number when two anchors come to the same name. A link may name its anchor before the bookmark is
 * written (the summary links to fiches further on): both ask {@link #name} and get the same answer.
 */
final class DocxBookmarks {
    static final int MAX_NAME = 40;

    private final Map<String, String> names = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private long nextId;

    /** The bookmark name of an anchor, the same each time it is asked. */
    String name(String anchor) {
        return names.computeIfAbsent(anchor, this::newName);
    }

    private String newName(String anchor) {
        String base = sanitise(anchor);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "_" + n;
            name = base.substring(0, Math.min(base.length(), MAX_NAME - suffix.length())) + suffix;
        }
        return name;
    }

    static String sanitise(String anchor) {
        String ascii = Normalizer.normalize(anchor, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder name = new StringBuilder(MAX_NAME);
        for (int i = 0; i < ascii.length() && name.length() < MAX_NAME; i++) {
            char c = ascii.charAt(i);
            boolean kept = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
            name.append(kept ? c : '_');
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name.insert(0, 'a');
            name.setLength(Math.min(name.length(), MAX_NAME));
        }
        return name.toString();
    }

    /** Puts a bookmark of that anchor around the whole paragraph's content (added before the runs are). */
    void open(CTP paragraph, String anchor) {
        CTBookmark start = paragraph.addNewBookmarkStart();
        start.setId(BigInteger.valueOf(nextId));
        start.setName(name(anchor));
        nextId++;
    }

    /** Closes the bookmarks opened on the paragraph, after its runs. */
    void closeAll(CTP paragraph) {
        for (CTBookmark start : paragraph.getBookmarkStartArray()) {
            CTMarkupRange end = paragraph.addNewBookmarkEnd();
            end.setId(start.getId());
        }
    }
}
